"""Soft asks: a requirement that asks only qualities ("Excellent written and verbal communication
skills", "Strong attention to detail", "Ability to work independently and as part of a team",
"Self-starter", "Customer-focused attitude"), and the resume lines that show a quality at work.

A requirement is a soft ask when every word it says is a quality's (``QUALITIES``), a soft skill
the taxonomy names (teamwork, communication), a word that says how much ("excellent", "proven
ability to") or whom it is shown to ("with patients and families"): a tool, a licence, a degree,
years, a language, a kind of work or the word "experience" left over makes it a hard ask
("Excellent Excel skills", "Bilingual English/Spanish", "Attention to detail in medication
administration", "2+ years of experience communicating with clients").

A resume cannot prove a quality by naming it: "Excellent communicator" in a summary is a claim.
A line shows a quality by doing it (``Quality.shown``): "Presented quarterly results to the
board" (communication), "Reconciled 40 accounts monthly with zero errors" (attention to detail),
"Trained 12 new hires" (leadership), "Served 40+ guests per shift" (service).  The checklist
credits a soft ask by the share of its qualities a line shows so, and a line that only says its
words, or is like it, partly at most; a soft ask no line shows is "not shown", for the seeker
to show with an example, never a must-have missing (``matcher.ranking.checklist``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["QUALITIES", "SKILL_QUALITY", "qualities_shown", "shows_quality", "soft_qualities"]

# Not a past participle used as a passive: "Trained in CPR", "Trained on Epic" name a training had.
_NOT_PASSIVE = r"(?!\s+(?:in|on|as|at|under|by|for)\b)"
# A verb of doing for someone: "Served 40+ guests per shift", "Assisted patients with ...".
_SERVING = (r"\b(?:serv(?:e|ed|es|ing)|assist(?:ed|s|ing)?|help(?:ed|s|ing)?|greet(?:ed|s|ing)?|welcom(?:e|ed|es|ing)"
            r"|support(?:ed|s|ing)?|car(?:e|ed|es|ing) for|provid(?:e|ed|es|ing)|handl(?:e|ed|es|ing)"
            r"|attend(?:ed|s|ing)? to)"
            r"\b[^.;]{0,40}"
            r"\b(?:customers?|clients?|guests?|patients?|visitors?|residents?|members?|students?|families|shoppers"
            r"|diners|callers|travell?ers|passengers|tenants|buyers)\b")
# Documents one writes: "Wrote patient education handouts", "Drafted grant proposals".  A report is writing where
# it is written ("Wrote weekly status reports", "Prepared written reports"); one prepared or produced is as often
# figures ("Prepared monthly variance reports", "Produced daily sales reports"), which show no writing.
_WRITTEN = r"wrote|writ(?:e|es|ing)|author(?:ed|s|ing)?|draft(?:ed|s|ing)?|edit(?:ed|s|ing)?|publish(?:ed|es)?"
_PROSE = (r"proposals?|documentation|articles?|blog|posts?|policies|procedures|SOPs?|grants?"
          r"|handouts?|newsletters?|manuals?|guides?|briefs?|memos?|letters?|presentations?|curricul\w*"
          r"|lesson plans?|care plans?|papers?|runbooks?|specifications|minutes|correspondence|materials")
_DOCUMENTS = (rf"(?:\b(?:{_WRITTEN})\b[^.;]{{0,50}}\b(?:reports?|{_PROSE})"
              r"|\b(?:prepar(?:e|ed|es|ing)|produc(?:e|ed|es|ing)|creat(?:e|ed|es|ing)|develop(?:ed|s|ing)?)\b"
              rf"[^.;]{{0,50}}\b(?:(?:written|narrative)\s+reports?|{_PROSE}))\b"
              r"(?<!stored procedures)")


@dataclass(frozen=True)
class Quality:
    name: str
    asked: re.Pattern   # how a posting asks it: "attention to detail", "detail-oriented"
    shown: re.Pattern   # a resume line that shows it at work: "with zero errors", "Audited 200 charts"


def _quality(name: str, asked: str, shown: str) -> Quality:
    return Quality(name, re.compile(rf"(?i)\b(?:{asked})\b"), re.compile(rf"(?i){shown}"))


QUALITIES = (
    # "Excellent written and verbal communication skills", "Strong interpersonal skills"
    _quality("communication",
             r"communicat\w*|interpersonal|people skills|verbal|written|spoken|oral|presentation(?: skills)?"
             r"|public speaking"
             r"|listen(?:ing|er)|articulate|(?:tele)?phone (?:manner|etiquette)|bedside manner"
             # "able to present findings to non-technical audiences", "explain complex concepts simply"
             r"|present(?:ing|s)?\s+(?:\w+\s+){0,2}?(?:findings|results|insights|analys[ie]s|information|ideas"
             r"|recommendations)|explain(?:ing|s)?\s+(?:complex\s+|technical\s+)?(?:concepts|ideas|information"
             r"|issues|topics)(?:\s+(?:simply|clearly))?"
             # whom, by the field they are not of or their kind: "non-finance audiences", "senior audiences"
             r"|(?:non-?[a-z]+|technical|executive|lay|general|senior|business|internal|external|diverse|varied"
             r"|various)\s+audiences?"
             r"|audiences?",
             # "Present indication results to the pricing committee", as a resume writes its work now (not
             # "2020 - Present")
             r"\bpresent\s+(?:[\w-]+\s+){0,4}?(?:to|at|before)\s+\w|"
             r"\b(?:present(?:ed|s|ing)|taught|teach(?:es|ing)?|educat(?:e|ed|es|ing)|instruct(?:ed|s|ing)?"
             rf"|train(?:ed|s)?{_NOT_PASSIVE}|coach(?:ed|es|ing)?|explain(?:ed|s|ing)?|brief(?:ed|s|ing)"
             r"|negotiat(?:e|ed|es|ing)|liais(?:e|ed|es|ing)|liaison|counsell?(?:ed|s|ing)?|facilitat(?:e|ed|es|ing)"
             r"|spoke|speak(?:er|s|ing)?|communicat(?:e|ed|es|ing)|correspond(?:ed|s|ing)?|translat(?:e|ed|es|ing)"
             # interpreting for people ("Interpreted for Spanish-speaking families"), not reading a drawing or
             # data ("Read and interpret blueprints with GD&T", "interpret lab results")
             r"|interpret(?:ed|s|ing)?(?=\s+(?:for|between)\b)|advis(?:e|ed|es|ing))\b" + "|" + _DOCUMENTS +
             r"|\b(?:answer(?:ed|s|ing)?|handl(?:e|ed|es|ing)|field(?:ed|s|ing)|resolv(?:e|ed|es|ing))\b[^.;]{0,30}"
             r"\b(?:calls?|inquiries|enquiries|questions"
             r"|complaints|concerns)\b"),
    # "Strong attention to detail", "Detail-oriented", "High degree of accuracy"
    _quality("attention to detail",
             r"attention to details?|details?[- ]oriented|eye for details?|details?|accura(?:te|cy)|meticulous"
             r"|thorough(?:ness)?|precis(?:e|ion)|careful|conscientious",
             r"\b(?:zero|no|0)\s+(?:\w+\s+){0,2}?(?:errors?|discrepanc\w+|defects?|findings|deficienc\w+|mistakes"
             r"|variances?|citations|rework)\b|\berror[- ]free\b|\d{2,3}(?:\.\d+)?\s*%\s*(?:accura\w*|compliance"
             r"|first[- ]pass)|\b(?:audit(?:ed|s|ing)?|proofread\w*|reconcil(?:e|ed|es|ing|iations?)"
             r"|verif(?:y|ied|ies|ying)"
             r"|double[- ]check\w*|inspect(?:ed|s|ing)?|quality (?:control|checks?))\b"
             # errors found: "Caught and corrected errors in board decks", "flagged $18K of duplicate invoices"
             r"|\b(?:caught|catch(?:es|ing)?|spott(?:ed|ing)|flagg(?:ed|ing)|correct(?:ed|ing)|detect(?:ed|ing))\b"
             r"[^.;]{0,40}\b(?:errors?|discrepanc\w+|mistakes|duplicat\w+|overpayments?|overcharges?"
             r"|inconsistenc\w+|typos)\b"),
    # "Ability to work independently", "Self-starter", "Works with minimal supervision"
    _quality("independence",
             r"independen(?:t|tly|ce)|self[- ](?:starter|motivated|directed|driven|managed|sufficient|starting)"
             r"|(?:minimal|little|limited|without|no)\s+(?:direct\s+)?supervision|autonom\w+|initiative"
             r"|proactive(?:ly)?|ownership|resourceful(?:ness)?|motivated|driven|go-getter"
             r"|anticipat\w*(?: (?:their |the |others' )?(?:needs|problems|issues))?",
             r"\b(?:independently|sole|solo|single[- ]handed\w*|self[- ]employed|freelance\w*|on my own"
             r"|own (?:caseload|route|territory|clients|book of business|projects?|classroom|practice|business)"
             r"|founded|co-founded|launched|initiated|proposed|pioneered|spearheaded|self-taught"
             r"|with(?:out| minimal| little) (?:direct )?supervision"
             # initiative taken: "Took the initiative to rebuild the filing system", "without being asked"
             r"|took (?:the )?initiative|on (?:my|his|her|their) own initiative|without being asked)\b"),
    # "Team player", "Ability to work as part of a team", "Collaborative"
    _quality("teamwork",
             r"team[- ]?(?:player|work|oriented|first)|teamwork|(?:part of|within|in|on|with) (?:an? |the )?"
             # the team's kind, not its work or language: not "in an English-speaking team"
             r"(?:(?:small|large|close[- ]knit|tight[- ]knit|high[- ]performing|collaborative|diverse|dynamic"
             r"|supportive|multi-?disciplinary|interdisciplinary|cross[- ]functional)\s+){0,2}teams?|team environment"
             r"|collaborat\w*|cooperat\w*|works? well with others|get along with others",
             r"\b(?:collaborat(?:e|ed|es|ing)|partner(?:ed|s|ing)? with"
             # with people, not a tool: "Worked closely with nurses", not "Worked with Java"
             r"|work(?:ed|s|ing)? (?:closely )?(?:with|alongside) (?:[\w-]+ ){0,3}?(?:teams?|colleagues|co-?workers"
             r"|staff|nurses|physicians|doctors|engineers|developers|designers|managers|stakeholders|clients|customers"
             r"|vendors|partners|departments?|others|teachers|families|parents|students|members|peers)"
             r"|cross[- ]functional|(?:inter|multi)[- ]?disciplinary|alongside|jointly|co-(?:led|authored|taught|wrote)"
             r"|coordinat(?:e|ed|es|ing) with|team of (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)"
             r"|\d+[- ](?:person|member) team"
             r"|(?:member|part) of an? (?:[\w-]+ ){0,3}team)\b"),
    # "Strong organizational skills", "Ability to multitask and prioritize", "Meets deadlines"
    _quality("organisation",
             r"organi[sz](?:ational|ed)|time[- ]management|manage (?:their |your )?(?:own )?time"
             # "Ability to juggle multiple projects and meet tight deadlines"
             r"|(?:manag|handl|balanc|juggl)(?:e|es|ing) (?:several |many |multiple |competing )"
             r"(?:priorities|tasks|projects|assignments|deadlines|responsibilities)"
             r"|prioriti[sz]\w*|multi-?task\w*|juggl\w*|(?:manage|handle|balance) multiple(?: priorities| tasks)?"
             r"|(?:meet(?:s|ing)?[ \t]+)?(?:(?:tight|strict|short|competing|multiple|daily|weekly)[ \t]+)?deadlines?"
             r"|priorities|planning skills|(?:well|highly)[- ]organi[sz]ed",
             r"\b(?:schedul(?:e|ed|ing)(?!\s*(?:for|in|on|to|:|\(|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
             r"[a-z]*)\b)|coordinat(?:e|ed|es|ing)|planned"
             # the verb, not the adjective: "Organized a 200-guest gala", not "Highly organized multitasker"
             r"|(?<!highly )(?<!well )(?<!well-)(?<!very )organi[sz](?:e|ed|es|ing)(?=[ \t]+(?!and\b)[\w$])"
             r"|prioriti[sz](?:e|ed|es|ing)|tracked|juggl(?:e|ed|es|ing)|caseload of \d+"
             r"|manag(?:e|ed|es|ing) (?:\w+ ){0,2}(?:calendars?|schedules?|caseload|inventory|multiple|\d+)"
             r"|(?:on|ahead of) (?:time|schedule|budget)|deadlines?|\d+\+? (?:concurrent|simultaneous))\b"),
    # "Customer-focused attitude", "Patient-centered", "Friendly and courteous"
    _quality("service",
             r"(?:customer|client|patient|guest|student|people|service)[- ](?:focused|oriented|centered|centred"
             r"|centric|first|obsessed|minded)|customer service (?:attitude|mindset|orientation)|hospitality mindset"
             r"|friendly|courteous|welcoming|warm",
             _SERVING + r"|\b(?:customer|client|guest|patient|member)[- ]satisfaction\b|\b(?:CSAT|NPS)\b"
             r"|\bcomplaints?\b|\b(?:5|five)[- ]star\b"
             r"|\b(?:repeat|returning|loyal|recurring|regular) (?:customers|clients|guests)\b"),
    # "Excellent problem-solving skills", "Critical thinking", "Sound judgment"
    _quality("problem solving",
             r"problem[- ]solv\w*|solv(?:e|ing) problems|analytical|critical[- ]thinking|think(?:ing)? critically"
             r"|judge?ment|decision[- ]making|solutions?[- ]oriented",
             r"\b(?:resolv(?:e|ed|es|ing)|solv(?:e|ed|es|ing)|diagnos(?:e|ed|es|ing)|troubleshoot(?:s|ing)?|troubleshot"
             r"|identif(?:y|ied|ies|ying)|fix(?:ed|es|ing)?(?!\s+(?:assets?|income|costs?|wing))|improv(?:e|ed|es|ing)|reduc(?:e|ed|es|ing)"
             r"|streamlin(?:e|ed|es|ing)|investigat(?:e|ed|es|ing)|redesign(?:ed|s|ing)?|root[- ]caus\w+"
             r"|analy[sz](?:e|ed|es|ing))\b"),
    # "Strong leadership skills", "Leads by example"
    _quality("leadership",
             r"leader(?:ship)?|leads? by example|mentor(?:ing|ship)|coaching",
             r"\b(?:led|lead(?:s|ing)?(?!\s+gen)|supervis(?:e|ed|es|ing)|mentor(?:ed|s|ing)?|coach(?:ed|es|ing)?"
             rf"|train(?:ed|s)?{_NOT_PASSIVE}|oversaw|overs(?:ee|ees|eeing)|direct(?:ed|s)|head(?:ed|s)"
             r"|manag(?:e|ed|es|ing)\b[^.;]{0,30}\b(?:team|staff|crew|employees|people|direct reports))\b"),
    # "Ability to work in a fast-paced environment", "Calm under pressure", "Flexible and adaptable"
    _quality("composure",
             r"fast[- ](?:paced|moving)|high[- ](?:pressure|volume|stress)"
             r"|(?:under|handle|handles|handling|manage) (?:pressure|stress)|stressful"
             r"|(?:dynamic|busy|changing|ambiguous) (?:environment|setting)s?|ambiguity|calm"
             r"|composure|composed|sense of urgency|urgency|flexib(?:le|ility)|adaptab(?:le|ility)|adapt",
             r"\b(?:high[- ]volume|fast[- ]paced|busy|emergenc\w+|trauma|cross[- ]trained|float(?:ed)?"
             r"|rotat(?:ed|ing) (?:between|across|through)"
             r"|\d+\+? (?:patients|guests|customers|calls|orders|covers|tables|tickets|cases)"
             r"\s*(?:(?:per|a|an|each|every|/)\s*(?:shift|day|hour|hr|night)|daily))\b"),
    # "Strong work ethic", "Positive attitude", "Reliable and punctual", "Compassionate"
    _quality("character",
             r"(?:positive|can-do|great|good|professional|winning) attitude|attitude|work ethic|professional(?:ism)?"
             r"|demeanou?r|appearance|reliab(?:le|ility)|dependab(?:le|ility)|punctual(?:ity)?|integrity|honest(?:y)?"
             r"|trustworth\w*|compassion\w*|empath\w*|caring|kind|patience|enthusias\w*|energetic|passion(?:ate)?"
             r"|curio(?:us|sity)|humble|humility|positive|upbeat|outgoing|personable|respectful|discretion|discreet"
             r"|tact(?:ful)?|maturity|mature|willing(?:ness)? to learn|eager(?:ness)? to learn|coachable"
             r"|growth mindset|mindset|resilien\w*|creativ\w*|innovative|bias for action",
             r"\b(?:award(?:ed|s)?|employee of the (?:month|quarter|year)|recogni[sz]ed|commended|promoted"
             r"|perfect attendance|praised|nominated|honou?red|volunteer(?:ed|s|ing)?|comfort(?:ed|ing)"
             r"|advocat(?:ed|es|ing)|de-?escalat\w+|hospice|palliative)\b"),
)
# Communication asked in writing alone ("Strong written communication", "Excellent writing skills"): shown by
# writing done (documents, letters, e-mails, chats, tickets answered), not by training, teaching or calls taken.
WRITING = _quality("written communication", r"written|writing",
                   _DOCUMENTS + r"|\b(?:correspond(?:ed|s|ing|ence)?|translat(?:e|ed|es|ing))\b"
                   r"|\b(?:answer(?:ed|s|ing)?|respond(?:ed|s|ing)?|repl(?:y|ied|ies|ying)|handl(?:e|ed|es|ing)"
                   r"|resolv(?:e|ed|es|ing)|work(?:ed|s|ing)?)\b[^.;]{0,30}\b(?:e-?mails?|chats?|tickets?|messages"
                   r"|letters)\b")
# Communication asked as presenting alone ("Excellent presentation skills", "Strong presentation and public
# speaking skills"): shown by presenting, speaking, teaching or training people, pitching or demonstrating, not
# by calls taken, questions answered or documents written.
PRESENTING = _quality("presentation", r"presentations?(?: skills)?|presenting|public speaking",
                      r"\bpresent\s+(?:[\w-]+\s+){0,4}?(?:to|at|before)\s+\w|"
                      r"\b(?:present(?:ed|s|ing)|presentations?|spoke|speak(?:er|s|ing)?|taught|teach(?:es|ing)?"
                      rf"|lectur(?:e|ed|es|ing)|train(?:ed|s|ing)?{_NOT_PASSIVE}|facilitat(?:e|ed|es|ing)"
                      r"|pitch(?:ed|es|ing)|demo(?:s|ed|'d)?|demonstrat(?:ed|es|ing)|workshops?|webinars?"
                      r"|keynotes?|briefed|briefings?)\b"
                      r"|\b(?:led|lead(?:s|ing)?|ran|run(?:s|ning)?|hosted|host(?:s|ing)?|delivered|deliver(?:s|ing)?"
                      r"|conducted|conduct(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:sessions?|trainings?|orientations?"
                      r"|seminars?|classes|info[- ]sessions?|town[- ]halls?)\b")
# What asks communication spoken or face to face, beside any writing: "written and verbal", "oral and written".
_SPOKEN = re.compile(r"(?i)\b(?:verbal(?:ly)?|oral(?:ly)?|spoken|speak\w*|interpersonal|present\w*|public|listen\w*"
                     r"|(?:tele)?phone|bedside|explain\w*|audiences?|facing|in[- ]person|people skills)\b")
_BY_NAME = {q.name: q for q in QUALITIES + (WRITING, PRESENTING)}
# The taxonomy's soft skills, as the quality each one is ("public speaking": communication).
_SOFT_SKILL_QUALITY = {"Communication skills": "communication", "Teamwork": "teamwork",
                       "Time management": "organisation", "Problem solving": "problem solving",
                       "Team leadership": "leadership", "Mentoring": "leadership"}

# Words that say how much or how it is asked, not what: "Must have excellent ... skills".
_HOW = frozenset("""a an the and or nor as of in on at for to by with both well very highly extremely exceptionally
strong stronger strongest excellent exceptional outstanding superb superior good great solid sound keen high level
proven demonstrated demonstrable effective effectively efficient efficiently clear clearly ability abilities able
capacity capable capability skills skill skilled skillset must should have has having be being is are possess
possesses show shows display displays exhibit exhibits demonstrate demonstrates required requires preferred plus
also especially particularly all work works working environment setting sense someone who can will you your
we our their others other individual person candidate attitude manner approach orientation oriented qualities
quality traits mindset style team teams part member members ethic environments settings while maintaining
under one's own take takes taking thrive thrives thriving enjoy enjoys love loves""".split())
# Whom a quality is shown to: "Ability to communicate effectively with patients, families and staff".
_AUDIENCE = frozenset("""customers customer clients client patients patient families family guests guest students
parents staff colleagues coworkers co workers peers stakeholders physicians providers management managers leaders facing
levels public residents visitors vendors internal external diverse people teammates everyone""".split())
_WORD = re.compile(r"[a-z]+|\d")


