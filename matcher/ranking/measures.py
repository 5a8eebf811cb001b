"""Amounts with a unit, asked and shown: a typing speed ("Typing speed of 40 WPM or more" against
"Typing speed: 28 WPM"), keystrokes ("10-key 8,000 KPH"), an internet line ("25 Mbps download
minimum, wired connection" against "10 Mbps DSL (wireless only)"), a weight lifted or pushed
("Ability to lift 50 lbs" against "can lift no more than 20 lbs", "lift and carry 25 kg"), a reach
("reach 82 inches" against "Can reach 76 inches"), a height climbed or worked at ("heights of 300+
ft" against "Climbed towers up to 450 ft", "do not climb above 50 ft"), a share of travel ("Travel up
to 50%" against "Willing to travel up to 25%"), an accuracy ("225 WPM with 97.5% accuracy") and people
led ("leading teams of 25+ employees" against "Led a team of 12 associates"), which decide a row only where
a resume's fall short of them (such a row often asks more than a count).  A
writer's speed on a stenotype ("realtime at 225 WPM", "Machine shorthand: 180 WPM") is no typing
speed, and a typist's falls short of it.

An amount is of a kind by its unit and the words of its clause: pounds are lifted only where the
clause lifts, carries or moves ("Managed 50 lbs of inventory" is none), a per cent is travel only
beside the word ("25% increase in sales" is none), feet are a height only where the clause climbs or
names heights or towers ("5,000 ft of fiber" is none).  Units of one kind convert (kg to lbs, cm and m to
inches, Gbps to Mbps).  A range asked reads its least where it is a floor (a speed, an accuracy)
and its most where it is what the work demands (a weight, a reach, a height, travel).  A resume shows its
most of a kind, or the least of any limit it states ("no more than 20 lbs", any share of travel it
is willing to do); "Willing to travel" with no share is no limit, "not willing to travel" none, and
"afraid of heights" none of a height.
Conditions asked beside an amount are refused by a line that says the opposite: "wired" by
"wireless only", overnights by "no overnights".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["measures_asked", "measures_shown"]

# A number with its unit: "40 WPM", "65 net WPM", "8,000 KPH", "60+ WPM", "50-lb", "25 kg", "97.5% accuracy",
# "50-60%", "35 to 40 wpm"; the unit names its family (and its scale to the family's own unit).
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_UNITS = {
    "wpm": r"wpm|w\.p\.m\.?|words?[ \t]*(?:per|a|/)[ \t]*min(?:ute)?",
    "kph": r"ks?ph|keystrokes?[ \t]*(?:per|an|/)[ \t]*(?:hour|hr)",
    "mbps": r"mbps|mb/s|mbit/s|megabits?[ \t]*(?:per|/)[ \t]*s(?:ec(?:ond)?)?",
    "gbps": r"gbps|gb/s|gigabits?[ \t]*(?:per|/)[ \t]*s(?:ec(?:ond)?)?",
    "lbs": r"lbs?\.?|pounds?",
    "kg": r"kgs?|kilo(?:gram)?s?",
    "in": r"inch(?:es)?|in\.|[\"”″]",
    "cm": r"cm|centimet(?:er|re)s?",
    "m": r"m|met(?:er|re)s?",
    "ft": r"f(?:ee|oo)?t\.?|['’′](?![ \t]*\d)",   # 5'2": a height, not read
    "pct": r"%|[ \t]percent\b",
    "pitch": r"/[ \t]?12(?![\d/])",   # a roof's rise in twelve: "8/12 pitch"; not a date ("3/12/2024")
    # people led: "25+ employees", "a 38-Soldier platoon", "12 full-time associates", "5 direct reports"
    "people": r"(?:(?:full-time|part-time|hourly|frontline|front-line|seasonal|union|salaried|clinical|field)[ \t]+)?"
              r"(?:(?:employee|staffer|associate|soldier|sailor|marine|airman|worker|team[ \t]+member"
              r"|direct[ \t]+report|FTE|technician|nurse|agent|representative|driver|operator|supervisor|manager"
              r"|engineer|analyst|cashier|server|caregiver|teacher|volunteer|electrician|mechanic|crew[ \t]+member"
              r"|cook|chef|dishwasher|housekeeper|guard|clerk|picker|aide|laborer|carpenter|welder|machinist|teller"
              r"|dispatcher|stocker)s?"
              r"|staff|people|personnel|airmen)",
    # a recruiter's load of openings: "20+ requisitions", "25-35 open reqs", "15 job orders"
    "reqs": r"(?:(?:open|active|concurrent|simultaneous)[ \t]+)?(?:job[ \t]+)?(?:requisitions?|reqs?|job[ \t]+orders?)",
    # calls taken or made: "60+ calls/day", "80+ inbound calls per day", "approx. 60 calls a day"
    "calls": r"(?:(?:inbound|outbound|incoming|outgoing|customer|phone|member|patient|service|sales|cold)[ \t]+)?"
             r"(?:calls?|dials)",
}
_UNIT = "|".join(f"(?P<{name}>{unit})" for name, unit in _UNITS.items())
_AMOUNT = re.compile(rf"(?i)(?<![\w.,$'’′])(?P<low>{_NUMBER})[ \t]*\+?(?:[ \t]*(?:-|–|to)[ \t]*(?P<high>{_NUMBER}))?"
                     rf"[ \t]*-?[ \t]*\+?(?:(?:net|gross|corrected)[ \t]+)?(?:{_UNIT})(?![a-z])")
MOST_HANDLED = 300.0   # lbs: more is a load a machine moves ("moved 2,000 lbs pallets"), no one's lift
_SCALE = {"gbps": 1000.0, "kg": 2.20462, "cm": 1 / 2.54, "ft": 12.0, "m": 100 / 2.54}
# Where a clause ends: a semicolon, a bar, a bullet, a full stop or a comma before a space.
_CLAUSE_END = re.compile(r"[;|•·]|\.(?:\s|$)|,\s|\s[-–—]\s")

# The words that make a clause's amount one of a kind: lifting ("Ability to lift, carry ... up to 50
# pounds", "Lifted 60-lb caskets"), pushing or pulling, writing on a stenotype ("realtime at 225 WPM",
# "Machine shorthand: 180 WPM"), reaching, travelling, an accuracy, a home's internet line.
_LIFT = re.compile(r"(?i)\b(?:lift|carr(?:y|ies|ied|ying)|hoist|haul|mov(?:e|es|ed|ing))\w*")
_PUSH = re.compile(r"(?i)\b(?:push|pull|drag)\w*")
_STENO = re.compile(r"(?i)\b(?:shorthand|steno\w*|real-?time|captioning|voice[ \t]+writ\w*|CART)\b")
_REACH = re.compile(r"(?i)\breach\w*")
_TRAVEL = re.compile(r"(?i)\btravel\w*")
# ... a height climbed or worked at: "heights of 300+ ft", "climb 40-ft ladders", "towers up to 450 ft", "work
# aloft at 60 m"; not a length run ("5,000 ft of fiber on towers": ``_LENGTH_AFTER``) nor an altitude ("5,280 ft
# elevation").
_HEIGHT = re.compile(r"(?i)\b(?:heights?|climb\w*|towers?|aloft|above[ \t]+(?:ground|grade)|agl)\b")
_LENGTH_AFTER = re.compile(r"(?i)[ \t]*(?:of|long|length|run)\b")
# ... a roof's pitch walked or worked on: "walk steep roofs up to 8/12 pitch", "roof inspections up to 10/12 pitch".
_PITCH = re.compile(r"(?i)\b(?:pitch\w*|slopes?|steep)\b")
# ... a share of travel, the word right before it or after: "Travel up to 50%", "travel: approximately
# 30%", "Willing to travel up to 25%", "50-75% travel", "25% overnight travel"; not "Grew travel
# bookings 25%", "Handled 40% travel bookings".
_TRAVEL_BEFORE = re.compile(r"(?i)\btravel\w*[ \t]*[:\-–]?[ \t]*(?:(?:up[ \t]+to|about|approx(?:imately|\.)?|roughly"
                            r"|around|at[ \t]+least|~|of|requirements?|required|expected|is|will[ \t]+be|no[ \t]+more"
                            r"[ \t]+than|max(?:imum)?|(?:an[ \t]+)?average(?:[ \t]+of)?)[ \t]*)*$")
_TRAVEL_AFTER = re.compile(r"(?i)[ \t]*\+?[ \t]*(?:(?:overnight|domestic|international|regional|field|required"
                           r"|expected)[ \t]+){0,2}travel\w*(?![ \t]+(?:bookings?|arrangements?|budgets?|costs?|spend"
                           r"|expenses?|agents?|industry|sales|plans?|requests?|logistics)\b)")
# ... people led, where the clause leads them: "Experience leading teams of 25+ employees", "Led a 38-Soldier
# transportation platoon", "Supervise 15-20 associates", "5+ direct reports"; not "Trained 30 employees", "Hired 12
# associates", "a company of 250 employees".
_LEADS = re.compile(r"(?i)\b(?:led|lead|leads|leading|supervis\w*|manag(?:e|es|ed|ing)|direct(?:s|ed|ing)?|oversaw"
                    r"|oversee\w*|in[ \t]+charge[ \t]+of|head(?:s|ed|ing)?|ran|run|runs|running)\b"
                    r"|\bdirect[ \t]+reports?\b")
# ... an accuracy, the word right after it or before: "97.5% accuracy", "accuracy rate of 99%".
_ACCURACY_AFTER = re.compile(r"(?i)[ \t]*(?:\w+[ \t]+)?accura")
_ACCURACY_BEFORE = re.compile(r"(?i)\baccura\w*(?:[ \t]+rate)?[ \t]*(?:of|:)?[ \t]*(?:at[ \t]+least[ \t]*)?$")
# ... calls a day, the period right after them: "60+ calls/day", "80 calls per shift", "60 calls daily"; not an hour's
# or a week's, nor calls with no period ("Made 500 cold calls to book meetings").
_PER_DAY = re.compile(r"(?i)[ \t]*(?:(?:per|a|an|each|every|/)[ \t]*(?:day|shift)|daily)\b")
_YEARS = re.compile(r"(?i)\byears?\b")
_INTERNET = re.compile(r"(?i)\b(?:internet|broadband|connection|download\w*|home|dsl|isp)\b")
# An upload speed, another than the download one asked: "10 Mbps upload", "upload speed of 5 Mbps".
_UPLOAD_AFTER = re.compile(r"(?i)[ \t]*(?:\w+[ \t]+)?up(?:load)?\b")
_UPLOAD_BEFORE = re.compile(r"(?i)\bupload\w*(?:[ \t]+speeds?)?[ \t]*(?:of|:)?[ \t]*(?:at[ \t]+least[ \t]*)?$")


@dataclass(frozen=True)
class Kind:
    name: str
    demand: bool      # a range asked is the work's demand (its most), not a floor (its least)
    # whether the amount decides its row: people led do only where the resume's fall short ("12 associates
    # shown, 25 asked"), as a row asking them asks more ("leading teams of 25+ in a distribution centre")
    decides: bool = True
    # whether it is read where the row asks years too: openings carried say nothing of the years of recruiting
    # asked beside them ("2+ years of full-cycle recruiting, managing 20+ requisitions")
    with_years: bool = True


TYPING = Kind("typing", False)
STENO = Kind("steno", False)
KEYING = Kind("keying", False)
INTERNET = Kind("internet", False)
LIFT = Kind("lift", True)
PUSH = Kind("push", True)
REACH = Kind("reach", True)
HEIGHT = Kind("height", True)
TRAVEL = Kind("travel", True)
ACCURACY = Kind("accuracy", False)
PITCH = Kind("pitch", True)
PEOPLE = Kind("people led", False, decides=False)
# a recruiter's openings at a time ("Proven ability to manage 20+ requisitions at a time" against "25-35 open reqs
# at a time"), which the row's words, "reqs" for requisitions, do not show
REQS = Kind("requisitions", False, with_years=False)
# calls a day decide a row only where a line's fall short ("40 calls per day" for "High-volume call center
# experience (60+ calls/day)"), as a row asking them asks a call center's work too
CALLS = Kind("calls a day", False, decides=False)


def _kind(family: str, value: float, before: str, after: str) -> Kind | None:
    """The kind of an amount ``value`` of the unit ``family``, by the words of its clause before and after it."""
    clause = f"{before} {after}"
    if family == "wpm":   # a writer's speed on a stenotype or by voice is no typing speed
        return STENO if _STENO.search(clause) else TYPING
    if family == "kph":   # keystrokes run to thousands an hour; "100 kph" is a driving speed
        return KEYING if value >= 1000 else None
    if family in ("mbps", "gbps"):   # a home line's download speed, not a network's built ("10 Gbps backbone")
        upload = _UPLOAD_AFTER.match(after) or _UPLOAD_BEFORE.search(before)
        return INTERNET if _INTERNET.search(clause) and not upload else None
    if family == "pitch":
        return PITCH if value <= 24 and _PITCH.search(clause) else None
    if family == "people":
        return PEOPLE if _LEADS.search(clause) else None
    if family == "reqs":
        return REQS
    if family == "calls":
        return CALLS if _PER_DAY.match(after) else None
    if family in ("lbs", "kg") and value <= MOST_HANDLED:
        # the words since the clause's last amount say how this one is moved ("lift up to 50 lbs and
        # push/pull up to 100 lbs": 100 pushed); none there, the clause's ("25 lbs frequently and 50 lbs")
        own = before[max((a.end() for a in _AMOUNT.finditer(before)), default=0):]
        words = own if _LIFT.search(own) or _PUSH.search(own) else clause
        return LIFT if _LIFT.search(words) else PUSH if _PUSH.search(words) else None
    if family in ("in", "cm", "ft", "m"):
        if _REACH.search(clause):
            return REACH
        return HEIGHT if family in ("ft", "m") and _HEIGHT.search(clause) and not _LENGTH_AFTER.match(after) else None
    if _ACCURACY_AFTER.match(after) or _ACCURACY_BEFORE.search(before):
        return ACCURACY
    return TRAVEL if _TRAVEL_BEFORE.search(before) or _TRAVEL_AFTER.match(after) else None


@dataclass(frozen=True)
class Amount:
    kind: Kind
    low: float         # in the kind's own unit (lbs, inches, Mbps); a range's ends, one number's both
    high: float
    number: str        # as written: "28", "8,000", "50-60"
    unit: str          # as written: "WPM", "kg", "%"
    limit: bool = False   # a limit the resume states ("no more than 20 lbs"), not all it can

    @property
    def asked(self) -> float:
        """The least that meets it asked: a floor's least, a demand's most ("Travel 25-50%": 50)."""
        return self.high if self.kind.demand else self.low

    def said(self, unit: bool = True) -> str:
        """As a note says it: "28 WPM", "25 kg", "25% travel", "95% accuracy"; without ``unit``, the number."""
        if self.kind in (TRAVEL, ACCURACY):
            return f"{self.number}%" + (f" {self.kind.name}" if unit else "")
        if self.kind is PITCH:
            return f"{self.number}/12" + (" pitch" if unit else "")
        return f"{self.number} {self.unit}" if unit else self.number


# A limit stated before a resume's amount: "no more than 20 lbs", "max 25 kg", "limited to 10%".
# ... "do not climb above 50 ft", "no higher than 20 ft".
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:no|not)\s+more\s+than|\bmax(?:imum)?\b|\bat\s+most|\blimited\s+to|\brestrict\w*"
                           r"|\bonly|\bunder|\bless\s+than|\bcannot\b|\bcan'?t\b|\bunable\b|\bno\s+higher\s+than"
                           r"|\b(?:do|does|will|would)\s*(?:not|n['’]t)\b[^.;]*\b(?:above|over|beyond|higher\s+than)\s*$")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    return left, right


@lru_cache(maxsize=65_536)
def _amounts(text: str) -> tuple[Amount, ...]:
    """The amounts of a known kind ``text`` states, in order."""
    out = []
    for m in _AMOUNT.finditer(text):
        family = next(name for name in _UNITS if m.group(name))
        low, high = (float(g.replace(",", "")) * _SCALE.get(family, 1.0) if g else None
                     for g in (m.group("low"), m.group("high")))
        left, right = _clause(text, m.start(), m.end())
        # (people led say so by their unit too: "5+ direct reports")
        kind = _kind(family, low, text[left:m.start()], (m.group("people") or "") + text[m.end():right])
        if kind is None:
            continue
        limit = bool(_LIMIT_BEFORE.search(text, left, m.start())) or kind is TRAVEL
        number = m.group("low") + (f"-{m.group('high')}" if high is not None else "")
        unit = "%" if m.group("pct") else " ".join(m.group(family).split()).rstrip(".")
        out.append(Amount(kind, low, low if high is None else high, number, unit, limit))
    return tuple(out)


# A willingness to travel with no share named ("Willing to travel.", "Open to travel and
# relocation"), and a refusal ("Not willing to travel", "Unable to travel", "No travel").
_TRAVEL_ANY = re.compile(r"(?i)\b(?:willing(?:ness)?|open|able|happy|available|ready)\s+to\s+travel\b")
_TRAVEL_NONE = re.compile(r"(?i)\b(?:not|un)\s*(?:willing|able|available)\s+to\s+travel\b(?!\s+overnight)"
                          r"|\bcannot\s+travel\b|\bno\s+travel\b|\btravel\s*:\s*(?:none|no)\b")
# A refusal of any height: "I am afraid of heights", "Fear of heights", "not comfortable at heights", "unable to climb".
_HEIGHT_NONE = re.compile(r"(?i)\b(?:afraid|fear(?:ful)?|scared|terrified)\s+of\s+heights\b|\bacrophobi\w*"
                          r"|\bnot\s+comfortable\s+(?:working\s+)?(?:at|with)\s+heights\b"
                          r"|\b(?:cannot|can['’]?t|unable\s+to|do\s+not|don['’]t|won['’]t)\s+(?:work\s+at\s+heights|climb)\b")
# Conditions asked beside an amount, and a line's words that refuse them, with how a note says so.
_CONDITIONS = (
    (INTERNET, re.compile(r"(?i)\b(?:hard-?)?wired\b|\bethernet\b"),
     re.compile(r"(?i)\b(?:wireless|wi-?fi|satellite|hotspot|cellular)\s+only\b|\bonly\s+(?:wireless|wi-?fi)\b"
                r"|\bno\s+(?:wired|ethernet)\b"), "wired"),
    (TRAVEL, re.compile(r"(?i)\bovernights?\b"), re.compile(r"(?i)\bno\s+overnights?\b|\bday\s+trips\s+only\b"),
     "overnights"),
)
# A line about the kind of a condition that names no amount: "Home internet: DSL, Wi-Fi only".
_ABOUT = {"internet": re.compile(r"(?i)\binternet\b|\bconnection\b|\bbroadband\b"), "travel": _TRAVEL}


@lru_cache(maxsize=65_536)   # read for every row of every match
def measures_asked(text: str) -> tuple[Amount, ...]:
    """Each kind of amount a requirement asks, the strictest where it names several: "Typing speed
    of 40 WPM or more" -> 40 WPM; "lift 25 lbs frequently and 50 lbs occasionally" -> 50 lbs;
    none where it names no amount of a known kind ("25% increase in sales")."""
    asked: dict[str, Amount] = {}
    for amount in _amounts(text):
        if not amount.kind.with_years and _YEARS.search(text):
            continue
        held = asked.get(amount.kind.name)
        if held is None or (amount.asked > held.asked if amount.kind.demand else amount.asked < held.asked):
            asked[amount.kind.name] = amount
    return tuple(asked.values())


def _shown(kind: Kind, sentences: Sequence[str]) -> tuple[float, int, str] | None:
    """(the amount of ``kind`` the resume shows, its line, as a note says it) or None where no line
    states one: the least of the limits it states, else the most it states (a typing speed for a
    stenotype's where it states none: never as fast)."""
    limits, others = [], []
    if kind is STENO and not any(a.kind is STENO for line in sentences for a in _amounts(line)):
        kind = TYPING   # no writer's speed stated: a typist's falls short of it ("Typing 58 WPM" for 225)
    for k, line in enumerate(sentences):
        amounts = [amount for amount in _amounts(line) if amount.kind is kind]
        for amount in amounts:
            (limits if amount.limit else others).append((amount.high, k, amount.said()))
        if kind is TRAVEL and _TRAVEL_NONE.search(line):
            limits.append((0.0, k, "no travel"))
        elif kind is TRAVEL and not amounts and _TRAVEL_ANY.search(line):
            others.append((math.inf, k, ""))
        elif kind is HEIGHT and not amounts and (refused := _HEIGHT_NONE.search(line)):
            limits.append((0.0, k, " ".join(refused.group().lower().split())))
    if limits:
        return min(limits, key=lambda found: found[0])
    return max(others, key=lambda found: found[0]) if others else None


def _refused(asked: Sequence[Amount], text: str, sentences: Sequence[str]) -> tuple[int, str] | None:
    """The line refusing a condition asked beside an amount (``_CONDITIONS``), with its note."""
    for kind, condition, refusal, word in _CONDITIONS:
        if not any(amount.kind is kind for amount in asked) or not condition.search(text):
            continue
        for k, line in enumerate(sentences):
            if (refused := refusal.search(line)) and (any(a.kind is kind for a in _amounts(line))
                                                      or _ABOUT[kind.name].search(line)):
                return k, f"{' '.join(refused.group().lower().split())} shown, {word} asked"
    return None


def measures_shown(asked: Sequence[Amount], text: str, sentences: Sequence[str]) -> tuple[str, int, str] | None:
    """("covered" | "partial" | "missing", the line, a note) for the amounts ``asked`` of requirement
    ``text``, by the resume lines stating amounts of their kinds: missing where one falls below the
    ask ("28 WPM shown, 40 asked") or a line refuses a condition asked ("wireless only shown, wired
    asked"), partly where one kind asked is stated and another is not, covered where all are met;
    None where no line states an amount of a kind asked (read as its words show it)."""
    found = [(amount, shown) for amount in asked if (shown := _shown(amount.kind, sentences)) is not None
             and shown[0] < amount.asked or amount.kind.decides]
    if all(shown is None for _, shown in found):
        return None
    for amount, shown in found:
        if shown is not None and shown[0] < amount.asked:
            same = shown[2].lower().endswith(amount.said()[len(amount.number):].lower())
            return "missing", shown[1], f"{shown[2]} shown, {amount.said(not same)} asked"
    if (refused := _refused(asked, text, sentences)) is not None:
        return "missing", *refused
    lines = [shown[1] for _, shown in found if shown is not None]
    if len(lines) < len(found):
        return "partial", lines[0], f"{next(a for a, shown in found if shown is None).said()} asked, not stated"
    return "covered", lines[0], ""
