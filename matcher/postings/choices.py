"""Either/or in a requirement: which of the skills it names are alternatives, any one of
which is enough ("PostgreSQL, MySQL or Redis", "AWS or GCP", "Kubernetes, Nomad, etc."),
and which are asked together ("Python and Go")."""

from __future__ import annotations

import re

Span = tuple[int, int, str]  # where a skill sits in a text: start, end, canonical name
# Between two skills of one list: commas, slashes, "and", "or", "and/or".
_JOINERS = r"(?:(?:and/or|or|and|nor)\b[\s,/|&]*)*"
# An item of the same list the taxonomy does not know ("Tokio, Axum, Actix Web", "Acumatica
# or Xero"): one to three words, no joiner among them, followed by the list's separator or "or".
_OTHER_ITEM = (r"(?!(?:and|or|nor)\b)[\w.+#-]+(?:[ \t](?!(?:and|or|nor)\b)[\w.+#-]+){0,2}"
               r"(?:[ \t]*[,/|]\s*|[ \t]+(?=(?:and/or|or|nor)\b))")
# A skill's bracketed note that names no skill ("CMA (AAMA) or RMA", "Go (3+ years) or Rust")
# leaves it on its list.
_NOTE = r"(?:[ \t]*\((?:[^()]|\([^()]{1,20}\)){1,40}\))?"   # one bracket inside: "CMA (AAMA)"
# A skill's version leaves it on its list too: "CATIA V5 (R28 or later) or Creo", "Revit 2022 or AutoCAD".
_VERSION = r"(?:[ \t]+(?:[VR]\d+|\d+(?:\.\d+)*)\b)?"
_LIST_GAP = re.compile(rf"(?i){_VERSION}{_NOTE}[\s,/|&]*{_JOINERS}(?:{_OTHER_ITEM}{_JOINERS})*")
# An alternative the taxonomy does not know, with the skills it stands for in brackets after it:
# "CBT, DBT or trauma-focused modalities (TF-CBT, EMDR)": the bracketed skills are kinds of that
# alternative, so the list goes on through them.
_OR_EXAMPLES_GAP = re.compile(rf"(?i)[\s,/|&]*(?:{_OTHER_ITEM})*(?:and/or|or)[ \t]+(?:[\w.+#-]+[ \t]+){{0,2}}"
                              r"[\w.+#-]+[ \t]*\([ \t]*")
# A credential or progress toward another: "CFA Level I or progress toward CPA", "PMP or actively pursuing it".
_OR_PROGRESS_GAP = re.compile(r"(?i)[\s,]*(?:and/)?or[ \t]+(?:(?:currently|actively|now)[ \t]+)?"
                              r"(?:(?:making[ \t]+)?progress(?:ing)?[ \t]+(?:towards?|to)|working[ \t]+towards?"
                              r"|studying[ \t]+for|pursuing|on[ \t]+track[ \t]+(?:for|towards?))[ \t]+"
                              r"(?:(?:the|an?|your)[ \t]+)?")
# Between a skill and the broad one it is an instance of, offered in its place: "Terraform or other
# infrastructure-as-code", "Python or another scripting language", "Epic or similar EHR systems"; the skill's
# parts in brackets between, which name no skill, leave it so ("Zendesk (triggers, macros, views) or a similar help
# desk").
_OR_OTHER_GAP = re.compile(r"(?i)(?:[ \t]*\([^()]*\))?[ \t]*,?[ \t]+(?:and/)?or[ \t]+(?:an?[ \t]+|any[ \t]+)?"
                           r"(?:other|another|similar|equivalent|comparable)[ \t]+"
                           r"(?:(?!(?:and|or|nor|with|in|of|such|like|as)\b)[a-z][\w-]*[ \t]+)?")
_OR_GAP = re.compile(r"(?i)/|\bor\b")
_AND_GAP = re.compile(r"(?i)(?<!/)\band\b(?!/)|&")
_SLASH_GAP = re.compile(r"\s*/\s*")
# A card asked beside another by a slash, not in its place: "CPR/First Aid" asks both (a BLS card shows CPR alone)
_CARD_BESIDE = frozenset({"First aid"})
_BOTH = re.compile(r"(?i)\bboth\s*$")
# What before a list makes it examples or a choice: "e.g.", "such as", "one of the following:".
_CHOICE_LEAD = re.compile(
    r"(?i)(?:\be\.\s?g\.?|\beg\b|\bfor (?:example|instance)|\bsuch as|\b(?<!would )(?<!['’]d )like|\b(?:any )?one of|"
    r"\bany of|\bone or more of|\bat least one of|\beither)"
    r"(?:\s+(?:the\s+)?(?:following|these|those|below))?\s*[:,(]?\s*$")
# What after a list leaves it open: "etc.", "...", "or similar".
_CHOICE_TAIL = re.compile(
    r"(?i)^\s*[,;]?\s*(?:etc\b|\.\.\.|…|and so on|and the like|and similar|and/or similar|"
    r"or (?:an?\s+|any\s+)?(?:similar|equivalent|comparable|another|other|related|alike|any other)\b)")
# Between a broad skill and its examples: "databases (PostgreSQL, ...)", "orchestration: ...".
_EXAMPLES_GAP = re.compile(r"(?i)\s*[(:,\u2013-]?\s*(?:(?:e\.\s?g\.?|for example|for instance|"
                           r"such as|like|including|incl\.)\s*[,:]?\s*)?")
# The same, with the examples named as such and up to two words of the broad skill's noun
# between ("a scripting language such as Python, Bash or Go"): the text says they are kinds of it.
_NAMED_EXAMPLES_GAP = re.compile(r"(?i)(?:[ \t]+[a-z][\w-]*){0,2}\s*[(:,\u2013-]?\s*(?:e\.\s?g\.?|for example|"
                                 r"for instance|such as|like|including|incl\.)\s*[,:]?\s*")
