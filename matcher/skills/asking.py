"""What a posting asks of the candidate: its skill mentions less those it only names.

``asked_skills`` leaves out the mentions in sentences about the company and in
job-title lines (``names_without_asking``); ``skill_names`` gives the canonical
names of all the mentions, or of the asked ones.  The mentions themselves come
from ``skills``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from matcher.skills.taxonomy import SkillMention, Taxonomy, posting_mentions, taxonomy

__all__ = ["about_hiring", "asked_skills", "names_without_asking", "skill_names"]

# A posting also says what the company does and uses ("We are a leader in financial
# services", "Our team lives in Slack") and which job it is ("Senior Developer - Linux").
# Such a sentence names skills without asking them of the candidate, unless it also
# speaks of the candidate ("we expect experience with Kafka"; but "we are working with
# Kafka" is the company's own work).  So does a unit of the employer, named or not ("The
# department teaches economics", "the Data Office is responsible for data governance").
_COMPANY_VOICE = re.compile(r"\b(?:we|we'(?:re|ve|ll)|our|ours|us|(?:the|this) (?:company|firm|client|team)"
                            r"|(?:the|this) (?-i:[A-Z][\w&-]* )?(?:department|institute|university|faculty|centre"
                            r"|center|division|office))\b",
                            re.IGNORECASE)
# A company introduced by its name: "Acme is a fintech company", "Acme is one of the leaders in"
# (not "There is a ..." nor the role: "The Cloud Architect is an expert in ...").
# So is a company's name doing its business ("Acme provides enterprise services", "Acme technology
# can be integrated into consumer electronics"; not "Frequently develops scripts", a duty) and
# its funding ("In 2019 Acme reached a 2.5 billion valuation after a Series C funding round").
_COMPANY_INTRO = re.compile(
    r"\A\W*(?:The[ \t]+(?=[A-Z<]))?(?!(?:There|It|This|That|The|Also|Then|Often|Role|Position|Job|Candidate"
    r"|Ideal|Successful|Right|Person|Applicant)\b)((?:[A-Z<](?![\w<>&.'’-]*ly\b)[\w<>&.'’-]*[ \t]+){1,4})"
    r"(?:(?:is|are)[ \t]+(?:a|an|the|one of)\b|(?:provides|offers|builds|develops|delivers|produces|operates"
    r"|serves|helps|enables|powers|connects|speciali[sz]es|creates|makes|was founded)\b"
    r"|(?:technology|products?|solutions?|platform|software)[ \t]+(?:is|are|can|helps|enables|powers)\b)")
_FUNDING = re.compile(r"\bSeries [A-F] (?:funding|round|investment)|\bfunding round\b|\b(?:raised|secured)[ \t]+"
                      r"(?:[$€£]|USD|EUR)?[ \t]*\d", re.IGNORECASE)
# A job title's gender marker, as in European postings: "(m/f/d)", "(w/m/x)".
_GENDER_MARKER = re.compile(r"\(\s*[mwfdx]\s*/+\s*[mwfdx]\s*(?:/+\s*[mwfdx]\s*)?\)", re.IGNORECASE)
# A job title quoted with its gender marker names the job wherever it stands, with the skills
# bracketed after its role word: "We are looking for an Embedded Engineer ( C++ / Yocto Linux )
# ( m/f/d ) who ..." (the title as posted; what is asked is said again in the requirements).
_MARKED_TITLE = re.compile(
    r"(?:[A-Z][\w+#./&-]*[ \t]+){0,4}(?i:developer|engineer|administrator|architect|manager|lead|analyst|consultant"
    r"|specialist|programmer|designer|tester|scientist|intern)s?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?"
    r"(?=\((?i:\s*[mwfdx]\s*/+\s*[mwfdx]\s*(?:/+\s*[mwfdx]\s*)?)\))")
# A field that names the job: "Role: DevOps", "Position: QA/Test Developer", "Job title: ...".
_TITLE_FIELD = re.compile(r"\A\W*(?:job[ \t]+)?(?:role|position|title|job)[ \t]*:", re.IGNORECASE)
_TITLE_WORDS = 6
# A redacted name ("<ORGANIZATION>", "<LOCATION>") stands for a name, not for words of a sentence.
_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
# "experience" is the candidate's, unless it is what a product gives its users ("a shopping
# experience", "the customer experience", "user experience").
_CANDIDATE_CUE = re.compile(
    r"\b(?:you|your|you'(?:ll|re|ve)|candidates?|applicants?|someone"
    r"|(?<!\buser )(?<!\busers' )(?<!\bcustomer )(?<!\bcustomers' )(?<!\bclient )(?<!\bshopping )(?<!\bguest )"
    r"(?<!\bpatient )(?<!\bplayer )(?<!\bbrand )(?<!\bdigital )(?<!\bbuying )(?<!\bshopper )experience[ds]?"
    r"|knowledge|familiar\w*"
    r"|proficien\w*|skills?|expertise|background|understanding|ability|degree|years?|must|required"
    r"|requirements?|looking for|seeking|hands-on|(?<!\bwe )(?<!\bwe are )(?<!\bwe're )work(?:ing)? with"
    r"|plus|advantage\w*|bonus|asset"
    r"|preferred|desir\w+|nice to have)\b", re.IGNORECASE)
_ROLE_NOUN = re.compile(r"\b(?:developer|engineer|administrator|architect|manager|lead|analyst|consultant"
                        r"|specialist|programmer|designer|tester|scientist|intern)s?\b", re.IGNORECASE)
_PROSE_WORD = re.compile(r"\b(?:with|in|of|for|to|and|on)\b|[.!?]\s*\Z", re.IGNORECASE)
# A sentence: up to a line break, or up to '.', '!' or '?' before a space ("node.js" stays whole).
_SENTENCE = re.compile(r"(?:[^\n.!?]|[.!?](?!\s))+[.!?]*")
# Words, not the brackets and slashes between them: "Engineer ( Java / React )" is three words.
_WORD = re.compile(r"\w[\w+#.'-]*")
# A run-on sentence (scraped text whose sentence breaks were lost) is read as statements cut
# before its inline field labels: "Backend Engineer ( Go ) Date posted: ... Role: ...".
_RUN_ON_WORDS = 40
_INLINE_LABEL = re.compile(r"(?<=\s)(?=([A-Z][\w&/-]*(?:[ \t][A-Za-z][\w&/-]*){0,2}[ \t]?:)[ \t])")
# A name's first word after a word in lower case (the whole name, not its second word).
_NAME_START = re.compile(r"(?<=[a-z,;)][ \t])(?:<[A-Z_]+>|[A-Z])")
# An industry named in prose without a word about the candidate is the company's business
# ("Acme is a global leader in financial services"), not asked; in a short field or list
# ("Industry: Fintech", "Banking, Insurance") or beside a candidate cue ("experience in
# banking") it is.
_DOMAIN_CATEGORY = "domain"
# How to apply is the hiring process, not the job: "Send your CV in English", "attach all your
# materials in one pdf", "you will be invited to a Skype interview" name the language of the
# documents or the tool of the interview, not skills asked; a sentence that also asks for a skill
# ("a CV that shows your experience with Excel") is left to the other rules.
_APPLICATION = re.compile(
    r"\b(?:CVs?|curriculum vitae|r[eé]sum[eé]s?|cover letters?|motivation(?:al)? letters?|transcripts?"
    r"|application (?:forms?|materials?|documents?|package)|your application"
    r"|(?:the|an|all) applications? (?:must|should|shall|has to|have to|is to|are to|will be|can be))\b"
    r"|\bapply (?:online|now|here|via|through|at|by|on)\b"
    r"|\binvited (?:to|for) (?:an? |the )?(?:[\w-]+ ){0,2}(?:interviews?|meetings?|calls?|conversations?)\b"
    # questions and contact, applying, and the offer's conditions: "If you have any questions feel free to
    # get in touch with our HR team", "Apply and tell us ...", "... we may withdraw the offer"
    r"|\bif you have (?:any )?questions\b|\b(?:get in touch|contact)\b[^.]{0,40}\b(?:us|our|hr|recruit\w*)\b"
    r"|^\W*apply\b|\bwithdraw (?:the|an|your|our) (?:job )?offer\b",
    re.IGNORECASE)
# So are the pay and the terms of employment, the offer: "Negotiation for a salary supplement is
# possible", "The appointment follows the collective agreement with the Danish Confederation".
_OFFER = re.compile(
    r"\b(?:salary|salaries|remuneration|wages?|pension|collective agreements?|terms of (?:employment|appointment)"
    r"|(?:employment|appointment) terms|pay (?:is|will be)|paid (?:according|in accordance)"
    r"|(?:appointment|employment) (?:is|will be) (?:made )?(?:in accordance|according))\b",
    re.IGNORECASE)
# So is a pointer to more information ("For more information on Software Engineering roles please
# view the Job Family Overview", "Further information ... can be found in the Memorandum on Academic
# Staff at Danish Universities"): it names documents, not skills asked.
_REFERRAL = re.compile(r"\b(?:more|further|additional) information\b|\bcan be (?:found|read|seen) (?:at|in|on|here)\b"
                       r"|\bplease (?:visit|view|see|refer to|read)\b", re.IGNORECASE)
_SKILL_CUE = re.compile(
    r"\b(?:experience[ds]?|knowledge|familiar\w*|proficien\w*|skills?|skilled|expertise|fluen\w*|understanding"
    r"|abilit(?:y|ies)|competen\w*|command of)\b", re.IGNORECASE)
_SHORT_STATEMENT_WORDS = 8
# A job board's category path ("Operations > Supply Chain > Warehouse Management > Transport")
# files the job in the board's tree; its steps are names of units, not skills asked.
_PATH_STEP = re.compile(r"\s>\s")
# A job description's prose also tells the employer's context: "The institute pursues research
# in condensed matter physics", "Its main research areas include particle physics".  There a
# skill is asked only in a sentence that speaks of the candidate (``_CANDIDATE_CUE``) or of the
# job ("This role will be responsible for testing", "The new colleague will ...": the role, its
# duties, the person holding it, what will be done), in a list of skills, or in an instruction
# ("Build services in Java": no subject before its verb).  The context opens with its subject:
# an article, a pronoun, a preposition or a name.
_JOB_CUE = re.compile(
    r"\b(?:roles?|positions?|jobs?|posts?|vacanc\w+|responsib\w*|duties|tasks?|the work|will"
    r"|colleagues?|new hires?|person|employees?|incumbent|holder|members?|students?|researchers?"
    r"|professors?|postdoc\w*|fellows?|assistants?|officers?|coordinators?|technicians?"
    r"|representatives?|executives?|advis[eo]rs?|experts?|leaders?|head)\b", re.IGNORECASE)
_SUBJECT_FIRST = re.compile(
    r"\W*(?:<[A-Z_]+>|(?:the|this|that|these|those|a|an|its|their|our|we|they|there|in|at|with|for|since|from|by|as"
    r"|over|on|after|today|currently|founded|based|together|through|across|within|besides|also)\b)", re.IGNORECASE)


def names_without_asking(sentence: str) -> bool:
    """Whether a posting's sentence speaks of the company or is a job title, not of the candidate."""
    sentence = sentence.replace("\u2019", "'")
    if _title_field_end(sentence) == len(sentence):
        return True
    if _CANDIDATE_CUE.search(sentence):
        return False
    title = ((len(_WORD.findall(_PLACEHOLDER.sub(" ", sentence))) <= 10 and _ROLE_NOUN.search(sentence)
              and not _PROSE_WORD.search(sentence)) or _GENDER_MARKER.search(sentence))
    intro = _COMPANY_INTRO.search(sentence)
    return bool(title or _COMPANY_VOICE.search(sentence) or _FUNDING.search(sentence)
                or (intro and not _ROLE_NOUN.search(intro.group(1))))


