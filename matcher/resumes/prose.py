"""Roles a resume writes inside its sentences, as a resume in paragraphs does.

Read by ``roles`` for a date range on a line where no title stands as a title does (alone,
or beside a firm and a place): "Before that I was a Digital Marketing Specialist at
Trailhead Media (2016 to 2020)" and "Between 2012 and 2015 I was a teacher at Lincoln Elementary" name
their title in the sentence; "Sales grew 40% from
2019 to 2021" names no work at all, and is no role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from matcher.text import ROLE_WORD

__all__ = ["HIRED_AS", "is_prose", "names_no_work", "title_by_statement", "title_in_sentence"]

# A sentence's end: ". ", "; ", "! ", "? " before the next word.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%\]])[.;!?](?=\s)")
# What puts a person in a job in a sentence, the title after it: "I was a ...", "worked as a
# ...", "served as ...", "joined Acme as ...", "hired as ...", "promoted to ...", "I am the ...".
_HIRED_AS = (r"(?:(?:work|serv|hir|employ|start|stay|remain|join|rehir|contract|return)(?:ed|ing)|work|began)"
             r"(?:[ ]+on)?[ ]+as|promot(?:ed|ion)[ ]+to")
_ARTICLE = r"(?:(?:an?|the|our|their|its|my)[ ]+)?"
_BEFORE_TITLE = re.compile(r"(?i)\b(?:was|am|been|became|become|as|i'm|i’m|" + _HIRED_AS + r")[ ]+" + _ARTICLE)
# A role line that opens with the verb phrase that put its writer in the job, never part of the title, in any
# case: "Worked as a Line Cook", "Served as Shift Supervisor", "Employed as a Forklift Operator", "Hired on as
# Cashier", "Was promoted to Store Manager".
HIRED_AS = re.compile(r"(?i)(?:(?:was|got|later|then|eventually|first|initially)[ ]+)?(?:" + _HIRED_AS + r")[ ]+"
                      + _ARTICLE)
# Where the title ends: before its firm ("at Trailhead Media", "for the City of Austin", "with
# Deloitte"), the dates, a comma or bracket, or the sentence's end.
_AFTER_TITLE = re.compile(r"[ ]+(?:at|for|with|in|on|from|since|between|until|till)\b|[ ]*[,;:(–—]|[ ]+-[ ]|$")
# A title's words: capitalised or lower case, the connectors of a title ("Director of Sales").
_TITLE_WORDS = re.compile(r"(?:[A-Za-z][\w'’&/.-]*|of|and|&)(?:[ ]+(?:[A-Za-z][\w'’&/.-]*|of|and|&)){0,5}")
# A person in a sentence: "I", "we", "my", or a firm after "at" ("At Summit Threads (2020 to
# present) I manage ...").
_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Mm]y|[Oo]ur)\b|\b[Aa]t[ ]+[A-Z]")
# A verb of holding or doing a job: "worked for the county from 2015 to 2019", "managed", "taught".
_JOB_VERB = re.compile(r"(?i)\b(?:work\w*|employ\w*|serv(?:e|ed|ing)|join\w*|hired|promot\w*|held|hold\w*|manag\w*"
                       r"|ran|run|runs|running|own(?:ed|s)?|lead|leads|leading|led|taught|teach\w*|volunteer\w*"
                       r"|intern\w*|contract(?:ed|ing)|freelanc\w*|supervis\w*|drove|driv(?:e|ing))\b")
# Study, not work: "I studied at UCLA from 2012 to 2016", "completed my MBA (2018-2020)".
_STUDY = re.compile(r"(?i)\b(?:stud(?:y|ied|ying)|attended|enrolled|graduat\w*|degree|diploma|mba|bachelor\w*"
                    r"|master's|master’s|coursework|semester|major(?:ed|ing)?|minor(?:ed)?)\b")


def _sentence(body: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) into ``body`` of the sentence holding ``body[start:end]``."""
    low = max([m.end() for m in _SENTENCE_END.finditer(body, 0, start)], default=0)
    ahead = _SENTENCE_END.search(body, end)
    return low, ahead.start() if ahead else len(body)


