"""The checklist: each requirement of a posting, Covered, Partly covered or Missing by
the resume line that shows it best, quoted verbatim.

A requirement's credit from one resume line is half its dense similarity
(mapped to 0..1 between the model's thresholds) and half the share of the
requirement's words (by IDF) the line uses, or the share of its skills the
line names, whichever is more; its skills may stand on several lines, each
quoted, years of the job's own work are shown by the roles like the posting
(each quoted), and no line covers years asked that those roles do not reach
(it shows the work, not the years: partly covered at most; a line about a course
still under way shows none of it), a degree only by
the resume's degrees, a grade point average only by the one it states, and a
certification or licence only by a line that names it (progress toward one by a step to it too:
"Passed CFA Level I" for "progress toward CFA"); a bare list of skills shows an ask
of their use partly ("Hands-on experience with Apache Spark"); a line naming only a broader skill
than one asked shows that one partly ("Welding" for "pipe welding"; no credential shows
another); a requirement naming a skill that no line names is partly covered at most, and
one naming some of the skills it asks together ("Procore, Bluebeam and Microsoft Office" by
a Bluebeam line) partly at least; so is one that asks a thing of its own beside them, which no line
says ("Strong math skills and customer service" by a line naming customer service: ``own_parts``).
A must-have is read without its softened add-on ("BLS and ACLS required; CCRN preferred":
``asked_part``); names the taxonomy does not know, where it asks nothing else by name ("92A or
92Y", "GCSS-Army"), are shown by a line naming them (``offered_names``); an internship by a role
held as an intern; a sum of money asked ("$300M+") by a line stating as much, or partly; hours
asked ("1,500 hours total flight time") by a line stating as many of their kind (``hours``); an amount
with a unit ("40 WPM", "lift 50 lbs", "travel up to 50%") by the one a line states (``measures``); a
rotation ("14/14 rotation") by one a line states worked (``rotations``); work
asked in words resumes do not use ("presenting to elected or appointed boards", "sales goals") by a line
doing it ("present at City Council hearings", "top seller": ``duties``).
A line that says nothing but education (a degree, its school, its dates: ``education_lines``)
shows only what asks study (a degree, a field, coursework, a GPA); anything else only through
the field studied or a skill it names, partly.  A line of the negated kind ("Unarmed ...",
"non-sterile ...") does not show the kind asked (``negated_lines``).  A row too long to be one
requirement (``holds_several``: a block pasted on one line) is partly covered at most.
A soft ask, one that asks only qualities ("Excellent communication skills", "Strong attention to
detail": ``matcher.ranking.qualities``), is shown by lines that do the quality ("Presented quarterly
results to the board"), by the share of its qualities they show; a line that only names it or is
like it shows it partly at most, and with none it is "not shown" (``NOT_SHOWN``), never a must-have
missing: it counts in no hold and weighs in coverage as a nice-to-have.
Coverage weighs must-haves 1 and
nice-to-haves 0.35, each also by how much its words say (their IDF mass), so
"Rust" outweighs "good communication"; conditions of the work ("Able to lift 50
lbs") are listed for the seeker to confirm and weigh nothing.  The checklist
explains the score and its coverage is one of the score's six signals
(``matcher.ranking.signals``); it also holds the score below "likely fit" while
most must-haves are missing (soft asks aside), a licence asked is one the resume says is not held,
or the resume does not name the job's own licence (``cap_reason``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from matcher.eligibility.levels import (
    DEGREE_LEVELS,
    GRADUATE_CERTIFICATE,
    SCHOOL_WORDS,
    US_STATE_BY_CODE,
    US_STATE_CODES,
    US_STATE_NAMES,
    degree_levels,
    in_field,
    rank_of,
    us_states,
)
from matcher.eligibility.verdict import Check
from matcher.postings.choices import SUITES, skill_alternatives
from matcher.postings.kinds import (
    ON_FEET,
    ON_SITE_IN,
    REMOTE_IN,
    SCREEN_GENERIC,
    age_asked,
    asked_part,
    screen_asked,
    screen_shown,
)
from matcher.postings.knockout_rules import (
    ASKS_LEADING,
    COMBINATION,
    DEGREE_OPTIONAL,
    LOCAL_ONLY,
    OR_OBTAIN,
    ROUTE,
    TERRITORY,
    local_to,
    offers_ways,
    residence_radius,
    residency_places,
    work_mode,
    work_places,
)
from matcher.postings.knockouts import (
    degree_for_years,
    degree_knockout,
    lower_grade_taken,
    posting_degree_levels,
    stage_taken,
)
from matcher.postings.parse import Requirement
from matcher.postings.years import (
    NO_WORK_ROLE,
    does_work,
    first_part,
    kinds_of_work,
    main_work,
    settings_asked,
    work_done_to,
    work_stem,
    work_stems,
)
from matcher.ranking.assistants import professions_asked
from matcher.ranking.duties import duty_asked, duty_lines
from matcher.ranking.fluency import cefr, level_asked, level_said, level_shown
from matcher.ranking.hours import hours_asked, hours_share
from matcher.ranking.joining import notice_asked, notice_flexible, notice_note, notice_shown
from matcher.ranking.lexical import idf, tokenize, word_forms
from matcher.ranking.measures import measures_asked, measures_shown
from matcher.ranking.qualities import SKILL_QUALITY, WRITTEN_IN, qualities_shown, shows_quality, soft_qualities
from matcher.ranking.rotations import rotation_asked, rotation_shown
from matcher.ranking.signals import (
    COMPLETION_ASKED,
    NOT_SHOWN,
    SERVICE_WORD,
    TO_CONFIRM,
    RequirementMatch,
    ResumeFeatures,
    musts_of,
    part_years,
    work_skills,
)
from matcher.resumes.credentials import licence_held, licence_to_come
from matcher.resumes.language import reads_as_english
from matcher.resumes.licences import (
    CANDIDATE_OF,
    HELD_FROM,
    JUNIOR,
    KNOWN,
    LICENSED_WORK,
    credential_ids,
    held_ids,
    lapsed_ids,
    said_not_held,
    says_held,
    stage_held,
)
from matcher.resumes.roles import dates_in
from matcher.skills.asking import skill_names
from matcher.skills.evidence import COMMON_WORD
from matcher.skills.taxonomy import (
    BILINGUAL,
    direct_parents,
    implied_skills,
    is_credential,
    is_kind_of_work,
    is_soft,
    is_spoken,
    taxonomy,
)
from matcher.text import JOB_WORD, job_kind, number_words

MUST_WEIGHT, NICE_WEIGHT = 1.0, 0.35
COVERED, PARTIAL = 0.65, 0.4
IMPLIED_CREDIT = 0.5   # a skill group a line shows only through the kind of a skill: partly


def skill_groups(requirement: Requirement, asked: str | None = None) -> tuple[tuple[str, ...], ...]:
    """The skills a requirement asks, as groups any one member of which is enough
    ("PostgreSQL or MySQL"); soft skills and English are left out: resumes show them in
    what they say, not by naming them.  ``asked``: what a must-have asks without its
    softened add-on (``asked_part``), when that is not its whole text."""
    if asked is not None and asked != requirement.text:
        return _kept(asked, _alternatives(asked, _skills_asked(requirement.text, asked, tuple(requirement.skills))))
    stored = requirement.alternatives
    alternatives = (tuple(tuple(group) for group in stored) if stored is not None
                    else _alternatives(requirement.text, tuple(requirement.skills)))
    return _kept(requirement.text, alternatives)


# An ask of progress toward a credential, not the credential itself: "progress toward CFA",
# "working towards the CFA charter", "pursuing the SPHR", "CPA candidate".
_ASKS_PROGRESS = re.compile(r"(?i)\b(?:progress(?:ing)?|working|studying|on track)\s+(?:towards?|for)\b|\bpursuing\b"
                            r"|" + CANDIDATE_OF)


def with_steps(text: str, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """``groups`` with each credential that ``text`` asks progress toward joined by the credentials
    it holds (the steps to it: the CFA's levels, PHR for the SPHR), any of which shows the progress."""
    if not groups or not _asks(_ASKS_PROGRESS, text):
        return groups
    return tuple(tuple(dict.fromkeys(group + tuple(step for name in group if is_credential(name)
                                                   for step in implied_skills([name], by_kind=False)
                                                   if is_credential(step))))
                 for group in groups)


_BILINGUAL = re.compile(r"(?i)\bbilingual\b")
# A language named as the one preferred of any two: "Bilingual a plus (Spanish preferred)".
_LANGUAGE_PREFERRED = re.compile(r"(?i)\b(?:preferred|ideally|especially|particularly|e\.g\.|such as|for example)")




@lru_cache(maxsize=65_536)  # a requirement stored without its alternatives, or a must-have's asked part
def _alternatives(text: str, skills: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(group) for group in skill_alternatives(text, list(skills)))


@lru_cache(maxsize=65_536)  # the postings shown come up again in the next requests
def _kept(text: str, alternatives: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    groups = [tuple(s for s in group if not is_soft(s) and s != WRITTEN_IN) for group in alternatives]
    if _BILINGUAL.search(text):
        # "Bilingual English/Spanish" asks both languages, not one of them; English, which the resume is
        # read in, goes without saying, and what is asked beside it is the other language, not any two
        # ("English; basic Polish" is bilingual, and shows nothing of Spanish).
        groups = [(name,) for group in groups for name in group] if all(
            is_spoken(name) for group in groups if len(group) > 1 for name in group) else groups
        if any(is_spoken(name) for group in groups for name in group) and not _LANGUAGE_PREFERRED.search(text):
            groups = [group for group in groups if group != (BILINGUAL,)]
        # bilingual is two languages, English one of them: the others it lists are asked one of them, not all
        # ("Bilingual a plus (Spanish, Portuguese)" asks Spanish or Portuguese beside English)
        others = [group for group in groups if len(group) == 1 and group != (BILINGUAL,) and is_spoken(group[0])]
        if len(others) > 1:
            groups = [group for group in groups if group not in others] + [tuple(g[0] for g in others)]
    return tuple(g for g in groups if g)


@lru_cache(maxsize=8_192)
def _languages_only(groups: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every skill ``groups`` ask is a spoken language."""
    return bool(groups) and all(is_spoken(name) for group in groups for name in group)


@lru_cache(maxsize=8_192)
def _named_as(text: str, name: str) -> tuple[str, ...]:
    """How ``text`` writes the skill ``name`` ("Deutsch" for German), or the name itself."""
    return tuple(dict.fromkeys(m.surface for m in taxonomy().extract(text) if m.name == name)) or (name,)


def below_level(asked: str, groups: Sequence[Sequence[str]], features: ResumeFeatures) -> dict[int, str]:
    """The resume's lines that say a language ``asked`` at a level (``fluency``) is spoken at a
    lower one, each with the reason: "German (A2), English (fluent)" for "German at B2 level or
    higher": "German A2, B2 asked"; not a line that gives no level ("German") nor one at the
    level or above ("German: native speaker")."""
    sentences, found = features.resume.sentences, {}
    for name in _spoken_asked(taxonomy(), tuple(map(tuple, groups))):
        level = level_asked(asked, _named_as(asked, name))
        if level is None:
            continue
        surfaces = features.skills.get(name, [name])
        for i in features.lines_naming(name):
            if (shown := level_shown(sentences[i], surfaces)) is not None and shown < level:
                found.setdefault(i, f"{name} {level_said(sentences[i], surfaces)}, {cefr(level)} asked")
    return found


# A time a test or credential is asked within, counted back from today: "Completion of CPAT within the last 12
# months", "TB test within the past year", "a physical in the last two years".
_RECENT_ASK = re.compile(r"(?i)\b(?:with)?in\s+(?:the\s+)?(?:last|past|previous|prior)\s+"
                         r"(?:(\d{1,2}|one|two|three|four|five|six|twelve|eighteen|twenty-four)\s+)?(months?|years?)\b")
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "twelve": 12, "eighteen": 18,
           "twenty-four": 24}
# A line whose date is no past one: a role held to now, a credential current or expiring later.
_ONGOING = re.compile(r"(?i)\b(?:present|current(?:ly)?|now|ongoing|to date|exp(?:\.|ires?|iring|iration)?|valid"
                      r"|good (?:through|thru|until))\b")


def stale_lines(asked: str, sentences: Sequence[str], today: dt.date) -> dict[int, str]:
    """The resume's lines dated only before the time ``asked`` takes a test or credential within
    (``_RECENT_ASK``), each with the reason: "CPAT passed 2019" for "Completion of CPAT within the last
    12 months", read in 2026: "2019 shown, within the last 12 months asked".  A line's newest date counts,
    to the end of its year where it names no month; a line with no date, or one held to now or still valid
    ("expires 2027"), is none."""
    m = _RECENT_ASK.search(asked)
    if m is None:
        return {}
    count = int(m[1]) if m[1] and m[1].isdigit() else _COUNTS.get((m[1] or "one").lower(), 1)
    months = count * (12 if m[2].lower().startswith("year") else 1)
    said = " ".join(m.group().split())
    found = {}
    for i, line in enumerate(sentences):
        dates = dates_in(line)
        if not dates or _ONGOING.search(line):
            continue
        year, month = max(dates, key=lambda d: (d[0], d[1] or 12))
        if (today.year - year) * 12 + today.month - (month or 12) > months:
            found[i] = f"{year} shown, {said} asked"
    return found


@lru_cache(maxsize=65_536)  # every request reads the groups of each posting it explains
def _spoken_asked(tax, groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    """The spoken languages ``groups`` name, Bilingual aside, sorted (under the taxonomy ``tax``,
    which keys the cache): ("German",) of (("German",), ("SQL",))."""
    return tuple(sorted({name for group in groups for name in group if is_spoken(name, tax) and name != BILINGUAL}))


# A course or training a state mandates, named with the state: "California Infection Control and
# Dental Practice Act courses completed", "Texas Jurisprudence course", "Florida HIV/AIDS training"; or a
# clearance card it issues: "Arizona Level One Fingerprint Clearance Card" (another state's check is none).
_STATE_COURSE = re.compile(r"(?i)\b(?:courses?|coursework|training|(?:fingerprint[ \t]+)?clearance[ \t]+cards?)\b")


@lru_cache(maxsize=8_192)
def state_course(text: str) -> frozenset[str]:
    """The US states whose mandated course or clearance card ``text`` asks (named in full before the word
    for a course or the card), or none: "California Infection Control ... courses completed" -> {"California"}."""
    course = _STATE_COURSE.search(text)
    return frozenset(us_states(text[:course.start()])) if course else frozenset()


# Knowledge of OSHA's rules asked, not one of its cards: "Strong knowledge of OSHA 29 CFR 1910", "OSHA
# regulations", "29 CFR 1926 construction standards"; not "OSHA 10 certification required", "OSHA 30 card".
_OSHA_RULES = re.compile(r"(?i)\bOSHA\b|\bCFR[ \t]*19(?:10|26)\b")
_OSHA_CARD = re.compile(r"(?i)\bOSHA[ \t#-]*(?:10|30|500|501|510|511)\b|\b(?:10|30)[- ]?(?:hour|hr)\b"
                        r"|\b(?:certifi\w*|cards?|licen[cs]\w*|courses?|training|trained|outreach)\b")


def osha_standards_asked(text: str) -> bool:
    """Whether a requirement asks knowledge of OSHA's standards (``_OSHA_RULES``), not one of its cards."""
    return bool(_OSHA_RULES.search(text)) and not _OSHA_CARD.search(text)


# A standard of OSHA's by its number: "OSHA 1910.269", "29 CFR 1926", "1926 Subpart M".
_OSHA_STANDARD = re.compile(r"(?i)\b19(?:10|26)(?:\.\d+|\b)")


def osha_awareness_only(line: str) -> bool:
    """Whether ``line`` holds OSHA's 10-hour card and not its 30-hour one ("OSHA 10-Hour General Industry"), and
    names no standard in a part of its own beside the card ("OSHA 10; trained on OSHA 1910.269 and APPA Safety
    Manual" says that standard is known; "OSHA 10-Hour Construction (29 CFR 1926)" names the card's)."""
    held = held_ids(line) if "10" in line else frozenset()
    return "osha-10" in held and "osha-30" not in held and not any(
        _OSHA_STANDARD.search(part) and "osha-10" not in held_ids(part) for part in _PART.split(line))


def _names_state(line: str, states: frozenset[str]) -> bool:
    """Whether ``line`` names one of ``states`` in full or by its postal code in capitals."""
    return bool(us_states(line) & states) or any(
        re.search(rf"(?<![\w-]){code}(?![\w-])", line) for code, name in US_STATE_BY_CODE.items() if name in states)


def requirement_matches(requirements: Sequence[Requirement], similarities: np.ndarray,
                        features: ResumeFeatures, thresholds: tuple[float, float],
                        title_for: Callable[[str], np.ndarray] | None,
                        posting_title: str = "") -> list[RequirementMatch]:
    """Each requirement with the resume line that shows it best: ``similarities`` are the
    requirements' dense similarities to the resume's lines; ``title_for`` gives, for what a
    requirement asks, the title vectors its years compare the resume's roles with (the
    posting's, or the roles the ask names; None: the posting has no title)."""
    sentences = features.resume.sentences
    studied, negations = _read_once(features)
    dense = dense_credit(similarities, thresholds)
    reqs = []
    for j, req in enumerate(requirements):
        if (age := age_asked(req.text)) is not None:
            # an age asked: to confirm, as its knock-out check is; no line is read for it
            reqs.append(RequirementMatch(req.text, req.kind, TO_CONFIRM, 0.0, 0.0, None, list(req.skills), [],
                                         req.years, note=age_note(age)))
            continue
        asked = asked_part(req.text, req.kind)
        # progress toward a credential ("progress toward CFA (Level I passed)"): the steps to it show it too
        groups = with_steps(asked, skill_groups(req, asked))
        shows = group_shows(groups, features, asked)
        # Lines that cannot show it whatever their words: an education line, for what asks no
        # study (a skill it names, partly at most); a line of the negated kind ("Unarmed ..."
        # for "Armed ...").
        schooling = np.zeros(len(sentences), bool)
        if studied and not asks_study(asked):
            # an education line shows the field studied (its words or a skill it names), partly
            schooling[list(studied)] = True
            said = set(requirement_words(asked)[0])
            field_cap = np.zeros(len(sentences))
            field_cap[[k for k, fields in studied.items() if fields & said]] = PARTIAL
        negated = negated_lines(asked, sentences, negations)
        school, negating = bool(schooling.any()), bool(negated.any())
        if school and len(groups):
            shows[:, schooling] = np.minimum(shows[:, schooling], PARTIAL)
        if negating:
            shows[:, negated] = 0.0
        if levels := below_level(asked, groups, features):
            # a language spoken at a lower level than asked ("German (A2)" for "German at B2 level
            # or higher"): the line shows a start, partly
            below = sorted(levels)
            shows[:, below] = np.minimum(shows[:, below], PARTIAL)
        credits, wording = line_credits(asked, groups, similarities[j], features, thresholds, shows, dense[j])
        if levels:
            credits = credits.copy()
            credits[below] = np.minimum(credits[below], PARTIAL)
        named = names_beside_skills(asked) if groups else _spelled_out(asked, offered_names(asked))
        name_shows = names_shown(named, features, asked)
        if school and len(named):
            name_shows[:, schooling] = np.minimum(name_shows[:, schooling], PARTIAL)
        if negating:
            name_shows[:, negated] = 0.0
        if len(credits) and (trades := _trades_credentialed(asked, named)):
            # A credential of a trade the taxonomy does not know ("Journeyman Lineworker certificate
            # from a DOL-registered apprenticeship program"): a line that does not name the trade
            # holds another's ("Completed 5-year registered apprenticeship" of a plumber): its
            # words alike show next to nothing of it.
            naming = names_shown(trades, features, "").max(axis=0)
            credits = np.where(naming > 0, credits, np.minimum(credits, OTHER_TRADE))
        elif len(credits) and named and _credential_named(asked, named):
            # A credential by names the taxonomy does not know ("EVT certification", "ASE C1 certification"):
            # a line naming none of them (nor its name spelled out: "Certified Pool Operator (CPO)") holds
            # another ("EPA Section 609 MVAC certification"), and one naming some, part of it.
            share = np.add.reduce(name_shows, axis=0) / len(name_shows)
            credits = np.where(share >= 1, credits, np.minimum(credits, np.where(share > 0, PARTIAL, OTHER_TRADE)))
        if named and len(credits):
            # Names the taxonomy does not know and nothing else asked ("92A or 92Y", "Accubid, ConEst
            # or Trimble", "GCSS-Army"): a line naming one of a choice shows it, as a known skill would.
            credits = np.maximum(credits, np.add.reduce(name_shows, axis=0) / len(name_shows))
        credits = not_held_capped(asked, groups, credits, features)
        if len(credits) and _asks(_ASKS_PASSING, asked):
            # a practice for a test is no pass of it ("completed a practice pack test" for "Must pass the Work
            # Capacity Test"): partly at most, unless the line says a test was passed
            practising = [k for k, line in enumerate(sentences) if _PRACTICE.search(line) and not _PASSED.search(line)]
            if practising:
                credits = credits.copy()
                credits[practising] = np.minimum(credits[practising], PARTIAL)
        if _asks(_ASKS_INTERNSHIP, asked) and len(credits):
            # "Internship experience": shown by a role held as an intern or a co-op student, whose
            # title says so ("Software Engineering Intern"); fully where the item asks nothing
            # else its words name (no skill, no name), partly where it asks a field too.
            interned = intern_lines(features)
            # a line that names no internship shows the field it asks, not the internship
            # ("Senior Software Engineer" for "Internship experience in software engineering")
            saying = np.array([bool(_INTERN_TITLE.search(line)) for line in sentences], dtype=bool)
            if len(saying) == len(credits):
                credits = np.where(saying, credits, np.minimum(credits, PARTIAL))
            if len(interned):
                alone = not groups and not named and not _asks_more_than_internship(asked)
                credits[interned] = np.maximum(credits[interned], 1.0 if alone else PARTIAL)
        if len(credits) and not req.years and _asks(_ASKS_COLLEGE_TEACHING, asked):
            # teaching at a college, no years asked (theirs are the roles' below): an academic teaching line
            credits = np.maximum(credits, college_teaching(sentences, features.seeks))
        if len(credits) and _asks(_ASKS_PASSPORT, asked) and (held := _line_of(
                features.resume.credentials.sentences.get("passport"), sentences)) is not None:
            # A passport held ("Current U.S. passport.") shows "Must hold a passport valid for international
            # travel", partly where the ask names more ("... and willingness to travel 50%").
            credits = credits.copy()
            credits[held] = max(credits[held], PARTIAL if _asks_more_than_passport(asked) else 1.0)
        if len(credits) and (managed := managed_people(asked)):
            # People to manage asked ("Experience managing freelancers", "supervising drivers"): a line of one of
            # them ("Freelance photographer with 6 years of experience ...", "Truck driver") shares their word and
            # its vector is like the ask's, but it shows none of the managing: next to nothing by its words (a
            # skill asked it names still counts), unless it manages or leads too ("Hired and managed 4 freelance
            # editors"); a line leading a count of them shows it ("Managed 6 freelance writers" had read 0.44)
            credits = credits.copy()
            if len(one_of := _one_of_managed(managed, features)):
                by_skill = np.add.reduce(shows, axis=0) / len(shows) if len(groups) else np.zeros(len(credits))
                credits[one_of] = np.minimum(credits[one_of], np.maximum(by_skill[one_of], MANAGED_ONLY))
            credits[[k for k in features.leading_lines() if managed & features.lines[k]]] = 1.0
        if not req.years and len(credits) and _asks(ASKS_TO_LEAD, _LEADERSHIP_SERVED.sub(" ", asked)):
            # Leading others ("Ability to lead a small team", "Supervisory experience"): a line that
            # shows it (``ResumeFeatures.leading_lines``: "Led a squad of 9 operators", "NCOIC ...
            # SSG/E-6") covers it, or partly where the ask names more than leading ("... of warehouse staff").
            leading = sorted(features.leading_lines())
            credits = credits.copy()
            credits[leading] = np.maximum(credits[leading], PARTIAL if _asks_more_than_leading(asked) else 1.0)
        if len(credits) and (work := military_work(asked)) is not None:
            # Military work ("911 or military medic experience", "Prior military experience"): a line of
            # service (its words read with ``military``'s) covers it where it shows the work named
            # too ("Combat Medic, 68W, U.S. Army": medic), partly where it shows another.  Leadership is
            # shown by a line of service that leads ("Supply Sergeant / Warehouse NCOIC - U.S. Army"); a bare
            # list of skills serves nowhere ("..., GCSS-Army, forklift, team leadership").
            listed = set(_list_lines(features))
            serving = [k for k, words in enumerate(features.lines) if SERVICE_WORD in words and k not in listed]
            leading = features.leading_lines() if work and work <= _LEADING_ASK_WORDS else frozenset()
            credits = credits.copy()
            for k in serving:
                credits[k] = max(credits[k], 1.0 if work <= features.lines[k] or k in leading else PARTIAL)
        if len(credits) and _asks(_ASKS_PORTFOLIO, asked) and not _asks(_BOOK_OF_BUSINESS, asked):
            # Work to see asked ("Portfolio of e-learning work required"): the line linking the resume's
            # ("Portfolio (link)") shows it; what the work holds is the reader's to judge.  Another line shows
            # the work done, not work to see, partly at most ("Clips demonstrating news writing" by "6 years as a
            # newspaper reporter").
            linked = [k for k, line in enumerate(sentences) if _LINKED_WORK.search(line)]
            credits = np.minimum(credits, PARTIAL)
            credits[linked] = 1.0
        if len(credits) and (industries := industry_asked(asked)):
            # An industry asked ("Healthcare industry experience"): a role's line naming it ("Financial
            # Analyst, HCA Healthcare") covers it, as its words alone showed it partly.
            credits = credits.copy()
            # a skill of an industry given as one of them ("Banking" of "(banking, insurance, healthcare)") is shown
            # by a line naming another ("Front Range Insurance"): any one of them is asked
            given = [g for g, group in enumerate(groups) if all(frozenset(tokenize(name)) in industries
                                                                for name in group)] if len(industries) > 1 else []
            shows = shows.copy() if given else shows
            for start, end in features.own_lines():
                for k in range(max(start, 0), end):
                    if any(name <= features.lines[k] for name in industries):
                        credits[k] = 1.0
                        shows[given, k] = 1.0
        if len(credits) and req.kind == "condition" and ON_FEET.search(asked):
            # A posture held through the work ("Must be able to walk and stand for the entire 8-hour shift"): a
            # line naming the body at it shows it ("Patrol the building on foot"), not one naming a shift
            # alone ("Work graveyard shift (11pm-7am) and weekends"), whose hours say when, not how.
            credits = np.where([bool(_POSTURE.search(line)) for line in sentences], credits, 0.0)
        if len(credits) and req.kind == "condition" and _SCHEDULE.search(asked) and not _NOT_SCHEDULE.search(asked):
            # Hours of work asked ("Must be able to work 2nd shift and overtime as required"): a line naming a
            # shift, overtime or days off shows them ("Willing to work 2nd shift and overtime", "Comfortable on
            # 2nd and 3rd shift"), not one sharing the posting's other words ("QUALITY ASSURANCE TECHNICIAN" for
            # "The Quality Technician supports production on 2nd shift ... overtime as needed").
            credits = np.where([bool(_SCHEDULE.search(line)) for line in sentences], credits, 0.0)
        if len(credits) and (duty := duty_asked(asked)) is not None:
            # A kind of work asked in words resumes do not use (``duties``: "presenting to elected or
            # appointed boards", "Comfortable with sales goals"): a line showing it covers it ("present
            # at Planning Commission and City Council hearings", "top seller in Q2 2025"), one showing
            # its work only ("Presented findings to leadership", "Sold memberships") partly, as any
            # other line at most; not a line about the job sought.
            seeking = features.seeks if len(features.seeks) == len(sentences) else np.zeros(len(sentences), bool)
            shown, partly = ([k for k in lines if not seeking[k]] for lines in duty_lines(duty, sentences))
            credits = np.minimum(credits, PARTIAL)
            credits[partly] = PARTIAL
            credits[shown] = 1.0
        roles: list[int] = []
        ceiling = 1.0   # what no line can lift it above: partly, while the roles fall short of the years
        years_lines: list[int] = []   # the lines of roles that reach the years asked
        title = title_for(asked) if title_for is not None else None
        if req.years and title is not None and len(credits):
            # Years are shown by the roles that did the work (``years_credits``): a line that
            # names the skill or says the words shows the work, not the years, unless those
            # roles reach them.
            by_roles, related, share = years_credits(req.years, title, features,
                                                     [name for group in groups for name in group],
                                                     bool(ASKS_LEADING.search(first_part(asked))), asked,
                                                     posting_title)
            if all(is_kind_of_work(name) or not work_skills([name]) and settings_asked(asked)
                   and getattr(taxonomy().get(name), "category", "") != "practice"
                   for group in groups for name in group) or features.roles_doing(asked).any():
                # Years of the job's own work (no skill named, or only the kind of work: "5+
                # years of software engineering", or a broad one the setting it names says: "retail
                # pharmacy"; not a trade's practice, "commercial HVAC", whose line naming it is quoted beside
                # the role), or of a kind of work it names that a role's title does ("or teaching" for a
                # teacher): those roles' lines show them.
                credits, roles = np.maximum(credits, by_roles), related
            if share < 1:
                credits, ceiling = np.minimum(credits, PARTIAL), PARTIAL   # 4.2 years of the 5 asked: partly
            else:
                years_lines = related
            if other := _years_of_other_work(asked, groups, shows, features, related, posting_title):
                # A line stating years of other work ("Commercial lines underwriter with 4 years of underwriting
                # experience") shares only the years' words with the ask ("1+ year of real estate sales, leasing
                # or mortgage experience"): its vector is like any years ask's, and it shows none of it
                credits = credits.copy()
                credits[other] = np.minimum(credits[other], OTHER_WORK)
            if other := _roles_of_other_work(groups, shows, features, related):
                # The line of a role not among those doing the work holds years of other work, alike in its
                # words only: "Security Officer — Allied Guard Services — Jan 2021 to Present" showed "2+ years of
                # experience as a sworn law enforcement officer" partly (0.40) with 0.0 years in such roles
                credits = credits.copy()
                credits[other] = np.minimum(credits[other], OTHER_WORK)
        if req.years and len(credits) and (courses := sorted(features.studying() - set(map(int, features.role_lines)))):
            # A course still under way shows no years of work, not even partly: "HR Management
            # Certificate (in progress)" for "3+ years of HR generalist experience".
            credits, wording = credits.copy(), wording.copy()
            credits[courses] = wording[courses] = 0.0
        if len(credits) and _asks(_ASKS_EXPERIENCE, asked) and not _asks(_ASKS_TRAINING, asked) \
                and (trained := [k for k, line in enumerate(sentences) if _training_only(line)]):
            # Training had is no experience of the work: "Completed barback training (2025)" shows "Barback
            # experience required" partly at most, however alike its words (it had covered it, 0.76); a line
            # doing the work too ("...; cover the bar's ice and kegs on weekends") is read as before.
            credits = credits.copy()
            credits[trained] = np.minimum(credits[trained], PARTIAL)
        if len(credits) and _asks(COMPLETION_ASKED, req.text):
            # A programme still under way is not finished: "Veterinary Technology, A.A.S. - in
            # progress, expected May 2027" shows "Graduate of an AVMA-accredited ... program" partly.  Nor
            # is one shown by the work a role's lines say, however alike: "Perform dental cleanings, dental
            # radiographs and nerve blocks" under a veterinary technician's role is no "Graduate of a
            # CODA-accredited dental hygiene program"; the role's own line, a school's and a credential's may be.
            lines = sorted(features.studying()) + [k for start, end in features.own_lines()
                                                   for k in range(start + 1, end)
                                                   if not _SCHOOLING_LINE.search(sentences[k])]
            credits = credits.copy()
            credits[lines] = np.minimum(credits[lines], PARTIAL)
        degree = degree_credits(req.text, features) if len(credits) else None
        if degree is not None and offers_ways(req.text):
            # a degree asked as a second way to qualify ("... one year of specialized experience ...
            # OR Education: Ph.D. ..."): shown by the degree or by what shows the other way
            credits, degree = np.maximum(credits, degree), None
        elif degree is None and len(credits) and _degree_asked(req.text) is not None and not offers_ways(req.text) \
                and not (req.years and degree_for_years(req.text)):
            # A degree asked and none the resume names ("Coursework in accounting (no degree)"):
            # its words show the field, not the degree.
            credits = np.minimum(credits, PARTIAL)
        elif degree is None and len(credits):
            degree = gpa_credits(req.text, sentences)
        if len(credits) and title is not None and _asks(DEGREE_OPTIONAL, req.text):
            # A degree or "equivalent practical experience": roles like the posting's show the
            # experience, partly (how much is equivalent is for a person to judge), whatever
            # lesser schooling the resume names ("GED, 1995" beside 30 years in warehouses).
            _, related, _ = years_credits(1.0, title, features, title=posting_title)
            shown = credits if degree is None else degree
            shown[related] = np.maximum(shown[related], PARTIAL)
        if degree is not None and req.years and degree_for_years(req.text):
            # the degree or the years, either one ("Bachelor's degree or 2+ years of customer service experience"):
            # the degree's line shows it whole, as the roles that reach the years do
            credits = np.maximum(credits, degree)
        elif degree is not None:
            # a degree (a GPA) is shown by the resume's degrees (GPA), not by words; one asked with years beside it
            # ("BS with 3+ years or MS with 0-2 years of industry experience") is partly, while the roles fall short
            credits, roles = (np.minimum(degree, ceiling) if req.years else degree), []
        elif len(credits) and (school or negating):
            credits, wording = credits.copy(), wording.copy()
            if school:
                shown_by_name = np.maximum(shows.max(axis=0) if len(groups) else 0.0,
                                           name_shows.max(axis=0) if len(named) else 0.0)
                # (a scalar where the row names nothing: it applies to every schooling line alike)
                cap = np.maximum(np.minimum(shown_by_name[schooling] if np.ndim(shown_by_name) else shown_by_name,
                                            PARTIAL), field_cap[schooling])
                credits[schooling] = np.minimum(credits[schooling], cap)
                wording[schooling] = 0.0
            if negating:
                credits[negated] = wording[negated] = 0.0
                roles = [k for k in roles if not negated[k]]
                years_lines = [k for k in years_lines if not negated[k]]
        if len(credits) and (professions := professions_asked(asked)):
            # A professional asked ("NBCOT certification (OTR)", "Current Ohio OT license"): a line
            # of the profession's assistant ("NBCOT certified, COTA") shows another's credential
            assisting = features.assistant_lines(professions)
            credits = credits.copy()
            credits[assisting] = np.minimum(credits[assisting], OTHER_TRADE)
        if len(credits) and (states := state_course(asked)):
            # A course a state mandates ("California Infection Control and Dental Practice Act courses
            # completed"): a line that names neither the state nor its code shows the field, partly
            # ("Sterilization and OSHA infection control")
            elsewhere = [k for k, line in enumerate(sentences) if not _names_state(line, states)]
            credits = credits.copy()
            credits[elsewhere] = np.minimum(credits[elsewhere], PARTIAL)
        aware: list[int] = []
        if len(credits) and osha_standards_asked(asked):
            # Knowledge of OSHA's standards asked ("Strong knowledge of OSHA 29 CFR 1910"): a line of the 10-hour
            # card, an awareness course, shows them partly; the 30-hour card's, a supervisor's course, shows them
            aware = [k for k, line in enumerate(sentences) if osha_awareness_only(line)]
            credits = credits.copy()
            credits[aware] = np.minimum(credits[aware], PARTIAL)
        if stale := {} if req.years or not len(credits) else stale_lines(asked, sentences, features.resume.read_on):
            # A test or credential dated before the time asked ("CPAT passed 2019" for "Completion of CPAT
            # within the last 12 months"): one to take again, the line shows it partly
            credits = credits.copy()
            credits[list(stale)] = np.minimum(credits[list(stale)], PARTIAL)
            levels = levels | stale
        best = best_line(credits, wording, weak_lines(features, asks_study(asked))) if len(credits) else 0
        credit = float(credits[best]) if len(credits) else 0.0
        more: list[int] = []
        if roles and credit > 0 and np.isclose(credits[roles[0]], credit) and credits[roles[0]] > wording[best]:
            # The related roles add up to the years: the longest one quoted, the others beside it,
            # and the line whose words show the work when the role's line does not ("Volt Works,
            # Phoenix AZ (2016 - present)" beside "8 years commercial electrical: conduit bending").
            words = int(np.argmax(wording))
            beside = [words] if wording[words] >= PARTIAL > wording[roles[0]] and words not in roles else []
            best, more = roles[0], sorted(roles[1:] + beside)
        elif degree is None and years_lines and best not in years_lines:
            # The years come from roles: one of them that shows the work as well as the best
            # line is quoted ("HVAC Installer | ..." before an HVAC certificate's line).
            best = next((k for k in years_lines if np.isclose(credits[k], credit)), best)
        if len(groups) > 1 and len(credits):
            # Its skills on different lines: each line quoted.
            together, more = across_lines(shows, best)
            if together > credit:
                credit = max(credit, min(together, ceiling))   # lines each showing a skill: never the years
            else:
                more = []
            # the lines naming a skill of each group (a list of skills too, which shows its use partly)
            naming = np.zeros(shows.shape, dtype=bool)
            for g, group in enumerate(groups):
                naming[g, sorted(features.lines_showing(group))] = True
            if degree is None and ((shows >= 1) | naming).any(axis=1).any() and (shows.max(axis=1) < 1).any():
                # Some of the skills it asks together named ("Procore, Bluebeam and Microsoft
                # Office" by a Bluebeam line, "food cost control, ordering and inventory" by a list of
                # skills naming inventory), not all: partly covered, quoting a line that names one (the
                # most of them), not one whose words alone are like it.
                if not ((shows[:, best] >= 1) | naming[:, best]).any() and best not in years_lines \
                        and best not in roles:
                    named = ((shows >= 1) | naming).sum(axis=0)
                    best, more = int(np.lexsort((-credits, -named))[0]), []
                credit = min(max(float(credits[best]), PARTIAL), credit) if credit >= PARTIAL else PARTIAL
        if aware and all(k in aware for k in [best, *more]):
            credit = min(credit, PARTIAL)   # the standards' skills named by 10-hour cards alone: partly
        if len(groups) and len(named) and len(credits):
            # a name asked beside its skills ("Accubid and Procore") on a line of its own: quoted beside
            for row in name_shows:
                if row.max() >= 1 and not any(row[k] >= 1 for k in [best, *more]):
                    more = sorted(set(more) | {int(np.argmax(row))})
        status = status_of(credit)
        if status == "covered" and degree is None and years_lines and best not in years_lines:
            # The years come from roles: a role line is quoted (one that names a skill asked, else the
            # longest), the line that shows the work beside it, not a degree's or a licence's first.
            # (one that names a skill but holds too few of the years alone is no better than the longest)
            naming_roles = [k for k in years_lines if len(groups) and shows[:, k].max() > 0
                            and _role_years_on(k, features) >= req.years]
            role = (naming_roles or years_lines)[0]
            best, more = role, sorted(set(more + [best]) - {role})
        if status == "covered" and degree is None and len(years_lines) > 1 and best in years_lines \
                and best != years_lines[0] and _role_years_on(best, features) < req.years:
            # The years come from several roles, the one quoted short of them alone ("Underwriting Trainee /
            # Associate Underwriter", 1.1 of "5+ years commercial P&C underwriting"): the longest quoted, the
            # others beside it
            best, more = years_lines[0], sorted((set(more) | set(years_lines) | {best}) - {years_lines[0]})
        if status == "covered" and degree is None and not roles and len(credits) and (
                (shows.max(axis=1) < 1).any() or (name_shows.max(axis=1) < 1).any()):
            # A skill it names that no line names ("BLS, ACLS and PALS" without PALS): partly, never with the
            # full credit of its best line, at most the share of its skills and names some line names
            named = np.concatenate([shows.max(axis=1) >= 1, name_shows.max(axis=1) >= 1])
            status, credit = "partial", min(credit, max(PARTIAL, float(named.mean())))
        if status == "covered" and degree is None and not roles and not req.years and len(credits) and (
                parts := own_parts(asked)):
            # A part of its own joined by "and" that names no skill ("Strong math skills and customer
            # service"): a line whose words say it is quoted beside; with none, the lines show the rest,
            # not it: partly ("Table Games Dealer - blackjack, roulette, customer service").
            seeking = set(np.flatnonzero(features.seeks).tolist()) if len(features.seeks) == len(sentences) else set()
            unshown = 0
            for words in parts:
                saying = sorted(part_lines(words, features) - seeking)
                if not saying:
                    unshown += 1
                elif best not in saying and not set(more) & set(saying):
                    more = sorted(set(more) | {max(saying, key=lambda k: credits[k])})
            if unshown:
                share = 1 - unshown / (len(parts) + 1)
                status, credit = "partial", min(credit, max(PARTIAL, share))
        floor = _amount_asked(asked)
        if status != "covered" and floor is not None and degree is None and len(credits) and (
                reach := _sum_of_kind(asked, floor, sentences, credits)) is not None:
            # A sum asked of a kind ("securing grants of $50,000 or more") shown by a line stating as
            # much of that kind ("Won a $250,000 three-year award ... and a $120,000 NEA grant"): covered.
            status, credit, best, more = "covered", max(credit, COVERED), reach, []
        if status == "covered" and floor is not None and not _states_amount(sentences[best], floor):
            # A sum asked ("Multi-site P&L responsibility ($300M+)"): a line that states one as large
            # is quoted beside; with none, the line shows the work, not the size: partly.
            reaching = [k for k, line in enumerate(sentences) if k != best and _states_amount(line, floor)
                        and not (len(features.seeks) == len(sentences) and features.seeks[k])]
            if reaching:
                more = sorted(set(more + reaching[:1]))
            else:
                status, credit = "partial", min(credit, PARTIAL)
        measured = ""
        if (hours := hours_asked(asked)) and len(credits):
            # Hours asked ("1,500 hours total flight time"): shown by a line stating as many hours
            # of the kind asked (``hours_share``), partly by one stating fewer, by their share;
            # where no line states any, the words show the work, not the hours: partly at most.
            stated = hours_share(hours, sentences)
            if stated is None:
                status, credit = ("partial", min(credit, PARTIAL)) if status == "covered" else (status, credit)
            elif stated[0] >= 1:
                status, credit, best, more = "covered", 1.0, stated[1], [k for k in more if k != stated[1]]
            else:
                credit = min(credit, PARTIAL * stated[0])
                status, best, more = status_of(credit), stated[1], []
        if (days := notice_asked(asked)) is not None and len(credits) \
                and (stated := notice_shown(days, sentences, notice_flexible(asked))) is not None:
            # A notice period taken ("Notice period up to 30 days"): the line stating the seeker's
            # decides it by its days ("Notice period: 60 days": missing; "can join immediately": covered)
            status, best = stated
            credit, more = {"covered": 1.0, "partial": PARTIAL, "missing": 0.0}[status], []
            # a longer notice than taken says how long, as a measure does: the row's evidence is none when missing
            measured = notice_note(days, sentences[best]) if status != "covered" else ""
        if (rotation := rotation_asked(asked)) is not None and len(credits) and (stated := rotation_shown(
                rotation, sentences, features.seeks if len(features.seeks) == len(sentences) else ())) is not None:
            # A rotation asked ("Ability to work a 14/14 rotation"): the line stating one worked decides it,
            # of the same days covered ("(14/14 rotation)" beside a role), of other days partly ("21/21 rotation")
            status, best = stated
            credit, more = {"covered": 1.0, "partial": PARTIAL}[status], []
        if len(credits) and (amounts := measures_asked(asked)) \
                and (stated := measures_shown(amounts, asked, sentences)) is not None:
            # An amount with a unit asked ("Typing speed of 40 WPM or more", "Ability to lift 50 lbs",
            # "Travel up to 50%"): the line stating the resume's of that kind decides it by the amount
            # ("Typing speed: 28 WPM": missing, "28 WPM shown, 40 asked"; "can lift no more than 20 lbs": missing)
            status, best, measured = stated
            credit, more = {"covered": 1.0, "partial": PARTIAL, "missing": 0.0}[status], []
        if status == "covered" and holds_several(req.text):
            # A row that holds several requirements (a block pasted on one line): one line may
            # show some of them, never all it asks: partly.
            status, credit = "partial", min(credit, PARTIAL)
        soft = req.kind != "condition" and not req.years and bool(qualities := soft_qualities(asked, tuple(req.skills)))
        if soft:
            status, credit, best, more = _soft_row(qualities, credit, best, features)
        shown = status not in ("missing", NOT_SHOWN)
        reqs.append(RequirementMatch(
            req.text, req.kind, status, credit,
            float(similarities[j, best]) if len(credits) else 0.0,
            sentences[best] if shown else None,
            list(req.skills), [s for s in req.skills if s in features.skills], req.years,
            [sentences[k] for k in more] if shown else [], soft,
            measured or (levels.get(best, "") if shown and status == "partial" else "")))
    return [_screen_to_confirm(r, sentences) for r in reqs]


# The hours of work, asked or shown: shifts, overtime, nights and weekends, times of the day.  An ask of them
# naming the body, travel or where one lives is another condition, read by its own words.
_SCHEDULE = re.compile(r"(?i)\b(?:shifts?|overtime|weekends?|(?:over)?nights?|evenings?|holidays?|saturdays?"
                       r"|sundays?|on[- ]call|graveyard|\d{1,2}(?::\d{2})?[ \t]*(?:am|pm|a\.m|p\.m))(?!\w)")
_NOT_SCHEDULE = re.compile(r"(?i)\b(?:lift\w*|carry\w*|push\w*|pull\w*|stand\w*|walk\w*|sit|sitting|kneel\w*"
                           r"|bend\w*|climb\w*|travel\w*|driv\w*|commut\w*|live|reside\w*|relocat\w*|lbs?|pounds)\b")
# The body at work in a resume's line: "stood", "on my feet", "Patrol the building on foot", "walked the floor".
_POSTURE = re.compile(r"(?i)\b(?:stand\w*|stood|walk\w*|sit|sitting|sat|kneel\w*|knelt|bend\w*|bent|stoop\w*|climb\w*"
                      r"|on[ \t]+(?:my[ \t]+|our[ \t]+|their[ \t]+)?feet|on[ \t]+foot|foot[ \t]+patrols?)\b")


def _screen_to_confirm(row: RequirementMatch, sentences: Sequence[str]) -> RequirementMatch:
    """A row asking only screens before hire ("Must pass DOT drug screen") that no line covers ("Passed DOT
    drug screen, 2024" does): to confirm, as an age asked is, never missing nor partly shown."""
    if row.status == TO_CONFIRM or not (screens := screen_asked(row.text)):
        return row
    # covered only where its lines show every screen it asks, each by a line saying it was passed or holding the
    # credential it gives that the row names ("DOT Medical Card" for "Pass a DOT physical"), not by one that
    # shares a word ("Clearance: (clear)" for "Must clear a background check", "Good mechanical aptitude" for
    # "the Elevator Industry Aptitude Test"); "Must pass DOT physical and drug screen" is not covered by a "DOT
    # medical card" line, which shows the physical, not the drug screen: that is left to confirm
    unshown = screens
    if row.status == "covered" and row.evidence:
        quoted = [row.evidence, *row.evidence_more]
        showing = {}
        for screen in screens:
            given = _screen_credentials(row, screen)
            showing[screen] = next((line for line in (*quoted, *sentences) if screen_shown(line, [screen]) or (
                given and any(m.name in given for m in taxonomy().extract(line)))), None)
        unshown = [screen for screen, line in showing.items() if line is None]
        if not unshown and row.evidence in showing.values():
            more = [line for line in dict.fromkeys(showing.values()) if line not in quoted]
            return replace(row, evidence_more=[*row.evidence_more, *more]) if more else row
        unshown = unshown or screens
    return RequirementMatch(row.text, row.kind, TO_CONFIRM, 0.0, 0.0, None, row.skills, [], row.years,
                            note=screen_note(unshown))


def _screen_credentials(row: RequirementMatch, screen: str) -> set[str]:
    """The credentials that passing ``screen`` gives, as the row names them: its skills named in words of that
    screen that the resume holds ("DOT physical", the taxonomy's DOT medical card, for the screen "physical" of
    "Must pass DOT physical and drug screen").  The credential of one screen shows no other: a DOT medical card
    is no drug screen; nor is the skill a test tries a credential ("copyedited to Chicago Manual of Style" had
    covered "Must pass a copyediting test")."""
    words = {w.lower() for w in re.findall(r"[\w-]+", screen)} - SCREEN_GENERIC
    return {m.name for m in taxonomy().extract(row.text) if m.name in row.skills_found
            and words & {w.lower() for w in re.findall(r"[\w-]+", m.surface)}
            and getattr(taxonomy().get(m.name), "category", "") == "certification"}


def screen_note(screens: list[str]) -> str:
    """What a pre-employment screen asked reads on its row: for the seeker to confirm."""
    said = " and ".join(screens)
    return f"to confirm: the employer runs {'an' if said[:1] in 'aeiouAEIOU' else 'a'} {said} before hire; " \
           "a resume cannot show it"


def age_note(age: int) -> str:
    """What an age asked reads, on its row and its knock-out check: for the seeker to confirm."""
    return f"to confirm: the posting asks an age of {age} or older; matcher does not read ages"


def _soft_row(qualities: tuple[str, ...], credit: float, best: int,
              features: ResumeFeatures) -> tuple[str, float, int, list[int]]:
    """(status, credit, line, other lines) of a soft ask: the share of its qualities that resume lines
    show at work, each such line quoted ("Presented quarterly results to the board" for "Excellent
    communication skills"); a line that only says its words or is like it ("Excellent communicator"),
    partly at most: a quality is claimed, not shown, by naming it.  Below partly: not shown."""
    memo = features.memo.setdefault("qualities", {})
    sentences = features.resume.sentences
    if qualities not in memo:
        # no line about the job sought, nor an education line ("M.A. School Counseling"), shows work
        seeking = set(np.flatnonzero(features.seeks).tolist()) if len(features.seeks) == len(sentences) else set()
        memo[qualities] = qualities_shown(qualities, sentences, seeking | set(_read_once(features)[0]))
    lines = memo[qualities]
    doing = [k for k in lines if k is not None]
    share = len(doing) / len(lines)
    if doing and share >= min(credit, PARTIAL):
        credit, best, more = share, doing[0], sorted(set(doing[1:]) - {doing[0]})
    else:
        credit, more = min(credit, PARTIAL), []
    return (status_of(credit) if credit >= PARTIAL else NOT_SHOWN), credit, best, more


def _read_once(features: ResumeFeatures) -> tuple[dict[int, frozenset[str]], dict[str, frozenset[int]]]:
    """The resume's education lines and negated words, read once for the postings of a request."""
    if "schooling" not in features.memo:
        features.memo["schooling"] = education_lines(features), negated_words(features.resume.sentences)
    return features.memo["schooling"]


def add_on_skills(req: Requirement) -> list[str]:
    """The skills only a must-have's softened add-on names ("CCRN" of "BLS and ACLS required;
    CCRN preferred"): nice to have, whatever the must-have's row says."""
    asked = asked_part(req.text, req.kind)
    kept = set(_skills_asked(req.text, asked, tuple(req.skills)))
    return [s for s in req.skills if s not in kept]


@lru_cache(maxsize=65_536)
def _skills_asked(text: str, asked: str, skills: tuple[str, ...]) -> tuple[str, ...]:
    """``skills`` of a requirement less those only its softened add-on names."""
    if asked == text:
        return skills
    from matcher.skills.taxonomy import posting_mentions
    in_asked = {m.name for m in posting_mentions(asked)}
    if all(s in in_asked for s in skills):
        return skills   # the whole text need not be read again
    in_text = {m.name for m in posting_mentions(text)}
    return tuple(s for s in skills if s in in_asked or s not in in_text)


# A name the taxonomy does not know, by its form: a code or a product's name with a digit or a
# capital inside ("92A", "GCSS-Army", "ConEst", "M&A", "PE-backed"), or a capitalised word that is
# no everyday one, not where a sentence opens ("Accubid", "Trimble").  Sums of money ("$300M"),
# units ("10lbs", "10-hour shifts", "a 26-Ft truck"), ordinals and dotted abbreviations ("U.S.") are none.
_NAME_TOKEN = re.compile(r"(?<![\w&+#.$€£-])[A-Za-z0-9](?:[\w&+#.-]*[\w+#])?")
_NO_NAME = re.compile(r"\d[\d.,]*-?(?:[a-z]+|[KkMmBb]\+?)|(?:[A-Za-z]\.)+[A-Za-z]?|\d+"
                      r"|\d[\d.,]*-(?i:hours?|hrs?|days?|weeks?|months?|years?|lbs?|pounds?|f(?:oo|ee)?t|miles?|tons?)")
_LIST_JOIN = re.compile(r"(?i)(?:[ \t]+\d[\d.:-]*)?(?:[ \t]*(?:[,/&]|\band/or\b|\bor\b|\band\b|\bnor\b)[ \t]*)+")
RARE_NAME = 3.5   # Zipf frequency under which a capitalised word is a name, not an everyday word


def _is_name(token: str, opens: bool) -> bool:
    if _NO_NAME.fullmatch(token):
        return False
    coded = any(ch.isdigit() or ch in "&+#" for ch in token) or any(ch.isupper() for ch in token[1:])
    if coded and not token.isalpha():
        return any(ch.isalpha() for ch in token)
    if not token.isalpha():
        return False   # "Multi-site", "Inc.": words
    from wordfreq import zipf_frequency
    frequency = zipf_frequency(token.lower(), "en")
    if token.isupper() or coded:
        return frequency < COMMON_WORD   # "USW", "ConEst"; not "US", "UK"
    # a word English does not know is a name even where a sentence opens ("Accubid and Procore")
    return token[0].isupper() and (not opens or frequency == 0) and frequency < RARE_NAME


@lru_cache(maxsize=65_536)
def offered_names(text: str) -> tuple[tuple[str, ...], ...]:
    """The names a requirement asks that the taxonomy does not know, as groups any one
    member of which is enough: a list of names joined by "or" (or a slash) or given as examples ("e.g. Klaus,
    MaestroQA, Playvox") is a choice ("92A or 92Y", "Accubid, ConEst or Trimble"), one joined by "and" or commas
    only asks each
    ("GCSS-Army and SAMS-E"); a standard's number after a name leaves it on its list ("IEC 61010 or UL").
    None where it asks a degree: the resume's degrees show that."""
    if _degree_asked(text) is not None:
        return ()
    found = []
    for m in _NAME_TOKEN.finditer(text):
        token = m.group().rstrip(".")
        opens = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1] in ".:;(!?-•*"
        if not token or _known(token):
            continue
        # letters the requirement spells out are a name, however common as a word ("DE (Direct Endorsement)")
        named = _is_name(token, opens) or (token.isupper() and len(token) > 1 and _spells(text, m.start(), token))
        if named or (token[0].isupper() and token.isalpha()):   # a name, or a capitalised word that may join one
            found.append((m.start(), m.start() + len(token), token, named))
    runs: list[list[tuple[str, bool]]] = []   # the capitalised words one list holds, whether each is a name,
    choices: list[bool] = []                  # and whether "or" joins any of them
    commas: list[bool] = []                   # or commas alone
    previous = None
    for start, end, token, named in found + [(len(text), len(text), "", False)]:
        if runs and commas[-1] and _OR_AFTER.match(text, previous) and not _LIST_JOIN.fullmatch(text[previous:start]):
            choices[-1] = True   # the list goes on by "or" to a skill or words: "McLeod, TMW or a similar TMS"
        if not token:
            break
        gap = text[previous:start] if previous is not None else ""
        if runs and _LIST_JOIN.fullmatch(gap):
            runs[-1].append((token, named))
            choices[-1] = choices[-1] or bool(_OR.search(gap))
            commas[-1] = commas[-1] and gap.strip() == ","
        else:
            runs.append([(token, named)])
            choices.append(bool(_EXAMPLES_LEAD.search(text, 0, start)))   # examples: any one of them
            commas.append(True)
        previous = end
    out: list[tuple[str, ...]] = []
    for run, choice in zip(runs, choices):
        # a choice holding a name holds names: "Marriott, Hilton or IHG" (an opening word, an everyday one)
        names = [t for t, named in run if named or (choice and len(run) > 1 and any(n for _, n in run))]
        out += [tuple(names)] if choice and names else [(name,) for name in names]
    return tuple(dict.fromkeys(out))


_OR = re.compile(r"(?i)\bor\b|/")
# What before a list of names makes them examples, any one enough: "QA tools (e.g. Klaus, MaestroQA, Playvox)".
_EXAMPLES_LEAD = re.compile(r"(?i)(?:\be\.[ \t]?g\.?|\bsuch as|\bfor (?:example|instance))[ \t]*[:,]?[ \t]*\Z")
# "or" right after a list of names, joining it to an alternative that is no name: "McLeod, TMW or a similar TMS".
_OR_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]*or\b")
_AND_JOIN = re.compile(r"(?i)[ \t]*(?:,[ \t]*(?:and\b)?|&|\band\b)[ \t]*")


@lru_cache(maxsize=65_536)
def names_beside_skills(text: str) -> tuple[tuple[str, ...], ...]:
    """The names the taxonomy does not know (``offered_names``) that a requirement asks beside a skill
    it knows, joined to it by "and", "&" or a comma: each asked as the skill is ("Accubid and Procore",
    "Experience with Procore and Accubid"); not one offered in its place ("Accubid or Procore"), nor
    a word of a skill's own name ("Google Workspace"), nor an example in brackets, nor where a
    credential is asked."""
    if _asks(_ASKS_CERTIFICATE, text):
        return ()
    mentions = [(m.start, m.end) for m in taxonomy().extract(text)]
    if not mentions:
        return ()

    def beside(name: str) -> bool:
        for hit in re.finditer(rf"(?<![\w&+#-]){re.escape(name)}(?![\w&+#-])", text):
            start, end = hit.span()
            if any(a <= start < b for a, b in mentions) or text.rfind("(", 0, start) > text.rfind(")", 0, start):
                continue   # a word of a skill's name, or an example in brackets ("law (FLSA, FMLA, ADA)")
            for a, b in mentions:
                gap, last = (text[end:a], b) if a >= end else (text[b:start], end) if b <= start else ("", 0)
                # a comma list that "or" closes offers its names in each other's place: "GCIH, GCIA or CySA+"
                if _AND_JOIN.fullmatch(gap) and not (gap.strip() == "," and _OR_CLOSES.match(text, last)):
                    return True
        return False
    return tuple(group for group in offered_names(text) if any(beside(name) for name in group))


# The rest of a comma list up to the "or" before its last item: ", GCIA or", " or".
_OR_CLOSES = re.compile(r"(?i)(?:[ \t]*,[ \t]*(?!(?:and|or)\b)[\w.+#-]+(?:[ \t](?!(?:and|or)\b)[\w.+#-]+){0,2})*"
                        r"[ \t]*,?[ \t]+(?:and/)?or\b")


def _spells(text: str, at: int, letters: str) -> bool:
    """Whether the capitals ``letters`` at ``at`` stand beside their words in brackets, or in brackets
    after them: "DE (Direct Endorsement)", "Direct Endorsement (DE)" (``_initials_of``)."""
    after = re.match(r"[ \t]*\(((?:[A-Z][\w'’-]*[ \t]*){2,6})\)", text[at + len(letters):])
    before = re.search(r"((?:[A-Z][\w'’-]*[ \t]+){2,6})\([ \t]*\Z", text[:at])
    return any(m is not None and _initials_of(letters, m.group(1).split()) for m in (after, before))


def _known(token: str) -> bool:
    return taxonomy().get(token) is not None


# A credential asked, a certificate too ("Journeyman Lineworker certificate"); a trade named by a
# person's word the taxonomy does not know ("Lineworker", "Groundman", "Millwright" it knows).
_ASKS_CERTIFICATE = re.compile(r"(?i)\b(?:certificates?|certifications?|licen[cs]es?|licensure|credentials?"
                               r"|certified|cards?)\b")
_TRADE_NAME = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ian|man|men)")
OTHER_TRADE = 0.2   # what the words of a line show of a trade's credential it does not name


