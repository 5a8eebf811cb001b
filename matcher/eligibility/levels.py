"""The ordered levels postings ask and resumes state: degrees and security clearances.

Both sides read these words alike, so "BS in Computer Science required" and
"B.S., Computer Science, 2019" meet on the same level.

"MA" and "MS" are also US state codes (Massachusetts, Mississippi).  Written as a place
they name no degree: after a city of that state, whatever follows ("Boston, MA",
"Jackson MS", "Boston, MA (Hybrid)", "Jackson, MS   Jun 2022 - Present"), before a ZIP
code ("MA 02115"), after "in"/"within"/"across" ("must reside in MA"), or in a list with
another state code ("Remote (MA, NH, RI)").  The city is looked up in the gazetteer
(cities over 15,000 people), loaded only when such a code follows a name.  A code after
a name the gazetteer does not know is left to the caller, who sees the whole line
(``state_code_reading``), when a place could end there: the end of the line,
punctuation, a number, a month or "Present" ("Hopkinton, MA", "Economics, MA, 2015",
"Hopkinton, MA  May 2019 - Present").  A degree's own words after the code keep it a
degree, even after a city: "MA in English", "MS degree", "MS program".
"""

from __future__ import annotations

import re
from functools import lru_cache

DEGREE_LEVELS = ("high school", "associate", "bachelor", "master", "doctorate")   # low -> high
CLEARANCE_LEVELS = ("public trust", "secret", "top secret", "ts/sci")           # low -> high

# How degrees are written, each pattern naming one level.  Abbreviations are matched
# as whole tokens with or without dots ("BS", "B.S.", "B.Sc."), case-sensitive where a
# lower-case word would be an English word ("ma", "ms", "ba").
_DEGREE_PATTERNS = {
    "doctorate": r"\b(?:ph\.?\s?d\.?|doctorate|doctoral|doctor of|d\.?phil|ed\.?d\.?|d\.?sc\.?|pharm\.?\s?d\.?"
                 r"|psy\.?d\.?|dnp|d\.n\.p\.|dpt|d\.p\.t\.|j\.d\.|jd(?! edwards)|m\.d\.)(?![a-z])",
    # the dotted forms longer than "M.A.", "M.S.", "B.S." are tried before them
    "master": r"\b(?:m\.a\.t\.|m\.s\.w\.|m\.s\.n\.|m\.p\.h\.|m\.p\.a\.|m\.arch\.|(?-i:MEd|MAT|MSW|MPA)"
              r"|master'?s?|m\.?\s?s\.?c?\.?|m\.?a\.?|m\.?eng\.?|(?-i:M\.?Tech)\.?|mba|m\.?b\.?a\.?|msc|msn|mph"
              r"|m\.f\.a\.?|mfa(?= in\b| degree)|ll\.m\.?|m\.ed\.?"
              # a librarian's master's: "MLIS", "MSLIS", "MSLS" (not "MLS", a lab scientist's credential too)
              r"|(?-i:MLIS|MSLIS|MSLS)"
              # Italy's second degree and Germany's first, a master's: "Laurea Magistrale in Ingegneria",
              # "Diplom-Informatiker", "Diplom in Betriebswirtschaft"
              r"|laurea (?:magistrale|specialistica)|(?-i:Diplom(?=-[A-Z]|[ \t]+in\b))"
              # ... and its abbreviation, "Dipl." with the kind of the diploma: "Dipl.-Ing." (an engineer's),
              # "Dipl.-Kfm.", "Dipl.-Inf.", "Dipl.-Wirt.-Ing."; one of a Fachhochschule ("(FH)") is a bachelor's
              r"|(?-i:Dipl\.?[ \t]?-[ \t]?(?:[A-Z][a-z]{1,9}\.?-)?[A-Z][a-z]{1,9}\.))(?![a-z])",
    "bachelor": r"\b(?:b\.s\.n\.|b\.f\.a\.|b\.b\.a\.|b\.a\.sc\.|basc|b\.arch\."
                r"|bachelor'?s?|b\.?s\.?e\.?|b\.?\s?s\.?c?\.?|b\.e\.|b\.?a\.?|b\.?eng\.?|b\.?tech\.?|bsn|bba|bfa"
                r"|b\.ed\.?|(?-i:BEd|BSW)|(?<![@.])(?-i:B\.?\s?Comm?\.?)"
                # a postgraduate certificate or diploma (PGCE) follows a first degree and is no master's
                r"|(?-i:PGCE|PGDE|PGCert|PGDip)|(?:post-?)?graduate (?:certificate|diploma)(?= in| of|,|$)"
                r"|undergraduate degree|four[- ]year degree|4[- ]year degree|college degree|university degree"
                # the UK's ask of a first degree in other words: "Degree educated", "Educated to degree level"
                r"|degree[- ](?:educated|qualified)|educated to (?:a[ \t]+)?degree(?:[ \t]+level)?"
                r"|degree[- ]level (?:education|qualification)"
                # a degree with its field and no level, at the head of an ask, read as a college degree is:
                # "Degree in journalism, communications or a related field", "A degree in marketing", "Degree in
                # a STEM subject" (a kind of field), not a manner ("a degree in a sense")
                r"|(?:^|(?<=\ba[ \t])|(?<=\ban[ \t])|(?<=:[ \t]))degree(?=[ \t]+in[ \t]+(?!(?:progress|lieu|the)\b)"
                r"(?!an?[ \t]+(?:sense|way|manner|pinch|word)\b))"
                # a baccalaureate with its field (Quebec's "Baccalauréat en communication", "baccalaureate degree"),
                # not France's of a lycée nor the International Baccalaureate; Spanish and Portuguese first degrees
                r"|(?<!international )baccalaur[ée]ate?(?=[ \t]+(?:en|ès|es|in|of|degree)\b)(?![^\n]*\blyc[ée]e)"
                r"|licenciatura(?=[ \t]+(?:en|em|in)\b)|bacharelado"
                # Italy's first degree ("Laurea in Economia"; a "laurea magistrale" is a master's)
                r"|laurea(?![ \t]+(?:magistrale|specialistica))(?=[ \t]+(?:in|triennale)\b))"
                r"(?![a-z])",
    # "A.S." only with its dots and in capitals ("as" is a word): "A.S. Accounting"
    # "Associate's or bachelor's degree": the associate's is offered, the lower level
    "associate": r"\b(?:associate['’]?s?(?= degree| of| in|[ \t]*(?:or|/)[ \t]*(?:an?[ \t]+)?(?:bachelor|baccalaureate"
                 r"|master['’]s))|a\.?a\.?s?\.?(?= degree| in)|a\.a\.s\.|aas(?=,? [A-Z])|adn"
                 r"|(?<![\w.])(?-i:A\.S\.|A\.A\.(?:S\.)?)"
                 r"|two[- ]year degree"
                 # the UK's Higher National Diploma and foundation degree: below a bachelor's
                 r"|(?-i:HND)|higher national diploma|foundation degree|(?-i:FdA|FdSc|FdEng))(?![a-z])",
    # not "some high school" (no diploma); "HS diploma" in its capitals; a high school's name with a word of its
    # kind between ("Tucson High Magnet School", "Lincoln High Preparatory Academy") or its diploma after it
    # ("Roosevelt High, diploma 2012")
    "high school": r"(?<!some )\b(?:high school|ged|secondary school|(?-i:HS|H\.S\.)(?= diploma)"
                   # the UK's school qualifications: "A-levels: Maths (B) ...", "GCSEs: 9 including Maths"
                   r"|(?-i:GCSEs?|A-[Ll]evels?|A [Ll]evels)"
                   r"|(?-i:[A-Z][a-z]+[ \t]+High(?:(?:[ \t]+[A-Z][a-z]+){0,2}?[ \t]+(?:School|Academy|Preparatory|Prep)"
                   r"|(?=[ \t]*[,:-]?[ \t]*(?i:diploma|graduat)))))(?![a-z])",
}
# Abbreviations that are also common words or letters: only when written in capitals.
_UPPER_ONLY = re.compile(r"\b(?:MS|MA|BS|BA|M\.S\.|M\.A\.|B\.S\.|B\.A\.|MSc|BSc|M\.Sc\.|B\.Sc\.|AA|AAS|A\.A\."
                         r"|BSE|JD|DPT)(?![A-Za-z])")