# A range inside running text: after "from", "between", "since", a bracket, or a word
# and a comma ("Sales grew 40% from 2019 to 2021", "At Summit Threads (2020 to present)", "at
# Costco, 2019 - 2022, and"); and a sentence going on after it in lower case or with "I" / "we"
# ("... I manage", "..., where I", "... and trained"), or ending with it ("I was a teacher at Lincoln
# Elementary from 2012 until 2015.").  The glued lines of an extracted resume
# are none ("Usher,09/2006to08/2008CSC", "support.08/2014to06/2015Technical Care").
_RUNS_INTO = re.compile(r"(?:\b(?i:from|between|since)[ ]+|\([ ]*|\b[A-Za-z]+,[ ]+)$")
# A role still held runs into its sentence by its own first word: "... a nurse at Mercy Hospital since 2019."
_SINCE_AT = re.compile(r"(?i:since|depuis|desde)[ ]")
_RUNS_ON = re.compile(r"[ ]*\)?(?:,?[ ]+(?:[a-z]|(?:I|[Ww]e)\b)|[.!?](?:[ ]|$))")


def _runs_through(body: str, start: int, end: int) -> re.Match | None:
    """What runs into the range at ``body[start:end]`` ("from ", "(", "since"), where the text also runs on
    after it or its sentence ends (``_RUNS_INTO``, ``_RUNS_ON``); None on a role's line."""
    into = _RUNS_INTO.search(body, 0, start) or _SINCE_AT.match(body, start)
    return into if into and _RUNS_ON.match(body, end) else None


# Where a sentence's clause ends and the next begins, between two of its ranges: "; ", ", and", ", then",
# " and then", ", but", ", while" ("From 2010 to 2014 I taught fourth grade, and from 2014 to 2020 I was
# assistant principal"); else the first " and " ("a cashier at Target from 2014 to 2016 and a shift supervisor").
_CLAUSE_BREAK = re.compile(r"(?i),?[ ]+(?:and[ ]+)?(?:then|later|afterwards|after[ ]+that)\b|,[ ]*(?:and|but|while)\b")
_AND = re.compile(r"(?i)[ ]+and[ ]+")


