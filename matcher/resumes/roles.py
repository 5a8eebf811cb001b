"""Dated roles in a resume's text, and the years of experience they and the text state.

"Senior Engineer, Acme, Jan 2019 - Present" is a ``Role`` with its title, its
start and end dates and its length; ``total_years`` counts overlapping roles
once, ``explicit_years`` reads "8+ years of experience".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from matcher.eligibility.levels import US_STATE_CODES, us_states
from matcher.resumes.french import FRENCH_JOB_WORD, opens_in_french
from matcher.resumes.prose import HIRED_AS, is_prose, names_no_work, title_by_statement, title_in_sentence
from matcher.resumes.sections import heading_of, is_column_heads, reads_as_verb
from matcher.skills.taxonomy import extract_skills, taxonomy
from matcher.text import JOB_WORD, LEVEL, NUMBER_WORDS, ROLE_WORD, job_kind

__all__ = ["Role", "dates_in", "employer_spans", "explicit_years", "find_roles", "headline", "is_legal_form",
           "parted_roles", "roles_and_employers", "stated_role", "titled_by_headline", "total_years"]

# A field, farm or rig trade named by a compound of "hand" or "man", or by a word of its own, that no job noun
# ends: "Floorhand", "Deck Hand", "Seasonal Yard Hand", "Lineman", "Roustabout", "Roughneck"; not a "hand" alone
# ("Hand & Stone Massage") nor a surname in -man ("Hoffman").
_TRADE_WORD = (r"(?<![A-Za-z])(?i:(?:farm|ranch|deck|floor|stage|field|dock|barn|yard|ground|rig|derrick|motor|chain"
               r"|dairy|hired|boat|cattle|orchard|crew|pipe|lease)[ -]?hand|(?:line|derrick|motor|brake|wire|deck|boat"
               r"|ferry|fisher|lobster|longshore|crafts|trades|handy|repair|service|patrol|crane|section|track|chain"
               r"|pump)(?:man|woman)|roustabout|roughneck|swamper|toolpusher)s?(?![a-z])")

# A job noun of a role's title, English or French ("Coordonnatrice marketing, Lise Watier, 2022 à aujourd'hui"),
# or a trade's ("Floorhand, Key Energy Services, Midland, TX — 2021 to present").
ROLE_NOUN = re.compile(ROLE_WORD.pattern + "|" + FRENCH_JOB_WORD + "|" + _TRADE_WORD)


@dataclass
class Role:
    """One dated line of experience; ``end`` is today's date for "Present".  A role held in seasons
    ("Summers 2020 - 2022") has each season's first and last day in ``seasons``, and its years are theirs."""

    title: str
    start: dt.date | None
    end: dt.date | None
    years: float
    seasons: tuple[tuple[dt.date, dt.date], ...] = ()

    def periods(self) -> tuple[tuple[dt.date, dt.date], ...]:
        """The spans of time the role was held: its seasons, or its start to its end (none undated)."""
        return self.seasons or (((self.start, self.end),) if self.start and self.end else ())

    def to_dict(self) -> dict:
        return {"title": self.title, "years": self.years,
                "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None}


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# A season stands for its first month: "Summer 2021 - Fall 2022".
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
# Spanish, Portuguese and French months, as their first three letters where these are no English
# month's: "enero", "ene.", "abril", "agosto", "dic.", "março", "fev.", "maio", "setembro", "outubro", "dez.",
# "février", "avril", "août", "déc."; French "juin" and "juillet" by their whole names.
_OTHER_MONTHS = {"ene": 1, "fev": 2, "fév": 2, "abr": 4, "avr": 4, "mai": 5, "ago": 8, "aoû": 8, "aou": 8, "set": 9,
                 "out": 10, "dic": 12, "dez": 12, "déc": 12, "juin": 6, "juil": 7, "juillet": 7}
_MONTH_NAME = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter|"
               r"enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|octubre|"
               r"noviembre|diciembre|dic|janeiro|fevereiro|fev|março|marco|maio|mai|junho|julho|setembro|outubro"
               r"|novembro|dezembro|dez|janvier|janv|f[ée]vrier|f[ée]vr?|mars|avril|avr|juin|juillet|juil|ao[ûu]t"
               r"|septembre|octobre|novembre|d[ée]cembre|d[ée]c)")
YEAR = re.compile(r"(?:19|20)\d\d")
_SHORT_YEAR = re.compile(r"['’]\d\d(?!\d)")


def _date(p: str) -> str:
    """A date: "May 2019", "Sep '19", "Summer 2021", "05/2019", "03.2020", "2019-05", "2019",
    "enero de 2020", "ene. 2020", "março 2019",
    "1 June 2016", "June 1, 2016", "’18",
    and a day's date with its day and month in either order ("31/08/2019", "01.03.2020",
    "14-02-1997", "08/31/2019": ``_day_first`` says which)."""
    return (rf"(?:(?:(?<![\d/.])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ ])?(?<![A-Za-z])(?P<{p}mon>{_MONTH_NAME})\.?"
            rf"(?:[ ](?i:de))?(?:[ ](?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,)?,?[ ]?(?:['’]?(?P<{p}my>(?:19|20)\d\d)"
            rf"|['’](?P<{p}my2>\d\d))"
            rf"|(?<![\d/.-])(?P<{p}da>0?[1-9]|[12]\d|3[01])(?P<{p}sep>[/.]|-(?=\d\d-))(?P<{p}db>0?[1-9]|[12]\d|3[01])"
            rf"(?P={p}sep)(?P<{p}dy>(?:19|20)\d\d)"
            rf"|(?<![\d/])(?<!\d\.)(?P<{p}mm>0?[1-9]|1[0-2])[ ]?[/.][ ]?"
            rf"(?P<{p}ny>(?:19|20)\d\d)|(?<![\d/.-])(?P<{p}iy>(?:19|20)\d\d)[-/.](?P<{p}im>0[1-9]|1[0-2])"
            rf"|(?<![\d/])(?<!\d\.)(?P<{p}y>(?:19|20)\d\d)"
            # a year alone in its short form: "’18 – ’21" (not the 90s, "'90s", nor a height, "5'10")
            rf"|(?<![\w'’])['’](?P<{p}sy>\d\d)(?![\w'’]))(?!\d)")


# Glued forms are the norm in extracted resumes: "08/2016toCurrent", "2009to2010Advanced".
# A role still held ends "present", "current", "now", "ongoing", or "to date", "till date", "till
# now" after a dash ("Jun 2021 – Till Date").
# In Spanish and Portuguese a range's word is "a", "al", "hasta" or "até" ("2019 a 2022"), and a role still
# held ends "presente", "actualidad", "actual", "hoy", "la fecha", "atual", "hoje" or "o momento" ("2022 a la
# fecha", "2020 – Presente", "hasta la actualidad", "até o momento"); in French the word is "à" or "au", and
# a role still held ends "aujourd'hui", "ce jour", "présent", "maintenant" or "en cours" ("2022 à
# aujourd'hui", "2020 à 2022", "mars 2021 – à ce jour", "jusqu'à présent").
_RANGE_WORD_ES = r"(?<=[ ])(?i:a|al|hasta|até|ate|à|au)(?=[ ])"
_PRESENT_ES = (r"(?:(?:a|al|hasta|até|ate|à|jusqu['’]à|jusqu['’]au)[ ]+)?(?:(?:la|o|ce)[ ]+)?(?:presente|actualidad"
               r"|actual|hoy|fecha|atualidade|atual|hoje|momento|aujourd['’]hui|jour|présent|maintenant|en cours)")
# "and" joins a range's dates only after "between": "Between March 2012 and June 2015, I worked as ..."
# (the empty group ``btw`` is set where "between " stands just before the start); "2019 and 2021" alone is none.
_BETWEEN = r"(?P<btw>(?<=(?i:between)[ ]))?"
_RANGE = re.compile(_BETWEEN + _date("s_") + r"[ ]{0,3}(?:[-–—~]+|(?i:to|until|till|through|thru)"
                    + r"|(?(btw)(?i:and)|(?!))|" + _RANGE_WORD_ES
                    + r")[ ]{0,3}(?:" + _date("e_") + r"|(?P<present>(?i:(?:(?:to|till|until|up ?to)[ ]+)?(?:present"
                    r"|current|now|today|date)|ongoing|" + _PRESENT_ES + r"))(?![a-z]))")