def _credential_named(requirement: str, named: Sequence[Sequence[str]]) -> bool:
    """Whether a requirement asks a credential by one of the names ``named``, the word for it right
    after the name ("EVT certification", "CPO (Certified Pool Operator) certification"), or a name
    spelled out as one held ("CSPT (Certified Compounded Sterile Preparation Technician)"), not a course
    or the work named ("Florida HIV/AIDS training for licensure")."""
    return any(re.search(rf"(?<![\w-]){re.escape(name)}(?:[ \t]*\([^()]*\))?[ \t]+(?i:certificat|licen[cs]|credential"
                         r"|designation|card|registration)", requirement) or _HELD_NAME.match(name)
               for group in named for name in group)


def _initials_of(letters: str, words: Sequence[str]) -> bool:
    """Whether ``letters`` are the initials of ``words`` in order, the first and the last among them, one
    word left out at most in between."""
    initials = "".join(w[0] for w in words).upper()
    if not (initials[0] == letters[0] and initials[-1] == letters[-1]) or len(initials) - len(letters) > 1:
        return False
    at = 0
    for ch in letters:
        at = initials.find(ch, at) + 1
        if not at:
            return False
    return True


# A name spelled out as a credential held: "Certified Compounded Sterile Preparation Technician".
_HELD_NAME = re.compile(r"(?:Certified|Registered|Licensed|Accredited)[ \t]+[A-Z]")


