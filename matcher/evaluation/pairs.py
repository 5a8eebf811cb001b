"""``matcher eval``: ranking quality on labelled pairs, next to the baselines.

Labelled data is a list of (posting, resume, gain) pairs.  Both directions
are measured: for each resume, every posting in the data is ranked (the job
seeker's direction; a pair with no label counts as gain 0), and for each
posting, every resume it was labelled with is ranked (the recruiter's
direction).  matcher, BM25, TF-IDF cosine and whole-document embedding
cosine are scored in the same run on the same data, and so is each of
matcher's signals alone, and matcher with its constants fitted again under
cross-validation (``matcher.evaluation.fusion``).
"""

from __future__ import annotations

import csv
import json
import math
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matcher.errors import InputError
from matcher.evaluation.fusion import (
    calibration_folds,
    calibration_table,
    fitted_scales,
    fused_value,
    out_of_fold,
    scale_ranges,
)
from matcher.ranking.signals import bounded, calibrated

GAINS = {"good fit": 2, "potential fit": 1, "no fit": 0}
METRICS = ("ndcg@10", "ap", "roc_auc", "p@10")
BASELINES = ("BM25", "TF-IDF cosine", "whole-document embedding")
RELEVANT = 1  # a gain at or above this counts as relevant for AP, ROC-AUC and P@10
# A direction with this many queries or fewer also gets each query's own figures (cnam-100's five
# postings): a mean over so few hides which query a method wins or loses.
PER_QUERY = 12


@dataclass
class Pair:
    posting_id: str
    posting: str
    resume_id: str
    resume: str
    gain: int


# -- metrics (one ranked list) --------------------------------------------------
# A ranked list is given as gains in rank order; an item may be a group of tied gains
# (documents with the same score), read as its expected value over every order of the
# group, as in McSherry and Najork, "Computing information retrieval performance
# measures efficiently in the presence of tied scores" (ECIR 2008): a method whose
# scores tie earns no credit from the order in which ties happen to be listed.
def _groups(ranked: list) -> list[list[float]]:
    return [list(g) if isinstance(g, (list, tuple)) else [g] for g in ranked]


def ndcg_at(ranked: list, k: int = 10) -> float | None:
    """nDCG@k with exponential gain; None when the list has no relevant item."""
    groups = _groups(ranked)
    dcg, start = 0.0, 0
    for group in groups:
        positions = range(start, min(start + len(group), k))
        dcg += np.mean([2 ** g - 1 for g in group]) * sum(1 / np.log2(i + 2) for i in positions)
        start += len(group)
    ideal = sorted((g for group in groups for g in group), reverse=True)[:k]
    best = sum((2 ** x - 1) / np.log2(i + 2) for i, x in enumerate(ideal))
    return dcg / best if best > 0 else None


def average_precision(ranked: list) -> float | None:
    """Average precision of relevant (true) items; None without any.  In a tied group of
    n items, r relevant, after ``seen`` items of which ``hits`` relevant, a relevant item
    is at the group's j-th place with chance 1/n and then has (j - 1)(r - 1)/(n - 1)
    relevant items of its group before it, on average."""
    total, seen, hits = 0.0, 0, 0
    for group in _groups(ranked):
        n, r = len(group), sum(bool(x) for x in group)
        if r:
            expected = sum((hits + 1 + ((j - 1) * (r - 1) / (n - 1) if n > 1 else 0.0)) / (seen + j)
                           for j in range(1, n + 1)) / n
            total += r * expected
        seen, hits = seen + n, hits + r
    return total / hits if hits else None


def roc_auc(scores: list[float], relevant: list[bool]) -> float | None:
    """Probability that a relevant item outscores an irrelevant one (ties count half)."""
    pos = [s for s, r in zip(scores, relevant) if r]
    neg = [s for s, r in zip(scores, relevant) if not r]
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def precision_at(ranked: list, k: int = 10) -> float | None:
    groups, shown, hits = _groups(ranked), 0, 0.0
    for group in groups:
        take = min(len(group), k - shown)
        if take <= 0:
            break
        hits += take * sum(bool(x) for x in group) / len(group)
        shown += take
    return hits / shown if shown else None