_LOWER_AMBIGUOUS = {"ms", "ma", "ba", "bs", "m.s", "m.a", "b.a", "b.s", "aa", "aas", "a.a", "ms.", "ma.", "ba.", "bs.",
                    "bse", "jd", "dpt"}
_DEGREE = {level: re.compile(p, re.I) for level, p in _DEGREE_PATTERNS.items()}
# An abbreviation followed by a digit is a code, not a degree: a postcode district ("Bristol
# BS7", "BA2 7AY"); followed by a standard's number, a standard ("BS 7671:2018", "BS EN
# 60204-1", "BS EN ISO 9001"; a year alone, as in "BS 2019", still leaves the degree).
_CODE_NEXT = re.compile(r"\d|[ \t]+(?:(?:EN|ISO|IEC)\b[ \t]*)+\d|[ \t]+(?!(?:19|20)\d\d\b)\d{3,5}\b|"
                        r"[ \t]+\d{3,5}[:-]\d")
# A postgraduate certificate or diploma, read at a bachelor's level (it follows a first degree) and
# told from a bachelor's where one is asked: "Graduate Certificate in Emergency Nursing", "PGCert".
GRADUATE_CERTIFICATE = re.compile(r"(?i)\b(?:post-?)?graduate (?:certificate|diploma)\b"
                                  r"|\b(?-i:PGCE|PGDE|PGCert|PGDip)\b")