def _spelled_out(requirement: str, named: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """``named`` with each set of letters the requirement spells out in brackets before or after them,
    as a name too: "Certified Pool Operator (CPO)" -> ("CPO", "Certified Pool Operator"); the words of a
    spelling after them are no names of their own ("CSPT (Certified Compounded Sterile Preparation
    Technician)" asks CSPT, not "Compounded" and "Sterile")."""
    out, inside = [], set()
    for group in named:
        spelled = []
        for name in group:
            m = re.search(rf"((?:[A-Z][\w'’-]*[ \t]+){{{len(name)}}})\([ \t]*{re.escape(name)}[ \t]*\)", requirement)
            after = re.search(rf"(?<![\w-]){re.escape(name)}[ \t]*\([ \t]*((?:[A-Z][\w'’-]*[ \t]+){{{len(name) - 1},"
                              rf"{len(name) + 1}}}[A-Z][\w'’-]*)[ \t]*\)", requirement) \
                if name.isupper() and len(name) > 1 else None
            if name.isupper() and m and "".join(w[0] for w in m.group(1).split()).upper() == name:
                spelled.append(m.group(1).strip())
            if after is not None and _initials_of(name, after.group(1).split()):
                # (its letters the initials of the words, in order, one word's left out at most: "Certified
                # Compounded Sterile Preparation Technician" for CSPT)
                spelled.append(after.group(1).strip())
                inside |= set(after.group(1).split())
        out.append((*group, *spelled))
    return tuple(group for group in out if not set(group) <= inside)


def _trades_credentialed(requirement: str, named: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], ...]:
    """The names of trades among ``named`` (``offered_names``) whose credential a requirement asks
    ("Journeyman Lineworker certificate": ("Lineworker",)), or ()."""
    if not named or not _asks(_ASKS_CERTIFICATE, requirement):
        return ()
    return tuple(group for group in named if any(_TRADE_NAME.fullmatch(name) for name in group))


