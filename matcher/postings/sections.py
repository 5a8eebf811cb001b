"""A posting's lines -> ``Section``s: which lines are headings, what kind of section each names.

Headings may be markdown, bold, a line ending in ':', a "Heading: text" label or a bare
word; ``heading_kind`` names the kind (requirements, nice, benefits, legal, company, ...).
EEO and pay text inside another section becomes a section of its own, so that ranking can
ignore the boilerplate.  ``postings`` reads the requirement items of the sections made here.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import lru_cache

from matcher.postings.knockout_rules import leaves_way_open, way_label
from matcher.text import normalise, sentence_pieces, strip_line_marks

__all__ = ["BOILERPLATE_KINDS", "CONDITIONS_HEADING", "FIELD_ALIASES", "LABEL", "LOOKS_REQUIRED", "MD_HEADING",
           "SECTION_KINDS", "Section",
           "boilerplate_kind", "company_voice", "denied_spans", "field_name", "heading_kind", "is_bullet",
           "split_sections", "without_denied"]

SECTION_KINDS = ("about", "responsibilities", "requirements", "nice", "benefits", "legal", "company", "other")
BOILERPLATE_KINDS = frozenset({"benefits", "legal", "company"})


@dataclass
class Section:
    kind: str
    heading: str
    text: str

    def to_dict(self) -> dict:
        return asdict(self)


# --- headings ---------------------------------------------------------------
# The company's own stack, named as the company's: "Our (core) tech stack", "Technologies we
# use", "The tools we work with".  What it runs is not what it asks of the candidate (that is
# said under "Requirements"); "Tech stack" alone and "Exposure to our tech stack:" are not this.
_OWN_STACK = (r"^(?:our|the company's) (?:\w+ ){0,2}(?:stacks?|technolog\w*|tools)\b(?! (?:you|that you)\b)"
              r"|^(?:the )?(?:\w+ )?(?:stacks?|technolog\w*|tools|languages) (?:that )?we (?:\w+ )?(?:use|work with"
              r"|build with)\b(?!.*\byou)")
# ("Employment conditions" heads what a European post offers: its salary, its term.)
_CONDITIONS = (r"^(?:special[ \t]+|other[ \t]+|additional[ \t]+)?conditions?[ \t]+of[ \t]+"
               r"(?:employment|hire|appointment)$")
# The heading of what the work is like, not what the candidate holds: "Physical demands", "Working
# conditions", "Work environment", "Physical demands and work environment".  Its lines are read for the
# conditions of the work (``parse``); as text of the section above, a bare "Physical demands" had been one.
_WORK_HEADING = (r"^(?:(?:physical|working|work|job)[ \t]+(?:demands|conditions|environment|setting)|conditions)"
                 r"(?:[ \t]*(?:/|&|,|\band\b)[ \t]*(?:physical|working|work)[ \t]+"
                 r"(?:demands|conditions|environment|setting))*$")
# First match wins, so the order matters: "Compensation & Bonus" is benefits,
# "Bonus Points" and "Preferred Qualifications" are nice, "About Us" is the
# company but "About You" is requirements and "About the Role" is about.
# A heading that names only what is held: "Education", "Certifications", "Licensure/Certification",
# "Licenses and Certifications" (a hospital's, a school's, a pharmacy's posting lists there what it
# asks); on a line of its own only, as "Education: BSN required" is an item of the list it stands in.
_HELD_HEADING = (r"^(?:(?:education(?:al)?|certifications?|licen[cs]es?|licensure|registrations?|credentials?)"
                 r"(?:[ \t]*(?:/|&|,|\band\b)[ \t]*|[ \t]*$))+$")
_HEADING_RULES = [(kind, re.compile(pattern)) for kind, pattern in [
    # A job board's header fields describe the job or the company, they ask nothing:
    # "Experience level: Senior" is no requirement, "Company size: 51-200 people" no blurb.
    # (Their values are short, but in scraped text a value runs on to the next field: "Company
    # type: Private Technologies python Job description ...", so none of them is boilerplate.)
    ("other", _WORK_HEADING),
    ("other", r"^(?:experience|seniority|career) level$|^(?:job|employment|contract) type$|^industry$"
              r"|^technologies$|^tags$|^location options$|^date posted$|^company (?:size|type)$"),
    ("company", r"\bcompany (?:description|overview|profile|info\w*|introduction)"),
    ("company", _OWN_STACK),
    ("legal", r"equal (employment )?opportunit|\beeo|diversity|inclusi|accommodat|privacy|e-verify|legal|disclaimer"
              r"|affirmative|sponsorship|\bvisa\b|background check|fraud|\bfake\b|scam|notice"),
    ("benefits", r"benefit|perks|compensation|salary|\bpay\b|we(?:'ll| will| can)? offer|in it for you|rewards"
                 r"|time off|why (join|work)|you('ll| will) get|you('ll| will) find with us|we provide"),
    ("nice", r"nice[ -]to[ -]ha|bonus|preferred|\bplus(es)?\b|desir|good to have|great to have|extra credit"
             r"|would be (great|nice)|not required|optional|ideally|(?:get|be) (?:\w+ )?excited (?:if|by|about)"),
    ("company", r"\babout (?!(the )?(role|job|position|opportunity|you)\b)|who we are(?! looking)"
                r"|our (company|mission|story)"),
    # The conditions a public employer sets ("Conditions of Employment": Selective Service, a suitability
    # investigation, a probationary period), read as requirement items that are conditions to confirm
    # (``CONDITIONS_HEADING``), not as "other" text.
    ("requirements", _CONDITIONS),
    # A heading that names only what is held (``_HELD_HEADING``).
    ("requirements", _HELD_HEADING),
    # What the company asks of the candidate: "What we'll need from you", "What we expect", and
    # the British and Australian "Person specification", "Essential (criteria)", "Key selection
    # criteria" (not the "Essential functions" of a job: its duties).
    ("requirements", r"requirement|qualification|who (you are|are you)|about you|person spec|criteria\b"
                     r"|^essentials?$"
                     r"|you(?:'ll| will)? (\w+ )?(bring|need|have)\b|looking for|\bwe look for\b|^you$"
                     r"|you('ll| will) (be great|thrive|succeed|excel)|if you\b"
                     r"|(?:need|want|expect|ask) (?:\w+ )?(?:from|of) you|we(?:'ll| will| would|'d)? (?:need|expect)\b"
                     r"|must[ -]haves?|skills|experience|expertise|ideal candidate|your (background|profile)"
                     r"|(?:role|position|job) (?:requires|calls for)"
                     r"|what it takes|competenc|required|is this you|you might|you are\b|what you know"
                     r"|need to qualify\b"),
    ("responsibilities", r"responsibilit|what you('ll| will)? ?(do|be doing|work on|own|build|achieve)|day[ -]to[ -]day"
                         r"|duties|your (impact|role|mission)|in this role|key tasks|you will\b|you'll\b"
                         r"|accountabilit"
                         # the functions of the job, as public and non-profit employers head its duties:
                         # "ESSENTIAL FUNCTIONS", "Essential Job Functions", "Primary Functions"
                         r"|\b(?:essential|job|key|primary|principal|major|core)[ \t]+(?:job[ \t]+)?functions\b"),
    ("about", r"description|overview|summary|about the|the (role|job|position|opportunity)|introduction"),
    ("company", r"our (team|values|culture)|the (company|team)|how we work|life at|why us|mission|culture"),
    # Whole words only: "typescript" is no "type", "stackoverflow" no "stack".
    ("other", r"\b(?:apply|locations?|interview\w*|process(?:es)?|next steps|contacts?|details?|employment|schedules?"
              r"|travel\w*|types?|duration|recruit\w*|stacks?|tools?)\b"
              # what the job's practical side is, said before its lines: "Please note", "Logistics",
              # "Additional information" (a bare line with no kind had been an item of the list above);
              # "Additional" or "Other" alone too
              r"|^(?:please note|additional|other|(?:(?:important|additional|other|a few)[ \t]+)?(?:notes?|information)"
              r"|(?:the[ \t]+)?(?:logistics|practicalities|fine print))$"),
]]
MD_HEADING = re.compile(r"^#{1,6}\s*(.*)$")
# A bare short line is only a heading when it does not read like a list item.
_ITEM_START = re.compile(r"^(experience|strong|solid|excellent|good|great|deep|proficien|knowledge|familiar"
                         r"|understanding|ability|working|hands|proven|demonstrated|relevant|\d)", re.I)
_ITEM_WORDS = re.compile(r"\b(with|using|in|of|for)\b|,")
_ELLIPSIS_END = re.compile(r"(?:[ \t]*(?:\.[ \t]*){2,}|[ \t]*…)\Z")
_ASKING = re.compile(r"(?i)(?:what|who|how|why)\b")
_DANGLING_END = re.compile(r"(?i)\b(?:with|for|are|is|include|including|following|of|in|on|like|as)\Z")
_QUALIFIED_HEADING = re.compile(r"(?i)\b(?:essential|desirable|desired|preferred|required|minimum|basic|key"
                                r"|additional|mandatory)[ \t]+(?:\w+[ \t]+)?(?:experience|skills|qualifications"
                                r"|requirements|criteria)"
                                r"(?:[ \t]+(?:and|&)[ \t]+(?:experience|skills|qualifications))?\Z")
LABEL = re.compile(r"^([A-Za-z][\w '&/()-]{1,60}?)\s*:\s*(\S.*)$")
# A heading whose words read like an item's ("of", a comma, "Knowledge"): a public employer's sub-headings,
# "Conditions of Employment" (the items under it conditions of the job: ``parse``) and "Knowledge, Skills
# and Abilities (KSAs)" (its list the requirements; itself none).
CONDITIONS_HEADING = re.compile(_CONDITIONS, re.I)
# (its "Working" no item's start: "Working conditions" is a heading, "Working knowledge of SQL" an item)
_WORK_HEADING_LINE = re.compile(_WORK_HEADING, re.I)
_KSA_HEADING = re.compile(r"(?i)^(?:(?:required|desired|key)[ \t]+)?knowledge[ \t]*,[ \t]*skills?[ \t]*,?[ \t]*"
                          r"(?:and|&)[ \t]+abilities(?:[ \t]*\(KSAs?\))?(?:[ \t]+(?:required|desired))?$|^KSAs?$")

# An amount of money on a line: pay or a figure, never a heading ("$22/hr base + session commissions"
# read as one had dropped the pay under the title); "Salary: $80,000" is a label line.
_AMOUNT = re.compile(r"[$£€₹¥]\s?\d|\d\s?[$£€₹¥]")


def heading_kind(heading: str) -> str | None:
    """The section kind a heading names, or None when it names none we know."""
    h = normalise(heading).replace("\u2019", "'")
    for kind, rule in _HEADING_RULES:
        if rule.search(h):
            return kind
    return None


@lru_cache(maxsize=8192)  # a posting's lines are read by several passes
def is_bullet(line: str) -> bool:
    return bool(line) and not line.startswith("#") and strip_line_marks(line) != line.strip()


def _heading(line: str) -> str | None:
    """The heading a whole line is, or None when it is body text."""
    md = MD_HEADING.match(line)
    body = (md.group(1) if md else line).strip()
    # A lead-in whose items finish it ends in an ellipsis as others end in a colon: "You will
    # find with us...", then "... a team of 22 developers", "... a learning budget".
    # An ellipsis also trails off a sentence ("and much more..."), so such a line is a heading
    # only when it names a section.
    ellipsis = bool(_ELLIPSIS_END.search(body))
    lead_in = line.endswith(":") or ellipsis
    body = _ELLIPSIS_END.sub("", body)
    # A lead-in cut before its items ends in a word that wants them: "The skills we're looking
    # for are", "Bonus points for experience with" (text written one sentence a line).
    dangling = bool(_DANGLING_END.search(body))
    words = body.rstrip(":").split()
    # a longer lead-in that says who asks ("This role requires a wide variety of strengths and
    # capabilities including:", "We'd get really excited if you had experience with:")
    if not md and line.endswith(":") and 3 <= len(words) <= 16 and not is_bullet(line) \
            and not _ITEM_START.match(body) and heading_kind(body.rstrip(": ")) in ("requirements", "nice") \
            and re.search(r"(?i)\b(?:role|position|job) (?:requires|calls for)|\bexcited\b", body):
        return body.rstrip(": ")
    if not words or len(body) > 80 or len(words) > 10 or (not md and (is_bullet(line) or _AMOUNT.search(body))):
        return None
    body = body.rstrip(": ").strip()
    if md or CONDITIONS_HEADING.match(body) or _KSA_HEADING.match(body) or _WORK_HEADING_LINE.match(body):
        return body
    if ":" in body:
        return None  # "Location: Remote" is a label line, read by _label
    kind = heading_kind(body)
    # A heading that asks ("What we're looking for", "What we're looking for in you", "Who you
    # are") is no item, whatever words it holds.
    itemish = bool(len(words) > 1 and _ITEM_START.match(body) or _ITEM_WORDS.search(body)) \
        and not (kind and _ASKING.match(body))
    if lead_in and len(words) <= 8 and (kind or not itemish and not ellipsis):
        return body  # "Who you are:", but "Familiarity with the following tools:" is a lead-in

    # ("We are looking for" / "a Network Engineer ...": a sentence going on, no lead-in)
    if dangling and len(words) <= 8 and kind in ("requirements", "nice") and not re.match(r"(?i)(?:we|i)\b", body):
        return body
    # A bare sentence about the candidate is an item: "You possess strong leadership skills".
    if not lead_in and len(words) >= 4 and re.match(r"(?:You|We|I)\b", body) and words[1][:1].islower() \
            and not re.match(r"(?i)(?:you|we)(?:['’]ll| will| would| should| must| might)? (?:\w+ )?(?:bring|need|have"
                             r"|offer|expect|look for|are looking for)\W*$", body):
        return None
    # A section's qualifier before what it lists names one whatever the capitals: "Profile Essential
    # experience and skills", "Desirable skills".
    if len(words) <= 6 and kind in ("requirements", "nice") and not itemish and _QUALIFIED_HEADING.search(body):
        return body
    if asks_named(body):
        return None
    # A bare line also needs even capitals: "Bonus Points", "Nice to haves", not "Project Management experience".
    capitals = {w[0].isupper() for w in words[1:] if len(w) > 3 and w[0].isalpha()}
    # ("Our Core tech stack" names the company's stack whatever its capitals.)
    if len(words) <= 6 and body[-1] not in ".!?" and kind and not itemish \
            and (len(capitals) < 2 or re.match(_OWN_STACK, normalise(body))):
        return body
    # A question that names a section is one: "Who are we looking for?", "Who are you?", and a longer
    # one that asks it: "What do I need to qualify for this job?", "What are my responsibilities?".
    if len(words) <= 10 and body.endswith("?") and _ASKING.match(body) \
            and kind in ("requirements", "responsibilities", "nice", "benefits"):
        return body.rstrip("?")
    asks = re.sub(r"(?i)looking for", "", body)
    if len(words) <= 6 and body.endswith("?") and kind and kind != "other" and not _ITEM_START.match(body) \
            and not _ITEM_WORDS.search(asks):
        return body.rstrip("?")
    return None


_ASKED_LAST = re.compile(r"(?i)\b(?:required|preferred|a plus|needed|mandatory|desired)\W*$")
_NAMED_THING = re.compile(r"\b[A-Z][A-Z0-9+&-]*[A-Z0-9+]\b|\d")


def asks_named(line: str) -> bool:
    """Whether a short line asks a named thing, its must word last: an item, no heading ("SHRM-CP or
    PHR certification required", "CDL Class A required"; not "Skills Required", nor the must
    word alone in capitals: "PREFERRED" heads what is preferred)."""
    asked = _ASKED_LAST.search(line)
    return bool(asked and line[:asked.start()].strip() and _NAMED_THING.search(line))


# A list's letter before a label, the item's own: "A) Specialized Experience: One year of ..." labels an item.
_ITEM_LETTER = re.compile(r"[A-Za-z0-9]{1,2}\)[ \t]")


def _label(line: str) -> tuple[str, str, str] | None:
    """(heading, kind, rest) of a "Heading: text" line such as "Equal Opportunity: We ..."; none
    after a list's letter ("A) Specialized Experience: ...")."""
    m = LABEL.match(line)
    if not m or is_bullet(line) or len(m.group(1).split()) > 8 or _ITEM_LETTER.match(m.group(1)):
        return None
    kind = heading_kind(m.group(1))
    if kind is None or _ITEM_START.match(m.group(1)) and len(m.group(1).split()) > 1 \
            or re.match(_HELD_HEADING, normalise(m.group(1)).strip()):
        return None
    # a clause about the candidate is no label of the company's blurb: "You care about clarity: in
    # code commits ..." (an item), where "About us:" is one
    if kind == "company" and re.match(r"(?i)(?:you|we|i)\b", m.group(1)):
        return None
    return m.group(1).strip(), kind, m.group(2).strip()


