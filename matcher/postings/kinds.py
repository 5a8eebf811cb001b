"""What kind of ask a requirement item is: a must-have, a nice-to-have, or a condition of the
work that a resume does not show; and what it asks when a softener qualifies only an add-on.

Read by ``parse`` for each item and by ``knockouts`` for the years a sentence asks, so that
"3-5 years of accounting experience, public accounting preferred" asks its years in both.
"""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.postings.knockout_rules import AFTER_HIRE, NEW_GRAD_GRACE, NEXT_TOPIC
from matcher.postings.sections import LOOKS_REQUIRED, without_denied
from matcher.postings.years import parse_years

# What makes an item a nice-to-have, unless a must word governs it (``knockout_rules.softened``).
NICE_ITEM = re.compile(r"\b(bonus|nice[ -]to[ -]have|a plus|(?:big|huge|strong|definite|major|great|real) plus|plus if"
                       r"|preferred|preferably|ideally|desirable|not required|advantage|advantageous|beneficial"
                       r"|an asset|(?:good|great) to have"
                       r"|(?:is|are|would be) ideal|would be (great|nice|helpful)"
                       r"|(?:get|be) (?:\w+ )?excited (?:if|by|about|to see)"
                       # what an item ends saying is taken too: "Military aircraft maintenance experience considered"
                       r"|(?<!not )(?<!not be )(?<!n't be )considered(?=[ \t]*[.!)]?[ \t]*$))\b", re.I)


# An age asked: "Must be at least 21 years of age", "Must be 18 or older", by its "+" or its "years old" alone
# ("Must be 18+", "18+ years old", "21 years of age or older"), "Minimum age: 18", "Age 21+".  Not years
# of work ("2+ years of experience") nor the ages of those served ("children ages 3-5").
_AGE = (r"\b(?:at least|must be)\s+(?:1[6-9]|[2-9]\d)\b[^.;]{0,15}?\b(?:years? (?:of age|old)|or (?:older|over))\b"
        r"|\bmust be\s+(?:1[6-9]|2[0-5])\s*\+(?=\s*(?:$|[.,;!()]|and\b|to\b|with\b|in\b))"
        r"|\b(?:1[6-9]|2[0-5])\s*\+?\s*(?:years?|yrs?)\.?\s+(?:of age|old)\b"
        r"|\bminimum age\b[ \t]*(?:of|is|:)?[ \t]*(?:1[6-9]|2[0-5])\b|^\W*age[ \t]*:?[ \t]*(?:1[6-9]|2[0-5])[ \t]*\+"
        # "over" an age, as the UK says it: "Must be over 25 for insurance purposes", "aged 21 or over"
        r"|\bmust be (?:aged )?over (?:the age of )?(?:1[6-9]|2[0-5])\b(?![ \t]*(?:years?|yrs?)[ \t]+(?:of|in)\b)"
        r"|\bover the age of (?:1[6-9]|2[0-5])\b"
        r"|\baged (?:1[6-9]|2[0-5])[ \t]*(?:\+|or (?:over|above)|and (?:over|above))")
AGE_ASKED = re.compile(_AGE, re.I)
_AGE_NUMBER = re.compile(r"(?<![\d.])(?:1[6-9]|[2-9]\d)(?![\d.])")


@lru_cache(maxsize=4096)
def age_asked(text: str) -> int | None:
    """The age a requirement asks ("Must be at least 21 years of age at the time of application":
    21), None when it asks none (``AGE_ASKED``).  A resume's age is never read: the ask is to confirm."""
    m = AGE_ASKED.search(text)
    return int(n.group()) if m and (n := _AGE_NUMBER.search(m.group())) else None


# A screen the employer runs before hire, which no resume can show: "DOT drug screen", "drug and alcohol
# test", "criminal background check", "pre-employment physical exam", "MVR check", "credit check", "E-Verify".
_SCREEN = (r"(?:physical[ \t]+)?(?:ability|agility|fitness)[ \t]+(?:test|exam|assessment)s?"   # before "physical"
           r"|(?:drug|alcohol|drug[ \t]+(?:and|&)[ \t]+alcohol|urine|hair)[ \t]+(?:screen(?:ing)?|test(?:ing)?)s?"
           r"|background[ \t]+(?:check|screen(?:ing)?|investigation)s?|(?:physical|medical)(?:[ \t]+(?:exam(?:ination)?"
           r"|evaluation|assessment))?s?|mvr(?:[ \t]+check)?|(?:motor[ \t]+vehicle|driving)[ \t]+record[ \t]+check"
           r"|credit[ \t]+checks?|e-?verify|fingerprint(?:ing|[ \t]+check)?|reference[ \t]+checks?"
           r"|(?:tb|tuberculosis)[ \t]+(?:test|screen(?:ing)?|skin[ \t]+test)s?|live[ \t]*scan"
           # a test the employer gives, by its name or what it measures: "the Elevator Industry Aptitude Test",
           # "a written aptitude test", "the Wonderlic", "Criteria Cognitive Aptitude Test (CCAT)", "typing test
           # of 40 WPM", "pre-employment skills assessment"
           r"|(?:(?-i:[A-Z][\w-]*)[ \t]+){0,3}(?:(?:written|mechanical|cognitive|math|reading)[ \t]+)?aptitude[ \t]+"
           r"(?:test|exam|assessment|battery)s?(?:[ \t]*\((?-i:[A-Z]{2,6})\))?"
           r"|wonderlic(?:[ \t]+(?:personnel[ \t]+)?(?:test|assessment|exam))?|typing[ \t]+(?:test|assessment)s?"
           r"(?:[ \t]+(?:of|at)[ \t]+\d{2,3}[ \t]*(?:wpm|words[ \t]+per[ \t]+minute))?"
           r"|(?:skills?|personality|cognitive|employment)[ \t]+(?:test|assessment)s?"
           # a test of the trade's own work the employer sets: "Must pass an editing test", "a copyediting or
           # proofreading test", "a writing assessment", "a paid design exercise"
           r"|(?:(?:copy[ \t-]?)?editing|proofreading|writing|grammar|spelling|translation|design|coding|take-home"
           r"|technical)(?:[ \t]+(?:or|and|/)[ \t]+(?:(?:copy[ \t-]?)?editing|proofreading|writing|grammar"
           r"|spelling))?[ \t]+(?:test|assessment|exercise)s?"
           # what a police, fire or corrections department runs: "a polygraph examination", "psychological
           # evaluation", "physical ability test", "the CPAT", "oral board interview"
           r"|polygraph(?:[ \t]+(?:exam(?:ination)?|test(?:ing)?))?s?"
           r"|psychological[ \t]+(?:evaluation|exam(?:ination)?|assessment|screening|test(?:ing)?)s?"
           r"|cpat|oral[ \t]+(?:board|interview)(?:[ \t]+(?:interview|exam(?:ination)?))?s?"
           # the UK's criminal record checks: "Enhanced DBS check", "PVG scheme membership", "AccessNI check"
           r"|(?:(?:enhanced|basic|standard)[ \t]+)?(?:dbs|crb|accessni)(?:[ \t]+(?:check|disclosure|certificate"
           r"|clearance))?s?|pvg(?:[ \t]+(?:scheme|check|membership|disclosure))*")