# A name the taxonomy does not know, offered as one of the alternatives ("QuickBooks, Acumatica
# or Xero", "Calculus or Statistics"): up to three words, the first with a capital, the others
# capitalised or numbers ("Acumatica 2024").  Kept as written, so that a resume naming it shows the
# choice; everyday words ("Other", "Tower") are no names.
_NAME = r"(?=[\w.+#-]*[A-Z])[\w.+#-]*[\w+#](?:[ \t](?:[A-Z0-9][\w.+#-]*[\w+#]|\d+))?(?:[ \t][A-Z0-9][\w.+#-]*[\w+#])?"
# The same, with names the taxonomy does not know first among the examples: "data analytics tools such as
# ACL, IDEA or Alteryx".
_NAMED_EXAMPLES_LEAD = re.compile(rf"{_NAMED_EXAMPLES_GAP.pattern}(?:{_NAME}[ \t]*(?:,|/|\bor\b)[ \t]*)*(?:or[ \t]+)?")
# ... unless that noun makes the examples ways of doing the work the broad skill names, not kinds of it: "a
# sales methodology such as MEDDIC or Challenger" asks a methodology, which no sales experience shows by itself.
_WAY_OF = re.compile(r"(?i)[ \t]+(?:methodolog(?:y|ies)|methods?|frameworks?|approach(?:es)?|techniques?"
                     r"|process(?:es)?)\b")
_ITEM_CUT = re.compile(r"(?i)[,/|&;()]|\b(?:and/or|or|and|nor|etc)\b|\.\.\.|…")
# Before the list, one such name or several ("(Polaris, Sierra or Koha)"), the list a kind of them
# ("McLeod, TMW or a similar TMS").
_NAME_BEFORE = re.compile(rf"(?:^|[\s,(:])((?:{_NAME}[ \t]*,[ \t]*)*{_NAME})"
                          r"(?:[ \t]*,[ \t]*|[ \t]+)(?:and/or|or)[ \t]+(?:(?:an?|any)[ \t]+)?"
                          r"(?:(?:other|similar|equivalent|comparable)[ \t]+)?$")
# ... or in brackets that offer them in the skill's place: "MicroStation and OpenRoads Designer (or
# Civil 3D)", "Procore (or Buildertrend)".
_NAMES_BEFORE_BRACKET = re.compile(rf"(?:^|[\s,(:])((?:{_NAME}[ \t]*(?:,|&|\band\b)[ \t]*)*{_NAME})"
                                   r"[ \t]*\([ \t]*(?:and/)?or[ \t]+$")
_NAME_AFTER = re.compile(rf"^(?:(?:[ \t]*,[ \t]*|[ \t]+)(?:and/or|or)[ \t]+|[ \t]*\([ \t]*(?:and/)?or[ \t]+)"
                         rf"({_NAME})(?![\w+#-])")
_NAMES_CUT = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")
# ... or listed before it in the brackets it closes, which an "or" after them makes a choice with another name:
# "Microsoft certifications (MD-102, AZ-104) or CompTIA Server+" (MD-102, AZ-104 and Server+ any one).
_NAMES_OPENING_BRACKET = re.compile(rf"\([ \t]*(?i:(?:e\.\s?g\.?|such as|including|for example)[ \t,:]*)?"
                                    rf"((?:{_NAME}[ \t]*,[ \t]*)+)$")
_NAME_AFTER_BRACKET = re.compile(rf"^[ \t]*\)[ \t]*,?[ \t]*(?:and/)?or[ \t]+({_NAME})(?![\w+#-])")
# The list's last item offered in words the taxonomy does not know, ending the list: "DevOps, SRE or
# platform engineering", "GAAP, IFRS or both": the list is a choice, its unknown item no name to show.
_WORDS_AFTER = re.compile(r"^[ \t]*,?[ \t]+(?:and/)?or[ \t]+(?:an?[ \t]+)?(?!(?:and|or|nor)\b)[a-z][\w-]*"
                          r"(?:[ \t]+(?!(?:and|or|nor|with|in|of|for)\b)[a-z][\w-]*){0,2}[ \t]*(?=$|[.;,)\n])")
# Items the taxonomy does not know between a list and what leaves it open ("..., Seesaw, etc.").
_WORD_NO_JOINER = r"(?!(?:and|or|nor|etc)\b)\w[\w.+#-]*"
_OPEN_ITEMS = re.compile(rf"(?:[ \t]*[,/|][ \t]*{_WORD_NO_JOINER}(?:[ \t]{_WORD_NO_JOINER}){{0,2}})*")
# Brackets right after a skill, or after up to two words of its noun ("a CRM platform (...)").
_BRACKET_AFTER = re.compile(r"(?:[ \t]+(?!(?:and|or|nor|with|in|of)\b)[a-z][\w-]*){0,2}[ \t]*\(([^()]*)\)")
# What in the brackets says they hold examples: "(e.g. ...)", "(such as ...)".
_EXAMPLES_LEAD = re.compile(r"(?i)^\s*(?:e\.\s?g\.?|eg\b|for (?:example|instance)|such as|like|including|incl\.)"
                            r"\s*[,:]?\s*")