# A role still held, with its start alone: "Truck Driver - Valley Logistics - Since 2019".
# In French, Spanish and Portuguese: "depuis 2020", "depuis mars 2021", "desde 2019".
_SINCE = re.compile(r"(?i:since|depuis|desde)[ ]+" + _date("s_"))
# A role held one season, its only date: "Actuarial Intern, Acme, Summer 2026", "Instructor of Record,
# CHEM 321, Fall 2024"; not the start of a range ("Summer 2021 - Fall 2022").
_SEASON = re.compile(r"(?=(?i:spring|summer|fall|autumn|winter)\b)" + _date("s_")
                     + r"(?![ ]{0,3}(?:[-–—~]|(?i:to|until|till|through|thru)\b))")
_STATE_SINCE = re.compile(r"(?i)\b(?:inactive|expired|lapsed|retired|certified|licensed|registered|member|held|active"
                          r"|valid|current|credentialed|cleared)[ ]+$")
_DATE = re.compile(_date("d_"))


def _year_month(match: re.Match, p: str, day_first: bool = False) -> tuple[int, int | None]:
    """(year, month or None) of the date of ``match`` whose groups start with ``p``; a day's
    date whose numbers are both 12 or less has its day first when ``day_first``."""
    if match.group(p + "dy"):
        one, two = int(match.group(p + "da")), int(match.group(p + "db"))
        month = two if one > 12 or (day_first and two <= 12) else one
        return int(match.group(p + "dy")), min(month, 12)
    if match.group(p + "y"):
        return int(match.group(p + "y")), None
    if match.group(p + "sy"):
        return _short_year(match.group(p + "sy")), None
    if match.group(p + "mon"):
        month = _month_of(match.group(p + "mon"))
        if match.group(p + "my2"):
            return _short_year(match.group(p + "my2")), month
        return int(match.group(p + "my")), month
    if match.group(p + "iy"):
        return int(match.group(p + "iy")), int(match.group(p + "im"))
    return int(match.group(p + "ny")), int(match.group(p + "mm"))


def _short_year(digits: str) -> int:
    """The year "’19" stands for: the century that puts it no later than next year."""
    short = int(digits)
    return 2000 + short if 2000 + short <= dt.date.today().year + 1 else 1900 + short


def _month_of(name: str) -> int:
    """The month a month's or a season's name (``_MONTH_NAME``) stands for: "Sept" 9, "março" 3, "Summer" 6."""
    name = name.lower()
    return (_SEASONS.get(name) or _OTHER_MONTHS.get(name) or _OTHER_MONTHS.get(name[:3])
            or _MONTHS.index(name[:3].replace("ç", "c")) + 1)


def dates_in(text: str) -> list[tuple[int, int | None]]:
    """(year, month or None) of each date a text writes, in order, read as role dates
    are: "May 2019", "05/2019", "2019", "31/08/2019"."""
    day_first = _day_first(text)
    return [_year_month(match, "d_", day_first) for match in _DATE.finditer(text)]


_WRITTEN_DAY_FIRST = re.compile(rf"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ ]{_MONTH_NAME}\.?,?[ ]"
                                r"(?:19|20)\d\d")
_WRITTEN_MONTH_FIRST = re.compile(rf"{_MONTH_NAME}\.?[ ](?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,[ ]?(?:19|20)\d\d")


def _day_first(text: str) -> bool:
    """Whether a text writes a day's date with its day first ("01/06/2016" is 1 June), for the
    dates whose day and month are both 12 or less.  What the text's own dates show decides, in
    this order: a date whose first number is over 12 ("31/08/2019") says day first, one whose
    second is ("08/31/2019") month first, the more of the two winning; then dates written out
    ("12 March 2019" against "March 12, 2019"); then the dotted form ("01.03.2020"), which is
    written day first; else month first, as in the United States."""
    first = second = dotted = 0
    for match in _DATE.finditer(text) if re.search(r"\d[/.-]\d{1,2}[/.-](?:19|20)\d\d", text) else ():
        if match.group("d_dy"):
            one, two = int(match.group("d_da")), int(match.group("d_db"))
            first += one > 12
            second += two > 12
            dotted += match.group("d_sep") == "."
    if first != second:
        return first > second
    written = len(_WRITTEN_DAY_FIRST.findall(text)) - len(_WRITTEN_MONTH_FIRST.findall(text))
    if written:
        return written > 0
    return dotted > 0


_SCHOOL_CONTEXT = re.compile(r"(?i)expected|graduat|gpa|class of|degree")
_GLUE = re.compile(r"(?:[a-z]{5}|[A-Z]{4}|\d)(?=[A-Z][a-z])|[a-z]{5}(?=[A-Z]{2})")
_GLUED_STOP = re.compile(r"[.;!?](?= )|(?<=[\w)][\w)])\.(?=[A-Z][a-z])|[|•]")
_BULLET_START = re.compile(r"^\s*(?:[-*•·▪●◦‣–—>+]|\d{1,2}[.)])\s")
_DATE_AHEAD = re.compile(r"\d{1,2}/\d{4}|(?<!\d)(?:19|20)\d\d(?!\d)")
_CONNECTORS = {"of", "in", "and", "for", "the", "to", "at", "on", "with", "&", "a"}
_TRAILING_PLACE = re.compile(r"(?:(?<=[a-zI])|(?:^|(?<=[-–—, ])))[A-Z][a-z]+(?: [A-Z][a-z]+)*,"
                             r" ?(?:[A-Z]{2}|STATE|State)?[ ,]*$")
# A hyphen between a firm's name and a title glued to it splits them ("Cox Automotive-Software
# Engineer", "ACCENTURE-QA Tester"); one before a letter alone joins a grade to its licence
# ("CDL-A Truck Driver", "EMT-B"), and one after a single capitalised word joins a compound
# (``_title_cuts``).
_TITLE_SPLIT = re.compile(r"[ \t]*(?:[,|•·(–—@]|[ \t]-{1,3}[ \t]|\bat\b|(?<=[\w.])-(?=[A-Z])(?![A-Z]\b))[ \t]*")
# Initials in brackets followed by more words: "(SSA) NCOIC".
_INITIALS = re.compile(r"\([A-Z]{2,6}\)[ \t]+(?=[A-Z])")
# The one word of a piece before a hyphen that joins it to the next as a compound modifier.
_COMPOUND_HEAD = re.compile(r"[ \t]*[A-Z][a-z]+")
_YEARS_NUMBER = (r"(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
                 r"|twenty)")
_STATED_YEARS = re.compile(r"(?i)(?<![\d.])" + _YEARS_NUMBER + r" ?(\+| ?plus)? ?(?:years?|yrs?)\b['’]?([^.\n]{0,60})")