_SCREEN_NAME = re.compile(r"(?i)\b(?:" + _SCREEN + r")(?![\w-])")
# What an item that asks only screens says beside them: who asks, how it is passed and when ("Must pass DOT/USCG
# drug test (pre-employment and random)", "Ability to pass a background check and drug screen", "Successful
# completion of a pre-employment physical", "Subject to a criminal background check").
_SCREEN_WORDS = re.compile(r"(?i)\b(?:must|be|able|ability|willing(?:ness)?|to|pass(?:ing)?|successful(?:ly)?"
                           r"|complet(?:e|ion|ed)|of|undergo|submit|subject|clear|consent|required|requires?|is"
                           r"|will|a|an|the|and|or|pre-?employment|post-?offer|random|periodic|annual|dot|uscg"
                           r"|faa|doj|criminal|federal|state|fbi|upon|hire|hiring|employment|offer|prior|all|applicants?"
                           # who runs and pays for it: "(we will apply for this)", "(paid by the company)"
                           r"|we|apply|for|this|it|paid|by|our|expense|company|employer"
                           r"|candidates?)\b"
                           r"|[\W_]+")
# A word that makes such an item ask the screen: "pass", "subject to", "required", "pre-employment"; not a
# duty ("Conduct background checks for new hires") nor a policy ("Drug-free workplace").
_SCREEN_ASKED = re.compile(r"(?i)\b(?:pass(?:ing)?|undergo|submit|subject|clear|consent|complet(?:e|ion)|required"
                           r"|requires?|pre-?employment|post-?offer|we[ \t]+will[ \t]+apply)\b")


# An item that asks a clean criminal record, which the employer learns from its background check, not from a
# resume: "No felony convictions", "No felony or misdemeanor convictions in the past 7 years", "Clean criminal
# record", "Must not have been convicted of a felony".
_RECORD = re.compile(r"(?i)(?:(?:must|should)[ \t]+)?(?:have[ \t]+)?(?:(?:no|free[ \t]+of|without"
                     r"|not[ \t]+have[ \t]+(?:any|been[ \t]+convicted[ \t]+of(?:[ \t]+an?)?))[ \t]+(?:prior[ \t]+)?"
                     r"(?:felony|felonies|criminal)(?:[ \t]+(?:or|and|/)[ \t]+misdemeanou?r)?"
                     r"(?:[ \t]+(?:convictions?|records?|history|charges))?"
                     r"|(?:a[ \t]+)?clean[ \t]+criminal[ \t]+(?:record|history|background))"
                     r"(?:[ \t]+(?:in|within)[ \t]+the[ \t]+(?:last|past)[ \t]+\w+[ \t]+years?)?[ \t]*[.;]?")


# Two screens sharing their noun: "credit and criminal background check", "drug and background screening".
_SCREEN_KIND = r"(?:credit|drug|alcohol|reference|(?:criminal[ \t]+)?background)"
_SHARED_NOUN = re.compile(rf"(?i)\b({_SCREEN_KIND})[ \t]+(and|&|/|or)[ \t]+({_SCREEN_KIND})[ \t]+"
                          r"(checks?|screen(?:ing)?s?|tests?(?:ing)?)\b")