# --- sections ---------------------------------------------------------------------
_LEGAL_TEXT = re.compile(r"equal (employment )?opportunit|without regard to|sexual orientation|gender identity"
                         r"|national origin|veteran status|accommodation|e-verify|affirmative action|privacy "
                         r"(policy|notice)|authori[sz]ed to work|background check|\beeo\b|discriminat|fraudulent"
                         r"|job (posting )?scam"
                         # a right to work in a country, however said: "Right to work in the UK", "Eligible to work
                         # in Canada" (the knock-outs read it, as "authorized to work in the US")
                         r"|\bright to work\b|\b(?:eligible|entitled|permitted|legally able) to work in\b", re.I)
_BENEFITS_TEXT = re.compile(r"salary range|base salary|base pay|pay range|\bcompensation\b|competitive (salary|pay)"
                            r"|(great|excellent|competitive|comprehensive|full|our|and) benefits|benefits (package"
                            r"|include)|401\(?k|paid (time off|parental|holidays)|parental leave|\bpto\b"
                            r"|stock options|total rewards|perks"
                            # cover offered, not a field asked: "medical, dental and vision insurance",
                            # "dental coverage", "Medical/Dental/Vision", but not "dental hygiene license"
                            # nor the insurance a job sells or handles ("Health insurance agent license")
                            r"|\b(?:medical|health|dental|vision|life|disability)[ \t]+(?:insurance|coverage|plans?)\b"
                            r"(?![ \t]+(?:agents?|producers?|licen[cs]\w*|brokers?|sales|underwrit\w*|claims|billing"
                            r"|verification|carriers?|products?|polic(?:y|ies)|industry|experience))"
                            r"|\b(?:medical|health|dental)[ \t]*(?:,|/|&|and)[ \t]*(?:and[ \t]+|&[ \t]*)?"
                            r"(?:dental|vision)\b", re.I)
