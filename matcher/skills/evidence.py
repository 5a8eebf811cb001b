"""How much evidence a skill form needs before a match counts: the case and context rules.

Most forms match in any case (``PLAIN``); forms that are also plain English
words or letters need more evidence:

* ``case`` forms (Excel, Spark, Swift, React, Slack...) match as written, or
  all-lower/all-upper when they sit in a list next to another skill
  ("python, spark"); at a sentence start they need that list too ("Excel in
  a team" is not Excel).
* ``context`` forms (Go, R, C, Spring, Chef, Express...) match only as
  written AND in a list of skills ("C/C++", "Python, R") or beside a language
  cue ("Go code", "languages such as R", "written in C.").  R&D, C-level and
  go-to never match.

* ``broad`` forms name a whole area of the work (cloud, testing, security,
  automation, front-end): they match in any case, but only in a list of
  skills ("Docker, cloud and CI") or where the text asks for knowledge of
  them ("experience in automation", "knowledge of public cloud"); elsewhere
  they are ordinary words ("job security", "monitoring patients").

A skill followed by a role word ("Java Developer", "DevOps team") names a
job or a team, not a skill the text claims, and is skipped.

``status`` says what a match that ``skills.Taxonomy.extract`` found still
needs; ``confirmed`` keeps the matches that have it, chaining list items to
their confirmed neighbours.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["BROAD", "CASE", "CONTEXT", "PLAIN", "ROLE", "Form", "Skill", "confirmed", "status"]

PLAIN, CASE, CONTEXT, BROAD = "plain", "case", "context", "broad"
ROLE = "role"  # the status of a skill that names a job or a team


# A skill and the forms it is written in are what these rules read; the taxonomy
# (matcher.skills.taxonomy) builds them from its CSV.
@dataclass(frozen=True)
class Skill:
    """A canonical skill: its name, category and the other names it goes by."""

    name: str
    category: str
    aliases: tuple[str, ...] = ()

# What may sit between two items of a list of skills.
# A version after a skill stays in the list it is in: "CATIA V5 and Creo", "Revit 2022, Navisworks".
_LIST_GAP = re.compile(r"(?:[\s,;/|&+()\[\]·•]|\band\b|\bor\b|\b(?:[VR]\d+|\d+(?:\.\d+)*)\b)*\Z", re.IGNORECASE)
_BULLETS = set(" \t-*•·▪●◦‣–—>#")
_ABBREVIATION_END = re.compile(r"\b(?:e\.g|i\.e|etc|incl|vs|ex)\.\Z", re.IGNORECASE)
_CUE_AFTER = re.compile(
    r"[ \t]*-?[ \t]*(?:programming|language|lang|development|engineering|code|coding|"
    r"scripts?|scripting|librar(?:y|ies)|packages?|modules?|services|microservices|"
    r"backends?|apps?|applications?|framework|stack|ecosystem|EHR|EMR|charting)\b", re.IGNORECASE)
# A records system named beside its kind ("Epic EHR", "EMR systems such as Epic") is cued
# like a language beside "language".
_CUE_BEFORE = re.compile(r"\b(?:languages?|programming|coding|scripting|written in|tech stack|EHRs?|EMRs?"
                         r"|electronic (?:health|medical) records?)\b", re.IGNORECASE)
# Words that ask for knowledge of what follows them: "experience in [modern] cloud",
# "knowledge of automation", "familiarity with testing", "11 years in multi-unit retail".  A broad
# form counts when it is the head of their object (up to three words in between) or in a list of skills.
_KNOWLEDGE_BEFORE = re.compile(
    r"\b(?:experienced?|knowledge(?:able)?|understanding|familiar(?:ity)?|proficien(?:cy|t)|expertise|expert"
    r"|background|exposure|skill(?:s|ed)?|competen(?:ce|cy|t)|fluen(?:cy|t)|hands-on|versed|years?)"
    r"[ \t]+(?:in|with|of|on|using|across|around)[ \t]+(?:[\w+#./-]+[ \t]+){0,3}\Z", re.IGNORECASE)
# A broad form that heads the experience an item asks, at its start or after a word that says
# which experience: "Sales experience preferred", "Previous sales experience a plus", "Prior
# retail background"; not the experience a firm gives ("a seamless sales experience for shoppers").
_EXPERIENCE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·▪●◦‣–—>#][ \t]*)?(?:(?:previous|prior|proven|some|any|strong"
                                r"|solid|related|relevant|demonstrated|direct|recent|professional)[ \t]+)?\Z",
                                re.IGNORECASE)
# (not where what follows names its kinds: "Cloud experience in AWS or GCP" asks one of those)
_EXPERIENCE_AFTER = re.compile(r"[ \t]+(?:experience|background)\b(?![ \t]+(?:in|with|on|using|of|across|such)\b)",
                               re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|using|with)[ \t]+\Z", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"[ \t]*(?:[.,;:)!?/|]|\n|\Z|and\b|or\b)")
# "Java Developer", "DevOps engineers", "SRE team", "Python Software Engineer", "QA and
# support specialists", "our Agile 10 person team", "the devops squad": a job title or a
# group of people names the skill without claiming it; the requirements say it again.  Up
# to two words may stand between, none of them a function word ("React for our developers"
# is React used for them).
_ROLE_NOUNS = (r"developers?|engineers?|architects?|managers?|administrators?|admins?|DBAs?|leads?|heads?|"
               r"consultants?|specialists?|analysts?|designers?|programmers?|experts?|teams?|guilds?|departments?|"
               r"positions?|roles?|interns?|testers?|ninjas?|gurus?|evangelists?|associates?|representatives?|reps?|"
               r"executives?|coordinators?|directors?|VPs?|supervisors?|technicians?|clerks?|officers?|assistants?|"
               r"professionals?|squads?|communit(?:y|ies)|tribes?|chapters?|masters?")
_FUNCTION_WORDS = (r"for|to|with|in|on|at|by|of|from|as|into|our|your|their|his|her|its|the|a|an|this|that|these|"
                   r"those|is|are|was|were|be|been|will|would|can|could|should|must|may|we|you|they|it|who|which|"
                   r"when|where|while|if|than|then|so|such|like|including|plus|not|no|using|used|experience|"
                   r"knowledge|skills?|e\.g|i\.e|etc")
_SPACED_ROLE_NOUNS = (r"developers?|engineers?|architects?|managers?|administrators?|admins?|DBAs?|consultants?|"
                      r"specialists?|analysts?|designers?|programmers?|teams?|guilds?|departments?|interns?|testers?|"
                      r"squads?|communit(?:y|ies)|tribes?|chapters?")
_GAP = r"(?:[ \t]+|[ \t]*[-/&][ \t]*)"
# Words that say the one in the role holds the skill, not that the role is named by it: an
# "NCIDQ certified designer" or a "PMP-certified project manager" is asked to hold NCIDQ or PMP.
_HELD_WORDS = r"certified|licen[cs]ed|accredited|credentialed"
# "Site Reliability Engineering (SRE) team": the skill's abbreviation may stand between, and the
# abbreviation itself names the team ("SRE ) team").
_ROLE_AFTER = re.compile(
    rf"(?:[ \t]*\([ \t]*[\w+#.]+[ \t]*\)|[ \t]*\))?[ \t]*[-/]?[ \t]*(?:{_ROLE_NOUNS})\b"
    rf"|(?:{_GAP}(?!(?:{_FUNCTION_WORDS}|{_HELD_WORDS})\b)[\w+#.]+\b(?:[ \t]*\([ \t]*\w+[ \t]*\))?){{1,2}}"
    rf"{_GAP}(?:{_SPACED_ROLE_NOUNS})\b", re.IGNORECASE)
# The functions of a firm a team or its partners come from, listed after "across", "spanning" or
# "including": "teams of up to 25 across brand, R&D, supply chain and sales", "stakeholders across
# finance, sales and operations" name departments, not work done ("Trained teams in sales" stays).
_UNITS_LISTED_BEFORE = re.compile(
    r"(?i)\b(?:teams?|functions|departments|stakeholders|partners|leaders|groups|business units)\b[^.;\n]{0,40}?"
    r"\b(?:across|spanning|including)[ \t]+(?:the[ \t]+)?(?:[\w&/-]+(?:[ \t]+[\w&/-]+)?[ \t]*(?:,|\band\b|&)[ \t]*)*\Z")
# Where the work sends people, listed after "refer ... to" or "referrals to": "refer patients to behavioral
# health and social services", "referrals to housing, mental health or substance use programs" name services
# others give, not work done (a medical assistant's referrals had shown behavioral health).
_REFERRED_TO_BEFORE = re.compile(
    r"(?i)\b(?:refer(?:s|red|ring)?|referrals?)\b(?:[ \t]+[\w'’-]+){0,3}?[ \t]+to[ \t]+"
    r"(?:(?:the|an?|appropriate|outside|external|community|local)[ \t]+)?"
    r"(?:[\w&/-]+(?:[ \t]+[\w&/-]+)?[ \t]*(?:,|\band\b|\bor\b|&)[ \t]*)*\Z")
# "Microsoft 365 and Teams", "Outlook & Teams": Microsoft's product after a joiner, no team.
_TEAMS_PRODUCT = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]+(?:and|&)[ \t]+Teams")
# A capitalised name after a unit of an organisation or a person's title names that unit or that
# job, like a role word after it ("Sales Manager"): "reporting to the Head of Sales", "the
# Department of Physics, Chemistry and Pharmacy", "Centre for Biomembrane Physics" (not "head of
# sales" in prose).
_UNIT_BEFORE = re.compile(
    r"\b(?:Head|Director|Dean|VP|Vice President|Department|Dept\.?|Faculty|School|Institute|Cent(?:er|re)"
    r"|Division|Ministry|Chair|Office)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"(?:(?:[A-Z][\w-]*|and|&)[ \t]*,?[ \t]+){0,4}\Z")
# The same in lower case, a person's title with "the" or a count before it: "Supported 3 VPs of underwriting",
# "Assisted the director of underwriting", "reported to our head of accounting" name the field of those
# served; one's own standing has none before ("Promoted to director of underwriting").
_PERSON_OF_BEFORE = re.compile(
    r"(?i)\b(?:the|our|my|his|her|their|both|all|several|multiple|two|three|four|five|six|\d+)[ \t]+"
    r"(?:(?:senior|executive|regional|divisional|associate|assistant)[ \t]+)?(?:VPs?|vice[ \t]+presidents?"
    r"|directors?|heads?|deans?|chiefs?|managers?)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\Z")
# A unit or a standing of an organisation, named in capitals: "our Software Engineering Group",
# "Network Services Group", "a Gold SAP Partner", "the Cloud Division" (lowercase "security
# groups" and "consumer groups" are things of AWS and Kafka).
_ORGANISATION_AFTER = re.compile(r"(?:[ \t]*[-/]?[ \t]*[A-Z][\w&]*){0,3}[ \t]+(?:Groups?|Partners?|Division)\b")
# A firm named after a product, with the word for its trade in capitals after the name: "Pinecone
# Health", "Kafka Labs", "Spark Bank, Inc.", "Bright Spark Electric".  The trade word ends the name:
# a sentence goes on with a function word or a mark ("Pinecone Health is ..."), not with the noun of
# a phrase ("Pinecone Labs team"), and no further capitalised word follows ("Spark Capital Markets").
# "Systems" and "Technologies" are left out: title-cased text names the things themselves so ("Linux
# Systems", "Java EE Technologies").
# Up to two capitalised words may stand between ("Rust Belt Holdings"), and a legal form after a
# name ends a firm's too ("Lothian Bank plc", "Nordic Trading A/S", "Acme GmbH").  A building is
# named the same way: "Swift House", "Salesforce Tower".
_LEGAL_FORMS = (r"plc|PLC|Plc|Ltd|Limited|LLC|LLP|Inc|Corp|GmbH|AG|A/S|ApS|BV|B\.V|NV|N\.V|SA|S\.A|SpA|S\.p\.A|Srl"
                r"|SARL|Oy|Pvt[ \t.]+Ltd|Pty[ \t.]+Ltd")
_FIRM_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&'’-]*){0,2}?[ \t]+(?:Health|Healthcare|Labs?|Laboratories|Bank|Therapeutics|Capital|Ventures"
    r"|Holdings|Corporation|Company|Industries|Enterprises|Electric|Plumbing|Roofing"
    rf"|Construction|Contractors|Motors|House|Tower|Towers|Building|Plaza|Chambers|Wharf|{_LEGAL_FORMS})(?![\w&/])"
    rf"(?=[ \t]*(?:['’]s\b|[.,;:!?)|—–-]|\n|\Z|(?:{_FUNCTION_WORDS}|and|or)\b))")
# A name with a number in it is a credential or a version, never a firm's ("OSHA 30-Hour Construction").
_NUMBERED = re.compile(r"\d")
# A legal form after a firm's name is part of that name, not the skill it may spell ("Lothian Bank
# plc" is no PLC programming); in capitals after a maker's name it may be the thing ("Siemens PLC").
_LEGAL_FORM = re.compile(rf"(?:{_LEGAL_FORMS})\.?\Z")
_NAME_BEFORE = re.compile(r"[A-Z][\w&'’.-]*,?[ \t]+\Z")
# The number of a standard after a body's initials: "API 1104", "API 2610", "AWS D1.1" name the
# standard of the American Petroleum Institute or the American Welding Society, not the software skill
# the same letters spell.  A year is no standard's number ("SQL 2019", "API in 2021"), nor is one
# with letters after it ("HTTP 500s").  A credential's own number stays its own ("OSHA 500").
_STANDARD_NUMBER_AFTER = re.compile(r"[ \t]+(?:(?!(?:19|20)\d\d\b)\d{3,}|[A-Z]\d+(?:\.\d+)+)(?![\w.-]*[A-Za-z])")
# "Site Reliability Engineer (SRE)", "Software Engineer in Test (SET)": an abbreviation in brackets
# after a job title, made of the title's initials, names the job.
_BRACKET_BEFORE = re.compile(r"((?:[\w-]+[ \t]+){1,6})\([ \t]*\Z")
_BRACKET_CLOSE_AFTER = re.compile(r"[ \t]*\)")
_ROLE_NOUN_END = re.compile(rf"\b(?:{_ROLE_NOUNS})[ \t]+\Z", re.IGNORECASE)
# The team the candidate joins, named with its words: "part of an agile cross-functional development
# team", "a member of the iOS Mobile Development Agile team": the words name the team, up to five
# words before its noun, none of them a function word ("part of a team for Kafka" stays).
JOIN_BEFORE = re.compile(r"\b(?:part of|members? of|join(?:ing|s)?|in)[ \t]+(?:an?|the|our|this)[ \t]+"
                          rf"(?:(?!(?:{_FUNCTION_WORDS})\b)[\w+#./&-]+[ \t]+){{0,5}}\Z", re.IGNORECASE)
_TEAM_AFTER = re.compile(rf"(?:{_GAP}(?!(?:{_FUNCTION_WORDS})\b)[\w+#./&]+\b){{0,5}}?{_GAP}"
                         r"(?:teams?|squads?|tribes?|guilds?|departments?)\b", re.IGNORECASE)
# "As an SRE you'll ...", "As a Senior DevOps in Cloud Services, you ...": the role the candidate
# will hold, up to five words before the "you" that holds it.
_AS_A_BEFORE = re.compile(r"\b[Aa]s an?[ \t]+(?:[A-Z][\w-]*[ \t]+)?\Z")
_YOU_AFTER = re.compile(r"(?:[ \t]+[\w<>&-]+){0,5}?[ \t]*,?[ \t]*(?i:you|you'll|you’ll|your)\b")
# A skill's name before "level" grades something else ("English at negotiation level", "experience at
# management level"); a language's level ("English level C1") is the language, asked.
_LEVEL_AFTER = re.compile(r"[ \t]+levels?\b", re.IGNORECASE)
# A place's name, before a state or province code ("Aurora, CO", "Aurora, CO 80011 | Full-time") or
# after the words that place something ("located in Aurora", "offices in Aurora"): a capitalised form
# there is the town, not the product ("Aurora" is no Amazon Aurora).  A code followed by another list
# item is not a state ("RN, MA, LPN"), and acronyms are never towns.
_STATE_CODES = ("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|"
                "NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK")
# The comma may be left out where the code ends the line or stands before a ZIP code or a separator
# ("Amazon, Aurora CO", "Aurora CO 80011"); a code after a bare space elsewhere is often no state
# ("Java ME", "Python OR Go").
_STATE_AFTER = re.compile(rf",[ \t]*(?:{_STATE_CODES})\b(?![ \t]*(?:[,/&+]|and\b|or\b))"
                          rf"|[ \t]+(?:{_STATE_CODES})(?=[ \t]*(?:\n|\Z|\d{{5}}\b|[|·•]))")
_PLACE_BEFORE = re.compile(r"\b(?:located|based|headquartered|situated|offices?|campus(?:es)?|relocat\w*|resides?"
                           r"|residing)[ \t]+(?:in|to)[ \t]+\Z", re.IGNORECASE)
# A capitalised name after "of" in the capitalised name of a school, a hospital, a bank or a
# town's government is the place it is in or named after ("Community College of Aurora",
# "University of Phoenix", "City of Aurora"), not a product; in prose ("the cost of Aurora") it is.
_INSTITUTION_BEFORE = re.compile(r"\b(?:College|University|Academy|Polytechnic|Conservatory|Seminary|Hospital"
                                 r"|Bank|City|County|Town|Township|Village|Borough|State|Commonwealth|District)"
                                 r"[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
# ... or before the word of one named after its place: "Aurora Public Schools", "Aurora Police Department",
# "Aurora Medical Center".
_INSTITUTION_AFTER = re.compile(r"[ \t]+(?:(?:Public|City|Unified|Independent|Consolidated|Community|Area|Regional"
                                r"|County)[ \t]+)?(?:Schools?|School[ \t]+District|ISD|USD|Police|Fire|Sheriff|Medical"
                                r"[ \t]+Center|Hospital|University|College|Public[ \t]+Library|Department)\b")
# A language's name before a noun is a nationality or a market ("German market", "Finnish
# people", "English classes"), not the language; as a language it stands alone, in a list,
# or before a word about language ("German language", "English skills", "fluent English");
# a capitalised word after it may open the next phrase of a run-on line ("English Strong ...").
_SPOKEN = "spoken"
_CERTIFICATION = "certification"   # a credential's number is its own ("OSHA 500", "CCNA 200-301")
_NOUN_AFTER = re.compile(r"[ \t]*-?[ \t]*([a-z][\w'’-]*)")
_LANGUAGE_WORDS = re.compile(
    r"(?:and|or|&|language|languages|skills?|speaking|speakers?|spoken|written|writing|native|mother|fluen\w*"
    r"|proficien\w*|level|levels|communication|required|requirement|preferred|desirable|mandatory|essential"
    r"|necessary|plus|advantage\w*|bonus|is|are|would|will|as|at|to|in|on|with|for|from|a|an|the|knowledge"
    r"|both|only|also|[ABC][12])\Z", re.IGNORECASE)
# A language's name before a capitalised word that ends the phrase is part of a proper name ("French
# Quarter, New Orleans", "English Channel"), unless that word is about the language or its level
# ("Spanish Fluent", "French Intermediate").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z'’-]+)(?=[ \t]*(?:[,;|)]|\n|\Z))")
_LEVEL_WORDS = re.compile(r"(?:basic|intermediate|advanced|conversational|beginners?|elementary|upper|native|fluent"
                          r"|professional|business|working|limited|full|bilingual|multilingual|trilingual|certified|proficient|good|excellent"
                          r"|strong|oral|reading)\Z", re.IGNORECASE)
# The same words in the languages a resume may name its languages in (French, Spanish, Portuguese,
# German): "anglais (courant)", "inglés avanzado", "Englisch fließend", "Deutsch Muttersprache",
# "français et anglais".
_LEVEL_WORDS_OTHER = re.compile(
    r"(?:et|ou|y|o|e|und|oder|langue|lengua|l[ií]ngua|idioma|sprache|courant|natif|native|nativ[oa]|maternel(?:le)?"
    r"|matern[oa]|bilingue|biling[üu]e|avanc[ée]e?|avanzad[oa]|avan[çc]ad[oa]|interm[ée]diaire|intermedi[oa]"
    r"|intermedi[áa]ri[oa]|d[ée]butant|b[áa]sic[oa]|notions|fluide|flu[ií]do|fluente|flie(?:ß|ss)end|gut|sehr"
    r"|verhandlungssicher|muttersprache|grundkenntnisse|kenntnisse|[ée]crit|parl[ée]|escrito|hablado|falado)\Z",
    re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z'’]*)")
_LAW_AFTER = re.compile(r"[ \t]+Act\b")
# A capital letter after a word that sorts things into lettered kinds is that kind's letter, no
# skill the letter spells: "Class C driver's license", "Grade C", "Category B or C", "Hepatitis C".
_LETTERED_BEFORE = re.compile(
    r"\b(?:class(?:es)?|sub-?class(?:es)?|grades?|categor(?:y|ies)|types?|tiers?|groups?|divisions?|schedules?"
    r"|parts?|zones?|vitamins?|hepatitis)[ \t]+(?:[A-Z][ \t]*(?:,|/|&|\bor\b|\band\b)[ \t]*)*\Z",
    re.IGNORECASE)
# A nationality is no language spoken: "Nationality: Polish", "Citizenship: British / Polish" (the
# names after the label, up to the language's); the language shows in a languages line or beside
# a word about speaking it ("fluent Polish").
_NATIONALITY_BEFORE = re.compile(r"\b(?:nationality|nationalities|citizenship|citizen of)[ \t]*[:\-–—]?[ \t]*"
                                 r"(?:[A-Z][\w'’-]*(?:[ \t]+\([^()\n]*\))?[ \t]*(?:[,/&]|and)[ \t]*)*\Z",
                                 re.IGNORECASE)
# "Excel at", "Slack off": a capitalised word opening a sentence may be the verb.
_FUNCTION_WORD_AFTER = re.compile(r"[ \t]+(?:in|at|to|the|a|an|your|our|their|with|on|of|for|off|up|is|are)\b")


@dataclass(frozen=True, slots=True)
class Form:
    """How one token sequence is matched: the skill, the rule and the spellings taken as written."""

    skill: Skill
    rule: str
    spellings: tuple[tuple[str, ...], ...] = ()


def status(form: Form, text: str, tokens: list[re.Match]) -> str:
    """How much evidence a match still needs.

    'sure'; 'list' (a skill list around it); 'context' (a list or a cue);
    'inline' (a cue, or a list on the same line); 'role' (a job or team named
    after the skill: no match, nor of any shorter form at the same place,
    "Node" of "Node.js Developer"); '' (no match).
    """
    start, end = tokens[0].start(), tokens[-1].end()
    if _in_address(text, start, end) or _at_place(text, start, end):
        return ""
    role = _ROLE_AFTER.match(text, end)
    if (role and not _TEAMS_PRODUCT.fullmatch(role.group()) or _ORGANISATION_AFTER.match(text, end)
            or _names_the_job(text, start, end)
            or (text[start].isupper() and _FIRM_AFTER.match(text, end) and not _NUMBERED.search(text, start, end))
            or (text[start].isupper() and _UNIT_BEFORE.search(text, max(0, start - 80), start))
            or _PERSON_OF_BEFORE.search(text, max(0, start - 60), start)
            or _UNITS_LISTED_BEFORE.search(text, max(0, start - 120), start)
            or _REFERRED_TO_BEFORE.search(text, max(0, start - 120), start)):
        return ROLE
    surface = text[start:end]
    if (not surface.isupper() and _LEGAL_FORM.match(surface)
            and _NAME_BEFORE.search(text, max(0, start - 40), start)):
        return ""
    if (form.skill.category != _CERTIFICATION and surface.isalpha() and surface.isupper()
            and _STANDARD_NUMBER_AFTER.match(text, end)):
        return ""
    if form.skill.category != _SPOKEN and _LEVEL_AFTER.match(text, end):
        return ""
    if len(surface) == 1 and surface.isupper() and _LETTERED_BEFORE.search(text, max(0, start - 60), start):
        return ""
    # "Bilingual" is no language's name: it never stands for a nation or inside a proper name,
    # and a language after it is the one spoken ("bilingual Spanish", "Bilingual candidates").
    if form.skill.category == _SPOKEN and _NATIONALITY_BEFORE.search(text, max(0, start - 80), start):
        return ""
    if form.skill.category == _SPOKEN and not _LEVEL_WORDS.match(text, start, end):
        noun = _NOUN_AFTER.match(text, end)
        if noun and not (_LANGUAGE_WORDS.match(noun.group(1)) or _LEVEL_WORDS_OTHER.match(noun.group(1))):
            return ""
        name = _NAME_AFTER.match(text, end)
        if name and not any(words.match(name.group(1)) for words in (_LANGUAGE_WORDS, _LEVEL_WORDS,
                                                                       _LEVEL_WORDS_OTHER)):
            return ""
    # A word in -ing joined by a hyphen to the word before it is half of a compound adjective
    # ("best-selling", "fast-growing"), not the work the form names.
    if (surface.islower() and surface.endswith("ing") and start > 1 and text[start - 1] == "-"
            and text[start - 2].isalpha()):
        return ""
    if form.rule == PLAIN:
        return "sure"
    if form.rule == BROAD:
        return BROAD
    spelled = tuple(m.group() for m in tokens)
    if form.rule == CASE:
        if spelled in form.spellings:
            # A form in capitals ("RN with 5 years", "CNA in long-term care") is an
            # acronym, not a verb that opens the sentence ("Excel at").
            acronym = len(text[start:end]) > 1 and text[start:end].isupper()
            opens = _sentence_start(text, start) and _FUNCTION_WORD_AFTER.match(text, end) and not acronym
            return "list" if opens else "sure"
        # "spark" or "SPARK" may be the tool in a list; "Solid" for SOLID is a word, and so is
        # "solid" ending a compound word ("rock-solid"), and a name with a capital inside
        # written all in lower case when that is a common word ("safe rollouts" is no SAFe).
        joined = text[start:end]
        if joined.islower() and start > 1 and text[start - 1] == "-" and text[start - 2].isalpha():
            return ""
        if joined.islower() and any(_common_word(s) for s in form.spellings if _capital_inside(s)):
            return ""
        # A name in capitals before "Act" is a law's ("the SAFE Act", "the CARES Act"), not the skill
        # the letters spell otherwise.
        if _LAW_AFTER.match(text, end):
            return ""
        return "list" if joined.islower() or joined.isupper() else ""
    if spelled not in form.spellings or _glued(text, start, end):
        return ""
    after = _LOWER_WORD_AFTER.match(text, end)
    if after and after.group(1) not in ("and", "or") and not _CUE_AFTER.match(text, end):
        return "inline"  # "Python/Go for tooling" yes, "...Python\nGo to market" no
    return "context"


def _at_place(text: str, start: int, end: int) -> bool:
    """A capitalised name of a town: before a state code ("Aurora, CO"), after "located in", after
    "of" in an institution's name ("Community College of Aurora") or before one's word ("Aurora Public Schools")."""
    surface = text[start:end]
    if not surface[:1].isupper() or surface.isupper():
        return False
    before = max(0, start - 40)
    return bool(_STATE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, before, start)
                or _INSTITUTION_BEFORE.search(text, before, start) or bool(_INSTITUTION_AFTER.match(text, end))
                or _in_list_of_places(text, start, end))


# A list of capitalised names: "Denver, Aurora and Colorado Springs, CO".
_PLACE_ITEM = r"[A-Z][a-z'’.-]+(?:[ \t]+[A-Z][a-z'’.-]+){0,2}"
_PLACE_SEP = r"(?:[ \t]*[,/][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
_PLACE_ITEM_AFTER = re.compile(rf"{_PLACE_SEP}({_PLACE_ITEM})")
_PLACE_ITEM_BEFORE = re.compile(rf"(?<![\w'’.-])({_PLACE_ITEM}){_PLACE_SEP}\Z")
BIG_CITY = 100_000   # people in a city whose name, beside a form in a list, makes the list one of places


def _in_list_of_places(text: str, start: int, end: int) -> bool:
    """A name in a list of capitalised names that ends with a state code ("Denver, Aurora and
    Colorado Springs, CO"), or that is a town's name in a list beside a city's ("Denver, Aurora
    and Boulder"): the list names places (not "MySQL to Aurora, Redshift and DynamoDB")."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    right_end = min(end + 120, len(text) if line_end < 0 else line_end)
    items, pos = [], end
    while m := _PLACE_ITEM_AFTER.match(text, pos, right_end):
        items.append(m.group(1))
        pos = m.end()
    listed = bool(items) and bool(_STATE_AFTER.match(text, pos))
    left = text[max(line_start, start - 120):start]
    while m := _PLACE_ITEM_BEFORE.search(left):
        items.append(m.group(1))
        left = left[:m.start()]
    if not items:
        return False
    from matcher.eligibility.gazetteer import gazetteer, key
    gz = gazetteer()
    # The name must be a town's: a firm's trade before its city ("Excel Sports Physical
    # Therapy, Tampa, FL") is no place.
    if not any(gz.cities(key(text[start:end]))):
        return False
    return listed or any(city for item in items for city in gz.cities(key(item))[0]
               if gz.city_population[city] >= BIG_CITY)


def _capital_inside(spelled: tuple[str, ...]) -> bool:
    return any(any(ch.isupper() for ch in token[1:]) and not token.isupper() for token in spelled)


COMMON_WORD = 4.5   # Zipf frequency from which a lower-case word is everyday English ("safe" 5.1)


@functools.lru_cache(maxsize=4096)
def _common_word(spelled: tuple[str, ...]) -> bool:
    from wordfreq import zipf_frequency
    return zipf_frequency(" ".join(spelled).lower(), "en") >= COMMON_WORD


def confirmed(text: str, found: list[tuple[int, int, Skill, str]]) -> list[tuple[int, int, Skill, str]]:
    """The found matches that are sure, cued, or chained by list separators to a confirmed one.

    An acronym the text defines as something else ("Partner Success Manager ( PSM )") is that
    thing wherever the text uses it, not the skill the same letters abbreviate (PSM, a Scrum
    certificate)."""
    defined = _defined_acronyms(text)
    found = [match for match in found if not _defined_otherwise(text[match[0]:match[1]], match[2], defined)]
    ok = [status == "sure" or (status in ("context", "inline") and _cued(text, start, end))
          or (status == BROAD and (_asked_for(text, start) or _heads_experience(text, start, end)))
          for start, end, _, status in found]
    changed = True
    while changed:
        changed = False
        for k, (start, end, skill, status) in enumerate(found):
            if ok[k]:
                continue
            gaps = []
            # a list chains skills of one world: "Epic TS" is Epic's Technical Services, no TypeScript
            # a broad word right after a skill of business or a trade qualifies it: "accounts payable
            # coding" is no programming ("Selenium testing" still chains)
            if k > 0 and ok[k - 1] and _one_world(skill, found[k - 1][2]) \
                    and not (status == BROAD and not text[found[k - 1][1]:start].strip()
                             and found[k - 1][2].category in _OFFICE_AND_TRADES):
                gaps.append(text[found[k - 1][1]:start])
            if k + 1 < len(found) and ok[k + 1] and _one_world(skill, found[k + 1][2]):
                gaps.append(text[end:found[k + 1][0]])
            if any(_is_list_gap(gap) and not (status == "inline" and "\n" in gap) for gap in gaps):
                ok[k] = changed = True
    return [match for match, keep in zip(found, ok) if keep]


# The categories of the trades' and professions' skills (``data/domains.csv``): software's own
# forms ("TS", "Go") are not chained to them.
WORK_DOMAINS = frozenset({"healthcare", "finance", "logistics", "trades", "retail", "sales", "hospitality",
                           "education", "legal", "hr"})
_OFFICE_AND_TRADES = WORK_DOMAINS | {"business"}
_TECH = frozenset({"language", "framework", "library", "tool", "devops", "data", "cloud", "testing", "database",
                   "protocol", "security", "ml", "platform"})


def _one_world(skill, neighbour) -> bool:
    """Whether a list may chain ``skill`` to ``neighbour``: not software's to a profession's."""
    return not (skill.category in _TECH and neighbour.category in WORK_DOMAINS)


# An acronym defined in the text: the words, then their initials in brackets.
_DEFINITION = re.compile(r"((?:[A-Za-z][\w'’-]*[ \t]+){1,8})\([ \t]*([A-Z]{2,6})s?[ \t]*\)")
_BRACKETED_INITIALS = re.compile(r"\([ \t]*[A-Z]{2,6}s?[ \t]*\)")  # the end of a definition: a fast test
_INITIAL_SKIP = {"of", "and", "for", "the", "&", "in", "on", "to"}
_NAME_WORD = re.compile(r"[a-z]{3,}")


def _defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines, with what they stand for: "Partner Success Manager ( PSM )"."""
    defined: dict[str, str] = {}
    if not _BRACKETED_INITIALS.search(text):  # scanning for the words first costs a posting's parse 5%
        return defined
    for m in _DEFINITION.finditer(text):
        acronym = m.group(2)
        words = [w for w in m.group(1).split() if w.lower() not in _INITIAL_SKIP]
        if len(words) >= len(acronym) and "".join(w[0] for w in words[-len(acronym):]).upper() == acronym:
            defined.setdefault(acronym, " ".join(words[-len(acronym):]))
    return defined


# Words that make what an acronym stands for a credential's name ("Cisco Certified Network Associate (CCNA)").
_CREDENTIAL_NAME = re.compile(r"(?i)\b(?:certified|certification|certificate|chartered|licensed|registered)\b")


def _defined_otherwise(surface: str, skill: Skill, defined: dict[str, str]) -> bool:
    """Whether ``surface`` is an acronym the text defines by words that share none with the skill's
    names; a certification's acronym defined by a credential's name is still that certification."""
    meaning = defined.get(surface)
    if meaning is None or (skill.category == "certification" and _CREDENTIAL_NAME.search(meaning)):
        return False
    names = {w.rstrip("s") for name in (skill.name, *skill.aliases) for w in _NAME_WORD.findall(name.lower())}
    return not any(w.rstrip("s") in names for w in _NAME_WORD.findall(meaning.lower()))


def _names_the_job(text: str, start: int, end: int) -> bool:
    """An abbreviation of the job title before it ("Site Reliability Engineer (SRE)"), the role
    the candidate will hold ("As an SRE you'll ...") or the team they join ("part of an agile
    cross-functional team")."""
    # The patterns after the skill are anchored, so cheap: each is tried before its search behind.
    before = text[max(0, start - 80):start]
    if _YOU_AFTER.match(text, end) and _AS_A_BEFORE.search(before):
        return True
    if _TEAM_AFTER.match(text, end) and JOIN_BEFORE.search(before):
        return True
    if not _BRACKET_CLOSE_AFTER.match(text, end):
        return False
    title = _BRACKET_BEFORE.search(before)
    if not title or not _ROLE_NOUN_END.search(title.group(1)):
        return False
    letters = text[start:end]
    words = [w for w in re.split(r"[ \t-]+", title.group(1).strip()) if w]   # "- Certified ..." a bullet
    return letters.isalpha() and len(letters) <= len(words) and "".join(
        w[0] for w in words[-len(letters):]).casefold() == letters.casefold()


def _is_list_gap(gap: str) -> bool:
    return len(gap) <= 12 and bool(_LIST_GAP.match(gap))


def _cued(text: str, start: int, end: int) -> bool:
    """A language cue around a context form: "Go code", "languages such as R", "written in C."."""
    if _CUE_AFTER.match(text, end):
        return True
    window = re.split(r"[.!?\n]", text[max(0, start - 50):start])[-1]
    if _CUE_BEFORE.search(window):
        return True
    return bool(_PREPOSITION_BEFORE.search(window) and _CLAUSE_END_AFTER.match(text, end))


def _heads_experience(text: str, start: int, end: int) -> bool:
    """A broad form heading the experience its line opens with: "Previous sales experience a plus"."""
    return bool(_EXPERIENCE_AFTER.match(text, end) and _EXPERIENCE_BEFORE.search(text, max(0, start - 40), start))


def _asked_for(text: str, start: int) -> bool:
    """A broad form that a knowledge word asks for: "experience in [public] cloud"."""
    window = re.split(r"[.!?\n;:,()]", text[max(0, start - 80):start])[-1]
    return bool(_KNOWLEDGE_BEFORE.search(window))


# A web or e-mail address: "http://acme.com/jobs", "www.acme.com", "jobs@acme.com".
_ADDRESS = re.compile(r"(?:[a-z][\w+.-]*://|www\.|[\w.+-]+@[\w-]+\.\w)", re.IGNORECASE)


def _in_address(text: str, start: int, end: int) -> bool:
    """A form inside a web or e-mail address is part of it ("http://", "www.docker.com", "jobs@python.org"):
    the address starts after the last space or bracket before the form."""
    left = max(text.rfind(c, 0, start) for c in " \t\n([<\"'") + 1
    return bool(_ADDRESS.match(text, left))


def _glued(text: str, start: int, end: int) -> bool:
    """A letter-like form stuck to its neighbours: R&D, C-level, Go-to, U.S.-C."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    return (before in "&-'’." or after in "&-'’"
            or (after == "." and after2.isalnum()))


def _sentence_start(text: str, start: int) -> bool:
    """True when only bullets or spaces stand between ``start`` and a line or sentence start."""
    i = start - 1
    while i >= 0 and text[i] in _BULLETS:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    return text[i] in ".!?" and not _ABBREVIATION_END.search(text[max(0, i - 5):i + 1])