# A skill in brackets right after another: "Python (pandas) or R", the brackets opening and closing;
# and brackets that open with a choice: "Airflow (or Dagster/Prefect)".
_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
# (the brackets may follow up to two words of the skill's noun: "Series 63 registrations (or Series 66)")
_BRACKET_OPENS_CHOICE = re.compile(r"(?i)(?:[ \t]+(?!(?:and|or|nor|with|in|of)\b)[a-z][\w-]*){0,2}"
                                   r"[ \t]*\([ \t]*(?:and/)?or[ \t]+")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def skill_alternatives(text: str, skills: list[str]) -> list[list[str]]:
    """The skills a requirement names, grouped into alternatives: each group is a list
    of canonical names any ONE of which satisfies it; skills asked together stay in
    groups of one.  Groups come in the order of ``skills``.

    A list of skills (joined by commas, slashes, "and", "or") is a choice when a
    skill in it is joined by "or" ("AWS or GCP", "X, Y or Z", "X and/or Y"), when
    it is left open ("X, Y, etc.", "X, Y, ...", "or similar") or when it is brought
    in as examples or a choice ("e.g. X, Y", "such as", "like", "one of", "any of",
    "either").  Otherwise it is asked whole: "X and Y", "X, Y and Z", "both X and
    Y", "including X and Y".  A slash binds closer than a comma: "X/Y" is a choice
    of two, "W, X/Y, Z" asks W, one of X and Y, and Z.  A list joined by "or" that
    also holds a bare "and" is cut there: "Python and Go or Rust" asks Python and
    one of Go, Rust; "Go and one of PostgreSQL, MySQL" asks Go and one of the two.
    A broad skill right before its examples joins their group when an example
    implies it ("databases (PostgreSQL, MySQL, etc.)").  A skill the text does not
    show stays alone.  Names in the list the taxonomy does not know ("QuickBooks, Acumatica or
    Xero", "Calculus or Statistics") join a choice as written, after its known skills.
    """
    wanted = list(dict.fromkeys(skills))
    spans = _skill_spans(text, wanted)
    lists: list[list[Span]] = []
    bracketed = False   # whether the last span joined its list from inside brackets
    parts_of = False    # whether the last list holds a choice of the parts of the skill right before its brackets
    for span in spans:
        gap = text[lists[-1][-1][1]:span[0]] if lists and lists[-1][-1][1] <= span[0] else None
        opens = gap is not None and _BRACKET_OPENS.fullmatch(gap)
        if (parts_of and gap is not None and _BRACKET_CLOSES.match(gap)
                and _OR_GAP.search(rest := _BRACKET_CLOSES.sub("", gap, count=1))
                and (_LIST_GAP.fullmatch(rest) or _OR_OTHER_GAP.fullmatch(rest))):
            # the skill before brackets that choose among its parts is one way, and "or" after them
            # offers another: "Articulate 360 (Storyline/Rise) or Adobe Captivate" asks one of them all
            lists[-2:] = [lists[-2] + lists[-1] + [span]]
            parts_of = False
            continue
        parts_of = False
        if (opens and not _OR_GAP.search(text[span[0]:text.find(")", span[0]) % (len(text) + 1)])
                or gap is not None and _BRACKET_OPENS_CHOICE.fullmatch(gap)):
            # a skill in brackets after another, no choice of its own in them, goes on its list,
            # and the list goes on after the brackets ("Python (pandas) or R"), as do brackets
            # that offer others in its place ("Airflow (or Dagster/Prefect)"); brackets that
            # hold a choice are one of their own ("Go (PostgreSQL or MySQL)"); a kind of system
            # with its kinds in brackets starts a list of its own ("Python and CRM (Follow Up Boss, kvCORE)")
            if opens and len(lists[-1]) > 1 and _a_kind_of(lists[-1][-1], span):
                lists.append([lists[-1].pop()])
            lists[-1].append(span)
            bracketed = True
            continue
        if gap is not None and bracketed and _BRACKET_CLOSES.match(gap):
            gap = _BRACKET_CLOSES.sub("", gap, count=1)
            bracketed = False
        elif gap is None or ")" in gap:
            bracketed = False
        if gap is not None and (_LIST_GAP.fullmatch(gap) or _OR_EXAMPLES_GAP.fullmatch(gap)
                                or _OR_PROGRESS_GAP.fullmatch(gap) or _OR_OTHER_GAP.fullmatch(gap)):
            lists[-1].append(span)
            parts_of = len(lists) > 1 and _in_brackets_of(text, lists[-2][-1], lists[-1])
        else:
            parts_of = bool(opens) and lists[-1][-1][2] in _implied([span[2]])
            lists.append([span])
    together: list[list[str]] = []   # groups of names, in text order
    unknown: dict[int, list[str]] = {}  # a group's alternatives the taxonomy does not know
    previous_end = 0
    in_examples: tuple[int, int] | None = None   # brackets after the last run that hold its examples
    only_word: set[str] = set()   # broad skills that only say whose ways a run's examples are
    for run in lists:
        lead, tail = text[previous_end:run[0][0]], text[run[-1][1]:]
        previous_end = run[-1][1]
        # Names the taxonomy does not know, offered with the run: "Calculus or [Statistics]",
        # "[Statistics] or Calculus", "[Zoom, Google Classroom], Seesaw, etc."
        before_name = _NAME_BEFORE.search(lead) or _NAMES_BEFORE_BRACKET.search(lead)
        after_name = _NAME_AFTER.match(tail)
        items = _OPEN_ITEMS.match(tail).end()
        # ... after names it does not know either: "LMSW, LCSW, [LLPC] or [LPC]"
        listed_after = not after_name and items > 0 and bool(after_name := _NAME_AFTER.match(tail[items:]))
        if not (before_name or after_name) and len(run) == 1 and (after_name := _NAME_AFTER_BRACKET.match(tail)):
            before_name = _NAMES_OPENING_BRACKET.search(lead)
        after_words = _WORDS_AFTER.match(tail)
        open_tail = _CHOICE_TAIL.match(tail[items:])
        units = _slash_units(text, run)  # "Prometheus/Grafana" is a choice within a list
        if _BOTH.search(lead):
            pieces = [(unit, False) for unit in units]
        elif _CHOICE_LEAD.search(lead) or open_tail:
            pieces = [([span for unit in units for span in unit], True)]
        else:
            pieces = []
            parts = _cut_at_and(text, units)
            for n, part in enumerate(parts):
                if (any(_choice_gap(text, a[-1], b[0]) for a, b in zip(part, part[1:]))
                        or (n == 0 and before_name) or (n == len(parts) - 1 and (after_name or after_words))):
                    pieces.append(([span for unit in part for span in unit], True))
                else:
                    pieces += [(unit, False) for unit in part]
        kinds = next((k for k in range(len(run) - 1, 1, -1) if _kinds_in_brackets(text, run[0], run[1:k + 1])), 0)
        if kinds and all(set(piece) <= set(run[:kinds + 1]) or not set(piece) & set(run[:kinds + 1])
                         for piece, _ in pieces):
            # A broad skill with its kinds in brackets after it: one choice ("Cloud (AWS, GCP)").
            pieces = [(run[:kinds + 1], True)] + [(p, c) for p, c in pieces if not set(p) & set(run[:kinds + 1])]
        elif not kinds and (choice := _examples_of_a_kind(text, run, spans)):
            if choice[0] not in run and together and together[-1] == [choice[0][2]]:
                together.pop()   # the skill that says which kind ("accounting software (...)") joins it
            pieces = [([span], False) for span in run if span not in choice] + [(choice, True)]
        first = pieces[0][0]
        broad = together[-1] if together and len(together[-1]) == 1 else None
        before = next((s for s in spans if s[2] == broad[0]), None) if broad else None
        if in_examples and in_examples[0] <= first[0][0] < in_examples[1]:
            # skills in brackets that hold examples of the group before ("a CRM (e.g. Salesforce)")
            group = together.pop()
            pieces[0] = ([s for s in spans if s[2] in group] + first, True)
        elif before and before[1] <= first[0][0] and (
                len(first) > 1 or _NAMED_EXAMPLES_LEAD.fullmatch(text, before[1], first[0][0])) and (
                _NAMED_EXAMPLES_LEAD.fullmatch(gap := text[before[1]:first[0][0]]) or (
                    _EXAMPLES_GAP.fullmatch(gap) and before[2] in _implied([name for _, _, name in first]))):
            # one example named as such joins too: "a CRM platform (e.g. Follow Up Boss)"
            together.pop()
            if _WAY_OF.match(gap):
                only_word.add(before[2])   # the broad skill only says whose methods: not asked itself
                pieces[0] = (first, True)
            else:
                pieces[0] = ([before] + first, True)
        elif before and before[1] <= run[0][0] and (_kinds_in_brackets(text, before, run)
                                                     or _named_kinds_in_brackets(text, before, run)):
            # Kinds of a broad skill in brackets after it, listed with no bare "and": its
            # instances, any one of which shows it ("a cloud platform (AWS, GCP, Azure)").
            together.pop()
            pieces = [([before] + list(run), True)]
        # Names in brackets right after the run's last skill, as its examples, join its group.
        examples, in_examples = _examples_after(text, run[-1][1], spans, run[-1][2])
        if examples:
            pieces[-1] = (pieces[-1][0], True)
        for k, (piece, choice) in enumerate(pieces):
            if not choice:
                continue
            names = [name for a, b in zip(piece, piece[1:]) for name in _names_in(text[a[1]:b[0]])]
            if k == 0 and before_name:
                names[:0] = [name for name in _NAMES_CUT.split(before_name.group(1)) if name]
            if k == len(pieces) - 1:
                names += _names_in(tail[:items]) if open_tail or listed_after else []
                names += [after_name.group(1)] if after_name and not open_tail else []
            known = {name.lower() for _, _, name in piece}
            # a name the taxonomy knows by another form is that skill ("PySpark or Scala": Apache
            # Spark or Scala)
            names = [_canonical(n, text) for n in names if not _everyday(n)]
            names += examples if k == len(pieces) - 1 else []
            names = [n for n in dict.fromkeys(names) if n.lower() not in known]
            if names:
                unknown[len(together) + k] = list(dict.fromkeys(unknown.get(len(together) + k, []) + names))
        together += [[name for _, _, name in piece] for piece, _ in pieces]
    where = {name: i for i, group in enumerate(together) for name in group}
    groups: list[list[str]] = []
    placed: dict[int, list[str]] = {}
    settings = _settings(text, lists)
    for name in wanted:
        if name in settings or name in only_word and name not in where:
            continue
        if name not in where:
            groups.append([name])
        elif where[name] in placed:
            placed[where[name]].append(name)
        else:
            placed[where[name]] = [name]
            groups.append(placed[where[name]])
    for i, group in placed.items():
        group += unknown.get(i, [])
    return _ways_taken(text, _clauses_offered(text, _suite_parts(text, groups, spans), spans), spans)