def _title_cuts(text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
    """The spans of what splits ``text[low:high]`` into the pieces of a role line (``_TITLE_SPLIT``).
    A hyphen glued between two capitalised words splits only where the piece before it is
    several words or written in capitals, a firm's name ("Cox Automotive-Software Engineer",
    "ACCENTURE-QA Tester"); after one capitalised word it joins a compound that modifies the
    job noun ("Medical-Surgical Nurse", "Full-Stack Developer").  A bracket of initials splits
    nothing where the words before it name no person and those after it do: it spells out the
    unit a title is of ("Supply Support Activity (SSA) NCOIC")."""
    high = len(text) if high is None else high
    cuts: list[tuple[int, int]] = []
    for m in _TITLE_SPLIT.finditer(text, low, high):
        if m.group() == "-" and (_COMPOUND_HEAD.fullmatch(text, cuts[-1][1] if cuts else low, m.start())
                                 or _caps_compound(text, cuts[-1][1] if cuts else low, m.end(), low, high)):
            continue
        if "(" in m.group() and _unit_initials(text, cuts[-1][1] if cuts else low, m.start() + m.group().index("("),
                                              high):
            continue
        cuts.append(m.span())
    return cuts


# In a line of capitals, a hyphen between two words of four letters or more joins a compound ("SPEECH-LANGUAGE
# PATHOLOGIST", "MEDICAL-SURGICAL NURSE"); a firm glued to a short title still splits ("ACCENTURE-QA TESTER").
_CAPS_HEAD, _CAPS_TAIL = re.compile(r"[ \t]*[A-Z]{4,}-"), re.compile(r"[A-Z]{4,}\b")


def _caps_compound(text: str, start: int, after: int, low: int, high: int) -> bool:
    """Whether the hyphen before ``after`` joins a compound of capitals (``_CAPS_HEAD``) in a line of capitals."""
    return (text[low:high].isupper() and bool(_CAPS_HEAD.fullmatch(text, start, after))
            and bool(_CAPS_TAIL.match(text, after, high)))


def _unit_initials(text: str, start: int, at: int, high: int) -> bool:
    """Whether the bracket at ``at`` holds initials inside a title: the words from ``start``
    to it name no person, and those after it, up to the next cut, do."""
    initials = _INITIALS.match(text, at, high)
    if not initials or ROLE_NOUN.search(text, start, at):
        return False
    after = _TITLE_SPLIT.search(text, initials.end(), high)
    return bool(ROLE_NOUN.search(text, initials.end(), after.start() if after else high))


def _title_pieces(text: str, maxsplit: int = 0) -> list[str]:
    """``text`` cut at ``_title_cuts``, at most ``maxsplit`` times when it is more than 0."""
    cuts = _title_cuts(text)[:maxsplit or None]
    bounds = [0] + [x for span in cuts for x in span] + [len(text)]
    return [text[a:b] for a, b in zip(bounds[::2], bounds[1::2])]


def find_roles(text: str, today: dt.date) -> list[Role]:
    """Dated roles outside education and skills sections, most recent first.

    A range is dropped when it starts before 1960, ends before it starts,
    spans more than 50 years or starts in the future; an end after today is
    today.  A year alone counts from January; a season from its first month.  A role
    still held may give its start alone ("Truck Driver - Since 2019") on a short line
    that names it; a role held one season its season alone ("Actuarial Intern, Acme, Summer
    2026": three months).  A title stands on the range's line, or above it or under it ("Acme
    Corp  2019 - Present" / "Senior Engineer"): the first role that has its title off its
    line says which, for every role (above, the title under a range is the next role's).
    A role read twice (a table of roles above a paragraph for each, the same dates with the
    same title or the same firm) is one role, with the title one of its readings has.  A
    dated line with no title on it that names a time out of work (a career break, a gap, a
    sabbatical, caregiving, parental leave, travel, a job search) is no role.
    """
    return _roles_of(text, _roles_and_firms(text, today))


def roles_and_employers(text: str, today: dt.date) -> tuple[list[Role], list[tuple[int, int]]]:
    """``find_roles`` and ``employer_spans`` of one text, its dated roles read once for both."""
    read = list(_roles_and_firms(text, today))
    return _roles_of(text, read), _employer_spans(read)


# The run of capitalised words a flattened line's next role opens with, right before its dates, after the words of
# the role before it in lower case: "... for the billing system Senior Developer Beta Inc 2018 - 2022".
_NEXT_ROLE_RUN = re.compile(r"(?<=[a-z,] )(?=[A-Z])(?:[A-Z][\w&'’./+-]*|of|and|&|for|the|de)"
                            r"(?:[ ](?:[A-Z][\w&'’./+-]*|of|and|&|for|the|de)){1,9}[ ,(|–—-]*\Z")


# A word after which capitalised words are the object of the sentence before ("... in JavaScript and TypeScript").
_OBJECT_CUE = re.compile(r"(?i)\b(?:in|with|using|on|for|of|at|and|or|to|from|by|via|including|like|into|across)[ ]\Z")
_LIST_JOINER = re.compile(r"[ ]*(?:,|/|&|\+|\band\b|\bor\b)[ ]*")


def _title_run_start(line: str, start: int, end: int) -> int:
    """Where the role's title opens in the run of capitalised words ``line[start:end]`` (``_NEXT_ROLE_RUN``):
    at its start, or, after a word that makes the run's first words the object of the sentence before, past
    the longest list of skills it opens with that leaves a title ("... in JavaScript and TypeScript Senior
    Developer Beta Inc": "Senior Developer")."""
    if not _OBJECT_CUE.search(line, 0, start):
        return start
    words = list(re.finditer(r"\S+", line[start:end]))
    for k in range(len(words) - 1, 0, -1):
        at = start + words[k].start()
        items = _LIST_JOINER.split(line[start:at].strip())
        if words[k].group().lower() in ("and", "or", "&") or not all(_one_skill(item) for item in items):
            continue
        if _best_piece(line[at:end].strip(" ,(|–—-"), ROLE_NOUN)[0]:
            return at
    return start


def _one_skill(item: str) -> bool:
    """Whether ``item`` is the name of one skill, whole ("JavaScript", "React Native")."""
    mentions = extract_skills(item)
    return len(mentions) == 1 and mentions[0].surface == item


def parted_roles(text: str) -> str:
    """``text`` with each line that holds several roles one after another (all of a resume's roles
    on one long line, as a PDF's text sometimes comes: "Software Engineer Acme Corp 2015 - 2018 Built
    APIs in Java Senior Developer Beta Inc 2018 - 2022 Led Android apps ...") broken before each role
    after the first: at the run of capitalised words before its dates that reads as a title, after
    the words of the role before it (``_NEXT_ROLE_RUN``).  A line break takes the place of a space,
    so offsets into the text stay those of the text given; a role's lines are then its own, and
    the skills they name show its work, not the role's before it."""
    cuts = []
    pos = 0
    for line in text.split("\n"):
        ranges = list(_RANGE.finditer(line)) if len(YEAR.findall(line)) >= 3 else []
        for before, match in zip(ranges, ranges[1:]):
            run = _NEXT_ROLE_RUN.search(line, before.end(), match.start())
            at = _title_run_start(line, run.start(), run.end()) if run else -1
            if (at > before.end() + 1 and _best_piece(line[at:run.end()].strip(" ,(|–—-"), ROLE_NOUN)[0]
                    and not is_prose(line, match.start(), match.end())):
                cuts.append(pos + at - 1)
        pos += len(line) + 1
    if not cuts:
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = "\n"
    return "".join(chars)


def _roles_of(text: str, read: Iterable[tuple[str, dt.date, dt.date, list[tuple[int, int]], tuple]]) -> list[Role]:
    """``find_roles`` of the dated roles ``_roles_and_firms`` read in ``text``."""
    roles: list[Role] = []
    firms: list[set[str]] = []
    for title, start, end, spans, seasons in read:
        names = {text[a:b].lower() for a, b in spans}
        twin = next((k for k, role in enumerate(roles) if (role.start, role.end) == (start, end)
                     and (_same_title(role.title, title) or names & firms[k])), None)
        if twin is None:
            days = sum((e - s).days for s, e in seasons) if seasons else (end - start).days
            roles.append(Role(title, start, end, round(days / 365.25, 1), seasons))
            firms.append(names)
        else:
            roles[twin].title = roles[twin].title or title
            firms[twin] |= names
    roles.sort(key=lambda r: (r.end, r.start), reverse=True)
    return roles


def _same_title(one: str, other: str) -> bool:
    """Whether two readings of a role's title say the same, whatever their case and spacing."""
    return " ".join(one.lower().split()) == " ".join(other.lower().split())


def _dated_roles(text: str, today: dt.date) -> Iterator[tuple[list[str], int, re.Match, str, dt.date, dt.date, tuple]]:
    """``find_roles``' roles in the order the text has them, each as (the text's lines, the
    index of its dated line, its date range, matched in the part of that line after any
    heading glued to it, its title, its start, its end, the seasons it was held in: ``_seasons``)."""
    section, previous, earlier = "other", "", ""
    lines = text.split("\n")
    day_first = _day_first(text)
    below_layout: bool | None = None  # titles under their dates, decided by the first role
    for i, line in enumerate(lines):
        heading = heading_of(line)
        body, kind = line, section
        if heading:
            kind, body, goes_on = heading
            if goes_on:
                section = kind
        if kind not in ("education", "skills") and (YEAR.search(body) or _SHORT_YEAR.search(body)):
            floor = 0
            # "Since 2019" dates a role on a short line that names one, or in a sentence that names its title
            # ("I have worked as a Lead Cashier at Kroger since 2019, where I ..."), not a state held since then
            # ("Former Secret clearance (inactive since 2019)", "licensed since 2015").
            ranges = list(_RANGE.finditer(body)) or [
                m for m in _SINCE.finditer(body) if not _STATE_SINCE.search(body, 0, m.start())
                and (len(body.split()) <= 12 or title_in_sentence(body, m.start(), m.end()))] \
                or list(_SEASON.finditer(body))
            spans = [m.span() for m in ranges]
            for match in ranges:
                if _SCHOOL_CONTEXT.search(body, max(0, match.start() - 30), match.start()):
                    continue
                start = _day(match, "s_", today, day_first)
                end = (_day(match, "e_", today, day_first) if match.re is _RANGE
                       else _season_end(start) if match.re is _SEASON else today)
                on_line, above, after = _role_titles(body, match, (previous, earlier), floor)
                if not on_line and (_BREAK.search(_own_text(body, match, floor))
                                    or not above and _break_above(previous)):
                    continue   # "Career break (family caregiving) -- 2019 to 2021": no work
                below = _title_below(lines[i + 1:])
                last = on_line.split()[-1] if on_line else ""
                if below and _COMPANY_END.fullmatch(last) and JOB_WORD.fullmatch(last):
                    # a word both a firm's and a job's ends a firm's name with its title below ("Park Slope Food
                    # Co-op, 2019 - 2021" / "Cashier")
                    on_line = ""
                if below_layout is None and not on_line and (above or below):
                    below_layout = not above
                # a range opening its line is followed by its own title ("2011 – 2017  Journeyman Electrician,
                # Sooner Electric"), not the line above's, the last of the previous role's lines ("conduit
                # (EMT/rigid)" had titled it)
                opens = after and not body[floor:match.start()].strip()
                title = on_line or (after or below if below_layout or opens else above or after)
                if not title:   # "Driller 2019 - 2021"
                    title = _one_word_title(body[floor:match.start()], _own_text(body, match, match.end()))
                if not title and not below_layout:
                    title = _title_over_firm(body[floor:match.start()], previous)
                if not title:
                    title = _title_by_form(body[floor:match.start()])
                if not title:   # "Before that I was a Digital Marketing Specialist at Trailhead Media (2016 to 2020)"
                    title = title_in_sentence(body, match.start(), match.end(), current=end >= today, others=spans)
                if not title:   # "I taught fourth grade at Lincoln Elementary from 2016 to 2022", "Drove for Uber ..."
                    title = title_by_statement(body, match.start(), match.end(), spans)
                if not title and names_no_work(body, match.start(), match.end(), spans):
                    continue   # "Sales grew 40% from 2019 to 2021": no one's work
                if match.re is not _RANGE and not title:
                    continue
                if start.year < 1960 or end < start or start > today or end.year - start.year > 50:
                    continue
                seasons = _seasons(body, match, floor, today) if match.re is _RANGE else ()
                if seasons:   # "Summers 2020 - 2022": from the first season's start to the last one's end
                    start, end = seasons[0][0], seasons[-1][1]
                yield lines, i, match, title, start, min(end, today), seasons
                floor = match.end()
        if heading:
            previous = earlier = ""
        elif line.strip():
            previous, earlier = line, previous


# The seasons a role was held in each year of a range of years, written before it: "Summers 2020 - 2022",
# "Winters 2019-2021", "Seasonal (May-Sept) 2018-2020", "Seasonal 2018 - 2020".
_HELD_IN = re.compile(r"(?i:(?P<season>summer|winter|spring|fall|autumn)s|seasonal(?:ly)?(?:[ \t]*\([ \t]*(?P<first>"
                      + _MONTH_NAME + r")\.?[ \t]*(?:[-–—]+|to|through|thru)[ \t]*(?P<last>" + _MONTH_NAME
                      + r")\.?[ \t]*\))?)[ \t,:]*\Z")


def _seasons(body: str, match: re.Match, floor: int, today: dt.date) -> tuple[tuple[dt.date, dt.date], ...]:
    """Each season's (first day, last day) of a role held in seasons (``_HELD_IN``) over a range of years alone:
    one each year of the range, its season's three months ("Summers 2020 - 2022": June to August of 2020, 2021
    and 2022), or the months the line names ("Seasonal (May-Sept) 2018-2020": May to September each year), or,
    seasonal with no months named, three from June; none begun after ``today``, the last cut there.  A range
    that names months ("Seasonal, May 2019 - Sep 2021") and a line that names no season are none: ()."""
    held = _HELD_IN.search(body[floor:match.start()])
    if not held or not match.group("s_y") or not (match.group("e_y") or match.group("present")):
        return ()
    if held.group("season"):
        first = _month_of(held.group("season"))
        last = first + 2
    elif held.group("first"):
        first, last = _month_of(held.group("first")), _month_of(held.group("last"))
        last += 12 if last < first else 0
    else:
        first, last = 6, 8
    seasons = []
    for year in range(int(match.group("s_y")), (int(match.group("e_y")) if match.group("e_y") else today.year) + 1):
        start = dt.date(year, first, 1)
        if start > today:
            break
        end = dt.date(year + last // 12, last % 12 + 1, 1) - dt.timedelta(days=1)
        seasons.append((start, min(end, today)))
    return tuple(seasons)


# A dated time out of work: a break, a gap, a sabbatical, caring for family, parental leave,
# travel, a job search.
_BREAK = re.compile(r"(?i)\b(?:(?:career |employment )?break|(?:employment |career )?gap|gap year|sabbatical"
                    r"|caregiv\w*|car(?:ed|ing) for|(?:parental|maternity|paternity|family|medical) leave"
                    r"|leave of absence|travel(?:l?ing|l?ed)?|job (?:search|hunt)\w*|between (?:jobs|roles)"
                    r"|stay[- ]at[- ]home|full[- ]time (?:parent|caregiver)|relocat\w*|time off|unemploy\w*)\b")


# A title line that names a time out of work, not a job: "Career break - full-time family caregiver",
# "Sabbatical", "Parental leave"; a paid carer's title is a job ("Caregiver, Home Instead"), and a
# travel nurse's or a Gap store's role is work.
_BREAK_TITLE = re.compile(r"(?i)^\W*(?:(?:career|employment|planned|personal|family)[ \t]+(?:break|gap)|gap year"
                          r"|sabbatical|(?:full[- ]time[ \t]+)?family[ \t]+caregiv\w*"
                          r"|full[- ]time[ \t]+(?:parent|caregiver)"
                          r"|stay[- ]at[- ]home|(?:parental|maternity|paternity|family|medical)[ \t]+leave"
                          r"|leave[ \t]+of[ \t]+absence|time[ \t]+off|unemploy\w*|job[ \t]+(?:search|hunt)\w*)\b")


def _break_above(line: str) -> bool:
    """Whether the line above a dated line with no title names a time out of work, as a title would
    ("Career break - full-time family caregiver" / "August 2018 - December 2023"); a bullet of the
    role before is none ("- Planned family leave coverage")."""
    return bool(line) and len(line.split()) <= 8 and not _BULLET_START.match(line) and bool(_BREAK_TITLE.match(line))


def _own_text(body: str, match: re.Match, floor: int) -> str:
    """The words of a dated line that belong to its range: from the previous range (or the
    line's start) to the next date."""
    ahead = _DATE_AHEAD.search(body, match.end())
    return body[floor:match.start()] + " " + body[match.end():ahead.start() if ahead else len(body)]


def employer_spans(text: str, today: dt.date) -> list[tuple[int, int]]:
    """Where a resume names the firms its roles were held at: (start, end) into ``text`` of
    each employer's name, read on the line of each titled dated role and on the lines just
    above and under it ("Physical Therapist Assistant, Excel Sports Physical Therapy, Tampa,
    FL  Jul 2021 - Present"; "Logistics Coordinator  2021 - Present" / "Swift Freight
    Solutions, Savannah, GA").  Of the pieces a comma, a bar, a dash, "at" or "@" set apart,
    a firm's is a few capitalised words without a job noun (``_names_a_firm``): every one
    that ends in a company word ("Summit Payroll Services"), and the one beside the title
    ("Marketing Manager, Ruby Tuesday"), or the first of a line without a title.  A title
    run into its firm's name ("Staff Accountant Acme Tax Services") leaves the rest to the
    firm.  The words of a firm's name name no skill its staff hold."""
    return _employer_spans(_roles_and_firms(text, today))


def _employer_spans(read: Iterable[tuple[str, dt.date, dt.date, list[tuple[int, int]], tuple]]
                    ) -> list[tuple[int, int]]:
    """``employer_spans`` of the dated roles ``_roles_and_firms`` read."""
    return sorted({span for title, _, _, spans, _ in read if title for span in spans})


def _roles_and_firms(text: str, today: dt.date
                     ) -> Iterator[tuple[str, dt.date, dt.date, list[tuple[int, int]], tuple]]:
    """Each dated role in the order the text has it: (its title, start, end, the spans of the
    firms it names, as ``employer_spans`` reads them, its seasons: ``_seasons``)."""
    text = parted_roles(text)   # the same offsets
    starts, pos = [], 0
    lines = text.split("\n")
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for _, i, match, title, start, end, seasons in _dated_roles(text, today):
        line = lines[i]
        at = starts[i] + len(line) - len(match.string) if line.endswith(match.string) else -1
        spans: list[tuple[int, int]] = []
        if at >= 0:
            ahead = _DATE_AHEAD.search(match.string, match.end())
            segments = [(at, at + match.start()), (at + match.end(), at + (ahead.start() if ahead else len(line)))]
            for k in (_neighbour(lines, i, -1), _neighbour(lines, i, 1)):
                if k is not None:
                    segments.append((starts[k], starts[k] + len(lines[k])))
            for low, high in segments:
                spans.extend(_firms(text, low, high, title))
        yield title, start, end, spans, seasons


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    """The index of the non-empty line just above (``step`` -1) or under (1) line ``i``, when it
    may hold a role's title or firm: short, no bullet, heading or date range of its own."""
    k = i + step
    while 0 <= k < len(lines) and not lines[k].strip():
        k += step
    if not 0 <= k < len(lines):
        return None
    line = lines[k]
    if len(line) > 100 or _RANGE.search(line) or heading_of(line) or _BULLET_START.match(line):
        return None
    return k


def _firms(text: str, low: int, high: int, title: str) -> list[tuple[int, int]]:
    """The spans of firms' names among the pieces of ``text[low:high]`` (``employer_spans``)."""
    cuts = [low] + [x for span in _title_cuts(text, low, high) for x in span] + [high]
    pieces = []
    for start, end in zip(cuts[::2], cuts[1::2]):
        piece = text[start:end]
        stripped = piece.strip(" -:;.)")
        if stripped:
            start += piece.index(stripped)
            pieces.append((start, start + len(stripped)))
    found: list[tuple[int, int]] = []
    titled = None
    for k, (start, end) in enumerate(pieces):
        piece = text[start:end]
        if titled is None and (piece == title or _title_part(piece, before_date=True, nouns=ROLE_NOUN)):
            titled = k
            if piece.startswith(title) and _names_a_firm(piece[len(title):].strip()):
                found.append((start + len(title) + 1, end))   # "Staff Accountant Acme Tax Services"
    firms = [k for k, (start, end) in enumerate(pieces) if k != titled and _names_a_firm(text[start:end])]
    # A store's number after the company word: "Dollar Tree Store #4471".
    chosen = {k for k in firms if _COMPANY_END.fullmatch(re.sub(r"(?:[ \t]+(?:#|No\.[ \t]?)\d+)+$", "",
                                                                text[pieces[k][0]:pieces[k][1]]).split()[-1])}
    if titled is None:
        chosen.update(firms[:1] if firms and firms[0] == 0 else [])
    else:
        beside = [k for k in (titled + 1, titled - 1) if k in firms]
        chosen.update(beside[:1])
    return [_with_former_name(text, span) for span in found + [pieces[k] for k in sorted(chosen)]]


# A firm's other name in brackets after it: "Oracle Health (formerly Cerner)", "Meta (then Facebook)",
# "Sabre (acquired by Amadeus)", "Kaiser (f/k/a Group Health)".  It is the firm's too.
_FORMER_NAME = re.compile(r"[ \t]*\((?:formerly|previously|then|now|later|acquired by|merged (?:with|into)|f/?k/?a"
                          r"|d/?b/?a|a subsidiary of|part of|owned by)\b[^()\n]{1,60}\)", re.I)


def _with_former_name(text: str, span: tuple[int, int]) -> tuple[int, int]:
    former = _FORMER_NAME.match(text, span[1])
    return (span[0], former.end()) if former else span


# A legal form, as firms outside the United States write it too, lower case or with a slash:
# "Lothian Bank plc", "Novo Nordisk A/S", "Infosys Pvt. Ltd.", "Kowalski Sp. z o.o.", "Philips N.V.".
_LEGAL_FORM = (r"(?i:plc|p\.l\.c\.?|ltd\.?|llc|llp|inc\.?|gmbh|pvt\.?|pte\.?|pty\.?|a/s|aps|asa|ag|se|sa|s\.a\.?"
               r"|s\.a\.s\.?|nv|n\.v\.?|bv|b\.v\.?|oy|oyj|ab|spa|s\.p\.a\.?|srl|s\.r\.l\.?|sarl|kg|ohg|kgaa"
               r"|bhd|sdn|sp\.|z|o\.o\.?|s\.?l\.?u?|lda|k\.?k\.?)")
def is_legal_form(word: str) -> bool:
    """Whether a word is a company's legal form ("plc", "PLC", "Ltd", "GmbH", "A/S")."""
    return bool(re.fullmatch(_LEGAL_FORM, word.strip()))


# A store's number is part of its name: "Walmart Store #2345".
_FIRM_WORD = re.compile(r"[A-Z0-9][\w&'’.-]*|#\d+|&|of|and|the|de|du|la|le|del|von|van|for|" + _LEGAL_FORM)


def firm_line(line: str) -> bool:
    """Whether a line of its own names a firm by its first piece a comma, a bar or a dash sets apart
    (``_names_a_firm``): "Acme Plastics, Inc.", "Cool Breeze Air, Tucson AZ", "Lakeshore Molding Co."; not a
    title ("Machine Operator") nor a sentence."""
    first = re.split(r"[ \t]*(?:[,|•·]|[ \t][-–—][ \t])[ \t]*", line.strip(), maxsplit=1)[0]
    return _names_a_firm(first)


def _names_a_firm(piece: str) -> bool:
    """Whether a piece of a role line may be a firm's name: one to eight capitalised words
    ("Excel Sports Physical Therapy", "BayCare St. Joseph's Hospital"), none a job noun, not
    ending in a word for a part of a workplace ("Medical-Surgical Unit", "4 West Floor": the
    work's setting, whose words name a skill)."""
    words = piece.split()
    return (0 < len(words) <= 8 and all(_FIRM_WORD.fullmatch(w) for w in words)
            and any(ch.isalpha() for ch in piece) and not ROLE_NOUN.search(piece)
            and not _WORKPLACE_PART.fullmatch(words[-1]))


_WORKPLACE_PART = re.compile(r"(?i)units?|floors?|wards?|wings?|teams?|pods?")


def headline(text: str, lines: int = 5) -> str:
    """The job title a resume opens with ("Senior Data Engineer" under the name), or "":
    the first of its first ``lines`` non-empty lines, before any section heading, that
    reads as a title and is short (a sentence that names a job is not a headline)."""
    return _headline_line(text, lines)[1]


def _headline_line(text: str, lines: int = 5) -> tuple[str, str]:
    """(the line the headline stands on, the headline), or ("", "") (``headline``)."""
    for line in [line for line in text.split("\n") if line.strip()][:lines]:
        if heading_of(line):
            break
        title = _title_part(line, before_date=True) if len(line.split()) <= 10 else ""
        if title:
            return line, title
    return "", ""


# A headline that names more than one job ("Electrician / Estimator", "Sales & Marketing", "Nurse,
# Educator") or the job sought, not held ("Aspiring Data Analyst", "Seeking: Project Manager").
_SEVERAL_JOBS = re.compile(r"[/|&,;+·•]|\b(?:and|or)\b", re.I)
_SOUGHT_HEADLINE = re.compile(r"(?i)\b(?:aspiring|seeking|looking for|transitioning|career change\w*|future"
                              r"|target(?:ed|ing)?|objective|interested in|open to|in training|student)\b")


def titled_by_headline(roles: list[Role], text: str) -> list[Role]:
    """``roles`` with the headline's title on each, when none has a title of its own and the
    headline is the one job title the resume states: the trade resume that names its title
    once under the name and its employer and dates below ("Journeyman Electrician" /
    "Volt Works, Phoenix AZ — 2016 - present").  A headline naming several jobs
    ("Electrician / Estimator") or one sought ("Aspiring Data Analyst") titles nothing, and
    where any role has a title the untitled ones stay so: the headline may then be only the
    latest of several jobs.  What the rule may get wrong: a career changer whose headline
    names the job sought in plain words ("Instructional Designer" over teaching posts
    written without titles) has those posts' years counted in it."""
    if not roles or any(role.title for role in roles):
        return roles
    line, title = _headline_line(text)
    if not title or _SEVERAL_JOBS.search(title) or _SOUGHT_HEADLINE.search(line):
        return roles
    return [Role(title, role.start, role.end, role.years, role.seasons) for role in roles]


def total_years(roles: list[Role]) -> float | None:
    """Years covered by the roles, overlapping roles counted once, a role held in seasons by its seasons."""
    spans = sorted(span for r in roles for span in r.periods())
    if not spans:
        return None
    days, (low, high) = 0, spans[0]
    for start, end in spans[1:]:
        if start > high:
            days, low, high = days + (high - low).days, start, end
        else:
            high = max(high, end)
    return round((days + (high - low).days) / 365.25, 1)


def explicit_years(text: str) -> float | None:
    """The largest "N+ years" / "N years of experience" the resume states (at most 50)."""
    found = []
    lines = (line for line in text.split("\n") if "yr" in line.lower() or "year" in line.lower())
    for number, plus, tail in _STATED_YEARS.findall("\n".join(lines)):
        if plus or "experience" in tail.lower() or re.match(r"(?i)\s*exp\b", tail):
            value = NUMBER_WORDS.get(number.lower()) if number.isalpha() else float(number)
            if value and value <= 50:
                found.append(float(value))
    return max(found) if found else None


_NUMBER = _YEARS_NUMBER + r" ?(?:\+| ?plus)? ?(?:years?|yrs?)['’]?"
_PHRASE = (r"([A-Za-z][\w&/-]*(?:\.[\w&/-]+)*(?: [A-Za-z][\w&/-]*(?:\.[\w&/-]+)*){0,5}?)"
           r"(?=[,.;:(]| and | with | including | to | for | at | in |\n|$)")
# "5+ years of work experience in Software QA", "six years as a Registered Nurse".
_YEARS_IN = re.compile(r"(?i)(?<![\d.])" + _NUMBER + r"(?: of)?(?: [a-z-]+){0,3}? (?:experience )?(?:in|as) "
                       r"(?:an? |the )?" + _PHRASE)
# "Registered Nurse with 6 years of experience"; and a title with its figure alone, closing the
# statement: "Line Cook - 6 years.", "Truck Driver: 12 yrs", "line cook 6 yrs. lead line 2 yrs."
# (not "Line Cook 6 years ago", nor "... 6 years in fine dining", which the figure does not close).
_TITLE_WITH_YEARS = re.compile(r"(?:^|(?<=[.;:] ))([A-Za-z][\w&/.-]*(?: [A-Za-z][\w&/.-]*){0,5}?)"
                               r"(?:,? with (?:(?:over|more than|nearly|almost|about|around|approximately|roughly"
                               r"|close to) )?" + _NUMBER + r"|(?:,|[ ]?[-–—:])? " + _NUMBER
                               + r"(?: (?:of )?exp(?:erience)?\b\.?)?(?=[.;,]?[ \t]*$|[.;,][ \t]))", re.M)


def _stated_title(words: str) -> str:
    """The job title a statement of years opens with (``_TITLE_WITH_YEARS``), as written, or "":
    a title as ``_best_title`` reads one, or one written all in lower case that would read
    as one capitalised ("line cook 6 yrs."), not opening with a verb ("worked as a cook")."""
    if title := _title_part(words, before_date=True, nouns=ROLE_NOUN):
        return title
    if words != words.lower() or reads_as_verb(words.split()[0]):
        return ""
    title = _title_part(words.title(), before_date=True, nouns=ROLE_NOUN)
    at = words.title().find(title) if title else -1
    return words[at:at + len(title)] if at >= 0 else ""


def stated_role(text: str) -> Role | None:
    """The kind of work a resume states its years in, as an undated role, for a resume
    without a titled dated role: "Registered Nurse with 6 years ...", "line cook 6 yrs." (a
    job title first, ``_stated_title``), else the most years stated in one ("5+ years of work
    experience in Software QA", "six years as a Registered Nurse").  One role: statements of
    one career are not added up."""
    titled = [(title, m.group(2) or m.group(3)) for m in _TITLE_WITH_YEARS.finditer(text)
              if (title := _stated_title(m.group(1)))]
    stated = [(m.group(2), m.group(1)) for m in _YEARS_IN.finditer(text) if not heading_of(m.group(2))]
    roles = []
    for kind, number in titled or stated:
        years = NUMBER_WORDS.get(number.lower()) if number.isalpha() else float(number)
        if years and years <= 50:
            roles.append(Role(kind, None, None, float(years)))
    if not roles:
        return None
    return roles[0] if titled else max(roles, key=lambda r: r.years)


def _day(match: re.Match, p: str, today: dt.date, day_first: bool = False) -> dt.date:
    """First day of a start; last day of an end month ("Jan-Dec 2018" is a year).

    A year alone is its first of January at either end ("2015-2019": 4 years).
    """
    if p == "e_" and match.group("present"):
        return today
    year, month = _year_month(match, p, day_first)
    if month is None:
        return dt.date(year, 1, 1)
    if p == "s_":
        return dt.date(year, month, 1)
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _season_end(start: dt.date) -> dt.date:
    """The last day of the season that starts on ``start``: three months ("Summer 2026" ends 31 August)."""
    return dt.date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1) - dt.timedelta(days=1)


# The judge a clerk served, after the title: "Law Clerk to the Hon. Maria Santos", "Judicial Clerk to Judge Ann
# Reyes", up to the next piece ("Law Clerk, U.S. District Court").
_JUDGE_SERVED = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?(?:Hon(?:ou?rable)?\.?|(?:Chief[ \t]+|Magistrate[ \t]+)?Judge"
                           r"|Justice)[ \t][^,|•–—(\n]*")


# The seasons a role was held in each year, before its range: "Seasonal Yard Hand    Summers 2020 – 2022".
_SEASONS_HELD = re.compile(r"[ \t,(]+(?i:summers|winters|springs|falls|autumns)[ \t,]*\Z")


def _role_titles(body: str, match: re.Match, above: tuple[str, str], floor: int = 0) -> tuple[str, str, str]:
    """The job titles near a date range, each "" when none: before it on its line (of the
    pieces that '|', '•' or a sentence end separate, the one that reads most as a title, the
    nearest of equals: "Engineer | Acme Group | 2019 - 2021"), on one of the two lines
    above ("Engineer" / "Acme · Full-time" / "2019 - 2021"), and after it on its line.  A
    line above that holds a date range of its own belongs to another role."""
    before = _SEASONS_HELD.sub("", _JUDGE_SERVED.sub("", body[floor:match.start()])).rstrip(" (,-–—|:")
    cuts = [0] + [m.end() for m in _GLUED_STOP.finditer(before)]
    pieces = [_best_title(before[a:b], before_date=True, nouns=ROLE_NOUN)
              for a, b in reversed(list(zip(cuts, cuts[1:] + [len(before)])))]
    on_line = max(pieces, key=lambda found: found[0], default=(0, ""))[1]
    over = ""
    for line in above:
        if not line or len(line) > 100 or _RANGE.search(line):
            break
        if over := _title_part(line, before_date=True, nouns=ROLE_NOUN):
            break
    after = body[match.end():match.end() + 120]
    ahead = _DATE_AHEAD.search(after)
    return on_line, over, _title_part(after[:ahead.start()] if ahead else after, before_date=False,
                                      nouns=ROLE_NOUN)


def _title_over_firm(before: str, above: str) -> str:
    """The job title on the line above a dated line that names only its firm before the
    range, when no job noun says it ("LPN, Night Shift" / "Hillcrest Skilled Nursing, Dayton,
    OH | 2020 - Present"): the first piece of that line, when it is a few capitalised words
    and no firm's name by its last word, nor a place, nor a range, heading or bullet of
    its own; else ""."""
    before = _TRAILING_PLACE.sub("", before.strip()).strip(" (,-–—|:")
    if not before or not _names_a_firm(before.split(",")[0].strip()):
        return ""
    if not above or len(above) > 100 or _RANGE.search(above) or heading_of(above) or _BULLET_START.match(above) \
            or is_column_heads(above):   # "Employer | Position | Dates" over a table's first row
        return ""
    first = _title_pieces(above.strip(), maxsplit=1)[0].strip(" -:;.)")
    words = first.split()
    if (not 0 < len(words) <= 5 or not _names_a_firm(first) or _COMPANY_END.fullmatch(words[-1])
            or _TRAILING_PLACE.sub("", above.strip()) != above.strip() or YEAR.search(first)):
        return ""
    return first


# A job noun by its form: a person named by what they do ("Server", "Phlebotomist",
# "Sonographer", "Mortician", "Motorhand"), a word of five letters or more in the singular.
_PERSON_FORM = re.compile(r"(?i)[a-z]{3,}(?:er|or|ist|ian|hand)")
_BRACKETS = re.compile(r"[ \t]*[(\[][^()\[\]\n]{0,40}[)\]]")


# A clinical laboratory professional's letters with the board that certifies them, a title of its own: "MT (ASCP)",
# "MLS(ASCP)CM", "MT, ASCP", "MLT(ASCP)"; not "MT" alone (Montana).
_BOARD_TITLE = re.compile(r"(?<![\w-])(?:MT|MLS|MLT)(?:[ \t]*\(ASCP\)(?:CM)?|,[ \t]*ASCP\b)")


def _title_by_form(before: str) -> str:
    """The job title of a dated line on which no job noun, and no line near it, names one,
    read by its form: of the pieces before the dates, when there are two or more and none is
    prose ("Server | Olive Garden, Madison WI | 2021 - 2024"), the one that names a person, by
    the form of its last word ("Server", "Phlebotomist") or as a credential the taxonomy
    knows by a job's name ("CNA" is a Certified Nursing Assistant; "ICU RN" ends in one), with the fewest words; a
    piece in brackets qualifies its neighbour and is dropped ("CNA (per diem)" -> "CNA"), as
    it is from any title.  A piece is a few capitalised words, none a number, not opening
    with a verb, not a place nor a firm by its last word; a tie names none.  A level after
    the title is read past and kept ("Professional Fee Coder II", "Coder 2": ``LEVEL``).  A laboratory
    professional's letters with their board are the title, bracket and all ("MT (ASCP) - NYU Langone Hospital":
    ``_BOARD_TITLE``)."""
    boards = _BOARD_TITLE.findall(before)
    if len(boards) == 1:
        return boards[0]
    pieces = [p.strip(" -:;.") for p in _title_pieces(_BRACKETS.sub("", before).strip(" (,-–—|:"))]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or any(len(p.split()) > 6 for p in pieces):
        return ""
    found = []
    for k, piece in enumerate(pieces):
        bare = LEVEL.sub("", piece)
        words = bare.split()
        if (len(words) > 4 or not all(_FIRM_WORD.fullmatch(w) for w in words) or any(ch.isdigit() for ch in bare)
                or reads_as_verb(words[0]) or _COMPANY_END.fullmatch(words[-1]) or us_states(bare)
                or (k + 1 < len(pieces) and _only_a_state(pieces[k + 1]))):
            continue
        # the credential may end a title of the unit or kind of work ("ICU RN", "Emergency Department RN"); a city
        # after the first piece is where the work was, however it ends ("PTA, Peak Physical Therapy, Denver")
        if (_PERSON_FORM.fullmatch(words[-1]) and not (k and _a_city(bare))
                or _credential_of_a_job(bare) or _credential_of_a_job(words[-1]) or _letters_of_a_job(bare)):
            found.append((len(words), piece))
    found.sort()
    return found[0][1] if found and (len(found) == 1 or found[0][0] < found[1][0]) else ""


# A word before a line's dates that says when or what was studied, not who worked: a month's or a season's name
# ("Summer", "September"), "Present", a degree's "Master", a school's "Semester", "Quarter" or "Term".
_WHEN_WORD = re.compile(_MONTH_NAME + r"|(?i:(?:summer|winter|spring|fall|autumn)s|seasonal|present|current|now"
                        r"|masters?|semester|trimester|quarter|term|year|career|chapter|center|centre|number|order"
                        r"|other|honou?rs?|major|minor|sector|computer|register|poster|paper|letter)")


# A trade's doer in "-er" or "-or" that no job noun of ``ROLE_NOUN`` names, read as a title alone on its dated line
# ("Driller 2019 - 2021", "Sandblaster: 2018 - 2020"); the doers that are common surnames too ("Turner", "Weaver",
# "Brewer", "Sawyer") are left out, as ``ROLE_WORD`` leaves them.
_TRADE_DOER = re.compile(
    r"(?i:(?:sand|abrasive|powder)?blaster|driller|rigger|framer|drywaller|logger|miner|trucker|hauler|trimmer"
    r"|sorter|stacker|sander|finisher|taper|tiler|caulker|insulator|scaffolder|boilermaker|(?:pipe|steam|sprinkler"
    r"|ship|pump)fitter|pipelayer|lineworker|(?:grounds|store|shop|time|gate|bee|zoo)keeper|caretaker"
    r"|(?:cabinet|tool|die|mold|mould|pattern|dress|watch|wine)maker|engraver|jewell?er|bookbinder|typesetter"
    r"|fabricator|grinder|polisher|riveter|solderer|plasterer|paver|flagger|rancher|milker|grocer|fishmonger"
    r"|caterer|distiller|vintner|sommelier|barback|expeditor|usher|launderer|presser|receiver|shipper|packager"
    r"|teamster|shrimper|crabber|mudlogger|calibrator|exterminator|fumigator|arborist|dogwalker|babysitter"
    r"|housecleaner|canvasser|telemarketer|marketer|auctioneer|appraiser|assessor|collector|jailer|trooper"
    r"|ranger|smokejumper|undertaker|gravedigger|upholsterer)")
# A person noun by a form no firm's name has ("Phlebotomist", "Historian", "Motorhand"), unlike a doer in "-er" or
# "-or", which is as often a founder's name a firm goes by ("Kroger", "Pfizer", "Taylor"); not a church's name a
# hospital goes by ("Methodist"), nor a list or "Assist".
_PERSON_ONLY_FORM = re.compile(r"(?i)(?!(?:baptist|methodist|adventist|[a-z]*list|[a-z]*sist)\Z)"
                               r"[a-z]{3,}(?:ist|ician|itian|arian|odian|orian|hand)")


def _one_word_title(before: str, after: str) -> str:
    """The job title of a dated line that holds one word before its dates and nothing after them, where no line
    near it names one: a person named by what they do, by a job noun ("Cashier", "Roustabout", "Driller 2019 -
    2021": ``ROLE_NOUN``, ``_TRADE_DOER``) or by a form no firm's name has ("PHLEBOTOMIST 2019-2021",
    ``_PERSON_ONLY_FORM``), not a word of when (``_WHEN_WORD``: "Summer 2018 - 2019", "Master 2019 - 2021",
    "Present"); else "".  A word that is a doer only by its "-er" or "-or" is as often the firm, named for its
    founder ("Kroger 2019 - 2021", "Pfizer 2015 - 2019"): no title."""
    word = before.strip(" \t(,-–—|:")
    if after.strip(" \t().,;:|-–—") or not re.fullmatch(r"[A-Z][a-z]+|[A-Z]{4,}", word) or _WHEN_WORD.fullmatch(word):
        return ""
    known = ROLE_NOUN.fullmatch(word) or _TRADE_DOER.fullmatch(word) or _PERSON_ONLY_FORM.fullmatch(word)
    return word if known else ""


def _only_a_state(piece: str) -> bool:
    """Whether a piece of a role line is a US state alone ("CO", "Texas"): the piece before it a city."""
    return piece in US_STATE_CODES or us_states(piece) == {piece}


def _a_city(piece: str) -> bool:
    """Whether a piece of a role line is a city's name the gazetteer knows ("Denver", "Rochester")."""
    from matcher.eligibility.gazetteer import gazetteer, key  # the gazetteer, only for a line of this shape

    return bool(gazetteer().cities(key(piece))[0])


def _credential_of_a_job(piece: str) -> bool:
    """Whether a piece is a certification or licence alone whose name, as the taxonomy writes
    it, ends in a job noun ("CNA": Certified Nursing Assistant, "RN": Registered Nurse), not in
    the credential's own word ("Class A commercial driver license")."""
    mentions = extract_skills(piece)
    if len(mentions) != 1 or mentions[0].surface != piece or mentions[0].category != "certification":
        return False
    skill = taxonomy().get(mentions[0].name)
    forms = (skill.name, *skill.aliases) if skill else ()
    return any(JOB_WORD.fullmatch(form.split()[-1]) for form in forms if form.split())


def _letters_of_a_job(piece: str) -> bool:
    """Whether a piece is the letters alone that a job goes by in titles, spelled out to a job noun (``job_kind``:
    "PTA" is a Physical Therapist Assistant, "COTA" a Certified Occupational Therapy Assistant), not a field's
    ("QA": Quality Assurance)."""
    spelled = job_kind(piece)
    return " " not in piece and spelled != piece and bool(JOB_WORD.fullmatch(spelled.split()[-1]))


def _title_below(following: list[str]) -> str:
    """A job title on one of the two lines under a date range ("Acme Corp  2019 - Present" /
    "Senior Software Engineer"), before any bullet, heading or other range, or ""."""
    for line in [line for line in following[:4] if line.strip()][:2]:
        if len(line) > 100 or _RANGE.search(line) or heading_of(line) or _BULLET_START.match(line):
            return ""
        if title := _title_part(line, before_date=True, nouns=ROLE_NOUN):
            return title
    return ""


def _title_part(segment: str, before_date: bool, nouns: re.Pattern = JOB_WORD) -> str:
    return _best_title(segment, before_date, nouns)[1]


# The last word of a company's name: a legal form or a word firms name themselves by, or the
# kind of place a frontline job is held at ("KinderCare Learning Center", "Walmart Store #2345",
# "Anthony's Fish House", "Sunrise Adult Family Home"), which a job title seldom ends in ("Head of
# School" still reads as one where no better title is beside it, as "Director of Client Services" does).
_COMPANY_END = re.compile(
    _LEGAL_FORM + r"|(?i:inc|incorporated|llc|llp|ltd|limited|corp|corporation|co|company|gmbh|plc|pty|group"
    r"|services|consultants|consulting|associates|partners|solutions|holdings|enterprises|industries"
    r"|technologies|labs|laboratories|agency|firm|bank|hospital|university|college|institute"
    r"|foundation|cent(?:er|re)s?|stores?|(?:super)?market|mart|shop|restaurants?|caf[eé]|bakery|diner"
    r"|kitchen|bar|pub|hotels?|motel|inn|resort|casino|clinic|pharmacy|school|academy|church|daycare"
    r"|preschool|homes?|house|salon|garage|depot|club|co-op)\.?")


# Markdown's marks are no part of a title: "### Data Analyst, Peachtree Health (2021 - Present)",
# "**Data Analyst**".
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+")


def _best_title(segment: str, before_date: bool, nouns: re.Pattern = JOB_WORD) -> tuple[int, str]:
    """(how much it reads as a job title, the title) for the piece of ``segment`` that reads
    most as one, the first of equals, or (0, "") when none does.  A title names a person by a
    job noun in the singular: a piece without one names a field or a firm ("Summit
    Engineering Group", "Front Range Civil Consultants").  One that ends as a company's name
    does ("Principal Financial Group") reads less as a title than one that does not, yet is
    one when nothing better is near ("Director of Client Services"); one whose job noun the
    company word follows at once names a firm ("BayCare Physician Partners")."""
    segment = _MARKDOWN_HEADING.sub("", segment.strip())
    heading = heading_of(segment)
    if heading:
        segment = heading[1]
    if before_date:
        segment = _TRAILING_PLACE.sub("", segment)
        # Text glued to a title's start is the tail of what came before it ("...in
        # C++.11/2013to04/2014Software Intern"): the title is read after the last glue.  When
        # none is after it, the glue may be a firm's name in camel case after the title ("Lead
        # Preschool Teacher, KinderCare Learning Center"): a title of a piece with no glue in
        # it stands ("Software QA EngineerPhiladelphia" is a title glued to a place, and no title).
        glued = list(_GLUE.finditer(segment))
        if not glued:
            return _best_piece(segment, nouns)
        best = _best_piece(segment[glued[-1].end():], nouns)
        if not best[0]:
            best = _best_piece(segment, nouns, unglued=True)
        return best
    segment = re.split(r"(?<=[.;])\s", segment, maxsplit=1)[0]
    glued = _GLUE.search(segment)
    if glued:
        segment = segment[:glued.end()]
    return _best_piece(segment, nouns)


def _best_piece(segment: str, nouns: re.Pattern, unglued: bool = False) -> tuple[int, str]:
    """(how much it reads as a job title, the title) for the piece of ``segment`` that reads
    most as one (``_best_title``).  A word in lower case other than a connector makes a
    piece read as a sentence, when there are two: a job noun's word right after a capitalised
    word does not count, since a title is often written in sentence case ("Crew member / Shift
    lead"); after a word in lower case it does ("Work as contractor" is a sentence).  With
    ``unglued``, a piece with a glue in it (``_GLUE``) is none."""
    best = (0, "")
    for part in (p.strip(" -:;.)*_") for p in _title_pieces(segment)):
        if hired := HIRED_AS.match(part):   # "Worked as a Line Cook": the title is "Line Cook"
            part = part[hired.end():]
        words = part.split()
        people = [m for m in nouns.finditer(part) if _names_a_person(m.group(), nouns)]
        # A title is a few capitalised words around a role noun, not a sentence.
        nouny = {w for m in people for w in m.group().split()}
        # a French title's qualifiers follow its noun in lower case: "Technicien en informatique"
        loose = [] if len(words) <= 6 and opens_in_french(part) else [
            w for k, w in enumerate(words) if w[0].islower() and w not in _CONNECTORS
            and not (w in nouny and k and words[k - 1][0].isupper())]
        if not people or len(words) > 8 or len(loose) > 1 or (unglued and _GLUE.search(part)):
            continue
        company = _COMPANY_END.fullmatch(words[-1])
        if company and part[people[-1].end():].strip() == words[-1]:
            continue   # a firm named by its people and a company word: "BayCare Physician Partners"
        if company and re.fullmatch(r"(?: [A-Z][\w&'’.-]*)+", part[people[-1].end():]):
            # A title run into its company's name when the separator between them was lost
            # ("Staff Accountant Acme Tax Services"): the title ends at its last job noun.
            part = part[:people[-1].end()]
        score = 1 if company else 2
        if score > best[0]:
            best = (score, part)
    return best


def _names_a_person(noun: str, nouns: re.Pattern) -> bool:
    """Whether a job noun names one person: not a plural ("Consultants") nor the field
    "engineering"."""
    noun = noun.lower()
    return noun != "engineering" and not (noun.endswith("s") and nouns.fullmatch(noun[:-1]))