LOOKS_REQUIRED = re.compile(
    r"\b(experience (with|in|using|of|building|developing|designing|working|operating|leading|managing)"
    r"|\d+\+?\s*(years|yrs)|years of|proficien|knowledge of|familiar|understanding of|degree|bachelor"
    r"|master'?s|ph\.?d|you have|you've|you bring|you('ll| will) need|must (have|be)|required|expertise"
    r"|skilled|strong (background|command|grasp|skills|experience)|ability to|background in|comfortable"
    r"|fluen|hands-on|track record|certifi)", re.I)


# A label of a few capitalised words, no sentence: "Integrity", "Direct feedback".
_LABEL_ONLY = re.compile(r"^[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,3}\Z")


def _units(lines: list[str]) -> list[str]:
    """One entry per paragraph line or bullet; a bullet keeps its wrapped lowercase continuation."""
    units: list[str] = []
    in_bullet = False
    for line in lines:
        if not line.strip():
            in_bullet = False
        elif in_bullet and line[0].islower() and not is_bullet(line):
            units[-1] += " " + line
        elif is_bullet(line) and line.startswith("- ") and line[2:3].islower() and units \
                and _LABEL_ONLY.match(units[-1]):
            units[-1] += " " + line   # "Integrity" / "- you do the right thing": one line cut at its dash
        else:
            units.append(line)
            in_bullet = is_bullet(line)
    return units


# A sentence that introduces the company by its name ("Acme is a global leader in financial
# services", "<ORGANIZATION> is one of the biggest fintech employers") or tells its history or
# mission ("Our history spans 200 years", "Founded in 2014, Acme ..."): the company's blurb,
# wherever it stands, even under a requirements heading.  Not "The engineer is an expert"
# nor "You are a leader".
_COMPANY_TEXT = re.compile(
    r"(?:^|(?<=\s))(?!(?:The|This|That|It|There|You|He|She|They|We|Our|Your|As|In|At)\b)"
    r"(?:[A-Z<][\w<>&.'’-]*[ \t]+){1,4}(?:is|are)[ \t]+(?:a|an|the|one of the)[ \t]+(?:[\w-]+[ \t]+){0,4}"
    r"(?:leader|provider|company|start-?up|organi[sz]ation|firm|employer|platform|institution|brand|manufacturer"
    r"|retailer|marketplace|consultancy|agency|group|bank)s?\b"
    r"|\b(?i:our|the company's) (?:history|mission|vision|story) (?:is|spans|began)\b|^Founded in \d{4}\b")


# "Must pass a background check and drug screen" asks the candidate to pass a screening: a
# condition of the job, where "Offers are contingent on a background check in accordance
# with the law" is legal text.
_ASKS_KNOWING = re.compile(r"(?i)\b(?:knowledge of|understanding of|familiar\w* with|expertise in"
                           r"|experience (?:with|in|administering|managing|applying))\b")