# The Scottish "MA (Hons)" is a first degree, at a bachelor's level.
_SCOTTISH_MA = re.compile(r"(?-i:M\.?A\.?)[ \t]*(?:\([ \t]*)?Hons\b", re.I)
# A German diploma of a university of applied sciences, a bachelor's level: "Dipl.-Ing. (FH)",
# "Diplom-Ingenieur (FH)".
_APPLIED_SCIENCES = re.compile(r"(?:-[A-Z][a-z]+)?[ \t]*\([ \t]*(?:FH|Fachhochschule)[ \t]*\)")
# "Associates" counted are people, not a degree: "Supervise 20-30 associates in receiving",
# "a team of twelve associates in retail" (but "two associates degrees").
_COUNTED = re.compile(r"(?:\b\d[\d,]*\+?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?"
                      r"|hundreds?|many|several|multiple|numerous)|\bteam of)[ \t]+(?:[\w-]+[ \t]+)?$", re.I)
# What after "Associate" makes it a professional designation, not a degree: "Associate in Claims
# (AIC) designation", "Associate in Risk Management designation".
_DESIGNATION_AFTER = re.compile(r"[ \t]+(?:in|of)(?:[ \t]+(?:[A-Z][\w&-]*|and|&|of))+(?:[ \t]*\([A-Z]{2,6}\))?"
                                r"[ \t]+(?i:designations?|credentials?)\b")
# "Associate in" or "of" and a name: a designation where the taxonomy knows that whole name as a
# certification ("Associate in Claims (AIC)", "Associate in General Insurance"), with no word for one after it.
_NAME_AFTER = re.compile(r"[ \t]+(?:in|of)[ \t]+[A-Z]")


def _designation_named(text: str, start: int) -> bool:
    """Whether the certification a taxonomy knows is named from ``start`` in ``text``."""
    if not _NAME_AFTER.match(text, start + len("associate")):
        return False
    from matcher.skills.taxonomy import extract_skills, is_credential  # only for "Associate in ..."
    return any(m.start == start and is_credential(m.name) for m in extract_skills(text))


# What after an abbreviation makes it a product or a job, not a degree: "MS Project", "MS Office",
# "BA role" (a business analyst).
NOT_A_DEGREE_NEXT = re.compile(r"[ \t]*-?[ \t]*(?:office|excel|word|teams|sql|access|project|dynamics|azure|outlook"
                               r"|powerpoint|visio|sharepoint|365|windows|dos|edge|software|server|visual|exchange"
                               r"|publisher|onenote|paint|role|position|team)\b", re.I)
# ... or a hyphen that joins it to other capitals, a code of its own: "MS-DRG" (a grouping of hospital stays
# for billing), not where those capitals are a degree too ("BS-MS").
_JOINED_CODE = re.compile(r"-([A-Z]{2,})(?![\w-])")

# Mass spectrometry, no master's: "MS" joined by a hyphen or a slash to an instrument's letters before it ("GC-MS",
# "LC-MS/MS", "ICP-MS", "GC/MS", "MALDI-TOF-MS") or tandem ("MS/MS"); not where the letters before it are a degree
# ("BS/MS", "B.S.-M.S.", "PhD/MS": both degrees).
_MASS_SPEC = re.compile(r"(?<![\w.\-/])(?P<before>(?:[A-Z][A-Za-z0-9.]{0,7}[ \t]*[-/][ \t]*)+)MS(?:[ \t]*/[ \t]*MS)*"
                        r"(?![A-Za-z])")


