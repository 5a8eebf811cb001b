"""The catalog set: a few resumes, each against fifty real postings, graded by reading.

cnam-100 has five postings, so it cannot show how a resume's ranking of many
postings goes, which is what a job seeker sees and what both held-out sets of
issue 12 measure.  ``data/catalog.json`` grades cnam-100's resumes in sets of eight,
each against 50 of the real postings in SkillSpan's train and dev files (and
cnam's own), as good fit (2), potential fit (1) or no fit (0), with the
grader's reason (``data/README.md`` says how they were chosen and graded).
Only ids and grades ship: the texts are read from the directory that holds
those files (``../shared/eval``).

Every method ranks each resume's fifty postings: matcher (its score, a blocked
posting last, as it shows them), each of its signals alone, and the baselines
on the raw texts, BM25 and TF-IDF fitted on those fifty postings (what a
keyword tool does with the catalog it is given) and whole-document embedding.
Relevant is a potential fit or better, and again a good fit only.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

from matcher.errors import InputError
from matcher.evaluation.fusion import calibration_table
from matcher.evaluation.pairs import (
    BLOCKED_DROP,
    METRICS,
    RELEVANT,
    load_pairs,
    metrics_for,
    paired_difference,
    place,
)
from matcher.evaluation.skillspan import read_records

LABELS = Path(__file__).parent / "data" / "catalog.json"
BASELINES = ("BM25", "TF-IDF cosine", "whole-document embedding")


def references(labels: dict) -> set[str]:
    """Every text the labels name ("skillspan-dev.json:tech:14", "cnam-100.csv:<resume id>")."""
    return {ref for r in labels["resumes"] for ref in [r["resume"], *(p["posting"] for p in r["postings"])]}


def sources(labels: dict) -> set[str]:
    """The files of the eval directory the labels' texts come from."""
    return {ref.split(":")[0] for ref in references(labels)}