def screen_asked(text: str) -> list[str]:
    """The pre-employment screens an item asks and nothing else (``_SCREEN``), or []: "Must pass DOT drug
    screen and background check" -> ["drug screen", "background check"].  A resume cannot show one: the
    row is for the seeker to confirm, as an age is.  An item asking more keeps its row ("Valid driver's
    license; must pass background check").  A clean record asked (``_RECORD``: "No felony convictions") is
    learnt from a criminal background check."""
    if _RECORD.fullmatch(text.strip(" \t-*•·")):
        return ["criminal background check"]
    text = _SHARED_NOUN.sub(r"\g<1> \g<4> \g<2> \g<3> \g<4>", text)   # "credit and background check": two checks
    found = list(_SCREEN_NAME.finditer(text))
    if not found or not _SCREEN_ASKED.search(text) or _SCREEN_WORDS.sub("", _SCREEN_NAME.sub(" ", text)):
        return []
    # each as in a sentence: "Credit check required" -> "credit check"; "MVR check", "E-Verify", a test's name
    # inside the item ("the Elevator Industry Aptitude Test", "the Wonderlic") as written
    first = len(text) - len(text.lstrip("-*•· \t"))
    names = [(" ".join(m.group().split()), m.start() == first) for m in found]
    return list(dict.fromkeys(n[0].lower() + n[1:] if opens and n.split()[0][1:].islower() else n
                              for n, opens in names))


# A resume line's word that a screen was passed: "Passed DOT drug screen, 2024", "Background check cleared
# 03/2025", "Completed Wonderlic (score 28)"; not a credential's "(clear)" nor "Clearance: (clear)".
_PASSED = re.compile(r"(?i)\b(?:passed|cleared|completed|negative)\b")
SCREEN_GENERIC = frozenset("test tests testing check checks screen screens screening exam examination assessment "
                            "assessments evaluation of at".split())


def screen_shown(line: str, screens: list[str]) -> bool:
    """Whether a resume line says it passed one of the ``screens`` a row asks (``screen_asked``): it names that
    screen ("drug screen" for "DOT drug screen") and a word of passing (``_PASSED``).  A line that names a
    screen's word alone ("Fingerprint card (clear)", "Good mechanical aptitude") shows none."""
    if not _PASSED.search(line):
        return False
    asked = {w.lower() for s in screens for w in re.findall(r"[\w-]+", s)} - SCREEN_GENERIC
    named = {w.lower() for m in _SCREEN_NAME.finditer(line) for w in re.findall(r"[\w-]+", m.group())}
    return bool(asked & named)


# An item that states the work is remote within an area: "Remote - Canada", "Remote (US only)"; not a remote
# job's bare word ("Remote position").
REMOTE_IN = re.compile(r"^\W*(?:fully |100% )?remote\s*[-–—(:,]\s*\w", re.I)
# An item that asks work on site in a city: "Must be able to work on-site in Memphis five days a week", "Work
# in-office at our Denver, CO headquarters" (the place: "Memphis", "Denver, CO").
ON_SITE_IN = re.compile(r"(?i:\b(?:on[- ]?site|in[- ]office|in[- ]person|in[ \t]+the[ \t]+office)\b)[^.;:]{0,40}?"
                        r"\b(?:in|at)[ \t]+(?:(?:our|the)[ \t]+)?"
                        r"(?P<place>[A-Z][a-z][\w.'-]*(?:[ \t]+[A-Z][a-z][\w.'-]*){0,2}(?:,[ \t]*[A-Z]{2}\b)?)")


# A clause that asks work done with what would otherwise be a condition of the work: experience of it
# ("Experience supporting production systems in an on-call rotation", "2+ years of experience setting up
# high-speed internet for remote staff") or a duty opening the clause ("Install and troubleshoot home
# internet", "Manage the on-call schedule").
_ASKED_WORK = (r"\b(?:experience[ds]?|track record|history of|background (?:in|with)|familiar\w*|knowledge"
               r"|proficien\w*|expertise|skilled|years?)\b")
_DUTY_OPENS = (r"\W*(?:install|configur|troubleshoot|set(?:ting)?[ \t-]?up\b|diagnos|deploy|repair|provision"
               r"|manag|coordinat|schedul(?:e|es|ing)\b|build|creat|design)")


def _unless_work(target: str, pattern: str) -> str:
    """``pattern`` as a condition of the work in a clause (between "." and ";") that does not ask work done
    with its ``target`` (``_ASKED_WORK`` before it, or a duty opening the clause)."""
    return (rf"(?:^|[.;])(?!{_DUTY_OPENS})(?![^.;]*?{_ASKED_WORK}[^.;]*?\b{target}\b)"
            rf"[^.;]*?(?:{pattern})")


# A posture held through the work, asked of the body: "Ability to stand for long periods", "Must be able to walk
# and stand for the entire 8-hour shift"; its hours say how long, not which work.
ON_FEET = re.compile(r"\b(?:stand|standing|sit|sitting|walk|walking|kneel\w*|bend\w*|stoop\w*|climb\w*)\b[^.;]{0,40}?"
                     r"\b(?:for (?:long|extended|prolonged)|\d+\+?[\s-]*(?:hours?|hrs)\b"
                     r"|(?:an |the )?(?:entire|whole|full)(?:\s+\d+[\s-]*(?:hours?|hrs))? shift)", re.I)