def _clause(body: str, start: int, end: int, others: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """(start, end) into ``body`` of the clause of its sentence holding the range at ``body[start:end]``:
    the whole sentence, unless another range (``others``, spans into ``body``) stands in it, each range's
    clause then ending at the break between them (``_CLAUSE_BREAK``)."""
    low, high = _sentence(body, start, end)
    before = [e for s, e in others if low <= e <= start]
    after = [s for s, e in others if end <= s < high]
    if before:
        low = _break(body, max(before), start)
    if after:
        high = _break(body, end, min(after))
    return low, high


def _break(body: str, left: int, right: int) -> int:
    """Where the clause of ``body[:left]`` ends, before the one of ``body[right:]``: its last strong break,
    else its first " and ", else ``right``."""
    strong = list(_CLAUSE_BREAK.finditer(body, left, right))
    weak = _AND.search(body, left, right)
    return strong[-1].start() if strong else weak.start() if weak else right


def is_prose(body: str, start: int, end: int) -> bool:
    """Whether the range at ``body[start:end]`` stands inside a sentence, not on a role's line:
    text runs into it and on after it or ends its sentence (``_RUNS_INTO``, ``_RUNS_ON``), and its
    sentence has five words or more besides it (fewer after "between"), two of them in lower case other
    than a title's connectors ("Sales grew 40% from 2019 to 2021 after ...", "I was a teacher at Lincoln
    Elementary from 2012 until 2015."; not "Server, Olive Garden, Madison WI, 2019 - 2021")."""
    into = _runs_through(body, start, end)
    if not into:
        return False
    low, high = _sentence(body, start, end)
    words = re.findall(r"[A-Za-z][\w'’-]*", body[low:start] + " " + body[end:high])
    loose = [w for w in words if w[0].islower() and w not in ("of", "and", "the", "at", "in", "for", "to")]
    # no role's line dates its role "between 2012 and 2015": a short sentence will do ("The clinic
    # expanded between 2016 and 2018.")
    return (len(words) >= 5 or into.group().lower().startswith("between")) and len(loose) >= 2


def title_in_sentence(body: str, start: int, end: int, current: bool = False,
                      others: Sequence[tuple[int, int]] = ()) -> str:
    """The job title a sentence names for the range at ``body[start:end]``, or "": after "I
    was a", "worked as a", "served as", "promoted to", "I am the", a few words that end in a
    job noun, before the firm, the dates or a comma ("Before that I was a Digital Marketing
    Specialist at Trailhead Media (2016 to 2020)", "From 2018 to 2021 I worked as a registered
    nurse at Mercy Hospital"); of two, the one nearest the range.  A role still held
    (``current``) whose sentence names no title takes the one the person says they are in an
    earlier sentence of the paragraph ("I am a digital marketing manager with eight years of
    experience. At Summit Threads (2020 to present) I manage ...").  Of a sentence with more ranges
    (``others``), only the range's own clause ("From 2010 to 2014 I taught ..., and from 2014 to 2020 I
    was assistant principal": the first range none), or the title after its "and" ("... from 2014 to
    2016 and a shift supervisor at Costco from 2016 to 2020"), or where it has no subject or verb of its
    own, the sentence's ("I was a nurse at Mercy from 2012 to 2016 and at Grant from 2016 to 2020": a
    nurse at both).  Only in a sentence (``is_prose``)."""
    if not is_prose(body, start, end):
        return ""
    low, high = _clause(body, start, end, others)
    found = _nearest(body, low, high, start)
    if not found and others:   # a clause that goes on with the one before: the title after its "and"
        found = [(0, title) for at, title in _titles(body, low, high, _AND_TITLE) if at == low]
    clause = body[low:start] + " " + body[end:high]
    if not found and others and not (_OWN_SUBJECT.search(clause) or _JOB_VERB.search(clause)):
        # no subject or verb of its own ("... from 2012 to 2016 and at Grant Medical Center from 2016 to
        # 2020"): the sentence's title
        found = _nearest(body, *_sentence(body, start, end), start)
    if not found and current:
        found = [(0, title) for _, title in _titles(body, 0, _sentence(body, start, end)[0], _I_AM)][:1]
    return found[0][1] if found else ""


def _nearest(body: str, low: int, high: int, start: int) -> list[tuple[int, str]]:
    """(distance from ``start``, title) of each title after a cue (``_BEFORE_TITLE``) in ``body[low:high]``,
    the nearest first."""
    return sorted((abs(at - start), title) for at, title in _titles(body, low, high, _BEFORE_TITLE))


# What gives a clause a subject of its own: "I", "we", a verb of holding or doing a job ("I taught fourth grade").
_OWN_SUBJECT = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e)\b")
# The title a clause that goes on with the one before names after its "and": ", and then a shift supervisor".
_AND_TITLE = re.compile(r"(?i),?[ ]+and[ ]+(?:then[ ]+|later[ ]+)?(?:as[ ]+)?(?:an?|the)[ ]+")
# The person says what they are now: "I am a digital marketing manager", "I'm currently the office manager".
_I_AM = re.compile(r"(?i)\b(?:I[ ]+am|I'm|I’m)(?:[ ]+(?:currently|now))?[ ]+(?:an?|the)[ ]+")


def _titles(body: str, low: int, high: int, cue_re: re.Pattern) -> Iterator[tuple[int, str]]:
    """(where its cue starts, the title) for each title after a ``cue_re`` in ``body[low:high]``:
    a few words ending in a job noun, cut before its firm, dates or a comma."""
    for cue in cue_re.finditer(body, low, high):
        words = _TITLE_WORDS.match(body, cue.end(), high)
        if not words:
            continue
        stop = _AFTER_TITLE.search(body, cue.end(), words.end())
        title = body[cue.end():stop.start() if stop else words.end()].strip(" .")
        nouns = list(ROLE_WORD.finditer(title))
        if nouns and nouns[-1].end() == len(title) and len(title.split()) <= 5:
            yield cue.start(), title