def _mass_spec_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names mass spectrometry (``_MASS_SPEC``): the spans of its "MS"."""
    spans = []
    for m in _MASS_SPEC.finditer(text):
        before = m.group("before")
        parts = [part.strip() for part in re.split(r"[-/]", before or "") if part.strip() not in ("", "MS")]
        if any(_DEGREE[level].fullmatch(part) for part in parts for level in _DEGREE):
            continue   # "BS/MS", "PhD/MS": degrees side by side
        spans.append((m.start(), m.end()))
    return spans


# What follows a master's licence of the US Coast Guard, no degree: "Master of Towing Vessels", "Master 100 GT",
# "Master 1600 tons", "Master Mariner".
_VESSEL_MASTER = re.compile(r"(?i)[ \t]+(?:of[ \t]+(?:towing[ \t]+|inspected[ \t]+|uninspected[ \t]+)?vessels?\b"
                            r"|(?:of[ \t]+)?\d[\d,]*[ \t]*(?:GRT|GT|ITC|tons?)\b|mariner\b)")

_CLEARANCE_PATTERNS = (
    ("ts/sci", r"\bts\s?/\s?sci\b|\btop secret\s?/\s?sci\b|\bsci eligib"),
    ("top secret", r"\btop[- ]secret\b|\bts clearance\b"),
    ("secret", r"(?<!top )\bsecret\b(?= (?:security )?clearance|\s?/|\b)"),
    ("public trust", r"\bpublic trust\b"),
)
_CLEARANCE = tuple((level, re.compile(p, re.I)) for level, p in _CLEARANCE_PATTERNS)


# What an abbreviation's brackets spell out after it: "MAT (medication-assisted treatment)", "MSW (Master of
# Social Work)".
_BRACKETED = re.compile(r"[ \t]*\(([^()]{3,80})\)")
_SPELLING_SMALL = frozenset({"of", "in", "and", "&", "the", "for"})
_DEGREE_WORD = re.compile(r"(?i)\b(?:degree|master|bachelor|doctor|associate|juris|baccalaureate)")


def _spelled_out_as_no_degree(surface: str, text: str, end: int) -> bool:
    """Whether the brackets after an abbreviation spell its letters out as something no degree: "MAT
    (medication-assisted treatment)" is a treatment; "MAT (Master of Arts in Teaching)" and "BSN (required)"
    stay degrees."""
    bracket = _BRACKETED.match(text, end)
    if not bracket or _DEGREE_WORD.search(bracket.group(1)):
        return False
    words = [w for w in re.split(r"[\s/-]+", bracket.group(1)) if w and w.lower() not in _SPELLING_SMALL]
    letters = re.sub(r"[^A-Za-z]", "", surface).lower()
    return len(letters) > 1 and "".join(w[0] for w in words).lower() == letters


# An abbreviation written with dots between its letters: "M.L.I.S.", "M.S.L.S", "B.S.W.", "D.N.P.".
_DOTTED = re.compile(r"(?<![\w.])[A-Z][a-z]{0,4}(?:\.[A-Z][a-z]{0,4}){1,5}\.?(?!\w)")


def degree_levels(text: str) -> list[tuple[str, int, int]]:
    """Each degree a text names: (level, start, end), in text order.  "MS" counts only in
    capitals ("ms" and "ma" are words) and not as a place ("Boston, MA"), nor before a
    digit or a standard's number ("Bristol BS7", "BS 7671"); "Bachelor's or Master's"
    gives both levels.  UK forms: HND and a foundation degree are associate level, a
    PGCE (a postgraduate certificate) and the Scottish "MA (Hons)" bachelor's level.  An
    abbreviation with dots between its letters reads as it does without them ("M.L.I.S."
    as "MLIS", "B.S.W." as "BSW")."""
    found = _degree_levels(text)
    for m in _DOTTED.finditer(text):
        if any(s < m.end() and m.start() < e for _, s, e in found) or _CODE_NEXT.match(text, m.end()) \
                or NOT_A_DEGREE_NEXT.match(text, m.end()):
            continue
        bare = m.group(0).replace(".", "")
        undotted = _degree_levels(bare)
        if len(undotted) == 1 and undotted[0][1:] == (0, len(bare)):
            found.append((undotted[0][0], m.start(), m.end()))
    return sorted(found, key=lambda t: t[1])


def _degree_levels(text: str) -> list[tuple[str, int, int]]:
    found = []
    mass_spec = _mass_spec_spans(text) if "MS" in text else []
    for level, pattern in _DEGREE.items():
        for m in pattern.finditer(text):
            surface = m.group(0)
            if any(s <= m.start() < e for s, e in mass_spec):
                continue   # "GC-MS", "LC-MS/MS": an instrument, not a master's
            if surface.lower().rstrip(".") in _LOWER_AMBIGUOUS or surface.lower() in _LOWER_AMBIGUOUS:
                if not _UPPER_ONLY.fullmatch(surface) and not _UPPER_ONLY.match(text, m.start()):
                    continue
                if state_code_reading(text, m.start(), m.end()) == "place" or NOT_A_DEGREE_NEXT.match(text, m.end()):
                    continue
                if (code := _JOINED_CODE.match(text, m.end())) and not any(
                        d.fullmatch(code.group(1)) for d in _DEGREE.values()):
                    continue
            if len(surface.replace(".", "").strip()) <= 4 and _CODE_NEXT.match(text, m.end()):
                continue
            if _spelled_out_as_no_degree(surface, text, m.end()):
                continue   # "MAT (medication-assisted treatment)": letters spelled out as no degree
            if level == "master" and _VESSEL_MASTER.match(text, m.end()):
                continue   # a ship's master's licence: "Master of Towing Vessels", "Master 100 GT"
            if level == "master" and (_SCOTTISH_MA.match(text, m.start()) or (
                    surface.startswith("Dipl") and _APPLIED_SCIENCES.match(text, m.end()))):
                level = "bachelor"
            if level == "associate" and m.group(0).lower() == "associates" and not text.startswith(
                    " degree", m.end()) and _COUNTED.search(text, max(0, m.start() - 40), m.start()):
                continue
            if level == "associate" and (_DESIGNATION_AFTER.match(text, m.end())
                                         or _designation_named(text, m.start())):
                continue   # "Associate in Claims (AIC) designation", "Associate in Claims (AIC)"
            found.append((level, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    # One span, one level: the longer match wins where two overlap ("M.B.A." vs "B.A.").
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if kept and item[1] < kept[-1][2]:
            if item[2] - item[1] > kept[-1][2] - kept[-1][1]:
                kept[-1] = item
            continue
        kept.append(item)
    return kept


# The words a school's name is made of, in English ("University of Texas", "Boston College") and in the languages
# of the schools resumes name ("Universität Mannheim", "Technische Universität Berlin", "Hochschule München",
# "Fachhochschule Aachen", "École Polytechnique", "Universidad de Chile", "Università di Bologna", "Universidade de São
# Paulo", "Politecnico di Milano", "Instituto Tecnológico", "Hogeschool Utrecht").  The English words also name fields
# ("School Counseling"); the others never do.
FOREIGN_SCHOOL_WORDS = (r"universit(?!y\b|ies\b)\w+|universidad\w*|uniwersytet\w*|(?:fach)?hochschule\w*"
                         r"|[ée]coles?|escuelas?|escolas?|polit[eé]cni\w+|politechni\w+|instituto|istituto|institut"
                         r"|akademie|acad[ée]mie|accademia|hogeschool|h[öø]gsk[oa]l[ae]\w*|lyc[ée]e")
SCHOOL_WORDS = r"university|college|institute|school|academy|polytechnic|" + FOREIGN_SCHOOL_WORDS


# The field an abbreviation names: it is the degree's field whatever follows ("MBA, Finance").
IMPLIED_FIELD = {"mba": "business administration", "bsn": "nursing", "msn": "nursing", "adn": "nursing",
                 "bba": "business administration", "bsw": "social work", "llm": "law", "mph": "public health",
                 "msw": "social work", "pharmd": "pharmacy", "jd": "law", "md": "medicine", "dpt": "physical therapy",
                 "dnp": "nursing", "mlis": "library and information science",
                 "mslis": "library and information science", "msls": "library science"}
# The broad field an abbreviation names: the degree's only when no field is written after it
# ("M.Ed. School Counseling" is in school counseling, a bare "M.Ed." in education).
BROAD_FIELD = {"med": "education", "edd": "education", "bed": "education", "mat": "teaching",
               "mfa": "fine arts", "bfa": "fine arts",
               # a German diploma by its kind: "Dipl.-Ing." an engineer's, "Dipl.-Kfm." a business one
               "dipl-ing": "engineering", "dipl-inf": "computer science", "dipl-inform": "computer science",
               "dipl-kfm": "business administration", "dipl-kffr": "business administration",
               "dipl-betriebsw": "business administration", "dipl-volksw": "economics",
               "dipl-wirt-ing": "industrial engineering", "dipl-wi-ing": "industrial engineering",
               "dipl-phys": "physics", "dipl-math": "mathematics", "dipl-chem": "chemistry", "dipl-biol": "biology",
               "dipl-psych": "psychology", "dipl-geogr": "geography", "dipl-inf-wirt": "information systems"}


# -- degree abbreviations that are US state codes ---------------------------------------
_CODES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND"
          " OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
US_STATE_CODES = frozenset(_CODES)
# The states by name, for licences: a state's licence is not another state's ("Texas RN license").
US_STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming")
US_STATE_BY_CODE = dict(zip(_CODES, US_STATE_NAMES, strict=True))
# A state by its own letters, as its agencies and credentials are named: "NYS Certification in Childhood Education".
US_STATE_BY_LETTERS = {"NYS": "New York"}
_STATE_NAME = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(US_STATE_NAMES, key=len, reverse=True))
                         + r")(?![\w-])(?!,? D\.?C\b)")


def us_states(text: str) -> set[str]:
    """The US states a text names in full, capitalised ("Texas", "West Virginia"; not
    "Washington, DC")."""
    return {m.group(0) for m in _STATE_NAME.finditer(text)}


# State codes that are also degrees, credentials or words in capitals ("MS, MD or PhD", "PA-C",
# "MS OR PhD"): next to a degree code they say nothing about places.
_NOT_A_NEIGHBOUR = frozenset({"MA", "MS", "MD", "ME", "PA", "ND", "IN", "OR"})
_DEGREE_GOES_ON = re.compile(r"\s*(?:['’]s\b|degree|program|programme|student|candidate|thesis|in\s+(?!\d)|of\s"
                             r"|/\s*[A-Z])", re.I)
_ZIP_AFTER = re.compile(r"[ \t]*\d{5}(?:-\d{4})?(?![\d-])")
# What follows a place: the end, punctuation, a bracket, a dash, a number ("Boston, MA | 2019",
# "Boston, MA (Hybrid)", "Boston, MA - Remote", "Boston MA 2019", "a Boston, MA-based team").
_PLACE_FOLLOWS = re.compile(r"\s*(?:$|[,;|()\[\]•·!?–—]|\.(?!\w)|\d|-(?!\w)|-based\b)|\s+-"
                            # or the dates of a role on the same line ("Jackson, MS   Jun 2022 - Present")
                            r"|\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                            r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
                            r"|(?:spring|summer|fall|autumn|winter)(?=\s+\d)|present)(?![\w-])", re.I)
_NEIGHBOUR_AFTER = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b)\s*([A-Z]{2})(?![\w-])")
_NEIGHBOUR_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2})\s*(?:,|/|&|\bor\b|\band\b)\s*$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|within|across|throughout|outside|near)[ \t]+$")
# A name before the code: up to four words, the last one capitalised ("Boston", "St. Louis",
# "Winston-Salem", "BOSTON"), then a comma or spaces.
_NAME_BEFORE = re.compile(r"(?P<words>(?:[\w.'’&-]+ ){0,3}(?P<last>[A-Z](?:[a-z]|[A-Z]{2})[\w.'’-]*)),?[ \t]+$")


def state_code_reading(text: str, start: int, end: int) -> str:
    """How a degree abbreviation at [start, end) that is also a US state code reads: "place"
    where what is around it settles it as a place (see the module's docstring), "name" where
    it only follows a name the gazetteer does not know and a place could end there
    ("Hopkinton, MA", "Economics, MA, 2015", "Hopkinton, MA  May 2019"), "" otherwise (a
    degree, or no state code)."""
    code = text[start:end].rstrip(".")
    if len(code) != 2 or code not in US_STATE_CODES:
        return ""
    after = start + 2
    if _ZIP_AFTER.match(text, after):
        return "place"
    if _DEGREE_GOES_ON.match(text, after):
        return ""
    neighbour = _NEIGHBOUR_AFTER.match(text, after) or _NEIGHBOUR_BEFORE.search(text, max(0, start - 12), start)
    if neighbour and neighbour.group(1) in US_STATE_CODES and neighbour.group(1) not in _NOT_A_NEIGHBOUR:
        return "place"
    place_ends = bool(_PLACE_FOLLOWS.match(text, after))
    before = text[max(0, start - 80):start]
    if place_ends and _PLACE_PREPOSITION.search(before):
        return "place"
    name = _NAME_BEFORE.search(before)
    if not name or any(p.fullmatch(name.group("last").rstrip(",")) for p in _DEGREE.values()):
        return ""   # "MBA, MS": a degree before it
    words = name.group("words").split()
    suffixes = (" ".join(words[i:]) for i in range(len(words)) if words[i][:1].isupper())
    if any(_us_city_in(s.rstrip(".,"), code) for s in suffixes):
        return "place"   # a city of that state: a place whatever follows ("Jackson, MS   Jun 2022")
    return "name" if place_ends else ""


@lru_cache(maxsize=4096)
def _us_city_in(name: str, state: str) -> bool:
    """Whether the gazetteer knows a US city called ``name`` in ``state`` (loaded on first call)."""
    from matcher.eligibility.gazetteer import gazetteer, key  # about 0.3 s, only for "Name, MA"
    gz = gazetteer()
    own, other = gz.cities(key(name))
    return any(gz.city_country[i] == "US" and gz.city_state[i] == state for i in own + other)


def clearance_mentions(text: str) -> list[tuple[str, int, int]]:
    """Each clearance level a text names: (level, start, end), in text order; where two
    overlap the higher level wins ("Top Secret/SCI" is TS/SCI, not Top Secret and Secret).
    A bare "Secret" counts only where the text says "clearance" or writes levels with a
    slash ("Secret/TS"): "our secret sauce" names no clearance."""
    lowered = text.lower()
    secret_ok = "clearance" in lowered or "/" in lowered
    found = [(rank, level, m.start(), m.end()) for rank, (level, pattern) in enumerate(_CLEARANCE)
             for m in pattern.finditer(text) if level != "secret" or secret_ok]
    found.sort(key=lambda t: (t[2], t[0]))   # by start, the higher level first
    kept: list[tuple[str, int, int]] = []
    for _, level, start, end in found:
        if kept and start < kept[-1][2]:
            continue
        kept.append((level, start, end))
    return kept


def clearance_level(text: str) -> str | None:
    """The highest clearance level a text names ("TS/SCI", "Secret clearance"), "" for a
    clearance of no stated level, None when it names no clearance."""
    levels = [level for level, _, _ in clearance_mentions(text)]
    if levels:
        return max(levels, key=lambda lv: rank_of(lv, CLEARANCE_LEVELS))
    lowered = text.lower()
    return "" if re.search(r"\bclearance\b", lowered) and re.search(r"\bsecurity\b|\bgovernment\b|\bdod\b|\bfederal\b|"
                                                                      r"\bactive\b|\bclearable\b|\bobtain\b", lowered) \
        else None


def rank_of(level: str, levels: tuple[str, ...]) -> int:
    """A level's place in its order (-1 for "" or unknown)."""
    return levels.index(level) if level in levels else -1


# A field's words as the ranking's tokenizer reads them (``ranking.lexical.tokenize``),
# without the small words a field's name carries ("of", "and").
_FIELD_TOKEN = re.compile(r"(?u)[\w][\w+#.]*[\w+#]|[\w]")
_FIELD_STOP = frozenset({"a", "an", "and", "or", "of", "in", "the", "for", "with", "to", "on", "at", "as", "by", "its"})


# Other names of a field, as the word it is known by: "accountancy" is accounting, "curriculum
# and instruction" and "pedagogy" are education, "math" and "maths" mathematics.
_FIELD_NAMES = ((re.compile(r"\baccountancy\b"), "accounting"),
                (re.compile(r"\bcurriculum (?:and|&) instruction\b|\bpedagogy\b"), "education"),
                (re.compile(r"\bmaths?\b"), "mathematics"),
                # "a biological or chemical science" names biology and chemistry; a chemical engineer's
                # field is engineering's, no chemistry
                (re.compile(r"\bbiological\b(?![ \t]+engineer)"), "biology"),
                (re.compile(r"\bchemical\b(?![ \t]+engineer)"), "chemistry"),
                # a field in the language of the degree's country: "Licenciatura en Contaduría", "Laurea in
                # Economia", "Diplom-Informatiker", "Bacharelado em Direito"
                *((re.compile(rf"\b(?:{names})\b"), english) for names, english in (
                    (r"contadur[ií]a|contabilidad(?:e)?|contabilit[àa]|ciencias contables|contador p[úu]blico"
                     r"|rechnungswesen|comptabilit[ée]", "accounting"),
                    (r"finanzas|finan[çc]as|finanza|finanzwirtschaft", "finance"),
                    (r"econom[ií]a|ciencias econ[óo]micas|ci[êe]ncias econ[óo]micas|volkswirt\w*", "economics"),
                    (r"administraci[óo]n de empresas|administra[çc][ãa]o de empresas|economia aziendale"
                     r"|betriebswirt\w*|kaufmann|kauffrau", "business administration"),
                    (r"derecho|direito|giurisprudenza|rechtswissenschaft\w*|droit", "law"),
                    (r"inform[áa]tica|informatik\w*|ciencias de la computaci[óo]n|ci[êe]ncia da computa[çc][ãa]o",
                     "computer science"),
                    # German engineering fields by their kind: "Dipl.-Ing. Maschinenbau"
                    (r"maschinenbau", "mechanical engineering"), (r"elektrotechnik", "electrical engineering"),
                    (r"bauingenieurwesen|bauwesen", "civil engineering"),
                    (r"wirtschaftsingenieurwesen", "industrial engineering"),
                    (r"ingenier[ií]a|engenharia|ingegneria|ingenieur\w*", "engineering"),
                    (r"enfermer[ií]a|enfermagem|infermieristica", "nursing"),
                    (r"psicolog[ií]a|psychologie", "psychology"))))
# The fields a field is part of, for a degree held: biochemistry is a biological and a chemical
# science ("Biochemistry" meets "a biological or chemical science", was partly), microbiology a
# biological one.  One way only: a chemistry degree meets no "Biochemistry" asked.
_FIELD_WITHIN = ((re.compile(r"\bbiochemi"), frozenset({"biology", "chemistry"})),
                 (re.compile(r"\b(?:micro|neuro)biolog"), frozenset({"biology"})),
                 # statistics of a science is statistics: "PhD, Biostatistics" for "Statistics or a related field"
                 (re.compile(r"\b(?:bio|geo)statistic"), frozenset({"statistics"})),
                 # a business school's disciplines are business: "Finance" for "Supply Chain, Business or related
                 # field" (one way only: a business degree is no finance degree)
                 (re.compile(r"\b(?:finance|accounting|accountancy|marketing|entrepreneurship|commerce)\b"),
                  frozenset({"business"})))
# A field's word in the singular, so that "Communications" is "Communication" and "Humanities"
# "Humanity"; words in -ss, -us, -is and -ics are no plurals ("Business", "Economics"), nor "Arts".
_NOT_PLURAL = re.compile(r".*(?:ss|us|is|ics)|arts|sales|news|series|.{0,3}")


def _singular(word: str) -> str:
    if _NOT_PLURAL.fullmatch(word) or not word.endswith("s"):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


# The words that say what kind of field a field is, not which: "Mechanical Engineering" and
# "Industrial Engineering", "Computer Science" and "Political Science", "Graphic Design" and
# "Instructional Design" are different fields.
_FIELD_KIND = frozenset(map(_singular, {"engineering", "science", "sciences", "studies", "technology", "technologies",
                                        "arts", "administration", "management", "systems", "applied", "general",
                                        "design"}))


# A kind of field a posting names by what its fields share: "a technical field", "a STEM field",
# "a quantitative field" take a degree whose field names one of these words.
_TECHNICAL = frozenset({"engineering", "computer", "computing", "mathematics", "statistics", "physics", "physical",
                        "chemistry", "biology", "information", "informatics", "technology", "data", "electrical",
                        "mechanical", "software", "cybersecurity", "electronics", "networking", "it"})
_BROAD_FIELDS = {"technical": _TECHNICAL, "stem": _TECHNICAL,
                 "quantitative": frozenset(map(_singular, {"mathematics", "statistics", "physics", "economics",
                                                           "engineering", "computer", "finance", "data",
                                                           "econometrics", "actuarial", "operations"}))}


# Fields that are one another's "related field", each family as the words that place a field in
# it: a posting asking "Information Technology or a related field" takes Computer Science,
# Computer Engineering, Software Engineering, (Management) Information Systems, Cybersecurity, and
# "Computer Science or a related field" takes Information Technology; the fields of moving and making
# goods are another family ("Supply Chain, Business or related field" takes Industrial Engineering,
# Logistics, Operations Management, Transportation, Procurement), the earth sciences a third (Geology,
# Geosciences, Environmental Science), the visual arts a fourth (Graphic Design, Photography,
# Photojournalism, Fine Arts); History is in none.
_RELATED_FIELDS = (
    re.compile(r"\bcomput\w*|\bsoftware\b|\binformation (?:technology|systems?)\b|\binformatics\b"
               r"|\bcyber ?security\b|\bdata science\b|\bit\b"),
    re.compile(r"\bsupply[- ]chain\b|\blogistics\b|\boperations? management\b|\bprocurement\b|\bpurchasing\b"
               r"|\bindustrial (?:and systems )?(?:engineering|management|technology|distribution)\b"
               r"|\btransportation\b(?! engineering)"),
    # the sciences of the earth and its environment: "Environmental Science, Geology, or related field" takes
    # Geosciences, Earth Science, Hydrogeology, Geophysics, Soil Science
    re.compile(r"\bgeolog\w*|\bgeoscien\w*|\bgeophysic\w*|\bhydro(?:geo)?log\w*|\bearth (?:and [\w ]{3,20})?scien\w*"
               r"|\benvironmental (?:science|studies|geoscience)s?\b|\bsoil scien\w*"),
    # the visual arts and the design of images: "Photojournalism, Journalism or related field" takes a BFA in
    # Photography, "Graphic Design or related field" Visual Communication, Illustration or Fine Arts
    re.compile(r"\bgraphic (?:design|arts?)\b|\bvisual (?:communications?|arts?|design)\b|\bcommunication design\b"
               r"|\b(?:photo(?:graphy|journalism)|illustration|fine arts?|studio arts?|digital (?:arts?|media))\b"),
)


def field_words(field: str) -> set[str]:
    """The words of a degree's field, lower case, another name of a field read as its usual
    one: "Business Administration" -> business, administration; "Accountancy" -> accounting."""
    field = field.lower()
    for pattern, name in _FIELD_NAMES:
        field = pattern.sub(name, field)
    return {_singular(t) for t in _FIELD_TOKEN.findall(field) if t not in _FIELD_STOP and len(t) > 1}


# The words fields of study are named in, as ``field_words`` gives them: a field written after a
# comma is one where all its words are these ("BBA, Accounting", "Dipl.-Kfm., Finanzwirtschaft"), a
# school's or a place's name is not ("BBA, UT Austin", "Dipl.-Ing., TU Berlin").
_STUDY_WORDS = frozenset(map(_singular, """
    accounting finance financial marketing management economics business administration commerce entrepreneurship
    human resources hr information systems mis technology supply chain logistics operations international global
    real estate insurance risk taxation tax banking analytics statistics biostatistics actuarial auditing audit
    procurement purchasing hospitality tourism health healthcare sport sports public policy organizational
    organisational leadership behavior behaviour sales retail e-commerce ecommerce law legal communication
    communications journalism media psychology sociology political science mathematics applied engineering
    mechanical electrical civil chemical industrial computer computing software data nursing education biology
    chemistry physics history english art arts design economic quantitative methods managerial agribusiness
    agricultural fashion merchandising nonprofit services""".split()))


def is_field_of_study(text: str) -> bool:
    """Whether ``text`` names a field of study: all its words are a field's (``_STUDY_WORDS``;
    "Accounting", "Finance & Marketing", "Maschinenbau"), not a school's ("UT Austin")."""
    words = field_words(text)
    return bool(words) and words <= _STUDY_WORDS


def in_field(asked: list[str] | tuple[str, ...], field: str, related: bool = False) -> bool:
    """Whether a degree in ``field`` stands in one of the fields ``asked``: they share a word
    ("business" for "Business Administration"), as the checklist compares them, other than a
    word for a kind of field (``_FIELD_KIND``: "industrial engineering" is no "mechanical
    engineering", "political science" no "computer science"); a field asked in such words
    alone ("Engineering", "Science") takes any field with them ("Mechanical Engineering").
    Another name of a field is that field ("accountancy" is accounting).  With ``related``
    (the posting says "or a related field"), a field of a family of one asked
    (``_RELATED_FIELDS``) stands in too: "computer science" for "information technology".  A
    field not stated stands in none; no field asked, any."""
    if not asked:
        return True
    words = field_words(field).union(*(within for pattern, within in _FIELD_WITHIN if pattern.search(field.lower())))
    for f in asked:
        wanted = field_words(f)
        if any(words & _BROAD_FIELDS[w] for w in wanted if w in _BROAD_FIELDS):
            return True   # "a technical field": Computer Science, Information Systems, Physics
        which = wanted - _FIELD_KIND
        if (words - _FIELD_KIND) & which if which else words & wanted:
            return True
        if related and field and any(family.search(f.lower()) and family.search(field.lower())
                                     for family in _RELATED_FIELDS):
            return True
    return False