# A condition of the work rather than something a resume shows: a physical demand, hours,
# a screening, transport, travel, an age or where one lives ("Must live within 50 miles of
# Houston", "Rotating 12-hour shifts, weekends and holidays").  It is listed for the seeker
# to confirm, and never counts as covered or missing ("Able to lift 50 lbs", "Weekend availability",
# "Must pass a pre-employment physical exam", "Must pass a background check and drug screen",
# "Must pass written exam, physical ability test, polygraph", "No felony convictions";
# a background check the employer announces is legal text: ``sections.boilerplate_kind``).
CONDITION = re.compile(
    # (after a list of ways to move it: "lifting, transferring and repositioning patients up to 50 pounds")
    r"\b(?:lift|lifting|carry|carrying|push|pushing|pull|pulling|move|moving)\b[^.;]{0,60}?\b\d+\s*\+?\s*"
    r"(?:lbs?|pounds|kg|kilos?|kilograms)\b"
    r"|" + ON_FEET.pattern +
    r"|\bphysical(?:ly)?\b[^.;]{0,20}?\b(?:able|capable|demands?|requirements?|fit)\b"
    # the body's height and reach: "Height between 5'0\" and 6'2\" and able to reach overhead bins", "Able to reach
    # 82 inches"
    r"|\bheight\b[^.;]{0,20}?\b\d[ \t]*['’′]|\b(?:able|ability)[ \t]+to[ \t]+reach\b[^.;]{0,20}?"
    r"(?:\boverhead\b|\b\d+[ \t]*(?:inches|in\b|cm\b|\"))"
    # and its weight: "Weight limit: must not exceed 240 lbs with gear for flight safety", "weigh less than 250 lbs"
    r"|\bweight[ \t]+(?:limit|limitation|restriction|maximum)s?\b[^.;]{0,30}?\b\d+[ \t]*(?:lbs?|pounds|kg)\b"
    r"|\b(?:weigh(?:s|ing)?|weight)[ \t]+(?:no[ \t]+more|less|not[ \t]+more)[ \t]+than[ \t]+\d+[ \t]*"
    r"(?:lbs?|pounds|kg)\b"
    r"|\b(?:availab\w*|(?:able|ability|willing(?:ness)?) to work|flexib\w*)\b[^.;]{0,40}?"
    r"\b(?:weekends?|saturdays?|sundays?|(?:early )?mornings?|evenings?|nights?|holidays?|overtime|shifts?|rotating"
    r"|on[- ]call)\b"
    r"|^\W*(?:weekend|morning|evening|night|holiday|shift)s?\b[^.;]{0,40}?\bavailab"
    # the hours of the day to be available for: "Availability to work 10:00am - 6:30pm CST"
    r"|\b(?:availab\w*|(?:able|ability|willing(?:ness)?) to work)\b[^.;]{0,20}?"
    r"\b\d{1,2}(?::\d{2})?[ \t]*(?:am|pm|a\.m|p\.m)\b"
    # "Open availability", "Full availability including early mornings"
    r"|\b(?:open|full|flexible|wide)[ \t]+availability\b"
    # days a week to be available: "Reliable availability at least 2 days per week", "Available 3 shifts a week"
    r"|\b(?:availab\w*|(?:able|ability|willing(?:ness)?) to work)\b[^.;]{0,30}?\b(?:\d|one|two|three|four|five|six)"
    r"[ \t]+(?:or[ \t]+more[ \t]+)?(?:days?|shifts?|evenings?|nights?|mornings?)[ \t]+(?:per|a|each)[ \t]+week\b"
    # the body at work without a weight or hours said: "Ability to carry heavy trays and work long shifts on your feet"
    r"|\bon[ \t]+(?:your|their|one['’]s)[ \t]+feet\b|\b(?:carry|carrying|lift|lifting)[ \t]+heavy[ \t]+"
    r"(?:trays|plates|loads|objects|items|boxes|bags|cases)\b"
    r"|\b(?:rotating|\d{1,2}[- ]?(?:hour|hr))[- ]shifts?\b"
    # a shift rota by hours on and off: "24 on / 48 off shift schedule", "48/96 schedule", "4 on, 4 off"
    r"|\b\d{1,2}[ \t]*(?:hours?[ \t]+|hrs?[ \t]+)?on[ \t]*[/,]?[ \t]*\d{1,2}[ \t]*(?:hours?[ \t]+|hrs?[ \t]+)?off\b"
    r"|\b\d{1,2}[ \t]*/[ \t]*\d{2}[ \t]+(?:shift[ \t]+)?(?:schedule|rotation)\b"
    # an access badge the site issues after its own check: "obtain and maintain an airport SIDA badge"
    r"|\b(?:obtain|maintain|qualify for)\b[^.;]{0,40}?\b(?:SIDA|airport|security|access|facility|site)[ \t]+badge\b"
    # years counted from none: "0-2 years of professional experience" bounds how many, any
    # resume meets its floor; a senior's many years are for a person to weigh
    r"|^\W*0\s*(?:-|–|to)\s*\d{1,2}\s*\+?\s*(?:years?|yrs)\b"
    # overtime and days of the week asked: "Mandatory overtime during peak season", "Overtime may
    # be required", "some Saturdays required"
    r"|\b(?:mandatory|required|occasional|frequent|extended|some)\s+overtime\b"
    # an item that opens with the overtime and says when: "Overtime during peak season", "Overtime on weekends"
    r"|^\W*overtime\s+(?:during|in|on|at|through|over)\b"
    r"|\bovertime\b[^.;]{0,20}?\b(?:required|mandatory|expected|as needed)\b"
    r"|\b(?:some|occasional|every other|alternat\w*|rotating)\s+(?:saturdays?|sundays?|weekends?|holidays?"
    r"|evenings?|nights?)\b"
    r"|\b(?:saturdays?|sundays?)\b[^.;]{0,20}?\b(?:required|mandatory|expected|as needed)\b"
    r"|\b(?:(?:over)?nights?|evenings?|weekends?|saturdays?|sundays?)(?:,? (?:and|&|or)|,) (?:(?:over)?nights?"
    r"|evenings?|weekends?|holidays?|saturdays?|sundays?)\b"
    # what the worker wears and looks like at work: "Professional appearance; uniform provided", "Must wear a
    # uniform", "Adhere to the dress code"
    r"|\bprofessional[ \t]+(?:appearance|attire|dress)\b|\bdress[ \t]+code\b"
    r"|\buniforms?\b[^.;]{0,20}?\b(?:provided|required|supplied|issued|furnished)\b|\bwear\w*\b[^.;]{0,20}?\buniforms?\b"
    # and the protective gear worn: "Steel-toe boots required", "Must wear safety glasses and hearing protection",
    # "Ability to wear PPE including a respirator" (not "Knowledge of PPE requirements", nor "Experience selling
    # safety footwear")
    r"|" + _unless_work(r"(?:boots?|shoes?|footwear)", r"\b(?:steel|safety|composite)[- ]?toed?[ \t]+(?:boots?|shoes?"
                        r"|footwear)\b|\bsafety[ \t]+(?:boots|shoes|footwear)\b") +
    r"|\bwear\w*\b[^.;]{0,20}?\b(?:PPE|personal[ \t]+protective[ \t]+equipment|respirators?|hard[ \t]?hats?"
    r"|safety[ \t]+(?:glasses|goggles|gear)|hearing[ \t]+protection|(?:steel|safety|composite)[- ]?toed?)\b"
    r"|\b(?:be|being|get|getting)[ \t]+fingerprinted\b"
    r"|\b(?:pass|passing|clear|submit to|undergo)\b[^.;]{0,30}?\b(?:background|criminal|drug|physical exam"
    r"|medical exam|credit check|reference check|fingerprint|TB test|tuberculosis|health screening"
    # the steps of a public-safety hiring: "Must pass written exam, physical ability test, polygraph"
    r"|polygraph|psychological (?:exam|evaluation|screening|test)|written (?:exam|test)(?!\w)"
    r"|(?:physical|agility|fitness)(?: ability| agility)? test|civil service (?:exam|test)|entrance (?:exam|test))"
    # a record without convictions: "No felony convictions", "no domestic violence convictions",
    # "No felonies or DUIs in the past 7 years"
    r"|\bno\b(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:felony|felonies|convictions?|misdemeanou?rs?\b[^.;]{0,20}convict)"
    r"|\breliable (?:transportation|transport|vehicle)\b|\bwilling(?:ness)? to (?:travel|relocate)\b"
    # a remote job's home set-up: "Reliable high-speed internet (25 Mbps download) and a quiet, dedicated workspace"
    r"|" + _unless_work(r"(?:internet|work[ -]?space|work area|home office)",
                        r"\b(?:reliable|stable|high[- ]speed|broadband|hard[- ]?wired)\b[^.;]{0,30}?\binternet\b"
                        r"|\b(?:quiet|dedicated|distraction[- ]free|private)\b[^.;]{0,20}?"
                        r"\b(?:work[ -]?space|work area|home office)\b") +
    # an on-call rota to take part in: "Participate in on-call rotation", "Take part in weekend on-call",
    # "Rotating on-call schedule required", "Must be on call one weekend a month"
    r"|" + _unless_work(r"on[- ]?call",
                        r"\b(?:participat\w*|take part|taking part|share|sharing|join|rotate|serve|serving|be)\b"
                        r"[^.;]{0,30}?\bon[- ]?call\b"
                        r"|\bon[- ]?call\b[^.;]{0,20}?\b(?:rotations?|rotas?|schedules?|shifts?|duty|duties|basis"
                        r"|coverage|availability|weekends?|required|as needed)\b"
                        r"|\b(?:rotating|rotational|weekend|holiday|overnight|after[- ]hours)\s+on[- ]?call\b") +
    # where and on what the work is done, asked of the body: "Must be able to work outdoors in Florida heat",
    # "comfortable working in crawlspaces and attics", "Ability to climb 200+ ft ladders daily", "work at heights"
    r"|\b(?:able|ability|capable|comfortable|willing(?:ness)?|must|required)\b[^.;]{0,30}?"
    r"\b(?:work(?:s|ing)?|climb(?:s|ing)?|crawl(?:s|ing)?|be|spend)\b[^.;]{0,30}?"
    r"\b(?:outdoors|outside|(?:all|extreme|inclement|adverse|hot|cold|varying|various)\s+(?:weather|temperatures)"
    r"|(?:the\s+)?(?:heat|cold)\b|(?:elevated\s+)?heights|confined\s+spaces?|crawl\s*spaces?|attics?"
    r"|tight\s+spaces|ladders?|scaffold(?:s|ing)?|towers?|rooftops?|roofs)\b"
    # ... and the same opening an item whose lead is cut off ("Physical Requirements: Must be able to hike ...;
    # work outdoors in all weather"): "Work outdoors in all weather conditions", "Working outside in extreme heat"
    r"|^\W*(?:work(?:s|ing)?|outdoor work)\b[^.;]{0,20}?\b(?:outdoors|outside|in (?:all|extreme|inclement|adverse)"
    r"\s+(?:weather|temperatures|conditions))\b"
    # a hazard the work exposes the body to: "exposure to blood-borne pathogens", "May be exposed to hazardous
    # chemicals and loud noise" (not "Exposure to Kubernetes", an ask of experience)
    r"|\b(?:exposure|exposed)\s+to\s+(?:\w+\s+){0,2}?(?:blood[- ]?borne|pathogens?|infectious|communicable"
    r"|bodily\s+fluids|body\s+fluids|biohazard\w*|hazardous|toxic|chemicals?|fumes|dust|odou?rs|noise|loud"
    r"|radiation|extreme|temperature|heat|cold|weather|moving\s+(?:machinery|parts))\b"
    # a cold place to work in, unless work done there is asked: "Working in a freezer environment (-10F)", "Must
    # be able to work in refrigerated areas" (not "Experience working in a cold storage warehouse")
    r"|" + _unless_work(r"(?:freezer|cooler|cold[- ]storage|refrigerated|sub[- ]?zero)",
                        r"\b(?:work(?:s|ing)?|in)\b[^.;]{0,20}?\b(?:freezer|cooler|cold[- ]storage|refrigerated"
                        r"|sub[- ]?zero)\s+(?:environments?|conditions|temperatures|areas?|rooms?)\b") +
    # a place to work in without climate control, or loud, hot or dusty: "Able to work in a non-climate controlled
    # environment", "a hot, non-air-conditioned warehouse", "Able to work in a loud, dusty environment"
    r"|\b(?:non|not)[- \t]?(?:climate|temperature)[- \t]?controlled\b|\b(?:non|not)[- \t]?air[- \t]?conditioned\b"
    r"|\b(?:no|without)[ \t]+(?:air[- \t]?conditioning|climate[- \t]?control)\b"
    r"|" + _unless_work(r"(?:loud|noisy|hot|dusty|dirty|humid|greasy)",
                        r"\b(?:able|ability|capable|comfortable|willing(?:ness)?|must)\b[^.;]{0,30}?\bwork\w*\b"
                        r"[^.;]{0,20}?\b(?:loud|noisy|hot|dusty|dirty|humid|greasy)\b[^.;]{0,20}?"
                        r"\b(?:environments?|conditions|areas?|settings?|plants?|warehouses?|facilit(?:y|ies))\b") +
    # a union to belong to, or to join once hired: "member in good standing of IUOE Local 9 or willing to join"; a
    # program to enrol in: "Enrolled in or willing to enroll in a state-approved apprenticeship program"
    r"|\bwilling(?:ness)?\s+to\s+(?:join|enrol)|\bjoin\s+(?:the\s+)?(?:union|local)\b"
    # time away from home the route keeps: "Able to be out 5 days per week", "Out 2-3 weeks at a time", "must be
    # willing to spend 21 days on the road"
    r"|\b(?:out|away(?:\s+from\s+home)?)\s+(?:for\s+)?(?:up\s+to\s+)?\d+(?:\s*(?:-|–|to)\s*\d+)?\+?\s*"
    r"(?:days?|nights?|weeks?)\b|\b\d+\+?\s*(?:days?|nights?|weeks?)\s+(?:at\s+a\s+time\s+)?(?:out|away\s+from\s+home"
    r"|on\s+the\s+road)\b"
    # a screen of health before the work, and a hospital's clearing of a vendor's staff to enter it: "Proof of
    # COVID-19 vaccination required", "Must have up-to-date immunizations (MMR, Hep B)", "Ability to obtain hospital
    # vendor credentialing (Vendormate, Reptrax)"; not the work done ("Administer required immunizations",
    # "Experience managing vendor credentialing")
    r"|(?:^|[.;])(?![^.;]*?\b(?:administer\w*|giv(?:e|es|ing)|track\w*|record\w*)\b[^.;]*?\b(?:vaccin|immuni[sz]))"
    r"[^.;]*?(?:\b(?:proof|required|requires?|must|up[- ]to[- ]date|current|fully)\b[^.;]{0,30}?"
    r"\b(?:vaccinations?|vaccinated|immuni[sz]ations?)\b"
    r"|\b(?:vaccinations?|immuni[sz]ations?)\b[^.;]{0,30}?\b(?:required|mandatory)\b)"
    r"|" + _unless_work(r"vendor[ \t]+credential\w*", r"\bvendor[ \t]+credential\w*") +
    # a passport to hold for the work's travel: "Must hold or be able to obtain a passport"
    r"|\b(?:hold|have|possess|obtain|maintain|valid)\b[^.;]{0,30}?\bpassports?\b"
    # a public employer's conditions: "must be registered with the Selective Service", "Subject to a
    # background/suitability investigation", "serve a 1-year probationary period", and what is asked of
    # its current employees alone ("Time-in-grade: Current federal employees must have served 52 weeks")
    r"|\bselective service\b|\bsubject to (?:an? )?(?:[\w/-]+ )?(?:background|suitability|security)\b"
    r"|\bsuitability (?:determination|investigation|check|adjudication)\b|\bprobationary period\b"
    r"|\btime[- ]in[- ]grade\b"
    r"|(?:^\W*|:\s*)(?:for\s+|if\s+you\s+are\s+(?:an?\s+)?)?current\s+(?:[A-Za-z]+\s+)?employees?\b(?!\s+(?:and|or)\b)"
    # an item that states where the work is done: "Hybrid in Chicago, IL", "On-site, 5 days a
    # week", "Remote (US only)"; not a remote job's bare word ("Remote position")
    r"|^\W*(?:hybrid|on-?site|in[- ]office|in[- ]person)\b"
    r"(?=\s*(?:$|\.|in\b|at\b|from\b|[-–—(:,/]|\d|position|role|schedule))"
    r"|" + REMOTE_IN.pattern +
    r"|\btravel(?:ing)? up to \d+\s*%"
    # travel asked as the work's own, its share in brackets or its frequency before it, or opening the item
    # with where it goes: "Travel to hospital campuses across the metro area (up to 25%)", "Travel required
    # (25%)", "Some travel required", "Occasional overnight travel", "Travel to client sites as needed"
    # (not travel as work done or a field: "Experience in corporate travel", "Travel industry experience")
    r"|" + _unless_work(r"travel\w*",
                        r"\btravel(?:ling|ing|s)?\b[^.;%()]{0,60}?\([ \t]*(?:(?:up to|about|approximately|approx\.?"
                        r"|roughly|around|at least|~)[ \t]*)?\d{1,3}[ \t]*%"
                        r"|\b(?:some|occasional|frequent|regular|periodic|limited|minimal|extensive|overnight"
                        r"|local|regional|national|international|domestic)[ \t]+(?:(?:and|or|overnight|out-of-town"
                        r"|domestic|international)[ \t]+){0,2}travel(?:ling|ing)?\b"
                        r"(?![ \t-]+(?:industry|agency|agencies|agents?|management|booking|bookings|arrangements?"
                        r"|expenses?|budgets?|polic(?:y|ies)|programs?|insurance|sector|nurs\w*|writ\w*|content"
                        r"|technology|products?|services?|clients?|companies|company|experience|planning|logistics))"
                        r"|^\W*travel(?:ling|ing)?[ \t]+(?:is[ \t]+|will[ \t]+be[ \t]+|may[ \t]+be[ \t]+)?"
                        r"(?:required|expected|needed|as needed|to|between|throughout|across|within|around)\b") +
    # travel counted in days: "40-60 travel days a year must be expected"
    r"|\b\d{1,3}(?:[ \t]*[-–][ \t]*\d{1,3})?[ \t]+(?:travel(?:ling)?|travel-)[ \t]?days\b"
    # how much of the time is travel, how many days a week are at the office: "Ability to travel
    # 70%+ within the district", "work in our SF office 3 days/week", "in the office 3 days a week"
    r"|\btravel(?:ing|s)?[ \t]*:?[ \t]+(?:(?:up to|about|approximately|approx\.?|roughly|around|at least|~)[ \t]*)?"
    r"\d{1,3}[ \t]*%|\b\d{1,3}[ \t]*%\+?[ \t]+(?:of (?:the )?time[ \t]+)?travel\b"
    r"|\b(?:office|on-?site|in[- ]person|hybrid)\b[^.;]{0,40}?\b[1-7]\+?\s*days?\s*(?:a|per|/|each)\s*(?:week|wk)\b"
    r"|\b[1-7]\+?\s*days?\s*(?:a|per|/|each)\s*(?:week|wk)\b[^.;]{0,40}?\b(?:office|on-?site|in[- ]person)\b"
    r"|" + _AGE +
    r"|\b(?:live|reside|be located|be based)\s+(?:in|near|within)\b|\bcommut\w* distance\b"
    # a residence to take up or keep, often after hire: "Must establish residency within city limits within 6
    # months of hire", "Residency within the City of Chicago is required", "City residency required", "must
    # become residents of the city" (not a physician's "residency in internal medicine")
    r"|\b(?:establish|maintain|take up|keep)\w*\s+(?:\w+\s+)?residen(?:cy|ce)\b"
    r"|\bresiden(?:cy|ce)\s+(?:with)?in\s+(?:the\s+)?(?:city|county|town|village|borough|parish|district|state)\b"
    r"|\b(?:city|county|town|village|borough|parish|district)\s+residen(?:cy|ce)\b"
    r"|\bbecome\s+(?:an?\s+)?residents?\s+of\b"
    r"|\bwithin (?:a )?\d+[- ]?(?:miles?|mi|km|kilomet\w+|minutes?)\b[^.;]{0,30}?\b(?:of|commut\w*|drive)\b", re.I)