_SCREENING_ASKED = re.compile(r"\b(?:must|able to|ability to|willing(?:ness)? to)\s+(?:be able to\s+)?"
                              r"(?:pass|clear|submit to|undergo)\b[^.;]{0,60}?\bbackground checks?"
                              # the check a badge or card asked needs: "obtain ... an airport SIDA badge
                              # (10-year background check)"
                              r"|\b(?:must|able to|ability to)\b[^.;]{0,60}?\b(?:badge|card|clearance|credential)"
                              r"[ \t]*\([^()]{0,30}\bbackground checks?[^()]*\)", re.I)


# The law as the work a duty does: "Onboarding, I-9 / E-Verify compliance", "Leave administration
# (FMLA, ADA accommodations)", "Conduct background checks" (an HR generalist's duties).  The
# employer's notice names a party ("This employer participates in E-Verify", "Reasonable
# accommodations are provided to qualified individuals", "We will ensure ...") or does no work
# ("Equal Opportunity Employer", "Accommodation requests: hr@example.com").
_WORK_ON_LAW = re.compile(r"\b(?:complian\w*|administ(?:er|ers|ering|ration)|onboarding|processing|audit(?:s|ing)?"
                          r"|reporting|tracking|documentation|paperwork|filings?|coordinat(?:e|es|ing|ion)"
                          r"|manag(?:e|es|ing|ement)|handl(?:e|es|ing)|conduct(?:s|ing)?|ensur(?:e|es|ing))\b", re.I)
_NAMES_PARTY = re.compile(r"\b(?:we|we['’](?:re|ve|ll)|our|us|you|your|applicants?|candidates?|individuals?|persons?"
                          r"|people|employers?|company|participat\w*|qualified)\b", re.I)


# The pay told by the experience the candidate brings, no ask: "Salary based on experience in the field".
_PAY_BY_EXPERIENCE = re.compile(r"(?i)\b(?:(?:based|depend\w*)[ \t]+(?:up)?on|commensurate[ \t]+with)[ \t]+"
                                r"(?:your[ \t]+|prior[ \t]+|relevant[ \t]+)?experience\b")


@lru_cache(maxsize=8192)  # a posting's lines are read by several passes
def boilerplate_kind(text: str) -> str | None:
    """The boilerplate kind of a sentence (legal, benefits, company), or None.  The law is what
    a sentence asks to know ("Working knowledge of FMLA, ADA, FLSA and EEO regulations") or the
    work a duty does on it (``_WORK_ON_LAW``), no legal text; a benefit asked to know is no
    benefit offered ("Knowledge of retirement accounts (IRA, 401k) and RMDs", "Experience
    administering 401(k) plans", an adviser's, a payroll clerk's, an HR generalist's ask)."""
    duty = _WORK_ON_LAW.search(text) and not _NAMES_PARTY.search(text)
    legal = _LEGAL_TEXT.search(_SCREENING_ASKED.sub(" ", text)) and not _ASKS_KNOWING.search(text) and not duty
    benefit = _BENEFITS_TEXT.search(text) and not _ASKS_KNOWING.search(_PAY_BY_EXPERIENCE.sub(" ", text))
    return "legal" if legal else "benefits" if benefit \
        else "company" if _COMPANY_TEXT.search(text) and not _ROLE_IN_INTRO.search(text) else None


_ROLE_IN_INTRO = re.compile(r"\b(?:developer|engineer|architect|manager|analyst|consultant|specialist|designer"
                            r"|scientist|lead)s? (?:is|are)\b", re.I)


# --- sentences that ask nothing, wherever they stand --------------------------------
# These are read item by item (``no_requirement``), never to cut sections: a section made
# from one of them would swallow the list after it.
# How to apply and the hiring process: "The application deadline is 19 May 2014", "Applications
# will be reviewed on an on-going basis", "Interviews will be taking place virtually", "Questions
# about the position may be directed to", "Please state where you saw the ad", "To apply, ...".
_HIRING_TEXT = re.compile(
    # the deadline: "The application deadline is 19 May 2014", "Deadline for applications: ...", "Deadline"
    r"\bapplications?[ \t]+(?:deadline|closing[ \t]+date)\b|\b(?:deadline|closing[ \t]+date)[ \t]+for[ \t]+"
    r"(?:applications?|applying)\b|\bclosing[ \t]+date[ \t]+(?:is|\d)"
    r"|^\W*deadline(?:[ \t]*:|[ \t]+(?:is|please)\b|\W*$)"
    # the deadline as a date alone: "Deadline 28 June 2020 .", "Application deadline 1st of May"
    r"|^\W*(?:application[ \t]+)?deadline[ \t]+(?:on[ \t]+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?[ \t]+\d)"
    r"|\b(?:after|before)[ \t]+the[ \t]+(?:application|closing)[ \t]+(?:deadline|date)\b"
    r"|\b(?:received|submitted|applications?|interviews?)\b[^.]{0,60}\b(?:after|before|by)[ \t]+the[ \t]+deadline\b"
    r"|\bapply[ \t]+(?:no[ \t]+later[ \t]+than|before)\b"
    # the applications and interviews themselves, as the subject: "Applications will be considered and
    # reviewed on an on-going basis", "Only online applications will be accepted", "Interviews will be
    # taking place virtually" (not a duty: "Ensure permit applications are submitted on time")
    r"|(?:^\W*|\b(?:the|all|your|only|online|late|complete|incomplete)[ \t]+)applications?[ \t]+(?:(?:and|&)[ \t]+\w+"
    r"[ \t]+)?(?:\w+[ \t]+)?(?:will|are|is|shall|must|should|can|may)[ \t]+(?:\w+[ \t]+){0,3}?(?:considered|reviewed"
    r"|processed|assessed|evaluated|accepted|received|submitted|handled|screened)\b"
    r"|(?:^\W*|\b(?:the|all|first|second|final|online|virtual|in-person|job)[ \t]+)interviews?[ \t]+(?:will|are|is"
    r"|shall|may|can)[ \t]+(?:\w+[ \t]+){0,2}?(?:be[ \t]+)?(?:held|taking[ \t]+place|take[ \t]+place|conducted"
    r"|scheduled|expected|planned|carried[ \t]+out|arranged)\b"
    r"|\b(?:called|invited)[ \t]+(?:in[ \t]+)?(?:for|to)[ \t]+(?:an?[ \t]+|the[ \t]+)?interviews?\b"
    # whom to ask, where you saw the ad, the reference to quote, how to apply
    r"|\bquestions[ \t]+(?:about|regarding|concerning|on)[ \t]+(?:the|this)[ \t]+(?:position|job|role|vacancy|post"
    r"|opening)\b|\b(?:questions|enquiries|inquiries)\b[^.]{0,60}\b(?:directed|addressed)[ \t]+to\b"
    r"|\bwhere[ \t]+you[ \t]+(?:saw|found|read|heard[ \t]+about)[ \t]+(?:the|this|our)[ \t]+(?:ad|advert\w*|job"
    r"|position|vacancy|posting|opening)\b"
    r"|\b(?:quote|state|mention|include|cite)\b[^.]{0,40}\b(?:reference|ref|job|vacancy|requisition)\.?[ \t]*"
    r"(?:no|nr|number|code|id)\b[^.]{0,40}\b(?:application|e-?mail|letter|subject|apply|applying)"
    r"|\bto[ \t]+apply[ \t]*[,:]|\bto[ \t]+apply[ \t]+for[ \t]+(?:this|the)[ \t]+(?:position|job|role|vacancy)\b"
    r"|^\W*how[ \t]+to[ \t]+apply\b(?![ \t]+\w)|^\W*how[ \t]+to[ \t]+apply[ \t]+(?-i:[A-Z])"
    r"|\b(?:your|an?)[ \t]+(?:online[ \t]+|written[ \t]+|full[ \t]+)?application\b[^.]{0,20}\bno[ \t]+later[ \t]+than\b"
    r"|\bclick(?:ing)?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?[\"'“]?apply\b"
    # an invitation to apply after the list: "Does this sound appealing?", "Sounds like you?"
    r"|\b(?:does|do)[ \t]+(?:this|that|it)[ \t]+sound\b|^\W*sounds?[ \t]+(?:like[ \t]+you|interesting|good)\b",
    re.I)