def _in_brackets_of(text: str, broad: Span, run: list[Span]) -> bool:
    """Whether ``run`` stands in brackets opened right after the skill ``broad`` and each of its skills
    is a part or kind of it ("Articulate 360 (Storyline/Rise", "AWS (EC2 or Lambda")."""
    return (bool(_BRACKET_OPENS.fullmatch(text, broad[1], run[0][0]))
            and all(broad[2] in _implied([name]) for _, _, name in run))


def _ways_taken(text: str, groups: list[list[str]], spans: list[Span]) -> list[list[str]]:
    """``groups`` where the text takes other credentials or tools in place of the one it asks
    (``licence_route``: "Active Enrolled Agent (EA) license required - CPA or attorney also considered",
    "ASCP certification required; AMT accepted", "3+ years of Creo; SolidWorks experience acceptable"):
    those named in the way taken join the group asked before it, one choice."""
    from matcher.postings.knockout_rules import licence_route

    route = licence_route(text, credential=False)
    if route is None:
        return groups
    at = {name: start for start, _, name in spans}
    before = [g for g in groups if all(at.get(name, -1) < route[1] for name in g)]
    taken = [g for g in groups if all(at.get(name, -1) >= route[1] for name in g)]
    if not before or not taken:
        return groups
    asked = before[-1]
    joined = asked + [name for g in taken for name in g if name not in asked]
    return [joined if g is asked else g for g in groups if not any(g is t for t in taken)]


