"""Skill extraction measured against human-marked spans (SkillSpan).

SkillSpan (Zhang et al., NAACL 2022) gives job-posting sentences as tokens
with BIO tags; in its ``tech`` source the "knowledge" spans are mostly
technologies.  The sentence is rebuilt by joining tokens with single spaces,
so every token span has exact character offsets, and the extractor runs on
that sentence.  A claimed mention is correct when it overlaps a gold span;
a gold span is found when some claimed mention overlaps it.  A second
precision, ``precision_any_span``, counts a claim correct when it overlaps any
span a person marked, skill or knowledge ("customer service", "triage bugs"
are marked as skills, not knowledge, yet are what the posting asks).

``evaluate_skillspan_postings`` measures the same on whole postings: a
posting's sentences (one SkillSpan ``idx``), one a line, read the way
``matcher skills FILE --as posting`` reads a file (``posting_asked_mentions``).

The claims are what matcher reads from a posting (``asked_skills``: mentions in
sentences about the company or in job-title lines are not claimed as asked of
the candidate), or with ``asked=False`` every mention the taxonomy finds.  Soft
skills are never claims of knowledge: SkillSpan marks them as skills, not
knowledge.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from matcher.errors import InputError
from matcher.postings.asked import posting_asked_mentions
from matcher.skills.asking import asked_skills
from matcher.skills.taxonomy import SkillMention, Taxonomy, taxonomy


def sentence_and_spans(tokens: list[str], tags: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The space-joined sentence and the character spans of its B/I-tagged runs."""
    offsets, pos = [], 0
    for token in tokens:
        offsets.append((pos, pos + len(token)))
        pos += len(token) + 1
    # An "I" after an "O" (a tagging slip) opens a span rather than joining across the gap.
    spans: list[tuple[int, int]] = []
    for (start, end), tag, prev in zip(offsets, tags, ["O", *tags]):
        if tag == "B" or (tag == "I" and prev == "O"):
            spans.append((start, end))
        elif tag == "I":
            spans[-1] = (spans[-1][0], end)
    return " ".join(tokens), spans


def _other_spans(record: dict, tags: str) -> list[tuple[int, int]]:
    """The spans of the record's other tag columns (skill spans beside knowledge ones)."""
    spans: list[tuple[int, int]] = []
    for other in ("tags_skill", "tags_knowledge"):
        if other != tags and isinstance(record.get(other), list):
            spans += sentence_and_spans(record["tokens"], record[other])[1]
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_skillspan(path: str | Path, source: str = "tech", tags: str = "tags_knowledge",
                       tax: Taxonomy | None = None, details: bool = False, asked: bool = True) -> dict:
    """Precision, recall and F1 of the extractor against SkillSpan gold spans.

    Returns ``{precision, recall, f1, claimed, gold, correct, found}`` and
    ``annotated_precision``: precision over the sentences that hold at least
    one gold span.  The annotators marked what a posting asks of the
    candidate, so a company's own stack ("We use PostgreSQL") or a job title
    is left unmarked; the second figure shows how much of the gap that is.
    With ``details`` also ``false_positives`` (Counter of (category, name))
    and ``missed`` (Counter of gold span texts), for deciding rules, not for
    tuning sentence by sentence.
    """
    tax = tax or taxonomy()
    claimed = correct = gold = found = annotated_claimed = annotated_correct = correct_any = 0
    false_positives: Counter = Counter()
    missed: Counter = Counter()
    for record in read_records(path, source, tags):
        sentence, spans = sentence_and_spans(record["tokens"], record[tags])
        marked = spans + _other_spans(record, tags)
        mentions: list[SkillMention] = asked_skills(sentence, tax) if asked else tax.extract(sentence)
        mentions = [m for m in mentions if m.category != "soft"]
        claimed += len(mentions)
        gold += len(spans)
        for m in mentions:
            hit = any(_overlaps((m.start, m.end), span) for span in spans)
            correct += hit
            correct_any += any(_overlaps((m.start, m.end), span) for span in marked)
            annotated_claimed += bool(spans)
            annotated_correct += hit
            if not hit:
                false_positives[(m.category, m.name)] += 1
        for span in spans:
            if any(_overlaps((m.start, m.end), span) for m in mentions):
                found += 1
            else:
                missed[sentence[span[0]:span[1]]] += 1
    result = _scores(claimed, correct, gold, found)
    result.update({
        "annotated_precision": round(annotated_correct / annotated_claimed, 4) if annotated_claimed else 0.0,
        "precision_any_span": round(correct_any / claimed, 4) if claimed else 0.0})
    if details:
        result["false_positives"] = false_positives
        result["missed"] = missed
    return result


def _scores(claimed: int, correct: int, gold: int, found: int) -> dict:
    precision = correct / claimed if claimed else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "claimed": claimed, "gold": gold, "correct": correct, "found": found}


def read_records(path: str | Path, source: str = "", tags: str = "tags_knowledge") -> list[dict]:
    """The records of a SkillSpan file (of one ``source``, or all), each with its tokens and
    ``tags``; a clear error for a file that cannot be read or a line that is no record."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read SkillSpan file {path}: {exc.strerror or exc}") from None
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"SkillSpan file {path}, line {number}: not JSON") from None
        if source and record.get("source") != source:
            continue
        if not isinstance(record.get("tokens"), list) or not isinstance(record.get(tags), list):
            raise InputError(f"SkillSpan file {path}, line {number}: no tokens or {tags}")
        records.append(record)
    return records


def evaluate_skillspan_postings(path: str | Path, source: str = "tech", tags: str = "tags_knowledge",
                                tax: Taxonomy | None = None) -> dict:
    """Like ``evaluate_skillspan``, on whole postings read as ``matcher skills --as posting`` reads them.

    A posting is the sentences of one ``idx``, joined by line breaks (so the
    posting parser sees its sections and its company-voice lines); soft skills
    are not claimed, as above.  Returns ``{precision, recall, f1, claimed,
    gold, correct, found, precision_any_span, postings}``.
    """
    postings: dict[object, list[dict]] = {}
    for record in read_records(path, source, tags):
        postings.setdefault(record.get("idx"), []).append(record)
    claimed = correct = gold = found = correct_any = 0
    for records in postings.values():
        lines, spans, marked, pos = [], [], [], 0
        for record in records:
            sentence, own = sentence_and_spans(record["tokens"], record[tags])
            spans += [(pos + a, pos + b) for a, b in own]
            marked += [(pos + a, pos + b) for a, b in own + _other_spans(record, tags)]
            lines.append(sentence)
            pos += len(sentence) + 1
        text = "\n".join(lines)
        if not text.strip():
            continue
        try:
            mentions = posting_asked_mentions(text, tax)
        except InputError:  # a posting of nothing but placeholders has no text to parse
            mentions = []
        mentions = [m for m in mentions if m.category != "soft"]
        claimed += len(mentions)
        gold += len(spans)
        correct += sum(any(_overlaps((m.start, m.end), s) for s in spans) for m in mentions)
        correct_any += sum(any(_overlaps((m.start, m.end), s) for s in marked) for m in mentions)
        found += sum(any(_overlaps((m.start, m.end), s) for m in mentions) for s in spans)
    result = _scores(claimed, correct, gold, found)
    result.update({"precision_any_span": round(correct_any / claimed, 4) if claimed else 0.0,
                   "postings": len(postings)})
    return result