@lru_cache(maxsize=8192)  # a posting's sentences are read by several passes
def about_hiring(sentence: str) -> bool:
    """Whether a posting's sentence tells how to apply (the documents, the interview), what the
    job pays or where to read more, without asking for a skill: "Send your CV in English", "You
    will be invited to a Skype interview", "Negotiation for a salary supplement is possible",
    "For more information on Software Engineering roles please view ...".  A run-on sentence
    (scraped text whose breaks were lost) holds more than that, and is not one."""
    return (len(sentence.split()) <= _RUN_ON_WORDS
            and bool(_APPLICATION.search(sentence) or _OFFER.search(sentence) or _REFERRAL.search(sentence))
            and not _SKILL_CUE.search(sentence))


def _title_field_end(statement: str) -> int:
    """Where the job a "Role:" or "Position:" field names ends: after its value when that is
    short, or after the value's first role noun ("Role: DevOps Engineer Technologies ...");
    0 when the statement is no such field."""
    field = _TITLE_FIELD.match(statement)
    if not field:
        return 0
    value = statement[field.end():]
    if len(_WORD.findall(_PLACEHOLDER.sub(" ", value))) <= _TITLE_WORDS:
        return len(statement)
    role = _ROLE_NOUN.search(value)
    if role and len(_WORD.findall(_PLACEHOLDER.sub(" ", value[:role.end()]))) <= _TITLE_WORDS:
        return field.end() + role.end()
    return 0