# A suite of office, design or e-learning apps, whose apps a posting may name after it to say what it means by it.
SUITES = frozenset({"Microsoft Office", "Adobe Creative Suite", "Articulate 360"})
# What brings in a suite's apps after it: brackets ("Microsoft Office (Word, Excel, Outlook)",
# "MS Office (e.g. Word and Excel)") or a word of examples ("Microsoft Office, including Word and Excel").
_APPS_LEAD = r"(?:e\.\s?g\.?|i\.\s?e\.?|including|incl\.|such as|especially|particularly)"
_APPS_OPEN = re.compile(rf"(?i)[ \t]*(?:\([ \t]*(?:{_APPS_LEAD}[ \t,:]*)?|,?[ \t]+{_APPS_LEAD}[ \t,:]+)")


def _suite_parts(text: str, groups: list[list[str]], spans: list[Span]) -> list[list[str]]:
    """``groups`` where a suite (``SUITES``) has its apps named right after it (``_APPS_OPEN``):
    the suite is shown by each of them or by itself, so each app's group takes the suite as its
    other choice and the suite asks nothing more ("Microsoft Office (Word, Excel, Outlook)": Word
    or Microsoft Office, Excel or Microsoft Office, ...).  Apps named apart from it are all asked
    ("Microsoft Office and Excel", "Word; Office 365")."""
    for _, end, name in spans:
        opened = _APPS_OPEN.match(text, end) if name in SUITES else None
        if not opened:
            continue
        bracket = text[end:opened.end()].lstrip().startswith("(")
        close = text.find(")", opened.end()) if bracket else re.search(r"[.;:(]|$", text[opened.end():]).start() \
            + opened.end()
        parts = {n for s, e, n in spans if opened.end() <= s and e <= max(close, 0) and name in _implied([n])}
        if parts:
            groups = [group + [name] if set(group) & parts and name not in group else group
                      for group in groups if group != [name]]
    return groups


# Two asks offered in each other's place, whole clauses joined by "OR" in capitals or by ", or"
# before words ("CNA certification listed on the PA Nurse Aide Registry, OR completion of a 75-hour
# Home Health Aide training program"); the first a clause of its own, words after its skill ("Python,
# or experience with Go" offers no clause: both are asked).
_CLAUSE_OR = re.compile(r"[,;][ \t]+(?:OR|or)[ \t]+(?=[a-z0-9])|[ \t]+OR[ \t]+")
_CLAUSE_WORDS = re.compile(r"(?:\s*[\w'’()/-]+){3,}\s*")


def _clauses_offered(text: str, groups: list[list[str]], spans: list[Span]) -> list[list[str]]:
    """``groups`` with the one group of each of two clauses offered in each other's place
    (``_CLAUSE_OR``) made one choice; as they were when a clause holds more than one."""
    cut = _CLAUSE_OR.search(text)
    if not cut or len(groups) != 2:
        return groups
    at = {name: (start, end) for start, end, name in spans}
    sides = [{at[name][0] < cut.start() for name in group if name in at} for group in groups]
    last = max((at[name][1] for name in groups[0] if name in at), default=cut.start())
    if sides == [{True}, {False}] and (" OR " in cut.group(0) or _CLAUSE_WORDS.fullmatch(text, last, cut.start())):
        return [groups[0] + [name for name in groups[1] if name not in groups[0]]]
    return groups


# Up to two words of a broad skill's noun, then brackets open: "a cloud platform (", "EHR systems (".
_KINDS_OPEN = re.compile(r"(?:[ \t]+(?!(?:and|or|nor|with|in|of)\b)[a-z][\w-]*){0,2}[ \t]*\([ \t]*")


# Kinds of system the taxonomy names by their acronym, not products: "a CRM (Follow Up Boss, kvCORE)",
# "HRIS (Workday, BambooHR)"; "SAP (FI, CO)" names a product's parts.
_KIND_ACRONYMS = frozenset({"CRM", "ERP", "HRIS", "LMS", "CMS", "POS", "ILS", "ATS", "LIMS", "CMMS", "WMS", "TMS",
                            "EHR", "EMR", "SIEM", "MLOps"})
# The taxonomy's categories of products and of the things software is made with: a name of one written in
# words is still a product's ("Python", "Snowflake"), not a kind's ("Accounting", "Electronic health records").
_PRODUCT_CATEGORIES = frozenset({"tool", "cloud", "platform", "framework", "language", "library", "database",
                                 "devops", "ml", "data", "testing", "security", "protocol"})


def _names_a_kind(name: str) -> bool:
    """Whether a skill's ``name`` names a kind of thing, not a product: in words ("Electronic health
    records"), by a kind's acronym ("CRM"), or as a practice ("CI/CD", whose tools Jenkins and GitHub
    Actions are); not "AWS", whose parts EC2 and S3 are, nor a suite ("Articulate 360", written in words
    but a product whose apps Storyline and Rise are: ``SUITES``)."""
    if name in SUITES:
        return False
    if name[1:] == name[1:].lower() or name in _KIND_ACRONYMS:
        return True
    from matcher.skills.taxonomy import taxonomy
    skill = taxonomy().get(name)
    return skill is not None and skill.category == "practice"


def _a_kind_of(broad: Span, kind: Span) -> bool:
    """Whether the skill of ``kind`` is a kind of the one of ``broad``, named as a kind of thing in
    words or by its acronym ("CRM" for "Follow Up Boss"; not "Amazon Web Services" for "AWS Lambda")."""
    return _names_a_kind(broad[2]) and broad[2] in _implied([kind[2]])