def names_shown(named: Sequence[Sequence[str]], features: ResumeFeatures, requirement: str) -> np.ndarray:
    """Groups x lines: 1 where the line names one of the group's names as a word (as written
    where it is short or in capitals: "92A", "PE"), not in a line about the job sought, and
    where a certification or licence is asked, only where the line says it is held."""
    sentences = features.resume.sentences
    shows = np.zeros((len(named), len(sentences)))
    if not named:
        return shows
    credential = _asks(_ASKS_HOLDING, requirement)
    listed = features.resume.credentials.licences
    for g, group in enumerate(named):
        for name in group:
            flags = 0 if len(name) <= 3 or name.isupper() else re.I
            # a model's number after a hyphen is of the name ("CRJ-200/700/900" names CRJ), a word is another's
            word = re.compile(rf"(?<![\w&+#-]){re.escape(name)}(?![\w&+#]|-(?!\d))", flags)
            qualified = _qualified_by(name, requirement)
            for i, line in enumerate(sentences):
                if word.search(line) and not (len(features.seeks) == len(sentences) and features.seeks[i]) and (
                        not credential or _holds_credential(line, [name], listed)) and (
                        qualified is None or qualified.search(line)):
                    shows[g, i] = 1.0
    return shows


# What an agency's letters name in a requirement, the word after them ("DOT drug screen", "DOT
# hours-of-service", "FAA medical"), which a line naming the letters must name too: "DOT Medical
# Card" shows no "DOT drug screen".  Not a credential's own word ("TWIC card", "DOT certification"),
# nor a word that only says what of it is asked ("PMP preferred", "HIPAA compliance").
_AFTER_LETTERS = re.compile(r"[ \t]*-?[ \t]*([a-z][a-z]{2,})")
_NUMBER_AFTER = re.compile(r"[ \t]*[-–]?[ \t]*(\d[\d.]*[A-Za-z]?)(?![\w])")
_NO_QUALIFIED = frozenset("""card cards certification certificate certified license licence licensed licensure
credential credentials designation designations endorsement endorsements required preferred experience knowledge
skills proficiency compliance compliant standards regulations rules requirements program programs training trained
course and or with from for the plus desired""".split())


@lru_cache(maxsize=4096)
def _qualified_by(name: str, requirement: str) -> re.Pattern | None:
    """The word an agency's letters qualify in a requirement (``_AFTER_LETTERS``), as a pattern
    of its stem a line must hold, or the number of its standard the line must hold too, or None."""
    if not (name.isalpha() and name.isupper() and 2 <= len(name) <= 6):
        return None
    m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w])", requirement)
    number = _NUMBER_AFTER.match(requirement, m.end()) if m else None
    if number is not None:   # a standard's number: "ASSE 5110" shows no "ASSE 6010"
        return re.compile(rf"(?<![\w.]){re.escape(number.group(1))}(?![\w])", re.I)
    after = _AFTER_LETTERS.match(requirement, m.end()) if m else None
    word = after.group(1) if after else ""
    if not word or word in _NO_QUALIFIED:
        return None
    return re.compile(rf"(?i)(?<![\w]){re.escape(work_stem(word.split('-')[0])[:5])}")


# A sum of money: "$300M+", "$5 million", "$250K", "€2.5bn".
_AMOUNT = re.compile(r"[$€£]\s?(\d+(?:[.,]\d+)*)\s*(k|m|mm|bn?|thousand|million|billion)?\b", re.I)
_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}


def _amounts(text: str) -> list[float]:
    out = []
    for m in _AMOUNT.finditer(text):
        digits = m.group(1).replace(",", "")
        try:
            out.append(float(digits) * _SCALE.get((m.group(2) or "").lower(), 1.0))
        except ValueError:
            continue
    return out


@lru_cache(maxsize=65_536)
def _amount_asked(requirement: str) -> float | None:
    """The least sum of money a requirement asks ("($300M+)", "budgets of $5 million or more"),
    the largest it names; None where it names none."""
    found = [a for m in _AMOUNT.finditer(requirement) if not _CEILING.search(requirement[:m.start()])
             for a in _amounts(m.group())]
    return max(found) if found else None


# A sum after these is a ceiling, not a size asked: "handling cash up to $5,000".
_CEILING = re.compile(r"(?i)\b(?:up to|under|less than|below|no more than|max(?:imum)?|within)\W*$")


def _states_amount(line: str, floor: float) -> bool:
    """Whether a line states a sum of money at least ``floor`` ("$380M revenue" for $300M)."""
    return any(a >= floor for a in _amounts(line))


# The words naming what a sum asked is of: up to three before it ("securing grants of $50,000"), the
# small ones and the size's own words left out.
_SUM_OF = re.compile(r"(?i)((?:[a-z&'-]+\W+){1,3})(?=[$€£]\s?\d)")
_SUM_WORDS = frozenset("of in with at least over more than or and the a an for up to total annual".split())


def _sum_of_kind(requirement: str, floor: float, sentences: Sequence[str], credits: np.ndarray) -> int | None:
    """The line most like ``requirement`` that states a sum of money as large as it asks and
    shares the stem of the word naming what it is of (``_SUM_OF``, the word next to the sum:
    "grants" by "grant", "budgets" by "budget"); None where none does."""
    m = _SUM_OF.search(requirement)
    words = [w[:5] for w in re.findall(r"[a-z]{4,}", m.group(1).lower()) if w not in _SUM_WORDS] if m else []
    if not words:
        return None
    return next((int(k) for k in np.argsort(-credits, kind="stable") if _states_amount(sentences[k], floor)
                 and words[-1] in {w[:5] for w in re.findall(r"[a-z]{4,}", sentences[k].lower())}), None)


# Parts of a row joined by "and", each asking a thing of its own where it ends in the word for what is
# asked, or where the last part does and the others share it ("Strong math skills and customer service",
# "Strong math and customer service skills"): ``own_parts``.
_AND = re.compile(r"(?i)[ \t]*,?[ \t]+(?:and|&|as well as)[ \t]+")
_ASK_END = re.compile(r"(?i)\b(?:skills?|experience|knowledge|background|abilities|aptitude|proficiency)[ \t]*[.;:]?$")
# ... or an ask opening with what it asks of the thing it names: "knowledge of classic French techniques"
_ASK_OPENS = re.compile(r"(?i)^(?:[a-z-]+[ \t]+)?(?:experience|knowledge|background|proficiency|familiarity"
                        r"|understanding)[ \t]+(?:of|in|with)[ \t]+")
# The words a requirement is asked in, whatever it asks, which no resume line shows: "Comfortable participating in
# an on-call rotation" asks an on-call rotation; "Must be able to ...", "... is a plus" (``requirement_words``).
_ASKING_WORDS = frozenset("""must able ability abilities capable comfortable willing willingness participate
participating required require requires preferred prefer desired desirable plus""".split())
# Words that say how much or what kind of ask, not what: "strong", "skills", "experience".
_ASK_WORDS = _ASKING_WORDS | frozenset(tokenize("""strong stronger excellent exceptional outstanding good great solid
sound basic proven demonstrated demonstrable working skills skill skilled experience experienced knowledge background
aptitude proficiency proficient familiarity have high level years year months month minimum least possess possesses
possessing bring brings hold holds demonstrate demonstrates show shows offer offers need needs should will ideally
candidate candidates applicant applicants"""))


@lru_cache(maxsize=65_536)
def own_parts(asked: str) -> tuple[tuple[str, ...], ...]:
    """The words of each part of ``asked`` joined to another by "and" that asks a thing of its own
    (``_AND``, ``_ASK_END``; after the first, ``_ASK_OPENS``: "Strong knife skills and knowledge of classic
    French techniques") and names no skill nor only a quality ("Strong math skills" in "Strong
    math skills and customer service": math); () where it has no such part.  "Read and write English",
    "installation and repair of HVAC systems" hold none: their parts share what they ask."""
    from matcher.skills.taxonomy import posting_mentions

    cuts = list(_AND.finditer(asked))
    if not cuts:
        return ()
    bounds = [0, *(x for m in cuts for x in m.span()), len(asked)]
    pieces = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
    shared = bool(_ASK_END.search(asked[pieces[-1][0]:]))
    spans = [(m.start, m.end) for m in posting_mentions(asked)]
    said = [tuple(w for w in tokenize(asked[start:end]) if w not in _ASK_WORDS and w.isalpha())
            for start, end in pieces]
    out = []
    for k, (start, end) in enumerate(pieces):
        piece = asked[start:end]
        # (a part opening so after one that names nothing asks of the same thing: "strong knowledge and
        # experience with research methods")
        if not (_ASK_END.search(piece) or shared or k and said[k - 1] and _ASK_OPENS.match(piece)) \
                or any(a < end and start < b for a, b in spans) \
                or soft_qualities(piece):
            continue
        if said[k]:
            out.append(said[k])
    return tuple(out)


def part_lines(words: Sequence[str], features: ResumeFeatures) -> set[int]:
    """The lines that say one of ``words``, in the singular or the plural."""
    return {int(k) for w in words for form in word_forms(w) if (rows := features.word_lines.get(form)) is not None
            for k in rows}


# More words than one requirement takes: the longest single asks in 203 real postings (a PhD
# "in bioinformatics or a mathematical discipline with ...", a list of tools) stay under 50 words;
# every row over 50 that walkC's set holds is two asks or more run together.
SEVERAL_WORDS = 50


def holds_several(text: str) -> bool:
    """Whether a requirement row is too long to be one requirement (``SEVERAL_WORDS``); of a row that
    holds several ways to qualify ("... OR Education: Ph.D. ..."), its longest way."""
    words = max(len(way.split()) for way in ROUTE.split(text)) if offers_ways(text) else len(text.split())
    return words > SEVERAL_WORDS


# What asks study, which an education line may show: a degree, a field of study, coursework, a GPA.
_ASKS_STUDY = re.compile(
    r"(?i)\b(?:degrees?|diplomas?|ged|bachelor\w*|master'?s|associate'?s|ph\.?\s?d|doctora\w*|mba|course\s?work"
    r"|courses?|classes|curricul\w*|stud(?:y|ies|ying|ents?)|major(?:ed|ing|s)?|minor(?:ed|ing|s)?"
    r"|fields? of study|related fields?|graduat\w*|gpa|grade point|academic\w*|educat\w*|enrolled|schools?"
    r"|colleges?|universit\w+|qualifications?|disciplines?|fields? (?:such as|like|of|including)"
    r"|(?:comparable|equivalent|similar|relevant|technical|quantitative|scientific) fields?)\b")


@lru_cache(maxsize=65_536)
def asks_study(text: str) -> bool:
    """Whether a requirement asks a degree, a field of study, coursework or a GPA: what an
    education line may show."""
    return bool(_ASKS_STUDY.search(text) or posting_degree_levels(text) or _GPA_ASKED.search(text)) \
        or _degree_asked(text) is not None