# A figure or a thing as a sentence's subject, with what it did: "Revenue doubled", "Our team grew", "The
# company expanded", "Annual sales rose", "Patient satisfaction scores improved", "headcount went up", "has
# grown"; a title that starts with one does nothing ("Sales Associate", "Team Lead", "Revenue Analyst").
_THING_DID = re.compile(
    r"(?i)[\s,]*(?:(?:the|our|its|their|my|his|her|this)[ ]+)?(?:[\w'’-]+[ ]+){0,2}?"
    r"(?:revenues?|sales|profits?|margins?|income|earnings|turnover|headcount|staff|team|workforce|membership"
    r"|enrol?l?ments?|attendance|traffic|volumes?|output|production|productivity|retention|scores?|ratings?"
    r"|costs?|spend(?:ing)?|budgets?|donations|funding|customers|clients|users|subscribers|company|business"
    r"|firm|store|clinic|department|share|orders|throughput|satisfaction|rates?)"
    r"[ ]+(?:(?:has|have|had)[ ]+)?(?:(?:more[ ]+than|nearly|almost|roughly|steadily)[ ]+)?"
    r"(?:doubled|tripled|quadrupled|grew|grown|rose|risen|fell|fallen|dropped|declined|increased|decreased"
    r"|climbed|jumped|went|gone|expanded|shrank|improved|reached|topped|exceeded|surged|soared|up|down)\b")
# What leads into a range, dropped before a sentence's subject is read: "From ", "between ", "(".
_LEAD_IN = re.compile(r"(?i)(?:\b(?:from|between|since)[ ]+|\([ ]*)$")