@lru_cache(maxsize=65_536)
def soft_qualities(text: str, skills: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The qualities a requirement asks when it asks nothing else (``QUALITIES``' names, in the
    order they stand), else ().  ``skills``: those the parse found in it; any skill the taxonomy
    does not call soft makes it a hard ask ("Strong SQL skills")."""
    from matcher.skills.taxonomy import is_soft, posting_mentions

    if any(not is_soft(name) and name != WRITTEN_IN for name in skills):
        return ()
    found: list[tuple[int, str]] = []
    blank = list(text)
    for m in posting_mentions(text):
        if is_soft(m.name):
            found.append((m.start, _SOFT_SKILL_QUALITY.get(m.name, "character")))
            blank[m.start:m.end] = " " * (m.end - m.start)
    for quality in QUALITIES:
        for m in quality.asked.finditer(text):
            found.append((m.start(), quality.name))
            blank[m.start():m.end()] = " " * (m.end() - m.start())
    rest = set(_WORD.findall("".join(blank).lower())) - _HOW - _AUDIENCE
    if any(name == "communication" for _, name in found):
        # English, the language resumes are read in, is the language a communication quality is asked in
        # ("Excellent written English and attention to detail"); asked alone ("Fluent English") it is a
        # language, no quality
        rest -= {WRITTEN_IN.lower()}
    elif WRITTEN_IN in skills:
        return ()
    if not found or rest:
        return ()
    names = tuple(dict.fromkeys(name for _, name in sorted(found)))
    if "communication" in names and WRITING.asked.search(text) and not _SPOKEN.search(text):
        names = tuple(WRITING.name if name == "communication" else name for name in names)
    elif "communication" in names and PRESENTING.asked.search(text) \
            and not _BY_NAME["communication"].asked.search(PRESENTING.asked.sub(" ", text)):
        names = tuple(PRESENTING.name if name == "communication" else name for name in names)
    return names


# The language matcher reads resumes in: a resume shows it by what it says, as a soft skill, so it is no skill a row
# asks (``checklist.skill_groups``).
WRITTEN_IN = "English"


# Skills the taxonomy names that are a quality at work too: a line that shows the quality shows the skill
# ("Dealt blackjack ... for 300+ guests a night" is customer service whether it says so or not).
SKILL_QUALITY = {"Customer service": "service"}


def shows_quality(name: str, line: str) -> bool:
    """Whether a resume line shows the quality ``name`` at work (``Quality.shown``), not only claims it."""
    return _at_work(_BY_NAME[name].shown, line) and not claims_only(line)


# Where a part of a line opens: its start, or after a mark that ends the part before ("; ", ": ", " - ", "• ").
_PART_OPENS = re.compile(r"(?:^|[;:.•|(–—]|\s-)\W*\Z")


def _at_work(pattern: re.Pattern, line: str) -> bool:
    """Whether ``pattern`` finds work done in ``line``: a word that opens in capitals inside a part of the line
    is a name's ("Outpatient Therapist, Buckeye Community Counseling, Columbus, OH": an employer's, no
    counselling done), a verb in capitals only where it opens its part ("Presented results to the board")."""
    return any(not m.group(0)[:1].isupper() or _PART_OPENS.search(line, 0, m.start())
               for m in pattern.finditer(line))


# A line's label: "Summary: ...", "Profile - ...".
_LABEL = re.compile(r"^\s*[A-Za-z][\w ]{0,30}(?::|\s[-–—])\s+")


def qualities_shown(qualities: tuple[str, ...], sentences: list[str], skip=()) -> list[int | None]:
    """Per quality, the first resume line that shows it at work (``Quality.shown``), None where
    none does; ``skip``: lines that show no work (what the resume seeks).  A line that says only
    qualities, as a soft ask would ("Summary: Detail-oriented self-starter ...; works independently
    and as part of a team"), claims them and shows none, whatever verbs it holds."""
    out = []
    for name in qualities:
        pattern = _BY_NAME[name].shown
        out.append(next((i for i, line in enumerate(sentences)
                         if i not in skip and _at_work(pattern, line) and not claims_only(line)), None))
    return out


def claims_only(line: str) -> bool:
    """Whether a resume line only claims qualities: each part of it (between ';') a soft ask."""
    parts = [p for p in re.split(r"[;.]\s", _LABEL.sub("", line)) if p.strip()]
    return bool(parts) and all(soft_qualities(p.strip(" .")) for p in parts)