# What the job gives, not what it asks: "The role will offer you ...", "you will receive individual
# training ... and an insurance plan", "You will gain valuable knowledge", "Flexible work model with
# opportunity to work from home", "Unlimited access to LinkedIn Learning Courses", "Friendly team of
# talented engineers", "Opportunities to work with customers", "Wellness Incentives".  Not a job
# offer someone handles ("Negotiate job offers").
_OFFERED_TEXT = re.compile(
    r"\bwe(?:['’]ll|[ \t]+(?:will|can|could|would|also|are[ \t]+able[ \t]+to))?[ \t]+offer\b"
    r"|\b(?:role|position|job|company|team|this|which)[ \t]+(?:(?:will|can|could|would)[ \t]+(?:also[ \t]+)?offer"
    r"|(?:also[ \t]+)?offers[ \t]+(?:you|a|an|the|many|great|plenty|various|excellent|competitive|flexible))\b"
    r"|^\W*offers[ \t]+(?:a|an|the|you)\b"
    r"|\byou(?:['’]ll|[ \t]+will)[ \t]+(?:also[ \t]+)?(?:gain|enjoy|experience|be[ \t]+offered|have[ \t]+access[ \t]+to"
    r"|benefit[ \t]+from|receive[ \t]+(?:\w+[ \t]+){0,3}?(?:training|education|insurance|salary|pay|bonus|mentor\w*"
    r"|coaching|onboarding|on-boarding|benefits|package|equipment|laptop|allowance|budget|support))\b"
    r"|^\W*(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:chance|opportunit(?:y|ies))[ \t]+(?:to|for)\b"
    r"|\bwith[ \t]+(?:the[ \t]+)?opportunit(?:y|ies)[ \t]+to\b"
    r"|^\W*(?:unlimited|free|paid|subsidi[sz]ed|discounted)[ \t]+(?:\w+[ \t]+){0,2}?(?:access|meals?|lunch(?:es)?"
    r"|snacks|parking|courses|training|membership|holidays?|vacation|leave)"
    r"(?=\W*$|[ \t]+(?:to|for|on|at|in|and|with|every|each|per)\b|[ \t]*[,;.&])"
    r"|^\W*flexib(?:le|ility)[ \t]+(?:working|work)[ \t]+(?:hours|options|model|arrangements?|times?|conditions"
    r"|environment)\b|^\W*flexible[ \t]+hours\b"
    r"|^\W*(?:a[ \t]+|an[ \t]+)?(?:friendly|great|amazing|fantastic|supportive|talented|inspiring|fun|welcoming"
    r"|motivated|passionate|young|international|open)[ \t]+(?:and[ \t]+\w+[ \t]+)?(?:team|colleagues|work(?:ing)?"
    r"[ \t]+(?:environment|atmosphere)|atmosphere|culture|workplace)"
    r"(?=\W*$|[ \t]+(?:of|with|that|who|where|in|and|to|for)\b|[ \t]*[,;.!(&])"   # not "team player", "team lead"
    r"|^\W*(?:(?:generous|annual|monthly|yearly|employee|staff)[ \t]+)?(?:wellness|health|fitness|gym|commut\w*"
    r"|transport\w*|phone|internet|education\w*|learning|tuition|meal|lunch|relocation|childcare|home[ \t]+office)"
    r"[ \t]+(?:incentives?|allowances?|stipends?|reimbursements?|discounts?|budgets?)\b",
    re.I)
# The employer's visa policy: "will consider sponsoring a new qualified applicant", "At this time
# will not sponsor a new applicant", "We are unable to sponsor visas".  The knock-outs read it;
# "Must be authorized to work without sponsorship" asks, and stays; so does "Can act as sponsor"
# (no visa named).
_SPONSOR_POLICY = re.compile(
    r"\b(?:will|would|can|could|do|does|is|are|may)(?:n['’]t|[ \t]+not)?[ \t]+(?:\w+[ \t]+){0,2}?"
    r"(?:sponsor|sponsoring)\b|\b(?:unable|not[ \t]+able)[ \t]+to[ \t]+(?:\w+[ \t]+)?sponsor"
    r"|\bsponsorship[ \t]+(?:is[ \t]+|will[ \t]+be[ \t]+)(?:not[ \t]+)?(?:available|offered|provided|possible)\b"
    r"|\b(?:no|not[ \t]+offer(?:ing)?|cannot[ \t]+offer|not[ \t]+provide)[ \t]+(?:\w+[ \t]+){0,2}?sponsorship\b",
    re.I)
_VISA = re.compile(r"\b(?:visas?|immigration|authori[sz]ation|work[ \t]+permits?|H-?1B|green[ \t]+cards?"
                   r"|applicants?|candidates?|sponsorship)\b|\bsponsor\W*$", re.I)
# A reassurance that asks nothing: "You are not required to have a computer science degree",
# "No degree required"; not "Not required but would be nice if you have ..." (a nice-to-have),
# nor "Do not need any visa sponsorship" (an ask).
_REASSURANCE = re.compile(
    r"\b(?:you|candidates?|applicants?)[ \t]+(?:are|is)[ \t]+not[ \t]+(?:required|expected|obliged)[ \t]+to\b"
    r"|\b(?:you[ \t]+)?do(?:n['’]t|[ \t]+not)[ \t]+need[ \t]+(?:to[ \t]+have[ \t]+)?(?:a|an|any)[ \t]"
    r"|^\W*no[ \t]+(?:\w+[ \t]+){0,2}(?:degree|experience|certifications?|qualifications?)[ \t]+(?:is[ \t]+)?"
    r"(?:required|needed|necessary)\b", re.I)
# An ask taken back, of which no knock-out, skill or must-have is made: "no CDL required", "(no
# CDL needed)", "No certification required - we train!", "no prior experience necessary", "No
# license or experience needed", "CDL not required", "A license is not necessary", "No CDL? No
# problem!", "you don't need a CDL", "we do not require any certification", "You are not required
# to have a CDL", "Active Secret clearance is not required".  Not a limit ("no more than 2 moving
# violations"), a clean record ("no DUI in the past 10 years" says no "required"), words across a comma
# ("No accidents, CDL required") nor an ask taken back in part ("not required but preferred", "No CDL
# required, though one is a plus").
_DENIED_WORD = (r"(?:(?!(?:and|a|an|the|valid|current|active|must|with|plus|more|less|fewer|than|later"
                r"|longer|but|you|we|they|preferred|preferably|ideally|though|required|needed|necessary|is|are)\b)"
                r"[\w'’/+&.-]+[ \t]+)")