def _kinds_in_brackets(text: str, broad: Span, run: list[Span]) -> bool:
    """Whether ``run`` fills the brackets right after the skill ``broad`` and lists two or
    more kinds of it, joined by commas or slashes only: "EHR systems (Epic, Cerner)", "CI/CD pipelines
    (GitHub Actions, Jenkins, CircleCI)"; not
    "(Docker and Kubernetes)", asked together.  ``broad`` names a kind of thing, in words
    ("Electronic health records"), not a product whose parts the brackets ask ("AWS (EC2, S3)")."""
    return (len(run) > 1 and _names_a_kind(broad[2])
            and bool(_KINDS_OPEN.fullmatch(text, broad[1], run[0][0]))
            and bool(_BRACKET_CLOSES.match(text, run[-1][1]))
            and all(re.fullmatch(r"[ \t]*[,/][ \t]*", text[a[1]:b[0]]) for a, b in zip(run, run[1:]))
            and broad[2] in _implied([name for _, _, name in run]))


# Brackets right after a broad skill that offer its kinds with names the taxonomy does not know
# among them: "a WMS (Manhattan, SAP EWM, or Blue Yonder)", or the settings it may have been done
# in, in everyday words: "customer service experience (call center, retail or hospitality)".
_NAMED_KINDS_OPEN = re.compile(rf"{_KINDS_OPEN.pattern}(?:{_NAME}[ \t]*,[ \t]*(?:or[ \t]+)?)*")
_CHOICE_GAP = re.compile(r"[ \t]*[,/][ \t]*|[ \t]*,?[ \t]+or[ \t]+")   # ", ", "/", " or ", ", or "
_NAMED_KINDS_CLOSE = re.compile(rf"(?:[ \t]*,?[ \t]*(?:or[ \t]+)?{_NAME}|(?:[ \t]*,[ \t]*(?:or[ \t]+)?|[ \t]+or[ \t]+)"
                                rf"[a-z][\w-]*(?![\w-]))*[ \t]*\)")


def _named_kinds_in_brackets(text: str, broad: Span, run: list[Span]) -> bool:
    """Whether ``run`` stands in brackets right after the skill ``broad``, beside names the
    taxonomy does not know, offered as a choice ("or") of kinds of it: "a WMS (Manhattan, SAP
    EWM, or Blue Yonder)" asks one warehouse management system, SAP WM being one; "SIEM platforms
    (Splunk, QRadar, or Microsoft Sentinel)" one SIEM (``broad`` names a kind, ``_names_a_kind``)."""
    opens = _NAMED_KINDS_OPEN.fullmatch(text, broad[1], run[0][0])
    closes = _NAMED_KINDS_CLOSE.match(text, run[-1][1])
    return (bool(opens and closes) and _names_a_kind(broad[2])
            and all(_CHOICE_GAP.fullmatch(text[a[1]:b[0]]) for a, b in zip(run, run[1:]))
            and bool(_OR_GAP.search(text, broad[1], closes.end()))   # pattern.search(text, pos, endpos)
            and broad[2] in _implied([name for _, _, name in run]))


# A noun naming a kind of thing, right before the brackets: "frameworks (", "a language (", "cabinets (", "video
# editing (".
_KIND_NOUN_OPENS = re.compile(
    r"(?i)\b(?:tools?|frameworks?|languages?|platforms?|systems?|databases?|software|librar(?:y|ies)"
    r"|technolog(?:y|ies)|packages?|applications?|apps|suites?|engines?|solutions?|environments?|stores?"
    r"|warehouses?|queues?|brokers?|providers?|editors?|IDEs?"
    # or equipment: "automated dispensing cabinets (Pyxis, Omnicell)", "infusion pumps (Alaris, Sigma)"
    r"|cabinets?|machines?|devices?|equipment|instruments?|analy[sz]ers?|pumps?|scanners?"
    # or a kind of work done with them: "Video editing (Camtasia, Premiere Pro)", "3D modeling (Blender, Maya)"
    r"|editing|drafting|modell?ing|scripting|monitoring|testing|animation|illustration|bookkeeping)[ \t]*\([ \t]*$")
# That work with what it is done to between, whose tools the brackets name: "testing REST APIs (Postman,
# REST Assured)", "monitoring Kubernetes clusters (Prometheus, Grafana)".
_WORK_ON_OPENS = re.compile(r"(?i)\b(editing|drafting|modell?ing|scripting|monitoring|testing)(?:[ \t]+[\w/-]+){1,2}"
                            r"[ \t]*\([ \t]*$")