# Tools and gear the worker brings to the job: "Must possess and provide own basic hand tools", "Own tools
# required", "must supply their own hand tools", "Must supply own hood, gloves and leathers": a condition of the
# work, not a skill the resume is to show.
OWN_TOOLS = re.compile(r"\bown\s+(?:[\w-]+\s+){0,3}?tools?\b|\btools?\s+of\s+(?:your|their)\s+own\b"
                       r"|\b(?:provid|supply|suppli|bring|furnish)\w*\s+(?:(?:your|their|his|her)\s+)?own\b"
                       # up to another ask joined by "and" ("... own laptop and know RSLogix")
                       r"(?:(?!\s+(?:and|&)\s+(?:know|be|have|understand|use|read|operate|demonstrate|able)\b)[^.;])*",
                       re.I)


def named_skills(text: str, asked: bool = False, described: tuple[tuple[int, int], ...] = ()) -> list[str]:
    try:
        from matcher.skills.asking import skill_names
    except ImportError:  # the skills module is optional: without it postings carry no skills
        return []
    return skill_names(text, asked=asked, described=described)


def requirement_skills(text: str) -> list[str]:
    """The skills a requirement names; none when it tells how to apply ("The application must be
    submitted in English"): that names the documents' language, not a skill asked."""
    try:
        from matcher.skills.asking import about_hiring
    except ImportError:
        return []
    # an ask taken back names no skill: "Drive a box truck (no CDL required)"
    return [] if about_hiring(text) else named_skills(without_denied(text))