_DENIED_THING = (r"(?:(?:an?|any|the)[ \t]+)?(?:(?:active|current|valid)[ \t]+)?" + _DENIED_WORD + r"{0,3}?"
                 r"(?!(?:you|we|they|it|this|is|are|candidates?|applicants?|but|though|although|however|yet|and|or"
                 r"|plus|preferred|ideally|which|that)\b)[\w'’/+&.-]+")
_NOT_IN_PART = r"(?![ \t]*,?[ \t]*(?:but|though|although|however|yet|until|unless|except)\b)"
DENIED_ASK = re.compile(
    r"(?:\bno[ \t]+" + _DENIED_WORD + r"{1,5}?(?:is[ \t]+|are[ \t]+)?(?:required|needed|necessary|req['’]?d)\b"
    r"|\bno[ \t]+" + _DENIED_WORD + r"{0,3}?[\w'’/+&.-]+\?[ \t]*no[ \t]+(?:problem|worries)\b"
    r"|(?:^|(?<=[;,(:.!])|(?<=\s[-–—]))[ \t]*" + _DENIED_THING + r"[ \t]*:?[ \t]+(?:is[ \t]+|are[ \t]+)?not[ \t]+"
    r"(?:required|needed|necessary|mandatory)\b"
    r"|\b(?:you|we|applicants?|candidates?)[ \t]+(?:do|does|will)(?:n['’]t|[ \t]+not)[ \t]+(?:need|require)[ \t]+"
    r"(?:to[ \t]+have[ \t]+)?" + _DENIED_THING
    + r"(?=[ \t]*(?:$|[.,;:!)]|to\b|for\b|if\b|in\b))"
    r"|\b(?:are|is)[ \t]+not[ \t]+required[ \t]+to[ \t]+(?:have|hold)[ \t]+" + _DENIED_THING
    + r"(?=[ \t]*(?:$|[.,;:!)]|to\b|for\b|if\b|in\b)))" + _NOT_IN_PART, re.I)