def _examples_of_a_kind(text: str, run: list[Span], spans: list[Span]) -> list[Span] | None:
    """Where ``run`` fills brackets right after a noun naming a kind of thing, two or more of
    that kind with no bare "and": examples, any one of which shows it ("distributed computing
    frameworks (Spark, Ray)", "a statically typed language (Java, Go, C++)"); the choice, with
    the skill that says which kind, when one does ("accounting software (QuickBooks, Sage,
    Xero)").  None for the parts of a product named before the noun ("Microsoft Office tools
    (Word, Excel)", "AWS services (EC2, S3)") and for brackets after no such noun ("Our stack
    (Python, Go, Rust)", "AWS (EC2, S3)"): they are all asked."""
    close = text.find(")", run[-1][1])
    opening = text.rfind("(", 0, run[-1][0])
    inside = [s for s in run if s[0] > opening]
    # work done on a skill right before the brackets, not a word of a skill's name ("React Testing Library (")
    work = _WORK_ON_OPENS.search(text, max(0, opening - 40), opening + 1)
    work = work is not None and not any(a <= work.start() < b and b - a > len(work[1]) for a, b, _ in spans)
    if 1 < len(inside) < len(run) and close >= 0 and work \
            and not any(_AND_GAP.search(text[a[1]:b[0]]) for a, b in zip(inside, inside[1:])):
        # the tools of work on a skill, in brackets after it ("testing REST APIs (Postman, REST Assured)"):
        # one of them, the skill asked beside
        return inside
    if len(run) < 2 or close < 0 or "(" in text[run[-1][1]:close] \
            or not (_KIND_NOUN_OPENS.search(text, max(0, run[0][0] - 40), run[0][0]) or work) \
            or any(_AND_GAP.search(text[a[1]:b[0]]) for a, b in zip(run, run[1:])) \
            or _AND_GAP.search(text[run[-1][1]:close]):
        return None
    opening = text.rfind("(", 0, run[0][0])
    if work:
        return list(run)   # what the work is done to is asked beside its tools ("monitoring Kubernetes clusters (")
    which = next((s for s in spans if s[1] <= opening and _KINDS_OPEN.fullmatch(text, s[1], opening + 1)), None)
    if which is None:
        return list(run)
    # a product's name starts with a capital ("Microsoft Office", "AWS"); a practice's may ("CI/CD", "MLOps"), and
    # a kind's where the requirement opens with it ("Accounting software (QuickBooks, Sage, Xero) experience")
    from matcher.skills.taxonomy import taxonomy
    skill = taxonomy().get(which[2])
    if text[which[0]].isupper() and not (skill is not None and _names_a_kind(which[2]) and (
            which[2] in _KIND_ACRONYMS or skill.category not in _PRODUCT_CATEGORIES)):
        return None
    return [which, *run]


# Everyday words offered with a skill by "or": "(retail, restaurant, or banking)", "banking or retail",
# "medical device, pharmaceutical, or capital equipment".
_WORDS_OR_BEFORE = re.compile(r"(?:^|[(,:]|\bin)\s*(?:[a-z][\w-]*\s*,\s*)*[a-z][\w-]*\s*,?\s+(?:and/)?or\s+$")
_OR_WORDS_AFTER = re.compile(r"(?:\s*,\s*[a-z][\w-]*)*\s*,?\s+(?:and/)?or\s+[a-z][\w-]*\b(?!\s+[A-Z])")


def _settings(text: str, lists: list[list[Span]]) -> set[str]:
    """The industries a requirement offers as where its work may have been done, one of them or
    another in everyday words: "6+ months of cash handling experience (retail, restaurant, or
    banking)" asks cash handling, not banking.  A list of industries (category "domain") or fields
    named by their bare word ("retail" for Retail sales: ``_FIELDS``), with words it is a choice
    among: "(retail, banking or restaurant)" asks neither retail nor banking; only beside another
    skill asked."""
    if len(lists) < 2:
        return set()
    from matcher.skills.taxonomy import taxonomy
    tax = taxonomy()
    out = set()
    for run in lists:
        if not all(_a_field(tax.get(name), text[start:end]) for start, end, name in run):
            continue
        start, end = run[0][0], run[-1][1]
        if _WORDS_OR_BEFORE.search(text[max(0, start - 80):start]) or _OR_WORDS_AFTER.match(text, end):
            out.update(name for _, _, name in run)
    return out


# Categories of fields of work a requirement may offer as where it was done, by their bare word:
# "retail", "hospitality", "healthcare", "finance".
_FIELDS = frozenset({"retail", "hospitality", "healthcare", "finance", "logistics", "education"})


def _a_field(skill, surface: str) -> bool:
    """Whether a skill named as ``surface`` is an industry, or a field named by its bare word."""
    return skill is not None and (skill.category == "domain" or (
        skill.category in _FIELDS and surface.isalpha() and surface.islower()
        and skill.name.lower().startswith(surface)))


def _names_in(gap: str) -> list[str]:
    """The names between two skills of one list that the taxonomy does not know; a bracketed
    note is none ("CMA (AAMA) or RMA": AAMA awards the first), nor is the version of the skill
    before ("CATIA V5 (R28 or later) or Creo")."""
    gap = _BRACKETED.sub(" ", gap)
    return [piece.strip() for piece in _ITEM_CUT.split(gap)
            if re.fullmatch(_NAME, piece.strip()) and not re.fullmatch(_VERSION, " " + piece.strip(), re.I)]


_BRACKETED = re.compile(r"\([^()]*\)")


