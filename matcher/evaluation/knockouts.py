"""Knock-out reading measured against hand-labelled sentences (``matcher eval --knockouts FILE``).

Each line of the file is a JSON object: ``sentence``, ``source``, ``kinds`` (the knock-outs a
careful reader finds in the sentence: ``kind``, ``required`` and the main field of the kind),
and optionally ``context`` (the heading the sentence sits under, "Preferred qualifications:").
The sentence (after its context) is read by ``posting_knockouts`` as a posting of one line.

A found knock-out is right when a labelled one of the same kind and the same ``required``
is left to pair it with; precision and recall per kind follow, with 95% Wilson intervals.
Over the right pairs, the main field of each kind is compared: years (the value), degree and
clearance (level), workplace (mode), sponsorship (offered), graduation (start and end),
citizenship (the countries), licence (the name, sharing a word beyond "license").
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from matcher.errors import InputError
from matcher.postings.knockouts import KINDS, Knockout, posting_knockouts

MAIN_FIELD = {"years": "years", "degree": "level", "clearance": "level", "citizenship": "places",
              "sponsorship": "offered", "workplace": "mode", "residence": "places", "graduation": "start-end",
              "licence": "name"}
_GENERIC = {"license", "licence", "licensure", "certification", "certificate", "certified", "valid", "active", "a",
            "the", "as", "in", "of", "s", "class"}


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n ((0, 1) when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def load_knockout_labels(path: str | Path) -> list[dict]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}: line {n} is not JSON ({exc})") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("sentence"), str) \
                or not isinstance(rec.get("kinds"), list):
            raise InputError(f"{path}: line {n} needs a sentence and a list of kinds")
        for k in rec["kinds"]:
            if not isinstance(k, dict) or k.get("kind") not in KINDS:
                raise InputError(f"{path}: line {n} has a kind that is not one of {', '.join(KINDS)}")
        records.append(rec)
    if not records:
        raise InputError(f"{path}: no labelled sentences")
    return records


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9+]+", name.lower().replace("’", "'")) if w not in _GENERIC}


def field_agrees(kind: str, label: dict, found: Knockout) -> bool:
    if kind == "years":
        return label.get("years") == found.years
    if kind in ("degree", "clearance"):
        return label.get("level", "") == found.level
    if kind == "workplace":
        return label.get("mode", "") == found.mode
    if kind == "sponsorship":
        return label.get("offered") == found.offered
    if kind == "graduation":
        return (label.get("start", ""), label.get("end", "")) == (found.start, found.end)
    if kind in ("citizenship", "residence"):
        return {p.replace(".", "").upper() for p in label.get("places", [])} == \
            {p.replace(".", "").upper() for p in found.places}
    return bool(_words(label.get("name", "")) & _words(found.name)) or \
        (not _words(label.get("name", "")) and not _words(found.name))


def evaluate_knockouts(records: list[dict], details: bool = False) -> dict:
    """Per kind: labelled, found, right, precision, recall (with Wilson intervals) and the
    main field's agreement on the right pairs; ``misses`` and ``false`` (sentences) with details."""
    counts = {k: {"labelled": 0, "found": 0, "right": 0, "field_right": 0} for k in KINDS}
    misses: list[dict] = []
    wrong: list[dict] = []
    for rec in records:
        text = (rec.get("context", "") + "\n" + rec["sentence"]).strip()
        found = posting_knockouts(text)
        labels = list(rec["kinds"])
        for label in labels:
            counts[label["kind"]]["labelled"] += 1
        for k in found:
            counts[k.kind]["found"] += 1
            pair = next((lab for lab in labels if lab["kind"] == k.kind
                         and bool(lab.get("required", True)) == k.required), None)
            if pair is None:
                wrong.append({"sentence": rec["sentence"], "found": k.kind, "required": k.required})
                continue
            labels.remove(pair)
            counts[k.kind]["right"] += 1
            counts[k.kind]["field_right"] += field_agrees(k.kind, pair, k)
        misses += [{"sentence": rec["sentence"], "missed": lab["kind"]} for lab in labels]
    report: dict = {"sentences": len(records), "with_knockouts": sum(bool(r["kinds"]) for r in records),
                    "kinds": {}}
    for kind, c in counts.items():
        report["kinds"][kind] = {
            **c, "main_field": MAIN_FIELD[kind],
            "precision": c["right"] / c["found"] if c["found"] else None,
            "precision_ci": wilson(c["right"], c["found"]),
            "recall": c["right"] / c["labelled"] if c["labelled"] else None,
            "recall_ci": wilson(c["right"], c["labelled"]),
            "field_accuracy": c["field_right"] / c["right"] if c["right"] else None}
    total = {key: sum(c[key] for c in counts.values()) for key in ("labelled", "found", "right")}
    report["all"] = {**total, "precision": total["right"] / total["found"] if total["found"] else None,
                     "precision_ci": wilson(total["right"], total["found"]),
                     "recall": total["right"] / total["labelled"] if total["labelled"] else None,
                     "recall_ci": wilson(total["right"], total["labelled"])}
    if details:
        report["misses"], report["false"] = misses, wrong
    return report


def _cell(value: float | None, ci: tuple[float, float] | None = None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "")


def format_knockout_report(report: dict) -> str:
    lines = [f"{report['sentences']} labelled sentences, {report['with_knockouts']} stating at least one "
             "knock-out; a found knock-out is right when a labelled one has its kind and `required`. "
             "95% Wilson intervals.", "",
             "| kind | labelled | found | right | precision | recall | main field | field right |",
             "|---|---:|---:|---:|---|---|---|---:|"]
    for kind, r in report["kinds"].items():
        lines.append(f"| {kind} | {r['labelled']} | {r['found']} | {r['right']} | "
                     f"{_cell(r['precision'], r['precision_ci'])} | {_cell(r['recall'], r['recall_ci'])} | "
                     f"{r['main_field']} | {_cell(r['field_accuracy'])} |")
    a = report["all"]
    lines.append(f"| all | {a['labelled']} | {a['found']} | {a['right']} | {_cell(a['precision'], a['precision_ci'])}"
                 f" | {_cell(a['recall'], a['recall_ci'])} | | |")
    return "\n".join(lines) + "\n"