def query_metrics(items: list[tuple[float, int]]) -> dict[str, float | None]:
    """Each metric of one query's (score, gain) items; None where it is undefined.
    Items with equal scores are a tied group (their expected value over every order)."""
    tied: dict[float, list[int]] = defaultdict(list)
    for score, gain in items:
        tied[score].append(gain)
    gains = [tied[s] for s in sorted(tied, reverse=True)]
    rel = [[g >= RELEVANT for g in group] for group in gains]
    return {"ndcg@10": ndcg_at(gains), "ap": average_precision(rel),
            "roc_auc": roc_auc([s for s, _ in items], [g >= RELEVANT for _, g in items]),
            "p@10": precision_at(rel) if any(any(g) for g in rel) else None}


def metrics_for(queries: dict[str, list[tuple[float, int]]]) -> dict[str, float]:
    """Mean of each metric over queries; each query is a list of (score, gain)."""
    sums: dict[str, list[float]] = defaultdict(list)
    for items in queries.values():
        for name, value in query_metrics(items).items():
            if value is not None:
                sums[name].append(value)
    return {name: float(np.mean(sums[name])) if sums[name] else float("nan") for name in METRICS}


def per_query(queries: dict[str, list[tuple[float, int]]],
              metrics: tuple[str, ...] = ("ndcg@10", "ap")) -> dict[str, dict[str, float | None]]:
    """Each query's own ``metrics`` (None where undefined), query by query."""
    return {query: {name: query_metrics(items)[name] for name in metrics}
            for query, items in sorted(queries.items())}


