"""Years of experience a posting's sentence asks: "5+ years" -> 5, "3-5 years" -> 3,
"three (3) years" -> 3, "six months" -> 0.5; read by requirements and knock-outs alike."""

from __future__ import annotations

import re
from functools import lru_cache

_NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split())}
_NUM = r"(\d{1,2}(?:\.\d)?|" + "|".join(_NUMBER_WORDS) + ")"
# "three (3) years", "two or more years", "3-5 years"; and months: "six months" -> 0.5.
_YEARS = re.compile(rf"\b{_NUM}\s*(?:\(\s*\d{{1,2}}\s*\)\s*)?\+?\s*(?:or more\s+|or longer\s+)?"
                    rf"(?:(?:-|–|—|to)\s*{_NUM}\s*\+?\s*)?(?P<unit>years?|yrs?|months?)\b"
                    r"(?!\s*(?:old|ago|of\s+age|(?:or|and)\s+(?:older|over|above|up)\b))", re.I)
_MONTHS_OF_WORK = re.compile(r"['’]?\s*(?:of\b|(?:\w+\s+){0,2}?experience\b)", re.I)
_NOT_EXPERIENCE = re.compile(r"\b(next|past|last|first|within|every|per|in)\s*$", re.I)
# A ceiling, not experience asked: "less than 4 years of research experience" (a stipend for
# early-career researchers), "no more than 2 years", "up to 1 year".
_AT_MOST = re.compile(r"\b(?:(?:less|fewer|no\s+more)\s+than|at\s+most|up\s+to|maximum(?:\s+of)?|under)\s*$", re.I)


def years_mentions(sentence: str) -> list[tuple[float, int, int]]:
    """(years, start, end) of each figure of years a sentence names as experience asked, in text order:
    "5+ years" -> 5, "3-5 years" -> 3, "three years" -> 3; not "in the next 2 years", "10 years old",
    "25 years of age", "18 years or older", "less than 4 years"."""
    found = []
    for m in _YEARS.finditer(sentence):
        before = sentence[max(0, m.start() - 20):m.start()]
        if _NOT_EXPERIENCE.search(before) or _AT_MOST.search(before):
            continue  # "in the next 2 years" is a plan, "less than 4 years" a ceiling: no experience asked
        word = m.group(1).lower()
        value = float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)
        if m.group("unit").lower().startswith("month"):
            if not _MONTHS_OF_WORK.match(sentence, m.end()):
                continue  # "a 12 month contract" is no experience asked
            value = round(value / 12, 2)
        if 0 < value <= 40:
            found.append((value, m.start(), m.end()))
    return found


def parse_years(sentence: str) -> float | None:
    """Years of experience a sentence asks for: "5+ years" -> 5, "3-5 years" -> 3, "at least three years" -> 3.

    With several figures the largest counts ("5+ years, including 2+ in Rust" -> 5).
    """
    found = [value for value, _, _ in years_mentions(sentence)]
    return max(found) if found else None


# The kinds of work a years ask names, beside the job's own: "2+ years in instructional design,
# training development, or teaching", "5+ years in electrical construction (field experience as an
# electrician counts!)".  A list's items, an "or"'s sides and what a preposition opens are each a
# kind; the words that name no work ("relevant", "setting", "role") are left out of them.
_KIND_CUT = re.compile(r"[,;:()\[\]/]|\b(?:or|in|as|of|with|within|at|for|from|including|such|like|e\.g|i\.e)\b",
                       re.I)
_NOT_WORK = frozenset("""a an the is are be been being must will can should may this that these those which who
it its you your our we they their his her them one two three four five six seven eight nine ten plus more least
than over minimum min max maximum experience experiences experienced year years yr yrs month months required
requirement requirements preferred preferably ideally professional work works working worked related relevant
similar comparable equivalent field fields office setting settings environment environments role roles
position positions job jobs industry industries count counts counted considered consider all any some other
etc strong proven demonstrated progressive progressively hands on direct practical recent full time part paid
combined total combination include includes type types area areas capacity level senior junior prior previous
successful leadership people team teams staff and also both either""".split())
_WORD = re.compile(r"[a-z][a-z0-9+#]*(?:-[a-z0-9+#]+)*")
_SUFFIX = re.compile(r"(?:ations?|ments?|ings?|ians?|ists?|ants?|ions?|ics|ical|al|ers?|ors?|ies|es|e|s|y)$")


def work_stem(word: str) -> str:
    """A word without its endings of trade or field: "teaching" and "teacher" -> "teach",
    "nursing" and "nurse" -> "nurs", "instructional" -> "instruct"; never shorter than four letters."""
    while len(stem := _SUFFIX.sub("", word)) >= 4 and stem != word:
        word = stem
    return word


def same_work(a: str, b: str) -> bool:
    """Two stems of one kind of work: equal, or the shorter begins the longer by at most two
    letters more ("electr" of "electrical", "electric" of "electrician"), never "sale" and
    "salesforc"."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


@lru_cache(maxsize=65_536)
def kinds_of_work(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The kinds of work a years ask names, each the stems of its words: "2+ years of experience
    in instructional design, training development, or teaching" -> ("instruct", "design"),
    ("train", "develop"), ("teach",); none where it names none ("3+ years of relevant experience")."""
    kinds = []
    for piece in _KIND_CUT.split(sentence.lower()):
        words = tuple(work_stem(w) for w in _WORD.findall(piece) if w not in _NOT_WORK)
        if words and words not in kinds:
            kinds.append(words)
    return tuple(kinds)


def does_work(title: str, kinds: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a role's title names one of ``kinds`` whole: every word of it ("Instructional
    Designer" does instructional design; "Graphic Designer" does not)."""
    words = [work_stem(w) for w in _WORD.findall(title.lower())]
    return any(all(any(same_work(k, w) for w in words) for k in kind) for kind in kinds)
