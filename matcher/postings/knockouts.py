"""The knock-outs of a posting: what rules a candidate out, each with the sentence that states it.

Years of (related) work, degree level and field, security clearance, citizenship or work
authorisation, visa sponsorship refused or offered, on-site / hybrid / remote and where,
graduation window, licences and certifications (licences joined by "or" or "/" are one
knock-out that any of them meets: "CMA (AAMA) or RMA certification").  Every sentence of
the whole text is read, boilerplate included (sponsorship and citizenship lines often sit in
the legal text), except that years under a company heading ("About us") are the company's,
never a knock-out.
A cheap screen picks the few sentences that name any of these; only those are read closely.

Softeners and negations are read in the clause that states the knock-out: "preferred",
"a plus", "nice to have" and lines under a "Nice to have" heading are stated but not
required (prose after the heading's list and a blank line is no longer under it); "or
equivalent experience" makes a degree optional, as does a second way to qualify that a public employer
opens on a line of its own ("OR Education: Ph.D. ...", "Any equivalent combination of education and
experience": ``_Ways``, which also makes the years asked before a combination to check, not far short);
"no clearance required" is no clearance, "(no CDL required)" no licence;
"sponsorship available" is an offer (offered=True, required=False); "not remote" is
on-site.  The clearance asked is the highest level a required part of the sentence names:
"Active Secret clearance required; TS/SCI preferred" asks Secret, "Secret or TS/SCI" the
lower.  A licence named by the word for holding it ("NMLS licensed Mortgage Loan Originator",
"NCCER-certified") is asked as that name; a country's driving licence ("Full UK driving licence with C+E
entitlement", "Valid Ontario AZ licence") as the whole name, a licence of its own.  A licence's
eligibility ("CPA or CPA-eligible") is
its own alternative; a certificate or licence offered in place of a degree ("Paralegal
certificate ... or bachelor's degree", "Bachelor's degree or equivalent certification") makes
the degree optional and is one licence knock-out with the degree as its alternative (its level
and fields kept).
A known licence joined to a degree by "or" ("a Master's Degree, Chartered Status or a PE", after
its field too: "Bachelor's degree in Accounting or CPA", where "PE" alone is a field) is that
degree knock-out's alternative, which meets it; so, for the checklist, is a named licence offered
by its noun ("BSN or RN license": "RN license") and a credential given as an example of the one
offered ("equivalent certification (e.g. CompTIA A+)"), an alternative of the licence knock-out too.
A degree word that asks nothing is none: a
role ("Scrum Master"), people counted ("130 Ph.D"), a course of study, its students or its posts
("PhD degree students", "enrolled in the PhD programme"), a document to enclose ("degree
certificates", a list under "The file must include:"); a posting for a PhD post asks no
doctorate. A graduation window may run back from the day the posting is read
("within the last 3 years"); a graduation offered in place of another ask ("... Certificate
required, or graduation from an academy within the last 3 years") is stated, not required;
current enrolment asked ("Must be currently enrolled in at least 6 credits at ...") is a graduation
knock-out of mode "enrolled".  The words of each kind live in ``knockout_rules``.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache

from matcher.eligibility.levels import (
    CLEARANCE_LEVELS,
    DEGREE_LEVELS,
    IMPLIED_FIELD,
    clearance_level,
    clearance_mentions,
    degree_levels,
    rank_of,
)
from matcher.postings import knockout_rules as R
from matcher.postings.kinds import asked_before_add_on
from matcher.postings.sections import asks_named, denied_spans, heading_kind, is_bullet
from matcher.postings.years import NO_WORK_ROLE, same_work, work_stem, years_mentions
from matcher.text import split_sentences

__all__ = ["KINDS", "Knockout", "posting_knockouts"]

KINDS = ("years", "degree", "clearance", "citizenship", "sponsorship", "workplace", "residence", "graduation",
         "licence")


@dataclass
class Knockout:
    kind: str                  # one of KINDS
    sentence: str              # the posting's sentence (or line) that states it, as written, stripped
    required: bool = True      # False when stated but not a knock-out ("preferred", "sponsorship available")
    years: float | None = None  # years: the minimum asked
    level: str = ""            # degree: one of DEGREE_LEVELS; clearance: one of CLEARANCE_LEVELS ("" = any);
    #                            years and licence: the degree accepted in their place ("" = none)
    fields: list[str] = field(default_factory=list)  # degree (and a licence's degree): fields asked;
    #                            years: what the years are in
    related: bool = False      # degree (and a licence's degree): "or a related field" was said
    places: list[str] = field(default_factory=list)  # workplace: places; citizenship: countries; licence: where;
    #                            residence: the states (or countries) to live in, as written
    mode: str = ""             # workplace: "onsite" | "hybrid" | "remote" ("" = a place, mode not stated);
    #                            graduation: "enrolled" when current enrolment is asked (no window)
    offered: bool | None = None  # sponsorship: False = "unable to sponsor", True = "sponsorship available";
    #                            citizenship: True when the posting offers sponsorship elsewhere
    start: str = ""            # graduation window, "YYYY-MM" ("" = open)
    end: str = ""
    name: str = ""             # licence/certification as written ("Class A CDL", "RN license", "CPA",
    #                            "CMA (AAMA) or RMA certification")
    alternatives: list[str] = field(default_factory=list)  # licence: the names any one of which meets it,
    #                            when the posting asks one of several ("CMA", "RMA certification"); [] = just name;
    #                            degree: licences offered in its place ("a Master's Degree ... or a PE": "PE")
    excluded: list[str] = field(default_factory=list)  # workplace: places the work may not be done from
    #                            ("we hire in all states except HI and AK": "HI", "AK")
    route: str = ""            # licence: another way in its item takes in its place, as written ("CRT with RRT
    #                            obtained within 12 months of hire may be considered"): without it, to check;
    #                            years: "Or an equivalent combination of education and experience": short, to check
    radius_km: float | None = None  # residence: the distance from its place to live within ("within 30 miles
    #                            of Dayton, OH": 48.3), None when it asks a place itself

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> Knockout:
        """The knock-out ``to_dict`` gave; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in d.items() if k in known}
        for name in ("fields", "places", "alternatives", "excluded"):
            data[name] = list(data.get(name) or [])
        return cls(**data)