# An ask, then an add-on that a softener qualifies alone: "2+ years of pharmacy technician
# experience; hospital experience preferred", "3-5 years of accounting experience, public
# accounting preferred".  A comma also joins the items of a list that the softener governs
# whole ("AWS, GCP, or Azure preferred", "a degree in Finance, Economics or a related field
# preferred", "Jira, Confluence a plus"), so after a comma the softened clause is an add-on
# only when it reads as one: two words or more, or a degree, licence or years of its own,
# before its softener (or one word after years asked), no "and"/"or" among them, and no run
# of commas before it; but after years of some experience an add-on with "and" or "or"
# qualifies the years' field ("5+ years of professional translation experience, legal or
# medical preferred").
_CLAUSE_CUT = re.compile(r";|,(?=\s)|\s[-–—]\s")
_DENIED = re.compile(r"\b(?:no|not|never|without|none)\b|n't\b", re.I)
_LIST_WORD = re.compile(r"\b(?:and|or|nor|etc)\b|/", re.I)
_ENDS_EXPERIENCE = re.compile(r"\b(?:experience|exp|background)\W*$", re.I)
# A softened clause about what came before it: "..., which is a plus", "..., but not required".
_REFERS_BACK = re.compile(r"\s*(?:which|that|this|it|these|those|both|either|any|all|but|though|although|also)\b",
                          re.I)


