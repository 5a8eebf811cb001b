"""Years of experience a posting's sentence asks: "5+ years" -> 5, "3-5 years" -> 3,
"three (3) years" -> 3, "six months" -> 0.5; read by requirements and knock-outs alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from matcher.postings.knockout_rules import ASKS_LEADING
from matcher.text import NUMBER_WORDS, ROLE_WORD, job_kind, number_words

_NUM = r"(\d{1,2}(?:\.\d)?|" + number_words(15) + ")"
# "three (3) years", "two or more years", "3-5 years"; and months: "six months" -> 0.5; the plus may
# follow the unit ("6 months+ of bartending", "2 years+ experience").
_YEARS = re.compile(rf"\b{_NUM}\s*(?:\(\s*\d{{1,2}}\s*\)\s*)?\+?\s*(?:or more\s+|or longer\s+)?"
                    rf"(?:(?:-|–|—|to)\s*{_NUM}\s*\+?\s*)?(?P<unit>years?|yrs?|months?)\b\+?"
                    r"(?!\s*(?:old|ago|of\s+age|(?:or|and)\s+(?:older|over|above|up)\b))", re.I)
_MONTHS_OF_WORK = re.compile(r"['’]?(?:\s+or\s+(?:more|longer|greater))?\s*(?:of\b|(?:\w+\s+){0,2}?experience\b"
                             r"|as\s+an?\b)", re.I)
_NOT_EXPERIENCE = re.compile(r"\b(next|past|last|first|within|every|per|in)(?:\s+(?:just|only|under))?\s*$", re.I)
# A ceiling, not experience asked: "less than 4 years of research experience" (a stipend for
# early-career researchers), "no more than 2 years", "up to 1 year".
_AT_MOST = re.compile(r"\b(?:(?:less|fewer|no\s+more)\s+than|at\s+most|up\s+to|maximum(?:\s+of)?|under)\s*$", re.I)
# Years of schooling, not of work: "one year of high school algebra", "2 years of college coursework", "60
# semester units or 2 years of college", "1 year of trade school", "4 years of college-level mathematics"; not a
# school's work ("5 years of college teaching", "2 years of education experience", "3 years of school nursing").
_SCHOOLING = re.compile(
    r"\s+(?:of\s+)?(?:(?:high\s+school|college(?:-level|\s+level)?|university(?:-level|\s+level)?|secondary"
    r"|post-?secondary|accredited|trade|vocational|technical)\s+)?(?:algebra|geometry|trigonometry|calculus"
    r"|math(?:ematics)?|chemistry|physics|biology|college|university|coursework|course\s+work|schooling"
    r"|school|study|studies|education)"
    r"(?=\s*(?:$|[.,;:()]|(?:in|or|and|with|at|from|coursework|credits?|courses?)\b))", re.I)


# Years of holding a driver's licence, a condition of the licence, not experience in any role:
# "Valid driver's license, minimum 2 years driving experience", "Driver's license held for 3+
# years", "must have been licensed for at least 2 years", "3 years of licensed driving".  Not a
# driving job's years: a kind of driving ("2 years of commercial driving", "1+ year of delivery
# driving") or beside a commercial licence ("Class A CDL with 2 years of driving experience").
_HELD_FOR = re.compile(r"(?i)\b(?:licen[cs]ed|licen[cs]e[ \t]+(?:held|for)|held[ \t]+(?:an?[ \t]+|your[ \t]+)?"
                       r"(?:[\w'’]+[ \t]+){0,2}licen[cs]e(?:[ \t]+for)?)[ \t]+(?:for[ \t]+)?(?:at[ \t]+least[ \t]+"
                       r"|a[ \t]+minimum[ \t]+of[ \t]+|minimum[ \t]+(?:of[ \t]+)?|over[ \t]+|more[ \t]+than[ \t]+)?$")
_DRIVING_YEARS = re.compile(r"(?i)['’]?[ \t]*(?:of[ \t]+)?(?:(?:safe|licensed|verifiable|insured|personal)[ \t]+)?"
                            r"(?:driving|licensed)\b"
                            r"(?![ \t]+(?:a|an|the|commercial|truck|trucks|tractor|semi|for|as)\b)"
                            r"(?:[ \t]+(?:experience|history|record))?")
_DRIVERS_LICENCE = re.compile(r"(?i)\bdriv(?:er|ing)(?:['’]?s|s['’])?[ \t]+licen[cs]e|\blicensed[ \t]+driver")
_COMMERCIAL_LICENCE = re.compile(r"(?i)\bCDL|\bcommercial\b|\bclass[ \t]+[AB]\b|\bC\+E\b|\b[HL]GV\b|\bPCV\b")


def _licence_held_years(sentence: str, start: int, end: int) -> bool:
    """Whether the figure of years at [start, end) is how long a driver's licence is held
    (``_HELD_FOR``, ``_DRIVING_YEARS``)."""
    if _HELD_FOR.search(sentence, max(0, start - 60), start):
        return True
    return bool(_DRIVING_YEARS.match(sentence, end)) and bool(_DRIVERS_LICENCE.search(sentence)) \
        and not _COMMERCIAL_LICENCE.search(sentence)


def years_mentions(sentence: str) -> list[tuple[float, int, int]]:
    """(years, start, end) of each figure of years a sentence names as experience asked, in text order:
    "5+ years" -> 5, "3-5 years" -> 3, "three years" -> 3; not "in the next 2 years", "10 years old",
    "25 years of age", "18 years or older", "less than 4 years", nor how long a driver's licence is
    held ("Valid driver's license, minimum 2 years driving experience": ``_licence_held_years``)."""
    found = []
    for m in _YEARS.finditer(sentence):
        before = sentence[max(0, m.start() - 20):m.start()]
        if _NOT_EXPERIENCE.search(before) or _AT_MOST.search(before) or _licence_held_years(sentence, m.start(),
                                                                                              m.end()):
            continue  # "in the next 2 years" is a plan, "less than 4 years" a ceiling: no experience asked
        if _SCHOOLING.match(sentence, m.end()):
            continue  # "one year of high school algebra": years of schooling, no experience asked
        word = m.group(1).lower()
        value = float(NUMBER_WORDS[word]) if word in NUMBER_WORDS else float(word)
        if m.group("unit").lower().startswith("month"):
            if not _MONTHS_OF_WORK.match(sentence, m.end()):
                continue  # "a 12 month contract" is no experience asked
            value = round(value / 12, 2)
        if 0 < value <= 40:
            found.append((value, m.start(), m.end()))
    return found


# A second figure that leaves "years" unsaid after a first: "5+ years of software engineering, 3+
# in ML engineering", "including 3 in Python".
_MORE_YEARS = re.compile(r"(?<![\w.$])(\d{1,2})\s*\+\s*(?=(?:in|of|with|as|doing|on)\b)"
                         r"|\b(?:including|incl\.|of which|at least)\s+(\d{1,2})\s+"
                         r"(?=(?:in|of|with|as|doing|on)\b)", re.I)


def years_parts(sentence: str) -> list[tuple[float, str]]:
    """Each figure of years a sentence asks with the words that say of what, up to the next
    figure or the clause's end: "5+ years of software development, with at least 3 years in
    Java" -> [(5, " of software development, with at least "), (3, " in Java")]; a figure that
    leaves "years" unsaid after a first counts too ("5+ years of software engineering, 3+ in ML
    engineering")."""
    found = _figures(sentence)
    stops = [start for _, start, _ in found[1:]] + [len(sentence)]
    return [(value, sentence[end:min(_CLAUSE.match(sentence, end).end(), stop)])
            for (value, _, end), stop in zip(found, stops)]


def _figures(sentence: str) -> list[tuple[float, int, int]]:
    """(years, start, end) of each figure ``years_parts`` reads, in text order."""
    found = years_mentions(sentence)
    if found:
        found = found + [(value, m.start(), m.end()) for m in _MORE_YEARS.finditer(sentence, found[0][2])
                         if 0 < (value := float(m.group(1) or m.group(2))) <= found[0][0]]
        found.sort(key=lambda f: f[1])
    return found


def first_part(sentence: str) -> str:
    """A sentence up to its second figure of years: what its first asks ("3+ years of warehouse
    experience, including at least " of "..., including at least 1 year in a lead role"); the
    whole sentence where it has one figure or none."""
    found = _figures(sentence)
    return sentence[:found[1][1]] if len(found) > 1 else sentence


def main_work(sentence: str) -> str:
    """A years ask up to a later figure that is a part of its first's (``_PART_OF``): what names the work
    the first figure's years are of ("4+ years of accounting experience, with at least " of "..., with at
    least 2 years in banking or financial services": the banking is where some of the accounting was done,
    a bank's teller did none of it); the whole sentence where no later figure is such a part."""
    found = years_mentions(sentence)
    part = next((start for _, start, _ in found[1:] if _PART_OF.search(sentence, 0, start)), None)
    return sentence if part is None else sentence[:part]


def parse_years(sentence: str) -> float | None:
    """Years of experience a sentence asks for: "5+ years" -> 5, "3-5 years" -> 3, "at least three years" -> 3.

    With several figures the largest counts ("5+ years, including 2+ in Rust" -> 5).
    """
    found = [value for value, _, _ in years_mentions(sentence)]
    return max(found) if found else None


# The kinds of work a years ask names, beside the job's own: the list right after its years ("2+
# years in instructional design, training development, or teaching", "3+ years as a CNA in a
# long-term care facility": the CNA), and a bracket that offers kinds ("(field experience as an
# electrician counts!)", "(retail store, warehouse or military leadership all considered)", "or related
# experience (e.g., dental assisting, surgical technology)").  A
# list's items are each a kind; the words that name no work ("relevant", "people", "role") are left
# out of them, and what qualifies the work ("in an acute care setting", "with an engineering team")
# ends it.
_CLAUSE = re.compile(r"[^.;:!?()\[\]]*")
_LEAD_IN = re.compile(r"(?:\W|\b(?:of|in|as|the|a|an)\b)*", re.I)
_EXPERIENCE_AS = re.compile(r"\W*(?P<before>(?:[\w'-]+\W+){0,4}?)(?:experience|background|exposure)\s+"
                            r"(?:in|as|with|within|of|doing|at)\b\W*(?:(?:the|a|an)\b\W*)?", re.I)
# The work a years ask names by a verb right after its "experience": "2 years of experience coordinating training
# programs", "3+ years of experience designing web and mobile interfaces", "experience selling medical devices to
# hospitals", "experience teaching high school mathematics"; the verb and what it is done to are the kind, as
# "3 years coordinating training programs" reads.  A verb of a closed few whose object names the work: not
# "working with children" nor "working in a fast-paced environment" (no work named), nor "building relationships"
# or "managing a team" (what anyone may do, or leading others: ``ASKS_LEADING``).
_WORK_VERB = r"(?:coordinat|facilitat|design|sell|teach|coach)ing"
# what it is done to follows it, not where it was done ("experience selling in a retail environment" names no work
# but the job's own, as before)
_DONE_TO = r"\s+(?!(?:in|at|with|within|for|from|to|on|under|using|as|across)\b)\w"
_EXPERIENCE_DOING = re.compile(r"\W*(?P<before>(?:[\w'-]+\W+){0,4}?)experience\s+(?=" + _WORK_VERB + _DONE_TO + ")",
                               re.I)
_VERB_FIRST = re.compile(r"\s*(" + _WORK_VERB + r")\s+\w", re.I)   # with what it is done to
_GERUND_FIRST = re.compile(r"\s*[a-z]+ing\b", re.I)
_DOING = re.compile(r"(?i)\b(?:experience|years?|yrs?)\s+(?P<verb>" + _WORK_VERB + r")" + _DONE_TO)
_LIST_END = re.compile(r"\b(?:experience|background|exposure|with|within|in|at|for|from|including|includes|such|like"
                       r"|where|which|that|who|using|to|on|under|e\.g|i\.e)\b", re.I)
_ITEM_CUT = re.compile(r",|/|\b(?:or|and/or|nor)\b", re.I)
_IN_FIELD = re.compile(r"(?:in|within)\s+(?:(?:the|a|an)\s+)?", re.I)
_OFFERS = re.compile(r"\(([^()]*\b(?:counts?|considered|accepted|qualif(?:y|ies)|welcome)\b[^()]*)\)"
                     # the kinds of related work a bracket gives as examples: "or related experience (e.g., dental
                     # assisting, surgical technology)", "relevant experience (such as retail or food service)"
                     r"|\b(?:related|relevant|similar|comparable|equivalent)\s+(?:\w+\s+)?(?:experience|work|fields?"
                     r"|roles?|positions?|background)\s*\(\s*(?:e\.\s?g\.|eg\b|such as|for example|for instance"
                     r"|including)[,:]?\s*([^()]*)\)", re.I)
# A bare word that qualifies work and names none by itself, by its form: "medical" of "medical or behavioral health
# social work" is medical social work, or a "Medical Assistant" did it by the word "Medical"; "pediatric",
# "dental", "financial", "electrical" (not a noun in "-ic": "music", "mechanic").
_BARE_QUALIFIER = re.compile(r"(?i)[a-z]{3,}(?:al|tric)")
_NOT_WORK = frozenset("""a an the is are be been being must will can should may this that these those its you
your our we they their one plus more least than over minimum min experience experiences experienced year years
yr yrs month months required preferred preferably ideally professional work works working worked related relevant
similar comparable equivalent field fields setting settings environment environments role roles position
positions job jobs industry industries count counts counted considered accepted welcome qualify qualifies all any
some other etc strong proven demonstrated progressive hands-on direct practical recent full-time paid combined
total prior previous successful leadership people team teams staff also both either have has having of in as
and classroom clinical bedside frontline front-line post-master post-masters post-graduate postgraduate
post-licensure verifiable verified documented licensed certified safe accident-free s specialized specialised
qualifying creditable applicable substantive extensive significant solid""".split())
_WORD = re.compile(r"[a-z][a-z0-9+#]*(?:-[a-z0-9+#]+)*")
# Letters that stand for the words of a field in titles and asks alike: a "QA Engineer" does quality
# assurance, an "HR Generalist" human resources.
_ACRONYMS = {"qa": "quality assurance", "qc": "quality control", "hr": "human resources",
             "it": "information technology", "bi": "business intelligence", "ux": "user experience",
             "ui": "user interface", "ml": "machine learning", "ai": "artificial intelligence",
             "rn": "registered nurse", "lpn": "licensed practical nurse", "cna": "certified nursing assistant",
             "sre": "site reliability", "ap": "accounts payable", "ar": "accounts receivable"}


# Fields a profession names two ways, read as one in titles and asks alike: "4 years of respiratory care" is a
# "Respiratory Therapist"'s work, "physiotherapy" a "Physical Therapist"'s, "speech therapy" a "Speech-Language
# Pathologist"'s.
_SAME_FIELD = {"respiratory care": "respiratory therapy", "physiotherapy": "physical therapy",
               "physiotherapist": "physical therapist", "speech therapy": "speech-language pathology",
               "speech therapist": "speech-language pathologist"}
_FIELD_NAME = re.compile(r"\b(?:" + "|".join(_SAME_FIELD) + r")(?=s?\b)")


def _work_words(text: str) -> list[str]:
    """The words of ``text`` in lower case, each set of letters a field goes by spelled out, a field named
    two ways by one of them (``_SAME_FIELD``)."""
    text = _FIELD_NAME.sub(lambda m: _SAME_FIELD[m.group()], text.lower())
    return [w for word in _WORD.findall(text) for w in _ACRONYMS.get(word, word).split()]
_SUFFIX = re.compile(r"(?:ations?|ments?|ings?|ians?|ists?|(?<=y)(?:sts?|sis)|ants?|ions?|ics|ical|al|ers?|ors?|ies"
                     r"|(?<!ss)es|e|(?<![siu])s|y)$")


def work_stem(word: str) -> str:
    """A word without its endings of trade or field: "teaching" and "teacher" -> "teach",
    "nursing" and "nurse" -> "nurs", "instructional" -> "instruct", "analyst" and "analysis" -> "analy"
    (as "analytics" -> "analyt"); never shorter than four letters."""
    while len(stem := _SUFFIX.sub("", word)) >= 4 and stem != word:
        word = stem
    return word


def work_stems(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` (``work_stem``), the letters a field goes by spelled out:
    "HR coordinator" -> {"human", "resourc", "coordin"}."""
    return frozenset(work_stem(w) for w in _work_words(text))


def same_work(a: str, b: str) -> bool:
    """Two stems of one kind of work: equal, or the shorter begins the longer by at most two
    letters more ("electr" of "electrical", "electric" of "electrician"), never "sale" and
    "salesforc"."""
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


# What a years ask says does not count toward it: "(operator-only experience will not be
# considered)", "internships do not count", "student roles are not counted", "excluding
# internships", "not including volunteer work", "(not operator-only)", "no helper-only experience".
_EXCLUDED = re.compile(
    r"(?i)\b(?:not|no)[ \t]+(?P<only>[\w]+)[- ]only\b"
    r"|\b(?:excluding|not[ \t]+including|exclusive[ \t]+of)[ \t]+"
    r"(?P<after>[\w-]+(?:[ \t]+(?:and|or|&)[ \t]+[\w-]+)?)"
    r"|\b(?P<before>[\w-]+?)(?:[- ]only)?(?:[ \t]+(?:experience|roles?|positions?|work|jobs?|years?))?[ \t]+"
    r"(?:(?:will|does|do|shall|would|can|is|are)[ \t]*(?:not|n't)|won't|cannot)[ \t]+(?:be[ \t]+)?"
    r"(?:count(?:ed)?|considered|accepted|qualify|credited)\b")
# Roles that are a stage before the work, never the work, whatever their title names besides.
_TRAINEE = frozenset({"intern", "co-op", "coop", "student", "volunteer", "apprentic", "trainee", "extern"})


@lru_cache(maxsize=8192)
def excluded_work(sentence: str) -> tuple[str, ...]:
    """The stems of the kinds of role a years ask says do not count toward it
    (``_EXCLUDED``): "operator-only experience will not be considered" -> ("operat",),
    "excluding internships and co-ops" -> ("intern", "co-op"); none where it says none."""
    stems = []
    for m in _EXCLUDED.finditer(sentence):
        for word in re.split(r"[ \t]+(?:and|or|&)[ \t]+", m["only"] or m["after"] or m["before"]):
            word = re.sub(r"(?i)ships?$", "", word.lower())
            if word not in _NOT_WORK and word not in ("experience", "work", "it", "this", "that", "which"):
                stems.append(work_stem(word))
    return tuple(dict.fromkeys(stems))


def _names_kind(stem: str, word: str) -> bool:
    """Whether a title's word names the kind of role ``stem`` is; a trainee's by its own word
    ("Intern", "Internship"; "Internal Auditor" is none)."""
    bare = re.sub(r"(?:ships?|s)$", "", word)
    return same_work(stem, work_stem(word)) and (stem not in _TRAINEE or bare.startswith(stem)
                                                 and len(bare) - len(stem) <= 1)


def excluded_role(title: str, sentence: str) -> bool:
    """Whether a role's years may not count toward a years ask that excludes its kind
    (``excluded_work``): its title names the kind excluded ("CNC Operator" for "3+ years of
    CNC setup experience (operator-only experience will not be considered)", "Actuarial
    Intern" where "internships do not count"), and, unless that kind is a trainee's, not
    the work asked whole ("CNC Setup Operator" did setup work)."""
    excluded = excluded_work(sentence)
    if not excluded:
        return False
    named = [stem for stem in excluded if any(_names_kind(stem, w) for w in _work_words(title))]
    return bool(named) and (any(stem in _TRAINEE for stem in named) or not does_work(title, kinds_of_work(sentence)))


# The stems of leading others, which say in what only with the words before them.
_LEADING = frozenset({"lead", "leadership", "supervis", "manag", "manageri"})


def leads_alone(kind: tuple[str, ...]) -> bool:
    """Whether a kind of work of ``kinds_of_work`` is leading others, in no field it names: ("supervis",) and
    ("lead",) of "2+ years of supervisory or lead experience in a warehouse"; not ("warehous", "supervis")."""
    return bool(kind) and all(w in _LEADING for w in kind)


# A later figure of years that is a part of the first's ("4+ years of accounting experience, with at least
# 2 years in banking", "including 1 year in a lead role", "of which 2 in Java"): what it names narrows the
# first figure's work, it is no kind of work of its own.
_PART_OF = re.compile(r"(?i)\b(?:with|including|incl\.?|of[ \t]+which|within[ \t]+which)\b[^,;.]{0,25}$")


@lru_cache(maxsize=65_536)
def kinds_of_work(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The kinds of work a years ask names, each the stems of its words: "2+ years of experience
    in instructional design, training development, or teaching" -> ("instruct", "design"),
    ("train", "develop"), ("teach",); none where it names none ("3+ years of relevant experience").
    What it says does not count is no kind it asks ("operator-only experience will not be considered"),
    nor what a later figure that is a part of the first's names (``_PART_OF``) or a later figure's leading
    of others (``ASKS_LEADING``): ``part_years`` reads those of the roles doing the first figure's work.
    "3+ years of claims experience, including 1 year in a lead or supervisory role" -> ("claim",), or a
    "Teller Lead" did claims work by the word "Lead"; "4+ years of accounting experience, with at least 2
    years in banking" -> ("account",), or a bank's teller did the accounting."""
    sentence = _EXCLUDED.sub(lambda m: " " * len(m.group()), sentence)
    mentions = years_mentions(sentence)
    stops = [start for _, start, _ in mentions[1:]] + [len(sentence)]
    spans = [(start, end, min(_CLAUSE.match(sentence, end).end(), stop))
             for (_, start, end), stop in zip(mentions, stops)]
    lists = [_listed(sentence, end, stop) for k, (start, end, stop) in enumerate(spans)
             if not k or not (ASKS_LEADING.search(sentence, end, stop) or _PART_OF.search(sentence, 0, start))]
    lists += [_listed(offered, 0, len(offered)) for m in _OFFERS.finditer(sentence) if (offered := m[1] or m[2])]
    kinds = []
    for listed in lists:
        items = _ITEM_CUT.split(listed.lower())
        # a verb of work opening the list with what it is done to is done to each of its items that is no work
        # of its own: "teaching nursing staff or students" is teaching students, no student's work; "designing
        # web or mobile interfaces"; not "teaching, coaching or tutoring"
        verb = _VERB_FIRST.match(items[0])
        field: tuple[str, ...] = ()
        last = tuple(work_stem(w) for w in _work_words(items[-1]) if w not in _NOT_WORK)
        for k, item in enumerate(items):
            if k and verb and not _GERUND_FIRST.match(item):
                item = f"{verb[1]} {item}"
            words = tuple(work_stem(w) for w in _work_words(item) if w not in _NOT_WORK)
            # a bare word before a last item of several words shares its head where the two name a kind of
            # ``KINDS_BY_TITLE``: "manufacturing or process engineering" asks manufacturing engineering, no
            # factory floor's work; "public or corporate accounting" public accounting; so does a bare word that
            # qualifies work and names none (``_BARE_QUALIFIER``: "medical or behavioral health social work")
            if len(words) == 1 and k < len(items) - 1 and len(last) > 1 and (
                    _BARE_QUALIFIER.fullmatch(item.strip())
                    or any(words + last[-1:] in known for known, _, _ in KINDS_BY_TITLE)):
                words += last[-1:]
            # leading alone after leading in a field leads in that field: "production supervisory or lead
            # experience" -> ("product", "supervis"), ("product", "lead"), or any "Shift Lead" of a warehouse
            # did it by the word "Lead"
            if field and words and all(w in _LEADING for w in words):
                words = field + words
            elif len(words) > 1 and words[-1] in _LEADING:
                field = words[:-1]
            if words and words not in kinds:
                kinds.append(words)
    return tuple(kinds)


@lru_cache(maxsize=65_536)
def work_done_to(sentence: str) -> tuple[str, ...]:
    """Where a years ask's first figure names its work by a verb (``_DOING``), the stems of what the verb
    is done to: "2 years of experience coordinating training programs" -> ("train", "program"), "3+ years of
    experience designing web and mobile interfaces" -> ("web", "mobil", "interfac"); none where it names its
    work otherwise ("3+ years of experience in instructional design", "3+ years of experience working with
    children").  Where the posting's title names it too, a role's title like the posting's does that work only
    where it or its lines name it (``ResumeFeatures.roles_like``): a "Marketing Coordinator" coordinates
    campaigns, no training programs."""
    part = first_part(sentence)
    verbs = {work_stem(m["verb"].lower()) for m in _DOING.finditer(part)}
    if not verbs:
        return ()
    done_to = [stem for kind in kinds_of_work(part) if len(kind) > 1 and kind[0] in verbs for stem in kind[1:]
               if stem not in _ANY_WORKS]
    return tuple(dict.fromkeys(done_to))


def people_served(done_to: tuple[str, ...]) -> tuple[str, ...]:
    """``done_to`` (``work_done_to``) where it names the people the work serves (``_SERVED``): "coaching
    collegiate or professional athletes" -> ("collegiat", "athlet"); none where it names a thing ("selling
    software", "coordinating training programs").  A title like the posting's does not say whom its work
    served, whether or not the posting's title names them (``ResumeFeatures.roles_like``): a "Personal
    Trainer" of adult clients coached no athletes, however like an "Assistant Strength and Conditioning
    Coach" the model reads it."""
    return done_to if any(stem in _SERVED for stem in done_to) else ()


# What any trade's work may be done to, which names none of them: "5+ years of experience designing digital
# products" at a "Senior Product Designer" posting is a UX designer's work too, whose title and lines need not
# say "product" ("Designed mobile app flows").
_ANY_WORKS = frozenset(work_stem(w) for w in """product products solution solutions system systems service services
platform platforms tool tools feature features application applications app apps experience experiences""".split())
# The people a kind of work serves, who set it apart from the same work for others: athletes, students,
# patients, children; not the clients or customers any trade has.
_SERVED = frozenset(work_stem(w) for w in """athletes students learners pupils patients residents children kids youth
teens adolescents infants toddlers seniors elderly adults veterans""".split())


def _listed(text: str, start: int, end: int) -> str:
    """The list of kinds in ``text[start:end]``, after years: past "of", "as a" or, where no kind
    comes before it, "experience in" or "experience" before a verb of work ("of relevant experience in",
    "field experience as an", "of experience coordinating"); up to what qualifies the work ("people
    management experience with an engineering team")."""
    head = _EXPERIENCE_AS.match(text, start, end) or _EXPERIENCE_DOING.match(text, start, end)
    if head and all(w in _NOT_WORK for w in _WORD.findall(head.group("before").lower())):
        start = head.end()
    else:
        start = _LEAD_IN.match(text, start, end).end()
    listed = _LIST_END.split(text[start:end], 1)[0]
    # leading alone, in known kinds of work after it: "as a lead in shipping, receiving or warehouse" is work in
    # those (its leading is the ask's ``ASKS_LEADING``), or a "Lead Cashier" did it by the word "Lead"; not "as a
    # lead in a fast-paced environment"
    words = [work_stem(w) for w in _work_words(listed.lower()) if w not in _NOT_WORK]
    if words and all(w in _LEADING for w in words) and (field := _IN_FIELD.match(text, start + len(listed), end)):
        fields = _LIST_END.split(text[field.end():end], 1)[0]
        kinds = tuple(tuple(work_stem(w) for w in _work_words(item) if w not in _NOT_WORK)
                      for item in _ITEM_CUT.split(fields.lower()))
        if any(_knows(known, kinds) for known, _, _ in KINDS_BY_TITLE):
            return fields
    return listed


# A truck driver's title, whose work is tractor-trailer driving whatever its word for it: "OTR
# Driver", "Regional Driver", "Linehaul Driver", "Company Driver", "Tanker Driver", "CDL-A Driver",
# "Tractor-Trailer Driver", "Truck Driver", "Owner-Operator"; not a delivery, bus or forklift driver's.
_TRUCKING_TITLE = re.compile(
    r"(?i)\b(?:otr|over[- ]the[- ]road|regional|line[- ]?haul|long[- ]haul|tractor[- ]trailer|semi(?:[- ]truck)?"
    r"|cdl(?:[- ]?a)?|class[- ]a|company|tank(?:er)?|flatbed|reefer|dry[- ]van|team|dedicated|intermodal"
    r"|hazmat|freight|truck)[ \t]+(?:truck[ \t]+)?driver\b|\bowner[- ]operator\b|\btrucker\b")
# A powered lift truck's operator: "Forklift Operator", "Reach Truck Driver", "PIT Operator"; the
# truck, not the picking ("Order Picker" walks a pick path).
_FORKLIFT = r"(?:fork[- ]?lift|reach[ \t]+truck|lift[ \t]+truck|order[ \t]+picker[ \t]+truck|pit|hi-?lo)"
_FORKLIFT_OPERATOR = rf"\b{_FORKLIFT}[ \t]+(?:operator|driver)s?\b"
_FORKLIFT_TITLE = re.compile("(?i)" + _FORKLIFT_OPERATOR)
# A warehouse or distribution worker's title: "Warehouse Associate", "Order Picker", "Order
# Selector", "Material Handler", "Package Handler", "Shipping/Receiving Clerk", "Inventory
# Associate", "Loader/Unloader", "Fulfillment Associate", "Dock Worker", a forklift's operator.
_WAREHOUSE_TITLE = re.compile(
    r"(?i)\bwarehous(?:e|ing)\b|\b(?:distribution|fulfil+ment)[ \t]+(?:cent(?:er|re)[ \t]+)?(?:associate|worker"
    r"|clerk|handler|specialist|team[ \t]+member|lead|supervisor|manager|operator)\b"
    r"|\b(?:inventory|shipping|receiving|stock(?:room)?|dock|freight)(?:[ \t]*(?:/|&|and)[ \t]*(?:shipping|receiving))?"
    r"[ \t]+(?:associate|worker|clerk|handler|specialist|coordinator|lead|hand|control\w*|counter)\b"
    r"|\b(?:materials?|package|parcel|freight|cargo)[ \t]+handler\b|\b(?:order|case|warehouse)[ \t]+"
    r"(?:picker|selector|filler|puller|packer)\b|\b(?:picker|packer|selector|(?:un)?loader)s?\b"
    r"|" + _FORKLIFT_OPERATOR)
# A firm or site named on a role's line as a warehouse: "Kroger Distribution Center", "Amazon
# Fulfillment Center", "Delta Lumber warehouse"; not a data warehouse, nor a store ("warehouse club").
_WAREHOUSE_SITE = re.compile(
    r"(?i)\b(?:warehouse|distribution|fulfil+ment|cross[- ]dock|sortation)[ \t]+(?:cent(?:er|re)|facility|hub)\b"
    r"|(?<!data )(?<!data-)(?<!cloud )\bwarehouse\b(?![ \t]+(?:club|store|outlet|market))")
# A construction trade's title, whose work is construction whatever its word for it: "Roofer", "Carpenter",
# "Framing Carpenter", "Brick Mason", "Drywall Installer", "Ironworker", "Glazier", "Concrete Finisher",
# "Solar Installer", "Construction Laborer"; not a picture framer, nor a trade that is often a building's
# service (an electrician, a plumber, an HVAC technician); and the site a title of no kind names: "Laborer,
# Turner Construction", "Helper, Apex Roofing".
_CONSTRUCTION_TITLE = re.compile(
    r"(?i)\b(?:roofers?|carpenters?|(?:house|framing)[ \t]+framers?|(?:brick|stone|block|cement)[ \t]*masons?"
    r"|bricklayers?|drywall(?:ers?|[ \t]+(?:installer|finisher|hanger|taper|mechanic)s?)|iron[ \t]*workers?|glaziers?"
    r"|scaffolders?|pipelayers?|concrete[ \t]+(?:finisher|worker|laborer|labourer|form[ \t]*setter)s?"
    r"|(?:solar(?:[ \t]+PV)?|PV|roofing|siding|window|insulation)[ \t]+installers?"
    r"|construction[ \t]+(?:laborer|labourer|worker|helper|foreman|superintendent|supervisor|manager|apprentice"
    r"|crew)\w*)\b")
_CONSTRUCTION_SITE = re.compile(r"(?i)\b(?:construction|builders|roofing|contracting)\b")
# A factory floor's title, whose work is manufacturing whatever its word for it: "CNC Machinist", "Machine
# Operator", "Assembler", "Production Associate", "Quality Inspector", "Tool and Die Maker", "Millwright",
# "Injection Molding Technician"; not a maintenance title (a building's too) nor a welder (a construction site's
# too); and the site a title of no kind names: "Team Member, Gentex Manufacturing", "Operator, Kellogg's plant".
_FACTORY_TITLE = re.compile(
    r"(?i)\b(?:machinists?|assemblers?|fabricators?|millwrights?|tool[ \t]+(?:and|&)[ \t]+die[ \t]+\w+"
    r"|(?:machine|CNC|press|production|assembly|packaging|extrusion|(?:injection[ \t]+)?molding|line)[ \t]+"
    r"(?:operators?|setters?|set[- ]?up\w*|technicians?|leads?|workers?|associates?)"
    r"|(?:production|manufacturing)[ \t]+(?:supervisor|manager|lead|associate|worker|team[ \t]+member|technician"
    r"|operator)s?|quality[ \t]+(?:control[ \t]+)?inspectors?)\b")
_FACTORY_SITE = re.compile(r"(?i)\b(?:manufacturing|plant|factory|foundry|machine[ \t]+shop|stamping|molding"
                           r"|fabrication)\b")
# Customer-facing work by its title: "Customer Service Representative", "Guest Services Agent",
# "Call Center Agent", "Cashier", "Retail Sales Associate", "Bank Teller", "Server", "Barista",
# "Host", "Front Desk Agent", "Front Office Supervisor" (a hotel's front desk), "Receptionist", "Concession
# Stand Volunteer" (a volunteer's title that does the work); not a "Server Administrator" nor a "Sales
# Representative".
_CUSTOMER_TITLE = re.compile(
    r"(?i)\b(?:customer|client|guest|member|patient|passenger)[ \t]+(?:services?|support|care|relations)\b"
    r"|\b(?:call|contact)[ \t]+cent(?:er|re)\b|\b(?:cashier|teller|barista|bartender|waiter|waitress|hostess"
    r"|busser|concierge|receptionist|concessions?)s?\b|\bfront[ \t]+desk\b|(?<!podcast )(?<!radio )\bhost\b"
    r"|\bfront[ \t]+office[ \t]+(?:agent|associate|supervisor|manager|lead)s?\b|\bguest[ \t]+experience\b"
    r"|\b(?:food|banquet|restaurant|cocktail)?[ \t]*server\b(?![ \t]*(?:/[ \t]*)?(?:admin\w*|engineer|tech\w*"
    r"|support|architect|analyst|specialist|infrastructure))"
    r"|\b(?:sales|retail|store|shop|floor|counter|front[ \t]+end)[ \t]+(?:associate|clerk|assistant|team[ \t]+member"
    r"|attendant)\b|\b(?:retail|store|counter)[ \t]+(?:sales|representative|advisor|consultant|specialist)\b")
# Office and administrative work by its title: "Receptionist", "Front Desk Coordinator", "Office
# Assistant", "Administrative Clerk", "Executive Assistant", "Secretary", "Data Entry Clerk",
# "Bookkeeper", "Records Clerk"; not a clinic's "Medical Assistant" nor a "Systems Administrator".
_OFFICE_TITLE = re.compile(
    r"(?i)\b(?:office|administrative|admin|clerical|front[ \t]+office)[ \t]+(?:\w+[ \t]+)?(?:assistant|associate"
    r"|clerk|coordinator|manager|administrator|specialist|support|aide|secretary|officer|professional)\b"
    r"|\b(?:receptionist|secretary|bookkeeper|typist)s?\b|\bfront[ \t]+desk\b"
    r"|\b(?:executive|personal|legal|program|department)[ \t]+assistant\b"
    r"|\b(?:data[ \t]+entry|records|file|filing|general[ \t]+office|billing|payroll|accounting|unit|ward|court"
    r"|accounts[ \t]+(?:payable|receivable))[ \t]+(?:clerk|specialist|operator|keeper)\b")

# A seller's title, whose work is sales whatever its word for it: "Territory Manager", "Account
# Executive", "Key Account Manager", "Business Development Representative", "Sales Representative";
# where the ask is of selling ("B2B sales", "outside sales", "selling"), not of a kind of it a title
# may not be ("retail sales", "medical device sales").  Not "Accounts Payable Clerk".
_SELLING_TITLE = re.compile(
    r"(?i)\bterritory[ \t]+(?:manager|representative|rep|sales|account)|\b(?:key[ \t]+)?account[ \t]+(?:executive"
    r"|manager|director|representative|rep)\b|\bbusiness[ \t]+development\b|\bsales[ \t]+(?:representative|rep"
    r"|executive|engineer|specialist|manager|director)\b|\b(?:district|regional|area)[ \t]+sales\b")
_SELLING_WORK = frozenset(tuple(work_stem(w) for w in _work_words(kind) if w not in _NOT_WORK) for kind in (
    "sales", "selling", "b2b sales", "b2b selling", "business-to-business sales", "business to business sales",
    "outside sales", "field sales", "territory sales", "direct sales", "account management", "business development"))


# A hotel's or a venue's seller by the title: "Catering Sales Manager", "Group Sales Coordinator", "Sales and
# Catering Manager", "Hotel Sales Executive"; not the "Catering Server" who serves what was sold.
_HOSPITALITY_SALES_TITLE = re.compile(
    r"(?i)\b(?:catering|banquets?|events?|group|groups|hotel|hospitality|venue|wedding|conference|meetings?)[ \t]+"
    r"(?:and[ \t]+events?[ \t]+|&[ \t]+events?[ \t]+)?sales\b|\bsales[ \t]+(?:and|&)[ \t]+(?:catering|events?)\b")


# An accountant's title, whose work is accounting whatever its word for it: "Staff Accountant", "Bookkeeper",
# "Audit Associate", "Controller", "Accounts Payable Specialist", "Tax Preparer"; not a hotel's "Night Auditor",
# a quality or safety auditor, nor an "Air Traffic Controller".
_ACCOUNTING_TITLE = re.compile(
    r"(?i)\b(?:accountants?|bookkeepers?|comptrollers?|cpa)\b"
    r"|(?<!night )(?<!quality )(?<!safety )(?<!energy )(?<!clinical )(?<!iso )\bauditors?\b"
    r"|(?<!traffic )(?<!quality )(?<!inventory )(?<!production )(?<!credit )(?<!document )\bcontrollers?\b"
    r"|\baccounting[ \t]+(?:clerk|specialist|manager|associate|analyst|assistant|supervisor|coordinator|director"
    r"|lead)s?\b"
    r"|\b(?:accounts[ \t]+(?:payable|receivable)|ap|ar|general[ \t]+ledger|gl)[ \t]+(?:clerk|specialist|accountant"
    r"|associate|analyst|coordinator|supervisor|manager|lead)s?\b"
    r"|\b(?:audit|assurance|tax)[ \t]+(?:associate|senior|staff|manager|supervisor|director|partner|specialist)s?\b"
    r"|\btax[ \t]+(?:preparer|advisor|adviser)s?\b")
# A financial analyst's title, whose work is financial analysis (FP&A, corporate finance, investment banking,
# equity research): "Financial Analyst", "FP&A Manager", "Investment Banking Analyst", "Equity Research
# Associate"; not a "Credit Analyst" (a lender's) nor a "Financial Reporting Analyst" (an accountant's).
_FINANCE_TITLE = re.compile(
    r"(?i)\b(?:financial|finance|fp&a|fp[ \t]*&[ \t]*a|budget|investment|valuation|corporate[ \t]+finance)[ \t]+"
    r"(?:analyst|associate|manager|director|specialist)s?\b"
    r"|\binvestment[ \t]+bank(?:er|ing)\b|\bequity[ \t]+research\b")
# An investment banker's or an investment analyst's title, whose work is the markets' side: "Investment Banking
# Analyst", "Equity Research Associate", "Investment Analyst"; not a company's "Financial Analyst" (FP&A).
_MARKETS_TITLE = re.compile(
    r"(?i)\binvestment[ \t]+bank(?:er|ing)\b|\bequity[ \t]+research\b|\b(?:investment|equity|buy[- ]side"
    r"|sell[- ]side|private[ \t]+equity|hedge[ \t]+fund)[ \t]+(?:analyst|associate)s?\b"
    r"|\bm&a[ \t]+(?:analyst|associate)s?\b")

# An engineer's discipline by the title's words: "Civil Engineer II", "Transportation Engineer", "Senior Mechanical
# Engineer", "Mechanical Design Engineer", "Electrical Engineer", "Chemical Process Engineer", "Manufacturing
# Engineer", "Industrial Engineer"; each does its own discipline's work, none another's ("Senior Mechanical
# Engineer" years are no "civil engineering design" years, however like "Civil Engineer II" the model reads them).
# A structural engineer's work is civil engineering too, a civil engineer's no structural design unless the
# title says it ("Civil/Structural Engineer"); a quality engineer's is a factory's or a supplier's quality, not
# software testing ("Software Quality Engineer" is of no kind here).
_CIVIL_TITLE = re.compile(r"(?i)\b(?:civil|structural|transportation|geotechnical|water[ \t]+resources|highway"
                          r"|roadway|municipal|site[ \t]+development)[ \t]+(?:design[ \t]+)?(?:engineer|designer)s?\b")
_STRUCTURAL_TITLE = re.compile(r"(?i)\bstructural[ \t]+(?:design[ \t]+)?(?:engineer|designer)s?\b")
_QUALITY_TITLE = re.compile(r"(?i)(?<!software )(?<!test )\b(?:(?:supplier|manufacturing|product|process)[ \t]+)?"
                            r"quality[ \t]+engineers?\b")
_MECHANICAL_TITLE = re.compile(r"(?i)\bmechanical[ \t]+(?:design[ \t]+)?(?:engineer|designer)s?\b")
_ELECTRICAL_TITLE = re.compile(r"(?i)\belectrical[ \t]+(?:design[ \t]+)?(?:engineer|designer)s?\b")
_CHEMICAL_TITLE = re.compile(r"(?i)\bchemical[ \t]+(?:process[ \t]+)?engineers?\b")
_MANUFACTURING_TITLE = re.compile(r"(?i)\b(?:manufacturing|process|production)[ \t]+engineers?\b")
_INDUSTRIAL_TITLE = re.compile(r"(?i)\bindustrial[ \t]+engineers?\b")
# Software's specialties, by the titles that name them: the model reads any "... Engineer" like any other ("Senior iOS
# Engineer" 0.53, "Security Operations Analyst" 0.52 like "data engineer"), as it reads "Civil Engineer" like
# "Mechanical Engineer".  A title naming none ("Software Engineer", "Machine Learning Engineer", "Mobile Developer")
# is of no kind here, nor is penetration testing one: a security analyst's lines may show it.
_DATA_ENGINEERING_TITLE = re.compile(r"(?i)\b(?:data|etl|big[ \t]+data|analytics|bi|business[ \t]+intelligence"
                                     r"|data[ \t]+warehouse)[ \t]+(?:engineer|developer|architect)s?\b")
_IOS_TITLE = re.compile(r"(?i)\bios\b")
_ANDROID_TITLE = re.compile(r"(?i)\bandroid\b")
_EMBEDDED_TITLE = re.compile(r"(?i)\b(?:embedded|firmware)\b")
# Sworn police work by its titles: "Police Officer", "Deputy Sheriff", "State Trooper", "Detective"; a guard's
# (private security) by its own: "Security Officer", "Security Guard", "Loss Prevention Agent", "Store Detective".
# Neither is the other's work, however alike "Security Officer" and "Police Officer" read.
_POLICE_TITLE = re.compile(
    r"(?i)\bpolice\b(?![ \t]+(?:records|dispatch\w*|clerks?|aides?|cadets?))|\bdeputy[ \t]+sheriff"
    r"|\bsheriff(?:['’]s)?[ \t]+deput|\btroopers?\b|\bpeace[ \t]+officers?\b|\blaw[ \t]+enforcement[ \t]+officers?\b"
    r"|(?<!store )\bdetectives?\b|\bspecial[ \t]+agents?\b")
_GUARD_TITLE = re.compile(
    r"(?i)(?<!information )(?<!cyber )(?<!it )(?<!data )(?<!chief )\bsecurity[ \t]+(?:officer|guard|supervisor"
    r"|patrol)s?\b|(?<!coast )(?<!national )\bguards?\b(?![ \t]*card)"
    r"|\b(?:loss[ \t]+prevention|asset[ \t]+protection)[ \t]+(?:officer|agent|associate|specialist|detective|manager"
    r"|lead|supervisor)s?\b|\bstore[ \t]+detectives?\b|\bdoor[ \t]+supervisors?\b")
# Landscaping and grounds work by its titles ("Landscape Technician", "Groundskeeper", "Lawn Care Specialist"), not
# a landscape architect's or designer's; and by the site a title of no kind names ("Crew Leader - BrightView
# Landscape Services", "Laborer, Green Acres Lawn Care").
_LANDSCAPE_TITLE = re.compile(r"(?i)\blandscap\w*\b(?![ \t]+(?:architect|design))|\bgroundskeep\w*"
                              r"|\bgrounds[ \t]*(?:keeper|maintenance|worker|crew|technician|supervisor|foreman)s?\b"
                              r"|\blawn[ \t]+(?:care|technician|tech|specialist|maintenance)\b")
_LANDSCAPE_SITE = re.compile(r"(?i)\blandscap\w*\b(?![ \t]+(?:architect|design))|\blawn[ \t]+(?:care|service)s?\b"
                             r"|\bgrounds[ \t]+(?:maintenance|management)\b")
# Care work whose titles say which: an animal's (a veterinary technician's, assistant's or veterinarian's), a surgical
# technologist's scrubbing in, a pharmacy technician's and a pharmacist's.  The model reads "Lead Veterinary
# Technician" 0.54 like "Certified Surgical Technologist" and "Staff Pharmacist" 0.75 like "Pharmacy Technician II";
# none of them is the other's work.
_VETERINARY_TITLE = re.compile(r"(?i)\bvet(?:erinary)?[ \t]+(?:tech(?:nician|nologist)?|assistant|nurse|receptionist"
                               r"|surgeon|practice[ \t]+manager)s?\b|\bveterinarians?\b|(?-i:\bDVM\b)")
_SURGICAL_TECH_TITLE = re.compile(r"(?i)\b(?:surgical|scrub)[ \t]+tech(?:nologist|nician)?s?\b"
                                  r"|(?-i:\bOR[ \t]+Tech(?:nician)?s?\b)|\bsurgical[ \t]+first[ \t]+assistants?\b")
_PHARMACY_TECH_TITLE = re.compile(r"(?i)\bpharmacy[ \t]+(?:tech(?:nician)?|assistant|clerk|aide)s?\b|(?-i:\bCPhT\b)")
# Hands-on care of patients by its titles: a nurse of any grade, a nursing assistant, a patient care technician, a
# medical assistant, a caregiver or aide, an EMT ("CNA", "Registered Nurse - Medical ICU", "Home Health Aide"); not
# one whose work about nurses is no care ("Nurse Recruiter", "Nurse Informaticist").  Jobs of a family, each other's
# job none, and each doing other care work too (an OR nurse scrubs): no kind of ``KINDS_BY_TITLE``, whose titles
# do no other kind it knows (``another_kind``), but care work asked that these titles do (``does_work``).
_PATIENT_CARE_TITLE = re.compile(
    r"(?i)\bnurses?\b(?![ \t]+(?:recruiter|informatic\w*|consultant|coder|auditor|reviewer|analyst)s?\b)"
    r"|\bnursing[ \t]+(?:assistants?|aides?)\b|\b(?:patient[ \t]+care|clinical|resident[ \t]+care)[ \t]+"
    r"(?:tech(?:nician)?|assistant|associate|partner|aide)s?\b|\bcare[ \t]?givers?\b"
    r"|\b(?:home[ \t]+health|personal[ \t]+care|hospice|resident|direct[ \t]+care)[ \t]+(?:aides?|workers?)\b"
    r"|\bmedical[ \t]+assistants?\b|\bparamedics?\b|(?-i:\b(?:RN|LPN|LVN|CNA|STNA|PCT|EMT)\b)")
_PHARMACIST_TITLE = re.compile(r"(?i)\bpharmacists?\b|(?-i:\bPharmD\b|\bR\.?Ph\b)")
_SECURITY_TITLE = re.compile(r"(?i)\b(?:security|cyber[ \t]?security|information[ \t]+security|infosec|soc)[ \t]+"
                             r"(?:operations[ \t]+)?(?:engineer|analyst|architect|consultant)s?\b"
                             r"|\bpenetration[ \t]+testers?\b|\bpen[ \t]?testers?\b")


def _kinds(*phrases: str) -> frozenset[tuple[str, ...]]:
    """The kinds of work ``phrases`` name as ``kinds_of_work`` reads them from a years ask."""
    return frozenset(tuple(work_stem(w) for w in _work_words(p) if w not in _NOT_WORK) for p in phrases)


_PATIENT_CARE = _kinds("patient care", "resident care")


# Work in a store by its title: "Cashier", "Retail Sales Associate", "Stock Associate", "Key Holder", "Store
# Manager", "Sales Floor Team Member", "Visual Merchandiser", "Courtesy Clerk"; and the site on a role's line that
# does where its title is of no kind (``KINDS_BY_TITLE``): a store ("Team Member - Store 1520", "Hollister Co.
# store") or a chain whose name alone says it is a store's ("Team Member, Target", "Associate, Walmart"), not its
# warehouse ("Team Member, Kroger Distribution Center").  A customer-facing title elsewhere does customer service,
# not retail work ("Concierge", "Server", "Bank Teller").
_RETAIL_TITLE = re.compile(
    r"(?i)\b(?:cashiers?|key[ \t]*holders?|stockers?|merchandisers?|baggers?|courtesy[ \t]+clerks?)\b"
    r"|\b(?:retail|store|shop|sales[ \t]+floor|stock|floor|front[ \t]+end|grocery|produce|deli|bakery|checkout"
    r"|apparel|department[ \t]+store)[ \t]+(?:sales[ \t]+)?(?:associate|clerk|assistant|team[ \t]+member|attendant"
    r"|lead|supervisor|manager|consultant|specialist|advisor|representative|sales)s?\b"
    r"|\bsales[ \t]+associate\b|\bretail\b")
_RETAIL_SITE = re.compile(
    # not a chain's warehouse: "Team Member, Kroger Distribution Center" (``_WAREHOUSE_SITE``)
    rf"(?s:^(?!.*(?i:{_WAREHOUSE_SITE.pattern.removeprefix('(?i)')})).*(?:"
    r"(?i:(?<!data )(?<!app )(?<!play )(?<!object )(?<!key-value )\bstores?\b(?![ \t]+(?:procedures?|data))"
    r"|\bsupermarkets?\b|\bboutiques?\b|\bretail\b|\bdepartment[ \t]+stores?\b|\bmall\b)"
    r"|\b(?:Target|Walmart|Wal-Mart|Costco|Home Depot|Lowe's|Best Buy|Kroger|Safeway|Walgreens|CVS|Macy's|Kohl's"
    r"|T\.?J\.? ?Maxx|Marshalls|HomeGoods|Nordstrom|Old Navy|Dollar General|Dollar Tree|Family Dollar|Publix"
    r"|Albertsons|Trader Joe's|Whole Foods|Aldi|ALDI|Meijer|H-E-B|Wegmans|Ulta Beauty|Sephora|Fred Meyer"
    r"|Sam's Club|Staples|Petco|PetSmart|Dick's Sporting Goods|GameStop|JCPenney|JC Penney|Burlington|Big Lots"
    r"|Rite Aid|7-Eleven|Foot Locker|Bath & Body Works|IKEA|Hobby Lobby|Michaels|Barnes & Noble|Ross Dress for Less"
    r"|Nike|Gap|Hollister|Abercrombie|American Eagle|Tractor Supply|AutoZone|O'Reilly Auto Parts|Menards|Giant Eagle"
    r"|Food Lion|Stop & Shop|ShopRite|Hy-Vee|WinCo|Sprouts|Circle K|Wawa|Sheetz)\b))")
_RETAIL_WORK = _kinds("retail", "retail sales", "retail store", "retail stores", "retail environment",
                      "retail environments", "retail industry", "retail customer service", "in-store", "store",
                      "grocery", "grocery store", "big box retail", "specialty retail", "retail management",
                      "store operations", "retail operations", "retail merchandising", "multi-unit retail")


# Kinds of work whose roles' titles say them in words of their own, each: the kinds as a years ask
# names them, the titles that do them, and the site on a role's line that does where its title is of
# no kind here ("Team Member, Amazon Fulfillment Center").  A truck driver's title does tractor-trailer
# driving ("OTR Driver" for "2 years of OTR experience"); an order picker's warehouse work ("Order
# Picker" for "1 year of warehouse or distribution experience"), a receptionist's office work, a
# cashier's customer service; a roofer's or a solar installer's construction; an accountant's or an auditor's
# accounting, a financial analyst's FP&A ("Financial Analyst" is no accountant, however like "Staff Accountant"
# the model reads it), an investment banker's the markets' work (an FP&A analyst's is none of it).  A title of
# one kind here does no other unless its words say it.
KINDS_BY_TITLE = (
    (_kinds("tractor-trailer", "tractor trailer", "tractor-trailer driving", "truck driving", "trucking", "otr",
            "otr driving", "over-the-road", "over the road", "over-the-road driving", "class a driving", "class a",
            "cdl-a", "cdl-a driving", "cdl driving", "cdl", "commercial driving", "commercial truck driving", "semi",
            "semi-truck", "semi truck driving", "linehaul", "line-haul", "long-haul", "regional driving",
            "heavy truck", "heavy truck driving", "commercial motor vehicle"), _TRUCKING_TITLE, None),
    (_kinds("warehouse", "warehousing", "warehouse operations", "distribution", "distribution center",
            "distribution centre", "fulfillment", "fulfilment", "fulfillment center", "order fulfillment",
            "shipping", "receiving", "shipping and receiving", "shipping receiving", "order picking",
            "order selection", "material handling", "materials handling", "picking", "picking and packing"),
     _WAREHOUSE_TITLE, _WAREHOUSE_SITE),
    (_kinds("forklift", "fork lift", "forklift operation", "forklift operating", "forklift operator",
            "forklift driving", "reach truck", "lift truck", "powered industrial truck", "pit"), _FORKLIFT_TITLE, None),
    (_kinds("customer service", "customer support", "customer care", "client service", "client services",
            "guest service", "guest services", "member services", "call center", "call centre", "contact center",
            "customer-facing", "customer facing", "client-facing", "public-facing", "guest-facing", "guest facing",
            "guest-facing hospitality", "guest facing hospitality", "front-of-house",
            "front of house", "hospitality", "guest relations", "customer relations"),
     _CUSTOMER_TITLE, None),
    (_RETAIL_WORK, _RETAIL_TITLE, _RETAIL_SITE),
    (_kinds("office", "administrative", "admin", "clerical", "secretarial", "administrative support",
            "office support", "office administration", "office management", "general office", "front office",
            "front desk", "reception", "receptionist", "data entry", "office administrative"), _OFFICE_TITLE, None),
    (_SELLING_WORK, _SELLING_TITLE, None),
    (_kinds("catering sales", "banquet sales", "event sales", "events sales", "group sales", "hotel sales",
            "hospitality sales", "venue sales", "wedding sales", "conference sales", "sales and catering"),
     _HOSPITALITY_SALES_TITLE, None),
    (_kinds("construction", "construction industry", "building construction", "construction site",
            "construction trades", "building trades"), _CONSTRUCTION_TITLE, _CONSTRUCTION_SITE),
    (_kinds("manufacturing", "manufacturing environment", "manufacturing plant", "manufacturing setting",
            "manufacturing industry", "manufacturing operations", "plant", "factory", "shop floor",
            "production floor", "machine shop", "assembly"), _FACTORY_TITLE, _FACTORY_SITE),
    (_kinds("accounting", "public accounting", "corporate accounting", "general accounting", "financial accounting",
            "cost accounting", "tax accounting", "accounting and finance", "finance and accounting", "bookkeeping",
            "audit", "auditing"), _ACCOUNTING_TITLE, None),
    (_kinds("fp&a", "financial planning and analysis", "financial planning & analysis", "financial analysis",
            "corporate finance", "financial modeling", "financial modelling", "valuation", "accounting and finance",
            "finance and accounting"), _FINANCE_TITLE, None),
    (_kinds("investment banking", "equity research", "buy-side investing", "sell-side research", "buy-side research",
            "private equity", "m&a", "mergers and acquisitions"), _MARKETS_TITLE, None),
    (_kinds("civil engineering", "civil engineer", "civil engineering design", "civil design", "civil",
            "transportation engineering", "geotechnical engineering", "water resources engineering"),
     _CIVIL_TITLE, None),
    (_kinds("structural engineering", "structural engineer", "structural engineering design", "structural design",
            "structural analysis", "structural"), _STRUCTURAL_TITLE, None),
    (_kinds("quality engineering", "quality engineer", "supplier quality", "supplier quality engineering"),
     _QUALITY_TITLE, None),
    (_kinds("mechanical engineering", "mechanical engineer", "mechanical engineering design", "mechanical design",
            "mechanical"), _MECHANICAL_TITLE, None),
    (_kinds("electrical engineering", "electrical engineer", "electrical engineering design", "electrical design"),
     _ELECTRICAL_TITLE, None),
    (_kinds("chemical engineering", "chemical engineer", "chemical process engineering"), _CHEMICAL_TITLE, None),
    (_kinds("manufacturing engineering", "manufacturing engineer", "process engineering", "process engineer",
            "production engineering", "production engineer"), _MANUFACTURING_TITLE, None),
    (_kinds("industrial engineering", "industrial engineer"), _INDUSTRIAL_TITLE, None),
    (_kinds("data engineering", "data engineer", "data pipelines", "data pipeline", "etl", "etl development",
            "data warehousing", "big data"), _DATA_ENGINEERING_TITLE, None),
    (_kinds("ios", "ios development", "ios engineering", "ios app development", "ios developer", "ios engineer"),
     _IOS_TITLE, None),
    (_kinds("android", "android development", "android engineering", "android app development", "android developer",
            "android engineer", "building android applications"), _ANDROID_TITLE, None),
    (_kinds("embedded", "embedded software", "embedded software development", "embedded systems",
            "embedded development", "embedded engineering", "firmware", "firmware development",
            "firmware engineering"), _EMBEDDED_TITLE, None),
    (_kinds("law enforcement", "sworn law enforcement", "police", "policing", "police work", "sworn police"),
     _POLICE_TITLE, None),
    (_kinds("private security", "security guard", "security officer", "loss prevention", "asset protection",
            "physical security", "armed security", "unarmed security", "contract security", "hospital security",
            "healthcare security", "campus security"), _GUARD_TITLE, None),
    (_kinds("landscape", "landscaping", "landscape maintenance", "commercial landscape maintenance",
            "residential landscape maintenance", "landscape installation", "commercial landscaping",
            "grounds maintenance", "groundskeeping", "lawn care", "landscape construction"), _LANDSCAPE_TITLE,
     _LANDSCAPE_SITE),
    (_kinds("veterinary", "veterinary medicine", "veterinary technology", "veterinary technician",
            "veterinary nursing", "veterinary assistant", "veterinary hospital", "veterinary clinic",
            "veterinary practice", "animal hospital", "small animal", "small animal practice", "small animal hospital",
            "companion animal"), _VETERINARY_TITLE, None),
    (_kinds("scrub", "scrubbing", "scrub tech", "scrub technician", "surgical technology", "surgical technologist",
            "surgical technician", "surgical tech"), _SURGICAL_TECH_TITLE, None),
    (_kinds("pharmacy technician", "pharmacy tech", "pharmacy technicians", "hospital pharmacy technician",
            "retail pharmacy technician", "inpatient pharmacy technician", "pharmacy assistant"), _PHARMACY_TECH_TITLE,
     None),
    (_kinds("clinical pharmacist", "clinical pharmacy"), _PHARMACIST_TITLE, None),
    (_kinds("information security", "security operations", "cybersecurity", "cyber security", "security engineering",
            "incident response", "security analysis"),
     _SECURITY_TITLE, None),
)


# A kind of workplace, by the noun an employer's own name gives it: "CVS Pharmacy", "Mercy Hospital", "Lincoln
# Elementary School", "First National Bank", "Olive Garden Restaurant", "Hilton Hotel"; a storefront among them
# (a pharmacy, a store, a shop) is retail unless the name is an institution's ("Mercy Hospital Outpatient Pharmacy").
_WORKPLACE = re.compile(r"(?i)\b(?:pharmac(?:y|ies)|drug[ \t]?stores?|hospitals?|clinics?|schools?|academ(?:y|ies)"
                        r"|banks?|credit[ \t]+unions?|restaurants?|caf[eé]s?|bistros?|diners?|hotels?|resorts?|motels?"
                        r"|inns?|casinos?|stores?|shops?|boutiques?|supermarkets?|grocer(?:y|ies)|baker(?:y|ies)"
                        r"|salons?|spas?|librar(?:y|ies)|nursing[ \t]+homes?|hospices?|daycares?|day[ \t]+care"
                        r"|preschools?|colleges?|universit(?:y|ies)|laborator(?:y|ies)|factor(?:y|ies)"
                        r"|dealerships?|garages?|gyms?|churche?s?)\b")
_STOREFRONT = re.compile(r"(?i)\b(?:pharmac(?:y|ies)|drug[ \t]?stores?|stores?|shops?|boutiques?|supermarkets?"
                         r"|grocer(?:y|ies)|baker(?:y|ies)|outlets?|marts?)\b")
_INSTITUTION = re.compile(r"(?i)\b(?:hospitals?|clinics?|medical[ \t]+cent(?:er|re)s?|health[ \t]*(?:system|care"
                          r"|network)s?|infusion|outpatient|inpatient|long[- ]term[ \t]+care|nursing[ \t]+homes?"
                          r"|hospices?|universit(?:y|ies))\b")
# The words of a kind of work a storefront shows: "retail pharmacy", "community pharmacy".
_STOREFRONT_WORDS = frozenset({"retail", "communit"})


def _at_workplace(kind: tuple[str, ...], words: Sequence[str], title: str, line: str) -> bool:
    """Whether a role does ``kind`` by its title's ``words`` and the workplace its employer's own name on its
    ``line`` names (``_WORKPLACE``): "Pharmacist, CVS Pharmacy" does retail pharmacy work, "RN, Mercy
    Hospital" hospital nursing, "Teacher, Lincoln Elementary School" elementary school teaching, "Teller,
    First National Bank" bank teller work; the kind names a workplace the employer's name names, and what
    the title does not say the employer's name says ("retail" or "community" by a storefront that is no
    institution's); not "Pharmacist, Walgreens" (a brand names no kind of workplace)."""
    place = line.replace(title, " ", 1) if title and title in line else line
    named = [m.group() for m in _WORKPLACE.finditer(place)]
    if not named:
        return False
    here = {work_stem(w) for w in _work_words(place)}
    sites = {work_stem(w) for n in named for w in _work_words(n)}
    storefront = bool(_STOREFRONT.search(place)) and not _INSTITUTION.search(place)
    left = [k for k in kind if not any(same_work(k, w) for w in words)]
    return (bool(left) and any(k in sites for k in kind)
            and all(k in here or k in _STOREFRONT_WORDS and storefront for k in left))


def does_work(title: str, kinds: tuple[tuple[str, ...], ...], line: str = "") -> bool:
    """Whether a role's title names one of ``kinds`` whole: every word of it ("Instructional
    Designer" does instructional design; "Graphic Designer" does not); or the title with the workplace
    its employer's name on its ``line`` names (``_at_workplace``: "Pharmacist, CVS Pharmacy" for "retail
    pharmacy"); or a title of ``KINDS_BY_TITLE``, or of patient care where it is asked (``_PATIENT_CARE_TITLE``),
    does it, or, where its title is of no kind there, the site its ``line`` names ("Order Picker"
    and "Associate, Kroger Distribution Center" do warehouse work; "Truck Driver" tractor-trailer driving;
    "Territory Manager" sales, for "B2B sales")."""
    asked = [(shown, site) for known, shown, site in KINDS_BY_TITLE if _knows(known, kinds)]
    if any(shown.search(title) for shown, _ in asked):
        return True
    if _PATIENT_CARE & set(kinds) and _PATIENT_CARE_TITLE.search(title):
        return True
    # a title the table reads as one trade's, where the kind asked is the table's too, does the kind by the
    # table alone, not by a word whose stem the kind shares: "Account Executive" sells, and does no
    # "accounting" by its "Account"; "Accounting Manager" no "account management".  A kind the table does not
    # know, asked beside one it does, is still read by its words: "Security Officer" does the "security" of
    # "1+ year of experience in security, corrections, or law enforcement"
    by_words = kinds if not asked or not any(trades_of(title)) else [
        kind for kind in kinds if not any(_knows(known, (kind,)) for known, _, _ in KINDS_BY_TITLE)]
    words = [work_stem(w) for w in _work_words(title)]
    if any(all(any(same_work(k, w) for w in words) for k in kind) for kind in by_words):
        return True
    if line and any(_at_workplace(kind, words, title, line) for kind in kinds):
        return True
    return bool(line) and not titled_kind(title) and any(site is not None and site.search(line) for _, site in asked)


def _knows(known: frozenset[tuple[str, ...]], kinds: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``kinds`` hold one of the ``known`` kinds, or one holding a known kind whose every other word
    qualifies its head in another: "B2B outside sales" of "B2B sales" and "outside sales"; not "medical device
    sales", nor "customer service", a part of the known "retail customer service"."""
    def composed(kind: tuple[str, ...]) -> bool:
        heads = [k for k in known if k[-1] == kind[-1]]
        return any(set(k) < set(kind) for k in heads) and all(any(w in k for k in heads) for w in kind)
    return any(kind in known or composed(kind) for kind in kinds)


@lru_cache(maxsize=4096)   # asked of the same few skills for every row of every posting
def titled_work(name: str) -> bool:
    """Whether a skill's ``name`` is a kind of work of ``KINDS_BY_TITLE`` ("Customer service", "Retail
    sales", "Accounting"), which titles say better than lines do; not "Payroll" nor "CRM"."""
    kinds = tuple(_kinds(name.lower()))
    return any(_knows(known, kinds) for known, _, _ in KINDS_BY_TITLE)


def titled_kind(title: str) -> bool:
    """Whether a role's title does a kind of work of ``KINDS_BY_TITLE`` ("Sales Associate": customer service)."""
    return any(shown.search(title) for _, shown, _ in KINDS_BY_TITLE)


# Kinds of work of ``KINDS_BY_TITLE`` whose titles name a family of trades, not one: a bank teller and a bartender
# both face customers, a roofer and a carpenter both build, a machinist and an assembler both work a factory
# floor, and neither is the other's job.
_FAMILIES = (_CUSTOMER_TITLE, _RETAIL_TITLE, _OFFICE_TITLE, _CONSTRUCTION_TITLE, _FACTORY_TITLE)


def trades_of(title: str) -> tuple[bool, ...]:
    """Per kind of work of ``KINDS_BY_TITLE``: whether ``title`` does it by its own words, whatever they are, where
    its titles name one trade (not ``_FAMILIES``): "Territory Manager, Spine" and "Outside Sales Representative"
    both sell, however unlike the model reads them, as "Order Picker" and "Warehouse Associate" work a warehouse."""
    return tuple(shown not in _FAMILIES and bool(shown.search(title)) for _, shown, _ in KINDS_BY_TITLE)


def another_kind(title: str, kinds: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a role's title does a kind of work of ``KINDS_BY_TITLE`` and none of ``kinds``, a years
    ask's, where one of them is there: its likeness to the posting's title is no such work ("Sales
    Associate", "Office Assistant" for "1 year of warehouse or distribution experience" at a "Warehouse
    Associate" posting)."""
    return (any(_knows(known, kinds) for known, _, _ in KINDS_BY_TITLE) and titled_kind(title)
            and not does_work(title, kinds))


# The heads of kinds of work that say managing others, not which work: "management" of "restaurant management".
_MANAGING = frozenset({"manag", "supervis", "administr", "administrat"})


def managed_work(kinds: tuple[tuple[str, ...], ...], posting_title: str) -> tuple[str, ...]:
    """The words that say what a kind of managing a years ask names manages, where ``KINDS_BY_TITLE`` knows no
    such kind and the posting's title names them too: ("restaur",) of "3+ years of restaurant management" at a
    "Restaurant General Manager" posting, ("propert",) of "property management" at a "Property Manager" one.  A
    manager's title like the posting's by its managing alone manages that only where it or its lines name it
    (``ResumeFeatures.roles_like``): a "Store Manager" of a clothing store runs no restaurant."""
    stems = work_stems(posting_title)
    return tuple(dict.fromkeys(
        w for kind in kinds if len(kind) > 1 and kind[-1] in _MANAGING
        and not any(_knows(known, (kind,)) for known, _, _ in KINDS_BY_TITLE)
        for w in kind[:-1] if any(same_work(w, s) for s in stems)))


def like_by_other_words(title: str, posting_title: str, kinds: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a role's title, however like the posting's the model reads it, is so only by words they share
    that name neither the work nor a trade.  The posting's title names the head of a kind of work a years
    ask names (its last word: "claims" of "Claims Supervisor - Property" for "3+ years of claims experience",
    "underwriting" of "Mortgage Underwriter" for "3+ years of conventional and FHA underwriting"), the role's
    title does not, and the words the two titles share, past seniority (``job_kind``), are no trade's noun
    (``ROLE_WORD``) or one many kinds of work share (``_SHARED_BY_MANY``): "Assistant Property Manager" shares
    "Property" with "Claims Supervisor - Property", "Property" and "Manager" with "Property Claims Manager",
    and "Senior Mortgage Loan Officer" "Mortgage" with "Mortgage Underwriter".  Not a title sharing the trade
    ("Insurance Adjuster" for a "Claims Adjuster"), nor one sharing no word, whose likeness is the work's
    ("Backend Developer" for a "Software Engineer"), nor, where the head is the posting's trade, one sharing
    a word of the work ("Software Developer" for "5+ years of software engineering"), nor one naming a field of
    several words whole ("Real Estate Agent" for "real estate sales" at a "Real Estate Sales Agent" posting: one
    word two trades share is chance, a field named in all its words is not).  Where the work is a
    noun many trades share after the words of its trade (``_named_by_trade``: "pharmacy technician"), a title
    naming none of those words is like it by other words, whatever it shares ("CT Technologist", "EMT-Basic",
    "Respiratory Therapist" for "physical therapist")."""
    posting = _WORD.findall(job_kind(posting_title).lower())
    stems = [work_stem(w) for w in posting if w not in _NOT_WORK]
    own = [kind for kind in kinds if any(same_work(kind[-1], w) for w in stems)]
    if not own:
        return False
    trades = [work_stem(w) for w in posting if ROLE_WORD.fullmatch(w) and w not in _SHARED_BY_MANY]
    words = [w for w in _WORD.findall(job_kind(title).lower()) if w not in _NOT_WORK]
    named = [work_stem(w) for w in words]
    shared = [w for w in words if any(same_work(work_stem(w), p) for p in stems)]
    for kind in (kind for kind in own if _named_by_trade(kind)):
        if any(same_work(k, w) for k in kind[:-1] for w in named):
            return False   # its trade named ("Pharmacy Tech" for pharmacy technician)
    if any(_named_by_trade(kind) for kind in own):
        return True   # a noun of many trades, or the model, is all ("CT Technologist" for pharmacy technician)
    for kind in own:
        if any(same_work(kind[-1], w) for w in named):
            return False   # it names the work asked by its head ("Claims Representative" for property claims)
        if any(same_work(kind[-1], t) for t in trades) and any(same_work(k, work_stem(w)) for k in kind
                                                               for w in shared):
            return False   # the posting's trade by another name, in the work's field ("Software Developer")
        if len(kind) > 2 and all(any(same_work(k, w) for w in named) for k in kind[:-1]):
            return False   # a field of several words named whole ("Real Estate Agent" for "real estate sales")
    return bool(shared) and not any(ROLE_WORD.fullmatch(w) and w not in _SHARED_BY_MANY for w in shared)


# The nouns of titles that many kinds of work share, which say no trade: "Manager" of "Assistant Property
# Manager" and "Property Claims Manager", "Specialist", "Representative", "Analyst".
_SHARED_BY_MANY = frozenset("""manager managers supervisor supervisors director directors lead leader head chief
specialist specialists assistant assistants associate associates representative representatives rep reps
coordinator coordinators analyst analysts agent agents officer officers consultant consultants administrator
administrators technician technicians clerk clerks professional professionals executive executives
worker workers member members""".split())
# The nouns of titles whose trade the words before them name: "pharmacy technician", "physical therapist",
# "dental assistant", "radiologic technologist", "home health aide".
_TRADE_BEFORE = frozenset(map(work_stem, "technician tech technologist therapist hygienist aide assistant".split()))


# The nouns of titles that name no field of their own, past those many kinds of work share: "Engineer" of
# "Platform Engineer" and "Data Engineer", "Technician" of "Maintenance Technician" and "Emergency Medical
# Technician", "Designer" of "Graphic Designer" and "Interior Designer"; and the words that name a family of
# fields, not one: "Software" of "Software Engineer" (a backend, a frontend, a full-stack or a web engineer's is
# software too), "General" of "General Manager".
_HEAD_NOUNS = _SHARED_BY_MANY | frozenset("""engineer engineers developer developers designer designers scientist
scientists operator operators inspector inspectors instructor instructors software general""".split())


def title_field(title: str) -> frozenset[str]:
    """The stems of the words of a job title that say its field or trade (``work_stem``), past its seniority
    (``job_kind``) and the nouns many trades share (``_HEAD_NOUNS``, ``_TRADE_BEFORE``): "Platform Engineer" ->
    {"platform"}, "Registered Nurse" -> {"regist", "nurs"}, "Senior Designer" -> {}."""
    words = (w for w in _WORD.findall(job_kind(title).lower()) if w not in _NOT_WORK and w not in _HEAD_NOUNS)
    return frozenset(stem for stem in map(work_stem, words) if stem not in _TRADE_BEFORE)


def spelled_short(stems) -> frozenset[str]:
    """``stems`` with the shorter forms ``same_work`` reads as the same work ("electrical" -> "electric",
    "electr"), for telling by look-ups whether one is the work of another (``names_work``)."""
    return frozenset(s[:len(s) - cut] for s in stems for cut in range(3) if cut == 0 or len(s) - cut >= 4)


def field_forms(stems) -> tuple[frozenset[str], frozenset[str]]:
    """``stems`` and their shorter forms (``spelled_short``), as ``names_work`` reads them."""
    stems = frozenset(stems)
    return stems, spelled_short(stems)


def names_work(asked: tuple[frozenset[str], frozenset[str]], words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether a stem ``asked`` is the same work (``same_work``) as one of ``words``, each as ``field_forms``
    gives them: one stem the other, or the shorter beginning the longer by at most two letters more."""
    return not asked[0].isdisjoint(words[1]) or not asked[1].isdisjoint(words[0])


# A catalog's titles, asked of every resume's roles; a resume's own titles never pass here (nothing of a resume is
# kept between requests).
@lru_cache(maxsize=65536)
def posting_field(title: str) -> tuple[frozenset[str], frozenset[str]]:
    """``title_field`` of a posting's title, as ``field_forms`` gives it."""
    return field_forms(title_field(title))


@lru_cache(maxsize=65536)   # a catalog's titles, as ``posting_field``
def titled_kinds(title: str) -> tuple[int, ...]:
    """The kinds of work of ``KINDS_BY_TITLE`` whose titles ``title`` is one of, by their places in it."""
    return tuple(k for k, (_, shown, _) in enumerate(KINDS_BY_TITLE) if shown.search(title))


def sited_kinds(title: str, line: str) -> frozenset[int]:
    """The kinds of work of ``KINDS_BY_TITLE`` whose sites a role's ``line`` names ("Operations Supervisor,
    Riverbend Distribution Center": warehouse work), where its ``title`` is of no such kind (``does_work``)."""
    if not line or titled_kind(title):
        return frozenset()
    return frozenset(k for k, (_, _, site) in enumerate(KINDS_BY_TITLE) if site is not None and site.search(line))


def _named_by_trade(kind: tuple[str, ...]) -> bool:
    """Whether a kind of work is a noun of ``_TRADE_BEFORE`` after the words that name its trade: "pharmacy
    technician", "physical therapist"; the trade is in those words, not in the noun ("Respiratory Therapist" is
    no physical therapist, "CT Technologist" no pharmacy technician)."""
    return len(kind) > 1 and kind[-1] in _TRADE_BEFORE


# The role a years ask names as the one whose years it asks: "2 years as a staff accountant", "3-5
# years in a data engineering role", "in an HVAC technician or electrician position".  Its roles are
# those like it, not those like the posting's ("Maintenance Technician" holds a welder's years, not
# an HVAC ask's).  What qualifies the role goes ("international IT role" -> "IT"); a role that names
# no work ("in a similar role", "as a team lead", "in a people manager role") is none.
_AS_ROLE = re.compile(r"(?i)\b(?:as\s+an?|in\s+an?\s+(?P<held>[\w/&+#.' -]{2,60}?)\s+(?:role|position|capacity)s?\b)"
                      r"(?(held)|\s+(?P<named>[\w/&+#.' -]{2,60}))")
_ROLE_STOP = re.compile(r"(?i)\b(?:in|at|with|within|for|from|on|to|who|which|that|where|you|we|will|is|are|has"
                        r"|have|preferably|specifically|ideally|including|using|under|working|e\.g|i\.e|role|roles"
                        r"|position|positions|capacity|experience|preferred|required|desired|a plus)\b")
_ROLE_CUT = re.compile(r"(?i)\s*(?:,|/|\bor\b|\band/or\b)\s*(?:an?\s+)?")
# Words that qualify a role, and roles that name no work of their own.
_QUALIFIERS = frozenset("""international national global regional local key dedicated fast-paced customer-facing
client-facing senior junior mid-level entry-level senior-level junior-level lead shift crew""".split())
NO_WORK_ROLE = frozenset("""manager managers leader leaders supervisor supervisors supervisory supervising managerial
management leading head director member members person individual contributor contributors part result whole plus
bonus must minimum priority""".split())


@lru_cache(maxsize=65_536)
def asked_roles(sentence: str) -> tuple[str, ...]:
    """The roles a years ask names as the ones its first figure asks years in (``first_part``),
    as written, up to four words each: "Minimum 2 years as a staff accountant" -> ("staff accountant",), "in a security
    engineering or threat detection role" -> ("security engineering", "threat detection");
    none for "3+ years of Python" or "in a similar role"."""
    if not years_mentions(sentence):
        return ()
    roles = []
    for m in _AS_ROLE.finditer(first_part(sentence)):
        text = m.group("held") if m.group("held") is not None else _ROLE_STOP.split(m.group("named"), 1)[0]
        for piece in _ROLE_CUT.split(text):
            words = [w for w in piece.split()[:4] if w.lower() not in _QUALIFIERS]
            if any(w.lower().strip(".,'") not in _NOT_WORK | NO_WORK_ROLE for w in words):
                roles.append(" ".join(words).strip(" .,'-"))
    return tuple(dict.fromkeys(roles))


# Settings a years ask may name, each with the words the checks say it in: a classroom ("secondary
# classroom teaching"), a K-12 school ("in a K-12 setting", "school-based", "public schools"),
# secondary or elementary grades where the ask is of schooling ("secondary teaching", not
# "secondary data analysis"), or a band of them ("teaching grades 7-12", "grades K-6"; not "K-12", a school's);
# a hospital's units: an intensive care unit ("2+ years of ICU experience",
# "critical care", "CVICU"), acute care ("1 year acute care experience", "inpatient"), a med-surg unit ("3
# years Med-Surg", "medical/surgical"), an emergency department ("ER/emergency department experience", "ED
# nursing"; not "ER diagrams", "emergency management"); selling to businesses ("2+ years of B2B sales
# experience", "business-to-business selling", "sales experience (B2B)"; not "building B2B SaaS products"); a
# microbiology laboratory ("1-3 years of experience in a microbiology lab", "QC micro lab"), which a lab of
# another science is not (a soil lab's assistant, a chemist's HPLC bench); a laboratory ("2 years of laboratory
# experience", "in an analytical or environmental laboratory", "in a GMP lab"), which field work is not (an
# environmental field technician's sampling); a hotel ("guest services experience in a luxury hotel", "in a hotel
# or resort", "hotel experience"; not one of a list of other places, "in a hotel or restaurant", nor a hotel's
# bar as one choice, "in a high-volume or hotel bar"); a
# retail store or pharmacy ("pharmacy technician experience in a retail setting", "2+ years of retail pharmacy
# experience"; not "retail experience", which is the work itself); a physician's office or an outpatient clinic
# ("clinical experience in a physician's office", "in an outpatient clinic setting", "medical office experience");
# the building a trade works on, homes, commercial buildings or industrial plants ("5+ years of commercial or
# industrial electrical experience", "residential construction", "commercial HVAC"; not "commercial experience" nor
# "commercial projects" of software, nor "commercial driving", which name no building trade); an airline, an air
# carrier flying under Part 121 ("4+ years of air carrier (Part 121) maintenance experience", "Part 121 experience",
# "airline experience"; not "Airline Transport Pilot", a certificate); a practice area of law, where a paralegal's or
# a legal assistant's years are spent ("3+ years of paralegal experience in commercial real estate transactions",
# "in a family law practice", "litigation paralegal experience", "immigration law", "estate planning or probate";
# a litigation paralegal's years are no real estate closings); managed property ("2+ years of property
# management accounting", not any accountant's); healthcare, the industry ("3+ years of healthcare payroll
# experience", "5+ years of accounting experience, at least 2 in healthcare"; not healthcare benefits).
# What shows a role held in each is the ranking's (``signals.SETTINGS``).
_OF_SCHOOLING = r"(?i)^(?=.*\b(?:teach|classroom|school|student|pupil))(?=.*\b"
ICU = r"(?-i:\b(?:[MSNPC]|CV|CT|Neuro|Trauma)?ICU\b|\bCCU\b)|(?i:\bintensive care\b|\bcritical care\b)"
MED_SURG = r"(?i:\bmed(?:ical)?\s*[-/]?\s*surg(?:ical)?\b)"
EMERGENCY_DEPARTMENT = (r"(?-i:\bE[RD]\b(?![- ](?:diagram|model)))"
                        r"|(?i:\bemergency (?:department|room|medicine|nursing)\b)")
_BUILDINGS = r"(?:residential|commercial|industrial|institutional)"
# a building setting's word is asked where a building trade's work follows it, maybe past the others it is
# one choice with ("commercial, industrial or residential wiring"), or past the private-use marks
# ``settings_asked`` has put in place of those; only the word itself is the setting's.  Settings joined by "and"
# ask no one of them ("residential and commercial plumbing": work in either counts).
_BUILDING_WORK = (rf"\b(?=(?:[ \t]*(?:,|/|\bor\b)[ \t]*(?:{_BUILDINGS}|[\ue000-\uf8ff]))*[ \t]+(?:and[ \t]+)?"
                  r"(?:electrical|electric|construction|building|plumbing|HVAC|mechanical|wiring|roofing|carpentry|framing|drywall|painting"
                  r"|remodel\w*|renovations?|installations?|maintenance|new[ \t]+construction|job[ \t]?sites?"
                  r"|electrician|plumber|carpenter|contractors?)\b)")
SETTING_ASKS = (
    ("a classroom", re.compile(r"(?i)\bclassroom\b")),
    ("a K-12 school", re.compile(r"(?i)\bk-?12\b|\bschool[- ](?:based|settings?)\b|\bpublic schools?\b")),
    ("secondary grades", re.compile(_OF_SCHOOLING + r"(?:secondary\b|grades?[ \t]*(?:[6-9]|1[0-2])[ \t]*"
                                                   r"(?:-|–|to|through)[ \t]*(?:[89]|1[0-2])\b))")),
    ("elementary grades", re.compile(_OF_SCHOOLING + r"(?:elementary\b|grades?[ \t]*(?:pre-?k|k|tk|[1-4])[ \t]*"
                                                    r"(?:-|–|to|through)[ \t]*[1-6]\b))")),
    ("an intensive care unit", re.compile(ICU)),
    ("acute care", re.compile(r"(?i)\bacute[- ]care\b|\binpatient\b")),
    ("a med-surg unit", re.compile(MED_SURG)),
    ("an emergency department", re.compile(EMERGENCY_DEPARTMENT)),
    ("a business-to-business market", re.compile(
        r"(?i)\b(?:B2B|business[- ]to[- ]business)[ \t]+(?:[a-z-]+[ \t]+)?(?:sales|selling|account|business development"
        r"|territory)"
        r"|\b(?:sales|selling)\b[^.;]{0,20}?\(?\b(?:B2B|business[- ]to[- ]business)\b|\bselling to businesses\b")),
    ("a microbiology laboratory", re.compile(
        r"(?i)\b(?:micro|microbiology|microbiological)[ \t]+(?:lab|labs|laborator(?:y|ies))\b"
        r"|\bmicrobiology[ \t]+(?:settings?|environments?)\b")),
    ("a laboratory", re.compile(
        r"(?i)\b(?:lab|laboratory)[ \t]+(?:experience|settings?|environments?|work|background)\b"
        r"|\bin[ \t]+an?[ \t]+(?:[\w/+-]+[ \t]+(?:or[ \t]+)?){0,3}?(?:lab|laboratory)\b(?![ \t]+(?:coat|equipment"
        r"|instruments?|techniques?|safety|skills?|procedures?|information|tests?|results?|values?|animals?))")),
    ("a hotel", re.compile(
        # a choice before a hotel's outlet is no hotel asked: "in a high-volume or hotel bar"
        r"(?i)\b(?:in|at)[ \t]+an?[ \t]+(?:(?:(?!(?:or|and)\b)[\w/+-]+[ \t]+){0,3}?(?:hotels?|resorts?)"
        r"|(?:[\w/+-]+[ \t]+){0,3}?(?:hotels?|resorts?)(?![ \t]+(?:bars?|restaurants?|lounges?|kitchens?|spas?"
        r"|casinos?|caf[eé]s?|outlets?|clubs?)\b))"
        r"(?:[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*(?:an?[ \t]+)?(?:hotels?|resorts?))?\b"
        r"|\b(?:hotel|resort)[ \t]+(?:experience|settings?|environments?|industry)\b")),
    ("a retail store or pharmacy", re.compile(
        r"(?i)\bretail[ \t]+(?:(?:pharmacy|store)[ \t]+)?(?:settings?|environments?)\b"
        r"|\b(?:retail|community)[ \t]+pharmac(?:y|ies)\b")),
    ("a physician's office or outpatient clinic", re.compile(
        r"(?i)\b(?:physician|doctor|provider)(?:['’]?s|s['’])?[ \t]+(?:office|practice)s?\b"
        r"|\bmedical[ \t]+(?:office|practice)s?\b|\b(?:outpatient|ambulatory)[ \t]+(?:clinic|care|practice|settings?)\b"
        r"|\bclinic[ \t]+settings?\b")),
    ("homes", re.compile(r"(?i)(?<!\band )(?<!& )\bresidential" + _BUILDING_WORK)),
    ("commercial buildings", re.compile(r"(?i)(?<!\band )(?<!& )\bcommercial" + _BUILDING_WORK)),
    ("industrial plants", re.compile(r"(?i)(?<!\band )(?<!& )\bindustrial" + _BUILDING_WORK)),
    ("an airline", re.compile(r"(?i)\bair[ \t]+carriers?\b|\b(?:FAR|14[ \t]+CFR)?[ \t]*Part[ \t]+121\b"
                              r"|\bairlines?\b(?![ \t]+transport)")),
    ("a child care centre", re.compile(
        r"(?i)\b(?:child[ \t-]?care|day[ \t-]?care|pre-?school|early[ \t]+(?:learning|childhood))[ \t]+(?:settings?"
        r"|environments?|cent(?:er|re)s?|programs?|facilit(?:y|ies)|classrooms?)\b")),
    ("real estate law", re.compile(
        r"(?i)\breal[ \t]+estate[ \t]+(?:transactions?|transactional|law|closings?|practice|paralegal|legal)\b")),
    ("family law", re.compile(r"(?i)\bfamily[ \t]+law\b")),
    ("litigation", re.compile(r"(?i)\blitigation[ \t]+(?:paralegal|legal|secretary|support|experience|practice|firm)"
                              r"|\b(?:civil|commercial|insurance[ \t]+defen[cs]e|personal[ \t]+injury)"
                              r"[ \t]+litigation\b")),
    ("immigration law", re.compile(r"(?i)\bimmigration[ \t]+(?:law|practice|paralegal|legal|experience|cases)\b")),
    ("estate planning or probate", re.compile(r"(?i)\bestate[ \t]+planning\b|\bprobate\b|\btrusts?[ \t]+(?:and|&)"
                                              r"[ \t]+estates\b")),
    ("managed property", re.compile(r"(?i)\bpropert(?:y|ies)[ \t]+(?:management|accounting|accountants?)\b")),
    ("healthcare", re.compile(r"(?i)\bhealth[ \t-]?care\b(?![ \t-]+(?:benefits?|insurance|coverage|plans?|reform"
                              r"|proxy|power|directives?))")),
)


_CLAUSE_END = ".;:()[]"
_OR_AFTER = re.compile(r"[ \t]*(?:settings?|environments?)?[ \t]*(?:,|/|\bor\b)[ \t]*(?:(?:an?|the)[ \t]+)?\w")
_OR_BEFORE = re.compile(r"\w[ \t]*(?:,|/|\bor\b)[ \t]*(?:(?:an?|the)[ \t]+)?\Z")


def setting_asked(ask: re.Pattern, sentence: str) -> bool:
    """Whether a years ask names the setting ``ask`` reads as the one its years must be held in: not
    as one of a list of others ("1+ years of pediatric experience (school-based, outpatient or early
    intervention)", "in a K-12 or higher education setting"), where a role held in another counts too; the
    same setting named twice is still one ("ICU/CVICU")."""
    m = ask.search(sentence)
    if not m or m.end() == m.start():   # (an ask read by lookaheads alone says no place in the sentence)
        return bool(m)
    start = max(sentence.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
    end = min((i for c in _CLAUSE_END if (i := sentence.find(c, m.end())) >= 0), default=len(sentence))
    before, after = sentence[start:m.start()], sentence[m.end():end]
    listed = re.search(r"\bor\b|/", before + after) \
        and (_OR_AFTER.match(ask.sub("\x00", after)) or _OR_BEFORE.search(ask.sub("\x00", before)))
    return not listed


_MARK = 0xE000   # a private-use character per setting, standing in for the words that name it
_MARKS = f"[{chr(_MARK)}-{chr(_MARK + len(SETTING_ASKS) - 1)}]"
_CHOICE = re.compile(rf"{_MARKS}(?:[ \t]*(?:settings?|environments?|units?)?[ \t]*(?:,[ \t]*(?:or\b)?|/|\bor\b)"
                     rf"[ \t]*(?:(?:an?|the)[ \t]+)?{_MARKS})*")


def settings_asked(sentence: str) -> list[tuple[int, ...]]:
    """The settings a years ask names, each as the indices of ``SETTING_ASKS`` a role held in one of
    meets: one setting ("in a K-12 setting"), or a choice among settings that are all known ("2
    years of ICU or ER experience": an intensive care unit or an emergency department).  One of a
    list naming another place too is no setting asked (``setting_asked``: "ICU, ED or step-down",
    where a step-down unit's role counts)."""
    asked, marked = [], sentence
    for i, (_, ask) in enumerate(SETTING_ASKS):
        m = ask.search(sentence)
        if m and m.end() == m.start():   # read by lookaheads alone: no words to mark
            asked += [(i,)] if setting_asked(ask, sentence) else []
        elif m:
            marked = ask.sub(chr(_MARK + i), marked)
    for clause in re.split(f"[{re.escape(_CLAUSE_END)}]", marked):
        listed = re.search(r"\bor\b|/", clause)
        for run in _CHOICE.finditer(clause):
            if not (listed and (_OR_AFTER.match(clause, run.end()) or _OR_BEFORE.search(clause[:run.start()]))):
                asked.append(tuple(dict.fromkeys(ord(c) - _MARK for c in re.findall(_MARKS, run.group()))))
    return sorted(dict.fromkeys(asked), key=min)   # in the table's order, a choice's in the ask's


def settings_named(sentence: str) -> list[str]:
    """The settings a years ask names, in the checks' words ("in a K-12 setting": ["a K-12 school"];
    "ICU or ER": ["an intensive care unit or an emergency department"])."""
    return [" or ".join(SETTING_ASKS[i][0] for i in choice) for choice in settings_asked(sentence)]