def load_labels(path: str | Path = LABELS) -> dict:
    try:
        labels = json.loads(Path(path).read_text(encoding="utf-8"))
        for r in labels["resumes"]:
            for p in r["postings"]:
                if p["grade"] not in (0, 1, 2):
                    raise ValueError(f"grade {p['grade']!r}")
    except OSError as exc:
        raise InputError(f"cannot read catalog labels {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"catalog labels {path}: not the expected form ({exc})") from None
    return labels


def skillspan_posting(records: list[dict]) -> str:
    """A SkillSpan posting's text as it was graded: its sentences a line each, tokens joined
    by spaces, the redaction placeholders ("<ORGANIZATION>") left out."""
    return "\n".join(" ".join(t for t in r["tokens"] if not t.startswith("<")) for r in records)


def read_texts(labels: dict, directory: Path) -> dict[str, str]:
    """Every text the labels name, by its reference ("skillspan-dev.json:tech:14",
    "cnam-100.csv:JD01", "cnam-100.csv:<resume id>")."""
    texts: dict[str, str] = {}
    for name in sorted(sources(labels)):
        path = directory / name
        if name.startswith("skillspan"):
            grouped: dict[str, list[dict]] = defaultdict(list)
            for record in read_records(path):
                grouped[f"{name}:{record.get('source')}:{record.get('idx')}"].append(record)
            texts.update({ref: skillspan_posting(records) for ref, records in grouped.items()})
        else:
            for pair in load_pairs(path):
                texts[f"{name}:{pair.posting_id}"] = pair.posting
                texts[f"{name}:{pair.resume_id}"] = pair.resume
    missing = sorted(references(labels) - set(texts))
    if missing:
        raise InputError(f"catalog labels name {len(missing)} texts not in {directory} (first: {missing[0]})")
    return texts


def evaluate_catalog(directory: str | Path, embedder, labels: dict | None = None) -> dict:
    """Each method's metrics over the graded resumes, relevant = potential fit or better and
    good fit only, with matcher minus each baseline (paired bootstrap intervals) and what
    matcher's score bands hold."""
    from matcher.index.index import Index
    from matcher.postings.parse import parse_posting
    from matcher.ranking.catalog import Catalog
    from matcher.ranking.lexical import BM25, tfidf_cosine
    from matcher.ranking.signals import NORMS, SIGNALS
    from matcher.resumes.read import resume_from_text

    labels = labels or load_labels()
    texts = read_texts(labels, Path(directory))
    refs = sorted({p["posting"] for r in labels["resumes"] for p in r["postings"]})
    # scores[method][resume] = [(score, grade)] over its graded postings
    scores: dict[str, dict[str, list[tuple[float, int]]]] = defaultdict(dict)
    score_of: dict[tuple[str, str], float] = {}
    blocked: list[int] = []   # the grade of each pair a knock-out blocks
    with tempfile.TemporaryDirectory() as tmp:
        with Index.open(Path(tmp), embedder, create=True) as index:
            index.add([parse_posting(texts[ref], ref) for ref in refs])
            catalog = Catalog.from_index(index)
        for graded in labels["resumes"]:
            rid, resume = graded["resume"], texts[graded["resume"]]
            grades = {p["posting"]: p["grade"] for p in graded["postings"]}
            matches = {m.posting.id: m for m in catalog.rank(resume_from_text(resume, rid), top_k=None)}
            mine = list(grades)
            for name in ("matcher", *(f"  signal: {s}" for s in SIGNALS)):
                scores[name][rid] = []
            for ref in mine:
                m, grade = matches[ref], grades[ref]
                at, shut = place(m)
                scores["matcher"][rid].append((at - BLOCKED_DROP * shut, grade))
                if shut:
                    blocked.append(grade)
                score_of[(ref, rid)] = m.score
                for s in SIGNALS:
                    value = m.explanation.signals.get(s, float("nan"))
                    scores[f"  signal: {s}"][rid].append((NORMS[s][0] if np.isnan(value) else value, grade))
            docs = [texts[ref] for ref in mine]
            bm25 = BM25(docs).scores(resume)
            tfidf = tfidf_cosine([resume], docs)[0]
            whole = embedder.embed(docs) @ embedder.embed([resume])[0]
            for name, values in zip(BASELINES, (bm25, tfidf, whole)):
                scores[name][rid] = [(float(v), grades[ref]) for v, ref in zip(values, mine)]
    good_only = {m: {q: [(s, 2 if g == 2 else 0) for s, g in items] for q, items in by.items()}
                 for m, by in scores.items()}
    grade_of = {(p["posting"], r["resume"]): p["grade"] for r in labels["resumes"] for p in r["postings"]}
    report = {"resumes": len(labels["resumes"]), "postings": len(refs),
              "pairs": sum(len(r["postings"]) for r in labels["resumes"]),
              "grades": {g: sum(v == g for v in grade_of.values()) for g in (2, 1, 0)},
              "blocked": {"pairs": len(blocked), "fit": sum(g >= RELEVANT for g in blocked)},
              "calibration": calibration_table(score_of, lambda k: grade_of[k] >= RELEVANT)}
    # Each set of eight resumes on its own (the labeller's letter): sets were graded at
    # different times with stated uses (data/README.md), so a check set's row is read alone.
    set_of = {r["resume"]: r["labeller"].rstrip("0123456789") for r in labels["resumes"]}
    report["sets"] = {
        letter: {"queries": sum(set_of[q] == letter and any(g >= RELEVANT for _, g in items)
                                for q, items in scores["matcher"].items()),
                 "methods": {m: metrics_for({q: items for q, items in scores[m].items() if set_of[q] == letter})
                             for m in ("matcher", *BASELINES)}}
        for letter in sorted(set(set_of.values()))}
    for relevance, table in (("potential fit or better", scores), ("good fit only", good_only)):
        report[relevance] = {
            "methods": {m: metrics_for(q) for m, q in table.items()},
            "queries": sum(any(g >= RELEVANT for _, g in items) for items in table["matcher"].values()),
            "differences": {b: {metric: paired_difference(table["matcher"], table[b], metric)
                                for metric in ("roc_auc", "ap", "ndcg@10")} for b in BASELINES}}
    return report


def format_catalog_report(report: dict) -> str:
    g = report["grades"]
    lines = [f"{report['resumes']} resumes, each against 50 of {report['postings']} real postings "
             f"({report['pairs']} pairs: {g[2]} good fit, {g[1]} potential fit, {g[0]} no fit), graded by "
             "reading (matcher/evaluation/data/README.md). Mean over resumes with a relevant posting.", ""]
    for relevance in ("potential fit or better", "good fit only"):
        part = report[relevance]
        lines += [f"### Relevant = {relevance} ({part['queries']} resumes)", "",
                  "| method | " + " | ".join(METRICS) + " |", "|---|" + "---:|" * len(METRICS)]
        order = ["matcher", *BASELINES, *sorted(m for m in part["methods"] if m.startswith("  "))]
        for method in order:
            lines.append(f"| {method.strip()} | " + " | ".join(
                f"{part['methods'][method][m]:.3f}" for m in METRICS) + " |")
        lines += ["", "matcher minus each baseline, 95% paired bootstrap interval over resumes:", "",
                  "| compared with | roc_auc | ap | ndcg@10 |", "|---|---:|---:|---:|"]
        for baseline, cells in part["differences"].items():
            lines.append(f"| {baseline} | " + " | ".join(
                f"{mean:+.3f} [{lo:+.3f}, {hi:+.3f}]" for mean, lo, hi in cells.values()) + " |")
        lines.append("")
    if len(report.get("sets", {})) > 1:
        lines += ["Each set of eight resumes alone (potential fit or better; ROC-AUC / AP; the sets' uses "
                  "are in matcher/evaluation/data/README.md):", "",
                  "| set | resumes | matcher | " + " | ".join(BASELINES) + " |", "|---|---:|" + "---:|" * 4]
        for letter, part in report["sets"].items():
            lines.append(f"| {letter} | {part['queries']} | " + " | ".join(
                f"{part['methods'][m]['roc_auc']:.3f} / {part['methods'][m]['ap']:.3f}"
                for m in ("matcher", *BASELINES)) + " |")
        lines.append("")
    lines += [f"Knock-outs (no places or visa need given) blocked {report['blocked']['pairs']} of "
              f"{report['pairs']} pairs, {report['blocked']['fit']} of them graded a fit; matcher ranks "
              "blocked postings after every other.", "",
              "Share of pairs graded a fit (potential or good) in each band of matcher's score:", "",
              "| score | pairs | fit | share fit |", "|---|---:|---:|---:|"]
    lines += [f"| {r['band']} | {r['pairs']} | {r['fit']} | {r['share']:.2f} |" for r in report["calibration"]]
    return "\n".join(lines) + "\n"