def paired_difference(a: dict[str, list[tuple[float, int]]], b: dict[str, list[tuple[float, int]]],
                      metric: str, rounds: int = 2000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``metric`` under ranking ``a`` minus under ``b``, over the queries where it
    is defined, with a 95% paired bootstrap interval over queries (seeded: the same
    data gives the same interval).  An interval that holds 0 is a difference the data
    cannot tell from noise."""
    diffs = []
    for query in a:
        x, y = query_metrics(a[query])[metric], query_metrics(b[query])[metric]
        if x is not None and y is not None:
            diffs.append(x - y)
    if not diffs:
        return float("nan"), float("nan"), float("nan")
    values = np.array(diffs)
    picks = np.random.default_rng(seed).integers(0, len(values), size=(rounds, len(values)))
    means = values[picks].mean(axis=1)
    return float(values.mean()), float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


# -- data -----------------------------------------------------------------------
def load_pairs(path: str | Path) -> list[Pair]:
    """Labelled pairs from CSV or JSONL.

    Columns: ``posting`` and ``resume`` (text, or a path to a file), ``label``
    (a number, higher is better, or Good Fit / Potential Fit / No Fit), and
    optionally ``posting_id`` and ``resume_id``.  The columns of the
    resume-job-description-fit data (``jd_id, job_description_text,
    resume_text, label``) are read as they are.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if path.suffix.lower() == ".jsonl":
            records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                       if line.strip()]
        elif path.suffix.lower() == ".csv":
            csv.field_size_limit(1 << 30)
            with path.open(newline="", encoding="utf-8") as fh:
                records = list(csv.DictReader(fh))
        else:
            raise InputError(f"{path}: labelled data must be .csv or .jsonl")
    except (ValueError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot read labelled data ({exc})") from None
    pairs = []
    for n, rec in enumerate(records, 1):
        if not isinstance(rec, dict):
            raise InputError(f"{path}: record {n} is not an object")
        posting = rec.get("posting") or rec.get("job_description_text")
        resume = rec.get("resume") or rec.get("resume_text")
        label = rec.get("label")
        if not posting or not resume or label in (None, ""):
            raise InputError(f"{path}: record {n} needs posting, resume and label")
        pairs.append(Pair(
            posting_id=str(rec.get("posting_id") or rec.get("jd_id") or _key(posting)),
            posting=_text_or_file(posting, path), resume=_text_or_file(resume, path),
            resume_id=str(rec.get("resume_id") or _key(resume)), gain=_gain(label, path, n)))
    if not pairs:
        raise InputError(f"{path}: no labelled pairs")
    return pairs


def _gain(label, path, n) -> int:
    text = str(label).strip().lower()
    if text in GAINS:
        return GAINS[text]
    try:
        return int(float(text))
    except ValueError:
        raise InputError(f"{path}: record {n} has label {label!r}, not a number or fit grade") from None


def _text_or_file(value: str, base: Path) -> str:
    if len(value) < 300 and "\n" not in value:
        candidate = (base.parent / value)
        if candidate.suffix.lower() in {".txt", ".md", ".pdf", ".docx"} and candidate.is_file():
            from matcher.resumes.read import read_resume
            return read_resume(candidate).text
    return value


def _key(text: str) -> str:
    import hashlib
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


# -- the comparison -------------------------------------------------------------
def evaluate(pairs: list[Pair], embedder) -> dict:
    """Every method's metrics in both directions on ``pairs``."""
    from matcher.index.index import Index
    from matcher.postings.parse import parse_posting
    from matcher.ranking.catalog import Catalog, rank_resumes
    from matcher.ranking.lexical import BM25, tfidf_cosine
    from matcher.ranking.signals import FUSED, NORMS, SIGNALS
    from matcher.resumes.read import resume_from_text

    postings = {p.posting_id: p.posting for p in pairs}
    resumes = {p.resume_id: p.resume for p in pairs}
    labels = {(p.posting_id, p.resume_id): p.gain for p in pairs}
    pids, rids = list(postings), list(resumes)
    parsed = {pid: parse_posting(postings[pid], pid) for pid in pids}
    read = {rid: resume_from_text(resumes[rid], rid) for rid in rids}

    # scores[method][(pid, rid, direction)] for every (posting, resume) combination
    scores: dict[str, dict[tuple[str, str, str], float]] = defaultdict(dict)
    pair_signals: dict[tuple[str, str], dict[str, float]] = {}
    blocked: set[tuple[str, str, str]] = set()   # (pid, rid, direction) a knock-out ranks last
    bounds: dict[tuple[str, str], tuple[str, str]] = {}   # ``Explanation.held`` and ``raised``

    # Job seeker's direction: each resume against an index of every posting.
    with tempfile.TemporaryDirectory() as tmp:
        with Index.open(Path(tmp), embedder, create=True) as index:
            index.add(list(parsed.values()))
            catalog = Catalog.from_index(index)
        for rid in rids:
            for m in catalog.rank(read[rid], top_k=None):
                e = m.explanation
                _score_match(scores, blocked, (m.posting.id, rid, "seeker"), m)
                pair_signals[(m.posting.id, rid)] = {s: e.signals.get(s, float("nan")) for s in SIGNALS}
                bounds[(m.posting.id, rid)] = e.held, e.raised
    # Recruiter's direction: each posting against the resumes labelled with it.
    for pid in pids:
        mine = [rid for rid in rids if (pid, rid) in labels]
        for resume, m in rank_resumes(parsed[pid], [read[r] for r in mine], embedder):
            _score_match(scores, blocked, (pid, resume.name, "recruiter"), m)
    # Each signal alone (a posting without it sits at the signal's usual value), and the
    # fused value with its constants fitted without the pair's posting or resume.
    fold_scales: dict[str, list] = {"posting": [], "resume": []}
    folds = {hold: out_of_fold(pair_signals, labels, hold, fold_scales[hold]) for hold in fold_scales}
    # The fusion as it was, without coverage: what fusing it costs or gains on this data.
    without = {hold: out_of_fold(pair_signals, labels, hold, names=tuple(k for k in FUSED if k != "coverage"))
               for hold in fold_scales}
    # Out of fold, the fused value is ranked as matcher ranks it: held at the cap while most
    # must-haves are missing, raised to the floor while all are shown, and after every other
    # posting when a knock-out blocks it.
    for (pid, rid), values in pair_signals.items():
        for direction in ("seeker", "recruiter"):
            key = (pid, rid, direction)
            if direction == "recruiter" and (pid, rid) not in labels:
                continue
            for name, value in values.items():
                usual = NORMS[name][0] if name in NORMS else 0.0
                scores[f"  signal: {name}"][key] = usual if np.isnan(value) else value
            for hold, fused in folds.items():
                at = refitted_place(fused[(pid, rid)], bounds[(pid, rid)])
                scores[f"  matcher, scales refitted leaving one {hold} out"][key] = \
                    at - BLOCKED_DROP * (key in blocked)
                scores[f"  matcher's score, knock-outs left out, scales refitted leaving one {hold} out"][
                    key] = at
                scores[f"  matcher without coverage, scales refitted leaving one {hold} out"][key] = \
                    refitted_place(without[hold][(pid, rid)], bounds[(pid, rid)]) \
                    - BLOCKED_DROP * (key in blocked)

    # Baselines on the raw texts, as other tools see them.
    posting_vecs = embedder.embed([postings[p] for p in pids])
    resume_vecs = embedder.embed([resumes[r] for r in rids])
    dense = resume_vecs @ posting_vecs.T
    tfidf = tfidf_cosine([resumes[r] for r in rids], [postings[p] for p in pids])
    bm25_seek = BM25([postings[p] for p in pids])
    for i, rid in enumerate(rids):
        bm = bm25_seek.scores(resumes[rid])
        for j, pid in enumerate(pids):
            scores["BM25"][(pid, rid, "seeker")] = float(bm[j])
            scores["TF-IDF cosine"][(pid, rid, "seeker")] = float(tfidf[i, j])
            scores["whole-document embedding"][(pid, rid, "seeker")] = float(dense[i, j])
    for j, pid in enumerate(pids):
        mine = [rid for rid in rids if (pid, rid) in labels]
        bm = BM25([resumes[r] for r in mine]).scores(postings[pid])
        for k, rid in enumerate(mine):
            i = rids.index(rid)
            scores["BM25"][(pid, rid, "recruiter")] = float(bm[k])
            scores["TF-IDF cosine"][(pid, rid, "recruiter")] = float(tfidf[i, j])
            scores["whole-document embedding"][(pid, rid, "recruiter")] = float(dense[i, j])

    report = {"pairs": len(pairs), "postings": len(pids), "resumes": len(rids), "directions": {},
              "differences": {},
              "scales": {"shipped": {k: list(NORMS[k]) for k in SIGNALS},
                         "all pairs": {k: list(v) for k, v in fitted_scales(list(pair_signals.values())).items()},
                         **{f"leave one {hold} out": scale_ranges(s) for hold, s in fold_scales.items()}}}
    # What the score's numbers mean: the share of pairs labelled a fit in each band, over
    # every (posting, resume) combination (unlabelled = not a fit) and over labelled pairs.
    seeker_scores = {(pid, rid): s for (pid, rid, d), s in scores[UNBLOCKED].items() if d == "seeker"}
    def relevant(key):
        return labels.get(key, 0) >= RELEVANT
    report["calibration"] = {
        "all pairs": calibration_table(seeker_scores, relevant),
        "labelled pairs": calibration_table({k: s for k, s in seeker_scores.items() if k in labels},
                                            relevant),
        "refitted": calibration_folds({k: fused_value(v, fitted_scales(list(pair_signals.values())))
                                       for k, v in pair_signals.items()}, relevant)}
    report["knockouts"] = {d: {"pairs": sum(k[2] == d for k in scores["matcher"]),
                               "blocked": sum(k[2] == d for k in blocked),
                               "blocked_fit": sum(k[2] == d and relevant(k[:2]) for k in blocked)}
                           for d in ("seeker", "recruiter")}
    for direction in ("seeker", "recruiter"):
        by_method = {}
        for method, values in scores.items():
            queries: dict[str, list[tuple[float, int]]] = defaultdict(list)
            # Ties (a signal such as years is often 1.0 for several documents) count as
            # their expected value over every order (query_metrics), for every method.
            for (pid, rid, d), score in sorted(values.items()):
                if d != direction:
                    continue
                query = rid if direction == "seeker" else pid
                queries[query].append((score, labels.get((pid, rid), 0)))
            by_method[method] = queries
        report["directions"][direction] = {m: metrics_for(q) for m, q in by_method.items()}
        if len(by_method["matcher"]) <= PER_QUERY:
            report.setdefault("per_query", {})[direction] = {m: per_query(q) for m, q in by_method.items()}
        report["differences"][direction] = {
            baseline: {metric: paired_difference(by_method["matcher"], by_method[baseline], metric)
                       for metric in ("ndcg@10", "ap")}
            for baseline in (*BASELINES, *(f"  signal: {name}" for name in FUSED))}
    return report


UNBLOCKED = "  matcher's score, knock-outs left out"
BLOCKED_DROP = 1000.0   # the order matcher shows: a blocked posting after every other


def place(m) -> tuple[float, bool]:
    """A match's place in matcher's ranking, knock-outs left out, and whether a knock-out
    blocks it (matcher shows it after every other)."""
    shut = m.eligibility is not None and m.eligibility.status == "blocked"
    return _at(m.score, m.explanation.fused), shut


def _at(score: float, fused: float) -> float:
    """Equal scores (postings held at the cap) are ordered as matcher orders them, by the
    fused value: it is added below the score's sixth decimal, where the ranking rounds."""
    return round(score, 6) + 1e-7 / (1.0 + math.exp(-fused))


def refitted_place(fused: float, bounds: tuple[str, str]) -> float:
    """The place of a fused value computed with refitted scales, as ``place`` reads a match:
    calibrated (the shipped calibration: it moves no order but the bounds') and bounded as the
    match is (``bounds``: its ``Explanation.held`` and ``raised``)."""
    return _at(bounded(float(calibrated(np.array([fused]))[0]), *bounds), fused)


def _score_match(scores: dict, blocked: set, key: tuple[str, str, str], m) -> None:
    """A match's place in matcher's ranking (less ``BLOCKED_DROP`` when a knock-out blocks
    it) and its place with knock-outs left out."""
    at, shut = place(m)
    if shut:
        blocked.add(key)
    scores["matcher"][key] = at - BLOCKED_DROP * shut
    scores[UNBLOCKED][key] = at


def format_report(report: dict) -> str:
    """Markdown tables, one per direction."""
    names = {"seeker": "Resume -> postings (job seeker; unlabelled pairs count as gain 0)",
             "recruiter": "Posting -> resumes (recruiter)"}
    lines = [f"{report['pairs']} labelled pairs, {report['postings']} postings, "
             f"{report['resumes']} resumes; relevant = gain >= {RELEVANT}.", ""]
    for direction, table in report["directions"].items():
        lines += [f"### {names[direction]}", "",
                  "| method | " + " | ".join(METRICS) + " |",
                  "|---|" + "---:|" * len(METRICS)]
        order = ["matcher", *BASELINES]
        order += sorted(m for m in table if m not in order)
        for method in order:
            if method in table:
                lines.append(f"| {method.strip()} | " + " | ".join(
                    f"{table[method][m]:.3f}" for m in METRICS) + " |")
        lines.append("")
        knockouts = report.get("knockouts", {}).get(direction)
        if knockouts:
            lines += [f"Knock-outs (no places or visa need given) blocked {knockouts['blocked']} of "
                      f"{knockouts['pairs']} pairs, {knockouts['blocked_fit']} of them labelled a fit; "
                      "matcher ranks blocked postings after every other.", ""]
        lines += per_query_table(report.get("per_query", {}).get(direction), order)
        differences = report.get("differences", {}).get(direction)
        if differences:
            lines += ["matcher minus each baseline and each signal it fuses, mean over queries with a "
                      "95% paired bootstrap interval (an interval across 0: not told apart from noise):", "",
                      "| compared with | ndcg@10 | ap |", "|---|---:|---:|"]
            for baseline, cells in differences.items():
                lines.append(f"| {baseline.strip()} | " + " | ".join(
                    f"{mean:+.3f} [{lo:+.3f}, {hi:+.3f}]" for mean, lo, hi in cells.values()) + " |")
            lines.append("")
    scales = report.get("scales")
    if scales:
        lines += ["### The fused score's scales (mean, standard deviation of each signal)", "",
                  "| signal | shipped | fitted on all these pairs | leave one posting out (range) "
                  "| leave one resume out (range) |", "|---|---|---|---|---|"]
        for name, (mean, sd) in scales["shipped"].items():
            fitted = scales["all pairs"][name]
            cells = [f"{mean:g}, {sd:g}", f"{fitted[0]:.4g}, {fitted[1]:.4g}"]
            for hold in ("posting", "resume"):
                r = scales.get(f"leave one {hold} out", {}).get(name)
                cells.append(f"{r['mean'][0]:.4g}..{r['mean'][1]:.4g}, {r['sd'][0]:.4g}..{r['sd'][1]:.4g} "
                             f"({r['folds']} folds)" if r else "")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    calibration = report.get("calibration")
    if calibration:
        lines += ["### What the score means", "",
                  "Share of pairs labelled a fit (gain >= 1) in each band of matcher's score:", ""]
        for name in ("all pairs", "labelled pairs"):
            lines += [f"{name.capitalize()}:", "", "| score | pairs | fit | share fit |",
                      "|---|---:|---:|---:|"]
            lines += [f"| {r['band']} | {r['pairs']} | {r['fit']} | {r['share']:.2f} |"
                      for r in calibration[name]]
            lines.append("")
        refit = calibration.get("refitted")
        if refit:
            lines += [f"The calibration 100 / (1 + exp(-(a f + b))) ships with a = {refit['shipped']['a']}, "
                      f"b = {refit['shipped']['b']}; fitted on all these pairs a = {refit['all pairs']['a']}, "
                      f"b = {refit['all pairs']['b']}; fitted again leaving one resume out ({refit['folds']} "
                      f"folds): a {refit['a'][0]:.3f} to {refit['a'][1]:.3f}, b {refit['b'][0]:.3f} to "
                      f"{refit['b'][1]:.3f}. Out of fold (all pairs):", "",
                      "| score | pairs | fit | share fit |", "|---|---:|---:|---:|"]
            lines += [f"| {r['band']} | {r['pairs']} | {r['fit']} | {r['share']:.2f} |"
                      for r in refit["out_of_fold"]]
            lines.append("")
    return "\n".join(lines)


def per_query_table(table: dict[str, dict[str, dict]] | None, order: list[str]) -> list[str]:
    """Markdown lines: each query's nDCG@10 / AP for each method (rows in ``order``), where the
    report holds them (a direction of at most ``PER_QUERY`` queries)."""
    if not table:
        return []
    queries = list(next(iter(table.values())))
    lines = ["Each query alone, nDCG@10 / AP:", "",
             "| method | " + " | ".join(queries) + " |", "|---|" + "---:|" * len(queries)]
    for method in (m for m in order if m in table):
        lines.append(f"| {method.strip()} | " + " | ".join(
            " / ".join("-" if v is None else f"{v:.3f}" for v in table[method][q].values()) for q in queries) + " |")
    return [*lines, ""]