# --- clauses ----------------------------------------------------------------------
def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` around [start, end): it stops at ';', at a sentence end, and at
    the trigger of another knock-out after the span ("5+ years required, Master's preferred")."""
    left, right = _clause_bounds(sentence, start, end)
    return sentence[left:right]


_COMMA = re.compile(r",\s")


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where ``_clause`` starts and ends.  Before the span it also stops at the comma after
    another knock-out's trigger ("Bachelor's degree, CPA preferred, 4+ years of accounting
    experience": the years are not the CPA's clause)."""
    left = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start))
    before = list(R.NEXT_TOPIC.finditer(sentence, left + 1, start))
    comma = _COMMA.search(sentence, before[-1].end(), start) if before else None
    if comma:
        left = comma.start()
    right = len(sentence)
    for mark in (";", ". "):
        at = sentence.find(mark, end)
        if at != -1:
            right = min(right, at)
    nxt = R.NEXT_TOPIC.search(sentence, end, right)
    if nxt and _JOINED.fullmatch(sentence, end, nxt.start()):
        # one offered in its place is the same ask, softened with it: "CFA Level I or progress toward CFA/MBA
        # is a plus"
        nxt = R.NEXT_TOPIC.search(sentence, nxt.end(), right)
    if nxt:
        right = nxt.start()
    return left + 1, right


# What joins an alternative to the ask before it: "/", "or".
_JOINED = re.compile(r"\s*(?:/|\bor\b)\s*", re.I)


def _lead_in_after_hire(sentence: str, start: int) -> bool:
    """Whether the lead-in of the list the licence at ``start`` is an item of asks its items after hire
    ("Certifications required within first year: EMD, CCIC/NCIC, CPR."); not one a semicolon or a
    sentence's end parts from the item."""
    colon = sentence.rfind(":", 0, start)
    return colon != -1 and not re.search(r";|\.\s", sentence[colon:start]) \
        and bool(R.AFTER_HIRE.search(sentence, 0, colon))


def _soft(clause: str) -> bool:
    return R.softened(clause, R.SOFT)


def _bracket_bounds(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the inside of the brackets around [start, end) starts and ends, or None where none enclose it."""
    opening, closing = sentence.rfind("(", 0, start), sentence.find(")", end)
    if opening > sentence.rfind(")", 0, start) and closing != -1 and sentence.find("(", end, closing) == -1:
        return opening + 1, closing
    return None


def _bracket_around(sentence: str, start: int, end: int) -> str:
    """What the brackets around [start, end) hold, where they do: a part in brackets says its own softener
    ("Advanced QuickBooks Online (QBO ProAdvisor certification a plus)": the certification is a plus)."""
    bounds = _bracket_bounds(sentence, start, end)
    return sentence[bounds[0]:bounds[1]] if bounds else ""


# --- the kinds --------------------------------------------------------------------
def _years(sentence: str, nice: bool) -> Knockout | None:
    if R.YEARS_NOT_ASKED.search(sentence) or (R.COMPANY_SUBJECT.match(sentence) and not R.ASKS.search(sentence)):
        return None
    found = []
    for value, start, end in years_mentions(sentence):
        after = sentence[end:end + 60]
        if R.YEARS_OTHER.match(after) and not R.YEARS_OF_EXPERIENCE.match(after):
            continue  # "21 years of age", "5 years of runway", "a 4-year degree"
        if R.HISTORY.search(sentence[:start]) and not R.ASKS.search(sentence):
            continue  # "Acme has served Ohio for 30 years"
        if R.YEARS_CONTEXT.match(after) or R.EXPERIENCE.search(sentence):
            found.append((value, start, end))
    if not found:
        return None
    value, start, end = max(found)
    # "3-5 years of accounting experience, public accounting preferred": the softener is the add-on's
    asked = asked_before_add_on(sentence)
    soft = _soft(_clause(sentence, start, end)) and not (asked is not None and end <= len(asked))
    return Knockout("years", sentence, required=not (nice or soft),
                    years=value, fields=[R.years_in(sentence[end:])], level=_degree_instead(sentence, start, end))


def _degree_instead(sentence: str, start: int, end: int) -> str:
    """The degree a sentence accepts in place of the years at [start, end) ("a degree in EE
    and/or 5 years' equivalent experience", "4 years of experience in lieu of a bachelor's"):
    its lowest level, "" when none is; where the years go with a lower degree after "or" ("MS or PhD in
    Computer Science, or BS with 3+ years of industry experience"), the degrees named before it."""
    if joined := R.DEGREE_WITH_YEARS.search(sentence, 0, start):
        degrees = [(level, s, e) for level, s, e in posting_degree_levels(sentence)
                   if R.is_degree(sentence, level, s, e)]
        higher = [level for level, _, e in degrees if e <= joined.start()]
        if higher and any(joined.start() <= s and e <= start for _, s, e in degrees):
            return min(higher, key=lambda lv: rank_of(lv, DEGREE_LEVELS))
    before = bool(R.OR_BEFORE.search(sentence, 0, start))
    # "(a CDA plus 4 years of experience may substitute)": for the degree named before or after them
    substitute = not before and bool(R.SUBSTITUTE_AFTER.match(sentence, end))
    if not (before or substitute or R.IN_LIEU_AFTER.match(sentence, end)):
        return ""
    levels = [level for level, s, e in posting_degree_levels(sentence)
              if (e <= start if before else s >= end or substitute and e <= start)
              and R.is_degree(sentence, level, s, e)]
    return min(levels, key=lambda lv: rank_of(lv, DEGREE_LEVELS)) if levels else ""


@lru_cache(maxsize=4096)   # a posting's sentence, read by its knock-outs and by its checklist row on every request
def degree_for_years(sentence: str) -> str:
    """The degree a sentence accepts in place of the years it asks (``_degree_instead``: "Bachelor's degree or
    2+ years of customer service experience" -> "bachelor"), "" where it accepts none."""
    years = _years(sentence, False)
    return years.level if years is not None else ""


_DEGREE_JOIN = re.compile(r"(?:'s)?\s*(?:degree)?(?:\s*(?:[,/]|\bor\b|\band\b|\band/or\b))*\s*(?:an?\s+)?", re.I)


def _degree(sentence: str, nice: bool) -> Knockout | None:
    found = [(level, s, e) for level, s, e in posting_degree_levels(sentence) if R.is_degree(sentence, level, s, e)]
    if not found:
        return None
    # degrees joined by "or", "/", "," are one ask ("Master's or PhD preferred"); each ask is softened alone
    groups = [[found[0]]]
    for item in found[1:]:
        if _DEGREE_JOIN.fullmatch(sentence[groups[-1][-1][2]:item[1]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    hard = [g for g in groups if not _soft(_clause(sentence, g[0][1], g[-1][2]))]
    level = min((f[0] for g in (hard or groups) for f in g), key=lambda lv: rank_of(lv, DEGREE_LEVELS))
    # a certificate or licence in its place ("Paralegal certificate ... or bachelor's degree") is
    # asked as a licence knock-out that either meets (``_degree_or_credential``)
    # so are years in its place ("Bachelor's degree or 2+ years of customer service experience"), not years in a
    # higher one's beside a lower degree ("MS or PhD, or BS with 3+ years": a BS is asked either way)
    instead = degree_for_years(sentence)
    optional = nice or not hard or bool(R.DEGREE_OPTIONAL.search(sentence)) or bool(
        R.credential_for_degree(sentence, found[0][1], found[-1][2])) or bool(instead) and rank_of(
        instead, DEGREE_LEVELS) <= rank_of(level, DEGREE_LEVELS)
    # the fields are those of the asks that set the level, each read up to the next ask:
    # "Associate degree in Nursing required; BSN preferred" asks nursing
    names, related = [], False
    # ... and never past a licence offered in its place ("Bachelor's degree in Accounting or CPA")
    offered_at = R.fields_end(sentence, found[0][1], found[-1][2])
    for group in hard or groups:
        after = [g[0][1] for g in groups if g[0][1] > group[-1][2]] + [offered_at]
        more, near = R.degree_fields(sentence[:min(after)], group[-1][2])
        # an abbreviation names its field ("BSN required": nursing), as on a resume
        named = [IMPLIED_FIELD.get(re.sub(r"[.\s]", "", sentence[s:e].lower()), "") for _, s, e in group]
        names += more or [field for field in named if field]
        related = related or near
    if not names and (such := R.SUCH_DEGREE.search(sentence, found[-1][2])):
        # the field said of the degree after what stands in for it: "Master's degree or 2 full years of graduate
        # education leading to such a degree in accounting, finance or business"
        names, related = R.degree_fields(sentence, such.end())
    # a degree under way asked ("Pursuing a Bachelor's degree in Finance"): current enrolment is (``_enrolment``),
    # the degree is not yet held by those it asks for
    optional = optional or any(m.end() <= found[0][1] <= m.end() + 40 for m in R.PURSUING.finditer(sentence))
    # a licence offered in its place ("a Master's Degree, Chartered Status or a PE"): either meets it
    instead = R.offered_for_degree(sentence, found[0][1], found[-1][2])
    return Knockout("degree", sentence, required=not optional, level=level, fields=list(dict.fromkeys(names)),
                    related=related, alternatives=instead)


def _degree_or_credential(sentence: str, nice: bool) -> Knockout | None:
    """A degree asked with a certificate or licence in its place, as one licence knock-out that
    either meets: "Paralegal certificate from an ABA-approved program or bachelor's degree" ->
    alternatives "Paralegal certificate", "bachelor's degree"."""
    found = [(level, s, e) for level, s, e in posting_degree_levels(sentence) if R.is_degree(sentence, level, s, e)]
    if not found:
        return None
    start, end = found[0][1], found[-1][2]
    credential = R.credential_for_degree(sentence, start, end)
    if credential is None:
        return None
    name, c_start, c_end = credential
    degree = sentence[start:end]
    if found[0][0] == "high school" and not re.search(r"diploma|\bged\b", degree, re.I):
        degree = "high school diploma"
    elif re.fullmatch(r"(?i)(?:bachelor|master|associate)['’]?s?", degree):
        degree = re.sub(r"['’]?s?$", "", degree) + "'s degree"      # "bachelor's" -> "bachelor's degree"
    elif not re.search(r"degree|diploma|\bged\b", degree, re.I):
        degree = f"{degree} degree"
    tail = re.match(r"(?:['’]s)?\s+(?:degree|diploma)\b", sentence[end:], re.I)
    first, last = min(start, c_start), max(end + (tail.end() if tail else 0), c_end)
    soft = _soft(_clause(sentence, first, last)) or bool(R.DEGREE_OPTIONAL.search(sentence))
    alternatives = [name, degree] if c_start < start else [degree, name]
    # examples of the credential ("equivalent certification (e.g. CompTIA A+)") meet it too
    examples, _ = R.credential_examples(sentence, c_end)
    alternatives += examples
    # the degree's level and fields, read before the credential when it follows ("BSN or RN
    # license in Texas"): "an Associate degree in Early Childhood Education" asks that field
    level = min((lv for lv, _, _ in found), key=lambda lv: rank_of(lv, DEGREE_LEVELS))
    names, related = R.degree_fields(sentence[:R.fields_end(sentence, start, end)], end)
    # an abbreviation names its field ("BSN or RN license": nursing), as in ``_degree``
    names = names or [f for _, s, e in found if (f := IMPLIED_FIELD.get(re.sub(r"[.\s]", "", sentence[s:e].lower())))]
    return Knockout("licence", sentence, required=not (nice or soft), name=sentence[first:last],
                    alternatives=alternatives, level=level, fields=names, related=related)


def _clearance(sentence: str, nice: bool) -> Knockout | None:
    level = clearance_level(sentence)
    negated = bool(R.NO_CLEARANCE.search(sentence))
    if (level is None and not negated) or R.NOT_CLEARANCE.search(sentence):
        return None
    spans = [m.span() for m in R.CLEARANCE_WORD.finditer(sentence)]
    clause = _clause(sentence, spans[0][0], spans[-1][1]) if spans else sentence
    required = not (nice or negated or _soft(clause))
    if required:
        # the level asked is the highest a required clause names: "Active Secret clearance
        # required; TS/SCI preferred" asks Secret ("" when only an unnamed clearance is required)
        hard = [lv for lv, soft in _clearance_asks(sentence) if not soft]
        level = max(hard, key=lambda lv: rank_of(lv, CLEARANCE_LEVELS), default="")
    return Knockout("clearance", sentence, required=required, level=level or "")


_CLEARANCE_TAIL = re.compile(r"\s*(?:security\s+)?clearance\b", re.I)
_LEVELS_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and\s*/\s*)?or\b|/|,)\s*(?:an?\s+|the\s+)?", re.I)
_PART_MARK = re.compile(r"[;,()]|\s[-–—]\s|\s(?:and|but|while|whereas)\s", re.I)


def _clearance_asks(sentence: str) -> list[tuple[str, bool]]:
    """(level, softened) of each clearance a sentence names, "" for one of no level ("clearance",
    "polygraph").  Levels joined by "or", "/" or commas are one ask, met by the lowest ("Secret
    or TS/SCI clearance").  Each ask is read in its own part of the clause: from the mark
    (comma, ';', bracket, spaced dash, "and", "but") after the ask before it to the mark before
    the ask after it, or inside its brackets ("Secret clearance required (TS/SCI preferred)")."""
    mentions = []
    for level, start, end in clearance_mentions(sentence):
        tail = _CLEARANCE_TAIL.match(sentence, end)
        mentions.append((level, start, tail.end() if tail else end))
    for m in R.CLEARANCE_WORD.finditer(sentence):
        if not any(s <= m.start() < e for _, s, e in mentions):
            mentions.append(("", m.start(), m.end()))
    mentions.sort(key=lambda t: t[1])
    groups: list[list[tuple[str, int, int]]] = []
    for item in mentions:
        if groups and item[0] and groups[-1][-1][0] and _LEVELS_JOIN.fullmatch(sentence[groups[-1][-1][2]:item[1]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    out = []
    for i, group in enumerate(groups):
        start, end = group[0][1], group[-1][2]
        left, right = _clause_bounds(sentence, start, end)
        bracket = _bracket_bounds(sentence, start, end)
        if bracket:
            left, right = bracket
        else:
            if i:
                before = groups[i - 1][-1][2]
                marks = list(_PART_MARK.finditer(sentence, before, start))
                left = max(left, marks[-1].end() if marks else before)
            if i + 1 < len(groups):
                after = groups[i + 1][0][1]
                mark = _PART_MARK.search(sentence, end, after)
                right = min(right, mark.start() if mark else after)
        level = min((lv for lv, _, _ in group), key=lambda lv: rank_of(lv, CLEARANCE_LEVELS))
        out.append((level, _soft(sentence[left:right])))
    return out


def _citizenship(sentence: str, nice: bool) -> Knockout | None:
    m = R.CITIZENSHIP.search(sentence)
    if not m or R.NOT_ASKED_OF_YOU.search(sentence):
        return None
    required = not (nice or _soft(_clause(sentence, m.start(), m.end())) or R.NO_CITIZENSHIP.search(sentence))
    return Knockout("citizenship", sentence, required=required, places=R.countries(sentence))


def _sponsorship(sentence: str, nice: bool) -> Knockout | None:
    if R.PERMIT_HELP.search(sentence) and not R.SPONSOR_REFUSED.search(sentence):
        return Knockout("sponsorship", sentence, required=False, offered=True)
    text = R.SPONSORED_CREDENTIAL.sub(" ", sentence)   # "we sponsor and pay for exams": no visa
    if not R.SPONSOR.search(text) or R.NOT_VISA.search(text) and not R.VISA.search(text):
        return None
    if R.SPONSOR_REFUSED.search(sentence):
        return Knockout("sponsorship", sentence, required=True, offered=False, places=R.countries(sentence))
    if R.SPONSOR_OFFERED.search(text):
        # offered beside a licence asked, with no visa named ("Colorado adjuster license, or ability to obtain
        # within 90 days of hire (we sponsor)"): the licence is what is sponsored
        if not R.VISA.search(text) and R.SPONSORED_THING.search(text):
            return None
        return Knockout("sponsorship", sentence, required=False, offered=True)
    return None


def _workplace(sentence: str, nice: bool) -> Knockout | None:
    mode = R.work_mode(sentence)
    if not mode and not R.LOCATION_LABEL.match(sentence):
        return None
    return Knockout("workplace", sentence, required=not nice, mode=mode, places=R.work_places(sentence, mode),
                    excluded=R.excluded_places(sentence))


def _residence(sentence: str, nice: bool) -> Knockout | None:
    """Where the worker must live: "Must live in one of these states: Florida, Georgia, ..." (the places as
    written), within a distance of a place ("Must reside within 30 miles of Dayton, OH": ``radius_km``; a place
    named without its state, "of our Tulsa office", is the posting's location's: ``posting_knockouts``), or in a
    territory the posting does not draw (mode "territory"), or local to a place ("Must be local to the DFW area",
    "Must live in the Dallas area": within ``R.LOCAL_KM`` of it; "Local candidates only": of the posting's
    location, ``posting_knockouts``), compared with where the resume says its seeker
    lives.  A remote job's places read as its workplace ("Remote (Ohio, Indiana, Michigan residents only)") are
    that knock-out's; a way round it ("or be willing to relocate": ``R.RELOCATE_WAY``) is read by the check,
    which a resume saying it will relocate meets."""
    required = not (nice or _soft(sentence))
    if near := R.residence_radius(sentence):
        km, place, _ = near
        return Knockout("residence", sentence, required=required, places=[place] if place else [], radius_km=km)
    if R.TERRITORY.search(sentence) and R.residence_rule(sentence) is None and not R.residency_asked(sentence):
        if not re.search(r"\b(?:must|required|requires?|mandatory)\b", sentence, re.I):
            return None
        # a territory drawn by its states ("... the territory: Northeast (NY, NJ, PA, MA, CT)") is those states
        drawn = R.territory_places(sentence)
        return Knockout("residence", sentence, required=required, places=list(drawn)) if drawn \
            else Knockout("residence", sentence, required=required, mode="territory")
    if local := R.local_to(sentence):   # "Must be local to the DFW area": within a commute of it
        return Knockout("residence", sentence, required=required, places=[local], radius_km=R.LOCAL_KM)
    if R.LOCAL_ONLY.search(sentence):   # "Local candidates only": of the posting's place (``posting_knockouts``)
        return Knockout("residence", sentence, required=required, radius_km=R.LOCAL_KM)
    places = R.residency_asked(sentence)
    if not places or R.work_mode(sentence) == "remote":
        return None
    return Knockout("residence", sentence, required=required, places=list(places))


def _graduation(sentence: str, nice: bool) -> Knockout | None:
    m = R.GRADUATION.search(sentence)
    # new grads named as whom time after hire is for ("new grads must obtain within 6 months
    # of hire") are no graduation asked
    if m and (R.NOT_GRADUATION.search(sentence) or not R.GRADUATION.search(R.NEW_GRAD_GRACE.sub(" ", sentence))):
        m = None
    # a degree "conferred by September 15, 2027": the window from its date
    m = m or R.CONFERRAL.search(sentence) or R.SINCE_DEGREE.search(sentence)
    if not m:
        return _enrolment(sentence, nice)
    start, end = R.window(sentence[m.start("by") if "by" in m.re.groupindex else m.start():])
    if not (start or end) and (not R.NEW_GRAD.search(sentence) or _EMPLOYER_DOES.match(sentence)):
        return None   # no window, and no new graduate asked: "We sponsor visas for new grads."
    # offered in place of another ask ("POST Basic Certificate required, or graduation from a
    # POST academy within the last 3 years"): a knock-out cannot say "this or that" across kinds,
    # so the graduation is stated, not required, and the other ask stays
    instead = _OR_BEFORE.search(sentence, 0, m.start())
    other = instead is not None and bool(R.NEXT_TOPIC.search(sentence, 0, instead.start())) \
        and not R.GRADUATION.search(sentence, 0, instead.start())
    return Knockout("graduation", sentence, required=not (nice or other or _soft(sentence)), start=start, end=end)


def _enrolment(sentence: str, nice: bool) -> Knockout | None:
    """Current enrolment asked (``R.ENROLMENT``): a graduation knock-out of mode "enrolled", met by
    study still under way; not what the employer says it is enrolled in ("We are currently enrolled
    in E-Verify") nor a benefit's enrolment."""
    m = R.ENROLMENT.search(sentence)
    if not m or R.NOT_ENROLMENT.search(sentence) or _EMPLOYER_DOES.match(sentence):
        return None
    either = bool(R.ENROLLED_OR_DONE.search(sentence))   # "enrolled in or have completed": a way, not the only one
    # offered in place of another ask, as a graduation is (``_graduation``): "Active Arizona Real Estate
    # Salesperson license (or currently enrolled in pre-licensing)" asks the licence, a course toward it the
    # other way; the licence's knock-out reads that route
    instead = _OR_BEFORE.search(sentence, 0, m.start())
    either = either or (instead is not None and bool(R.NEXT_TOPIC.search(sentence, 0, instead.start())))
    return Knockout("graduation", sentence, required=not (nice or either or _soft(sentence)), mode="enrolled")


_OR_BEFORE = re.compile(r"\bor\s+(?:an?\s+|the\s+|recent\s+|be\s+a\s+)?$", re.I)
# A sentence that says what the employer does: "We sponsor visas for new grads", "Our program trains ...".
_EMPLOYER_DOES = re.compile(r"\W*(?:we|our)\b", re.I)


# The noun a name shares with the names after it: "CPR/AED certification", "CPR and First Aid
# certification", "Series 7 and Series 66 licenses" (what follows that noun, "preferred", "must obtain within 90
# days of hire", qualifies the first name too); not being eligible for it ("RN license or eligible for
# certification within 60 days": ``OR_OBTAIN``).
_SHARED_NOUN = re.compile(r"(?:\s*(?:/|,|&|\band\b|\bor\b)\s*(?!(?:be\s+)?(?:eligib|able\b|ability|willing))"
                          r"[\w&+.-]+(?:\s+[A-Z0-9][\w&+.-]*)?){1,3}\s+"
                          r"(?:licen[cs]es?|licensure|certifications?|certificates?|cards?|registrations?)\b", re.I)


_ISSUER = re.compile(r"[ \t]*\((?P<who>[A-Z][A-Za-z&.]{2,15}(?:[ \t][A-Z][A-Za-z&.]*){0,3})\)")


def _with_issuer(name: str, sentence: str, end: int) -> str:
    """A licence's name with the bracket after it that says whose it is, which may tell it
    from another of the same letters: "CMA (AAMA)" is a medical assistant's, "CMA" alone a
    management accountant's.  One or two capitals are a kind's code ("ARRT (CT)"), no issuer."""
    issuer = _ISSUER.match(sentence, end)
    return f"{name} ({issuer.group('who')})" if issuer and "(" not in name else name

# The noun right after a licence's name is its own, no next ask: what follows it ("in North
# Carolina preferred") qualifies it: "Professional Engineer (PE) license in North Carolina preferred".
_OWN_NOUN = re.compile(r"\s+(?:licen[cs]es?|licensure|certifications?|certificates?|registrations?)\b", re.I)

# Between a licence asked and a later one in its sentence: an "or" that opens another way to meet
# the first, with no "and" or semicolon after it starting a new ask ("PE license in North Carolina,
# or ability to obtain NC PE by comity"; "Colorado Journeyman Electrician license required (or a
# journeyman license from a reciprocal state, with Colorado license obtained within 90 days)";
# "Idaho PT license or eligible for Idaho licensure"; not "BLS required, or ACLS; and a CDL").
_ROUTE = re.compile(r"[^;]*?\bor\b(?:(?!\band\b|\bplus\b|\bas well as\b)[^;])*", re.I)


# A grade of a credential in its name, and a lower one the posting takes in brackets after it: "EPA
# Section 608 Universal certification (Type II at minimum)", "Class A CDL (at least Class B)".
_GRADE = r"\b(?:Universal|(?:Type|Class|Level)[ \t]+(?:IV|I{1,3}|[1-4A-D])\b)"
_GRADE_IN_NAME = re.compile(_GRADE, re.I)
_LOWER_GRADE_AFTER = re.compile(rf"\s*\(\s*(?:(?:at least|minimum(?: of)?:?)\s+(?P<first>{_GRADE})|(?P<then>{_GRADE})"
                                r"\s+(?:at (?:a )?minimum|minimum|or (?:higher|above|better)))\s*\)", re.I)


def _lower_grade(name: str, sentence: str, end: int) -> str:
    """The credential ``name`` in the lower grade the bracket at ``end`` takes in its place ("EPA
    Section 608 Type II certification"), or ""."""
    return _in_grade(name, _LOWER_GRADE_AFTER.match(sentence, end))


def lower_grade_taken(name: str, sentence: str) -> str:
    """The credential ``name`` (a grade of it: "EPA 608 Universal") in the lower grade a bracket of
    the posting's ``sentence`` takes in its place ("EPA Section 608 Universal certification (Type II
    at minimum)": "EPA 608 Type II"), or ""."""
    return _in_grade(name, _LOWER_GRADE_AFTER.search(sentence))


def _in_grade(name: str, lower: re.Match | None) -> str:
    grade = _GRADE_IN_NAME.search(name)
    if not (lower and grade):
        return ""
    return name[:grade.start()] + (lower.group("first") or lower.group("then")) + name[grade.end():]


# A stage of a credential taken in steps, in its place, after it: "CFA charter required (or Level III candidate)",
# "CFA charterholder or CFA Level II".
_STAGE_OR = re.compile(r"[ \t]*(?i:charter(?:holder)?[ \t]*)?(?i:(?:is[ \t]+)?(?:required|preferred|mandatory)[ \t]*)?"
                       r"[,(]?[ \t]*(?i:\bor[ \t]+(?:an?[ \t]+|be[ \t]+(?:an?[ \t]+)?)?)(?:[A-Z][A-Z0-9&]{1,6}[ \t]+)?"
                       r"(?i:level)[ \t]*(?P<level>III|II|I|[123])\b(?P<candidate>[ \t]+(?i:candidate)\b)?")
_LEVELS = {"I": 1, "II": 2, "III": 3, "1": 1, "2": 2, "3": 3}
# What a credential's name holds besides its letters: "CFA charter", "CPA license".
_CREDENTIAL_NOUN = re.compile(r"(?i)[ \t]+(?:charter(?:holder)?|licen[cs]e|licensure|certification|designation"
                              r"|credential)$")


def _stage_taken(name: str, sentence: str, end: int) -> str:
    """The stage of the credential ``name`` that the words at ``end`` take in its place, as a resume holds it: a
    level passed ("CFA Level II" of "CFA charter required (or Level III candidate)", a candidate for a level having
    passed the one below), or ""."""
    stage = _STAGE_OR.match(sentence, end)
    level = _LEVELS[stage.group("level")] - bool(stage.group("candidate")) if stage else 0
    return f"{_CREDENTIAL_NOUN.sub('', name)} Level {'I' * level}" if level else ""


def stage_taken(name: str, sentence: str) -> str:
    """The stage of the credential ``name`` (a row's skill: "CFA") that the posting's ``sentence`` takes in its
    place ("CFA charter required (or Level III candidate)": "CFA Level III candidate"), or ""."""
    at = sentence.find(name)
    return _stage_taken(name, sentence, at + len(name)) if at >= 0 else ""


def _licences(sentence: str, nice: bool, asked: bool = False, item: bool = False) -> list[Knockout]:
    out = []
    alternative_end = 0   # where the last "or be eligible to transfer license ..." ends
    asked_end = -1   # where the name of the last licence asked ends
    denied = denied_spans(sentence)
    for group in R.licence_choices(sentence, asked, item):
        start, end = group[0][1], group[-1][2]
        if any(s <= start < e for s, e in denied):
            continue   # an ask taken back: "(no CDL required)", "No certification required - we train!"
        if start < alternative_end:
            continue   # the licence an alternative names ("transfer license") is that alternative
        if asked_end >= 0 and _ROUTE.fullmatch(sentence, asked_end, start):
            # another way to the licence asked before it ("or ... by comity"), no ask of its own;
            # a credential named there is one that meets it ("or National Registry EMT (NREMT) with ...")
            other = R.named_after_or(sentence, asked_end, group)
            if other and out and other not in out[-1].alternatives:
                out[-1].alternatives = (out[-1].alternatives or [out[-1].name]) + [other]
            continue
        noun = _SHARED_NOUN.match(sentence, end) or _OWN_NOUN.match(sentence, end)
        asked_end = noun.end() if noun else end
        clause = _clause(sentence, start, asked_end)
        # one of several ("CMA (AAMA) or RMA certification"): one knock-out, named as written,
        # each name once
        names = list(dict.fromkeys(_with_issuer(n, sentence, e) for n, _, e in group))
        name = names[0] if len(names) == 1 else sentence[start:end]
        # a licensed therapist is any of the licences of talk therapy ("licensed Outpatient Therapist": an LPCC), and
        # only those: its own words would take any therapist's credential ("Registered Respiratory Therapist")
        names = list(dict.fromkeys(licence for n in names for licence in (R.person_licences(n) or [n])))
        # the licensed person asked is met by the licence named by its noun too ("Licensed Real Estate Agent":
        # "Real Estate Agent license", as a resume writes it)
        names += [licence for n in list(names) if (licence := R.person_licence(n))]
        if name.count("(") > name.count(")"):   # "A (or B eligible)": the bracket closed
            close = sentence.find(")", end)
            name = sentence[start:close + 1] if 0 <= close - end <= 30 else name.replace("(", "", 1)
        # "(or ability to obtain within 90 days)": obtaining it is its own alternative, as
        # "CPA-eligible" is; no resume shows it, so without the licence the ask is one to check
        obtain = R.OR_OBTAIN.match(sentence, noun.end() if noun else end)
        if obtain:
            names.append(obtain.group("alt").strip(" ,."))
            alternative_end = obtain.end()
        lower = _lower_grade(name, sentence, noun.end() if noun else end)
        if lower:
            names.append(lower)
        if stage := _stage_taken(name, sentence, noun.end() if noun else end):
            names.append(stage)
        # to be had after hire ("required within 6 months of hire"): not needed to apply; "or
        # ability to obtain it within 12 months" is the alternative above, to check
        later = not obtain and (R.AFTER_HIRE.search(clause) or _lead_in_after_hire(sentence, start))
        soft = _soft(clause) or _soft(_bracket_around(sentence, start, end))
        out.append(Knockout("licence", sentence, required=not (nice or soft or later), name=name,
                            places=R.licence_places(sentence[end:end + 40]) or R.licence_state_before(sentence, start),
                            alternatives=names if len(names) > 1 else []))
    return out


@lru_cache(maxsize=65_536)
def posting_degree_levels(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """``degree_levels`` of a posting's sentence, kept: several readers, and the checklist of
    each request that reads the posting, ask it again.  Never for a resume's text."""
    return tuple(degree_levels(sentence))


_READERS = (_years, _degree, _clearance, _citizenship, _sponsorship, _workplace, _residence, _graduation)


def degree_knockout(sentence: str, nice: bool = False) -> Knockout | None:
    """The degree knock-out of ``sentence_knockouts``, read alone (no other reader gives one)."""
    found = _degree(sentence, nice)   # most sentences name no degree: the screen comes second
    return found if found is not None and R.screened(sentence) else None


def sentence_knockouts(sentence: str, nice: bool = False, job: str = "") -> list[Knockout]:
    """The knock-outs one sentence states; ``nice``: it sits under a "Nice to have" heading;
    ``job``: the posting's title, when the sentence is an item of its requirements list, where
    a credential that names the job is asked though no word says so ("Phlebotomy certification:
    CPT (NHA), PBT (ASCP), or RPT (AMT)" for a Phlebotomist)."""
    if job and R.bare_credentials(sentence):
        # an item of the requirements list that only names credentials asks them: "- RD/RDN", "- CFI, CFII, MEI"
        return _licences(sentence, nice, asked=True)
    if not R.screened(sentence):
        return _jobs_own(sentence, nice, job)
    found = [k for reader in _READERS if (k := reader(sentence, nice))]
    either = _degree_or_credential(sentence, nice)
    if either is None:
        # a licence the degree knock-out takes in its place is asked with it ("CPA or MBA
        # preferred": not a CPA required besides)
        offered = [name for k in found if k.kind == "degree" for name in k.alternatives]
        found += [k for k in _licences(sentence, nice, item=bool(job)) if not _offered(k.name, offered)]
        if any(k.kind == "licence" for k in found):
            return found
        return found + [k for k in _jobs_own(sentence, nice, job) if not _offered(k.name, offered)]
    # the certificate offered in place of the degree is asked only with it, as is a licence read alone that
    # names it among others ("Early Childhood Education or CDA credential" of "Associate's degree in Early
    # Childhood Education or CDA credential": the degree's field read as a second credential)
    return found + [either] + [k for k in _licences(sentence, nice, item=bool(job))
                               if not any(_offered(name, either.alternatives) for name in [k.name, *k.alternatives])]


# Words for a role that many jobs share, which name no job's credential alone: "Pharmacy
# Technician" and "Ophthalmic Technician" share "technician".
_ANY_ROLE = frozenset("technician technologist specialist assistant associate operator worker officer agent aide "
                      "i ii iii iv".split())


def _jobs_own(sentence: str, nice: bool, job: str) -> list[Knockout]:
    """The licence a requirements item names, read as asked, that names the posting's ``job``:
    every word of its name is one of the title's, by its stem ("Phlebotomy certification" for
    "Phlebotomist I", "Journeyman Lineworker certificate" for "Journeyman Lineworker -
    Distribution"), one of them more than a word for any role; not a vendor's certification
    of the work ("Google Cloud Professional Data Engineer" for a Data Engineer)."""
    if not job:
        return []
    head = re.split(r"\s+[-–—|/]\s+|\s*[(,:]", job)[0]
    stems = {work_stem(w) for w in re.findall(r"[a-z]{4,}", head.lower()) if w not in NO_WORK_ROLE}
    for k in sorted(_licences(sentence, nice, asked=True) + _by_standing(sentence, nice),
                    key=lambda k: sentence.find(k.name)):
        at = sentence.find(k.name)
        words = [w for w in re.findall(r"[a-z][a-z0-9+&]+", _NOT_JOB_WORDS.sub(" ", re.sub(r"\([^()]*\)", " ", k.name))
                                       .lower()) if w not in ("in", "of", "the", "and", "or", "for", "an")]
        if words and all(any(same_work(work_stem(w), b) for b in stems) for w in words) \
                and set(words) - _ANY_ROLE and not _PEOPLE.search(k.name) \
                and not (at >= 0 and _LEARNERS_AFTER.match(sentence, at + len(k.name))):
            return [k]   # the first that names the job: "Registered Dietitian (RD)", not "Dietetic Registration"
    return []


# The words of a credential's name that say what it is, not which work: its noun, its standing.
_NOT_JOB_WORDS = re.compile(r"(?i)\b(?:licen[cs]e[sd]?|licensure|certifi\w*|certificates?|credential\w*|registrations?"
                            r"|registered|state|board)\b")


# A credential named by its standing and its job's words: "Registered Veterinary Technician",
# "Registered Dietitian (RD)"; the letters it goes by elsewhere in brackets after it ("or
# credentialed in another state (CVT, LVT, RVT)").
_STANDING = re.compile(r"\b(?:Registered|Certified|Licensed|Credentialed)(?:[ \t]+[A-Z][a-z][\w-]*){1,3}"
                       r"(?:[ \t]*\([A-Z]{2,5}\))?")
_CODES = re.compile(r"\(([A-Z]{2,5}(?:\s*(?:,|/|\bor\b)\s*(?:or\s+)?[A-Z]{2,5})*)\)")
# A credential's name that ends in the people who hold it, not the credential: "our Registered
# Veterinary Technicians"
_PEOPLE = re.compile(r"[a-z](?<!s)s\b[^\w]*$")
# ... or that the people learning it follow: "Certified Veterinary Assistant students".
_LEARNERS_AFTER = re.compile(r"\s+(?:students?|trainees?|interns?|candidates?)\b", re.I)


# A name right before the standing that makes the credential a vendor's: "AWS Certified Solutions Architect".
_VENDOR_BEFORE = re.compile(r"(?<![\w-])(?!(?:Current|Active|Valid|Must|Be|A|An|The|Hold|Have|Or)\b)"
                            r"[A-Z][\w+&-]*[ \t]+$")


def _by_standing(sentence: str, nice: bool) -> list[Knockout]:
    """The credential a requirements item names by its standing (``_STANDING``), the first."""
    m = next((m for m in _STANDING.finditer(sentence) if not _VENDOR_BEFORE.search(sentence, 0, m.start())), None)
    if not m:
        return []
    codes = [c for bracket in _CODES.findall(sentence) for c in re.split(r"\s*(?:,|/|\bor\b)\s*", bracket)]
    name = m.group(0)
    others = [c for c in dict.fromkeys(codes) if c and c not in name]
    return [Knockout("licence", sentence, required=not (nice or _soft(sentence)), name=name,
                     places=R.licence_places(sentence[m.end():m.end() + 40]),
                     alternatives=[name, *others] if others else [])]


def _offered(name: str, offered: list[str]) -> bool:
    """Whether a licence read alone is one of those offered in place of a degree, or part of
    one's name ("A+ certification" of "CompTIA A+ certification")."""
    return any(name in other for other in offered)


def _heading_kind(line: str) -> str | None:
    """The kind of section a heading line opens ("" when it names none we know), None for body text."""
    body = line.strip().lstrip("#").strip()
    words = body.rstrip(":").split()
    if not words or is_bullet(line.strip()) or len(words) > 6 or len(body) > 60 or body[-1] in ".!?" \
            or body[0].isdigit() or asks_named(body):
        return None
    kind = heading_kind(body.rstrip(":"))
    if kind is None and not body.endswith(":"):
        return None
    return kind or ""


# A line cut at a degree's abbreviation, the rest of its sentence on the next line in lower case:
# "In addition to meeting the formal Ph.D ." / "study enrolment criteria at the Faculty ...",
# "A Ph.D ." / "stipend to which the Research Assistant can apply ...".
_CUT_AT_ABBREVIATION = re.compile(r"\b(?:Ph\.?\s?D|[BM]\.?\s?Sc|[BM]\.\s?[AS]|M\.?B\.?A)\s*\.\s*$", re.I)


def _joined_lines(text: str) -> list[str]:
    """The text's lines, a line cut at a degree's abbreviation joined to the line that goes on
    with its sentence (``_CUT_AT_ABBREVIATION``)."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        cut = _CUT_AT_ABBREVIATION.search(out[-1]) if out else None
        if cut and line[:1].islower():
            out[-1] = out[-1][:cut.end()].rstrip(" .") + " " + line
        else:
            out.append(line)
    return out


def _take_route(sentence: str, said: list[Knockout], asked: list[Knockout], earlier: list[list[Knockout]]) -> None:
    """A way in ``sentence`` offers in place of a licence its item requires (``R.licence_route``:
    "RRT required. CRT with RRT obtained within 12 months of hire may be considered") is kept with
    each required licence asked before it (``asked``: those of the item's earlier sentences, which
    this sentence's join); a licence the way itself names ("CRT", "AMT certification accepted") is
    no ask of its own.  A way in an item of its own is kept with the licences the items ``earlier``
    in its section ask (``_way_for``)."""
    found = R.licence_route(sentence)
    before = [k for k in said if k.kind == "licence" and k.required]
    at = {id(k): sentence.find(k.name) for k in before}
    if found is not None and (asked or any(at[id(k)] < found[1] for k in before)):
        route, start = found
        for k in before:
            if at[id(k)] >= start:
                k.required = False
        before = [k for k in before if at[id(k)] < start]
        for k in asked + before:
            k.route = k.route or route
    elif found is not None and (owners := _way_for(found[0], earlier)):
        for k in before:
            k.required = False
        for k in owners:
            k.route = k.route or found[0]
    asked += before


# A licence's letters, which a way in names it by: "RRT" in "CRT will be considered with RRT obtained within 12 months".
_LETTERS = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")


def _way_for(route: str, earlier: list[list[Knockout]]) -> list[Knockout]:
    """The licences asked in the items ``earlier`` in a section that a way in an item of its own is
    for: those whose letters it names ("- RRT ... required" / "- CRT will be considered with RRT
    obtained within 12 months"), else the one licence the item right before it asks ("- ASCP
    certification required" / "- AMT certification accepted"); none after two ("- BLS and ACLS
    required" / "- PALS accepted") or where other items stand between."""
    named = set(_LETTERS.findall(route))
    owners = [k for item in earlier for k in item if named & set(_LETTERS.findall(k.name))]
    return owners or (earlier[-1] if earlier and len(earlier[-1]) == 1 else [])


class _Ways:
    """The ways to qualify of one section, read line by line (``R.ROUTE``): a line that opens a second
    way ("OR Education: Ph.D. or equivalent doctoral degree") asks nothing of all, its degree, years
    and licences not required, and its lowest degree stands in for the years the way before it asks
    (as "a degree ... and/or 5 years' experience" does); "any equivalent combination of education and
    experience" makes the degrees asked before it in the section optional, and is the way (``route``)
    in place of the years asked before it: short of them, they are to check."""

    def __init__(self) -> None:
        self.read: list[Knockout] = []      # this line's knock-outs, then (``line_read``) the section's
        self.section: list[Knockout] = []
        self.years: list[Knockout] = []     # the required years of the way before a route
        self.next_is_route = False          # "...; OR" / "-OR-": the next line opens a way

    def line_read(self, line: str) -> None:
        """Take the knock-outs ``read`` from ``line``: those of a way it opens (at its start, after a
        line that left one open, or after a sentence: "... Federal service. OR Education: ...") asked
        of none."""
        found = R.ROUTE.search(line)
        at = 0 if self.next_is_route else found.start() if found else None
        self.next_is_route = R.leaves_way_open(line, self.next_is_route)
        if self.next_is_route and at is None:
            # the first of the ways, leaving the next open ("- Associate's degree or higher, OR" / "- 48 semester
            # hours of college coursework, OR" / ...): its degree is one way, asked of none
            for k in self.read:
                k.required = k.required and k.kind != "degree"
        first = [k for k in self.read if at is None or 0 <= line.find(k.sentence) < at]
        way = [k for k in self.read if not any(k is f for f in first)]
        self.years = [k for k in first if k.kind == "years" and k.required] or self.years
        if at is not None:
            for k in way:
                k.required = k.required and k.kind not in ("degree", "years", "licence")
            levels = [k.level for k in way if k.kind == "degree" and rank_of(k.level, DEGREE_LEVELS) >= 0]
            if levels:
                lowest = min(levels, key=lambda lv: rank_of(lv, DEGREE_LEVELS))
                for k in self.years:
                    if not k.level or rank_of(lowest, DEGREE_LEVELS) < rank_of(k.level, DEGREE_LEVELS):
                        k.level = lowest
            if R.COMBINATION.search(line, at):
                # after a comma, the way of its own line's asks alone ("5+ years of nursing experience" / ... /
                # "BSN, or an equivalent combination of education and experience": the BSN's, not the years')
                comma = found is not None and at == found.start() and line[:at].endswith(",")
                for k in first if comma else self.section + first:
                    k.required = k.required and k.kind != "degree"
                    if k.kind == "years" and k.required:   # the way in the years' place: short of them, to check
                        k.route = k.route or line[at:].strip().lstrip("-•*( \t")
        for sentence in split_sentences(line):
            if R.EXPERIENCE_SUBSTITUTES.search(sentence):
                # "Two years of directly related experience may substitute for the degree.": the degrees asked
                # before it are optional, and its years take the lowest in their place
                degrees = [k for k in self.section + self.read if k.kind == "degree" and k.sentence != sentence
                           and rank_of(k.level, DEGREE_LEVELS) >= 0]
                for k in degrees:
                    k.required = False
                for k in self.read:
                    if k.kind == "years" and k.sentence == sentence and degrees and not k.level:
                        k.level = min((d.level for d in degrees), key=lambda lv: rank_of(lv, DEGREE_LEVELS))
        self.section += self.read
        self.read = []


def posting_knockouts(text: str, location: str = "", remote: bool | None = None, title: str = "") -> list[Knockout]:
    """Every knock-out statement of a posting's whole text, in text order, one entry per statement
    (a sentence naming two licences gives one entry for each).  When the text names no workplace,
    the header's ``location`` / ``remote`` give one (mode "" when only a place is known); an
    on-site or hybrid workplace sentence that names no place takes the ``location``'s places.
    ``title`` (else the text's first line) tells a requirement's credential that names the job."""
    found: list[Knockout] = []
    title = title or next((line.strip() for line in (text or "").split("\n") if line.strip()), "")
    seen: set[tuple[str, str, str]] = set()
    phd_post = bool(R.PHD_POST.search((text or "")[:300]))
    section = ""
    listed = gap = False   # the section's bullet list has begun; a blank line followed it
    earlier: list[list[Knockout]] = []   # the required licences of the section's items, for a way in an item of its own
    ways = _Ways()
    for line in _joined_lines(text or ""):
        heading = _heading_kind(line)
        if heading is not None and R.way_label(line, ways.next_is_route):
            ways.line_read(line)   # "OR" / "Education:" / "Master's degree ...": the way's label, no heading
            continue
        if heading is not None and ":" not in line.rstrip(":"):
            # "The file must include:": a list of documents to enclose follows
            section = "documents" if not heading and R.DOCUMENTS.search(line) else heading
            listed, gap, earlier = False, False, []
            ways = _Ways()
            continue
        if not line.strip():
            gap = listed
            continue
        if is_bullet(line.strip()):
            listed, gap = True, False
        elif gap:
            # prose after a heading's list and a blank line is no longer under the heading
            # ("Nice to have" / "- Nuxt" / "" / "Must be authorized to work in the US.")
            section, listed, gap, earlier = "", False, False, []
        for_some = bool(R.FOR_SOME.match(line))   # "Lateral applicants: ...": asked of them alone
        asked: list[Knockout] = []   # the item's required licences, for a way in it offers after them
        for sentence in split_sentences(line):
            nice = section == "nice" and not R.required_anyway(sentence, R.SOFT) or for_some
            said = sentence_knockouts(sentence, nice=nice, job=title if section == "requirements" else "")
            _take_route(sentence, said, asked, earlier)
            for k in said:
                if k.kind == "years" and section == "company":
                    continue  # "About us": the company's years, asked of no one
                if k.kind == "degree" and section == "documents" and not any(
                        R.held_said(sentence, s, e) for _, s, e in posting_degree_levels(sentence)):
                    continue  # "• Grade transcripts and BSc/MSc diploma": a document to enclose
                if k.kind == "degree" and phd_post and k.level == "doctorate":
                    continue  # a PhD post's programme ("the formal Ph.D study enrolment criteria")
                key = (k.kind, k.sentence, k.name)
                if key not in seen:
                    seen.add(key)
                    found.append(k)
                    ways.read.append(k)
        ways.line_read(line)
        earlier.append(asked)
    title = next((line.strip() for line in (text or "").split("\n") if line.strip()), "")   # the text's own
    stated = [k for k in found if k.kind == "graduation" and (k.start or k.end) and k.sentence.strip() not in title]
    if stated or R.hiring_class(title):   # "Flight Attendant - Class of 2027": the class hired, no graduation
        # a window the posting states wins over a year its title gives ("Software Engineer, New
        # Grad (2025)" with "graduating between December 2024 and August 2025")
        found = [k for k in found if not (k.kind == "graduation" and k.sentence.strip() in title)]
    if any(k.kind == "sponsorship" and k.offered for k in found):
        # a posting that offers sponsorship ("Sponsorship may be considered") may take one who
        # needs it whatever its citizenship sentence says: to check, not a blocker
        for k in found:
            if k.kind == "citizenship":
                k.offered = True
    if location.strip():
        # A workplace sentence that names no place ("Hybrid, 3 days in office", "Cloudmint
        # Analytics - San Francisco, CA (Hybrid)" read as prose) speaks of the posting's own
        # location: an on-site or hybrid job there needs a seeker who would work there.
        for k in found:
            if k.kind == "workplace" and not k.places and k.mode != "remote":
                k.places = R.known_places(location.strip())
            # a distance from a place named without its state ("of our Tulsa office") or none ("of our yard"):
            # the posting's location, where it names that place
            # or local to a place it does not name ("Local candidates only")
            if k.kind == "residence" and k.radius_km and not k.places and (
                    (near := R.residence_radius(k.sentence)) or R.LOCAL_ONLY.search(k.sentence)):
                named = near[2] if near else ""
                if not named or named.lower() in location.lower():
                    k.places = R.known_places(location.strip())[:1]
    if not any(k.kind == "workplace" for k in found) and (location.strip() or remote is not None):
        mode = {True: "remote", False: "onsite"}.get(remote, "")
        where = location.strip()
        found.append(Knockout("workplace", where or mode, mode=R.work_mode(where) or mode,
                              places=R.place_list(where) if where else []))
    return found