_SCHOOL_PART = re.compile(rf"(?i)\b(?:{SCHOOL_WORDS})\b")
_LINE_PARTS = re.compile(r"[,;|•·()\[\]:]|\s[-–—]\s")
_EDUCATION_WORDS = frozenset(tokenize(
    "degree degrees diploma bachelor bachelors master masters associate associates doctorate doctor phd mba "
    "science sciences arts art honors honours hons cum magna summa laude distinction graduated graduate graduating "
    "graduation expected anticipated candidate completed completion gpa grade point average cumulative overall "
    "major minor concentration emphasis program programme studies coursework relevant courses thesis dean list "
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec spring summer fall autumn winter present current class year status to"))


def education_lines(features: ResumeFeatures) -> dict[int, frozenset[str]]:
    """The sentences that say nothing but education, each with the words of its degree's
    field (none for a school's line): a degree's line ("Bachelor of
    Science Degree in Electrical Engineering Graduated June 2002", "Bachelor's:Computer
    Science,Expected inMay 2010-University of ...") holding beyond the degree, its field, its
    school, its dates and its grades one other word at most and no credential; or a line of a
    school and dates alone that is no role's.  A sentence that holds a degree among other
    things ("... a Bachelor's degree, certificate in business management and ... agile
    methodologies") is none: its other words show what they say."""
    sentences = features.resume.sentences
    out: dict[int, frozenset[str]] = {}
    roles = set(int(k) for k in features.role_lines)
    fields: dict[int, list[str]] = {}   # each degree's line: the fields of the degrees it holds
    for d in features.resume.credentials.degrees:
        k = next((i for i, s in enumerate(sentences) if d.sentence in s),
                 next((i for i, s in enumerate(sentences) if s in d.sentence), None))
        if k is not None:   # a degree's line misread as a role's ("... Graduated June 2002") too
            fields.setdefault(k, []).append(d.field)
    for k, held in fields.items():
        if _says_only_education(sentences[k], held, features):
            out[k] = frozenset(tokenize(" ".join(held))) - _EDUCATION_WORDS
    for k, line in enumerate(sentences):
        # a degree the credentials did not take, with the field it names after it: "Bachelor of
        # Science Degree in Electrical Engineering Graduated June 2002"
        named = degree_levels(line) if k not in out and len(line.split()) <= 20 else []
        if named and (studied := _field_after(line, named[0][2])) and _says_only_education(line, [studied], features):
            out[k] = frozenset(tokenize(studied)) - _EDUCATION_WORDS
    for k, line in enumerate(sentences):
        if k not in out and k not in roles and _SCHOOL_PART.search(line) and len(line.split()) <= 12 and all(
                _SCHOOL_PART.search(part) or not _education_leftover(part, "") for part in _LINE_PARTS.split(line)):
            out[k] = frozenset()
    return out


_FIELD_AFTER = re.compile(r"(?:[\s:,|&-]+(?:[A-Z][\w&'’.-]*|of|and|in|&))+")


def _field_after(line: str, end: int) -> str:
    """The capitalised words after a degree named at ``end`` of ``line``, its field ("Degree in
    Electrical Engineering Graduated June"; the education words among them are left out later)."""
    m = _FIELD_AFTER.match(line, end)
    return m.group() if m else ""


def _education_leftover(part: str, field: str) -> list[str]:
    """The words of a part of a line that are no degree, field, date or grade."""
    for _, start, end in degree_levels(part):
        part = part[:start] + " " * (end - start) + part[end:]
    known = _EDUCATION_WORDS | set(tokenize(field))
    return [t for t in tokenize(part) if t not in known and not any(ch.isdigit() for ch in t)
            and not _glued(t, known)]


def _glued(token: str, known: set[str] | frozenset[str]) -> bool:
    """A word a resume builder glued out of a known one and another known one or a code of two
    letters ("inMay", "MEGPA" of "Lewiston,ME" and "GPA:", "ScienceExpected")."""
    return any((a in known or len(a) <= 2) and (b in known or len(b) <= 2) and (a in known or b in known)
               for a, b in ((token[:i], token[i:]) for i in range(1, len(token))))


def _says_only_education(line: str, fields: Sequence[str], features: ResumeFeatures) -> bool:
    """Whether a line holding degrees (of ``fields``) says one other word at most per degree
    (a word a resume builder glued on: "inMay") and names no credential but a degree."""
    leftover = [t for part in _LINE_PARTS.split(line) if not _SCHOOL_PART.search(part)
                for t in _education_leftover(part, " ".join(fields))]
    if len(leftover) > len(fields):
        return False
    k = features.resume.sentences.index(line)
    return not any(k in lines and is_credential(name) and not degree_levels(name)
                   for name, lines in features.skill_lines.items())


# A word negated by a prefix ("Unarmed", "non-sterile"): what it names is not shown.  "un-"
# only before the endings of qualities ("unlicensed", "unsupervised"; not "Unreal", "until").
_NEGATED_WORD = re.compile(r"(?i)(?<![\w-])(non[- ]?|un)([a-z]{4,})(?![\w-])")
# The negated word describes people the person works with, not the work: "non-technical stakeholders".
_OTHERS = re.compile(r"(?i)\s+(?:stakeholders?|audiences?|users?|staff|people|persons?|teams?|partners?|colleagues?"
                     r"|customers?|clients?|members?|personnel|employees?|colleagues?|executives?|managers?|folks)\b")
_UN_NEGATES = re.compile(r"(?:ed|ful|able|ible|ive|ing)$")


def negated_words(sentences: Sequence[str]) -> dict[str, frozenset[int]]:
    """Each word a resume negates by a prefix ("armed" of "Unarmed", "sterile" of
    "non-sterile"), with the sentences that negate it and never say it plainly."""
    out: dict[str, set[int]] = {}
    for k, line in enumerate(sentences):
        for m in _NEGATED_WORD.finditer(line):
            word = m.group(2).lower()
            if m.group(1).lower() == "un" and not _UN_NEGATES.search(word) or _OTHERS.match(line, m.end()):
                continue
            plain = re.compile(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])")
            if all(re.search(r"(?i)\bnon[- ]?$", line[:p.start()]) for p in plain.finditer(line)):
                out.setdefault(word, set()).add(k)
    return {word: frozenset(lines) for word, lines in out.items()}


def negated_lines(requirement: str, sentences: Sequence[str],
                  negations: dict[str, frozenset[int]] | None = None) -> np.ndarray:
    """Per sentence: whether it shows the negated kind of something the requirement asks and
    never the kind itself ("Unarmed security guard license" for "Armed security guard
    license", "non-sterile compounding" for "sterile compounding"): such a line does not show
    the requirement.  A requirement that names the negated kind too ("armed or unarmed") has
    none.  ``negations``: the resume's ``negated_words``, when the caller has them."""
    negations = negated_words(sentences) if negations is None else negations
    out = np.zeros(len(sentences), dtype=bool)
    if not negations:
        return out
    for word in _negatable(requirement) & negations.keys():
        out[list(negations[word])] = True
    return out


@lru_cache(maxsize=65_536)
def _negatable(requirement: str) -> frozenset[str]:
    """The words of a requirement a resume line may negate: those it does not negate itself."""
    negated = {m.group(2).lower() for m in _NEGATED_WORD.finditer(requirement)}
    return frozenset(w.lower() for w in re.findall(r"(?<![A-Za-z])[A-Za-z]{4,}(?![A-Za-z])", requirement)) - negated


# Teaching asked at a college ("Teaching experience at the college level", "as instructor of record",
# "university teaching experience", "teaching undergraduate courses"), and the lines that show it: an
# academic teaching role, at a college it names or of a course code ("Instructor of Record, ENGL 101 (3
# sections), Fall 2024", "Adjunct Instructor, Sinclair Community College", "Lecturer in Chemistry,
# University of Leeds"), fully; a teaching assistant's, partly.  Not an instructor of another kind
# ("Fitness Instructor", "Flight Instructor (CFI), ... 2020"), nor a school's teacher.
_ASKS_COLLEGE_TEACHING = re.compile(r"(?i)\binstructor of record\b|^(?=.*\bteach)(?=.*\b(?:college|university"
                                    r"|post-?secondary|higher[- ]education|undergraduate|graduate[- ]level)\b)")
_AT_COLLEGE = (r"(?=.*(?:(?i:\b(?:college|university|universit\w+|polytechnic)\b)"
               r"|\b[A-Z]{2,5}[ -]?(?!(?:19|20)\d\d\b)\d{3,4}[A-Z]?\b))")
_TEACHES_COLLEGE = re.compile(r"(?i:\binstructor of record\b)|(?i:\b(?:professor|lecturer|instructor|faculty)\b)"
                              + _AT_COLLEGE)
_ASSISTS_COLLEGE = re.compile(r"(?i:\bteaching (?:assistant|associate|fellow)\b)" + _AT_COLLEGE)


# An ask of leading others: "Ability to lead a small team", "Leadership experience", "Must be
# able to supervise a crew of 5" (``ASKS_LEADING`` reads the years asks' forms: "supervisory"), and
# a trade's or a shift's leading role asked as experience ("Foreman experience", "Crew lead
# experience a plus", "Shift lead experience").
ASKS_TO_LEAD = re.compile(ASKS_LEADING.pattern + r"|(?i:\b(?:lead|supervise|manage|direct)\s+(?:an?\s+|the\s+)?"
                          r"(?:\w+\s+){0,2}?(?:teams?|crews?|staff|shifts?|people|groups?|squads?|employees)\b)"
                          r"|(?i:\b(?:fore(?:man|woman|men|person)|(?:crew|shift|team)\s+(?:lead|leader|chief)"
                          r"|lead\s*hand|charge\s*hand)\s+(?:experience|background)\b)",
                          ASKS_LEADING.flags)
# Leadership as those the work is done for or with, no leading asked: "presenting findings to leadership",
# "partner with senior leadership", "reports for the executive leadership team".
_LEADERSHIP_SERVED = re.compile(r"(?i)\b(?:to|for|with|before|from|by)\s+(?:the\s+|our\s+)?(?:(?:senior|executive"
                                r"|company|organi[sz]ational|agency|department|school|district|clinical)\s+)*"
                                r"leadership(?:\s+teams?)?\b")
_LEADING_ASK_WORDS = frozenset(tokenize(
    "ability able lead leading leadership leader team teams small large supervise supervisory supervising"
    " supervision manage managing direct crew crews staff shift shifts people group groups squad employees"
    " experience skills proven strong demonstrated must required preferred members others"
    " foreman forewoman foremen foreperson chief leadhand hand chargehand background plus"
    # who is led, by how they are employed, not by a field: "a team of 15+ hourly employees", "direct reports"
    " hourly salaried frontline front-line union non-union full-time part-time direct reports report associates"
    " workers personnel individuals"))


@lru_cache(maxsize=4096)
def _asks_more_than_leading(text: str) -> bool:
    """Whether a leading ask names work besides leading: "Supervisory experience in a warehouse"
    does, "Ability to lead a small team" does not."""
    return bool(set(tokenize(text)) - _LEADING_ASK_WORDS - {w for w in tokenize(text) if w.rstrip("+").isdigit()})


# An ask of managing people and who they are: "Experience managing freelancers", "supervising night-shift
# nurses", "Ability to hire and train drivers", "managing a team of freelance writers" (the people's noun, a
# job's plural as ``JOB_WORD`` reads it, or "staff", "employees", "volunteers", "personnel"), up to where the
# clause turns ("managing budgets for drivers" manages budgets).
_MANAGING = (r"manag(?:e|es|ed|ing|ement)|supervis(?:e|es|ed|ing|ion)|lead(?:s|ing)?|led|direct(?:s|ed|ing)?"
             r"|overs(?:ee|ees|eeing|aw|een)|coordinat(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|train(?:s|ed|ing)?"
             r"|mentor(?:s|ed|ing)?|coach(?:es|ed|ing)?|schedul(?:e|es|ed|ing)|recruit(?:s|ed|ing)?"
             r"|dispatch(?:es|ed|ing)?|onboard(?:s|ed|ing)?|delegat(?:e|es|ed|ing)")
_MANAGING_ASKED = re.compile(rf"(?i)\b(?:{_MANAGING})\b((?:[ \t]+[\w-]+){{1,5}})")
_MANAGING_SAID = re.compile(rf"(?i)\b(?:{_MANAGING}|head(?:s|ed)?|in[ \t]+charge[ \t]+of)\b")
_CLAUSE_TURNS = frozenset("for in with to on at across within from by while including as".split())
_PEOPLE = frozenset("staff employees volunteers personnel subcontractors".split())
_NOT_PEOPLE = frozenset("leads heads".split())   # a sales lead, a head of lettuce
MANAGED_ONLY = 0.2   # what a line of one of the people an ask would have managed shows of managing them: none


@lru_cache(maxsize=4096)
def managed_people(text: str) -> frozenset[str]:
    """The forms of the people an ask would have managed (``_MANAGING_ASKED``), as a line of one of them says
    them: "Experience managing freelancers" -> {freelancers, freelancer, freelance, freelances}; empty where it
    asks managing no people ("Experience managing budgets") or none at all."""
    forms: set[str] = set()
    for m in _MANAGING_ASKED.finditer(text):
        for word in m.group(1).split():
            word = word.lower()
            if word in _CLAUSE_TURNS:
                break
            if word in _NOT_PEOPLE or not (word in _PEOPLE or word.endswith("s") and JOB_WORD.fullmatch(word)):
                continue
            one = word[:-1] if word.endswith("s") and word not in _PEOPLE else word
            forms |= {word, one}
            if one.endswith("er"):   # the work the one of them does: "freelancer" -> "freelance", "driver" -> "drive"
                forms |= {one[:-1], one[:-1] + "s"}
            break
    return frozenset(forms)


def _one_of_managed(managed: frozenset[str], features: ResumeFeatures) -> list[int]:
    """The resume's lines that share a word of the people an ask would have managed (``managed_people``) and say
    no managing nor leading of their own (``_MANAGING_SAID``, ``ResumeFeatures.leading_lines``): "Freelance
    photographer with 6 years of experience" for "Experience managing freelancers"."""
    leading = features.leading_lines()
    return [k for k, (words, line) in enumerate(zip(features.lines, features.resume.sentences))
            if managed & words and k not in leading and not _MANAGING_SAID.search(line)]


# Military work asked, and the work named with it: "military medic experience" (medic), "Prior
# military experience" (none), "military logistics experience counts"; "military or law enforcement
# experience" names the service alone as one of two.
_ASKS_MILITARY = re.compile(r"(?i)\b(?:military|armed forces)\s+((?:[\w-]+\s+){0,3}?)(?:experience|background"
                            r"|service|training)\b|\b(?:military|armed forces)\s+(?:veterans?|service members?)\b")


@lru_cache(maxsize=4096)
def military_work(text: str) -> frozenset[str] | None:
    """The words of the work an ask of military experience names ("military medic experience":
    {"medic"}), empty where it names none or only another kind of experience beside it
    ("military or law enforcement experience"); None where it asks no military experience."""
    m = _ASKS_MILITARY.search(text)
    if m is None:
        return None
    words = tokenize(m.group(1) or "")
    return frozenset() if not words or (m.group(1) or "").split()[0].lower() in ("or", "and", "/") else frozenset(words)


# An ask of work to see ("Portfolio of e-learning work required", "Please include a link to your portfolio",
# "Strong writing samples"), not a book of business ("Manage a portfolio of 40 client accounts"); and the resume's
# line that links such work (the redaction keeps its label: "Portfolio (link)", "Clips (link)"); the author's own
# website shows it too (``shown_by_site``).
_WORK_TO_SEE = r"(?:portfolio|clips|writing samples|work samples|published work|demo reel|showreel)"
_ASKS_PORTFOLIO = re.compile(rf"(?i)^\W*(?:(?:an?|strong|online|professional|relevant|current)[ \t]+)*{_WORK_TO_SEE}\b"
                             rf"|\b(?:link to|include|submit|provide|share|attach)\b[^.;]{{0,30}}\b{_WORK_TO_SEE}\b")
# A word of a book of business before a kind of work names the work shown ("A strong portfolio showing product
# work", "client work", "property photography"), no book of business.
_BOOK_OF_BUSINESS = re.compile(r"(?i)\b(?:manag\w*|loans?|clients?|investments?|accounts?|assets?|propert\w+"
                               r"|customers?|securities|equity|credit|insurance|products?|projects? portfolio)\b"
                               r"(?![ \t]+(?:work|photo\w*|shots?|images?|imagery|design\w*|samples?|campaigns?"
                               r"|copy|writing|videos?)\b)")
_LINKED_WORK = re.compile(rf"(?i)\b{_WORK_TO_SEE} \(link\)")


# An industry asked and nothing else: "Healthcare industry experience", "Experience in the construction or
# manufacturing industry", "Prior retail sector background"; not a kind of work ("2+ years of experience in FP&A").
_ASKS_INDUSTRY_ROW = re.compile(
    r"(?i)^\W*(?:(?:prior|previous|some|relevant|proven)[ \t]+)?(?:"
    r"(?:experience|background|knowledge)[ \t]+(?:in|within|from|of)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"(?P<in>[^.;:()]{2,60}?)[ \t]+(?:industry|industries|sector)"
    r"|(?P<of>[^.;:()]{2,60}?)[ \t]+(?:industry|sector)[ \t]+(?:experience|background|knowledge))"
    # the industries it means, in brackets: "Experience in a regulated industry (banking, insurance, healthcare)"
    r"(?:[ \t]*\((?:(?:e\.g\.|i\.e\.|such as|for example|like)[ \t,:]*)?(?P<eg>[^()]{2,80})\))?"
    r"(?:[ \t,]+(?:is[ \t]+)?(?:(?:strongly|highly)[ \t]+)?(?:preferred|desired|a[ \t]+plus|helpful|required))?\W*$")
_INDUSTRY_CUT = re.compile(r"(?i)[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*")
_NO_INDUSTRY = frozenset(tokenize("same similar related relevant this our your any fast paced fast-paced regulated "
                                  "highly"))


@lru_cache(maxsize=4096)
def industry_asked(text: str) -> tuple[frozenset[str], ...]:
    """The industries an ask of industry experience names and nothing else, each as its words
    ("Healthcare industry experience": ({"healthcare"},); "Experience in the construction or
    manufacturing industry": two), with those it gives in brackets, any of them enough ("Experience in a
    regulated industry (banking, insurance, healthcare)": the three, "regulated" naming none); () where it
    asks none or asks more."""
    m = _ASKS_INDUSTRY_ROW.match(text.strip())
    if m is None:
        return ()
    named = [frozenset(tokenize(part)) for part in _INDUSTRY_CUT.split(m.group("in") or m.group("of"))]
    given = [frozenset(tokenize(part)) for part in _INDUSTRY_CUT.split(m.group("eg"))] if m.group("eg") else []
    if given and all(given) and all(name <= _NO_INDUSTRY for name in named):
        return tuple(given)   # "a regulated industry (banking, insurance, healthcare)": the industries given
    names = named + given
    return () if not all(names) or any(name <= _NO_INDUSTRY for name in names) else tuple(names)


# A passport asked ("Must hold a passport valid for international travel with no restrictions",
# "Valid passport required"), and the words that ask nothing besides it (a country's passport asks its citizenship).
_ASKS_PASSPORT = re.compile(r"(?i)\bpassports?\b")
_PASSPORT_WORDS = frozenset(tokenize(
    "must hold have having possess valid current unexpired active passport passports for international travel"
    " travelling traveling with without no any restrictions restriction unrestricted able ability to obtain maintain"
    " required requirement preferred a an the and or be is of"))


@lru_cache(maxsize=4096)
def _asks_more_than_passport(text: str) -> bool:
    return bool(set(tokenize(text)) - _PASSPORT_WORDS)


# A requirement that asks an internship or a co-op, and a role title held as one.
_ASKS_INTERNSHIP = re.compile(r"(?i)\b(?:internships?|co-?ops?)\b")
_INTERN_TITLE = re.compile(r"(?i)\b(?:interns?|internships?|co-?op(?:s| student)?)\b")
# Words that say nothing beyond the internship asked ("Prior internship experience required").
_INTERNSHIP_WORDS = frozenset(tokenize(
    "internship internships co op coop co-op experience experiences prior previous relevant completed complete "
    "at least one 1 or more an a required preferred plus must have having is are of professional paid unpaid "
    "summer strongly"))


def college_teaching(sentences: Sequence[str], seeks: np.ndarray) -> np.ndarray:
    """Per line, how far it shows teaching at a college (``_TEACHES_COLLEGE``: 1; a teaching
    assistant's, ``_ASSISTS_COLLEGE``: ``PARTIAL``); 0 on a line that seeks the job."""
    out = np.array([1.0 if _TEACHES_COLLEGE.search(line) else PARTIAL if _ASSISTS_COLLEGE.search(line) else 0.0
                    for line in sentences])
    if len(seeks) == len(out):
        out[seeks] = 0.0
    return out


def _asks_more_than_internship(text: str) -> bool:
    """Whether an internship ask names more than an internship ("Internship experience in software
    engineering"); not where an internship alone is one way it offers, beside others after "or" that name
    none ("Internship experience or significant project work", "Prior internship or research experience"),
    where a field joined to both is more ("Internship or co-op experience in software engineering")."""
    ways = [set(tokenize(part)) - _INTERNSHIP_WORDS for part in _OR_WAYS.split(text)]
    if len(ways) > 1 and not all(ways) and not any(_ASKS_INTERNSHIP.search(part)
                                                   for part, more in zip(_OR_WAYS.split(text), ways) if more):
        return False
    return bool(set(tokenize(text)) - _INTERNSHIP_WORDS)


_OR_WAYS = re.compile(r"(?i)\s*,?\s*\bor\b\s*")


def intern_lines(features: ResumeFeatures) -> np.ndarray:
    """The lines of the roles held as an intern or a co-op student (by their titles)."""
    roles = [r for r in features.resume.roles if r.title]
    if len(roles) != len(features.role_lines):
        return np.zeros(0, dtype=np.int64)
    lines = [int(line) for role, line in zip(roles, features.role_lines)
             if line >= 0 and _INTERN_TITLE.search(role.title)]
    return np.array(sorted(set(lines)), dtype=np.int64)


# Knock-outs a line's words cannot show: the checklist agrees with their checks.
SHOWN_BY_CHECK = ("licence", "clearance", "citizenship")


def agreeing(reqs: list[RequirementMatch], checks: Sequence[Check], sentences: Sequence[str],
             listed: Sequence[str] = ()) -> list[RequirementMatch]:
    """The checklist as the knock-outs beside it read it: a requirement whose sentence
    asks a licence, a clearance or a citizenship that the resume does not show ("to
    check" or blocked) is partly covered at most, whatever its other names or its words
    show ("HACCP certification required; PCQI certification required" by a HACCP line), and
    missing when it asks only credentials that no line names;
    one that asks nothing else (no skill other than credentials) and whose every such
    ask the knock-outs find is covered by the resume line they quote ("US citizenship
    required (ITAR)" by "U.S. citizen."); and a degree still to come that meets its knock-out in
    the posting's graduation window ("PhD expected May 2027" for one "conferred by September 15,
    2027") covers its row, by the degree's line.  ``listed``: the resume's licences listed under their
    heading, whose line holds the licence its check read however it names it (``_read_by_checks``).
    Current enrolment asked agrees with its check:
    missing where schooling all past rules it out (a school's line "Grand Rapids Community College,
    2020" showed "Must be currently enrolled ... at Ridgeview Community College" partly), covered by
    the line that says it ("currently enrolled, 12 credits per quarter")."""
    out = []
    for r in reqs:
        mine = [c for c in checks if (r.text in c.posting or c.posting in r.text) and not _asks_other_part(r.text, c)]
        own = [c for c in mine if c.kind in SHOWN_BY_CHECK]
        enrolled = next((c for c in mine if getattr(c, "enrolment", False) and c.status != "unknown"), None)
        if enrolled is not None and enrolled.status == "blocked":
            r = replace(r, status="missing", credit=0.0, evidence=None, evidence_more=[])
        elif enrolled is not None and r.status != "covered" and enrolled.resume in sentences:
            r = replace(r, status="covered", credit=1.0, evidence=enrolled.resume, evidence_more=[])
        if r.status == "partial" and r.evidence and any(getattr(c, "in_window", False) for c in mine):
            r = replace(r, status="covered", credit=1.0)
        elsewhere = next((c.elsewhere for c in own if getattr(c, "elsewhere", "") in sentences), None)
        if elsewhere and (r.credit < PARTIAL or r.status == "covered" or r.evidence != elsewhere):
            # the licence held in another state ("New York (2021)" under "BAR ADMISSIONS" for the
            # Illinois bar) shows part of it, as the knock-out, to check, quotes it: the row quotes that line,
            # not a job's that shares its words ("Staff Nurse, ICU, 2018-2023" for "Active Texas RN license"),
            # which stays beside it where the row asks more than licences ("... and 2 years of ICU experience")
            more = [r.evidence] if r.evidence and r.evidence != elsewhere and _asks_beyond_credentials(r) else []
            credit = PARTIAL if r.status == "covered" or r.credit < PARTIAL else r.credit
            r = replace(r, status="partial", credit=credit, evidence=elsewhere, evidence_more=more)
        elif r.status != "missing" and own and not elsewhere and _asks_only_unnamed(r.text, own) \
                and not _ASKS_CREDENTIAL.search(r.evidence or ""):
            # It asks nothing but a licence the resume does not name ("Texas All-Lines Adjuster License",
            # "Licensed Insurance Adjuster in Florida"): a job's line ("Claims Adjuster, Acme Insurance")
            # shares its words and shows nothing of it (a line naming a credential of the field, a school's
            # "Welding Technology Certificate" for "6G pipe welding certification", shows it partly as before).
            r = replace(r, status="missing", credit=0.0, evidence=None, evidence_more=[])
        elif r.status == "covered" and any(c.status != "met" for c in own):
            r = replace(r, status="partial", credit=min(r.credit, PARTIAL))
        elif (r.status == "partial" and own and all(c.status != "met" for c in own) and not elsewhere
              and (r.skills and not r.skills_found and all(is_credential(name) for name in r.skills)
                   or _holds_another(r.evidence, r.text, own))):
            # It asks only credentials, which no line names and the knock-outs do not find
            # ("Current Illinois Dental Hygienist license" beside a radiography certificate), or its
            # line holds another licence than the one asked: words alike show nothing of them.
            r = replace(r, status="missing", credit=0.0, evidence=None, evidence_more=[])
        elif (r.status != "covered" and own and all(c.status == "met" for c in own) and not holds_several(r.text)
              and all(is_credential(name) for name in r.skills)
              # a citizenship's line may be a personal detail or a name block's ("Nationality: German",
              # "U.S. Citizen" under the name) that the resume's sentences leave out; it is quoted all the same
              and (own[0].resume in sentences or own[0].kind == "citizenship")
              and _reads_as_held(own[0].resume, [n for n in r.skills if n not in r.skills_found
                                                 and n not in _read_by_checks(own, listed)], r.text)):
            r = replace(r, status="covered", credit=1.0, evidence=own[0].resume, evidence_more=[])
        elif (r.status == "covered" and len(own) == 1 and own[0].status == "met" and own[0].kind == "licence"
              and own[0].resume in sentences and r.evidence != own[0].resume and not holds_several(r.text)
              and (not any(is_credential(name) for name in r.skills_found)
                   or HELD_FROM.search(r.evidence or "") and not _SAYS_CREDENTIAL.search(r.evidence or ""))):
            # The one licence it asks, held, where the line quoted shows no credential the row names, or names
            # it as a job held, dated, without a word of a credential ("Paramedic, REMSA Health, Reno NV — 2020
            # to present" for "Current Nevada Paramedic license or NREMT-P"): quoted by the line that holds it,
            # as its knock-out is, not by another credential's that shares its field's words ("ARRT Registered
            # Technologist in Radiography" for "Current Arizona ... (MRTBE) certification"), which stays beside
            # it where the row asks more
            more = [r.evidence, *r.evidence_more] if r.evidence and _asks_beyond_credentials(r) else []
            r = replace(r, evidence=own[0].resume, evidence_more=[e for e in more if e != own[0].resume])
        out.append(r)
    return out


def _read_by_checks(checks: Sequence[Check], listed: Sequence[str]) -> set[str]:
    """The credentials the licence knock-outs ``checks`` name in the licence they read, where the line they quote
    says it holds one (``_says_held``), however it names them: "Florida 2-20 or 4-40 Property & Casualty license"
    met by "Florida 2-20 General Lines Agent (Property & Casualty) - active" under "LICENSES" holds the Property
    and casualty insurance license; a clean driving record is not read by the check of the driver's license
    beside it, nor Advanced life support held by a nurse's "Cared for patients with ALS"."""
    return {name for c in checks if c.asked and _says_held(c.resume, listed) for name in skill_names(c.asked)}


def _asks_other_part(text: str, check: Check) -> bool:
    """Whether a requirement is another part of a licence check's sentence than the licence: "high school
    diploma or equivalent" and "BLS within 30 days of hire" of "Required: Current State Tested Nursing Assistant
    (STNA) certification ...; BLS within 30 days of hire; high school diploma or equivalent" share no word of
    the licence's name but a credential's word, so neither agrees with its check."""
    if not check.asked or text == check.posting or text not in check.posting:
        return False
    def named(words: str) -> set[str]:
        return {w for w in requirement_words(words)[0] if not _ASKS_CREDENTIAL.fullmatch(w)}
    return not named(check.asked) & named(text)


# What a years row the resume's education may stand in for says: partly shown, and to check, as its knock-out is.
COMBINED_NOTE = ("the posting takes an equivalent combination of education and experience in place of the years: "
                 "how much the education counts is to check")


def combined_ways(reqs: list[RequirementMatch], knockouts: Sequence, degrees: Sequence, sentences: Sequence[str]
                  ) -> list[RequirementMatch]:
    """The checklist with each years row that a combination of education and experience may stand in for
    (its years knock-out's way, ``Knockout.route``: "3+ years of administrative experience; or an equivalent
    combination of education and experience") and that no role shows partly shown by the resume's degree
    held, its line quoted, with a note (``COMBINED_NOTE``), as the knock-out leaves it to check: it read
    missing beside a knock-out "to check".  A degree still to come stands in for nothing, nor is a row
    another way shows touched ("OR Education: Ph.D. ...": the degree's own rule)."""
    held = [d for d in degrees if not d.expected]
    line = next((k for d in held if (k := _degree_line(d.sentence, sentences)) is not None), None)
    if line is None:
        return reqs
    ways = [k for k in knockouts if k.kind == "years" and k.route and COMBINATION.search(k.route)]
    out = []
    for r in reqs:
        if (r.years and r.credit < PARTIAL and r.status != TO_CONFIRM
                and any(k.sentence and (r.text in k.sentence or k.sentence in r.text) for k in ways)):
            r = replace(r, status="partial", credit=PARTIAL, evidence=sentences[line], evidence_more=[],
                        note=COMBINED_NOTE)
        out.append(r)
    return out


def to_confirm(reqs: list[RequirementMatch]) -> list[RequirementMatch]:
    """The checklist with each condition of the work that no line shows (missing, and no note of
    what a line states of it: "28 WPM shown, 40 asked") read ``TO_CONFIRM``: a resume does not say
    whether its holder can work Saturdays, and such a row read "missing" in the JSON."""
    return [replace(r, status=TO_CONFIRM, credit=0.0, similarity=0.0, evidence=None, evidence_more=[])
            if r.kind == "condition" and r.status == "missing" and not r.note else r for r in reqs]


# What a row covered by the author's own website quotes: the link went with the redaction, and no line holds it.
SITE_EVIDENCE = "your own website, linked in your contact details"


def shown_by_site(reqs: list[RequirementMatch], site: bool) -> list[RequirementMatch]:
    """The checklist with each ask of work to see ("Portfolio required", "Online portfolio required", "Writing
    samples required"; no book of business) not yet covered covered by the author's own website where the
    resume's contact block links one (``Resume.site``: "www.janedoephoto.com" under the name), as by a line
    labelled "Portfolio (link)": the site is where a photographer, designer or writer shows work, and what it
    holds is the reader's to judge.  A row naming skills too ("Portfolio demonstrating end-to-end UX process
    (research, wireframes, prototypes, usability testing)") is partly covered at least, as the skills are the
    lines' to show."""
    if not site:
        return reqs
    out = []
    for r in reqs:
        if r.status != "covered" and r.kind in ("must", "nice") and _asks(_ASKS_PORTFOLIO, r.text) \
                and not _asks(_BOOK_OF_BUSINESS, r.text):
            if not r.skills:
                r = replace(r, status="covered", credit=1.0, evidence=SITE_EVIDENCE, evidence_more=[])
            elif r.credit < PARTIAL or not r.evidence:
                r = replace(r, status="partial", credit=max(r.credit, PARTIAL), evidence=SITE_EVIDENCE,
                            evidence_more=[])
        out.append(r)
    return out


# What an ask of English with no line naming it is, for a resume written in English.
ENGLISH_NOTE = "the resume is written in English; how well it is spoken is to confirm"


def in_english(reqs: list[RequirementMatch], features: ResumeFeatures) -> list[RequirementMatch]:
    """The checklist with each ask of English alone ("Must be fluent in reading, writing and speaking
    English", "Fluent English required"; no other language, no quality beside it, but those of a softened add-on:
    "Fluent in English; Spanish or Portuguese a plus") read from a resume written
    in English, the language matcher reads resumes in (``WRITTEN_IN``, left out of the skills a row asks): the
    row is covered by a line naming English at the level asked or at none ("Bilingual English/Spanish",
    "Languages: English (native), Spanish (B2)"), and without one it is to confirm (``ENGLISH_NOTE``): the
    resume itself shows English read and written, not how it is spoken.  It read "missing" for every resume.
    A line naming English below the level asked ("English (A2)" for "C1 English") leaves the row as it was,
    and so does a resume that does not read as English."""
    rows = [k for k, r in enumerate(reqs) if r.kind in ("must", "nice") and r.status not in ("covered", TO_CONFIRM)
            and set(_skills_asked(r.text, asked_part(r.text, r.kind), tuple(r.skills))) == {WRITTEN_IN}
            and not _english_studied(r.text)]
    if not rows or not reads_as_english(features.resume.text):
        return reqs
    sentences, surfaces = features.resume.sentences, features.skills.get(WRITTEN_IN, [WRITTEN_IN])
    naming = sorted(features.lines_naming(WRITTEN_IN))
    out = list(reqs)
    for k in rows:
        r, level = reqs[k], level_asked(reqs[k].text, _named_as(reqs[k].text, WRITTEN_IN))
        shown = [i for i in naming
                 if level is None or (said := level_shown(sentences[i], surfaces)) is None or said >= level]
        if shown:
            out[k] = replace(r, status="covered", credit=1.0, evidence=sentences[shown[0]], evidence_more=[],
                             note="")
        elif not naming:
            out[k] = replace(r, status=TO_CONFIRM, credit=0.0, similarity=0.0, evidence=None, evidence_more=[],
                             note=ENGLISH_NOTE)
    return out


# The time a way to obtain a licence after hire gives: "within 90 days", "before your start date", "by month 6".
_IN_TIME = re.compile(r"(?i)\b(?:within|before|by|prior[ \t]+to|no[ \t]+later[ \t]+than)\b")


def obtainable(reqs: list[RequirementMatch]) -> list[RequirementMatch]:
    """The checklist with each must-have that asks only a licence the posting takes obtained within a time
    after hire (``OR_OBTAIN``: "Arizona real estate license or ability to obtain within 90 days", "(or eligible
    for licensure within 90 days of hire)") and that no line shows read ``TO_CONFIRM``, that way quoted in its
    note: one who can obtain it in that time may apply, and it read a missing must-have."""
    out = []
    for r in reqs:
        way = OR_OBTAIN.search(r.text) if r.kind == "must" and r.status == "missing" and not r.years else None
        if way and _IN_TIME.search(way["alt"]) and all(is_credential(name) for name in r.skills):
            said = re.sub(r"\s*\([^)]*$", "", way["alt"]).strip(" ,")   # not a bracket it opens: "(we sponsor"
            r = replace(r, status=TO_CONFIRM, credit=0.0, similarity=0.0, evidence=None, evidence_more=[],
                        note=f'the resume does not show it; the posting takes "{said}": to confirm')
        out.append(r)
    return out


def _english_studied(text: str) -> bool:
    """Whether English is a field of the degree a requirement asks ("Bachelor's degree in English,
    communications, nonprofit management or related field"): a field of study, not the language spoken
    (a skills line's "bilingual (Spanish/English)" had covered it)."""
    asked = _degree_asked(text)
    return asked is not None and any(re.search(r"\benglish\b", f) for f in asked[1])


def residing(reqs: list[RequirementMatch], sentences: Sequence[str], checks: Sequence[Check] = (), home: str = ""
             ) -> list[RequirementMatch]:
    """The checklist with each residency ask ("Pennsylvania residency", "Must live in one of these states:
    Florida, Georgia") not yet covered covered by the first resume line naming a city within one of its places
    (the address "Pittsburgh, PA", a job's "Pittsburgh PA"): a place compared, as a workplace is, which the
    line's words alone do not show.  Where its knock-out finds the resume's address elsewhere ("Toledo, Ohio"),
    the row is missing, as the knock-out reads it.  A remote job's area ("Remote - Canada") is one too, shown
    by a line or by ``home``, the resume's address read before redaction ("Vancouver, BC"); so is the city of
    an office to come in to ("Hybrid: Tuesdays and Thursdays in our Chicago office", "Must be able to work
    on-site in Memphis five days a week"), by ``home`` within a commute of it (``places.compatible``: a suburb
    too) where it was read (an address elsewhere leaves the row as it was), else by a line."""
    from matcher.eligibility.places import CITY_STATE, compatible, resolve, within

    out = []
    for r in reqs:
        if residence_radius(r.text) or TERRITORY.search(r.text) or local_to(r.text) or LOCAL_ONLY.search(r.text):
            # a distance from a place ("Must reside within 30 miles of Dayton, OH"; "Must be local to the DFW
            # area", a commute from it) or a territory: as its
            # check reads the resume's address, which no line left after redaction shows
            check = next((c for c in checks if c.kind == "residence" and (r.text in c.posting or c.posting in r.text)),
                         None)
            if check is not None:
                out.append(_as_checked(r, check))
                continue
        places = residency_places(r.text) if r.status != "covered" else ()
        asked = [a for place in places for a in resolve(place)]
        remote = not asked and r.kind == "condition" and r.status != "covered" and bool(REMOTE_IN.match(r.text))
        if remote:
            # remote within an area ("Remote - Canada", "Remote (Texas only)"): the area to live in, which a line
            # naming a city in it shows, or the resume's address ("Vancouver, BC"); remote anywhere asks no place
            asked = [replace(p, kind="area") for p in resolve(r.text)
                     if p.kind == "remote" and (p.country or p.region)]
        if not asked and r.status != "covered":
            # an office to come in to ("Hybrid: Tuesdays and Thursdays in our Chicago office", "Must be able to
            # work on-site in Memphis"): its city, which the resume's address within a commute of it shows, or
            # where none was read a line naming a place within it
            mode = work_mode(r.text) if r.kind == "condition" else ""
            named = (work_places(r.text, mode) if mode in ("hybrid", "onsite")
                     else [m.group("place")] if (m := ON_SITE_IN.search(r.text)) else [])
            asked = [p for place in named for p in resolve(place) if p.kind == "city"]
            if asked and home:
                lives = [p for p in resolve(home) if p.kind == "city"]
                near = bool(lives) and compatible(asked, "onsite", lives)
                out.append(replace(r, status="covered", credit=1.0, evidence=f"you live in {home}",
                                   evidence_more=[]) if near else r)
                continue
        check = next((c for c in checks if c.kind == "residence" and (r.text in c.posting or c.posting in r.text)),
                     None) if asked else None
        if check is not None and check.status == "blocked":
            out.append(replace(r, status="missing", credit=0.0, evidence=None, evidence_more=[]))
            continue
        line = next((s for s in sentences for m in CITY_STATE.finditer(s)
                     if any(within(p, a) for p in resolve(m.group()) for a in asked)), None) if asked else None
        # the address the knock-out found in one of its places, where no line left after redaction names it
        line = line or (check.resume if check is not None and check.status == "met" else None)
        if not line and remote and home and any(within(p, a) for p in resolve(home) for a in asked):
            line = f"you live in {home}"
        out.append(replace(r, status="covered", credit=1.0, evidence=line, evidence_more=[]) if line else r)
    return out


def _asks_beyond_credentials(r: RequirementMatch) -> bool:
    """Whether a row asks more than credentials: years, or a skill that is no credential."""
    return r.years is not None or any(not is_credential(name) for name in r.skills)


def _as_checked(r: RequirementMatch, check: Check) -> RequirementMatch:
    """A residence row as its knock-out's ``check`` reads it: covered (by its line, else what the check says),
    missing, or to confirm with the check's words."""
    if check.status == "met":
        return r if r.status == "covered" else replace(r, status="covered", credit=1.0, evidence=check.resume,
                                                       evidence_more=[])
    if check.status == "blocked":
        return replace(r, status="missing", credit=0.0, evidence=None, evidence_more=[])
    said = re.sub(r"^to confirm:\s*|:\s*to confirm$", "", check.resume)
    return replace(r, status=TO_CONFIRM, credit=0.0, similarity=0.0, evidence=None, evidence_more=[],
                   note=f"to confirm: {said}")


# What a requirement says around the licence it names that asks nothing more: "required", "needed", "in Florida".
_LICENCE_ASK_WORDS = re.compile(r"(?i)\b(?:needed|wanted|must|be|have|hold|holds|possess|is|are|with|for|this"
                                r"|position|role|job)\b|\b[A-Z]{2}\b")


def _asks_only_unnamed(text: str, checks: Sequence[Check]) -> bool:
    """Whether a requirement's ``text`` asks nothing but licences the ``checks`` find the resume does not
    name (``Check.unnamed``): "Texas All-Lines Adjuster License", "Licensed Insurance Adjuster in Florida"."""
    names = [c.unnamed for c in checks if c.unnamed]
    if not names or len(names) < len(checks):
        return False
    rest = text
    for name in names:
        rest = re.sub(re.escape(name), " ", rest, flags=re.I)
    rest = _ENDORSED_ON.sub(" ", rest)
    return not re.search(r"[A-Za-z]{2,}", _LICENCE_ASK_WORDS.sub(" ", _LICENCE_WORDS.sub(" ", rest)))


# What is asked on a licence, a credential too: "Valid Texas teaching certificate with Special Education EC-12
# endorsement", "... with ESL certification".
_ENDORSED_ON = re.compile(r"(?i)\bwith\b[^,;.]{0,40}?\b(?:endorsements?|authori[sz]ations?|certifications?)\b")


def _holds_another(line: str | None, text: str, checks: Sequence[Check]) -> bool:
    """Whether ``line`` holds a known licence or certification (``held_ids``) and none of those the
    requirement's ``text`` names, one of which the ``checks`` find unnamed: "Texas Class A Barber License
    (TDLR)" for "Current Texas Class A Cosmetology Operator License (TDLR)" shares "Texas", "Class A" and
    "TDLR" and shows nothing of it, nor does an NCRA "RPR" of a "California CSR license"; "BLS and ACLS"
    shows part of "BLS, ACLS and PALS"."""
    asked = credential_ids(text) if line and any(c.unnamed for c in checks) else frozenset()
    held = held_ids(line) if asked else frozenset()
    return bool(held) and not held & _own_grades(asked)


def _own_grades(ids: frozenset[str]) -> frozenset[str]:
    """The credentials ``ids`` name for themselves, not as what another of them implies: "USCG MMC with
    Mate (Pilot) of Towing Vessels endorsement" asks the mate's endorsement, the MMC it sits on implied, so an
    Able Seaman's MMC, which shares the MMC, holds another grade than the one asked."""
    implied: set[str] = set()
    step = {other for cid in ids if cid in KNOWN for other in KNOWN[cid][1]}
    while step - implied:
        implied |= step
        step = {other for cid in step if cid in KNOWN for other in KNOWN[cid][1]}
    return frozenset(cid for cid in ids if cid not in implied and not cid.endswith(JUNIOR)) or ids


def _reads_as_held(line: str, names: Sequence[str], text: str = "") -> bool:
    """Whether the licence reader finds each of the credentials ``names`` in ``line``, or the lower
    grade of it the requirement's ``text`` takes in its place ("EPA 608 Type II certified" for "EPA
    Section 608 Universal certification (Type II at minimum)"), or the stage toward it it takes ("CFA Level III
    Candidate" for "CFA charter required (or Level III candidate)"): a credential no knock-out reads
    ("clean driving record" beside "Valid driver's license") is no more shown because the licence
    beside it is."""
    held = credential_ids(line) if names else set()
    return all(any((ids := credential_ids(form)) and ids <= held
                   for form in (name, lower_grade_taken(name, text), stage_taken(name, text)) if form)
               for name in names)


def dense_credit(similarity, thresholds: tuple[float, float]):
    """Dense similarity mapped to 0..1 between the model's thresholds."""
    lo, hi = thresholds
    return np.clip((np.asarray(similarity, dtype=np.float64) - lo) / (hi - lo), 0.0, 1.0)


def requirement_weight(text: str, kind: str) -> float:
    """How much a requirement counts in coverage: must over nice, times what its words say."""
    return (MUST_WEIGHT if kind == "must" else NICE_WEIGHT) * max(requirement_words(text)[1], 1.0)


@lru_cache(maxsize=65_536)  # the requirements of the postings shown come up again
def requirement_words(text: str) -> tuple[tuple[str, ...], float]:
    """A requirement's distinct words, those it is asked in aside (``_ASKING_WORDS``), and their IDF mass."""
    words = tuple(sorted(set(tokenize(text)) - _ASKING_WORDS))
    return words, word_mass(set(words))


def word_mass(words: set[str]) -> float:
    return sum(idf(w) for w in words)


def line_credits(requirement: str, groups: Sequence[Sequence[str]], similarities: np.ndarray,
                 features: ResumeFeatures, thresholds: tuple[float, float],
                 shows: np.ndarray | None = None, dense: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """A requirement's credit from each resume line: half dense similarity, half the IDF
    share of its words the line uses, in the singular or the plural (returned too, as the tie-break between lines); or
    the share of its skill groups (alternatives: one member is enough) the line names,
    whichever is more.  A group the line shows only through the kind of a skill the
    requirement does not name ("Python", a language, for "software engineering
    experience") counts ``IMPLIED_CREDIT``: the line shows that kind of work, not the
    requirement, so alone it makes the requirement partly covered.  A requirement that
    asks only certifications or licences is covered only by lines that name them: its
    words alone make it partly covered at most.  A line about the job the person seeks
    ("Seeking a Flight Attendant position") shows nothing by its words.  ``shows``: the
    groups' ``group_shows``, and ``dense`` the similarities' ``dense_credit``, when the caller
    has them."""
    words, mass = requirement_words(requirement)
    lexical = np.zeros(len(features.lines))
    if mass:
        for w in words:
            # used in the singular or the plural ("attic and crawl space work" for "crawl in attics and crawl spaces")
            found = [rows for form in word_forms(w) if (rows := features.word_lines.get(form)) is not None]
            if found:
                lexical[np.unique(np.concatenate(found))] += idf(w)
        lexical /= mass
    wording = 0.5 * (dense_credit(similarities, thresholds) if dense is None else dense) + 0.5 * lexical
    if listed := _list_lines(features):
        # A bare list of skills is like an ask as a whole only as far as its other items let it:
        # the words of the item it names show it, however many stand beside ("ADP Workforce Now,
        # UKG Pro, ..., QuickBooks, wage and hour law" for "... wage and hour laws").
        wording = wording.copy()
        wording[listed] = np.maximum(wording[listed], lexical[listed])
    if len(features.seeks) == len(wording):
        wording[features.seeks] = 0.0   # the job wanted is no work shown
    credit = wording
    any_credential, all_credentials = _credentials(taxonomy(), tuple(map(tuple, groups)))
    if _asks(_ASKS_HOLDING, requirement) and not any_credential:
        # A certification or licence none of its skills is ("Blood bank specialist (SBB)
        # certification"): a line's words show it only where the line holds a credential or
        # names one the requirement names ("SBB"), not where it names the field ("blood bank")
        # or the state it is of ("NC" in "North Carolina HVAC license (H-2 or H-3)"); nor where
        # the credential the line holds is another the taxonomy knows ("NC driver's license").
        names = [a for a in _ACRONYM.findall(requirement) if not _known_field(a) and a not in US_STATE_CODES]
        listed = features.resume.credentials.licences
        other = _other_credentials(features)
        holds = np.array([(_says_held(s, listed) and i not in other) or any(_names_word(a, s) for a in names)
                          for i, s in enumerate(features.resume.sentences)], dtype=bool)
        if len(holds) == len(credit):
            credit = np.where(holds, credit, np.minimum(credit, PARTIAL))
            # nor, even partly, where the only words it shares with the ask are the state's ("Front Desk
            # Associate, YMCA of Western North Carolina" for a North Carolina massage therapist's licence;
            # "Substitute teacher, New Jersey" shares the work's stem with "New Jersey teaching license")
            place = _state_words(requirement)
            stems = {work_stem(w) for w in words if w not in place} if place else set()
            only_place = np.array([not stems & {work_stem(w) for w in line} for line in features.lines], dtype=bool)
            if place and len(only_place) == len(credit):
                credit = np.where(holds | ~only_place, credit, np.minimum(credit, PLACE_ONLY))
    if groups:
        shows = group_shows(groups, features, requirement) if shows is None else shows
        if all_credentials:
            # Certifications and licences are shown by their names: a line's words make one
            # partly covered at most ("OSHA forklift certification" for "OSHA 10 certification"),
            # and a line naming a lower grade of one asked not even partly ("OSHA 10 card" for
            # "OSHA 30", a Green Belt for a Black Belt: ``lower_grades``).
            credit = np.minimum(credit, PARTIAL)
            below = sorted({i for name in lower_grades(tuple(map(tuple, groups))) for i in features.lines_naming(name)})
            # nor a line that names another credential the taxonomy knows, whatever words of the ask it shares
            # ("Pursuing the CPCU designation" for "Progress toward ACAS designation"): it holds that one; a line
            # naming one asked, held or begun ("CPCU - in progress"), is read by its name as before
            own = {i for group in groups for name in group for i in features.lines_naming(name)}
            below += sorted(_other_credentials(features) - own - set(below))
            if below:
                credit[below] = np.minimum(credit[below], LOWER_GRADE)
        share = np.add.reduce(shows, axis=0) / len(shows)
        if _languages_only(tuple(map(tuple, groups))):
            # Languages are shown by their names: "English; basic Polish" shows nothing of "Bilingual
            # English/Spanish", however near its words and vectors are.
            credit = np.minimum(credit, share)
        begun = [i for _, i in _begun(groups, features)]
        if begun:   # a line naming a skill only as begun shows no more of it by its words
            credit[begun] = np.minimum(credit[begun], share[begun])
        credit = np.maximum(credit, share)
    return credit, wording


def not_held_capped(requirement: str, groups: Sequence[Sequence[str]], credits: np.ndarray,
                    features: ResumeFeatures) -> np.ndarray:
    """``credits`` where a requirement asks a credential (a skill of ``groups`` that is one, or its words:
    "Current NWCG Incident Qualification Card (Red Card) as FFT2"): a line that says it is not held shows
    it partly at most where it lapsed ("NWCG Red Card: FFT2 (expired 2020)", as an expired TWIC card's
    skill is not read), next to nothing where it says none is held ("I do not have a driver's license",
    "Driver's license: none": ``said_not_held``), whatever its words, names or skills.  An ask of the
    eligibility for one ("CPA eligible preferred") is shown by one held once: a lapsed line is not capped."""
    if not (_credentials(taxonomy(), tuple(map(tuple, groups)))[0] or _asks(_ASKS_HELD, requirement)):
        return credits
    sentences = features.resume.sentences
    eligibility = _asks(_ASKS_ELIGIBILITY, requirement)
    gone = {i: said for i in np.flatnonzero(credits > PLACE_ONLY)
            if i < len(sentences) and (said := said_not_held(sentences[i], requirement))
            and not (eligibility and said == "lapsed")}
    if gone:
        credits = credits.copy()
        for i, said in gone.items():
            credits[i] = min(credits[i], PARTIAL if said == "lapsed" else PLACE_ONLY)
    return credits


# What a line sharing only a state's words with a licence asked shows of it: next to nothing.
PLACE_ONLY = 0.1


@lru_cache(maxsize=65_536)
def _state_words(requirement: str) -> frozenset[str]:
    """The words of the US states a requirement names in full ("north", "carolina")."""
    return frozenset(tokenize(" ".join(us_states(requirement))))


def _other_credentials(features: ResumeFeatures) -> frozenset[int]:
    """The resume's lines that name a certification or licence the taxonomy knows (read once a
    request): what such a line holds is that one, not one the taxonomy does not know."""
    memo = features.memo
    if "credential_lines" not in memo:
        memo["credential_lines"] = frozenset(
            i for name in features.skills if is_credential(name) and name not in features.by_kind
            for i in features.lines_naming(name))
    return memo["credential_lines"]


LOWER_GRADE = 0.2   # what a lower grade of a credential shows of the one asked: none of it


@lru_cache(maxsize=8_192)
def lower_grades(groups: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The credentials below those ``groups`` ask on their ladders, none asked itself: those an
    asked one implies that are grades of a family, not the family (OSHA 30 -> OSHA 10, not OSHA;
    Six Sigma Black Belt -> Green and Yellow Belt; OSHA 500 -> OSHA 510; ACLS -> BLS)."""
    asked = {name for group in groups for name in group}
    below = {c for name in asked if is_credential(name) for c in implied_skills([name], by_kind=False)
             if is_credential(c)}
    return frozenset(c for c in below - asked
                     if any(is_credential(p) for p in implied_skills([c], by_kind=False)))


@lru_cache(maxsize=65_536)
def _credentials(tax, groups: tuple[tuple[str, ...], ...]) -> tuple[bool, bool]:
    """Whether any of the skills of ``groups`` is a certification or a licence, and whether all
    are (under the taxonomy ``tax``, which keys the cache)."""
    flags = [is_credential(name) for group in groups for name in group]
    return any(flags), bool(flags) and all(flags)


# A requirement that asks a certification or licence: "6G pipe welding certification"; and a
# resume line that says one is held ("HACCP certified", "HACCP certification, 2021"), which a
# school's certificate ("Welding Technology Certificate") does not.
# (not the rules of licensing: "Knowledge of state licensing regulations and ratios" asks no licence held)
_ASKS_CREDENTIAL = re.compile(r"(?i)\b(?:certifi\w*|licen[cs](?!ing\s+(?:regulations?|rules|standards|laws?|visits?"
                              r"|inspections?|compliance)\b)\w*|credential\w*)\b")
_SAYS_CREDENTIAL = re.compile(r"(?i)\b(?:certified|certifications?|credentials?|licen[cs](?:ed|es?)|credentialed)\b")


@lru_cache(maxsize=262_144)
def _asks(pattern: re.Pattern, text: str) -> bool:
    """Whether a posting's ``text`` (a requirement, what a must-have asks) holds ``pattern``:
    kept, as each request that reads the posting asks it again."""
    return pattern.search(text) is not None


def owned_lines(name: str, features: ResumeFeatures) -> frozenset[int]:
    """The resume's lines that name a skill, or show it as the quality it is at work ("Served 40+
    guests per shift" for Customer service: ``SKILL_QUALITY``), not a line about the job sought; for a
    credential, those where it is the person's own (not expired, to come, another's)."""
    lines = features.lines_naming(name)
    if quality := SKILL_QUALITY.get(name):
        seeks = features.seeks if len(features.seeks) == len(features.resume.sentences) else ()
        lines = lines | {i for i, line in enumerate(features.resume.sentences)
                         if not (len(seeks) and seeks[i]) and shows_quality(quality, line)}
    if not is_credential(name):
        return lines
    sentences, surfaces = features.resume.sentences, features.skills.get(name, [name])
    # a stage below one the line is a candidate for is held ("CFA Level II Candidate": Level I)
    return frozenset(i for i in lines if all(says_held(sentences[i], s) for s in surfaces)
                     or stage_held(name, sentences[i]))


def _narrower_held(features: ResumeFeatures) -> dict[str, list[str]]:
    """Each skill the resume's own skills imply by name (``direct_parents``, followed on: SwiftUI -> Swift,
    Django -> Python), with those skills; read once a request.  A line naming the narrower one shows the
    broader one, as where the resume names the broader one nowhere: "built in SwiftUI and UIKit" shows Swift
    though the skills list names Swift too.  No credential, which only its name shows."""
    memo = features.memo
    if "narrower_held" not in memo:
        found: dict[str, list[str]] = {}
        for child in features.skills:
            if is_credential(child):
                continue
            for parent in implied_skills([child], by_kind=False):
                if parent in features.skills and not is_credential(parent):
                    found.setdefault(parent, []).append(child)
        memo["narrower_held"] = found
    return memo["narrower_held"]


@lru_cache(maxsize=8_192)
def _broader(name: str) -> tuple[str, ...]:
    """The broader skills a skill implies by name (TIG welding -> Welding, PostgreSQL -> SQL),
    not by its category's kind of work nor through a broader one's own (Amazon Kinesis -> Amazon Web Services,
    not Cloud computing, which Snowflake shows too); none for a certification or licence, which only its
    name shows (BLS, which ACLS implies, is no part of ACLS)."""
    return () if is_credential(name) else direct_parents(name)


def _suite_named(suite: str, lines: frozenset[int], features: ResumeFeatures) -> set[int]:
    """Those of ``lines`` that name a suite by its own name ("Adobe Creative Cloud"), not through one of
    its apps: InDesign is part of the Adobe Creative Suite, but a line naming it shows nothing of
    Photoshop or Lightroom, another app of the suite (``group_shows``' broader skill)."""
    surfaces = {m.surface.lower() for m in features.resume.skills if m.name == suite}
    sentences = features.resume.sentences
    return {i for i in lines if any(surface in sentences[i].lower() for surface in surfaces)}


def group_shows(groups: Sequence[Sequence[str]], features: ResumeFeatures, requirement: str = "") -> np.ndarray:
    """Groups x lines: 1 where the line names one of the group's skills, ``IMPLIED_CREDIT``
    where it shows one only through the kind of a skill the requirement does not name, and
    ``PARTIAL`` where it names only a broader skill than the one asked ("Welding" for "pipe
    welding", "Excel" for "pivot tables"): the line shows the field, not the skill; so does
    a line that says the skill is only begun ("TypeScript (learning)", ``_only_learning``).  A
    ``requirement`` that asks a certification or licence none of its skills is ("6G pipe
    welding certification", "AWS certification") is shown partly at most by a line that
    names its skill without saying it is certified or licensed in it: the line shows the
    field, not the credential."""
    shows = np.zeros((len(groups), len(features.lines)))
    asked = {name for group in groups for name in group}

    def partly(name: str) -> bool:
        return name in features.by_kind and features.by_kind[name] not in asked

    known = features.memo.setdefault("naming", {})   # the lines naming each skill, read once a request

    def naming(name: str) -> frozenset[int]:
        if name not in known:
            known[name] = owned_lines(name, features)
        return known[name]
    narrower = _narrower_held(features)
    for g, group in enumerate(groups):
        named: set[int] = set()
        through: set[int] = set()
        field: set[int] = set()
        broad, kind = _broad_of_examples(group, requirement)
        for name in group:
            if name in SUITES and len(group) > 1 and not any(m.name == name for m in features.resume.skills):
                continue   # "Word or Microsoft Office": Excel shows the suite, not Word
            if name == broad:
                # what the examples are kinds of ("data visualization libraries (D3, Highcharts)"): shown by a
                # line naming a skill of their kind (Chart.js), partly by one naming it through another kind
                # ("Tableau", "dashboards")
                lines = naming(name)
                same = {i for other, at in features.skill_lines.items() if _category(other) == kind for i in at}
                named.update(lines & same)
                field.update(lines - same)
                continue
            (through if partly(name) else named).update(naming(name))
            for child in narrower.get(name, ()):
                named.update(naming(child))
            for broader in _broader(name):
                if broader not in asked:
                    field.update(_suite_named(broader, naming(broader), features) if broader in SUITES
                                 else naming(broader))
        if _asks(_ASKS_ELIGIBILITY, requirement) or _asks(_ASKS_CANDIDATE, requirement):
            # eligibility or candidacy asked ("CPA or CPA candidate"): a line of one to come shows it
            named.update(i for name in group if is_credential(name) for i in _eligible_lines(name, features))
        field -= named | through
        through -= named
        if field:
            shows[g, list(field)] = PARTIAL
        if through:
            shows[g, list(through)] = IMPLIED_CREDIT
        if named:
            shows[g, list(named)] = 1.0
    for g, i in _begun(groups, features):
        shows[g, i] = min(shows[g, i], PARTIAL)   # "TypeScript (learning)": a start, partly
    if requirement and _asks(_ASKS_USE, requirement):
        listed = _list_lines(features)
        if listed:
            # a bare list of skills names them, it shows no use of them: partly
            shows[:, listed] = np.minimum(shows[:, listed], PARTIAL)
    sentences = features.resume.sentences
    if _asks(_ASKS_CREDENTIAL, requirement) and not any(is_credential(name) for name in asked):
        for g, group in enumerate(groups):
            surfaces = [s for name in group for s in features.skills.get(name, [name])]
            for i in np.flatnonzero(shows[g] > PARTIAL):
                if not _holds_credential(sentences[i], surfaces, features.resume.credentials.licences):
                    shows[g, i] = PARTIAL
    return shows


def _category(name: str) -> str:
    skill = taxonomy().get(name)
    return skill.category if skill else ""


def _broad_of_examples(group: Sequence[str], requirement: str = "") -> tuple[str, str]:
    """(the broad skill, the examples' category) of a choice of a broad skill and two or more examples of one
    kind of another category ("Data visualization" of the libraries D3.js and Highcharts), else ("", "").
    Examples the taxonomy does not know are of no kind ("IEP software (e.g., SameGoal, EasyIEP)"): the
    broad skill named is one of the choice, as they are.  Nor is one an item of the examples' own list in
    ``requirement`` ("a streaming platform (Kafka, Kinesis, Pub/Sub)": Kafka, of another category, is one of
    them, not what they are kinds of)."""
    if len(group) < 3:
        return "", ""
    categories = [_category(name) for name in group]
    odd = [k for k, c in enumerate(categories) if categories.count(c) == 1]
    if len(odd) != 1 or len(set(categories)) != 2 or not all(categories):
        return "", ""
    if requirement and _listed_with(requirement, group[odd[0]], group):
        return "", ""
    return group[odd[0]], categories[odd[0] - 1 if odd[0] else 1]


# Between two items of one list: a comma, a slash, "or", "and".
_ITEM_GAP = re.compile(r"(?i)[ \t]*(?:,|/|&|\bor\b|\band\b)[ \t]*(?:(?:or|and)\b[ \t]*)?")


def _listed_with(text: str, name: str, group: Sequence[str]) -> bool:
    """Whether ``text`` names ``name`` as an item of a list beside another of ``group``: "Kafka, Kinesis"."""
    mentions = [m for m in taxonomy().extract(text) if m.name in group]
    return any(m.name == name and o.name != name and (_ITEM_GAP.fullmatch(text[m.end:o.start]) if o.start >= m.end
                                                        else _ITEM_GAP.fullmatch(text[o.end:m.start]))
               for m in mentions for o in mentions)


# A requirement that asks the eligibility for a credential, not the credential: "CPA eligible preferred",
# "CPA or CPA-eligible", "eligible to sit for the CPA exam"; or a candidate for it: "CPA or CPA candidate".
_ASKS_ELIGIBILITY = re.compile(r"(?i)\beligib\w*")
_ASKS_CANDIDATE = re.compile("(?i)" + CANDIDATE_OF)


def _eligible_lines(name: str, features: ResumeFeatures) -> frozenset[int]:
    """The resume's lines that show the eligibility for the credential ``name``: held, to come ("CPA
    candidate, passed FAR and AUD", "CPA-eligible") or held once ("CPA (Texas), inactive": its exam
    passed), read once a request."""
    memo = features.memo.setdefault("eligible", {})
    if name not in memo:
        ids = credential_ids(name)
        memo[name] = frozenset(i for i, line in enumerate(features.resume.sentences)
                               if ids & (held_ids(line, prospective=True) | lapsed_ids(line))) if ids else frozenset()
    return memo[name]


# A requirement that asks the use of what it names, not knowing it: "Hands-on experience with
# Apache Spark", "Experience building REST or gRPC APIs", "3+ years of Go" (not "Familiarity with
# AWS or GCP", "Strong proficiency in Go, Rust, or Java").
_ASKS_USE = re.compile(r"(?i)\b(?:experience[ds]?|hands[- ]on|built|build(?:ing)?|develop(?:ed|ing)|deploy\w*"
                       r"|years?|yrs|track record|shipped|shipping|implement\w*|production|running|operat\w*)\b")
# A line that is a bare list of skills: four items or more, of three words at most on average,
# and no statement of work in it (a figure of years, a verb of doing).
_LIST_ITEM_CUT = re.compile(r"\s*[,;|•·/]\s*|\s+and\s+")
_STATES_WORK = re.compile(r"(?i)\d+\s*\+?\s*(?:years?|yrs|months?)\b|\b(?:built|build|wrote|write|used|using|led"
                          r"|developed|designed|deployed|managed|created|implemented|maintained|ran|shipped)\b")


def _list_lines(features: ResumeFeatures) -> list[int]:
    """The resume's lines that only list skills ("Languages: Python, Go, Java, SQL, Bash"; a
    skills heading's label before a colon is no item): read once a request.  Not a line among
    a role's own (``ResumeFeatures.own_lines``): under a job, "Month-end close, journal entries,
    accruals and account reconciliations in SAP" tells the work done there, verb or not."""
    memo = features.memo
    if "list_lines" not in memo:
        named = Counter(i for lines in features.skill_lines.values() for i in lines)
        in_roles = {i for start, end in features.own_lines() if start >= 0 for i in range(start, end)}
        found = []
        for i, line in enumerate(features.resume.sentences):
            if named[i] < 3 or i in in_roles:   # a list of skills names three or more
                continue
            items = [item for item in _LIST_ITEM_CUT.split(line.split(":", 1)[-1]) if item.strip()]
            # names, no statement: "8 years of Go and Python, PostgreSQL, Kubernetes" tells the work
            if (len(items) >= 4 and sum(len(item.split()) for item in items) <= 3 * len(items)
                    and not _STATES_WORK.search(line)):
                found.append(i)
        memo["list_lines"] = found
    return memo["list_lines"]


# A requirement that asks to hold a certification or licence by its noun ("SBB certification",
# "must be certified"; not "a licensed child care center"), and the names it may give it ("SBB").
_ASKS_HOLDING = re.compile(r"(?i)\b(?:certifications?|licen[cs]es?|licensure|credentials?|certified)\b")
# An ask to pass a test ("Must pass the Work Capacity Test", "pass a written exam"), a line about practising for one
# ("completed a practice pack test", "mock exam", "training for the CPAT"; not "Practice Manager") and one saying one
# was passed ("Passed the arduous pack test, 2024").
_ASKS_PASSING = re.compile(r"(?i)\bpass(?:es|ing)?\b[^.;]{0,60}?\b(?:tests?|exams?|examinations?|assessments?|CPAT)\b")
_PRACTICE = re.compile(r"(?i)\b(?:practi[cs]e|mock|trial|sample|dry[- ]run)(?:[ \t]+[\w-]+){0,2}?[ \t]+"
                       r"(?:tests?|exams?|examinations?|assessments?)\b"
                       r"|\b(?:prepar(?:ing|ed)|train(?:ing|ed)|studying|studied|practi[cs]ing)[ \t]+for[ \t]+"
                       r"(?:(?:the|an?)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
                       r"(?:tests?|exams?|examinations?|assessments?|CPAT)\b")
_PASSED = re.compile(r"(?i)\bpassed\b")
# An ask of a credential held, by its kind's word too: "Current NWCG Incident Qualification Card (Red Card)".
_ASKS_HELD = re.compile(r"(?i)\b(?:certifications?|licen[cs]es?|licensure|credentials?|certified|cards?|permits?"
                        r"|endorsements?|tickets?)\b")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")


def _known_field(name: str) -> bool:
    """A name the taxonomy knows as a skill that is no credential ("AWS" in "AWS certification")."""
    skill = taxonomy().get(name)
    return skill is not None and not is_credential(skill.name)


def _names_word(name: str, line: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", line) is not None


_PART = re.compile(r"[,;|•·]|\s[-–—]\s")
# A skill said to be only begun: "TypeScript (learning)", "Core Data (basic)", "currently learning Go".
_LEARNING_AFTER = re.compile(r"[ \t]*\((?:currently[ \t]+)?(?:learning|basic|beginner|novice|introductory|some"
                             r"|limited|studying|self-study)\b[^()]{0,30}\)", re.I)
# ... or before it, with the other skills begun listed between ("Currently learning Python and Selenium")
_LEARNING_BEFORE = re.compile(r"\b(?:(?:currently|now)[ \t]+learning|learning|beginner|novice|basic)[ \t]+"
                              r"(?:[\w.+#/-]+(?:[ \t]+[\w.+#/-]+)?[ \t]*(?:,|&|\band\b|\bor\b)[ \t]*)*\Z", re.I)


_LEARNING_WORD = re.compile(r"(?i)learn|basic|beginner|novice|introductory|some|limited|stud")


def _begun(groups: Sequence[Sequence[str]], features: ResumeFeatures) -> list[tuple[int, int]]:
    """(group, line) where the line names one of the group's skills only as begun
    (``_only_learning``)."""
    memo = features.memo
    if "learning_lines" not in memo:
        memo["learning_lines"] = [i for i, s in enumerate(features.resume.sentences) if _LEARNING_WORD.search(s)]
    found = []
    for i in memo["learning_lines"]:
        line = features.resume.sentences[i]
        for g, group in enumerate(groups):
            if _only_learning(line, [s for name in group for s in features.skills.get(name, ())]):
                found.append((g, i))
    return found


def _only_learning(line: str, surfaces: Sequence[str]) -> bool:
    """Whether every mention of the skill's ``surfaces`` on ``line`` says it is only begun
    ("TypeScript (learning)", "currently learning Go", "Core Data (basic)")."""
    hits = [m for s in surfaces if s
            for m in re.finditer(rf"(?<![\w+#.]){re.escape(s)}(?![\w+#])", line, re.I)]
    return bool(hits) and all(_LEARNING_AFTER.match(line, m.end()) or _LEARNING_BEFORE.search(line, 0, m.start())
                              for m in hits)


def _holds_credential(line: str, surfaces: Sequence[str], listed: Sequence[str] = ()) -> bool:
    """Whether a part of ``line`` (between commas, semicolons, bullets, spaced dashes) names
    one of the skill's ``surfaces`` and says it is certified or licensed ("HACCP
    certification, 2021"; not "CERTS: AWS D1.1 3G & 4G ; Forklift certified" for welding), or
    is one of the credentials the resume lists under its licences heading (``listed``:
    "Hazmat Operations (Pro Board)")."""
    return any((_says_held(part, listed) or _listed_piece(part, listed)) and any(s.lower() in part.lower()
                                                                                for s in surfaces)
               for part in _PART.split(line))


def _listed_piece(part: str, listed: Sequence[str]) -> bool:
    """Whether a part of a line is a piece of a credential the resume lists, cut at a spaced dash
    the licences reader kept ("NCCCO Mobile Crane Operator" of "NCCCO Mobile Crane Operator —
    Telescopic Boom")."""
    low = part.strip().lower()
    return len(low) >= 6 and any(low in item.lower() for item in listed)


def _says_held(text: str, listed: Sequence[str]) -> bool:
    """Whether ``text`` says a credential is held: certified or licensed, or one of those the
    resume lists under its licences heading (``listed``)."""
    low = text.lower()
    return bool(_SAYS_CREDENTIAL.search(text)) or any(item.lower() in low for item in listed)


def across_lines(shows: np.ndarray, best: int) -> tuple[float, list[int]]:
    """A requirement whose skill groups several lines show ("QuickBooks or NetSuite and
    advanced Excel": one line each): the share of its groups the resume shows, and the
    lines besides ``best`` that show the groups ``best`` shows less, in resume order."""
    if not shows.size:
        return 0.0, []
    extra = {int(np.argmax(row)) for row in shows if row[best] < row.max()}
    return float(shows.max(axis=1).mean()), sorted(extra)


def best_line(credit: np.ndarray, wording: np.ndarray, weak: Sequence[bool] = ()) -> int:
    """The line that shows a requirement best: the most credit, then a line that is no ``weak``
    evidence (``weak_lines``: a school's or a banner's), then the closest wording ("RN License,
    Massachusetts" before "Registered Nurse" for an RN licence)."""
    rounded = np.round(np.asarray(credit, dtype=np.float64), 9).tolist()
    top, words = max(rounded), np.asarray(wording).tolist()
    tied = [k for k, value in enumerate(rounded) if value == top]
    strong = [k for k in tied if not (len(weak) == len(rounded) and weak[k])] or tied
    return max(strong, key=words.__getitem__)


# Lines that show what they name more weakly than a line about holding it or doing it, quoted
# last among equals: a school's or a course's ("Texas Professional Truck Driving School - CDL-A
# Training, 2016", "Plumbing Apprenticeship coursework, 2019") and a banner in capitals ("PROFESSIONAL
# DRIVER - CDL CLASS A", a resume's headline); not a credential's grade "in training" ("Engineer-in-Training (EIT)").
_SCHOOLING_LINE = re.compile(r"(?i)\b(?:school|college|academy|institute|university|(?<!in-)(?<!in )training"
                             r"|coursework|courses?|classes|program(?:me)?)\b")


_BANNER_WORD = re.compile(r"\b[A-Z]{5,}\b")


def weak_lines(features: ResumeFeatures, study: bool = False) -> list[bool]:
    """Per resume line: whether it is weak evidence (``_SCHOOLING_LINE``, or a banner: all in
    capitals, two words of five letters or more; not a list of credentials' letters, "BLS, ACLS"),
    or a bare list of skills (``_list_lines``): "Edited training videos in Camtasia" shows the
    video editing asked, where "Skills: Articulate 360, Camtasia, Canva, ..." names it; or a line of
    nothing but names (``_names_only``: the letters after a name, "EIT" of "KEVIN NGUYEN, EIT").  For ``study``
    asked a school's line is no weaker than another: "Bachelor of Science in Dental Hygiene, Oregon Institute
    of Technology, 2020" shows "Graduate of a CODA-accredited dental hygiene program" as a licence's line does."""
    key = ("weak", study)
    if key not in features.memo:
        listed = set(_list_lines(features)) | _names_only(features)
        features.memo[key] = [bool(_SCHOOLING_LINE.search(s)) and not study
                              or (s.upper() == s and len(_BANNER_WORD.findall(s)) >= 2) or k in listed
                              for k, s in enumerate(features.resume.sentences)]
    return features.memo[key]


def _names_only(features: ResumeFeatures) -> set[int]:
    """The resume's lines that say nothing but the names of skills they hold: a header's letters
    after the name ("EIT", "RN, BSN"), which a line stating the credential ("Engineer-in-Training
    (EIT), California Board for Professional Engineers, #162233") shows better."""
    lowered = [line.lower() for line in features.resume.sentences]
    for name, lines in features.skill_lines.items():
        for k in lines:
            for surface in sorted(features.skills.get(name, ()), key=len, reverse=True):
                lowered[k] = lowered[k].replace(surface.lower(), " ")
    named = set().union(*features.skill_lines.values())
    return {k for k in named if not re.search(r"[^\W\d_]", lowered[k])}


def status_of(credit: float) -> str:
    return "covered" if credit >= COVERED else "partial" if credit >= PARTIAL else "missing"


def cap_reason(requirements: list[RequirementMatch], checks: Sequence = (), title: str = "",
               shown=frozenset()) -> str:
    """Why a posting's score is held at ``CAPPED_SCORE`` at most (below "likely fit"), in words
    ("" when nothing holds it): a licence its knock-outs ask is one the resume says is not
    held, expired or still to come ("Will test for AZ journeyman license"), or the clearance
    one the resume says is inactive ("Secret (expired 2018)"); the resume does not
    name the job's own licence at all (``job_licence``: a dental assistant for a dental
    hygienist's post), nor a skill the licence's name is (``shown``: the resume's skills;
    "STNA" is Ohio's CNA certification); or most of its must-haves are missing
    (``mostly_missing``)."""
    if any(getattr(c, "other_state", False) for c in checks):
        return "the resume's licence is another state's than the one it asks"
    lapsed = [c.kind for c in checks if getattr(c, "not_held", False)]
    if lapsed:
        return ("the resume says a licence it asks is not held" if "licence" in lapsed
                else "the resume says the clearance it asks is not active")
    licence = next((c.unnamed for c in checks if job_licence(getattr(c, "unnamed", ""), title)
                    and not set(skill_names(c.unnamed)) & set(shown)), "")
    if licence:
        return f"the resume does not name {licence}, the licence the job is done under"
    return "most must-haves are missing" if mostly_missing(requirements) else ""


# What a licence's name says besides the work it licenses: "Current Colorado Dental Hygienist
# license" licenses dental hygiene.
_LICENCE_WORDS = re.compile(r"(?i)\b(?:current|active|valid|unrestricted|unencumbered|full|state|licen[cs]ed?|licensure"
                            r"|licen[cs]es|certifications?|certificates?|certified|registrations?|registered|permits?"
                            r"|credentials?|board|required|in|of|the|an?|good|standing|or|and|eligible|eligibility"
                            r"|compact|multistate|" + "|".join(US_STATE_NAMES) + r")\b")


def job_licence(name: str, title: str) -> bool:
    """Whether a licence a posting asks is the one its job is done under: the posting's title
    names it ("Licensed Clinical Social Worker (LCSW)" for "LCSW license", "CDL-A Truck
    Driver" for "Class A CDL") or names the work it licenses ("Registered Dental Hygienist"
    for "Current Colorado Dental Hygienist license", "Physical Therapist Assistant" for
    "Texas PTA license", by ``LICENSED_WORK`` where the name does not: "HVAC Service Technician" for
    "EPA 608 Universal certification").  Without it a resume shows no one who may do the job; a driver's
    licence beside the work ("Delivery Driver") is no such licence: resumes seldom name it."""
    if not name or not title:
        return False
    named = credential_ids(name)
    if "drivers-license" in named and "cdl" not in named:
        return False
    if named & credential_ids(title) or any(LICENSED_WORK[cid].search(title) for cid in named & LICENSED_WORK.keys()):
        return True
    # its abbreviation in brackets names it again, and "Professional" opening it says it licenses
    # the work that follows: "Professional Engineer (PE)" licenses an engineer's work
    work = _PROFESSIONAL.sub("", job_kind(_LICENCE_WORDS.sub(" ", _ABBREVIATION.sub(" ", name))).lower())
    words = tuple(work_stem(w) for w in re.findall(r"[a-z][a-z0-9+#]*", work))
    # or the licence's name holds the title's work: "Texas Level III Commissioned Security Officer
    # license" for "Security Officer - Armed" (what a dash or a bracket sets apart qualifies it)
    # ("Manager" names no work of its own)
    head = re.findall(r"[a-z][a-z0-9+#]*", _TITLE_PIECE.split(job_kind(title))[0].lower())
    job = tuple(work_stem(w) for w in head) if set(head) - NO_WORK_ROLE else ()
    return bool(words) and (does_work(job_kind(title), (words,)) or bool(job) and does_work(work, (job,)))


_ABBREVIATION = re.compile(r"\(\s*[A-Z][A-Z0-9&+-]{1,7}\s*\)")   # "(PE)", "(PLS)"
_PROFESSIONAL = re.compile(r"^\s*professional\s+(?=\w)")
_TITLE_PIECE = re.compile(r"[ \t]+[-–—|/][ \t]+|[ \t]*[(,]")   # "Real Estate Agent / Buyer's Agent" too


def mostly_missing(requirements: list[RequirementMatch]) -> bool:
    """More than half of the must-haves (``musts_of``) have no line that shows them."""
    musts = musts_of(requirements)
    return sum(r.status == "missing" for r in musts) * 2 > len(musts)


def floor_reason(requirements: list[RequirementMatch]) -> str:
    """Why a posting no knock-out rules out scores ``FIT_FLOOR`` at least ("possible fit"), in words
    ("" when nothing raises it): a line of the resume shows each of its must-haves (``musts_of``), and
    there is at least one.  The score reads the words of the two texts and they may share few (a
    short posting, a resume in other words); on the catalog set, 40 pairs whose every must-have was
    shown were graded a fit 30 times, and the 7 of them scored below 25 four times, where 21% of all
    pairs scored 10 to 25 are fits (docs/EVALUATION.md)."""
    musts = musts_of(requirements)
    if musts and all(r.status == "covered" for r in musts):
        return "the resume shows every must-have the posting lists"
    return ""


def coverage_of(requirements: list[RequirementMatch]) -> float | None:
    """The requirements' credit weighted by ``requirement_weight``; conditions of the work
    ("Weekend availability") are no part of it, nor an age asked (``TO_CONFIRM``): a resume does not
    show them.  A soft ask weighs as a nice-to-have, whatever its kind: what shows a quality at work
    is a guess from a verb ("Trained 12 new hires"), and a resume seldom says it."""
    requirements = [r for r in requirements if r.kind != "condition" and r.status != TO_CONFIRM]
    if not requirements:
        return None
    weights = [requirement_weight(r.text, "nice" if r.soft else r.kind) for r in requirements]
    return sum(w * r.credit for w, r in zip(weights, requirements)) / sum(weights)


# The words every years ask shares with a line stating years, whatever the work: what is left names the work.
_YEARS_WORDS = frozenset("""year years yr yrs month months experience experienced minimum least plus more professional
work working related relevant industry role roles position positions total combined""".split())
OTHER_WORK = 0.2   # what a line stating years of other work shows of a years ask: none of it
# The words of a kind that say how the work is held, not what it is ("licensed", "certified" name no kind at all,
# ``kinds_of_work``): "2+ years of experience as a Registered Nurse" shares only its standing with "Registered
# Dental Assistant with 5 years of chairside experience".
_STANDING_STEMS = frozenset({"registered", "credentialed", "state-tested"})
# The words of a title that name no work ("Forklift Operator - 2nd Shift", "Senior ...", "Team Member"), as stems.
_NO_WORK_STEMS = frozenset(work_stem(w) for w in _YEARS_WORDS | NO_WORK_ROLE | {
    "senior", "junior", "sr", "jr", "entry", "level", "shift", "time", "full", "part", "remote", "hybrid", "hour",
    "team", "crew", "associate", "worker", "general", "staff", "member", "members",
    "hourly", "night", "nights", "day", "days", "weekend", "weekends", "home", "weekly", "local", "per", "new", "i",
    "ii", "iii", "iv", "and", "of", "the", "a", "an", "in", "at", "for", "to", "with", "or"})
# A line stating years or months of work, in figures or in words: "with 4 years of underwriting experience", "six
# years of experience writing and editing", "as a Process Assistant for 6 months".
_STATES_YEARS = re.compile(rf"(?i)\b(?:\d{{1,2}}|{number_words(20)})\+?\s*(?:years?|yrs?|months?|mos)\b")


def _years_of_other_work(asked: str, groups, shows: np.ndarray, features: ResumeFeatures,
                         related: Sequence[int], job: str = "") -> list[int]:
    """The lines, no role's among ``related``, that state years ("4 years of underwriting experience", "for 6 months")
    and share no word with a years ask but the years' own (``_YEARS_WORDS``) nor name a skill it asks.
    Where the ask names the kinds of work its years are of (``kinds_of_work``), a word of them is
    what a line must share: what qualifies the work besides names none of it ("5+ years of software
    engineering experience, with a strong track record operating backend services" shares only
    "record" with "Truck driver with 8 years of over-the-road experience and a clean driving record").
    An ask naming no work ("5+ years of professional experience", "3+ years of relevant experience")
    asks years of the job's own, the work of its title ``job`` ("Software Engineer"): a word of it."""
    kinds = kinds_of_work(first_part(asked))
    # a kind named by a verb is what the verb is done to ("2 years of experience coordinating training programs":
    # a "Marketing coordinator with 4 years of experience in campaigns" coordinates no training)
    content = set(work_done_to(asked)) or {w for kind in kinds for w in kind if w not in _STANDING_STEMS} or {
        work_stem(w) for w in requirement_words(asked)[0] if w not in _YEARS_WORDS and not w.rstrip("+").isdigit()}
    if not content and job:
        content = set(work_stems(job_kind(job))) - _NO_WORK_STEMS
    if not content:
        return []
    out = []
    for k, line in enumerate(features.lines):
        if k in related or not _STATES_YEARS.search(features.resume.sentences[k]):
            continue
        if len(groups) and shows[:, k].max() > 0:
            continue
        if not content & ({work_stem(w) for w in line} | work_stems(features.resume.sentences[k])):
            out.append(k)
    return out


def _roles_of_other_work(groups, shows: np.ndarray, features: ResumeFeatures, related: Sequence[int]) -> list[int]:
    """The lines of roles, none among ``related`` (those doing the work a years ask asks), that name no skill
    it asks: a role's title and dates, its years another work's."""
    return [k for k in sorted(set(map(int, features.role_lines[features.role_lines >= 0])) - set(related))
            if not (len(groups) and shows[:, k].max() > 0)]


def _role_years_on(line: int, features: ResumeFeatures) -> float:
    """The years of the roles that stand on resume line ``line``."""
    return float(features.role_years[features.role_lines == line].sum())


def years_credits(asked: float, posting_title: np.ndarray, features: ResumeFeatures,
                  names=(), leading: bool = False, sentence: str = "",
                  title: str = "") -> tuple[np.ndarray, list[int], float]:
    """Years asked, as the roles that do the work show them: those whose title is like the
    posting's, those whose title does a kind of work the requirement's ``sentence`` names
    ("8th Grade Science Teacher" for "2+ years in instructional design or teaching"), and
    those whose own lines show a skill among ``names``, the requirement's ("Senior Backend
    Engineer" for "5+ years of backend development"), as ``ResumeFeatures.roles_like`` picks
    them; with ``leading`` (years of supervisory or leadership experience), only those of
    them whose titles lead others.
    Per resume line, those roles' years over the years asked, capped at 1, on the lines
    that hold them, 0 elsewhere (what shows "1+ years of classroom teaching experience");
    those lines, the longest role's first, or one's whose own lines or title do the work asked
    and that holds the years alone; and the share itself (a role stated without a
    line, "Registered Nurse with 6 years of experience", counts in it), or the share of a
    later figure of the ``sentence`` where less (``part_years``: "including at least 1 year in
    a lead role"), partly at most where no role was held in a setting it names
    (``roles_in_setting``: a library's volunteer tutor for "secondary classroom teaching")."""
    credit = np.zeros(len(features.lines))
    if not len(features.role_vectors) or not asked:
        return credit, [], 0.0
    if sentence and (main := main_work(sentence)) != sentence:
        # the skills a later part names ("with at least 2 years in banking") are where some of the years
        # were spent (``part_years`` reads them), not the work all of them are of
        own = set(skill_names(main))
        names = [name for name in names if name in own]
    related = features.roles_like(posting_title, names, sentence, title)
    setting = None
    if sentence:
        related = (related | features.roles_doing(sentence)) & features.counting_roles(sentence, title)
        # a setting it names ("secondary classroom", "in a K-12 setting"): the roles held there; with
        # none, those like it show the years partly at most
        setting = features.roles_in_setting(sentence)
        if (related & setting).any():
            related = related & setting
    # "with at least 3 years in Java", "including 1 year in a lead role": the share of the least met
    part = part_years(posting_title, features, sentence, related)[0] if sentence else 1.0
    if setting is not None and related.any() and not (related & setting).any():
        part = min(part, PARTIAL)
    if leading:
        related &= features.role_leads   # years of leading others: roles that lead others
    shown = np.flatnonzero(related & (features.role_lines >= 0))
    share = min(1.0, features.years_of(related) / asked)
    credit[features.role_lines[shown]] = share
    # the longest role first, unless a role whose title does the work asked holds two thirds of the years ("Sales
    # Development Representative", 2.6 of "3+ years of experience in sales development", before a longer "Account
    # Executive" whose lines name sales), or one whose own lines or title do it holds the years alone ("Pharmacy
    # Technician, Walgreens" whose lines ran the register and helped customers, for "At least 6 months of customer
    # service or cashier experience", before a longer inpatient pharmacy technician's role)
    own = [name for name in names if not is_credential(name)]
    doing = features.roles_showing(own) if own else np.zeros(len(related), dtype=bool)
    titled = features.roles_doing(sentence) if sentence else np.zeros(len(related), dtype=bool)
    first = ((doing | titled) & (features.role_years >= asked))[shown]
    most = (titled & (features.role_years >= asked * 2 / 3))[shown]
    order = shown[np.lexsort((-features.role_years[shown], ~first, ~most))]
    return credit, list(dict.fromkeys(int(features.role_lines[i]) for i in order)), min(share, part)


def degree_credits(requirement: str, features: ResumeFeatures) -> np.ndarray | None:
    """A requirement that asks a degree ("Bachelor's degree in Human Resources or related
    field"), when the resume names degrees: per line, 1 where a degree of the level asked
    or higher stands in a field asked (or none is asked), ``PARTIAL`` in another field
    (``in_field``, as the knock-outs compare them: "or a related field" takes a field of the
    same small family, Computer Science for Information Technology; beyond those whether it
    is the "related field" a posting allows is for a person to judge: a nursing degree is no
    related field for HR) or a level lower by one, or one still to come; 0 elsewhere.  None
    when the requirement asks no degree or the resume names none (then the line's words and
    meaning decide, partly covered at most).  A licence offered in its place ("Bachelor's degree in
    Accounting or CPA") is shown, as the knock-outs read it, by the line that holds it: 1 there; so is
    a high-school diploma by a line of study after it ("... Technical College - Certificate, ...")."""
    asked = _degree_asked(requirement)
    if asked is None:
        return None
    level, fields, related, offered = asked
    degrees = features.resume.credentials.degrees
    sentences = features.resume.sentences
    creds, text = features.resume.credentials, features.resume.text
    holding = [line for name in offered if (line := _line_of(licence_held(name, creds, text, requirement),
                                                               sentences)) is not None]
    # one offered that the resume says is still to come ("Paralegal Certificate (in progress, expected May 2026)")
    coming = [line for name in offered if (line := _line_of(licence_to_come(name, creds, text, requirement),
                                                              sentences)) is not None]
    # study after high school takes the diploma asked, as the knock-outs read it, where no degree held is quoted
    # first (a certificate under way is not the "A.A., General Studies" held)
    study = _line_of(creds.sentences.get("post_secondary"), sentences) \
        if level == 0 and all(d.expected for d in degrees) else None
    if study is not None:
        holding.append(study)
    if not degrees and not holding and not coming:
        return None
    credit = np.zeros(len(features.lines))
    credit[coming] = PARTIAL
    credit[holding] = 1.0
    certificate = bool(GRADUATE_CERTIFICATE.search(requirement))
    for d in degrees:
        line = _degree_line(d.sentence, sentences)
        if line is None:
            continue
        gap = rank_of(d.level, DEGREE_LEVELS) - level
        if gap == 0 and certificate and not GRADUATE_CERTIFICATE.search(d.sentence):
            gap = -1   # a bachelor's for a postgraduate certificate ("Bachelor of Nursing"): a level below
        value = (1.0 if in_field(fields, d.field, related) else PARTIAL) if gap >= 0 else PARTIAL if gap == -1 else 0.0
        if d.expected and not (gap > 0 and not fields):   # still to come: not yet held, though a
            value = min(value, PARTIAL)                    # degree under way takes the lower one
        credit[line] = max(credit[line], value)
    return credit


_GPA = r"(?i:\bgpa\b|grade point average)"
_GPA_NUMBER = r"(?<![\d.])([0-4]\.\d{1,2})(?![\d])(?!\s*/\s*(?:[5-9]|10)\b)"
_GPA_ASKED = re.compile(_GPA + r"[^.\d]{0,25}" + _GPA_NUMBER + "|" + _GPA_NUMBER + r"\+?\s*(?:cumulative\s+)?" + _GPA)
_GPA_STATED = re.compile(_GPA + r"[^\d\n]{0,6}" + _GPA_NUMBER + "|" + _GPA_NUMBER + r"(?:\s*/\s*4(?:\.0+)?)?\s*" + _GPA)


def gpa_credits(requirement: str, sentences: Sequence[str]) -> np.ndarray | None:
    """A requirement that asks a grade point average ("Minimum GPA of 3.0"), when the
    resume states one: 1 on the line whose GPA reaches it ("GPA 3.7/4.0"), 0 elsewhere
    (a lower GPA shows it is not met).  None when it asks none or the resume states none."""
    asked = _GPA_ASKED.search(requirement) if _asks(_GPA_ASKED, requirement) else None
    if not asked:
        return None
    stated = [(i, float(m.group(1) or m.group(2))) for i, s in enumerate(sentences) for m in _GPA_STATED.finditer(s)]
    if not stated:
        return None
    credit = np.zeros(len(sentences))
    for i, gpa in stated:
        credit[i] = max(credit[i], float(gpa >= float(asked.group(1) or asked.group(2))))
    return credit


def _degree_line(text: str, sentences: Sequence[str]) -> int | None:
    """The sentence that holds a degree's line, or else the first of the line's sentences that names a
    degree ("High school diploma, 2025." of "U.S. passport. Can reach 82 inches. High school diploma, 2025.")."""
    held = _line_of(text, sentences)
    if held is None or text in sentences[held] or degree_levels(sentences[held]):
        return held
    return next((i for i, s in enumerate(sentences) if s in text and degree_levels(s)), held)


# Experience asked, and training or a credential asked (which a line of training had may show): "Barback
# experience"; "Forklift certification or experience", "CPR training".
_ASKS_EXPERIENCE = re.compile(r"(?i)\bexperience\b")
_ASKS_TRAINING = re.compile(r"(?i)\btrain(?:ing|ed)\b|\bcertif\w*|\blicen[cs]\w*|\bcourse\w*|\bcredential\w*")
# Training had, not work done: "Completed barback training", "Attended forklift training (2024)", "Barback training
# course"; not training given ("Trained 5 new barbacks", "Led onboarding training for new hires").
_TRAINING_HAD = re.compile(r"(?i)\b(?:completed|attended|finished|passed|took|received|underwent)\s+(?:[\w-]+\s+){0,3}?"
                           r"training\b|\btraining\s+(?:course|program(?:me)?|class|certificate)s?\b")


def _training_only(line: str) -> bool:
    """Whether every clause of a resume line says training had (``_TRAINING_HAD``), no work done beside it."""
    clauses = [c for c in re.split(r"[;•]", line) if c.strip()]
    return bool(clauses) and all(_TRAINING_HAD.search(c) for c in clauses)


def _line_of(text: str | None, sentences: Sequence[str]) -> int | None:
    """The sentence that holds a resume line (``text``, None: no line), or else one the line holds."""
    if not text:
        return None
    return next((i for i, s in enumerate(sentences) if text in s),
                next((i for i, s in enumerate(sentences) if s in text), None))


@lru_cache(maxsize=65_536)
def _degree_asked(requirement: str) -> tuple[int, tuple[str, ...], bool, tuple[str, ...]] | None:
    """(level rank, fields, whether "or a related field" is said, the licences offered in its
    place) of the degree a requirement asks."""
    k = degree_knockout(requirement)
    if k is not None and rank_of(k.level, DEGREE_LEVELS) >= 0:
        return rank_of(k.level, DEGREE_LEVELS), tuple(k.fields), k.related, tuple(k.alternatives)
    return None
