"""The words of a posting's knock-outs: patterns and small readers ``knockouts`` uses.

Each kind's patterns are general English of job postings, not phrases of any one
posting: a trigger (what the sentence is about), the context that makes it a demand
on the candidate, the words that make it something else (a company's own history, an
EEO sentence, a sponsor of events), and the negations that turn it off.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from matcher.eligibility.levels import (
    IMPLIED_FIELD,
    NOT_A_DEGREE_NEXT,
    US_STATE_BY_LETTERS,
    US_STATE_NAMES,
    degree_levels,
    state_code_reading,
    us_states,
)
from matcher.text import NUMBER_WORDS, number_words, strip_line_marks

_I = re.I

# A cheap screen: a sentence naming none of these states no knock-out.
SCREEN = re.compile(
    r"\d\s*\+?\s*(?:-\s*\d+\s*\+?\s*)?(?:years?|yrs?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|fifteen)\b[^.;]{0,12}\byears?\b|degree|bachelor|master|ph\.?\s?d|doctor|diploma|\bged\b|\b[bm]\.?s\.?c?\b"
    r"|\b[bm]\.?a\b|mba|bsn|msn|\bm\.?s\.?w\b|\bm\.?p\.?[ah]\b|\bassociate'?s?\b|\ba\.s\.|clearance|secret"
    r"|ts\s?/\s?sci|public trust|polygraph"
    r"|citizen|authori[sz]|eligible|entitled"
    r"|right to work|permanent resid|green card|itar|\bexport|persons?\b|sponsor|visa|h-?1-?b|remote|hybrid|on-?\s?site"
    r"|\buscs?\b"
    r"|in[- ]office|in[- ]person|office|location|relocat|from home|telecommut|graduat|enrol"
    r"|current students?|class of|new grads?|licen[cs]"
    r"|certif|\bcdl\b|\brn\b|\blpn\b|\bcpa\b|\bpe\b|\bbls\b|\bacls\b|\bpals\b|\bcpr\b|\bpmp\b|cissp|security\+"
    r"|endorsement|permit|notary|credential|designation|charter|pharm\.?\s?d|\bj\.?d\b|\bed\.?d\b|\bdpt\b|\bpsy\.?d|\bdnp\b|\bm\.d\."
    r"|\bemt\b|hazmat|twic|\batp\b|\bcfi|\bmei\b|flight instructor|\bbar\b|practice law"
    r"|\brdn?\b|\blmb?t\b|nbcot|\botr/l\b|\bcst\b|\bnace\b|\bampp\b|\bs?cwi\b|\bapi[ \t-]*(?:1169|510|570|653)\b"
    r"|hazwoper|\bmmc\b|merchant mariner|towing vessels|red card|incident qualification"
    r"|\b(?:live|living|reside|residing|residence)\s+within\b"
    r"|\b(?:live|living|reside|residing|be\s+located|be\s+based)\s+in\b|\bresiden(?:cy|ts?)\b"
    r"|\b(?:hire|hiring)\s+(?:only\s+)?in\b"
    r"|\blocal\s+(?:to|candidates|applicants)\b|\bbe\s+local\b"
    # a degree by the abbreviation that names its field, with or without dots: "MLIS required", "B.S.W.", "ADN"
    # (those that read as a degree in capitals: not "MD", a state's code undotted, nor "LLM")
    r"|\b(?:" + "|".join(r"\.?".join(k) for k in sorted(IMPLIED_FIELD, key=len, reverse=True)
                        if degree_levels(k.upper())) + r")\b", _I)
# The same, case-sensitive, for ASCII text lowered first: twice as fast (no case folding per character).
_SCREEN_LOWER = re.compile(SCREEN.pattern)


@lru_cache(maxsize=8192)  # a posting's sentences are read by several passes
def screened(sentence: str) -> bool:
    """Whether ``sentence`` names a word a knock-out needs (``SCREEN``), or a credential known by its
    letters (``_KNOWN``) that no licence word names: "CFA charter required", "Series 7 required"."""
    if sentence.isascii():
        return bool(_SCREEN_LOWER.search(sentence.lower())) or bool(_KNOWN.search(sentence))
    return bool(SCREEN.search(sentence)) or bool(_KNOWN.search(sentence))


# --- softeners and clauses ------------------------------------------------------------
SOFT = re.compile(r"\b(?:preferred|preferably|preference|(?:a|big|huge|strong|definite) plus|bonus|nice[- ]to[- ]haves?"
                  r"|ideally|desired|desirable|advantage(?:ous)?|not (?:required|necessary|mandatory|needed)"
                  r"|helpful|beneficial|would be (?:great|nice|good|helpful)|optional|encouraged"
                  r"|probably|perhaps|possibly)\b", _I)
# What makes an ask a must whatever add-on it softens after: "Bachelor's degree required; MBA
# preferred", "Must have 3 years of experience as a medical assistant, dermatology preferred".
MUST_WORD = re.compile(r"\b(must|required|requires?|mandatory|essential|necessary)\b", re.I)
_CLAUSE_MARK = re.compile(r"[;,]|\s[-–—]\s")
_NEGATION = re.compile(r"\b(?:no|not|never|without)\b|n't\b", re.I)


def softened(text: str, softener: re.Pattern) -> bool:
    """Whether ``text`` is said to be nice to have ("Experience with Go is a plus"): it names a
    ``softener`` that no must word governs, a must word before it ("Must have 3 years in a
    clinic, dermatology preferred") or in another clause ("MBA preferred; bachelor's degree
    required"), and not denied in its clause ("No degree required; ...").  A part in
    brackets qualifies a part, not the whole ("(AWS preferred)")."""
    unqualified = re.sub(r"\([^)]*\)", "", text)
    soft = next((m for m in softener.finditer(unqualified) if not _softens_field(unqualified, m)), None)
    if soft is None:
        return False
    for must in MUST_WORD.finditer(unqualified):
        clause = _CLAUSE_MARK.split(unqualified[:must.start()])[-1]
        if not _NEGATION.search(clause) and (must.start() < soft.start()
                                             or _CLAUSE_MARK.search(unqualified, soft.end(), must.start())):
            return False
    return True


# A softener that narrows the field of a degree, not the degree: "should hold a PhD degree in a
# relevant field preferably within organic- and/or physical-chemistry", "a Master's in
# engineering, ideally in mechanical engineering", "... ideally with a focus on climate".  The
# degree is asked; its field is preferred (not "preferably with honours": no field).
_DEGREE_IN_FIELD = re.compile(r"(?i)\b(?:degree|ph\.?\s?d|doctorate|master'?s?|bachelor'?s?|m\.?sc|b\.?sc|diploma"
                              r"|mba)\b[^;.]{0,60}\b(?:in|within|of)\b[^;.]*\Z")
_FIELD_AFTER = re.compile(r"(?i)\s+(?:within|in|with[ \t]+(?:a|an)[ \t]+(?:focus|emphasis|speciali[sz]ation|major"
                          r"|concentration|specialty))\b")


# A degree named right before the softener that brings in its field: "Bachelor's degree,
# preferably in Computer Science".
_DEGREE_JUST_BEFORE = re.compile(r"(?i)\b(?:degree|bachelor'?s?|master'?s?|ph\.?\s?d|doctorate|mba|b\.?sc|m\.?sc)"
                                 r"[ \t]*[,(]?[ \t]*\Z")


def _softens_field(text: str, soft: re.Match) -> bool:
    """Whether a softener ("preferably", "ideally") stands after a degree or its field and before
    another field (``_DEGREE_IN_FIELD``, ``_FIELD_AFTER``): it softens the field only."""
    before = text[:soft.start()]
    return soft.group().lower() in ("preferably", "ideally", "preferred") \
        and bool(_FIELD_AFTER.match(text, soft.end())) \
        and bool(_DEGREE_IN_FIELD.search(before) or _DEGREE_JUST_BEFORE.search(before))


def required_anyway(text: str, softener: re.Pattern) -> bool:
    """Whether an item under a "Preferred" or "Nice to have" heading says it is required all
    the same ("U.S. Citizenship is required for this role"): a must word not denied in its
    clause, and no ``softener`` of its own."""
    plain = re.sub(r"\([^)]*\)", "", text)
    if softener.search(plain):
        return False
    return any(not _NEGATION.search(_CLAUSE_MARK.split(plain[:m.start()])[-1])
               and not re.match(r"\s*(?:but|though)\b", plain[m.end():], re.I)
               for m in MUST_WORD.finditer(plain))


NEXT_TOPIC = re.compile(r"\b(?:\d+\+?\s*(?:years|yrs)|bachelor|master'?s|ph\.?\s?d|doctorate|clearance|citizen"
                        r"|sponsor|visa|remote|hybrid|on-?site|licen[cs]e|certifi\w*)|(?-i:\b(?:B\.?S|M\.?S|B\.?A|M\.?A"
                        r"|MBA|CDL|RN|CPA|PE)\b)", _I)
ASKS = re.compile(r"\b(?:you|your|candidates?|applicants?|must|requir\w*|minimum|at least|should|need\w*|looking for"
                  r"|seeking|ideal)\b", _I)
COMPANY_SUBJECT = re.compile(r"\s*(?:we|we're|we've|we have|our|the company|founded|for (?:over|more than"
                             r"|nearly|almost)"
                             r"|since|with (?:over|more than|nearly)|established|in business)\b", _I)

# --- years ---------------------------------------------------------------------------------
EXPERIENCE = re.compile(r"\bexperien\w*|\bexp\b|\bbackground\b|\btrack record\b|\bwork history\b", _I)
YEARS_CONTEXT = re.compile(r"\s*(?:of\s+)?(?:\w+[\s-]+){0,4}?(?:experience|exp)\b|\s*(?:of|in|with|as|using|doing"
                           r"|working|developing|building|leading|managing|designing|writing|programming|coding"
                           r"|hands-on|professional|relevant|related|progressive|post|industry|practical|direct|proven"
                           r"|full-time|combined|prior|previous|demonstrated|clinical|\w+ing)\b", _I)
YEARS_OTHER = re.compile(r"\s*(?:of\s+)?(?:age|old|runway|history|funding|growth|existence|operations?"
                         r"|in business|in a row"
                         r"|warranty|service\b|serving|ago|later|from now|to come|running|straight|consecutive|college"
                         r"|university|school|schooling|study|studies|education|coursework|tenure|employment with us"
                         r"|contract|term|commitment|vesting|cliff|innovation|excellence|leadership in)\b", _I)
# Years "of" a word above that are still years of experience: "5+ years of operations
# management experience", "3 years of service industry experience".
YEARS_OF_EXPERIENCE = re.compile(r"\s*(?:of\s+)?(?:[\w/&-]+\s+){1,4}?(?:work\s+)?(?:experience|exp)\b", _I)
# Years offered in place of a degree: "a degree in EE and/or 5 years' equivalent experience",
# "Bachelor's degree or 4+ years of experience" (the degree before them), "6 years of
# experience in lieu of a degree" (after them).
OR_BEFORE = re.compile(r"(?:\band/or|\bor)\s+(?:(?:at least|a minimum of|minimum|min\.|an additional|additional"
                       r"|equivalent)\s+)?$", _I)
IN_LIEU_AFTER = re.compile(r"[^.;]{0,60}?\b(?:in lieu of|instead of|in place of|as a substitute for|or)\s+"
                           r"(?:an?\s+|the\s+)?(?:equivalent\s+|relevant\s+|related\s+|four-year\s+|4-year\s+)?"
                           r"(?:college\s+|university\s+)?(?:degree|diploma|bachelor|master|associate|BA\b|BS\b"
                           r"|B\.S\.|B\.A\.)", _I)
# Years that stand in for a degree the sentence names, said after them: "Bachelor's degree in Early Childhood
# Education (a CDA plus 4 years of experience may substitute)", "4 years of experience can be substituted for
# the degree".
# Years joined to a lower degree after "or", said before them: "MS or PhD in Computer Science, or BS with 3+ years
# of industry experience", "Master's degree, or Bachelor's degree and 2 years of experience".
DEGREE_WITH_YEARS = re.compile(r"\bor\s+(?:an?\s+)?[^,;.()]{1,40}?\s+(?:with|plus|and)\s+"
                               r"(?:at least\s+|a minimum of\s+)?\Z", _I)
SUBSTITUTE_AFTER = re.compile(r"[^.;()]{0,40}?\b(?:may|can|will|could)\s+(?:also\s+)?(?:be\s+)?substitut", _I)
YEARS_NOT_ASKED = re.compile(r"\bwithin (?:the )?(?:first|next|past|last)\b|\bafter \w+ (?:years?|yrs)\b", _I)
# A third party's history: "Acme has served central Ohio for 30 years with commercial work",
# "The clinic has been open for over 20 years" (read when no candidate cue is in the sentence).
HISTORY = re.compile(r"\bhas\s+(?:\w+\s+){0,2}?(?:been|\w+ed)\b.*\bfor\s+(?:over|more than|nearly|almost|about"
                     r"|around|some)?\s*$", _I)
_YEARS_WHAT = re.compile(r"\s*(?:of\s+)?(?:(?P<pre>(?:[\w/&+#.'-]+\s+){0,5}?)(?:work\s+)?(?:experience|exp)\b"
                         r"(?P<post>.*)|(?P<rest>.*))", _I | re.S)
_STOP_PHRASE = re.compile(r"\s*(?:[,;:.()]|\s-\s|\b(?:and|or|including|preferably|preferred|required|is|are|may|can"
                          r"|will|could|plus|with a"
                          r"|ideally|in a|in an|in the|at a|at an|at least|that|which|where|who)\b)", _I)
_LEAD = re.compile(r"^(?:in|with|as|using|of|on|for|a|an|the|your|relevant|related|hands-on)\s+", _I)


_KIND_OF_EXPERIENCE = re.compile(r"(?:(?:of|in|the|relevant|related|work|working|professional|proven|practical"
                                 r"|hands-on|post-?qualifi\w*|pqe|previous|prior|demonstrable|solid|paid)\s*)+", _I)


def years_in(rest: str) -> str:
    """What figures of years are in, lower case: "of ICU nursing experience" -> "icu nursing";
    "of experience developing backend systems" -> "developing backend systems"; "" when unsaid."""
    rest = re.sub(r"^['’]", "", rest)   # the possessive of "3+ years' experience"
    m = _YEARS_WHAT.match(rest)
    pre = (m.group("pre") or "").strip() if m else ""
    # words that say what kind of experience, not in what: "relevant", "professional",
    # "post-qualification" ("3+ years' post-qualification experience in management accounts")
    if pre and not _KIND_OF_EXPERIENCE.fullmatch(pre):
        text = pre
    else:
        text = (m.group("post") if m and m.group("post") is not None else m.group("rest") if m else "") or ""
    stop = _STOP_PHRASE.search(text)
    text = text[:stop.start()] if stop else text
    for _ in range(3):
        text = _LEAD.sub("", text.strip())
    words = text.split()
    return " ".join(words[:6]).lower() if words and len(words) <= 8 else ""


# --- degree ------------------------------------------------------------------------------
_DEGREE_NEXT = re.compile(r"\s*(?:['’]?s\b|degree|of\s+(?:science|arts|business|engineering|public|fine|education|laws"
                          r"|applied|computer)|in\b|/|,?\s*(?:or|and)\b)", _I)
# Experience after a degree, not the degree asked: "2+ years of post-master's clinical experience".
_POST_DEGREE = re.compile(r"\bpost[- ]?$", _I)
# A degree named by its field in capitals: "Master of Social Work", "Bachelor of Nursing"; not a ship's master
# (a mariner's licence: "Master of Towing Vessels", "Master of Self-Propelled Vessels", "Master of Inland Steam
# or Motor Vessels", "Master of Uninspected Passenger Vessels") nor one of ceremonies.
_NAMED_DEGREE_NEXT = re.compile(r"\s+of\s+(?!(?:(?:[A-Z][\w-]*|or|and|&)\s+){0,5}(?:Vessels?|Ships?|Yachts?|Boats?)\b"
                                r"|Ceremonies\b)[A-Z][a-z]+")
_ABBREVIATION_NEXT = re.compile(r"\s*(?:/|,|or\b|and\b|in\b|degree|from\b|required|preferred|\(|\.?\s*$|;|\+|-)", _I)
# Experience said to stand in for a degree: "(4 years of case management experience may be substituted)", "Two years
# of directly related experience may substitute for the degree", "Experience may substitute for education on a
# year-for-year basis"; not a degree in place of experience ("A master's degree may substitute for one year of the
# required experience").
EXPERIENCE_SUBSTITUTES = re.compile(r"\bexperience\b[^.;()]{0,40}?\b(?:may|can|will|could)\s+(?:also\s+)?(?:be\s+)?"
                                    r"substitut", _I)
DEGREE_OPTIONAL = re.compile(
    r"\bor (?:an? )?(?:equivalent|comparable|relevant|related|commensurate|applicable)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:experience|work|training|background)|\bequivalent (?:combination|work|practical|professional|level of"
    r"|military|years|experience)|\bin lieu of\b|\bdegree (?:is )?(?:not required|optional)|\bno degree\b"
    r"|\bwithout a degree\b|\bor (?:\d+|\w+) (?:\w+ )?years? of (?:\w+ )?experience"
    # a bare "or equivalent" ending the ask: most often equivalent experience ("BS/MS in Computer
    # Science or equivalent")
    r"|\b(?:degree|bachelor|master|B\.?S|B\.?A|M\.?S|M\.?A)\b[^.;]{0,50}?\bor (?:the )?equivalent\s*(?:[.;)]|$)"
    # experience said to stand in for it ("Bachelor's degree in Social Work (4 years of case management experience
    # may be substituted)"), or it said to stand in for experience ("a doctorate may substitute for one year of
    # experience"): an offer, no ask
    r"|" + EXPERIENCE_SUBSTITUTES.pattern + r"|\b(?:degree|doctorate|master'?s|bachelor'?s)\b[^.;()]{0,40}?\b(?:may|can"
    r"|will|could)\s+(?:also\s+)?(?:be\s+)?substitut\w*\s+for\b[^.;()]{0,40}?\bexperience\b", _I)
# A certificate or licence offered in place of a degree: "Paralegal certificate from an
# ABA-approved program or bachelor's degree" (before it), "Bachelor's degree or equivalent
# certification", "BSN or RN license" (after it).
_CREDENTIAL_NOUN = r"(?:certificate|certification|licen[cs]e|licensure|credential)s?\b"
# a word of a credential's name, or a bracket that spells it out ("CDA (Child Development Associate)")
_NAME_WORD = r"(?:(?!(?:and|with|experience|years?|\d+)\b)[\w'’+&/-]+\s+|\([A-Z][\w'’ -]{1,40}\)\s+)"
_CREDENTIAL_BEFORE = re.compile(rf"(?P<name>{_NAME_WORD}{{0,4}}?){_CREDENTIAL_NOUN}(?:(?!\band\b)[^.;]){{0,60}}?"
                                r"\bor\s+(?:an?\s+|the\s+)?$", _I)
_CREDENTIAL_AFTER = re.compile(rf"(?:(?!\band\b)[^.;]){{0,40}}?\bor\s+(?:an?\s+|the\s+)?(?P<name>{_NAME_WORD}{{0,3}}?)"
                               rf"{_CREDENTIAL_NOUN}", _I)


def credential_for_degree(sentence: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(name, start, end) of a certificate or licence a sentence offers in place of the degree
    at [start, end), None when it offers none."""
    m = _CREDENTIAL_BEFORE.search(sentence, 0, start)
    if m is None:
        m = _CREDENTIAL_AFTER.match(sentence, end)
    if m is None:
        return None
    noun_at = m.end("name")
    noun = re.match(_CREDENTIAL_NOUN, sentence[noun_at:], _I)
    head = _generic_name(sentence[m.start("name"):noun_at])
    tokens = list(re.finditer(r"\S+", sentence[m.start("name"):noun_at]))
    name_start = m.start("name") + tokens[-len(head.split())].start() if head else noun_at
    return f"{head} {noun.group(0)}".strip(), name_start, noun_at + noun.end()


# not across years asked beside it ("with 3+ years", "and 2 years of paralegal experience", "or four years of ...")
# nor across a combination offered in its place ("Bachelor's degree or equivalent combination of education and
# experience": education is no field)
# A clause of its own after a degree, asking with a modal verb: "a bachelor's degree, will have one year of
# classroom teaching", ", and ideally will speak Spanish" (its words name no field of the degree).
_MODAL_CLAUSE_NEXT = r",\s*(?:and\s+)?(?:(?:ideally|preferably|also)\s+)?(?:will|must|should|shall|needs? to)\b"
# (nor is a span of time's "of" a field's: "BSN required within 3 years of hire", "Bachelor's degree, 3 years of
# experience in accounting")
_FIELDS_START = re.compile(r"(?:(?!\b(?:with|and|plus|or)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b"
                           r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\+?\s+"
                           r"(?:years?|months?|weeks?|days?)\b"
                           rf"|\bcombination\b|{_MODAL_CLAUSE_NEXT})[^.;:]){{0,40}}?\b(?:in|of)\s+"
                           r"(?!(?:science|arts|applied science|business administration"
                           r"|fine arts|laws)\b(?!\s*(?:in|,)))", _I)
_FIELDS_STOP = re.compile(r"[.;:()\[\]]|\s(?:or|and)\s+(?:equivalent|comparable|relevant|commensurate|\d|higher|above"
                          r"|at least|experience)\b|\s(?:required|preferred|is|are|with|from|plus|who|that|to|by)\b"
                          r"|\s(?:and|with|plus|or)\s+\d|,\s*(?:and|or|plus)?\s*\d|\s-\s"
                          r"|,\s*(?:graduat\w*|having|including|ideally|preferably|completed|earned)\b"
                          rf"|{_MODAL_CLAUSE_NEXT}|$", _I)
# The degree asked named again after what stands in for it, its field after it: "... or 2 full years of graduate
# education leading to such a degree in accounting, finance or business".
SUCH_DEGREE = re.compile(r"\b(?:such|that|this|the[ \t]+same)[ \t]+(?:an?[ \t]+)?degree\b", _I)
# Credit hours offered beside a degree, whose "of" names no field of it.
_HOURS = re.compile(r"\b(?:semester|quarter|credit)\s+(?:hours|units|credits)\s+of\b", _I)
# A field named by the program the degree is from: "Associate degree from a CAPTE-accredited
# Physical Therapist Assistant program"; its accreditor is none ("MLIS from an ALA-accredited program").
_PROGRAM = re.compile(r"(?:['’]s)?(?:\s+degree)?\s+from\s+an?\s+(?:[\w-]+[- ]accredited\s+|accredited\s+)?"
                      r"(?P<field>(?![\w-]*accredited\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+program\b")
# The kind of degree before its field: "(Bachelor of) Science in Nursing" asks nursing.
_DEGREE_KIND = re.compile(r"^(?:science|arts|applied science|fine arts)\s+in\s+", _I)
_DEGREE_TALK = re.compile(r"\bdegrees?\b|\bdiplomas?\b|\bgraduate\b", _I)
# Any field at all names none: "a bachelor's degree in any field", "(any major)", "in any discipline".
_ANY_FIELD = re.compile(r"(?:any|all)\s+(?:academic\s+|subject\s+)?(?:fields?|disciplines?|majors?|subjects?"
                        r"|areas?|backgrounds?)(?:\s+of\s+study)?", _I)
_RELATED = re.compile(r"\b(?:related|relevant|similar|equivalent|comparable|affiliated|applicable|allied|other)\b", _I)


# Pay for a degree, an offer: "with master's stipend", "Master's degree differential", "a $2,500
# stipend for teachers holding a master's degree", "a pay differential for a BSN".
_PAY_WORD = r"(?:stipend|differential|allowance|bonus|premium|incentive|increment|supplement|pay|salary|lane|column)s?"
_PAY_NEXT = re.compile(r"(?:['’]?s)?(?:\s+(?:degree|diploma))?\s+" + _PAY_WORD + r"\b", _I)
_PAY_BEFORE = re.compile(r"\b" + _PAY_WORD + r"\s+(?:of\s+\S+\s+)?(?:for|with)\s+(?:\w+\s+){0,3}"
                         r"(?:(?:holding|with|who\s+(?:hold|have))\s+)?(?:an?\s+|the\s+)?\Z", _I)


# A role named with a degree word: "Scrum Master(s)", "scrum masters are part of these teams".
_ROLE_BEFORE = re.compile(r"\bscrum[\s-]+\Z", _I)
# People counted, not asked: "a total staff of 400 including 100 faculty members and 130 Ph.D",
# "750 PhD students".
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d(?:[\d,.]*\d)?\+?\s+\Z")
# A degree word naming a course of study, its students or its posts, not a degree held: "PhD
# students", "the PhD programme", "a PhD scholarship", "current rules for PhD degree students".
_STUDY_NEXT = re.compile(r"(?:['’]?s)?(?:[\s-]+degree)?[\s-]+(?:students?|candidates?|fellows?|fellowships?"
                         r"|scholars?|scholarships?|stipends?|positions?|posts?|programmes?|programs?|projects?"
                         r"|studies|study|thesis|theses|supervision|supervisors?|school|courses?|grants?"
                         r"|researchers?)\b", _I)
# ... or one to be enrolled in or studied for ("enrolled in the PhD programme", "the scholarship
# for the PhD degree", "the Executive Order regarding the PhD degree").
_STUDY_BEFORE = re.compile(r"\b(?:enrol(?:l?ed|ls?|ling|ments?)?(?:\s+(?:as|in|on|into|for))?|admi(?:tted|ssion)"
                           r"\s+(?:to|in|into)|scholarships?\s+(?:for|in|towards?)|stipends?\s+(?:for|in)"
                           r"|regarding|concerning|governing)\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?\Z", _I)
# A document the application encloses, not a degree asked (a sentence, or a list under a line that
# says so: "The file must include:"): "The application must contain: ... degree
# certificates ( inclusive of Ph.D.-diploma )", "Materials which cannot be uploaded ... to HR & PhD".
DOCUMENTS = re.compile(r"\b(?:upload\w*|attach\w*|enclos\w*|submit\w*|appendices|copies|must (?:include|contain)"
                        r"|should (?:include|contain)|(?:application|file) (?:must|should|will) (?:include|contain))\b",
                        _I)
_HOLDING = re.compile(r"\b(?:hold|holds|holding|have|has|having|possess\w*|completed|obtain\w*|earned|received"
                      r"|required|requires?|must have|must hold)\b", _I)


def asks_nothing(sentence: str, start: int, end: int) -> bool:
    """Whether the degree word at [start, end) asks nothing of the candidate: a role ("Scrum
    Master"), people counted ("130 Ph.D"), a course of study, its students or posts ("PhD
    students", "enrolled in the PhD programme"; a PhD post asks the degree that admits to it,
    which its other sentences state), or a document the application encloses ("degree
    certificates ( inclusive of Ph.D.-diploma )") with no word of holding it near."""
    before = sentence[max(0, start - 80):start]
    if _ROLE_BEFORE.search(before) or _COUNT_BEFORE.search(before):
        return True
    if _names_study(sentence, start, end):
        return True
    if held_said(sentence, start, end):
        return False
    # a sentence about the programme names it again: "the PhD candidate is enrolled as PhD student
    # ... according to the rules ... om ph.d.-graden"
    level = next((lv for lv, s, e in degree_levels(sentence) if s == start), None)
    if any(lv == level and s != start and _names_study(sentence, s, e) for lv, s, e in degree_levels(sentence)):
        return True
    return bool(DOCUMENTS.search(sentence))


# A posting for a PhD post, said in its opening: "A 3-year PhD scholarship in Pharmaceutical
# Technology is available", "PhD Stipend in Quantitative proteomics", "applications for a PhD research
# project".  No one holds the doctorate before the post that leads to it: it asks the degree that
# admits to it, which its qualifications state.
PHD_POST = re.compile(r"(?:\b(?:a|an|one|two|three|four|\d+)\b[\w\s-]{0,20}?|^|:\s*)\bPh\.?\s?D\.?(?:[\s-]+[A-Za-z]+)?"
                      r"[\s-]+(?:scholarship|position|stipend|fellowship|studentship|student|project)\b",
                      re.M | _I)


def _names_study(sentence: str, start: int, end: int) -> bool:
    return bool(_STUDY_NEXT.match(sentence, end) or _STUDY_BEFORE.search(sentence[max(0, start - 80):start]))


def held_said(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence says the degree word at [start, end) is held or required ("must hold
    a PhD", "prior to obtaining their master's degree", "MSc required"), as a list of documents
    to enclose does not ("Diploma ( MSc/PhD )")."""
    return bool(_HOLDING.search(sentence, 0, start) or re.match(r"[^.;]{0,30}?\b(?:is |are )?(?:required|a must"
                                                                 r"|mandatory)\b", sentence[end:], _I))


def is_degree(sentence: str, level: str, start: int, end: int) -> bool:
    """Whether a degree word at [start, end) names a degree asked, not "Scrum Master", "MS Office"
    or "BA" for a business analyst.  A state code after a name the gazetteer does not know
    ("Acme Roofing, Hopkinton, MA") is a place unless the sentence speaks of degrees (the word
    "degree" or "diploma", or another degree: "BA in Economics, MA preferred")."""
    if state_code_reading(sentence, start, end) == "name" and not (
            _DEGREE_TALK.search(sentence) or len(degree_levels(sentence)) > 1):
        return False
    if asks_nothing(sentence, start, end) or (_POST_DEGREE.search(sentence, 0, start)
                                              and not sentence[start:end].lower().startswith("grad")):
        return False
    surface = sentence[start:end]
    after = sentence[end:end + 40]
    lower = surface.lower()
    # words written out are no abbreviations ("Master" and "Doctor" have six letters), and
    # "Doctorate" is never a person or a title
    written = lower.startswith(("master", "bachelor", "doctor")) and not lower.startswith("doctorate")
    if written and not lower.endswith(("'s", "s", " of")) and not (_DEGREE_NEXT.match(after)
                                                                  or _NAMED_DEGREE_NEXT.match(after)):
        return False
    if written and _GRADE_OF_TRADE_NEXT.match(after):
        return False   # a trade's grade: "Master or Journeyman Electrician license"
    if not written and re.fullmatch(r"[A-Z][A-Za-z.]{0,5}", surface) and (NOT_A_DEGREE_NEXT.match(after) or not (
            _ABBREVIATION_NEXT.match(after) or re.search(r"\bdegree|diploma", sentence, _I)
            # among other degrees, "with" what goes with it: "MS or PhD, or a BS with 3+ years"
            or re.match(r"\s+with\b", after) and len(degree_levels(sentence)) > 1)):
        return False
    if level == "high school" and not re.search(r"diploma|degree|\bged\b|equivalent|education|graduate", sentence, _I):
        return False
    if _PAY_NEXT.match(after) or _PAY_BEFORE.search(sentence[max(0, start - 80):start]):
        return False   # paid for, not asked: "master's stipend", "a pay differential for a BSN"
    return not (COMPANY_SUBJECT.match(sentence) and not ASKS.search(sentence))


def degree_fields(sentence: str, end: int) -> tuple[list[str], bool]:
    """(fields asked, "or a related field" said) after the last degree word."""
    start = _FIELDS_START.match(sentence, end)
    if start and _HOURS.search(start.group()):
        start = None   # "an associate degree, 48 semester hours of college coursework": no field
    program = None if start else _PROGRAM.match(sentence, end)
    if program:
        return [program.group("field").lower()], False
    if not start:
        return [], bool(re.search(r"\b(?:related|relevant) (?:field|discipline|area|degree)", sentence[end:], _I))
    rest = sentence[start.end():]
    stop = _FIELDS_STOP.search(rest)
    rest = rest[:stop.start()] if stop else rest
    names, related = [], False
    for item in re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+|\s*/\s*", rest):
        if _ANY_FIELD.fullmatch(item.strip()):
            continue
        item = _DEGREE_KIND.sub("", re.sub(r"^(?:a|an|the|any)\s+", "", item.strip(), flags=_I)).lower()
        if not item or item in ("a", "an", "the", "any"):
            continue
        if _RELATED.search(item):
            related = True
        elif len(item.split()) <= 5:
            names.append(item)
    return list(dict.fromkeys(names)), related


# --- clearance -----------------------------------------------------------------------------
CLEARANCE_WORD = re.compile(r"clearance|ts\s?/\s?sci|top secret|\bsecret\b|public trust|polygraph", _I)
NOT_CLEARANCE = re.compile(r"\bclearance (?:sale|rack|items?|price|center|event)|\b(?:customs|medical|tax|ground|cargo"
                           r"|height|bridge|dental|fingerprint|livescan|live scan|background|DOJ|FBI) clearance", _I)
NO_CLEARANCE = re.compile(r"\bno (?:\w+\s+){0,2}clearance|\bclearance (?:is )?not (?:required|needed|necessary)"
                          r"|\b(?:not|n't|never) (?:\w+\s+){0,2}(?:require|need)\w*\s+(?:\w+\s+){0,3}clearance"
                          r"|\bwithout (?:\w+\s+){0,2}clearance|\bclearance:?\s*(?:none|n/a|not required)", _I)

# --- citizenship and work authorisation ------------------------------------------------------
# A staffing agency's shorthand for US citizens and green card holders, the two joined: "USC/GC only", "GC or
# USC"; "USC" alone may be a university.
USC_GC = r"\b(?-i:USCs?[ \t]*(?:/|,|&|\bor\b|\band\b)[ \t]*GCs?|GCs?[ \t]*(?:/|,|&|\bor\b|\band\b)[ \t]*USCs?)\b"
CITIZENSHIP = re.compile(
    r"\bcitizen(?:s|ship)?\b|\bU\.?S\.? persons?\b|\bITAR\b|\bexport control|\bpermanent residen|\bgreen card|"
    + USC_GC +
    r"|\bauthori[sz]ed to (?:legally )?work\b|\b(?:legally|lawfully) (?:eligible|able|permitted|entitled) to work\b"
    r"|\b(?:eligible|entitled|permitted) to work (?:\w+\s+){0,3}(?:in|for)\b|\bright to work\b"
    r"|\bwork(?:ing)? (?:authori[sz]ation|permit|rights?)\b|\bemployment authori[sz]ation\b", _I)
NOT_ASKED_OF_YOU = re.compile(r"without regard to|regardless of|discriminat|protected (?:veteran|class|status"
                              r"|character)"
                              r"|\be-?verify\b|\bi-9\b|national origin|citizenship status|\bcorporate citizen"
                              r"|\bglobal citizen|\bgood citizen|\bcitizen (?:science|developer|journalis)"
                              # citizens as the people a product serves, and "citizen" as a figure of speech
                              r"|\b(?:first|second)[- ]class citizen|\bevery[- ]?day citizen|\bsenior citizen"
                              r"|\b(?:fellow|ordinary|private|average|digital) citizen"
                              # help with a visa or a work permit is an offer
                              r"|\b(?:assist\w*|help|support)\s+(?:(?:with|for|in|on)\b[^.;]{0,30}"
                              r"\b(?:visas?|work permits?)\b|(?:visa|work permit) (?:applications?|process))", _I)
NO_CITIZENSHIP = re.compile(r"\bcitizen(?:ship)? (?:is )?not (?:required|necessary|needed)|\bno citizenship"
                            r"|\bnon-?(?:u\.?s\.? )?citizens? (?:are )?(?:welcome|eligible|encouraged)", _I)
# Years of leading others, not of the work alone: "2+ years of warehouse supervisory experience",
# "3 years in a leadership role", "experience managing a team of 10", "3 years as a foreman or
# crew lead", "2 years as a shift lead".
ASKS_LEADING = re.compile(r"\b(?:supervisory|supervising|supervision|people[- ]management"
                          # leadership asked, not an audience of it ("preparing reports for senior leadership")
                          r"|(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bto senior )(?<!\bfor senior )(?<!\bwith senior )"
                          r"(?<!\bto executive )(?<!\bfor executive )(?<!\bwith executive )leadership"
                          r"|(?:managing|leading|supervising) (?:a |the )?(?:team|teams|staff|people|employees|crews?"
                          # people of a trade managed: "including 2+ years managing analysts", "leading engineers"
                          r"|(?:[\w-]+ )?(?:analysts|engineers|developers|accountants|associates|technicians|nurses"
                          r"|agents|representatives|reps|specialists|coordinators|recruiters|designers|scientists"
                          r"|drivers|operators|mechanics|managers|supervisors|direct reports|others))"
                          r"|(?:as|in)\s+an?\s+(?:[\w-]+\s+)?(?:supervisor|manager|lead|leader|foreman|forewoman"
                          r"|superintendent|crew chief)s?|as (?:the )?head \w+)\b", _I)
# What asks citizenship or lasting residence, which a seeker who needs a visa sponsor cannot
# meet, as against work authorisation alone ("Must be authorized to work in the US"), which
# they may hold; "authorized to work for any employer" is authorisation no visa gives.
# Citizenship offered as one way to work authorisation ("must be U.S. citizens or have legal
# authorization to work") asks the authorisation.
_AUTHORISED = (r"(?:(?:(?:legal(?:ly)?|lawful(?:ly)?|valid)\s+)?(?:authori[sz](?:ed|ation)|eligib\w*|entitled"
               r"|permitted|permission|right)\s+(?:to\s+)?work\b|\bwork\s+(?:authori[sz]ation|permit))")
_BESIDE = r"(?:(?!\band\b|green card|permanent resid|citizen)[^.;]){0,40}?"   # no other ask between
# A work visa or permit among the statuses accepted ("Australian citizenship, permanent
# residency or a valid work visa", "EU citizens or hold a valid Danish work permit"): a visa
# holder may apply, so the ask is one of work authorisation.
_VISA_ACCEPTED = (r"\bcitizen(?:s|ship)?\b[^.;]{0,80}?\bor\b(?:\s+[\w-]+){0,4}?\s+(?:(?:work(?:ing)?|employment"
                  r"|temporary|skilled)\s+(?:visas?|permits?)|valid\s+visas?)\b")
ASKS_CITIZENSHIP = re.compile(r"^(?!.*\bcitizen(?:s|ship)?\b" + _BESIDE + r"\bor\b" + _BESIDE + _AUTHORISED
                              + r"|.*" + _AUTHORISED + r"[^.;]{0,60}?\bor\b" + _BESIDE + r"\bcitizen(?:s|ship)?\b"
                              + r"|.*" + _VISA_ACCEPTED + r")"
                              r".*?(?:\bcitizen(?:s|ship)?\b|\bU\.?S\.? persons?\b|\bITAR\b|\bexport control"
                              r"|\bpermanent residen|\bgreen card|\bfor any (?:\w+\s+){0,2}employer\b|" + USC_GC + ")",
                              _I | re.S)
_COUNTRY = re.compile(r"(?<![\w.])(?:U\.S\.A\.|U\.S\.|USA|US|U\.K\.|UK|EU|United States(?: of America)?|United Kingdom"
                      r"|Great Britain|Canada|Australia|New Zealand|Ireland|Germany|France|India|Mexico|Israel|Japan"
                      r"|Singapore|Netherlands|European Union|EEA|European Economic Area|Switzerland|Spain|Poland"
                      r"|Brazil|Denmark|Sweden|Norway|Austria|Belgium|Portugal|Italy)(?![\w])")


# A country named by its people's adjective before a status: "Canadian citizen or permanent
# resident", "Australian citizenship or PR", "British nationals".
_DEMONYM_COUNTRY = {"American": "United States", "Canadian": "Canada", "British": "United Kingdom",
                    "Australian": "Australia", "Irish": "Ireland", "Indian": "India", "Mexican": "Mexico",
                    "German": "Germany", "French": "France", "Israeli": "Israel", "Japanese": "Japan",
                    "Singaporean": "Singapore", "Swiss": "Switzerland", "Dutch": "Netherlands", "Danish": "Denmark",
                    "Swedish": "Sweden", "Norwegian": "Norway", "Spanish": "Spain", "Polish": "Poland",
                    "Brazilian": "Brazil", "New Zealand": "New Zealand"}
_DEMONYM = re.compile(r"\b(?P<d>" + "|".join(_DEMONYM_COUNTRY) + r")(?=\s+(?:citizen|national|permanent resid|PR\b"
                      r"|passport))")


def countries(sentence: str) -> list[str]:
    """The countries a sentence names, by name ("authorized to work in Canada") or by its
    people's adjective before a status ("Canadian citizen or permanent resident" -> Canada)."""
    found = [(m.start(), m.group(0)) for m in _COUNTRY.finditer(sentence)]
    found += [(m.start(), _DEMONYM_COUNTRY[m["d"]]) for m in _DEMONYM.finditer(sentence)]
    return list(dict.fromkeys(name for _, name in sorted(found)))


# --- sponsorship -----------------------------------------------------------------------------
SPONSOR = re.compile(r"\bsponsor\w*|\bvisas?\b|\bh-?1-?b\b|\bimmigration\b", _I)
VISA = re.compile(r"\bvisas?\b|\bh-?1-?b\b|\bimmigration\b|\bwork (?:authori[sz]ation|permit|status)|\bemployment"
                  r"(?:-based)? (?:authori|visa|based|sponsorship)|\bgreen card|\b(?:O-1|TN|OPT|CPT|L-1|STEM OPT)\b"
                  r"|\bauthori[sz]ed to work|\bwork in the\b|\bcitizen", _I)
NOT_VISA = re.compile(r"\b(?:event|community|conference|hackathon|meetup|team|executive|corporate|charit|partner"
                      r"|program|club|league|sports?|sponsors? of|podcast|scholarship|fund|race|festival"
                      r"|product)\w*", _I)
# An exam, a licence, a certification or a course the employer sponsors, no visa: "we sponsor and pay for exams",
# "We sponsor licensing", "company-sponsored certification", "sponsor your Series 7 and 66", "Sponsorship for the
# CPA exam", "Exam sponsorship".  Between the two only names and articles ("the", "Series 7 and 66"), so "unable to
# sponsor H-1B visas for certified nurses" and "Sponsorship is not available for licensed ..." stay visa policies.
_SPONSORED_THING = (r"(?:exams?|examinations?|tests?|licen[cs]\w*|pre-?licens\w*|certifi\w*|credentials?|designations?"
                    r"|courses?|coursework|training|classes|tuition|series)\b")
SPONSORED_THING = re.compile(r"\b" + _SPONSORED_THING, _I)
_NAMES_BETWEEN = r"(?:(?:the|your|all|any|an?|their|its|our|required|state|and|&|(?-i:[A-Z0-9][\w/&.-]*))\s+){0,5}"
SPONSORED_CREDENTIAL = re.compile(
    r"\bsponsor(?:s|ed|ing|ship)?\s+(?:(?:and|&)\s+(?:pay|cover|reimburse)s?\s+(?:for\s+)?)?(?:(?:of|for)\s+)?"
    + _NAMES_BETWEEN + _SPONSORED_THING
    + r"|\b(?:company|employer|firm|agency|brokerage|hospital)[- ]sponsored\s+" + _NAMES_BETWEEN + _SPONSORED_THING
    + r"|\b" + _SPONSORED_THING + r"\s+sponsorship\b", _I)
SPONSOR_REFUSED = re.compile(r"\b(?:not|no|unable|cannot|can't|won't|don't|doesn't|isn't|aren't|without|ineligible"
                             r"|never|neither|nor)\b|n't\b|\bnow or in the future\b", _I)
# Help with a visa or a work permit offered: "We can support work permit applications",
# "we assist with visa applications".
PERMIT_HELP = re.compile(r"\b(?:assist\w*|help\w*|support\w*)\s+(?:(?:with|for|in|on)\b[^.;]{0,30}"
                         r"\b(?:visas?|work permits?)\b|(?:visa|work permit) (?:applications?|process))", _I)
SPONSOR_OFFERED = re.compile(r"\bsponsor|\bavailable|\boffer|\bprovide|\bsupport|\bwelcome|\bassist|\bconsider"
                             r"|\bopen to\b|\beligible", _I)

# --- workplace -------------------------------------------------------------------------------
# "Hybrid" is a workplace where it speaks of the work: alone, before a bracket, a dash or
# punctuation ("Austin, TX (Hybrid - 2 days on-site)", "This role is hybrid."), or before a
# word about the work ("hybrid role", "hybrid schedule", "hybrid, 3 days in office", "hybrid
# with 2 days on-site"); not as an adjective of something else ("online and hybrid courses").
HYBRID_WORK = re.compile(r"\bhybrid\b(?=[ \t]*(?:$|[,.;:!?()\[\]|–—]|(?<=[ \t])-"
                         r"|/[ \t]*(?:remote|on-?site|virtual|in-?office|flex\w*)"
                         r"|(?:role|position|job|schedule|work\w*|model|arrangement|set-?up|opportunity|basis"
                         r"|with|in|at|from|\d)\b))", re.I | re.M)
_HYBRID = re.compile(r"\bhybrid\b(?![\s-]+(?:cloud|multi|apps?|applications?|mobile|infrastructures?|vehicles?|cars?"
                     r"|search|architectures?|integrations?|solutions?|systems?|deployments?|networks?|approach"
                     r"|methodolog\w*|agile|storage|data|it|on-prem\w*|models? of|teams? of|events?|rag|retrieval"
                     r"|quantum|algorithms?|ml|ai|devops|scrum|kanban|waterfall)\b)", _I)
_REMOTE_NOT = re.compile(r"\bnot (?:a |an |fully |100% )?remote|\bno remote\b|\bnon-remote\b|\bisn't remote|\bremote"
                         r" (?:work |working )?(?:is )?not (?:available|an option|possible|offered|permitted|allowed)"
                         r"|\bnot (?:eligible|available|open) (?:for|to) remote|\bcannot be (?:done|performed|worked)"
                         r" remotely|\bremote (?:candidates|applicants) will not", _I)
_REMOTE = re.compile(
    r"\b(?:fully|100%|completely|entirely|permanently|full[- ]time|work) remote\b|\bremote(?:[- ](?:first|friendly|only"
    r"|position|role|job|opportunity|eligible|option|possible|ok|allowed|based|work(?!\s+experience)|employee|setup"
    r"|worker))\b|\b(?:position|role|job|this|opportunity) (?:is|can be) (?:a )?(?:fully |100% )?remote(?:ly)?\b"
    r"|\bwork(?:ing)? (?:fully |100% )?remotely (?:from|within|in|anywhere)|\bcan be (?:done|performed|worked)"
    r" remotely|\bremote\s*[\(\[]|\bremote\s*[-–—,:/|]\s*(?=[A-Z])|^\W*remote\b|\blocation\s*:?\s*(?:\w+\s*)?remote"
    r"|\bwork from (?:home|anywhere)|\bwfh\b|\btelecommut\w+|\bremote (?:within|in|from|across|anywhere)\b"
    r"|\bor remote\b|\bremote or\b", _I)
_REMOTE_OR_HYBRID = re.compile(r"\b(?:remote|hybrid)\s*(?:or|/|and)\s*(?:remote|hybrid)\b", _I)
_ONSITE = re.compile(r"\bon[- ]?site\b(?![\s/-]*(?:interviews?|offshore|visits?|meetings?|support|customers?|clients?"
                     r"|events?|training|services?|assessments?|inspections?|parking|gym|cafeteria|childcare|daycare"
                     r"|amenities|perks|safety|quality|logistics|supervision|superintendents?|teams?|crews?|staff"
                     r"|workers|workforce))|\bin[- ]office\b|\bin[- ]person\b(?!\s+(?:interviews?|or|events?))"
                     r"|\b(?:from|in|at) (?:our|the) (?:\w+ )?(?:office|offices|headquarters|hq|facility|plant|site"
                     r"|campus|hospital|clinic|warehouse|store|lab)\b|\bdays (?:a|per) week in\b|\bcommut\w+ to\b"
                     r"|\breport (?:daily )?to (?:our|the|an?) (?:\w+ )?(?:office|site|facility)", _I)
_JOB_CONTEXT = re.compile(r"\b(?:position|role|job|work|working|based|located|schedule|days?|week|required|requirement"
                          r"|must|this is|candidates?|you will|you'll|report|commute|employees?|location|full[- ]time"
                          r"|opportunity|team members?|expected|expectation)\b|^\W*(?:on-?site|in[- ]office"
                          r"|hybrid)\b", _I)
# Where field work is done, far from town, not work from home: "Remote field position, home base Dallas, TX",
# "work at remote sites", "remote camps", "remote well sites", "remote job sites across West Texas".
REMOTE_FIELD = re.compile(r"\bremote[ \t]+(?:field|camps?|(?:job|work|well|drill|project)[ \t-]?sites?"
                          r"|oil[ \t]?fields?|rigs?|terrain|wilderness|backcountry|regions?|communities|islands?"
                          r"|outposts?|lodges?)\b", _I)
_NOT_WORKPLACE = re.compile(REMOTE_FIELD.pattern +
                            r"|\b(?:experience|comfortable|ability|able) (?:\w+\s+){0,3}(?:remote(?:ly)?|hybrid"
                            r"|on-?site)"
                            r"|\bremote (?:teams?|colleagues|sensing|monitoring|patients?|access|desktop|control"
                            r"|servers?|repositor\w+|execution|procedure|locations?|sites?|areas?|villages?|devices?"
                            r"|learning|collaboration|data|databases?|apis?|services?|systems?|hosts?|machines?"
                            r"|endpoints?|calls?|sources?|storage|branch(?:es)?|debugging|deployments?|nodes?|clusters?"
                            r"|sessions?|connections?|shells?|updates?)\b"
                            r"|\binterviews? (?:will be )?(?:conducted )?(?:in[- ]person|on-?site)"
                            r"|\bon-?site (?:or|and) (?:via|through|by) video", _I)
LOCATION_LABEL = re.compile(r"^(?:job |work |office |position )?locations?\s*:\s*(?P<value>.+)$", _I)
_MODE_WORDS = re.compile(r"\(?\b(?:fully |100% )?(?:remote(?:ly)?|hybrid|on-?\s?site|in[- ]office|in[- ]person"
                         r"|work from home|wfh)\b(?:\s*(?:only|first|friendly|eligible|ok|optional))?\)?", _I)
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|from|within|across|near|throughout|based in|located in|anywhere in|out of|to)\s+(?:the\s+|our\s+)?"
    r"(?P<place>(?:[A-Z][\w.'-]*)(?:\s+(?:[A-Z][\w.'-]*|of(?=\s+[A-Z])))*(?:,\s*(?:[A-Z]{2}\b"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?)")
_REMOTE_PARENS = re.compile(r"\bremote\s*(?:\(|\[|[-–—:,|]\s*)(?P<place>[^)\]\n.;]{2,60})", _I)
_NOT_PLACE = re.compile(r"^(?:Our|The|We|Office|Offices|HQ|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                        r"|January|February|March|April|May|June|July|August|September|October|November|December"
                        r"|Remote|Hybrid|Engineering|Product|Computer|Python|Rust|Java|English|Spanish|Eastern|Pacific"
                        r"|Central|Mountain|EST|PST|CST|MST|ET|PT|CT|GMT|UTC|CET|Time|Days?)\b")
_PLACE_TAIL = re.compile(r"\s+(?:Office|Offices|HQ|Headquarters|Area|Metro|Region|Time|Timezone|Campus)$|[\s,.]+$")


# What an amenity is, after "on-site" and at most two words: "Onsite gym", "On-site subsidised beauty
# salon", "Onsite Fitness Centers", "Onsite Medical & Dental", "Onsite Cafes Games & Sport Areas".
_AMENITY_AFTER = re.compile(r"[\s/-]*(?:(?!(?:at|in|of|for|the|an?|our|role|position|job|work\w*|team|staff)\b)"
                            r"[\w&'’-]+\s+){0,2}(?:gyms?|fitness|cafes?|cafés?|caf[eé]terias?|canteens?|restaurants?"
                            r"|kitchens?|meals?|food|snacks|lunch(?:es)?|coffee|bars?|medical|dental|health\s*care"
                            r"|doctors?|nurses?|physio\w*|massages?|salons?|barbers?|showers?|laundry|dry[- ]cleaning"
                            r"|child\s*care|day\s*care|cr[eè]ches?|nursery|parking|bike|games?|sports?|gardens?"
                            r"|library|wellness|pool|amenities|perks|facilities)\b"
                            # not a job there: "Onsite medical assistant", "on-site cafe barista"
                            r"(?![\s/&-]+(?:[\w-]+\s+)?(?:assistants?|technicians?|techs?|officers?|staff|workers?"
                            r"|attendants?|associates?|specialists?|coordinators?|managers?|supervisors?|leads?|roles?"
                            r"|positions?|jobs?|baristas?|cooks?|chefs?|instructors?|trainers?|receptionists?|aides?"
                            r"|representatives?|operators?|engineers?|directors?|clerks?|porters?|cleaners?)\b)", _I)
# A workplace said as a condition of something else: "Free meals ... when working in the office".
_CONDITION_BEFORE = re.compile(r"\b(?:when|while|whenever|if|on days)\s+(?:you(?:'re| are)?\s+)?(?:\w+ing\s+)?\Z",
                               _I)


# Where a step of hiring happens, not the work: "pass a 6G weld test on site", "a skills test
# on-site before hire", "interview in person".
_EVENT_BEFORE = re.compile(r"\b(?:tests?|exams?|examinations?|assessments?|interviews?|screenings?|evaluations?"
                           r"|demonstrations?|orientation)\s+\Z", _I)


def _onsite(sentence: str) -> bool:
    """Whether a sentence says the work is done on site: an on-site word that qualifies no
    amenity ("Onsite gym"), is no condition of something else ("when working in the office")
    and says where no step of hiring is done ("a weld test on site")."""
    return any(not (_AMENITY_AFTER.match(sentence, m.end()) and re.match(r"(?i)on", m.group(0)))
               and not _CONDITION_BEFORE.search(sentence, 0, m.start())
               and not _EVENT_BEFORE.search(sentence, 0, m.start())
               for m in _ONSITE.finditer(sentence))


# A rule of where the worker must live, near the work: "Must live within 30 minutes of the Salida
# service center", "reside within 25 miles of Bismarck, ND", "live within a 45-minute drive of our
# yard"; the place is read when written with its state ("Bismarck, ND"), else the posting's is meant.
# (the number words a distance or a time is written in: "within thirty miles", "a forty-five minute drive")
_NUMBER_WORDS = NUMBER_WORDS | {"thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60}
_RESIDENCE = re.compile(r"(?i:\b(?:live|living|reside|residing|residence)\s+within\s+(?:an?\s+)?(?:\d{1,3}|"
                        + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")[\s-]*(?:minutes?|mins?"
                        r"|miles?|mi|km|kilomet(?:er|re)s?|hours?)(?:[\s-]+(?:drive|driving distance|commute|radius))?"
                        r"\s+(?:of|from)\s+(?:the\s+|our\s+|your\s+)?)"
                        r"(?P<place>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*[A-Z]{2}\b)?")
# ... asked, not told: a must word, or the verb opening the item or what follows its label ("On-call: live ...")
_RESIDENCE_ASKED = re.compile(r"\b(?:must|required|requires?|mandatory)\b|^\W*(?:[^:]{0,40}:\s*)?(?:live|reside)\b", _I)


def residence_rule(sentence: str) -> re.Match | None:
    """The rule of where to live a sentence asks (``_RESIDENCE``), or None."""
    m = _RESIDENCE.search(sentence)
    return m if m and _RESIDENCE_ASKED.search(sentence) else None


_MILE_KM = 1.609344
# The radius of a rule of where to live, read from its match: "30 miles", "a 50-mile radius", "40 km"; not a
# time ("within 30 minutes of", "a 45-minute drive"), which no straight line measures.
_RADIUS = re.compile(r"(?P<n>\d{1,3}|[a-z-]+)[\s-]*(?P<unit>miles?|mi|km|kilomet(?:er|re)s?)\b", _I)
# The place a rule of where to live names without its state, its first capitalised words: "of our Tulsa office",
# "of the Salida service center" (the posting's own place when its location names them).
_NAMED_NEAR = re.compile(r"(?-i:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)")


def residence_radius(sentence: str) -> tuple[float, str, str] | None:
    """(kilometres, place as written or "", capitalised words naming the place without its state or "") of a
    rule of where to live that gives a distance (``residence_rule``): "Must reside within 30 miles of Dayton,
    OH" -> (48.3, "Dayton, OH", ""); "Must live within a 50-mile radius of our Tulsa office" -> (80.5, "",
    "Tulsa"); None for one that gives a time ("within 30 minutes of the yard") or none."""
    m = residence_rule(sentence)
    radius = _RADIUS.search(m.group(0)) if m else None
    if not radius:
        return None
    n = radius.group("n").lower()
    count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
    if not count:
        return None
    km = count * (1.0 if radius.group("unit").lower().startswith("k") else _MILE_KM)
    named = "" if m.group("place") else (_NAMED_NEAR.match(sentence, m.end()) or re.match("", "")).group(0)
    return round(km, 1), m.group("place") or "", named


# A way round an ask of where to live: "or be willing to relocate", "or relocate before your start date".
RELOCATE_WAY = re.compile(r"\bor\b[^.;]{0,30}\breloca", _I)
# An ask to live near a place, said as being local to it: "Must be local to the DFW area", "Candidates must be
# local to Chicago, IL"; its place a metro area's name or letters ("DFW", "NYC"), so measured as a commute from
# its centre (``LOCAL_KM``), not by the city's own bounds (a seeker in Plano is local to Dallas).
_LOCAL_PLACE = (r"(?P<place>[A-Z]{2,5}\b|(?!Bay\b)[A-Z][a-z]+(?:(?:[ \t]+|[ \t]*[-/][ \t]*)[A-Z][a-z]+){0,2}"
                r"(?:,[ \t]*[A-Z]{2}\b)?)")
_LOCAL_TO = re.compile(r"(?i:\blocal\s+to\s+(?:the\s+)?)" + _LOCAL_PLACE)
# ... said as living in a place's area: "Must live in the Dallas area", "must reside in the greater Boston metro
# area", "Candidates must be based in the Dallas-Fort Worth metroplex" (a city's area is its commute, as above;
# not "the Bay Area", which no one city names).
_IN_AREA = re.compile(r"(?i:\b(?:live|living|reside|residing|be\s+located|be\s+based)\s+in\s+(?:the\s+)?"
                      r"(?:greater\s+)?)" + _LOCAL_PLACE
                      + r"(?i:[ \t]+(?:metro(?:politan)?[ \t]+)?area|[ \t]+metro(?:plex)?)\b")
# An ask to be local to the posting's own place, which it does not name: "Local candidates only", "We are only
# considering local applicants", "Must be local" (not "must be local to ...", which names its place).
LOCAL_ONLY = re.compile(r"\b(?:local\s+(?:candidates|applicants)\s+only|only\s+(?:(?:accepting|considering|hiring"
                        r"|interviewing)\s+)?local\s+(?:candidates|applicants)|(?:must|required\s+to)\s+be\s+local"
                        r"(?!\s+to\b))\b", _I)
LOCAL_KM = 80.5   # 50 miles


def local_to(sentence: str) -> str:
    """The place a sentence asks the worker to be local to (``_LOCAL_TO``) or to live in the area of
    (``_IN_AREA``), as written, where the gazetteer knows it and the sentence asks it (``_RESIDENCY_ASKED``);
    "" otherwise."""
    from matcher.eligibility.places import resolve

    m = _LOCAL_TO.search(sentence) or _IN_AREA.search(sentence)
    if not m or not _RESIDENCY_ASKED.search(sentence) or _RESIDENTS_TOLD.search(sentence):
        return ""
    return m.group("place") if resolve(m.group("place")) else ""


# An ask to live in a territory the posting does not draw: "Must live within the territory or be willing to
# relocate", "must reside in the assigned sales territory"; the territory is no place to compare with.
TERRITORY = re.compile(r"\b(?:live|living|reside|residing|be\s+(?:located|based))\s+(?:with)?in\s+(?:the|your|an?|our)"
                       r"\s+(?:\w+\s+){0,2}?(?:territory|territories|service area|region|district)\b", _I)


def work_mode(sentence: str) -> str:
    """"onsite" | "hybrid" | "remote" a sentence states for the job, "" when it states none.  Where
    two are offered the most open one counts ("hybrid or remote" -> remote), but "hybrid: 3 days in
    the office, 2 remote" is hybrid; a negated remote ("not remote") is on-site, and so is a rule
    of living near the work ("Must live within 30 minutes of the Salida service center")."""
    if residence_rule(sentence):
        return "onsite"
    if _NOT_WORKPLACE.search(sentence) and not LOCATION_LABEL.match(sentence):
        return ""
    if _REMOTE_NOT.search(sentence):
        return "onsite"
    if _REMOTE_OR_HYBRID.search(sentence) and re.search(r"\bremote", sentence, _I):
        return "remote"
    if _HYBRID.search(sentence) and HYBRID_WORK.search(sentence):
        return "hybrid"
    if _REMOTE.search(sentence):
        return "remote"
    if _onsite(sentence) and (_JOB_CONTEXT.search(sentence) or LOCATION_LABEL.match(sentence)):
        return "onsite"
    return ""


# A bracket that tells how the work is done and names no place: "(Hybrid, 2 days/week)".
_MODE_BRACKET = re.compile(r"\(\s*(?i:(?:fully |100% )?(?:remote|hybrid|on-?\s?site|in[- ]office|in[- ]person))\b"
                           r"[^()A-Z]*\)")


def place_list(value: str) -> list[str]:
    """The places of a location value ("Austin, TX (On-site)", "remote,United States (remote)",
    "Seattle, WA (Hybrid, 2 days/week)"), mode words dropped, split at "or", "/", ";" and "|"."""
    value = _MODE_WORDS.sub(" ", _MODE_BRACKET.sub(" ", value))
    out = []
    for part in re.split(r"\s+or\s+|\s*[/;|]\s*|\s+&\s+", value):
        part = re.sub(r"\(\s*\)|^[\s,:–—-]+|[\s,:–—-]+$", "", re.sub(r"\s+", " ", part)).strip()
        part = re.sub(r"\s*\((?:only|based)\)|\s+only$", "", part, flags=_I).strip(" ,")
        if re.search(r"[A-Za-z]{2}", part) and len(part) <= 60:
            out.append(part)
    return list(dict.fromkeys(out))


def known_places(value: str) -> list[str]:
    """``place_list`` of a location value that names a place the gazetteer knows; [] for one that
    names none ("Contacts: Mobile: Home page:", a contact block after a "Location:" label)."""
    from matcher.eligibility.places import resolve

    return [p for p in place_list(value) if resolve(p)] if resolve(value) else []


# Places a remote job may not be done from: "we hire in all states except HI and AK".
_EXCEPT = re.compile(r"\b(?:except(?:\s+(?:in|for))?|excluding|other than|with the exception of|but not(?:\s+in)?)"
                     r"\s+(?:the\s+)?(?P<list>[A-Z][^.;()\[\]]{0,80})")
# The next place of a list after a place: ", TX", " or NC", ", and Georgia".
_LIST_NEXT = re.compile(r"(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
                        r"(?P<place>[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")


def excluded_places(sentence: str) -> list[str]:
    """The places a workplace sentence leaves out, as written ("all states except HI and AK" ->
    "HI", "AK"): states, countries or regions after "except", "excluding", "other than"."""
    from matcher.eligibility.places import resolve

    out: list[str] = []
    for m in _EXCEPT.finditer(sentence):
        for part in re.split(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*", m.group("list")):
            part = part.strip()
            if not part or not all(p.kind in ("state", "country", "region") for p in resolve(part)) \
                    or not resolve(part):
                break
            out.append(part)
    return list(dict.fromkeys(out))


def _with_list(sentence: str, place: str, end: int) -> list[str]:
    """``place`` and the states, countries or regions listed after it ("CO, TX, IL or NC")."""
    from matcher.eligibility.places import resolve

    out = [place]
    while (m := _LIST_NEXT.match(sentence, end)) and resolve(m.group("place")) and all(
            p.kind in ("state", "country", "region") for p in resolve(m.group("place"))):
        out.append(m.group("place"))
        end = m.end()
    return out


def _narrowest(places: list[str]) -> list[str]:
    """Of a remote job's places, those no other one lies in: "Remote (US) - candidates in CO or
    TX" is remote in Colorado or Texas, not anywhere in the US."""
    from matcher.eligibility.places import resolve, within

    read = {text: resolve(text) for text in places}
    inner = [p for ps in read.values() for p in ps]
    return [text for text, ps in read.items()
            if not (ps and all(any(q != p and within(q, p) for q in inner) for p in ps))]


# Where the worker must live, a place before or after: "Pennsylvania residency", "Florida residents only", "a New
# Jersey resident", "resident of Ohio", "Residency in the State of Washington", "Must reside in Pennsylvania"; the
# place must be one the gazetteer knows (not "Permanent residency", "residency in Internal Medicine", "Chief
# Resident", "Memory Care residents").
_PLACE_WORDS = r"(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)"
RESIDENCY = re.compile(r"\b(?P<before>" + _PLACE_WORDS + r")[ \t]+(?:state[ \t]+)?residen(?:cy|ts?)\b"
                       r"|\b(?:residen(?:cy|ts?|ce)[ \t]+(?:of|in)|reside[ \t]+in)[ \t]+(?:the[ \t]+)?"
                       r"(?:(?:state|commonwealth)[ \t]+of[ \t]+)?(?P<after>" + _PLACE_WORDS + r")", _I)


# A list of states to live in, after what says so: "Must live in one of these states: Florida, Georgia, North
# Carolina", "reside in one of the following states: FL, GA, TX", "Residents of AZ, CO or FL only", "We hire in: AZ,
# CO, FL", "Candidates must be located in Ohio, Indiana or Michigan"; each place a state or country the gazetteer
# knows (not "We hire in batches", "residents of all ages", "The role is based in Austin, TX").
_RESIDENCE_LEAD = (r"\b(?:(?:live|living|reside|residing|residents?|residence|be[ \t]+(?:located|based))"
                   r"[ \t]+(?:in|of)|(?:hire|hiring|employ)[ \t]+(?:only[ \t]+)?(?:in|from))"
                   r"(?:[ \t]+one[ \t]+of)?(?:[ \t]+(?:these|those|the)\b)?(?:[ \t]+following)?"
                   r"(?:[ \t]+(?:US|U\.S\.|approved|eligible))?(?:[ \t]+(?:states?|locations?))?\b[ \t]*[:(-]?[ \t]*")
_STATES_LEAD = re.compile(_RESIDENCE_LEAD + r"(?=(?-i:[A-Z]))", _I)
_FIRST_STATE = re.compile(r"(?P<place>[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
# ... at a line's end, a list of states below it: "Must live in one of the following states:" / "- Florida" / ...
_STATES_LEAD_END = re.compile(_RESIDENCE_LEAD + r"\Z", _I)
_LIST_CUT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")


def _only_states(text: str) -> bool:
    """Whether a line names states and nothing else ("Florida", "- FL, GA", "North Carolina or Texas")."""
    from matcher.eligibility.places import resolve

    parts = [p for p in _LIST_CUT.split(text.strip(" \t.;")) if p]
    return bool(parts) and all(_FIRST_STATE.fullmatch(p) and resolve(p)
                               and all(q.kind == "state" for q in resolve(p)) for p in parts)


def states_listed(lines: list[str]) -> list[str]:
    """Lines with the states listed under a residency lead-in joined to it, one ask: "Must live in one of the
    following states:" / "- Florida" / "- Georgia" -> "Must live in one of the following states: Florida, Georgia"
    (each state had been a must-have of its own, and the lead-in no ask)."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        if not line.rstrip().endswith(":") or not _STATES_LEAD_END.search(line.rstrip()):
            out.append(line)
            continue
        states, ahead = [], at
        while ahead < len(lines) and (not lines[ahead].strip() and not states
                                      or _only_states(item := strip_line_marks(lines[ahead]))):
            if lines[ahead].strip():
                states.append(item.strip(" \t.;"))
            ahead += 1
        if states:
            line, at = line.rstrip() + " " + ", ".join(states), ahead
        out.append(line)
    return out


@lru_cache(maxsize=8192)
def residency_places(text: str) -> tuple[str, ...]:
    """The places a residency ask names, as written: a list of states ("Must live in one of these states: Florida,
    Georgia" -> "Florida", "Georgia"; ``_STATES_LEAD``), else the one place of "Pennsylvania residency"; () when
    it asks none."""
    from matcher.eligibility.places import resolve

    for m in _STATES_LEAD.finditer(text):
        first = _FIRST_STATE.match(text, m.end())
        found = resolve(first.group("place")) if first else []
        if found and all(p.kind in ("state", "country") for p in found):
            return tuple(_with_list(text, first.group("place"), first.end()))
    for m in RESIDENCY.finditer(text):
        place = m.group("before") or m.group("after")
        # "New Jersey" whole, else its last word ("a Texas" of "Must be a Texas resident" is no place)
        for name in (place, place.split()[-1]):
            if resolve(name):
                return (name,)
    return ()


# ... asked of the worker, not told of others: "Must live in ...", "Florida residents only", "Open to residents of
# ...", "We hire in: AZ, CO", an item that opens with it ("Reside in FL, GA or TX"); not "Serve residents of Ohio".
_RESIDENCY_ASKED = re.compile(r"\b(?:must|required|requires?|mandatory|only|open to|hire|hiring|employ)\b"
                              r"|^\W*(?:live|living|reside|residing|residen\w+)\b", _I)
# ... where legal or benefits text names residents ("California residents can choose from 2 Kaiser plans",
# "California residents only: see our privacy notice"): no ask of where to live.
_RESIDENTS_TOLD = re.compile(r"\b(?:privacy|ccpa|cpra|notice|policy|medical|dental|plans?|benefits?|salary|pay"
                             r"|compensation|wages?|tax\w*|laws?|disclosure)\b", _I)


def territory_places(sentence: str) -> tuple[str, ...]:
    """The states a territory asked of the worker draws after it, as written ("Must live within the
    territory: Northeast (NY, NJ, PA, MA, CT)" -> "NY", "NJ", "PA", "MA", "CT"); () where it draws none
    ("must reside in the assigned sales territory")."""
    from matcher.eligibility.places import resolve

    m = TERRITORY.search(sentence)
    for first in _FIRST_STATE.finditer(sentence, m.end()) if m else ():
        found = resolve(first.group("place"))
        if found and all(p.kind == "state" for p in found):
            return tuple(_with_list(sentence, first.group("place"), first.end()))
    return ()


def residency_asked(text: str) -> tuple[str, ...]:
    """The places of a residency ask (``residency_places``) that the text asks of the worker, () otherwise."""
    places = residency_places(text)
    return places if places and _RESIDENCY_ASKED.search(text) and not _RESIDENTS_TOLD.search(text) else ()


def residency_place(text: str) -> str:
    """The first place a residency ask names (``residency_places``), "" when it asks none."""
    return next(iter(residency_places(text)), "")


# Words after which a name is a person, not a place ("reporting to our DevOps Manager"), and a
# job title in a name ("to the Head of Engineering").
_NOT_A_PLACE_HERE = re.compile(r"\b(?:report(?:s|ed|ing)?|answer(?:s|ing)?|accountable|working closely|alongside|under)"
                               r"\s+(?:directly\s+)?(?:to|with)?\s*(?:the\s+|our\s+|an?\s+)?\Z", _I)
_A_ROLE = re.compile(r"\b(?:Manager|Director|Officer|Head|Lead|Leader|Engineer|Supervisor|President|Chief|CEO|CTO|CFO"
                     r"|COO|VP|Founder|Partner|Owner|Professor|Coordinator)s?\b")


def work_places(sentence: str, mode: str) -> list[str]:
    """The places a workplace sentence names, as written ("Austin, TX", "NYC", "US"), less those
    it leaves out (``excluded_places``); a remote job's places narrowed to the smallest named
    ("Remote (US) - candidates in CO, TX or NC": "CO", "TX", "NC")."""
    from matcher.eligibility.places import resolve

    residence = residence_rule(sentence)
    if residence:   # near the place it names with its state, else the posting's own (none here)
        return [residence.group("place")] if residence.group("place") else []
    excluded = _EXCEPT.search(sentence)
    if excluded:
        sentence = sentence[:excluded.start()]
    label = LOCATION_LABEL.match(sentence)
    if label and len(label.group("value").split()) <= 8:  # a value, not prose ("Location: This is a remote ...")
        # a place is one the gazetteer knows: "Location: Contacts: Mobile: Home page:" names none
        return known_places(label.group("value"))
    if not re.search(r"[a-z]", _MODE_WORDS.sub("", sentence)):  # a bare header location
        return place_list(sentence)
    places = []
    if mode == "remote":
        m = _REMOTE_PARENS.search(sentence)
        if m:
            inside = re.sub(r"\b(?:only|based|eligible|across|within|anywhere in|the|candidates?|residents?"
                            r"|(?:must|should|need to|required to)\s+(?:reside|live|be\s+(?:located|based))"
                            r"|living|located)(?:\s+(?:in|of))?\b", " ", m.group("place"), flags=_I)
            places += [p for p in place_list(inside) if re.match(r"[A-Z]", p) and not _NOT_PLACE.match(p)]
    for m in _PLACE_AFTER.finditer(sentence):
        place = _PLACE_TAIL.sub("", m.group("place")).strip()
        if _NOT_A_PLACE_HERE.search(sentence, 0, m.start("place")) or _A_ROLE.search(place) or (
                re.search(r"['’]s$", place) and not resolve(place[:-2])):
            continue   # "reporting to our DevOps Manager", "based in Albin Sandelin's group": whom, not where
        if place and not _NOT_PLACE.match(place) and (re.search(r"[a-z]", place)
                                                      or all(len(p.strip()) <= 5 for p in place.split(","))):
            places += _with_list(sentence, place, m.start("place") + len(place))
    found = list(dict.fromkeys(p for place in places for p in _listed(place)))
    return _narrowest(found) if mode == "remote" else found


def _listed(place: str) -> list[str]:
    """A place as written, or the places of a list it is ("WA, OR" -> "WA", "OR"; "Washington,
    Oregon"): the gazetteer reads each part between its commas as a place of its own (not
    "Austin, TX", which is one city)."""
    from matcher.eligibility.places import resolve

    parts = [p.strip() for p in place.split(",") if p.strip()]
    if len(parts) < 2 or len(resolve(place)) < len(parts) or not all(resolve(p) for p in parts):
        return [place]
    return parts


# --- graduation ---------------------------------------------------------------------------------
GRADUATION = re.compile(r"\bgraduat(?:ing|ion|es|ed|e)\b(?!\s+(?:degree|school|students?|programs?|programmes?|level"
                        r"|studies|education|coursework|research|assistants?|certificates?|diplomas?|work|training))"
                        r"|\bclass of\s+(?:'|20)\d{2}|\bnew[- ]grads?\b|\brecent (?:college |university )?grad\w*"
                        r"|\bgrad(?:uation)? dates?\b|\bearly[- ]career\b(?=.*\b20\d\d\b)", _I)
_PURSUING = (r"\b(?:pursuing|working\s+towards?|studying\s+(?:for|towards?))\s+(?:an?\s+|the\s+|your\s+|their\s+)?"
             r"(?=(?:[\w'’.&-]+\s+){0,3}?(?:degrees?\b|bachelor|master|b\.?s\.?\b|b\.?a\.?\b|m\.?s\.?\b|mba\b"
             r"|ph\.?\s?d|doctorate|associate['’]?s?\b|undergraduate|graduate\s+degree))")
PURSUING = re.compile(_PURSUING, _I)
# Current enrolment at a school, asked of the candidate (a graduation knock-out of mode "enrolled"): "Must be
# currently enrolled in at least 6 credits at Ridgeview Community College", "Must be a current student at an
# accredited college", "enrolled at least half-time", "Active enrollment in an accredited program", "Current
# students only"; not what an employer or an employee is enrolled in (``NOT_ENROLMENT``: "currently enrolled in the
# E-Verify program", a benefit, a plan, direct deposit), nor enrolling others ("Enroll patients in ...").
ENROLMENT = re.compile(r"\b(?:currently|actively|presently)\s+enrolled\b|\bmust be\s+(?:\w+\s+){0,2}?enrolled\b"
                       r"|\benrolled\s+(?:at least\s+)?(?:half|full|part)[- ]time\b"
                       r"|\b(?:current|active)\s+enrol{1,2}ment\b"
                       r"|\b(?:be|is|are)\s+an?\s+(?:current|active|enrolled)\s+(?:\w+\s+){0,2}?students?\b"
                       r"|\bcurrent\s+students\s+only\b"
                       # a degree under way asked: "Pursuing a Bachelor's degree in Finance", "Currently working
                       # towards a BS in Computer Science", "Actively pursuing an MBA"
                       r"|" + _PURSUING, _I)
# Enrolment offered beside a course finished, either one enough: "Must be currently enrolled in or have
# completed a CNA program", "Graduates of or students currently enrolled in ...": stated, not a knock-out; so
# is enrolment beside the will to enrol, which anyone may offer ("Currently enrolled in, or willing to enroll in,
# a state-registered apprenticeship program").
ENROLLED_OR_DONE = re.compile(r"\benrol\w*\b[^.;]{0,60}?\bor\s+(?:\w+\s+){0,2}?(?:completed|complete|completion"
                              r"|graduat\w*|finished|earned|hold|holds|recent)\b"
                              r"|\benrol\w*\b[^.;]{0,60}?\bor\s+(?:be\s+)?(?:willing|able|ready|plan(?:s|ning)?"
                              r"|intend(?:s|ing)?|agree(?:s|ing)?)\s+to\s+enrol"
                              r"|\b(?:completed|graduat\w*|completion)\b[^.;]{0,60}?\bor\s+(?:\w+\s+){0,2}?(?:enrol\w*"
                              r"|students?)\b"
                              r"|\b(?:degree|diploma|bachelor\w*|master\w*|B\.?[AS]\.?|MBA)\b[^.;]{0,60}?\bor\s+(?:\w+\s+){0,2}?"
                              r"(?:pursuing|working\s+towards?)\b", _I)
NOT_ENROLMENT = re.compile(r"\be-?verify\b|\bbenefits?\b|\b(?:health|dental|vision|retirement|insurance|wellness)\b"
                           r"|\b401\s?\(?k\b|\bdirect deposit\b|\btuition\b", _I)
NEW_GRAD = re.compile(r"\bnew[- ]grads?\b|\brecent (?:college |university )?grad\w*|\bclass of\b|\bgraduat\w* (?:with"
                      r"|in) the (?:last|past)\b|\bgraduating (?:students?|seniors?)\b|\b(?:expected"
                      r"|anticipated|upcoming)"
                      r" graduation\b|\bgraduat\w+ (?:in|by|before|between|from)\b", _I)
# A degree's conferral by a date, the window its graduation must fall in: "ABD candidates considered if the degree
# is conferred by September 15, 2027", "Ph.D. completed by August 2027", "Master's degree awarded prior to June
# 2026", "Doctorate in hand by 8/2026", "Bachelor's degree completed between December 2025 and June 2027"; ``by``
# is where the window is read.  Not a certification's ("completed by
# June 2027"), nor one with no date ("conferred by an accredited university", "by the start date").
# A window's start counts as one too: "PhD conferred within the last 3 years", "awarded no earlier than 2023",
# "received on or after January 1, 2023", "obtained in 2022 or later" (a postdoc's years since the PhD).
_DEGREE_NAME = r"(?:degrees?|diplomas?|ph\.?\s?d\b\.?|doctorates?|bachelor'?s|master'?s)"
CONFERRAL = re.compile(r"\b" + _DEGREE_NAME + r"(?!\w)"
                       r"[^;]{0,80}?\b(?P<by>(?:conferred|completed|awarded|finished|earned|in hand|received"
                       r"|obtained)\s+"
                       r"(?:(?:by|before|no later than|prior to|on or before|between|no earlier than|not earlier than"
                       r"|not before|on or after|after|since|in(?=\s+\S+\s+\S*\s*or\s+(?:later|after)\b))\s+"
                       r"(?=(?:the end of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer"
                       r"|fall|autumn|winter)[a-z]*\.?\s|\d{1,2}/20\d\d|20\d\d))"
                       r"|(?=(?:within|in|during)\s+the\s+(?:last|past|previous|preceding)\s)))",
                       _I)
_N_UNIT = r"(?:\d{1,2}|" + number_words(12) + r")\s*(?:\(\s*\d{1,2}\s*\)\s*)?(?:years?|months?)"
# Years since a degree, named after them: "within 3 years of receiving the PhD", "no more than five (5) years
# since the doctorate", "less than 2 years from their Ph.D."; not years of work ("3 years of postdoctoral
# experience").
SINCE_DEGREE = re.compile(r"\b(?P<by>(?:within|no more than|not more than|less than|fewer than|at most)\s+"
                          + _N_UNIT + r"\s+(?:of|since|from|after)\s+(?:(?:receiving|earning|completing|completion"
                          r"\s+of|the award of|obtaining|being awarded)\s+)?(?:the\s+|their\s+|your\s+|a\s+)?"
                          + _DEGREE_NAME + r"(?!\w))", _I)
NOT_GRADUATION = re.compile(r"\bgraduated (?:from )?(?:y ?combinator|yc|our|the \w+ (?:accelerator|incubator)"
                            r"|techstars)"
                            r"|\bgraduation (?:party|ceremony|gift)", _I)
# A date naming when the job or its programme begins, not a graduation: "- 2027 Start", "(Summer 2027 start)",
# "Starting July 2027", "start date: September 2027", "2027 Intake", "2027 Graduate Program" (a programme's year is
# its first); not "Class of 2027 graduate program" (the class is a graduation year).
_WHEN = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:\d{1,2},?\s*)?"
         r"|(?:spring|summer|fall|autumn|winter)\s+)?20\d\d\b")
START_DATE = re.compile(r"\b(?:start(?:ing|s)?(?:\s+date)?|beginning|commencing)\s*(?:in|on|from|:)?\s*" + _WHEN
                        + r"|(?<!\bof )\b" + _WHEN + r"\s+(?:start(?:s|ing)?\b(?:\s+dates?\b)?|intakes?\b|cohorts?\b"
                        r"|grad(?:uate)? (?:programs?|programmes?|schemes?)\b)", _I)
# A hiring class a title names, the class the hire joins where jobs are filled by class (airlines, police and fire
# academies, teaching fellowships): "Flight Attendant - Class of 2027", "Firefighter Recruit - Spring 2027 Class",
# "Police Officer Trainee - Academy Class 27-1", "Teaching Fellow, Cohort 2027"; not a student's title ("New Grad RN -
# Class of 2027", "Summer Intern - Class of 2027"), nor one of a job hired as graduates are ("Analyst - Class of 2027").
_CLASS = re.compile(r"\bclass of\s+(?:'|20)\d\d\b|\b" + _WHEN + r"\s+class\b|\b(?:academy\s+)?class\s+(?:20)?\d\d"
                    r"(?:-\d{1,2})?\b|\bcohort\s+(?:20)?\d\d\b", _I)
_HIRED_BY_CLASS = re.compile(r"\b(?:flight attendants?|cabin crew|pilots?|first officers?|cadets?|recruits?|police"
                             r"|troopers?|deput(?:y|ies)|sheriffs?|firefighters?|corrections?|correctional|academy"
                             r"|fellows?|fellowship|corps)\b", _I)
_STUDENT_TITLE = re.compile(r"\b(?:new[- ]grads?|graduates?|interns?(?:hips?)?|students?|co-?ops?|campus"
                            r"|university|college)\b", _I)


def hiring_class(title: str) -> bool:
    """Whether a title names the class a hire joins (``_CLASS``), not a graduation year."""
    return bool(_CLASS.search(title) and _HIRED_BY_CLASS.search(title) and not _STUDENT_TITLE.search(title))


_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}
_SEASONS = {"spring": (1, 6), "summer": (5, 8), "fall": (8, 12), "autumn": (8, 12), "winter": (12, 12)}
# A month may give its day: "September 15, 2027", "June 30 2026".
_DATE = re.compile(r"\b(?:(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                   r"(?:\s*\d{1,2}(?:st|nd|rd|th)?,?(?=\s*20\d\d\b))?|(?P<season>spring|summer"
                   r"|fall|autumn|winter))\s*,?\s*(?:of\s+)?(?P<year>(?:20)?\d{2})\b"
                   r"|\b(?P<num>\d{1,2})/(?P<nyear>20\d{2})"
                   r"\b|\b(?P<bare>20\d{2})\b|'(?P<short>\d{2})\b", _I)


def _dates(text: str) -> list[tuple[int, int, int, int]]:
    """(start year, start month, end year, end month) of each date named."""
    out = []
    for m in _DATE.finditer(text):
        if m.group("month") and m.group("year"):
            year = int(m.group("year")) % 100 + 2000
            month = _MONTHS[m.group("month").lower()]
            out.append((year, month, year, month))
        elif m.group("season"):
            year = int(m.group("year")) % 100 + 2000
            first, last = _SEASONS[m.group("season").lower()]
            out.append((year, first, year + (m.group("season").lower() == "winter" and False), last))
        elif m.group("num") and 1 <= int(m.group("num")) <= 12:
            year, month = int(m.group("nyear")), int(m.group("num"))
            out.append((year, month, year, month))
        elif m.group("bare") or m.group("short"):
            year = int(m.group("bare") or m.group("short")) % 100 + 2000
            out.append((year, 1, year, 12))
    return out


# A window back from today: "within the last 3 years", "in the past two (2) years", "in the last 18 months",
# "within 3 years of receiving the PhD" (``SINCE_DEGREE``).
_RELATIVE = re.compile(r"\b(?:(?:within|in|during|over)\s+the\s+(?:last|past|previous|preceding)"
                       r"|(?:within|no more than|not more than|less than|fewer than|at most)"
                       r"(?=\s+" + _N_UNIT + r"\s+(?:of|since|from|after)\b))"
                       r"\s+(?P<n>\d{1,2}|"
                       + number_words(12) + r")\s*(?:\(\s*\d{1,2}\s*\)\s*)?(?P<unit>years?|months?)\b", _I)


def window(text: str, today: dt.date | None = None) -> tuple[str, str]:
    """("YYYY-MM", "YYYY-MM") of a graduation window: "between Dec 2025 and Jun 2026", "by June 2026"
    (open start), "after May 2025" or "in 2020 or later" (open end), "class of 2026" (its year);
    one back from ``today`` (default: the real today), open at its end: "within the last 3 years"
    read on 2026-11-30 is 2023-11 on.  A posting is read when it is indexed, near the day it was
    written, so the window stays the one it meant.  A date the job starts ("- 2027 Start") is no window."""
    text = START_DATE.sub(" ", text)
    clause = text[:100].split(";")[0]
    relative = _RELATIVE.search(clause)
    if relative and not _DATE.search(clause):
        today = today or dt.date.today()
        n = relative.group("n").lower()
        months = (int(n) if n.isdigit() else NUMBER_WORDS[n]) * (1 if relative.group("unit").lower().startswith("month")
                                                           else 12)
        back = today.year * 12 + today.month - 1 - months
        return f"{back // 12}-{back % 12 + 1:02d}", ""
    dates = _dates(text)
    if not dates:
        return "", ""
    first, last = dates[0], dates[-1]
    start, end = f"{first[0]}-{first[1]:02d}", f"{last[2]}-{last[3]:02d}"
    at = _DATE.search(text)
    lead, tail = text[:at.start()].lower(), text[at.end():]
    if len(dates) == 1 and (re.search(r"\b(?:by|before|no later than|prior to|until)\s*(?:the end of\s*)?$", lead)
                            or re.match(r"\s*,?\s*or\s+(?:earlier|before)\b", tail, _I)):
        return "", end
    if len(dates) == 1 and (re.search(r"\b(?:after|since|on or after|no earlier than|not earlier than|not before)\s*$",
                                      lead)
                            or re.match(r"\s*,?\s*or\s+(?:later|after|more recently)\b|\s*(?:onwards?|and later)\b",
                                        tail, _I)):
        return start, ""
    return start, end


# --- licences and certifications -------------------------------------------------------------------
_KNOWN = re.compile(
    r"(?<![\w-])(?:(?:Class [ABC] )?CDL(?:[- ]?[ABC]\b| Class [ABC]\b)?|RN|LPN|LVN|APRN|CNA|BLS|ACLS|PALS|NRP"
    # CPR and AED, one course however joined: "CPR/AED", "CPR & AED", "CPR and AED"
    r"|TNCC|CPR(?:[ \t]*(?:/|&|\band\b)[ \t]*AED)?|AED[ \t]*(?:/|&)[ \t]*CPR|CPA"
    # first aid, a card of its own beside CPR ("CPR/First Aid", "First Aid & CPR"), not a duty alone
    r"|[Ff]irst[ \t]+[Aa]id"
    # an insurance designation by its letters: "CPCU", "CLU", "ChFC"
    r"|CFA|CMA|CFP|CPCU|CLU|ChFC"
    r"|PE|EIT|PMP|CISSP|CISM|CISA|CIA|CEH|OSCP|CCNA|CCNP|(?:CompTIA )?Security\+|Network\+|A\+|ITIL|PHR|SPHR"
    r"|SHRM-C?S?CP|EMT(?:-[BP])?|NREMT(?:-[A-Z]{1,2}\b)?|TWIC|NCLEX(?:-RN)?|CCRN|LCSW(?:-C)?|LIC?SW(?:-S)?|LMSW|LSW|LMFT|LPCC?|LCPC"
    r"|LC?MHC|LCMHC|BCBA|RBT|CPhT|ExCPT"
    # a CDL's Hazmat, or a responder's level of it by name ("Hazmat Operations certification")
    r"|(?:HAZMAT|Hazmat|HazMat)(?:[ \t]+(?:Awareness|Operations|Ops|Technician|Tech)\b)?"
    r"|PTCB(?:[ \t]+CPhT)?|ASE"
    r"|CPC|CCS(?:-P)?|RHIT|RHIA|Series \d{1,2}|FAA A&P|A&P|DEA|R-ATP|(?:Restricted )?ATP"
    # a dietitian's, a massage therapist's, an occupational therapist's (NBCOT's OTR, not a trucker's "OTR"
    # routes) and a surgical technologist's (not a time zone)
    r"|RDN|RD|LMBT|LMT|NBCOT|OTR[/-]L|OTR(?=\))|CST(?=[ \t]+(?i:certif|credential)|\))"
    r"|Commercial Pilot(?= (?:licen[cs]e|certificat))|Private Pilot(?= (?:licen[cs]e|certificat))"
    # a flight instructor's certificates: "CFI", "CFII" (or "CFI-I", instrument), "MEI" (multi-engine)
    r"|CFI-?I|CFI|MEI|(?:Certified )?Flight Instructor(?= (?:licen[cs]e|certificat))"
    # inspectors' certifications: API's by number, AWS's welding inspector, NACE's (AMPP's) coating inspector levels
    r"|API[ \t-]*(?:1169|510|570|653)|S?CWI"
    r"|(?:NACE|AMPP)(?:[ \t]*/[ \t]*(?:NACE|AMPP))?[ \t]*CIP(?:[ \t]+Level[ \t]+[123])?"
    # a mariner's credential of the US Coast Guard: "USCG Merchant Mariner Credential (MMC)", "MMC"
    r"|(?:USCG )?Merchant Mariner(?:['’]s)? Credential(?: \(MMC\))?|MMC"
    # and its officers' endorsements: "Mate (Pilot) of Towing Vessels", "Master of Towing Vessels"
    r"|(?:Mate(?: \(Pilot\))?|Master) of Towing Vessels"
    # HAZWOPER's yearly refresher, asked beside the course: "40-hour OSHA HAZWOPER with current 8-hour refresher"
    # a wildland firefighter's NWCG card and the position it is asked for: "NWCG Incident Qualification Card (Red
    # Card) as FFT2"
    r"|(?:NWCG )?(?:Incident Qualification Card|Red Card)(?: \(Red Card\))?(?: (?:as|at|for) FFT[12])?"
    r"|(?:8|eight)[- ]hour (?:HAZWOPER )?refresher|(?:(?:40|24)[- ]hour (?:OSHA )?)?HAZWOPER"
    r"(?: \(?(?:40|24)[- ]hour\)?)?"
    r")(?![\w+])")
_ENDORSED_AFTER = re.compile(r"[ \t]+with[ \t]+(?:an?[ \t]+)?((?:[A-Z][\w'’-]*|\([A-Z]{1,4}\))(?:[ \t]+(?:[A-Z][\w'’-]*"
                             r"|\([A-Z]{1,4}\)|-)){0,5})[ \t]+endorsements?\b")
# Letters of a licence that other fields use too name it only beside its field's words: "ATP" is an
# airline pilot's certificate ("FAA ATP or R-ATP", "ATP certificate"), not the molecule of "ATP assays
# required" nor Microsoft's "Defender ATP".
_IN_ITS_FIELD = {"ATP": re.compile(r"\b(?:pilots?|flight|flying|aircraft|aviation|airlines?|FAA|captain|first officer"
                                   r"|multi-?engine|type rating|R-ATP|ATP[ \t]+(?:certificat\w*|licen[cs]e))\b", _I)}
# A flight instructor's letters are its certificates beside flying's words, after a word that holds one
# ("Current CFI") or in a list of them alone ("CFI, CFII, MEI"), not a cash-flow "CFI" nor the "MEI"
# (Medicare Economic Index) of "Knowledge of the MEI required".
_INSTRUCTOR = r"(?:CFI-?I?|MEI)"
_INSTRUCTORS = re.compile(rf"^\W*(?:{_INSTRUCTOR}\b[\s,/&]*(?:(?:and|or)\s+)?)+(?:required|preferred)?\W*$"
                          r"|" + _IN_ITS_FIELD["ATP"].pattern + r"|\binstruct\w*|\bstudents?\b|\bPart (?:61|141)\b"
                          rf"|\b{_INSTRUCTOR}[ \t]+(?:certificat\w*|licen[cs]e|rating)"
                          rf"|\b(?:current|valid|active|holds?|possess)[ \t]+(?:an?[ \t]+|the[ \t]+)?{_INSTRUCTOR}\b",
                          _I)
_IN_ITS_FIELD |= dict.fromkeys(("CFI", "CFII", "CFI-I", "MEI"), _INSTRUCTORS)
# First aid is a card asked beside CPR's ("Current CPR/First Aid"), a duty alone ("administer first aid as needed")
_IN_ITS_FIELD |= dict.fromkeys(("First Aid", "First aid", "first aid", "first Aid"), re.compile(r"\b(?:CPR|AED)\b"))
# A list item that only names credentials, as a requirements list asks them: "RD/RDN", "BLS", "CFI, CFII, MEI",
# "ACLS and PALS", "LMT license", "NREMT-P"; not an item with other words ("BLS instructor experience"), nor one
# naming a field's knowledge as often as a credential ("ITIL", "HAZMAT").
_BARE_ITEM = re.compile(r"^\W*(?:(?:" + _KNOWN.pattern + r")(?:-[A-Z])?(?:[ \t]*\([A-Z]{2,6}\))?(?:[ \t]+(?i:licen[cs]e"
                        r"|licensure|certification|certificate|credential|registration)s?)?[\s,/&;]*"
                        r"(?:(?i:and/or|and|or)\s+)?)+\W*$")
_NOT_BARE = re.compile(r"\b(?:ITIL|HAZMAT|Hazmat)\b")


def bare_credentials(item: str) -> bool:
    """Whether a list item names credentials and nothing else (``_BARE_ITEM``): "RD/RDN", "CFI, CFII, MEI"."""
    return bool(_BARE_ITEM.match(item)) and not _NOT_BARE.search(item)


_KNOWN_CONTEXT = re.compile(r"licen[cs]|certif|registration|registered|endorsement|\bcard\b|valid|active|current"
                            r"|unrestricted|unencumbered|must|requir|hold|possess|obtain|in good standing|eligib|prefer"
                            r"|plus|\bhave\b|\bwith\b.*\b(?:license|licence)", _I)
# A name before a credential's noun; a word may be a standards code with a dot ("AWS D1.1 structural
# welding certification").
_GENERIC = re.compile(r"(?P<name>(?:(?:[\w'’+&/-]+(?:\.\d+)*|\([A-Z][A-Z0-9&+-]{1,7}\)"
                      r"|\((?!or\b|and\b|e\.g)[a-z]+(?: [a-z]+){0,2}\))\s+)"
                      r"{0,10}?)(?:licen[cs]e|licensure|certification"
                      r"|certificate|credential"
                      r"|registration|permit|endorsement|(?<=notary )commission|(?<=notary public )commission"
                      # a profession's designation by its letters: "CPCU designation", "(ARM) designation"; not a
                      # job's ("Designation: Senior Manager") nor a hospital's ("Magnet with Distinction designation")
                      r"|(?<=(?-i:[A-Z)]) )(?-i:designation))"
                      r"s?\b", _I)
_CERTIFIED = re.compile(r"(?P<name>(?:\b[A-Z][\w+&-]*\s+){0,2}Certified(?:\s+[A-Z][\w+&-]*){1,4})")
_GENERIC_CONTEXT = re.compile(r"\b(?:valid|active|current|unrestricted|unencumbered|must|requir\w*|hold|holds|possess"
                              r"|obtain|in good standing|eligible|eligibility|preferred|a plus|have|maintain"
                              # a grade of credential asked: "NABCEP PV Associate (PVA) credential or higher"
                              r"|or (?:higher|above|better)"
                              r"|professional"
                              r"|state|board)\b", _I)
_NOT_LICENCE = re.compile(r"\b(?:software|open[- ]source|mit|apache|gpl|bsd|product|plate|business|soc ?2?|iso|b ?corp"
                          r"|training|programs?|our|course|courses|ssl|tls|x\.?509|signing|digital|music|content|data"
                          r"|api(?![ \t]*\d{3,4}\b)|saas|seat|enterprise|volume|site|marriage|birth|death|gift"
                          r"|completion"
                          r"|occupancy|(?:work|parking|building|residen\w*|study|event|construction) permits?"
                          # a document an application encloses: "degree certificates ( inclusive of Ph.D.-diploma )"
                          r"|(?:degree|academic|university|school|exam|examination) certificates?)\b", _I)
# A credential named by the word for holding it: "NMLS licensed", "ASE-certified" (a name in
# capitals before "licensed" or "certified"), not an employer's own ("our ISO-certified lab").
_HELD_AS = re.compile(r"(?<![\w-])(?P<name>[A-Z][A-Z0-9&+]{1,9})[- ](?:licensed|certified)\b")
# A bar admission asked, named as written with its state: "Admission to the Illinois bar", "Admitted
# to practice law in New York", "active bar membership", "State Bar of California", "licensed to
# practice law in the State of Texas"; not a bar that serves ("bar or restaurant management"), nor
# a court's admission ("Admission to the U.S. District Court ...").
_IN_STATE = r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:(?i:state)\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
_BAR_ASK = re.compile(r"(?i:\badmi(?:tted|ssion)\s+to\s+(?:the\s+)?)(?:[A-Z][\w.]*\s+){0,3}(?i:bar)\b"
                      r"|(?i:\b(?:admi(?:tted|ssion)|licen[cs]ed?)\s+to\s+practice\s+law)" + _IN_STATE +
                      r"|(?i:\bstate\s+bar\s+of)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
                      r"|(?i:\bbar\s+(?:membership|admission))" + _IN_STATE)
_OWNER_BEFORE = re.compile(r"\b(?:our|their|its|is|are|we're|we are)\s+(?:an?\s+)?$", _I)
_BENEFIT = re.compile(r"\bwe (?:pay|reimburse|offer|provide|support|cover|sponsor)|\breimburs|\bopportunit|\bstipend"
                      r"|\bbenefits (?:include|offered)\b"
                      r"|\bbudget\b|\bdevelopment,|\bearn (?:your|a)\b", _I)
_NAME_STOP = re.compile(r"^(?:a|an|the|valid|active|current|unrestricted|unencumbered|must|have|has|hold|holds|possess"
                        r"|required|require|requires|with|and|or|of|in|to|be|obtain|maintain|any|other|appropriate"
                        r"|applicable|relevant|necessary|good|standing|full|compact|multi-?state|current|state|and/or"
                        r"|professional|eligible|eligibility|for|is|are|will|plus|including|such|as|e\.g\.|e\.g"
                        r"|we|you|i|they|our|your|their|us|can|cannot|can't|could|would|may|might|should|shall|not|no"
                        r"|pending|upon|until|before|after|without|hire|hired|hiring|start|by|from|within|at|on"
                        r"|\W+|\d+)$", _I)
_PLACE_AFTER_LICENCE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:in"
                                  r"|for) (?:[Tt]he )?(?:[Ss]tate of )?(?P<place>[A-Z][a-z]+(?:\s[A-Z]"
                                  r"[a-z]+)?|[A-Z]{2})\b")


# Between a degree and a licence offered in its place, one list joined by "or": "a Master's Degree,
# Chartered Status or a PE"; not the degree's field ("a degree in Education or PE") nor a second ask
# ("... and CPA").
_DEGREE_OR_LICENCE = re.compile(r"(?:(?!\b(?:and|in|with|plus|of)\b)[^.;:()]){0,60}?\bor\b"
                                r"(?:(?!\b(?:and|in|with|plus|of)\b)[^.;:()]){0,25}", _I)
# ... or the degree's field and then "or" right before the licence: "Bachelor's degree in Accounting
# or CPA", "Bachelor's in Accounting or Finance or CPA" (never "... and CPA": a second ask).
_FIELD_OR_LICENCE = re.compile(r"(?:['’]s)?(?:\s+degree)?\s+(?:in|of)\s+(?:(?!\b(?:with|plus|required|preferred)\b)"
                               r"[^.;:()]){1,60}?,?\s+or\s+(?:an?\s+|the\s+)?(?:(?:active|valid|current)\s+)?", _I)
# Known names that after a degree's field are one more field: "a degree in Education or PE" (physical
# education); with its noun it is the licence ("BS in Engineering or PE license").
_ALSO_A_FIELD = {"PE"}


def licences_for_degree(sentence: str, start: int, end: int) -> list[str]:
    """The licences a sentence offers in place of the degree at [start, end), joined to it by
    "or" in one list: "You will hold either a Master's Degree, Chartered Status or a PE in civil
    engineering" -> ["PE"], "Bachelor's degree in Accounting or CPA-eligible" -> ["CPA-eligible"];
    [] when it offers none."""
    return list(dict.fromkeys(name for name, _, _ in licence_spans_for_degree(sentence, start, end)))


def licence_spans_for_degree(sentence: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(name, start, end) of each licence ``licences_for_degree`` reads, in text order."""
    out = []
    for m in _KNOWN.finditer(sentence):
        between = sentence[end:m.start()] if m.start() >= end else sentence[m.end():start] if m.end() <= start \
            else None
        if between is None or _GIVEN_AFTER.match(sentence, m.end()):
            continue
        if _DEGREE_OR_LICENCE.fullmatch(between) or (
                m.start() >= end and m.group(0) not in _ALSO_A_FIELD and _FIELD_OR_LICENCE.fullmatch(between)):
            eligible = re.match(r"[- ]eligible\b", sentence[m.end():], _I)   # "CPA-eligible" as written
            out.append((m.group(0) + (eligible.group(0) if eligible else ""), m.start(),
                        m.end() + (eligible.end() if eligible else 0)))
    return out


# Credentials given as examples of the one offered, in a bracket after it: "equivalent
# certification (e.g. CompTIA A+)", "(such as CompTIA A+, Network+)".
_EXAMPLES_AFTER = re.compile(r"\s*\((?:e\.\s?g\.?|eg|i\.\s?e\.?|such as|for example|for instance|like|including)"
                             r"[,:]?\s*(?P<names>[^()]{1,80})\)", _I)
_EXAMPLE_SPLIT = re.compile(r"\s*(?:,|/|\bor\b|\band\b|\betc\b\.?)\s*", _I)


def credential_examples(sentence: str, end: int) -> tuple[list[str], int]:
    """The credentials a bracket at ``end`` gives as examples ("(e.g. CompTIA A+)": ["CompTIA A+"])
    and where it ends; ([], end) when there is none."""
    m = _EXAMPLES_AFTER.match(sentence, end)
    if m is None:
        return [], end
    names = [n.strip(" .") for n in _EXAMPLE_SPLIT.split(m.group("names")) if n.strip(" .")]
    return names, m.end()


def offered_for_degree(sentence: str, start: int, end: int) -> list[str]:
    """The named licences and certificates a sentence offers in place of the degree at [start,
    end), any one of which meets it: a known licence in its list ("a Master's Degree, Chartered
    Status or a PE", "Bachelor's degree in Accounting or CPA": "CPA"), a certificate or licence by
    its noun ("BSN or RN license": "RN license"; "equivalent certification" names none) and the
    examples given in a bracket after it ("(e.g. CompTIA A+)")."""
    credential = credential_for_degree(sentence, start, end)
    out = [(name, s) for name, s, e in licence_spans_for_degree(sentence, start, end)
           if credential is None or not (credential[1] <= s < credential[2])]
    if credential is not None:
        name, c_start, c_end = credential
        if re.search(r"[A-Z]", name.split()[0] if len(name.split()) > 1 else ""):
            out.append((name, c_start))
        out += [(example, c_end) for example in credential_examples(sentence, c_end)[0]]
    return list(dict.fromkeys(name for name, _ in sorted(out, key=lambda t: t[1])))


# The "or" that offers a licence after a degree's field, and the words that qualify the licence.
_OR_OFFERED = re.compile(r",?\s+or\s+(?:an?\s+|the\s+)?(?:(?:active|valid|current)\s+)?$", _I)


def fields_end(sentence: str, start: int, end: int) -> int:
    """Where the fields of the degree at [start, end) end: at the "or" that offers a licence or a
    certificate in its place ("Bachelor's degree in Accounting or CPA", "BSN or RN license in
    Texas": no field), else at the sentence's end."""
    at = [s for _, s, _ in licence_spans_for_degree(sentence, start, end) if s >= end]
    credential = credential_for_degree(sentence, start, end)
    if credential is not None and credential[1] >= end:
        at.append(credential[1])
    if not at:
        return len(sentence)
    cut = min(at)
    offered = _OR_OFFERED.search(sentence, end, cut)
    return offered.start() if offered else cut


def licence_places(after: str) -> list[str]:
    m = _PLACE_AFTER_LICENCE.match(after)
    return [m.group("place")] if m and m.group("place") not in ("Good", "The", "Our", "Lieu") else []


# The noun of a body that issues a licence, which "of" joins to the rest of its name ("Board of Nursing").
_BODY = re.compile(r"Board|Department|Bureau|Office|Division|Commission|Council|College|Society|Institute|Association"
                   r"|Academy|Registry|Secretary")


def _generic_name(words: str, noun: str = "") -> str:
    """The words of a licence's name before its noun, read back to the first that names none
    ("must hold an active Oregon dental hygiene" -> "Oregon dental hygiene"; "we cannot hire
    pending" -> ""); a ``noun`` in capitals after a body's "of" ends the body's name, whose
    credential is asked ("certified by the Board of Certification (BOC)" -> "Board of")."""
    kept: list[str] = []
    noun = noun.strip()
    split = words.split()
    for i in range(len(split) - 1, -1, -1):
        word = split[i]
        # "state" after a capitalised word is a state's ("Ohio state license"), a number a name's ("EPA 608")
        named = i > 0 and split[i - 1][:1].isupper() and not _NAME_STOP.match(split[i - 1]) and (
            word.lower() == "state" or word.isdigit())
        # "&" or "and" between two capitalised words joins a name: "Property & Casualty (P&C) producer
        # license", "FAA Airframe and Powerplant (A&P) certificate", "Firefighter I & II"
        joined = word.lower() in ("&", "and") and i > 0 and split[i - 1][:1].isupper() and bool(kept) \
            and kept[0][:1].isupper()
        # "of" after a body's noun joins a name: "Arizona Medical Radiologic Technology Board of Examiners
        # (MRTBE) certification", "Department of Transportation (DOT) medical card"
        joined = joined or word.lower() == "of" and i > 0 and bool(_BODY.fullmatch(split[i - 1])) \
            and (kept[0] if kept else noun)[:1].isupper()
        # a grade's "I" after a capitalised word is no pronoun: "Texas Firefighter I certification"
        grade = word == "I" and i > 0 and split[i - 1][:1].isupper()
        if _NAME_STOP.match(word) and word not in ("Professional", "State") and not (named or joined or grade):
            break
        kept.insert(0, word)
    # what opens the name but no word: "-Texas Notary Public" (a bullet without its space), "/AED"
    while kept and not kept[0][:1].isalnum():
        kept[0] = kept[0][1:]
        if not kept[0]:
            kept.pop(0)
    return " ".join(kept)


# What after a credential's name makes it something the employer gives: "CPA exam support",
# "PMP certification reimbursement", "CDL training provided", "ASE certification bonuses".
_GIVEN_AFTER = re.compile(r"(?:[- ]eligible)?\s*(?:exam|examination|licen[cs]e|licensure|certification|test|study"
                          r"|review|training)?\s*(?:fees?\s+)?(?:support|assistance|reimbursement|reimbursed|paid"
                          r"|stipends?|bonus(?:es)?|sponsorship|sponsored|provided|allowances?)\b", _I)
# Words before a name that ask progress towards it, not the credential: "actively pursuing CPA
# licensure", "eligible to sit for the CPA exam".
_TOWARD_BEFORE = re.compile(r"(?:\b(?:actively|currently)\s+)?\b(?:pursuing|working towards?|studying for"
                            r"|preparing for|progress(?:ing)? towards?|enrolled in|eligib\w* (?:to sit )?for"
                            r"|sit(?:ting)? for)\s+(?:the\s+|an?\s+)?$", _I)
# A level of a credential taken in stages, after its name: "CFA Level I", "CFA Level II candidate".
_LEVEL_AFTER = re.compile(r"[ \t]+Level[ \t]*(?:III|II|I|[123])\b", _I)
# What says the credential after it is what an ask leads to: "(required for standard substitute certificate)",
# "needed to obtain Texas certification".
_PURPOSE_BEFORE = re.compile(r"\b(?:required|needed|necessary|mandatory|prerequisite)[ \t]+(?:for|to[ \t]+(?:obtain|get"
                             r"|earn|apply[ \t]+for|qualify[ \t]+for))[ \t]+(?:an?[ \t]+|the[ \t]+)?$", _I)
_STATE_BEFORE = re.compile(r"(?:" + "|".join(US_STATE_NAMES) + r")(?:\s+state)?\s+$", _I)
_OR_BEFORE_NAME = re.compile(r"(?:and/|and\s*/\s*)?\bor\s+$", _I)


# A country's driving licence, with the category or class it asks: "Full UK driving licence with
# C+E entitlement", "EU driving licence category CE", "Valid Ontario AZ licence", "Canadian Class 1
# licence", "Australian HC licence".  It is asked as a state's is (a US licence is none of it),
# whatever words stand around it ("Full" is no word that asks elsewhere).
_LICENCE_COUNTRY = (r"(?:UK|U\.K\.|British|GB|EU|European|Irish|Canadian|Ontario|Alberta|Quebec|Australian|NZ"
                    r"|New Zealand)")
_LICENCE_CATEGORY = r"(?:C\s?\+\s?E|C1\s?\+\s?E|CE|C1|C|D|D1|AZ|DZ|Class\s+[1-5][A-Z]?|HR|HC|MC|MR|LR)"
COUNTRY_LICENCE = re.compile(
    r"\b" + _LICENCE_COUNTRY + r"(?:[ \t]+(?:full|valid|clean|current|heavy[ \t]+goods|HGV|LGV|PCV))?"
    r"(?:[ \t]+(?:category|cat\.?|class)?[ \t]*" + _LICENCE_CATEGORY + r")?[ \t]+(?:(?:driving|driver['’]?s?)[ \t]+)?"
    r"licen[cs]e\b(?:[ \t]+(?:with|including|for|holding)[ \t]+(?:(?:category|categories|class|cat\.?)[ \t]+)?"
    + _LICENCE_CATEGORY + r"(?:[ \t]+(?:entitlement|category|categories|class))?"
    r"|[ \t]*\(?(?:category|cat\.?|class)[ \t]+" + _LICENCE_CATEGORY + r"\)?)?", _I)


# The person a state licenses to do the work, named by "Licensed" and the occupation: "Licensed Cosmetologist",
# "Licensed Practical Nurse", "Licensed Insurance Adjuster", "Licensed Master Electrician", "licensed real estate
# agent".  Asking for that person asks the licence, though no licence word follows.  Up to three words of the
# occupation's name between (its grade, its line: "Master", "Journeyman", "Insurance", "Real Estate"), none a
# word that joins or says whose ("Licensed and insured plumber", "licensed home health agency", "licensed
# facility": no occupation follows).
_LICENSED_OCCUPATION = (
    r"(?:nurse|cosmetologist|a?esthetician|barber|manicurist|nail[ \t]+(?:technician|tech|specialist)|electrician"
    r"|plumber|pipefitter|gas[ \t]*fitter|sprinkler[ \t]+fitter|boiler[ \t]+operator|stationary[ \t]+engineer"
    r"|hvac(?:/?r)?[ \t]+(?:technician|tech|mechanic|contractor)|elevator[ \t]+mechanic|crane[ \t]+operator"
    r"|adjuster|insurance[ \t]+(?:agent|producer|broker)|real[ \t]+estate[ \t]+(?:agent|broker|salesperson|associate)"
    r"|realtor|appraiser|home[ \t]+inspector|land[ \t]+surveyor|surveyor|architect|professional[ \t]+engineer"
    r"|pharmacist|pharmacy[ \t]+technician|social[ \t]+worker|counsel(?:l)?or|psychologist|(?:massage|physical"
    r"|occupational|respiratory|marriage[ \t]+(?:and|&)[ \t]+family|speech)[ \t]+therapist|therapist|dietitian"
    r"|optician|dental[ \t]+hygienist|hygienist|veterinary[ \t]+technician|vet[ \t]+tech|audiologist"
    r"|speech[- ]language[ \t]+pathologist|acupuncturist|chiropractor|midwife|paramedic|funeral[ \t]+director"
    r"|embalmer|mortician|teacher|educator|pest[ \t]+control[ \t]+(?:technician|operator|applicator)"
    r"|pesticide[ \t]+applicator|applicator|security[ \t]+(?:officer|guard)|private[ \t]+investigator|locksmith"
    r"|loan[ \t]+originator|mortgage[ \t]+loan[ \t]+originator|contractor|optometrist|physician|veterinarian"
    r"|dentist|attorney|lawyer|customs[ \t]+broker|tattoo[ \t]+artist|child[ \t]*care[ \t]+provider)"
)
_OCCUPATION_NAME = (r"[ \t]+(?:(?!(?i:and|or|in|to|by|with|for|the|an?|our|their|&)\b)[A-Za-z][\w'’/-]*[ \t]+){0,3}?"
                    r"(?i:" + _LICENSED_OCCUPATION + r")(?:s|es)?(?![\w-])")
LICENSED_PERSON = re.compile(r"\b(?i:licensed)" + _OCCUPATION_NAME)
# Another licensed person offered after it: "Licensed Practical Nurse or Registered Nurse required".
_PERSON_OR = re.compile(r"[ \t]*,?[ \t]*(?:or|/)[ \t]*(?:an?[ \t]+)?(?P<name>(?i:licensed|registered|certified)"
                        + _OCCUPATION_NAME + ")")
# The licence of such an occupation named by its noun ("Texas All-Lines Adjuster License", "Journeyman Plumber
# Certificate"): an item of a requirements list naming it asks it, as it asks the licensed person.
_OCCUPATION_LICENCE = re.compile(r"(?i:" + _LICENSED_OCCUPATION + r")(?:['’]?s)?[ \t]+(?:licen[cs]e|licensure"
                                 r"|certificat(?:e|ion)|registration|permit)s?\b", _I)
# Before such a person, what says the work is done beside, for or under one, not as one: "under the
# supervision of a licensed electrician", "assist licensed cosmetologists", "work alongside our Licensed
# Practical Nurses", "refer clients to a licensed insurance adjuster".
_BESIDE_PERSON = re.compile(r"\b(?:under|with|alongside|beside|besides|assist\w*|support\w*|help\w*|supervis\w*"
                            r"|direct(?:s|ing)?|manag(?:e|es|ing)|mentor\w*|train(?:s|ing)?|lead(?:s|ing)?|coordinat\w*"
                            r"|by|from|to|of|our|their|other|fellow|team|staff|refer\w*|contact\w*|hire[sd]?|a\s+network"
                            # one still to become: "Willing to work toward becoming a licensed electrician"
                            r"|becom\w*|towards?|pursu\w*|aspir\w*|future)"
                            r"\b(?:[ \t]+(?!(?:and|or)\b)[\w'’-]+){0,3}?[ \t]+\Z", _I)
# What asks for the person in a sentence of prose ("We are seeking a Licensed Master Electrician", "Licensed
# Cosmetologist required", "Licensed Practical Nurse needed", "must be a licensed plumber").
_PERSON_ASKED = re.compile(ASKS.pattern + r"|\b(?:wanted|hiring|hire|seek\w*|looking|be|become|as)\b", _I)


# An occupation's noun in a licence's name ("Master Plumber"), where a grade alone before "or" shares it.
_OCCUPATION = re.compile(r"(?i)(?<![\w-])(?:" + _LICENSED_OCCUPATION + r")(?:s|es)?(?![\w-])")
# "Master" before "or" and another grade of a licensed trade is that trade's grade, no degree.
_GRADE_OF_TRADE_NEXT = re.compile(r"\s*(?:or|/)\s*(?:[A-Z][\w-]*\s+){1,2}?(?i:" + _LICENSED_OCCUPATION + r")\b")


def _shared_occupation(first: str, second: str) -> str:
    """The occupation a grade alone before "or" shares with the name after it: "Journeyman or Master Plumber
    license" asks a Journeyman Plumber's or a Master Plumber's (" Plumber"), as "EPA 608 Universal or Type II
    certification" asks two certifications of no occupation (""); "" where the first names its own."""
    m = _OCCUPATION.search(second)
    return f" {second[m.start():]}" if m and m.start() and not _OCCUPATION.search(first) else ""


def person_licence(name: str) -> str:
    """The licence a licensed person's name (``LICENSED_PERSON``) asks, by its occupation's noun: "Licensed Real
    Estate Agent": "Real Estate Agent license"; "" for another name."""
    m = LICENSED_PERSON.fullmatch(name)
    return re.sub(r"(?i)^licensed[ \t]+", "", m.group(0)) + " license" if m else ""


# A licensed person named as a therapist of talk, no other kind of therapist ("licensed Outpatient Therapist",
# "Licensed Therapist"; not "Licensed Massage Therapist"): the licences of the states that license one.
_OTHER_THERAPY = re.compile(r"(?i)\b(?:massage|physical|occupational|respiratory|speech|recreation\w*|art|music"
                            r"|dental|radiation|athletic)\b")
THERAPY_LICENCES = ("LCSW", "LISW", "LPC", "LMFT")


def person_licences(name: str) -> list[str]:
    """The licences that license a licensed person's name (``LICENSED_PERSON``) where it names a talk therapist
    (``THERAPY_LICENCES``), any of which meets it; none for another name."""
    m = LICENSED_PERSON.fullmatch(name)
    if not m or not re.search(r"(?i)\btherapists?$", name) or _OTHER_THERAPY.search(name):
        return []
    return list(THERAPY_LICENCES)


def licensed_people(sentence: str, asked: bool = False) -> list[tuple[str, int, int]]:
    """(name as written, start, end) of each licensed person a sentence asks for (``LICENSED_PERSON``): where
    the sentence stands asks it (``asked``: a requirements list) or a word of it does (``_PERSON_ASKED``), and
    no word before it says the work is done beside that person (``_BESIDE_PERSON``)."""
    if not (asked or _PERSON_ASKED.search(sentence)):
        return []
    out = []
    for m in LICENSED_PERSON.finditer(sentence):
        if _BESIDE_PERSON.search(sentence, 0, m.start()):
            continue
        out.append((m.group(0), m.start(), m.end()))
        other = _PERSON_OR.match(sentence, m.end())
        if other and not LICENSED_PERSON.match(sentence, other.start("name")):
            out.append((other.group("name"), other.start("name"), other.end()))
    return out


def licences(sentence: str, asked: bool = False, item: bool = False) -> list[tuple[str, int, int]]:
    """(name as written, start, end) of each licence or certification a sentence asks for;
    ``asked``: where the sentence stands asks it (a requirements list), though no word in it does;
    ``item``: it is an item of a requirements list, which asks the licensed person it names (``licensed_people``)."""
    if _BENEFIT.search(sentence):
        return []
    out: list[tuple[str, int, int]] = [(m.group(0), m.start(), m.end()) for m in COUNTRY_LICENCE.finditer(sentence)
                                       if " " in m.group(0).strip()]
    if out:   # the country's licence is the whole ask: "Full UK driving licence with C+E entitlement"
        return out
    context = asked or bool(_GENERIC_CONTEXT.search(sentence))
    known = list(_KNOWN.finditer(sentence)) if asked or _KNOWN_CONTEXT.search(sentence) else []
    for m in known:
        name, end = m.group(0), m.end()
        if _GIVEN_AFTER.match(sentence, end):
            continue  # a benefit that names it: "plus CPA exam support", "PMP certification reimbursement"
        # eligibility for it is asked, not the credential: "CPA-eligible", "CPA eligible"
        eligible = re.match(r"[- ]eligible\b", sentence[end:], _I)
        if eligible:
            name, end = name + eligible.group(0), end + eligible.end()
        # a stage of it is asked, not the whole: "CFA Level I or higher" (``_LEVEL_AFTER``)
        level = _LEVEL_AFTER.match(sentence, end)
        if level:
            name, end = name + level.group(0), level.end()
        # the noun after the name is part of it, so what follows the noun ("preferred") softens it
        tail = re.match(r"\s+(?:licen[cs]e|licensure|certification|certificate|registration|designation|charter)s?\b",
                        sentence[end:], _I)
        if tail:
            name, end = name + tail.group(0), end + len(tail.group(0))
        # the endorsement asked on it, where no known name of its own says it: "USCG Merchant Mariner Credential
        # (MMC) with Able Seaman (AB) endorsement" (not "CDL-A with Hazmat endorsement": Hazmat is read on its own)
        endorsed = _ENDORSED_AFTER.match(sentence, end)
        if endorsed and not _KNOWN.search(endorsed.group(1)):
            name, end = name + endorsed.group(0), endorsed.end()
        if m.group(0) in _IN_ITS_FIELD and not _IN_ITS_FIELD[m.group(0)].search(sentence):
            continue
        if name in ("PE", "A+", "ASE", "DEA", "CNA", "RN", "CPR", "CPR/AED") \
                and not (asked and bare_credentials(sentence)) \
                and not re.search(
                r"licen[cs]|certif|registered|requir|valid|active|current|must|prefer|plus", sentence, _I):
            continue
        start = m.start()
        state = _STATE_BEFORE.search(sentence, 0, start)
        if state and not any(e > state.start() for _, _, e in out):   # a state's own: "Texas RN license"
            name, start = sentence[state.start():start] + name, state.start()
        # on the way to it is asked, not the credential: "actively pursuing CPA licensure"
        toward = _TOWARD_BEFORE.search(sentence, 0, start)
        if toward and not any(e > toward.start() for _, _, e in out):
            name, start = sentence[toward.start():start] + name, toward.start()
        out.append((name.strip(), start, end))
    for m in _HELD_AS.finditer(sentence):
        if any(s < m.end() and m.start() < e for _, s, e in out) or _NOT_LICENCE.search(m.group(0)) \
                or _OWNER_BEFORE.search(sentence, 0, m.start()) or not context:
            continue
        out.append((m.group(0), m.start(), m.end()))
    out += [(m.group(0), m.start(), m.end()) for m in _BAR_ASK.finditer(sentence)
            if not any(s < m.end() and m.start() < e for _, s, e in out)]
    for m in list(_GENERIC.finditer(sentence)) + list(_CERTIFIED.finditer(sentence)):
        # a known name inside the words before the noun: only the words after it name this one
        # ("PMP or CSM certification": "CSM certification")
        inside = [e for _, s, e in out if s < m.end() and m.start() < e]
        words_from = max(inside, default=m.start("name"))
        if inside and (m.re is _CERTIFIED or words_from >= m.end("name")):
            continue
        text = m.group(0)
        if _NOT_LICENCE.search(text) or not (context or item and _OCCUPATION_LICENCE.search(text)):
            continue
        if _GIVEN_AFTER.match(sentence, m.end()):
            continue  # given, as a known name is: "tool allowance, ASE certification bonuses"
        end = m.end()
        if "Certified" in text and m.re is _CERTIFIED:
            name, start = text.strip(), m.start() + len(text) - len(text.lstrip())
        else:
            words = sentence[words_from:m.end("name")]
            noun = sentence[m.end("name"):m.end()]
            head = _generic_name(words, noun)
            name = f"{head} {noun}".strip() if head else noun.strip()
            if not head and not asked and not re.search(r"\b(?:required|must|valid|active|current|hold|possess)\b",
                                                        sentence, _I):
                continue  # "certification a plus": some certificate, none named
            # the name starts at its first word ("or RMA certification": at "RMA")
            tokens = list(re.finditer(r"\S+", words))
            start = words_from + tokens[-len(head.split())].start() if head else m.end("name")
            if not head and (person := _AS_PERSON.match(sentence, end)):
                # the noun alone, the licensed person "as" names after it: "licensure as a Registered Nurse"
                name, end = f"{person.group('who')} {noun.strip()}", person.end()
            # "EPA 608 Universal or Type II certification": each of the two is a certification
            other = _OR_BEFORE_NAME.search(sentence, words_from, start) if head else None
            first = _generic_name(sentence[words_from:other.start()]) if other else ""
            if first and not inside:
                before = list(re.finditer(r"\S+", sentence[words_from:other.start()]))
                first_start = words_from + before[-len(first.split())].start()
                out.append((f"{first}{_shared_occupation(first, head)} {noun.strip()}", first_start,
                            words_from + before[-1].end()))
            field = _CREDENTIAL_FIELD.match(sentence, end) if _names_state(head) else None
            if field and not us_states(field.group("field")) and not _KNOWN.search(field.group("field")):
                name, end = f"{name} in {field.group('field')}", field.end()
        out.append((name, start, end))
    out += _names_offered_after(sentence, out)
    out += [t for t in licensed_people(sentence, asked or item) if not any(s < t[2] and t[1] < e for _, s, e in out)]
    out.sort(key=lambda t: t[1])
    out = _with_long_names(sentence, _with_abbreviations(sentence, _with_spelled_out(sentence, out)))
    # a bare noun beside a named licence is that licence's ("Current Florida PTA license (or
    # eligible for licensure)"), no other one
    named = [t for t in out if not _BARE.fullmatch(t[0])]
    out = [t for t in out if not (named and _BARE.fullmatch(t[0]))]
    # a credential the ask is needed for is none asked: "Bachelor's degree (required for standard substitute
    # certificate)"
    out = [t for t in out if not _PURPOSE_BEFORE.search(sentence, 0, t[1])]
    # so is a state's noun that "as" says the kind of ("Michigan licensure as LMSW, LCSW or LPC"): the names after it
    # are asked, where ``licence_state_before`` reads the state
    out = [t for t in out if not ((named_as := _AS_NAMED.match(sentence, t[2])) and _BARE.search(t[0])
                                  and any(s == named_as.end() for _, s, _ in out))]
    # so is a kind's noun right after the names it is the noun of ("PTCB (CPhT) or ExCPT national
    # certification": one certification, the national one; not "RN license; national certification preferred")
    out = [t for i, t in enumerate(out) if not (i and _KIND_NOUN.fullmatch(t[0])
                                                 and not sentence[out[i - 1][2]:t[1]].strip())]
    # a kind of credential with the ones it accepts in brackets after it ("National certification
    # (PTCB CPhT or ExCPT)"): those are asked, the kind names none of its own; not an add-on the
    # brackets call a plus ("Class A CDL (Hazmat endorsement a plus) required": the CDL is asked)
    return [t for t in out if not ((bracket := _BRACKET_AFTER.match(sentence, t[2]))
                                   and not softened(bracket.group(1), SOFT)
                                   and any(bracket.start(1) <= s < bracket.end(1) for _, s, _ in out))]


# The field a state's credential is in, capitalised words after its noun's "in", part of its name: "NYS
# Certification in Childhood Education", "North Carolina Professional Educator's License in School Counseling"
# (a state certifies teachers and counsellors by field: another field's is another credential); not a place
# ("in Texas", "in the State of Ohio") nor its standing ("in Good Standing").
_CREDENTIAL_FIELD = re.compile(r"[ \t]+in[ \t]+(?!(?:Good|Lieu)\b)(?P<field>[A-Z][a-z][\w'’-]*"
                               r"(?:[ \t]+(?:(?:and|&|of)[ \t]+)?[A-Z][a-z][\w'’-]*)*)")


def _names_state(head: str) -> bool:
    """Whether a credential's name before its noun names a US state, in full or by the state's letters."""
    return bool(us_states(head)) or any(w in US_STATE_BY_LETTERS for w in head.split())


# A credential of its own offered after a licence's "or", written as a name: the capitalised words
# from the "or" to the name read are its name ("Tennessee EMT certification, or National Registry EMT
# (NREMT) with ability to obtain Tennessee reciprocity": "National Registry EMT (NREMT)"); not a way to
# the first ("or ability to obtain NC PE by comity"), nor a kind in lower case ("or a journeyman
# license from a reciprocal state", "or a compact RN license").
_NAMED_AFTER_OR = re.compile(r"[\s,]*(?:\(\s*)?(?i:or)\s+(?:(?i:an?|the|either)\s+)?(?:(?i:active|current|valid)\s+)?"
                             r"(?P<words>(?:[A-Z][\w&'’.-]*\s+){0,4})")


def named_after_or(sentence: str, start: int, group: list[tuple[str, int, int]]) -> str:
    """The name of the one credential ``group`` (of ``licence_choices``) that an "or" after a
    licence's name (at ``start``) offers in its place, written as a name; "" when none is."""
    m = _NAMED_AFTER_OR.fullmatch(sentence, start, group[0][1])
    if not m or len(group) > 1 or not (m.group("words") or group[0][0][:1].isupper()):
        return ""
    return m.group("words") + group[0][0]


_BRACKET_AFTER = re.compile(r"\s*\((?!\s*(?:and/)?or\b)([^()]*)\)", _I)


# A bracket right after a name that names it again: its abbreviation or what it stands for,
# capitalised words without a list in them ("(CPT I)", "(CNA)", "(Certified Flight Paramedic)");
# not whose it is in lower case ("(or eligible)") nor several names ("(RN/LPN)").
_ABBREVIATION_BRACKET = re.compile(r"\s*\((?P<inner>[A-Z][\w&+.-]*(?:/[A-Z])?(?: [A-Z0-9][\w&+.-]*){0,3}"
                                   r"(?:[ \t]*\([A-Z][\w&+.-]*\))?)\)")   # its issuer inside: "(CMA (AAMA))"


def _with_abbreviations(sentence: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` (in order) with a name found inside the bracket right after another name
    made one with it, and a bare noun right after that bracket too: the bracket names the
    same credential again ("California Certified Phlebotomy Technician I (CPT I) certificate",
    "Certified Nursing Assistant (CNA) certificate" are one each)."""
    out: list[tuple[str, int, int]] = []
    joined = False   # whether the last name took the bracket after it
    for item in found:
        if out:
            name, start, end = out[-1]
            bracket = _ABBREVIATION_BRACKET.match(sentence, end)
            if bracket and bracket.start("inner") - 1 <= item[1] < bracket.end():
                last = max(item[2], bracket.end())
                out[-1], joined = (name + sentence[end:last], start, last), True
                continue
            if joined and _BARE.fullmatch(item[0]) and not sentence[end:item[1]].strip():
                out[-1] = (name + sentence[end:item[2]], start, item[2])
                continue
        out.append(item)
        joined = False
    return out


# A credential's name offered after another's "or", written as a name (capitalised words) that
# ends the ask: "ASQ Certified Quality Inspector (CQI) OR Six Sigma Green Belt required".
_OR_NAME_AFTER = re.compile(r"(?:\s*\((?:[^()]|\([^()]{1,20}\)){1,30}\))?\s*,?\s+(?i:or)\s+(?:an?\s+|the\s+)?"
                            r"((?:[A-Z][\w&+./-]*\s+){0,4}[A-Z][\w&+./-]*)"
                            r"(?=\s*(?:$|[,.;:()]|(?i:required|preferred|certified|is|are|a plus|strongly|will)\b))")


def _names_offered_after(sentence: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The names offered after a licence found, by "or", that no reader took for one
    (``_OR_NAME_AFTER``): either meets the ask."""
    out = []
    for name, _, end in found:
        m = _OR_NAME_AFTER.match(sentence, end)
        # a degree offered instead is the degree knock-out's ("CPA or MBA preferred")
        # (a bare kind noun read there is no name of its own: "or Certificate (QAC)")
        if m and not degree_levels(m.group(1)) and not any(s < m.end(1) and m.start(1) < e for n, s, e in found
                                                           if not _BARE.fullmatch(n)):
            offered, stop = m.group(1), m.end(1)
            # another kind of the same name ("California Qualified Applicator License (QAL) or Certificate (QAC)",
            # "Texas Teaching License or Certificate"): the name's head with that kind, and its letters
            head = _KIND_AFTER_HEAD.match(name)
            if _BARE.fullmatch(offered) and head:
                bracket = _ABBREVIATION_AFTER.match(sentence, stop)
                offered = f"{head.group(1)} {offered}{bracket.group() if bracket else ''}"
                stop = bracket.end() if bracket else stop
            out.append((offered, m.start(1), stop))
    return out


# A credential's name as its head and its kind: "California Qualified Applicator" + " License (QAL)"; the bracket
# holding another kind's letters after "or": " (QAC)".
_KIND_AFTER_HEAD = re.compile(r"(.*?\w)\s+(?:licen[cs]e|certificate|certification|registration|permit)\b"
                              r"(?:\s*\([A-Z]{2,6}\))?\s*$", re.I)
_ABBREVIATION_AFTER = re.compile(r"\s*\([A-Z]{2,6}\)")


# The rest of a credential's name after its first words, in capitalised words up to the bracket that abbreviates the
# whole ("Certified Professional" + " in Erosion and Sediment Control (CPESC)").
_NAME_GOES_ON = re.compile(r"((?:\s+(?:in|of|for|and|&)?\s*[A-Z][\w'’-]*){1,6})\s*\(([A-Z][A-Za-z]{2,9})\)")
_SMALL_WORDS = frozenset({"in", "of", "for", "and", "&"})


def _with_spelled_out(sentence: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` with a name whose words go on to the bracket that abbreviates them all taking those words: the
    initials of "Certified Professional in Erosion and Sediment Control" are "CPESC", its bracket, so that is the
    name asked (read as "Certified Professional" in a place called "Erosion" before)."""
    out = []
    for name, start, end in found:
        m = _NAME_GOES_ON.match(sentence, end)
        if m:
            words = [w for w in re.findall(r"[\w'’&-]+", sentence[start:m.end(1)]) if w.lower() not in _SMALL_WORDS]
            if "".join(w[0] for w in words).upper() == m.group(2).upper():
                name, end = sentence[start:m.end()], m.end()
        out.append((name, start, end))
    return out


# The capitalised words of a credential's name right before the bracket that abbreviates it:
# "National Registry Paramedic (" of "National Registry Paramedic (NRP)", "FAA Airframe and
# Powerplant (" of "FAA Airframe and Powerplant (A&P)" ("and" or "&" between capitalised words).
_LONG_NAME_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w&'’.-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){1,5})\(\s*$")


def _with_long_names(sentence: str, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``found`` with a known abbreviation alone in brackets taking the name it abbreviates
    before them: "or National Registry Paramedic (NRP)" asks "National Registry Paramedic
    (NRP)", an alternative beside the one before, not a third name inside other words."""
    out = []
    for name, start, end in found:
        close = re.match(r"\s*\)", sentence[end:])
        long = _LONG_NAME_BEFORE.search(sentence, max(out[-1][2] if out else 0, start - 60), start)
        if close and long and long.end() == start and not (out and long.start(1) < out[-1][2]):
            name, start, end = sentence[long.start(1):end + close.end()], long.start(1), end + close.end()
        out.append((name, start, end))
    return out


# Obtaining the licence offered in its place, after it: "license required (or ability to obtain
# within 90 days)", "ARRT (CT) certification, or ability to obtain it within 12 months of hire",
# "Oregon CVT license (OVMB) or be eligible to transfer license within 90 days of hire", and being
# eligible for it within a time ("Active RN license in the state (or eligible for licensure within
# 90 days)", "or eligible to sit for the state exam within 4 months of hire"), and after the word that
# requires it the bare verb with its time: "CSP or ASP certification required (or obtain ASP within 12
# months of hire)" (without that word, "Class A CDL (or obtain within 6 months of hire)" is a licence to
# be had after hire: no must-have); not a second ask ("license and ability to obtain a SIDA badge").
# ("or eligible for licensure" with no time is read by the resume's side: ``resumes.licences.OR_ELIGIBLE``.)
_IN_TIME = r"(?=[^;)]*?\b(?:within|before|by|prior[ \t]+to|no[ \t]+later[ \t]+than)\b)"
_OBTAIN_ALT = (r"(?:ability|able|willing(?:ness)?|eligib(?:le|ility))[ \t]+to[ \t]+(?:obtain|get|acquire|transfer)\b"
               r"|eligib(?:le|ility)[ \t]+(?:for|to[ \t]+(?:sit|test)[ \t]+for)\b" + _IN_TIME)
_OBTAIN_BARE = r"(?:obtain|earn|acquire|attain)\b" + _IN_TIME
# where the licence is held, between it and the "or": "RN license in the state (or ...)"
_LICENCE_WHERE = r"(?:(?:in|for)[ \t]+(?:the[ \t]+)?(?:state[ \t]+of[ \t]+)?[\w-]+[ \t]*)?"
OR_OBTAIN = re.compile(r"[ \t]*(?:\([^()]{1,30}\)[ \t]*)?" + _LICENCE_WHERE
                       + r"(?:(?:[\w-]+[ \t]*){0,2}[,(]?[ \t]*\bor[ \t]+(?:the[ \t]+|be[ \t]+)?(?=" + _OBTAIN_ALT
                       + r")|(?:[\w-]+[ \t]+)?(?:required|mandatory)[ \t]*[,(]?[ \t]*\bor[ \t]+(?=" + _OBTAIN_BARE
                       + r"))(?P<alt>(?:" + _OBTAIN_ALT + "|" + _OBTAIN_BARE + r")[^;)]*)", _I)


# A licence to be had some time after hire is not needed to apply: "required within 6 months of
# hire", "must obtain ACLS within 90 days of employment", "within the first year" ("upon hire" is at
# hire: needed); nor is one the employer gives its new hires: "SafeLand USA orientation (we can
# schedule for new hires)", "SafeLand orientation provided in week one", "H2S Clear scheduled during
# onboarding", "offered to new hires" (not tools "provided by the company", nor a duty: "Schedule
# orientation for new hires" has no "we").
_WITHIN_TIME = (r"\bwithin\s+(?:the\s+first\s+)?(?:\d{1,3}|one|two|three|four|six|twelve|thirty|sixty|ninety)"
                r"\s*(?:\(\d{1,3}\)\s*)?(?:-\s*)?(?:days?|weeks?|months?|years?)")
AFTER_HIRE = re.compile(_WITHIN_TIME + r"\s+(?:of|after|from|following)"
                        r"\s+(?:your\s+|the\s+)?(?:date\s+of\s+)?(?:hire|hiring|start(?:ing)?(?:\s+date)?|employment"
                        r"|joining|being\s+hired)\b"
                        # the job's first time, of hire unsaid: "Certifications required within first year: EMD, CPR"
                        r"|\bwithin\s+(?:the\s+|your\s+)?first\s+(?:(?:\d{1,3}|one|two|three|four|six|twelve|thirty"
                        r"|sixty|ninety)\s*(?:-\s*)?)?(?:days?|weeks?|months?|years?)\b"
                        # offered in its place with a time and nothing else: "(or obtain within 30 days)" is after hire
                        r"|\bor\s+(?:must\s+)?(?:obtain|earn|acquire|get)\s+(?:it\s+|one\s+)?" + _WITHIN_TIME
                        + r"(?![^.;)]*?\b(?:before|prior\s+to)\b)"
                        r"|\bwe(?:'ll|\s+(?:can|will|may|do))?\s+(?:schedule|provide|arrange|sponsor|pay\s+for|cover)s?\b"
                        r"[^.;]{0,40}?\bfor\s+(?:all\s+)?new\s+(?:hires|employees|staff)\b"
                        r"|\b(?:provided|scheduled|offered|given|arranged|completed)\s+(?:(?:in|during)\s+"
                        r"(?:week\s+one|(?:the|your)\s+first\s+(?:week|month|days?)|orientation|onboarding"
                        r"|new[- ]hire\s+(?:orientation|training))|(?:to|for)\s+(?:all\s+)?new\s+(?:hires|employees)"
                        r"|after\s+hire)\b", _I)


# A way in that a posting takes in place of a licence it requires, said of those who take it: "CRT
# with RRT obtained within 12 months of hire may be considered", "AMT certification accepted",
# "board-eligible candidates will also be considered", "Class B license holders considered"; not
# a way refused ("Class B will not be considered"), nor a softener ("first aid is considered a plus").
_TAKEN = re.compile(r"\b(?:(?:may|will|can|could|would|shall)[ \t]+(?:also[ \t]+)?be[ \t]+"
                    r"|(?:is|are)[ \t]+(?:also[ \t]+)?|also[ \t]+)?(?:considered|accepted|acceptable)\b"
                    r"(?![ \t]+(?:an?[ \t]+|as[ \t]+an?[ \t]+)?(?:plus|asset|advantage|bonus|benefit|must)\b)", _I)
# What makes the way a credential's: a licence named, its letters ("CRT"), or the words for one or
# for being eligible for one ("board-eligible"); "new graduates will be considered" names none.
_ROUTE_CREDENTIAL = re.compile(r"(?i:licen[cs]|certif|credential|registration|registered|eligib)|\b[A-Z]{2,6}\b")


def licence_route(sentence: str, credential: bool = True) -> tuple[str, int] | None:
    """The way in that ``sentence`` takes in place of a licence asked before it (``_TAKEN``), as
    written, and where it starts: the clause after a semicolon or after the must word of the
    ask ("ASCP certification required; AMT certification accepted": "AMT certification
    accepted") or inside its bracket, else the sentence; None when it offers none.  Not
    ``credential``: any way taken, a tool's too ("3+ years of Creo; SolidWorks experience
    acceptable"), the caller saying whether it names a skill."""
    taken = _TAKEN.search(sentence)
    if taken is None:
        return None
    start = max(sentence.rfind(";", 0, taken.start()), sentence.rfind("(", 0, taken.start())) + 1
    for must in MUST_WORD.finditer(sentence, start, taken.start()):
        start = must.end()
    end = min((at for at in (sentence.find(";", taken.end()), sentence.find(")", taken.end())) if at != -1),
              default=len(sentence))
    clause = sentence[start:end]
    route = clause.strip(" \t,.:-")
    if not route or _NEGATION.search(sentence, start, taken.start()) or credential and not (
            _ROUTE_CREDENTIAL.search(route) or licences(route)):
        return None
    return route, start + clause.index(route)


# An item that opens with the group of applicants it is for: "Lateral applicants: current POST
# certification", "For internal candidates:", "Experienced hires:", "Bilingual candidates:",
# "Out-of-state applicants:".  It asks that group alone, so nobody else misses it: a
# nice-to-have, no required knock-out.  Not everyone ("All applicants:", "Successful candidates:",
# "The ideal candidate:").
_EVERYONE = (r"(?:all|any|every|each|the|our|successful|selected|qualified|ideal|interested|eligible|prospective"
             r"|potential|suitable|strong|final|required|requirements?|for|of|to|with|and|must)\b")
FOR_SOME = re.compile(r"^\W*(?:for[ \t]+)?(?:(?!" + _EVERYONE + r")[A-Za-z][\w'’/-]*[ \t]+){1,3}?"
                      r"(?:applicants?|candidates?|hires|officers|transfers|employees|graduates|grads)"
                      r"[ \t]*(?:only[ \t]*)?:", _I)


# Time after hire granted to new graduates alone: "MLT (ASCP) certification required (new grads
# must obtain within 6 months of hire)".  Everyone else needs it to apply, so the ask stays a
# must-have; and the graduates are named as whom the grace is for, no graduation asked.
NEW_GRAD_GRACE = re.compile(r"\b(?:new|recent)[- ](?:college[ \t]+|university[ \t]+)?grad(?:uate)?s?\b[^.;()]{0,60}?"
                            + "(?:" + AFTER_HIRE.pattern + ")", _I)


# A noun of a credential with only the kind of issuer before it: "national certification", "state license"
_KIND_NOUN = re.compile(r"(?:national(?:ly)?|state|industry|professional)(?:[ -]recogni[sz]ed|[ -]accredited)?[ \t]+"
                        r"(?:licen[cs]e|licensure|certification|certificate|credential|registration)s?", _I)
_BARE = re.compile(r"(?:licen[cs]e|licensure|certification|certificate|credential|registration|permit|endorsement)s?",
                   _I)
# The words between a credential's noun and the kind it is: "licensure as an", "certified as a".
_AS_NAMED = re.compile(r"[ \t]+as[ \t]+(?:an?[ \t]+)?", _I)
# The licensed person a bare noun of a credential is held as: "licensure as a Registered Nurse".
_AS_PERSON = re.compile(r"[ \t]+as[ \t]+(?:an?[ \t]+)?(?P<who>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})\b")
# A state's noun before the names of the licences it is held as: "Current Michigan licensure as ".
_STATE_AS_BEFORE = re.compile(r"(?P<state>" + "|".join(US_STATE_NAMES) + r")(?:[ \t]+state)?[ \t]+"
                              r"(?:licen[cs]e|licensure|certification|registration)[ \t]+as[ \t]+(?:an?[ \t]+)?$", _I)


def licence_state_before(sentence: str, start: int) -> list[str]:
    """The state whose licence the name at ``start`` is said to be by "as" before it ("Michigan licensure as
    LMSW or LCSW": ["Michigan"]), or []."""
    m = _STATE_AS_BEFORE.search(sentence, 0, start)
    return [m.group("state")] if m else []


# "A or B" between two licences asks one of them: "CMA (AAMA) or RMA certification",
# "RN/LPN license", "BLS, ACLS or PALS" (a bracket after a name may say whose it is, as may
# "through" and the issuer: "CPC through AAPC, or CCS through AHIMA").
_LICENCE_JOIN = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:licen[cs]e|certificate|certification|registration)s?\b)?"
                           r"(?:\s+(?:through|from|by|via)\s+(?:the\s+)?[A-Z][\w&.-]*"
                           r"(?:\s+[A-Z][\w&.-]*){0,3})?\s*(?:,\s*)?(?:\(\s*)?(?:(?:and\s*/\s*)?or\b|/)?"
                           r"\s*(?:either\s+|an?\s+|the\s+|any\s+)?(?:(?:valid|current|active)\s+)?", _I)
_LICENCE_OR = re.compile(r"\bor\b|/", _I)
_FIRST_AID = re.compile(r"first[ \t]+aid\b", _I)
# A credential of such a list that no known name reads, by its letters alone between commas: "CISSP, GCIH,
# OSCP, or Security+" ("GCIH"), "LMSW, LCSW, LLPC or LPC" ("LLPC"); one of the alternatives only where an "or"
# joins the list; the name before it may say whose it is in brackets ("CMA (AAMA), RMA, CCMA or NCMA": "RMA").
_UNNAMED_ITEM = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?P<name>[A-Z][A-Z0-9]{1,7}\+?)(?=\s*(?:,|\bor\b))")
# The first of such a list, before the first known name, where its clause opens with it (after its issuer's
# letters or "current" at most): "ASCP MLS, MT or BB certification" ("MLS"), "NCCT, CCMA or RMA" ("NCCT");
# not a word of the ask before ("Experience in the ICU, CCRN or TNCC").
_UNNAMED_FIRST = re.compile(r"[\W_]*(?:(?i:current|active|valid)\s+)?(?:[A-Z]{2,6}\s+)?"
                            r"(?P<name>[A-Z][A-Z0-9]{1,7}\+?)(?:\s*\([^()]{1,30}\))?\s*,\s*")


def licence_choices(sentence: str, asked: bool = False, item: bool = False) -> list[list[tuple[str, int, int]]]:
    """The licences a sentence asks for (``licences``), grouped: each group one ask, a group
    of two or more the alternatives joined by "or" or "/" ("CMA or RMA", "BLS, ACLS or PALS"),
    any one of which meets it.  Names joined by commas alone or by "and" are each asked."""
    groups: list[list[tuple[str, int, int]]] = []
    joins: list[bool] = []   # per group: whether an "or" joined it
    unnamed: list[tuple[str, int, int]] = []
    for found in licences(sentence, asked, item):
        if groups:
            at, items = groups[-1][-1][2], []
            while m := _UNNAMED_ITEM.match(sentence, at, found[1]):
                items.append((m.group("name"), m.start("name"), m.end("name")))
                at = m.end()
            between = sentence[at:found[1]]
            # first aid beside another card by a slash is a card more, asked too: "CPR/First Aid", "First Aid/CPR/AED"
            both = between.strip() == "/" and any(_FIRST_AID.match(n) for n in (found[0], groups[-1][-1][0]))
            if (between.strip() or items) and _LICENCE_JOIN.fullmatch(between) and not both:
                groups[-1] += items + [found]
                unnamed += items
                joins[-1] = joins[-1] or bool(_LICENCE_OR.search(between))
                continue
        groups.append([found])
        joins.append(False)
    out = []
    for group, joined in zip(groups, joins):
        opens = max(sentence.rfind(mark, 0, group[0][1]) for mark in "(:;") + 1
        first = _UNNAMED_FIRST.fullmatch(sentence, opens, group[0][1]) if joined else None
        if first:
            group = [(first.group("name"), first.start("name"), first.end("name"))] + group
        out += [group] if joined else [[one] for one in group if one not in unnamed]
    return out


# A second way to qualify, as public employers write them: a line or a sentence that opens with "OR"
# in capitals ("OR Education: Ph.D. or equivalent doctoral degree ...", "-OR-", "(OR)"), with "or"
# before the way's label or a combination ("or Education: ...", "Or an equivalent combination of
# education and experience"), or with "Any equivalent combination of education, training and
# experience ...".  Not "OR" inside an ask ("Computer Science OR Engineering"), a state ("Portland, OR")
# or the operating room ("OR experience: 2+ years", "OR RN"): after "OR" comes the way's label, its
# letter ("B."), a word that opens an ask ("Possess", "a", "Completion", a degree, a number) or nothing.
_ROUTE_OPENS = r"(?:^|(?<=[.;])[ \t]+)[ \t(\[-]*"
_WAY_AFTER_OR = (r"(?:\Z|(?:education|training|combination|substitution)[ \t]*(?::|\Z)|\(?[a-z0-9]\)[ \t]|[a-z]\.[ \t]"
                 r"|(?:an?|the|any|have|has|possess\w*|completion|completed|successful\w*|graduation|graduated"
                 r"|equivalent|combination|bachelor\S*|master\S*|associate\S*|ph\.?[ \t]?d\.?|doctora\w*|one|two"
                 r"|three|four|five|six|\d+)(?![\w'’]))")
ROUTE = re.compile(_ROUTE_OPENS + r"(?:OR(?![\w'’])[ \t)\]:,-]*(?=(?i:" + _WAY_AFTER_OR + r"))"
                   r"|[Oo]r[ \t]+(?=(?i:education|experience|training)[ \t]*:|(?i:an?[ \t]+|any[ \t]+)?"
                   r"(?i:equivalent[ \t]+)?(?i:combination)\b))"
                   r"|" + _ROUTE_OPENS + r"(?i:any|an)[ \t]+(?i:equivalent[ \t]+)?(?i:combination[ \t]+of)\b"
                   # after a comma, a combination alone: "3+ years of administrative experience, or an equivalent
                   # combination of education and experience"
                   r"|(?<=,)[ \t]+[Oo]r[ \t]+(?=(?i:an?[ \t]+|any[ \t]+)?(?i:equivalent[ \t]+)?(?i:combination[ \t]+of"
                   r"[ \t]+(?:\w+[ \t,]+){0,3}?(?:education|training|experience))\b)")
# A line that leaves its way open for the next: "... two years of planning experience; OR", "-OR-" alone
# (not "Location: Portland, OR").
ROUTE_NEXT = re.compile(r"(?:^[ \t(\[-]*OR|[;.][ \t]*OR|;[ \t]*or)[ \t)\]-]*\Z")
# A way's label alone on its line, the way's text on the next: "Education:", "OR Education:", "B. Education",
# "-OR- Combination:" (USAJOBS writes "OR" and "Education:" each on a line of their own).
WAY_LABEL = re.compile(r"(?i)[ \t(\[-]*(?:OR(?![\w'’])[ \t)\]:,-]*)?(?:\(?[a-z0-9][.)][ \t]*)?"
                       r"(?:education|training|combination|substitution)[ \t]*:?[ \t]*")


def way_label(line: str, in_way: bool) -> bool:
    """Whether ``line`` is a second way's label alone, no heading: "OR Education:", or "Education:" where
    a way is open (``in_way``: the line before left it open, "OR")."""
    line = line.strip()
    return bool(WAY_LABEL.fullmatch(line)) and (in_way or bool(ROUTE.match(line)))


# A list item that offers the next as its alternative: "- Associate's degree or higher, OR" (not a place in
# Oregon: "Location: Portland, OR").
_COMMA_OR = re.compile(r",[ \t]*OR[ \t)\]-]*\Z")


def leaves_way_open(line: str, in_way: bool) -> bool:
    """Whether the line after ``line`` goes on with a second way to qualify: ``line`` leaves it open
    (``ROUTE_NEXT``: "...; OR", "-OR-"; "..., OR" after no place), or is a way's label alone (``way_label``)."""
    if ROUTE_NEXT.search(line) or way_label(line, in_way):
        return True
    comma = _COMMA_OR.search(line)
    if comma is None or _PLACE_SAID.search(line, 0, comma.start()):
        return False
    from matcher.eligibility.places import known_city

    last = re.split(r"[,:|·•]|[ \t][-–—][ \t]", line[:comma.start()])[-1].strip(" \t-*•(")
    # a place's name: the capitalised words it ends in ("Bend", "Lake Oswego"; "Based in Bend" ends in one)
    words = last.split()
    run = len(words) - next((k for k, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    return not any(known_city(" ".join(words[k:]), "US", "OR") for k in range(max(run, len(words) - 3), len(words)))


# Words that say a line names a place: "Location: Sisters, OR", "Based in Bend, OR".
_PLACE_SAID = re.compile(r"(?i)\b(?:location|located|based|offices?|city|town|relocat\w*|reside\w*|live|living)\b")


# The way that mixes the two: education and experience combined stand in for the degree asked.
COMBINATION = re.compile(r"(?i)\bcombination[ \t]+of[ \t]+(?:\w+[ \t,]+){0,3}?(?:education|training|experience)\b")


def opens_route(line: str) -> bool:
    """Whether a line opens a second way to qualify (``ROUTE``)."""
    return bool(ROUTE.match(line.strip()))


@lru_cache(maxsize=65_536)   # read for every row of every match
def offers_ways(text: str) -> bool:
    """Whether a requirement holds a second way to qualify (``ROUTE``), anywhere in it."""
    return ROUTE.search(text) is not None