def asked_skills(text: str, tax: Taxonomy | None = None,
                 described: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[SkillMention]:
    """The mentions in a posting's text that ask something of the candidate: those in
    sentences about the company or in job-title lines are left out (see
    ``names_without_asking``).  ``described`` are the spans of a job description's prose
    (its "about" lines, not list items): there a sentence of the employer's context names
    without asking (``_employer_context``).  Resumes are read with ``extract_skills``:
    there "we moved to Kubernetes" is the candidate's own work."""
    mentions = (tax or taxonomy()).extract(text)
    if not mentions:
        return mentions
    statements = list(_statements(text))
    told = [(start, end) for start, end, statement in statements if names_without_asking(statement)]
    told += [(start, start + _title_field_end(statement)) for start, _, statement in statements]
    told += [m.span() for m in _MARKED_TITLE.finditer(text)]
    told += [(start, end) for start, end, statement in statements if about_hiring(statement)]
    told += [(start, end) for start, end, statement in statements if len(_PATH_STEP.findall(statement)) >= 2]
    told += [(start, end) for start, end, statement in statements
             if any(a <= start < b for a, b in described)
             and _employer_context(statement, [m.surface for m in mentions if start <= m.start < end])]
    business = [(start, end) for start, end, statement in statements
                if len(_WORD.findall(statement)) > _SHORT_STATEMENT_WORDS
                and not _CANDIDATE_CUE.search(statement.replace("\u2019", "'"))]
    return [m for m in mentions if not any(start <= m.start < end for start, end in told)
            and not (m.category == _DOMAIN_CATEGORY and any(start <= m.start < end for start, end in business))]


def _employer_context(statement: str, named: list[str]) -> bool:
    """Whether a job description's prose sentence tells the employer's context: over eight words,
    opening with its subject, speaking neither of the candidate nor of the job, and no list of
    skills (their names are under half of its words)."""
    words = len(_WORD.findall(statement))
    plain = statement.replace("\u2019", "'")
    return (words > _SHORT_STATEMENT_WORDS and bool(_SUBJECT_FIRST.match(statement))
            and not _CANDIDATE_CUE.search(plain) and not _JOB_CUE.search(plain) and not _ROLE_NOUN.search(plain)
            and 2 * sum(len(_WORD.findall(name)) for name in named) < words)


def _statements(text: str):
    """(start, end, text) of the sentences of ``text``; a run-on sentence is cut before its
    inline field labels, each of which starts a statement of its own."""
    for m in _SENTENCE.finditer(text):
        cuts = [m.start(), m.end()]
        if len(m.group().split()) > _RUN_ON_WORDS:
            cuts[1:1] = sorted(m.start() + cut for cut in _label_starts(m.group()) | _intro_starts(m.group()) if cut)
        for start, end in zip(cuts, cuts[1:]):
            yield start, end, text[start:end]


def _intro_starts(sentence: str) -> set[int]:
    """Where a company introduced by its name starts inside a run-on sentence: "... would be a
    plus Acme Corp is a global leader in financial services ..." (the break before it was lost)."""
    starts = set()
    for word in _NAME_START.finditer(sentence):
        intro = _COMPANY_INTRO.match(sentence[word.start():word.start() + 200])
        if intro and not _ROLE_NOUN.search(intro.group(1)):
            starts.add(word.start())
    return starts


def _label_starts(sentence: str) -> set[int]:
    """Where the inline field labels of a run-on sentence start.  Of the word runs that end
    at one colon the shortest is the label: in "Role: QA/Test Developer Industry: Banking"
    the label is "Industry:", not "Developer Industry:", which would cut the role's value."""
    by_colon: dict[int, int] = {}
    for label in _INLINE_LABEL.finditer(sentence):
        by_colon[label.end(1)] = max(by_colon.get(label.end(1), 0), label.start())
    return set(by_colon.values())


def skill_names(text: str, asked: bool = False, described: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """Canonical names of the skills in ``text``, a posting's or a piece of one (kept:
    ``posting_mentions``), each once, in first-seen order; with ``asked``, only those a
    posting asks of the candidate (``asked_skills``, ``described`` the spans of its job
    description's prose)."""
    mentions = asked_skills(text, described=described) if asked else posting_mentions(text)
    return list(dict.fromkeys(m.name for m in mentions))