_DEGREE_ADVERB = re.compile(r"(?:\s+(?:strongly|highly|very|much|greatly|also|especially))+\s*$", re.I)


def asked_before_add_on(text: str) -> str | None:
    """The part of a requirement item that asks before its softened add-on (its first clause
    names years, a skill or a degree, undenied, and the first softener stands in a later
    clause of its own), or None when the softener governs the item."""
    # a part in brackets qualifies a part ("(AWS preferred)"): blanked, keeping the offsets
    plain = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
    soft = NICE_ITEM.search(plain)
    cuts = list(_CLAUSE_CUT.finditer(plain, 0, soft.start())) if soft else []
    if not cuts:
        return None
    first = plain[:cuts[0].start()]
    # after a ';' the add-on is a clause of its own: any first clause of two words or more asks
    stated = cuts[-1].group() == ";" and len(first.split()) >= 2
    if _DENIED.search(first) or not (stated or LOOKS_REQUIRED.search(first) or parse_years(first) is not None
                                     or requirement_skills(first)):
        return None
    cut = cuts[-1]
    end = _CLAUSE_CUT.search(plain, soft.end())
    before, after = plain[cut.end():soft.start()], plain[soft.end():end.start() if end else len(plain)]
    if not (before + after).split() or (before.strip() and _REFERS_BACK.match(before)):
        return None   # "..., not required", "..., which would be a plus": the whole is softened
    if cut.group() == "," and before.strip():
        listed = len(cuts) > 1 and cuts[-2].group() == ","
        # after years of some experience ("2+ years of full-cycle recruiting experience,
        # high-volume or hourly hiring preferred") the add-on qualifies the years' field, "or"
        # or not; after years of a skill ("5+ years of Python, Go or Rust preferred") it goes on
        # with the list
        of_experience = parse_years(first) is not None and bool(_ENDS_EXPERIENCE.search(first))
        # after years, an add-on naming experience of its own is one, whatever its "/" or "or" ("2 years
        # experience in a licensed child care center, infant/toddler experience strongly preferred")
        own = parse_years(first) is not None and bool(_ENDS_EXPERIENCE.search(_DEGREE_ADVERB.sub("", before)))
        if listed or _LIST_WORD.search(before) and not (of_experience or own) \
                or len(before.split()) < 2 and not NEXT_TOPIC.search(before) and parse_years(first) is None:
            return None
    return text[:cut.start()]