def _examples_after(text: str, end: int, spans: list[Span],
                    skill: str = "") -> tuple[list[str], tuple[int, int] | None]:
    """The names the taxonomy does not know in brackets right after a skill ending at ``end``,
    when they read as examples of it, so that any one of them shows it: "a CRM (Follow Up Boss,
    kvCORE or similar)", "(e.g. Follow Up Boss)", "(Follow Up Boss, kvCORE)".  They read so when
    the brackets bring them in as examples ("e.g.", "such as"), leave them open ("or similar",
    "etc.") or list two or more of them with no bare "and"; every item must be a name or a skill
    the taxonomy knows.  A lone name after a skill naming a kind in words is one ("Accessibility (VoiceOver)"),
    not after letters ("MLS (Stellar MLS)", "CRM (Stellar)"), and words ("(3+ years)") are none; nor,
    unless the brackets say so, are names the taxonomy does not know after a ``skill`` that names no kind
    (``_names_a_kind``): "LC-MS (Thermo or Agilent)" asks LC-MS of those makers, and neither maker shows it.
    With them, where the brackets say they hold examples ("e.g.", "or similar"), the brackets'
    span, whose skills join the group too: "a CRM (e.g. Salesforce, Follow Up Boss)".  A name of
    several words is no everyday word ("Follow Up Boss"); a single one may be ("Other")."""
    bracket = _BRACKET_AFTER.match(text, end)
    if not bracket:
        return [], None
    start, stop = bracket.span(1)
    lead = _EXAMPLES_LEAD.match(text[start:stop])
    start += lead.end() if lead else 0
    inside = text[start:stop]
    open_at = next((m.start() for m in re.finditer(r"(?<![\w.+#/-])(?=\S)|[,;]", inside)
                    if _CHOICE_TAIL.match(inside[m.start():])), None)
    stop = start + open_at if open_at is not None else stop
    cuts = [start] + [i for m in _ITEM_CUT.finditer(text, start, stop) for i in m.span()] + [stop]
    items = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip()]
    explicit = bool(lead) or open_at is not None
    # one name after a skill naming a kind in words is its example too: "Accessibility (VoiceOver)"; not after
    # letters, which may name the product itself ("CRM (Stellar)"), nor the skill's own ("Advanced Life Support (ALS)")
    lone = len(items) == 1 and bool(skill) and skill[1:] == skill[1:].lower() and _names_a_kind(skill) \
        and _canonical(text[items[0][0]:items[0][1]].strip()) != skill
    if not items or (not explicit and ((len(items) < 2 and not lone) or _AND_GAP.search(text, start, stop))):
        return [], None
    makers = not explicit and bool(skill) and not _names_a_kind(skill)
    names = []
    for a, b in items:
        name = text[a:b].strip()
        if any(a <= s < b for s, _, _ in spans) or _canonical(name) == name != _canonical(name, text):
            continue   # a skill the taxonomy knows, by the words near it too ("CFI" beside flying words)
        if not re.fullmatch(_NAME, name):
            return [], None
        if makers and _canonical(name) == name:
            continue   # a name the taxonomy does not know, after a skill naming no kind: its maker, not it
        if " " in name or not _everyday(name):
            names.append(name)
    return names, bracket.span(1) if names and explicit else None


def _canonical(name: str, text: str = "") -> str:
    """A name as the taxonomy's skill it is a form of, read alone as the extractor reads it (its
    case and context rules kept: "PySpark" is Apache Spark; "DBT" alone is no dbt), or as it reads
    it in ``text`` where the words near it say which skill it is ("CFI" in "Certified Flight
    Instructor (CFI/CFII/MEI)"), else as written."""
    try:
        from matcher.skills.taxonomy import posting_mentions
    except ImportError:
        return name
    found = [m for m in posting_mentions(name) if m.start == 0 and m.end == len(name)]
    found = found or [m for m in posting_mentions(text) if m.surface == name]
    return found[0].name if found else name


def _everyday(name: str) -> bool:
    """Whether a name opens with an everyday English word ("Other JVM languages", "Tools"):
    no product or subject."""
    from wordfreq import zipf_frequency

    from matcher.skills.evidence import COMMON_WORD
    return zipf_frequency(name.split()[0].lower(), "en") >= COMMON_WORD


def _choice_gap(text: str, a: Span, b: Span) -> bool:
    """Whether the words between ``a`` and ``b`` offer one in the other's place: an "or" or a slash, save
    a slash that sets a card beside another ("CPR/First Aid")."""
    gap = text[a[1]:b[0]]
    return bool(_OR_GAP.search(gap)) and not (_SLASH_GAP.fullmatch(gap) and _CARD_BESIDE & {a[2], b[2]})


def _slash_units(text: str, run: list[Span]) -> list[list[Span]]:
    """``run`` in units of skills joined by a bare slash ("Prometheus/Grafana")."""
    units = [[run[0]]]
    for a, b in zip(run, run[1:]):
        if not (_SLASH_GAP.fullmatch(text[a[1]:b[0]]) and _choice_gap(text, a, b)):
            units.append([])
        units[-1].append(b)
    return units


def _cut_at_and(text: str, units: list[list[Span]]) -> list[list[list[Span]]]:
    """``units`` cut where a bare "and" (not "and/or", no "or") joins two of them."""
    parts = [[units[0]]]
    for a, b in zip(units, units[1:]):
        gap = text[a[-1][1]:b[0][0]]
        if _AND_GAP.search(gap) and not _OR_GAP.search(gap):
            parts.append([])
        parts[-1].append(b)
    return parts


def _skill_spans(text: str, names: list[str]) -> list[Span]:
    """(start, end, name) of the first mention of each of ``names`` in ``text``, in text
    order: as the skill extractor finds it, else the name itself as a whole word, else a form
    that names it only in some fields: the posting around the text told the field ("CPP or FPC"
    under a payroll title, "CMA or RMA" in a clinic's posting), the text alone does not."""
    found: dict[str, Span] = {}
    try:
        from matcher.skills.taxonomy import posting_mentions, taxonomy
    except ImportError:  # the skills module is optional
        mentions, sensed = (), lambda name: ()
    else:
        mentions, sensed = posting_mentions(text), taxonomy().sensed_forms
    for m in mentions:
        if m.name in names and m.name not in found:
            found[m.name] = (m.start, m.end, m.name)
    for name in names:
        if name not in found and name.strip():
            hit = _whole(re.escape(name)).search(text) or _whole(re.escape(name), re.I).search(text) or next(
                (h for key in sensed(name) if (h := _whole(r"\W+".join(map(re.escape, key)), re.I).search(text))),
                None)
            if hit:
                found[name] = (hit.start(), hit.end(), name)
    return sorted(found.values())


def _whole(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` as a whole word of a text, as a name is written ("C++", "Node.js" end no word)."""
    return re.compile(r"(?<![\w.+#/-])" + pattern + r"(?![\w+#-]|\.\w)", flags)


def _implied(names: list[str]) -> set[str]:
    """The broader skills that ``names`` imply (PostgreSQL -> Relational databases)."""
    try:
        from matcher.skills.taxonomy import implied_skills
    except ImportError:
        return set()
    return set(implied_skills(names))