def names_no_work(body: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the range at ``body[start:end]`` stands in a sentence (or, beside ``others``, a
    clause) that says no one's work: a figure or a thing its subject, whatever its length
    ("Revenue doubled from 2019 to 2021.", "From 2019 to 2021, revenue doubled under my lead");
    no person, no verb of holding a job, no firm after "at" ("Sales grew 40% from 2019 to
    2021", "From 2019 to 2021 the company tripled its revenue"), or study and no work ("I
    studied at UCLA from 2012 to 2016").  A line of a role is none (``is_prose``)."""
    if not _runs_through(body, start, end):
        return False
    low, high = _clause(body, start, end, others)
    before = body[low:start]
    lead = _LEAD_IN.search(before)
    if _THING_DID.match(before[:lead.start() if lead else len(before)] + " " + body[end:high]):
        return True
    if not is_prose(body, start, end):
        return False
    sentence = before + " " + body[end:high]
    if _JOB_VERB.search(sentence):
        return False
    return not _PERSON.search(sentence) or bool(_STUDY.search(sentence))


# A verb that names the job of the one who does it, with what must follow it for it to say that job, and the
# job's noun: "taught fourth grade" (a teacher), "drove for Uber", "drove a school bus" (a driver), "cooked at
# Denny's" (a cook), "waited tables" (a server).  "Drove sales growth", "delivered results", "taught new hires
# the POS system" and "coached junior staff" say no job.
_CO_WORKERS = (r"(?![ ]+(?:(?:the|our|my|all|new|junior|other|fellow|\d+)[ ]+)*(?:new[ ]+)?(?:hires?|staff|employees"
               r"|colleagues|co-?workers|team(?:mates)?|interns|peers|trainees|associates|agents|customers|clients"
               r"|patients|managers|leaders|volunteers|myself|others)\b)")
_VEHICLE = (r"(?:for[ ]+[A-Z0-9]|(?:(?:a|an|the|my|company|their)[ ]+)?(?:[\w-]+[ ]+)?(?:trucks?|bus(?:es)?|vans?"
            r"|cabs?|taxis?|semis?|tractor-trailers?|limos?|limousines?|ambulances?|shuttles?|delivery|deliveries"
            r"|routes?|rideshare|forklifts?|Uber|Lyft|DoorDash)\b)")
_DOERS = (
    (r"taught|teach(?:es|ing)?", _CO_WORKERS, "Teacher"),
    (r"tutored|tutor(?:s|ing)?", _CO_WORKERS, "Tutor"),
    (r"coached|coach(?:es|ing)?", _CO_WORKERS, "Coach"),
    (r"drove|driv(?:e|es|ing)", r"(?=[ ]+" + _VEHICLE + r")", "Driver"),
    (r"delivered|deliver(?:s|ing)?", r"(?=[ ]+(?:for[ ]+[A-Z0-9]|(?:[\w-]+[ ]+)?(?:packages|parcels|food|meals|pizzas?"
                                     r"|mail|newspapers|groceries|orders|furniture|appliances)\b))", "Delivery Driver"),
    (r"cooked|cook(?:s|ing)?", r"(?![ ]+(?:up|the[ ]+books)\b)", "Cook"),
    (r"bartended|bartend(?:s|ing)?", "", "Bartender"),
    (r"waited[ ]+(?:on[ ]+)?tables|wait(?:s|ing)?[ ]+(?:on[ ]+)?tables|waitressed|waitressing", "", "Server"),
    (r"cashiered|cashiering", "", "Cashier"),
    (r"nannied|nannying", "", "Nanny"),
    (r"babysat|babysitting", "", "Babysitter"),
    (r"lifeguarded|lifeguarding", "", "Lifeguard"),
    (r"landscaped|landscaping", "", "Landscaper"),
    (r"bussed[ ]+tables|bused[ ]+tables", "", "Busser"),
    (r"cleaned|clean(?:s|ing)?", r"(?=[ ]+(?:[\w-]+[ ]+)?(?:houses|homes|offices|buildings|rooms|hotel[ ]+rooms)\b)",
     "Cleaner"),
)
_DOER = re.compile(r"\b(?:" + "|".join(rf"(?P<v{k}>(?i:{verb})){after}" for k, (verb, after, _) in enumerate(_DOERS))
                   + r")\b")
# Where a statement of what its writer did opens: the clause's first word (after a bullet), or after "I" /
# "we" ("From 2016 to 2022 I taught ...", "I also drove for Lyft ...").
_OPENS = re.compile(r"[\s\-*•·▪]*\Z")
_AFTER_I = re.compile(r"\b(?:I|[Ww]e)(?:[ ]+(?:also|then|later|first|briefly|previously|have|had|mostly|mainly))*"
                      r"[ ]+\Z")


def title_by_statement(body: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()) -> str:
    """The job a clause that states what its writer did names for the range at ``body[start:end]``, or "",
    prose or a line of its own alike: after a cue its writer opens with ("Worked as a line cook at Olive Garden
    2019-2023": ``_BEFORE_TITLE``), or as the doer of a verb that names a job (``_DOERS``: "I taught fourth
    grade at Lincoln Elementary from 2016 to 2022" is a teacher's, "Drove for Uber 2020 - present" a
    driver's).  The cue or verb opens the clause or follows "I" / "we"; a verb that says no job is none
    ("Drove sales growth 2019-2021", "Taught new hires the POS system"), nor is a figure's sentence
    ("Revenue doubled from 2019 to 2021": no verb of a job)."""
    low, high = _clause(body, start, end, others)

    def opens(at: int) -> bool:
        before = body[low:at]
        return bool(_OPENS.fullmatch(before) or _AFTER_I.search(before))

    for at, title in _titles(body, low, high, _BEFORE_TITLE):
        if opens(at):
            return title
    for m in _DOER.finditer(body, low, high):
        if opens(m.start()) and not start <= m.start() < end:
            return _DOERS[int(next(k for k, v in m.groupdict().items() if v)[1:])][2]
    return ""
