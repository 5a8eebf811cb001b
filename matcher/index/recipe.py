"""What is embedded for a posting and how it is stored: the recipe.

A posting sends its title, each requirement and its opening to the model;
the summary vector is the mean of the title's and the requirements' vectors,
so it costs the model nothing, and the opening vector is the text's first
hundred words read as one passage (the title and what the job is).  The
recipe's version is part of every posting's content hash, so changing it
re-embeds them.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np

from matcher.index.store import OPENING, SUMMARY, TITLE
from matcher.postings.parse import Posting
from matcher.skills.taxonomy import without_stack
from matcher.text import job_kind, opening

# Bump when what is embedded for a posting changes (posting_texts, posting_vectors):
# every posting's hash changes with it, so the next `index add` embeds them again.
VECTOR_RECIPE = 17


def posting_hash(posting: Posting) -> str:
    """Content hash of a parsed posting and of how it is embedded: the same text, fields
    and recipe give the same hash, so an unchanged posting is not embedded again."""
    data = json.dumps([VECTOR_RECIPE, posting.to_dict()], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def summary_text(posting: Posting) -> str:
    """What a posting's one summary vector embeds: its title and its requirements."""
    parts = [posting.title] + [r.text for r in posting.requirements]
    return ". ".join(p for p in parts if p)[:2000] or posting.text[:2000]


def opening_text(posting: Posting) -> str:
    """What a posting's opening vector embeds: the ``opening`` of its text, its title first
    when the text does not open with it (a feed's record gives the title apart from the
    description)."""
    if posting.title and posting.title.lower() not in posting.text[:500].lower():
        return opening(f"{posting.title}\n{posting.text}")
    return opening(posting.text)


def posting_texts(posting: Posting) -> list[str]:
    """The texts embedded for a posting: a head, then each requirement, and last its
    ``opening_text``.

    The title is embedded as the work it names, without its seniority (``job_kind``)
    and without a list of the tools it uses (``without_stack``): the title vector tells
    which of a resume's roles are like the job.

    With requirements the head is the title, and the summary vector is the
    mean of the head's and the requirements' vectors (``posting_vectors``):
    the same vectors, so the summary costs the model nothing, where a long
    summary text cost as much as all the requirements together.  Without
    requirements the head is the summary text itself, followed by the title.
    """
    if posting.requirements:
        head = job_kind(without_stack(posting.title)) if posting.title else posting.requirements[0].text
        return [head] + [r.text for r in posting.requirements] + [opening_text(posting)]
    kind = [job_kind(without_stack(posting.title))] if posting.title else []
    return [summary_text(posting)] + kind + [opening_text(posting)]


def posting_vectors(posting: Posting, rows: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """What is stored for a posting, from the vectors of its ``posting_texts``, as
    (position, vector) pairs: the summary (``SUMMARY``), the title (``TITLE``, when the
    posting has one), the opening (``OPENING``) and each requirement (0, 1, ...)."""
    rows = np.asarray(rows, dtype=np.float32)
    rows, opening = rows[:-1], (OPENING, rows[-1])
    if not posting.requirements:
        return [(SUMMARY, rows[0])] + ([(TITLE, rows[1])] if posting.title else []) + [opening]
    mean = rows.mean(axis=0)
    norm = float(np.linalg.norm(mean))
    out = [(SUMMARY, mean / norm if norm else mean)]
    if posting.title:
        out.append((TITLE, rows[0]))
    return out + [opening] + [(j, rows[j + 1]) for j in range(len(posting.requirements))]