def denied_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` takes an ask back (``DENIED_ASK``): "(no CDL required)"."""
    return [m.span() for m in DENIED_ASK.finditer(text)]


def without_denied(text: str) -> str:
    """``text`` with the asks it takes back blanked, its offsets kept: "Drive a box truck (no CDL
    required)" asks no CDL."""
    return DENIED_ASK.sub(lambda m: " " * len(m.group()), text)


def _denied_only(text: str) -> bool:
    """Whether an item takes an ask back and asks nothing more: "No certification required - we
    train!", "Entry level, no experience necessary" (not "CDL required; no experience required")."""
    rest = without_denied(text)
    return rest != text and len(re.findall(r"\w+", rest)) <= 4 and not LOOKS_REQUIRED.search(rest)


_REASSURANCE_BUT = re.compile(r"\b(?:but|however|though|although|while|must|plus|nice|prefer\w*|advantage\w*"
                              r"|bonus|helpful|desir\w*|ideal\w*|instead|rather|asset|sponsor\w*|visas?|authori\w*"
                              r"|permits?)\b", re.I)
# What the company is, says or is worth: a testimonial ("Huge market - says two-thirds of ..."),
# "Our strength is our skilled people", a sentence whose redacted subject is the company ("is an
# efficient innovation factory"), its figures ("With a doubling of the company value in just one
# year is now worth 800 million DKK", "investors ... injected DKK 80M").
_COMPANY_CLAIM = re.compile(
    r"(?:^|[ \t][-–—][ \t]+)(?:says|said)\b"
    r"|^\W*our[ \t]+(?:\w+[ \t]+)?(?:strengths?|mission|vision|values|culture|people|company|customers|clients"
    r"|history|story|success|goals?|ambitions?|purpose|promise|offices?|headquarters|employees|founders)[ \t]+"
    r"(?:is|are|was|were|has|have)\b"
    # the company's name redacted away ("<ORG> is the world's largest ..."): "is" opens the sentence
    # in lower case, where a list item describing the candidate opens "Is a self-starter"
    r"|^\W*(?-i:is)[ \t]+(?:a|an|the|one[ \t]+of[ \t]+the)[ \t]+(?:[\w'’-]+[ \t]+){0,6}?(?:company|marketplace"
    r"|university|factory|provider|organi[sz]ation|firm|employer|platform|institution|brand|manufacturer|retailer"
    r"|consultancy|agency|group|bank|start-?up|business|network|school|hospital|(?:global|world|market|industry)"
    r"[ \t]+leader)s?\b"
    r"|\bcompany[ \t]+(?:value|valuation)\b|\b(?:company|group)['’]s[ \t]+(?:value|valuation|revenue|turnover)\b"
    r"|\bis[ \t]+now[ \t]+worth\b|\binvestors?\b[^.]{0,60}\b(?:[$€£]|USD|EUR|DKK|SEK|NOK|GBP)[ \t]*\d",
    re.I)
NAMES_CANDIDATE = re.compile(r"\b(?:you|your|candidates?|applicants?|hires?|person|colleague|looking[ \t]+for|seeking"
                        r"|must|should|required?|need(?:ed|s)?|expect(?:ed|s)?|willing|able[ \t]+to)\b", re.I)
# A quote told by whom ("... ," finishes .", "... ," says the team lead."), or one opened and not
# closed within a few words: "\"You will gain valuable knowledge ..." (not "\"Can-do\" attitude").
_ATTRIBUTED = re.compile(r"^\W*[\"“](?!(?:\S+[ \t]+){0,3}\S*[\"”])"
                         r"|[,.!?][ \t]*[\"”][ \t]*(?:says|said|finishes|explains|adds|continues|concludes|tells)\b"
                         r"|[\"”][ \t]*(?:says|said|finishes|explains|adds|continues|concludes)[ \t]*"
                         r"(?:[<A-Z]|[.!]?\W*$)")
# What the company has, which reads like an ask: "our skilled people", "our ability to work as one team".
_OURS = re.compile(r"\bour[ \t]+(?:\w+[ \t]+)?(?:skilled|ability[ \t]+to|expertise|knowledge[ \t]+of|experience"
                   r"|understanding[ \t]+of|track[ \t]+record|background[ \t]+in|strong[ \t]+\w+)", re.I)


_SHORT_QUESTION = re.compile(r"^\W*\w+(?:[ \t]+[\w'’]+){0,5}\?\W*$")


@lru_cache(maxsize=8192)  # a posting's lines are read by several passes
def no_requirement(text: str) -> str | None:
    """Why an item under a requirements heading asks nothing of the candidate, or None.

    "hiring": how to apply or the hiring process (``_HIRING_TEXT``); "benefits": what the job
    offers (``_OFFERED_TEXT``); "legal": the employer's visa policy (``_SPONSOR_POLICY``; the
    knock-outs read it); "reassurance": an ask taken back ("You are not required to have a
    degree"); "company": a testimonial or what the company is or is worth.  An item that also
    reads like a requirement (``LOOKS_REQUIRED``; for the company, not "our skilled people"), or
    that asks of someone ("Eager to ...", "must", "should", "you": not for the hiring process)
    is one; a run-on sentence is left whole."""
    if len(text.split()) > _RUN_ON_WORDS:
        return None
    # a section's heading asked as a question, run into the paragraph before: "Why join us?"
    question = heading_kind(text.strip().rstrip("?").strip()) if _SHORT_QUESTION.match(text) else None
    if question in BOILERPLATE_KINDS:
        return question
    asks = bool(LOOKS_REQUIRED.search(text))
    if _HIRING_TEXT.search(text) and not asks:
        return "hiring"
    if _REASSURANCE.search(text) and not _REASSURANCE_BUT.search(text) or _denied_only(text):
        return "reassurance"
    if _ATTRIBUTED.search(text) and not asks and not _ASKED.search(text):
        return "company"
    if _ASKS_OF_SOMEONE.match(text) or LOOKS_REQUIRED.search(_OURS.sub(" ", text)):
        return None
    if _COMPANY_CLAIM.search(text) and not NAMES_CANDIDATE.search(_COMPANY_CLAIM_YOU.sub(" ", text)):
        return "company"
    if asks:
        return None
    if _SPONSOR_POLICY.search(text) and _VISA.search(text) \
            and not NAMES_CANDIDATE.search(_SPONSOR_OBJECT.sub(" ", text)):
        return "legal"
    if _OFFERED_TEXT.search(text) and not NAMES_CANDIDATE.search(_OFFERED_YOU.sub(" ", text)):
        return "benefits"
    return None


# The candidate named as what the policy or the offer is about, not as someone asked: "will not
# sponsor a new applicant", "The role will offer you", "you will receive", "\"You will gain ...".
_SPONSOR_OBJECT = re.compile(r"\b(?:a|an|any|the)[ \t]+(?:new[ \t]+)?(?:qualified[ \t]+)?(?:candidates?|applicants?)\b"
                             r"|\bsponsor(?:ing|ship)?[ \t]+you\b", re.I)
_OFFERED_YOU = re.compile(r"\b(?:offers?|offer[ \t]+to)[ \t]+you\b|\byou(?:['’]ll|[ \t]+will)\b|\byour\b", re.I)
_COMPANY_CLAIM_YOU = re.compile(r"\byou(?:['’]ll|[ \t]+will)[ \t]+(?:gain|be[ \t]+able)\b", re.I)
_ASKED = re.compile(r"\b(?:must|should|required?|need(?:ed|s)?|willing)\b", re.I)


# A run-on sentence: scraped text whose sentence breaks were lost, so that one "sentence"
# holds the header fields, the requirements and the benefits of a whole posting.
_RUN_ON_WORDS = 40
# An inline field label inside a run-on: "... Job type: Full-time Role: ...", "... Job benefits: ...".
_INLINE_LABEL = re.compile(r"(?<=\s)(?=(?:[A-Z][\w&/-]*[ \t]){0,3}[A-Za-z][\w&/-]*[ \t]?:[ \t])")


def _label_starts(sentence: str) -> list[int]:
    """Where the inline field labels of a run-on sentence start.

    Of the word runs that end at one colon the shortest is the label ("Equity Job type:
    Full-time" holds "type:" after the value "Equity"), unless one more word makes it
    name a kind of its own: "Company description:" is the company, not a "description:",
    and "Experience level:" a header field.
    """
    by_colon: dict[int, list[int]] = {}
    for m in _INLINE_LABEL.finditer(sentence):
        by_colon.setdefault(sentence.index(":", m.start()), []).append(m.start())
    starts = []
    for colon, found in by_colon.items():
        found.sort(reverse=True)  # shortest first
        start, kind = found[0], heading_kind(sentence[found[0]:colon])
        for longer in found[1:]:
            longer_kind = heading_kind(sentence[longer:colon])
            if longer_kind is not None and longer_kind != kind:
                start = longer
                break
        starts.append(start)
    return sorted(starts)


# A heading in capitals whose line break was lost: "... the engineering department THE EQUIPMENT WE
# PROVIDE Enjoy coffee ...", "YOUR PROFILE ...".  Two words or more, and it must name a section:
# "AWS S3" or "SQL ETL" in capitals name none.
_CAPS_RUN = re.compile(r"(?<!\S)[A-Z][A-Z'’&-]+(?:[ \t]+[A-Z][A-Z'’&-]+){1,6}(?![\w'’&-])")


def _caps_headings(sentence: str) -> dict[int, str]:
    """{start: kind} of the headings in capitals inside a run-on sentence."""
    found = {}
    for m in _CAPS_RUN.finditer(sentence):
        kind = heading_kind(m.group())
        if kind is not None and kind != "other":
            found[m.start()] = kind
    return found


def _run_on_pieces(sentence: str) -> list[tuple[str, str | None]]:
    """A run-on sentence cut into (text, boilerplate kind) pieces.

    It is cut before each inline field label ("Job type:", "Job benefits:"); a piece whose
    label names boilerplate ("Compensation:", "Benefits:") is boilerplate, and in any other
    piece boilerplate starts where its text does ("... is a plus Competitive salary and
    perks"): the words before stay content.  A piece after a label that names no
    boilerplate is content again, so one benefits word does not swallow the rest.
    """
    pieces: list[tuple[str, str | None]] = []
    headings = _caps_headings(sentence)
    bounds = sorted({0, *_label_starts(sentence), *headings, len(sentence)})
    for start, end in zip(bounds, bounds[1:]):
        piece = sentence[start:end].strip()
        if not piece:
            continue
        label = LABEL.match(piece)
        kind = heading_kind(label.group(1)) if label else headings.get(start)
        if kind in BOILERPLATE_KINDS:
            pieces.append((piece, kind))
            continue
        # (a screening the candidate must pass is no legal text: "..., must clear a DOJ/FBI fingerprint
        # background check and a TB test, ..." stays whole; blanked to its length, so places hold)
        cue = _LEGAL_TEXT.search(_SCREENING_ASKED.sub(lambda m: " " * len(m.group()), piece)) \
            or _BENEFITS_TEXT.search(piece) or _COMPANY_TEXT.search(piece)
        if cue and cue.start() > 0 and piece[:cue.start()].strip():
            rest = piece[cue.start():].strip()
            pieces += [(piece[:cue.start()].strip(), None), (rest, boilerplate_kind(rest))]
        else:
            pieces.append((piece, boilerplate_kind(piece)))
    return pieces


def _runs(paragraph: str) -> list[tuple[str, str | None, bool]]:
    """(text, boilerplate kind, content) runs of a paragraph's sentences; content: it reads
    like a requirement, or it is a piece of a run-on sentence that names no boilerplate.

    Scraped postings are often one long line, so boilerplate is found sentence by sentence,
    and a run-on sentence piece by piece (``_run_on_pieces``).
    """
    runs: list[tuple[str, str | None, bool]] = []
    for sentence in sentence_pieces(paragraph):
        if len(sentence.split()) > _RUN_ON_WORDS:
            # A piece is content again after a field label that names no boilerplate, or when it
            # reads like a requirement; a piece without either continues what came before it
            # ("Company description: Our team ..." then "Our software monitors ..." is the company).
            parts = [(piece, found, found is None and bool(LABEL.match(piece) or LOOKS_REQUIRED.search(piece)))
                     for piece, found in _run_on_pieces(sentence)]
        else:
            parts = [(sentence, boilerplate_kind(sentence), bool(LOOKS_REQUIRED.search(sentence)))]
        for run in parts:
            if runs and runs[-1][1:] == run[1:]:
                run = (runs.pop()[0] + " " + run[0], *run[1:])
            runs.append(run)
    return runs


# After a company sentence, the prose that speaks to the candidate is the job again:
# "Our mission is ... To help us we are looking for a Python developer ...".
_ADDRESSES_CANDIDATE = re.compile(r"\b(?:you|your|you['’](?:ll|re|ve)|candidates?|applicants?|looking for|seeking"
                                  r"|join)\b", re.I)


_COMPANY_VOICE = re.compile(r"\b(?:we|we['’](?:re|ve|ll|d)|our|ours|us)\b", re.I)


def company_voice(sentence: str) -> bool:
    """Whether a sentence speaks of the company ("we", "our") and asks nothing of the candidate:
    "With the digital transformation we have some interesting challenges to solve" (but not "We
    expect you to know Kafka" nor "We require 3+ years of Java")."""
    return bool(_COMPANY_VOICE.search(sentence) and not _ADDRESSES_CANDIDATE.search(sentence)
                and not LOOKS_REQUIRED.search(sentence) and not _ASKS_OF_SOMEONE.match(sentence))


# An item that asks without saying "you": "Able to work closely with our product team",
# "Must live within 30 miles of our office".
_ASKS_OF_SOMEONE = re.compile(r"\W*(?:(?:be )?(?:able|willing|eager|ready|happy|keen) to|passion(?:ate)?|desire"
                              r"|must)\b", re.I)


# The fields a record, a front-matter block or a "Key:" line may give, by the names they go by.
FIELD_ALIASES = {
    "title": ("title", "role", "job title", "position", "job role", "position title", "official title",
              "now hiring", "hiring", "we're hiring", "we are hiring", "job opening", "opening", "vacancy"),
    "company": ("company", "company name", "employer", "organization", "organisation"),
    "location": ("location", "job location", "work location", "office location", "territory", "sales territory"),
    "salary": ("salary", "salary range", "compensation", "pay", "pay range", "base salary", "ctc"),
    "remote": ("remote", "work type", "workplace type", "work mode", "workplace", "remote work"),
    "url": ("url", "link", "apply url", "job url", "apply link"),
}
_ALIAS_OF = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}


def field_name(key: object) -> str | None:
    """The canonical field a record's key, a front-matter key or a "Key:" line names ("Job
    Title", "employer"), None for any other."""
    return _ALIAS_OF.get(re.sub(r"[\s_-]+", " ", str(key)).strip().lower())


# A label that names the kind of experience a public employer's way to qualify asks: "Specialized Experience:",
# "Qualifying Experience:", "Specialized Experience (SE):".  Inside the requirements it introduces that way's item.
_EXPERIENCE_LABEL = re.compile(r"(?i)(?:specialized|qualifying|creditable)[ \t]+experience(?:[ \t]*\([A-Z]{2,4}\))?")


def _labels_experience(name: str | None, kind: str) -> bool:
    """Whether a heading or label ``name`` in a section of ``kind`` is the label of the experience asked
    (``_EXPERIENCE_LABEL``) inside the requirements, the start of an item and no sub-heading."""
    return kind == "requirements" and name is not None and bool(_EXPERIENCE_LABEL.fullmatch(name.strip(" \t:")))


def split_sections(lines: list[str]) -> list[Section]:
    """Sections by heading; EEO or pay text inside another section becomes a section of its own.

    Once boilerplate starts, the prose after it stays boilerplate until the next heading, unless
    it reads like a requirement ("We make hiring decisions based on ..." follows a pay sentence).
    A federal way's label inside the requirements ("Specialized Experience: One year of ...", or
    the label on a line of its own over its text) starts the item it labels, as "A. Specialized
    Experience: ..." does (``_labels_experience``); before any requirements it heads them.  A way's
    label alone after a line that leaves a way open ("OR" / "Education:"), is the way's, no heading.
    """
    raw: list[tuple[str, str, list[str]]] = []
    heading, kind, body = "", "about", []
    resumed = None   # the section a field line ("Salary: £30,000") stands in, taken up again after it
    pending = ""     # a label of the experience asked on a line of its own, for the text under it
    for line in lines:
        if resumed is not None and not line.strip():
            raw.append((heading, kind, body))
            (heading, kind), body, resumed = resumed, [], None
        if pending and line.strip():
            if is_bullet(line) or _heading(line) is not None:
                body.append(pending)
            else:
                line = f"{pending.rstrip(' :')}: {line.strip()}"
            pending = ""
        title = _heading(line)
        # a way's label after a line that leaves the way open ("OR" / "Education:" / "Master's degree ...")
        # is the way's, no heading of its own
        if title is not None and kind == "requirements" and body and way_label(
                line, leaves_way_open(next((b for b in reversed(body) if b.strip()), ""), False)):
            body.append(line)
            continue
        if _labels_experience(title, kind):
            pending = line.strip()
            continue
        # the line after a lead-in ("Bonus points for experience with") is its first item, not
        # a heading, when it names no section of its own ("Full-stack knowledge": a stack)
        if title is not None and not body and heading and _DANGLING_END.search(heading) \
                and not MD_HEADING.match(line) and not line.rstrip().endswith(":") \
                and heading_kind(title) in (None, "other"):
            title = None
        # a line in lower case after a list item goes on with the item: "* Strong" / "interpersonal
        # and communication skills" is no heading
        if title is not None and body and is_bullet(body[-1]) and line[:1].islower():
            title = None
        label = None if title is not None else _label(line)
        if label is not None and _labels_experience(label[0], kind):
            label = None   # "Specialized Experience: One year of specialized experience ...": an item
        if title is None and label is None:
            body.append(MD_HEADING.sub(r"\1", line))  # a long '### paragraph' is text
            continue
        raw.append((heading, kind, body))
        # A field of the posting with its value ("Salary: MPS/UPS (£30,000 - £46,525)", "Location:
        # Leeds") is no heading: what follows its paragraph is the section it stands in.
        if label is not None and field_name(label[0]) is not None:
            resumed = resumed or (heading, kind)
        else:
            resumed = None
        heading, kind, body = (title, heading_kind(title) or "other", []) if title is not None else \
            (label[0], label[1], [label[2]])
    body += [pending] if pending else []
    raw.append((heading, kind, body))
    sections: list[Section] = []
    for heading, kind, body in raw:
        parts: list[list] = []
        now = (heading, kind)
        for unit in _units(body):
            prose = kind not in BOILERPLATE_KINDS and not is_bullet(unit)
            if is_bullet(unit) and now[1] == "company":
                now = (heading, kind)  # a list after the company's blurb is the job's again
            same_line = False
            for piece, found, required in _runs(unit) if prose else [(unit, None, False)]:
                if found:
                    now = ("", found)
                elif prose and (required or now[1] == "company" and _ADDRESSES_CANDIDATE.search(piece)):
                    now = (heading, kind)
                if parts and tuple(parts[-1][:2]) == now:
                    texts = parts[-1][2]
                    texts[-1:] = [texts[-1] + " " + piece] if same_line else [texts[-1], piece]
                else:
                    parts.append([now[0], now[1], [piece]])
                same_line = True
        sections += [Section(k, h, "\n".join(u)) for h, k, u in parts]
    return sections