def hard_skills(names: list[str]) -> list[str]:
    try:
        from matcher.skills.taxonomy import is_soft
    except ImportError:
        return names
    return [n for n in names if not is_soft(n)]


# A bracket that softens a part of an item: "HubSpot Marketing Hub (certification preferred)".
_SOFT_BRACKET = re.compile(r"[ \t]*\(([^()]*)\)")


@lru_cache(maxsize=65_536)
def asked_part(text: str, kind: str) -> str:
    """What a must-have asks, without its softened add-on: "BLS and ACLS required" of "BLS
    and ACLS required; CCRN preferred" (``asked_before_add_on``), "HubSpot Marketing Hub"
    of "HubSpot Marketing Hub (certification preferred)".  The add-on is a nice-to-have: what
    the resume lacks of it makes the must-have no less covered.  A nice-to-have is softened
    whole: its text as it is."""
    if kind != "must":
        return text
    # a bracket that softens or takes back its ask ("(no CDL required)") asks nothing
    plain = _SOFT_BRACKET.sub(lambda m: "" if NICE_ITEM.search(m.group(1)) or not without_denied(m.group(1)).strip()
                              else m.group(), text).strip()
    return _before_after_hire((asked_before_add_on(plain) or plain) if plain else text)


def _before_after_hire(text: str) -> str:
    """A must-have without its clauses after the first that ask something to be had after hire
    ("BLS and ACLS required; PALS and NRP required within 6 months of hire": BLS and ACLS),
    which is not needed to apply, as such an ask on its own line is not."""
    clauses = text.split(";")
    kept = [c for k, c in enumerate(clauses) if k == 0 or not AFTER_HIRE.search(c) or NEW_GRAD_GRACE.search(c)]
    return ";".join(kept).strip() if len(kept) < len(clauses) else text
