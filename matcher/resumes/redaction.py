"""Redaction: a resume's text without names, e-mails, phones, street addresses, links and
personal details (date of birth, nationality, marital status, gender, religion, a passport
number, a photo).

Runs before anything is scored, embedded or shown, so that two resumes
differing only in who wrote them read the same to the ranking.
"""

from __future__ import annotations

import re

from matcher.resumes.roles import YEAR, is_legal_form
from matcher.resumes.sections import DOCUMENT_TITLES, HEADING_KIND, heading_of
from matcher.text import JOB_WORD, normalise, sentence_pieces, strip_line_marks

__all__ = ["NAME_PLACEHOLDER", "links_own_site", "personal_status", "redact"]


# Every removed span first becomes _MARK, so that only the lines that lost
# something are tidied, the same way whatever was removed: two resumes that
# differ only in name and contact details come out identical.
_MARK = "\x00"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}")
_EMAIL_SPELLED = re.compile(r"(?i)(?<![\w.+-])[\w.+-]{1,64} ?[\[(] ?at ?[\])] ?[\w-]{1,63}"
                            r"(?: ?(?:[\[(] ?dot ?[\])]|\.) ?[\w-]{1,63}){1,4}")
_URL = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)[^\s<>\"'`]{1,2000}")
_DOMAIN = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}"
                     r"\.(?:com|io|dev|me|net|org|co|ai|app|info|tech|site|page|xyz|blog|online|"
                     r"design|us|uk|ca|de|fr|in|au|eu)(?:/[^\s<>\"']{0,300})?(?![\w-])")
_NOT_DOMAINS = {"asp.net", "ado.net", "vb.net", "socket.io", "draw.io", "dev.to"}
_PROFILE_FIELD = re.compile(r"(?i)\b(?:linkedin|github|gitlab|twitter|skype|telegram|whatsapp|"
                            r"portfolio|website|blog)(?: ?(?:profile|id|handle|url))? ?: ?(\S{1,100})")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]{2,30}(?![\w@.])")
_PHONE = re.compile(r"(?<![\w+/.-])(?:\+ ?\d{1,3}[ .\-]?)?(?:\(0\) ?)?(?:\(\d{1,5}\)[ .\-]?)?"
                    r"\d{1,8}(?:[ .\-\u00a0]\d{1,8}){1,5}(?: ?(?:x|ext\.?) ?\d{1,5})?(?![\w/])"
                    r"|(?<![\w+/.-])\+?\d{10,14}(?![\w/])")
_PHONE_FIELD = re.compile(r"(?i)\b(?:phone|tel|telephone|mobile|cell|mob|whatsapp)\b\.?"
                          r"(?: ?(?:no\.?|number|#))? ?[:\-]? ?(\+?[\d ()./\-]{5,25}\d)")
# A street named the English way, after its house number ("12 Baker Street", "14 Larkhall Rise").
# A sentence that goes on after the street word is work, not an address ("Ran 12 Abbey Road
# sessions", "Managed 45 Main Street-level sites").
_STREET = (r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|"
           r"Pl|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|"
           r"Close|Row|Alley|Plaza|Rise|Gardens|Gdns|Mews|Grove|Marg")
_WORD = r"[A-Z][^\W\d_]*(?:['’.-][^\W\d_]*)*\.?(?!\d)"
_TOWN = rf"{_WORD}(?!\w)(?:[ \t]{_WORD}(?!\w)){{0,2}}"
_UNIT = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|#)\.?[ \t]*#?[\w-]{1,6}"
_HOUSE = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,6}[A-Za-z]?)?"
# A postcode after a street and its town: a US ZIP ("IL 62704"), an Indian PIN ("560066",
# "560 066"), a British ("SW4 6HB") or Canadian ("M5V 1J5") postcode, or an Australian state
# with its four digits ("VIC 3065").
_ZIP = (r"(?:\d{5}(?:-\d{4})?|\d{6}|\d{3}[ \t]\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
        r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|(?:ACT|NSW|NT|QLD|SA|TAS|VIC|WA)[ \t]+\d{4})(?!\d)")
# A European postcode, written before the town: "75001", "D-80331", "2200", "1015 CS", "111 43".
_EU_ZIP = r"(?:[A-Z]{1,2}-[ \t]?)?(?:\d{3}[ \t]\d{2}|\d{4,5})(?:[ \t][A-Z]{2})?(?!\d)"
_ADDRESS = re.compile(
    rf"(?<![\w/.-])(?:{_UNIT},?[ \t]+)?{_HOUSE},?[ \t]+(?:[A-Z0-9][\w'’.-]*[ \t]+){{1,4}}"
    rf"(?:{_STREET})\b(?!\.?[ \t]+[a-z]|-\w)\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?"
    rf"(?:,?[ \t]*{_UNIT})?"
    rf"(?:,[ \t]?{_TOWN}){{0,3}}"
    rf"(?:,?[ \t]+(?:{_ZIP}|{_EU_ZIP}[ \t]+{_TOWN})(?:,[ \t]?{_TOWN})?)?"
    r"(?![ \t]*\d)")  # a town is not read up to a postcode's letters ("Fitzroy VIC 3065")
# A street named the continental way: a word ending in a street word ("Hauptstraße",
# "Nørrebrogade", "Kungsgatan"), or a street word before the name ("Rue de Rivoli", "Via
# Roma", "Calle Mayor"), with its house number before or after.  Such a name is taken for a
# street only with the postcode and town that follow it, since "Via" and "-gade" have other
# uses.
_STREET_END = (r"(?i:straße|strasse|str\.|gade|vej|weg|gasse|gatan|gata|vägen|straat|laan|gracht|"
               r"allee|platz|plein|veien|vei)")
_STREET_FRONT = (r"(?:Rue|Avenue|Boulevard|Bd|Allée|Chemin|Place|Via|Viale|Piazza|Corso|Calle|Avenida|"
                 r"Paseo|Plaza|Carrer|Rua|Travessa)")
_STREET_NAMED = (rf"(?:(?:[A-Z][^\W\d_]*[ \t]){{0,2}}[^\W\d_]*{_STREET_END}"
                 rf"|{_STREET_FRONT}(?:[ \t]+(?:[A-Z][\w'’.-]*|d[aeiou][ls]?|d'|la|le|les|los|las|del|della))"
                 r"{1,4})")
_ADDRESS_ABROAD = re.compile(
    rf"(?<![\w/.-])(?:{_UNIT},?[ \t]+)?(?:{_HOUSE},?[ \t]+{_STREET_NAMED}|{_STREET_NAMED}[ \t]+{_HOUSE})"
    rf"(?:,?[ \t]*{_UNIT})?,?[ \t]+{_EU_ZIP}[ \t]+{_TOWN}(?![\w-])")
_CITY_ZIP = re.compile(rf"(?<!\w){_WORD}(?:[ \t]{_WORD}){{0,3}},[ \t]?[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?(?!\d)")
_POSTCODE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\w-])")
_PO_BOX = re.compile(r"(?i)\bP\.? ?O\.? ?Box[ \t]+\d{1,6}")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Mister)\b\.?[ \t]+((?:[A-Z][\w'’-]*\.?[ \t]?){1,3})")
_NAME_FIELD = re.compile(r"(?im)^[ \t]*(?:full[ \t]+)?name[ \t]*[:：][ \t]*([^\n|•·,;\x00]{1,80})")
_SEPARATORS = re.compile(r"[ \t]*(?:[|•·,;\t/\x00]|[ \t][-–—][ \t]|[ \t]{2,})[ \t]*")
_PARTICLES = {"van", "von", "de", "der", "den", "da", "das", "do", "dos", "du", "del", "della", "di",
              "la", "le", "bin", "binti", "ibn", "al", "el", "y", "ter", "ten", "st.", "jr", "jr.",
              "sr.", "ii", "iii", "iv"}
# Names that are also common words, months or skills are removed only as a
# whole name: dropping every "May", "Grant" or "Ruby" would eat dates and skills.
_AMBIGUOUS = set("""january february march april may june july august september october november
december will mark grant rose hope faith joy grace bill chase page young long king hunter bishop
lane dean case price bell hill wood green brown white black gray grey love star sky drew pat sue
rich art guy ray jack frank miles victor penny ruby pearl crystal amber ivy dawn eve max sunny ash
ford gates baker cook mason carpenter porter walker summer autumn winter rusty sterling golden swift
hardy noble major north west south east church wells banks booth field fields park parks julia
rust dart scala java spark perl ada pascal an as at be by do go he hi if in is it me my no of oh
on or so to up us we""".split())
_NOT_NAMES = set("""software data web senior junior sr full stack frontend backend front back end cloud
machine learning python java net sales marketing business product project program technical
information technology systems network security mobile ios android customer service support
operations quality assurance test research professional certified licensed registered summary
resume curriculum vitae cv page profile contact experience education skills objective portfolio
confidential address phone email linkedin github references and of the for in at with to my
personal details career highlights overview qualified dear hiring team application cover letter
remote hybrid office word excel access visio powerpoint outlook sql dynamics teams sharepoint
windows azure exchange dos server visual power publisher onenote paint navision""".split())
_LABELS = set("""email e-mail mail phone tel telephone mobile cell mob address home linkedin github
gitlab website web portfolio blog twitter contact contacts name location skype telegram whatsapp url
profile details info information personal and or me at e m t p w ph no number resume résumé
cv curriculum vitae""".split())


def redact(text: str) -> str:
    """``text`` without names, e-mails, phones, street addresses, links and personal details
    (``_without_personal_details``).

    The name is taken from the first line (one to four capitalised words that
    are not a heading or a job title), from "Name:" fields and from "Mr./Ms."
    titles; then every other occurrence of it goes too, and each of its words where
    it stands as the name, not inside another's ("State Farm - Robert Miller Agency"
    keeps Robert Kim's "Robert": ``_mark_names``).  A name inside a sentence becomes
    ``NAME_PLACEHOLDER`` ("[name] led it"); other removed spans are dropped, and lines
    left holding only labels ("Email:", "|") go with them.
    """
    if not text:
        return ""
    marked = _mark_contacts(_without_personal_details(text)[0])
    names = _names(marked)
    if re.search(r"\bM(?:r|s|x|iss)", marked):
        marked = _HONORIFIC.sub(lambda m: _honorific(m, names), marked)
    marked = _mark_names(marked, names)
    marked = _mark_header(marked)
    return _tidy(marked)


# Personal details, which say nothing of the work: a field with its value ("Date of Birth:
# 12/03/1994", "Nationality: British", "Marital Status: Single", "Gender: Male", "Religion: ...",
# "Passport No: ...", "Father's Name: ...", "Photo: attached").  "Citizenship:" is no such field:
# it states a right to work, which a posting may ask.
_PERSONAL_FIELD = re.compile(
    r"(?i)^(?:date[ ]of[ ]birth|d\.?[ ]?o\.?[ ]?b\.?|birth[ ]?date|born(?:[ ]on)?|place[ ]of[ ]birth|age"
    r"|nationality|nationalities|marital[ ]status|civil[ ]status|family[ ]status|gender|sex|religion|caste"
    r"|ethnicity|passport[ ](?:no\.?|number|#)|(?:father|mother|husband|wife|spouse)(?:['’]s)?[ ]name"
    r"|number[ ]of[ ]children|dependants|dependents|photo(?:graph)?)[ ]*[:：]")
# The same fields in a table of details, the label and its value set apart by a space only (Europass's
# "Sex Female | Date of birth 14/03/1991 | Nationality Indian"), in a short piece, each with a value of
# its kind ("Gender studies minor" is none).
_PERSONAL_CELL = re.compile(
    r"(?i)(?:date[ ]of[ ]birth|birth[ ]?date|place[ ]of[ ]birth|marital[ ]status|civil[ ]status)[ ]+\S"
    r"|(?:sex|gender)[ ]+(?:male|female|m|f|non-binary|nonbinary|other)\W*$|age[ ]+\d{1,2}\W*$"
    r"|(?-i:(?i:nationality|nationalities|religion|ethnicity)[ ]+[A-Z][\w-]*(?:[ ,/]+[A-Z][\w-]*)?\W*$)")
# A detail written without its label, beside a labelled one ("Born: 11.08.1993 | Married").
_PERSONAL_VALUE = re.compile(r"(?i)(?:married|unmarried|single|divorced|widowed|separated|male|female)"
                             r"(?:,[ ]\w+(?:[ ]\w+)?)?")
# A photo's place: "[Photo]", "Photograph attached", "(passport-size photo)".
_PHOTO = re.compile(r"(?i)[\[(<]?[ ]*(?:passport[- ]size[ ])?(?:photo(?:graph)?|picture|headshot)"
                    r"(?:[ ](?:attached|enclosed))?[ ]*[\])>]?")
# The fields of personal details that may state a country's citizenship or a right to work there.
_STATUS_FIELD = re.compile(r"(?i)^nationalit")
_DETAIL_SEPARATORS = re.compile(r"[ \t]*(?:[|•·;\t]|[ \t]{2,})[ \t]*")
# A full stop that ends no personal value: after an initial or a short abbreviation ("Father's Name:
# V. Rao", "Place of birth: Mt. Vernon"; not a state's "NY."), so that no rest of the value stays.
_VALUE_GOES_ON = re.compile(r"(?<![\w.])[A-Z][a-z]?\.\Z")


def _sentences(piece: str) -> list[str]:
    """A piece of a details line cut at its sentence ends, where a personal field's value
    ends: "Age: 19. U.S. passport." -> "Age: 19.", "U.S. passport."."""
    out: list[str] = []
    for part in sentence_pieces(piece):
        if out and _VALUE_GOES_ON.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


def _without_personal_details(text: str) -> tuple[str, list[str]]:
    """``text`` without its personal details, and the nationality fields among them.  Of a
    line's pieces that a bar, a bullet, a semicolon or a wide gap set apart, and of their
    sentences, each personal field goes (its value ends at its sentence's end: "Age: 19. U.S.
    passport." keeps the passport), and with them any detail written bare beside them
    ("Married"); a line left with nothing goes whole, so that a resume reads the same with or
    without such a line."""
    kept, status = [], []
    for line in text.split("\n"):
        bare = strip_line_marks(line)
        split = [p for p in _DETAIL_SEPARATORS.split(bare) if p]
        if not bare or (len(bare) > 40 and ":" not in bare and "：" not in bare and len(split) < 2):
            kept.append(line)
            continue
        pieces = [_sentences(p) for p in split]
        personal = [[bool(_PERSONAL_FIELD.match(s) or _PHOTO.fullmatch(s)
                          or len(s.split()) <= 6 and _PERSONAL_CELL.match(s)) for s in piece]
                    for piece in pieces]
        if not any(map(any, personal)):
            kept.append(line)
            continue
        rest = []
        for piece, mine in zip(pieces, personal):
            status += [s for s, own in zip(piece, mine) if own and _STATUS_FIELD.match(s)]
            left = " ".join(s for s, own in zip(piece, mine)
                            if not own and not _PERSONAL_VALUE.fullmatch(s.strip(" .")))
            if left:
                rest.append(left)
        if rest:
            kept.append(" | ".join(rest))
    return "\n".join(kept), status


def personal_status(text: str) -> list[str]:
    """The nationality fields ``redact`` removes from ``text`` as personal details
    ("Nationality: Irish (EU citizen)"): read for citizenship and a right to work, which a
    posting may ask, and for nothing else."""
    return _without_personal_details(text)[1]


# A social or professional profile, no website of one's own: "linkedin.com/in/jd", "github.com/jd", "instagram.com/jd".
_PROFILE_HOST = re.compile(r"(?i)^(?:https?://)?(?:www\.)?(?:[\w-]+\.)*(?:linkedin|github|gitlab|bitbucket|twitter|x"
                           r"|facebook|fb|instagram|tiktok|threads|t|wa|skype|calendly|linktr|stackoverflow|orcid"
                           r"|researchgate|credly|kaggle|leetcode|hackerrank)\.(?:com|me|ee|org|net)\b")
# A website's label: "Website: janedoe.com", "Portfolio - www.janedoe.com".
_SITE_LABEL = re.compile(r"(?i)^(?:(?:personal|my)[ \t]+)?(?:website|web|site|url|homepage|home page|portfolio)"
                         r"(?=[ \t:\-–—])[ \t]*[:\-–—]?[ \t]*")


def links_own_site(text: str) -> bool:
    """Whether the contact block of ``text`` (the lines above its first heading, eight at most) links a
    website of the author's own, unredacted: a link standing as a piece of its line, labelled as a site or
    not ("www.janedoephoto.com" under the name, "jordankim.design | Chicago, IL", "Website: jd.com"), no
    profile (LinkedIn, GitHub, Instagram), no e-mail address's domain and no employer's in a headline
    ("Senior Buyer, Amazon.com").  A photographer, designer or writer shows work there, which a posting may ask
    ("Portfolio required"); the link itself goes with the redaction, as every link does, and the resume's
    text reads the same with or without one (``checklist.shown_by_site`` reads this instead)."""
    for line in text.split("\n")[:8]:
        if heading_of(line):
            break
        if "." not in line:
            continue
        for piece in _DETAIL_SEPARATORS.split(_EMAIL.sub(" ", strip_line_marks(line))):
            link = _SITE_LABEL.sub("", piece.strip()).rstrip(".,;:!?)]}'\"")
            if (_URL.fullmatch(link) or _DOMAIN.fullmatch(link)) and link.lower() not in _NOT_DOMAINS \
                    and not _PROFILE_HOST.match(link):
                return True
    return False


def _mark_contacts(text: str) -> str:
    return "\n".join(_mark_contact_line(line) for line in text.split("\n"))


_DIGIT = re.compile(r"\d")
_DOT_WORD = re.compile(r"\.[a-z]")


def _mark_contact_line(line: str) -> str:
    # Each pattern runs only on lines that hold the character it needs: a
    # megabyte of prose then costs a few substring tests per line, not a
    # dozen regular-expression passes.
    lower = line.lower()
    if "@" in line:
        line = _EMAIL.sub(_MARK, line)
    if "at" in lower and ("[" in line or "(" in line):
        line = _EMAIL_SPELLED.sub(_MARK, line)
    if "http" in lower or "www." in lower:
        line = _URL.sub(lambda m: _MARK + _trailing_punctuation(m.group(0)), line)
    if _DOT_WORD.search(line):
        line = _DOMAIN.sub(_domain, line)
    if ":" in line:
        line = _PROFILE_FIELD.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + _MARK, line)
    if "@" in line:
        line = _HANDLE.sub(_MARK, line)
    if _DIGIT.search(line):
        line = _PHONE_FIELD.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + _MARK, line)
        line = _PHONE.sub(lambda m: _MARK if _is_phone(m.group(0)) else m.group(0), line)
        if "box" in lower:
            line = _PO_BOX.sub(_MARK, line)
        line = _ADDRESS.sub(_street_unless_firm, line)
        line = _ADDRESS_ABROAD.sub(_MARK, line)
        line = _CITY_ZIP.sub(_MARK, line)
        line = _POSTCODE.sub(_MARK, line)
    return line


def _street_unless_firm(match: re.Match) -> str:
    """_MARK for a street address; a firm named like one is kept ("12 Main Street Ltd")."""
    after = re.match(r"[ \t]+([\w./]+)", match.string[match.end():])
    return match.group(0) if after and is_legal_form(after.group(1)) else _MARK


def _domain(match: re.Match) -> str:
    found = match.group(0)
    labels = found.split("/")[0].split(".")[:-1]
    if found.lower() in _NOT_DOMAINS or all(len(label) == 1 for label in labels):  # "e.g.in"
        return found
    return _MARK + _trailing_punctuation(found)


def _trailing_punctuation(url: str) -> str:
    """What a link regex swallowed from the sentence around it (".", ")"), to give back."""
    kept = url.rstrip(".,;:!?)]}'\"")
    return url[len(kept):]


def _is_phone(candidate: str) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if not 9 <= digits <= 15:
        return False
    groups = re.findall(r"\d+", candidate)
    if "+" not in candidate and "(" not in candidate:
        if all(len(g) == 4 and YEAR.fullmatch(g) for g in groups):  # "2015-2019 2020"
            return False
        if len(groups) == 4 and "." in candidate and all(len(g) <= 3 for g in groups):  # IPv4
            return False
    return True


# A line above the name: the document's title, with a brand before it ("europass Curriculum Vitae"),
# or the heading of the block the name opens ("PERSONAL INFORMATION", "Contact details").
_OVER_THE_NAME = re.compile(r"(?i)(?:europass|my|the)?[ \t]*(?:curriculum[ \t]+vitae|r[eé]sum[eé]|cv)"
                            r"|personal[ \t]+(?:information|details|data|profile)"
                            r"|contact(?:[ \t]+(?:information|details))?")


def _names(marked: str) -> list[list[str]]:
    """The name(s) of the resume's author, each as its words."""
    names = []
    for line in marked.split("\n"):
        if not line.replace(_MARK, "").strip(" |•·,;:-–—\t"):
            continue
        heading = heading_of(line)
        if (heading and not heading[1] and strip_line_marks(line).lower().strip(" :") in DOCUMENT_TITLES) \
                or _OVER_THE_NAME.fullmatch(strip_line_marks(line).strip(" :")):
            continue  # "Curriculum Vitae", "europass Curriculum Vitae", "PERSONAL INFORMATION" above the name
        piece = next((p for p in _SEPARATORS.split(strip_line_marks(line)) if p.strip()), "")
        words = _name_words(re.sub(r"(?i)^name[ \t]*:|\b(?:resume|cv|'s)\b", " ", piece))
        if words and len(words) >= 2 and not heading:  # one word alone is too often not a name
            names.append(words)
        break
    for match in _NAME_FIELD.finditer(marked):
        words = _name_words(match.group(1))
        if words:
            names.append(words)
    return names


# A nickname between quotes or brackets inside a name: Robert "Bobby" Haines, Ana (Annie) Ruiz,
# ROBERT 'BOBBY' HAINES; written as the name is, so that "Jane Doe (PhD)" keeps its degree.
_NICKNAME = re.compile(r"[\"'“‘(\[]((?:[A-Z][a-z'’-]+)+|[A-Z'’-]{2,})[\"'”’)\]]")


def _name_words(candidate: str) -> list[str] | None:
    """The name that ``candidate`` starts with ("Jane Doe Senior Engineer" -> Jane, Doe); a
    nickname in quotes or brackets between its words is one of them (Robert "Bobby" Haines ->
    Robert, Bobby, Haines)."""
    words = candidate.split()
    if words and re.fullmatch(r"(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr)\.?", words[0]):
        words = words[1:]
    taken: list[str] = []
    nicknames: set[int] = set()   # where among the words taken the nicknames stand
    for w in words:
        nickname = _NICKNAME.fullmatch(w) if taken else None
        if nickname and nickname.group(1).isupper() == taken[0].isupper():
            nicknames.add(len(taken))
            taken.append(nickname.group(1))
            continue
        if w.lower() in _PARTICLES and taken:
            taken.append(w)
            continue
        if (not w[0].isupper() or len(w) > 25 or not all(ch.isalpha() or ch in "'’.-" for ch in w)
                or w.lower().strip(".") in _NOT_NAMES or w.lower() in HEADING_KIND
                or JOB_WORD.search(w)):
            break
        taken.append(w)
    # a word in brackets after the name is no nickname: "Jane Doe (CPA)"
    while taken and (taken[-1].lower() in _PARTICLES or len(taken) - 1 in nicknames):
        taken.pop()
    core = [w for w in taken if w.lower() not in _PARTICLES]
    if not 1 <= len(core) <= 4 or not any(len(w.strip(".")) >= 2 for w in core):
        return None
    return taken


def _honorific(match: re.Match, names: list[list[str]]) -> str:
    """"Mr./Ms." and the name after it go (the name is remembered); "Ms Office" stays."""
    words = match.group(1).split()
    taken = []
    for w in words:
        if (w.lower().strip(".") in _NOT_NAMES or w.lower() in HEADING_KIND
                or JOB_WORD.search(w)):
            break
        taken.append(w)
    if not taken:
        return match.group(0)
    names.append(taken)
    rest = words[len(taken):]
    tail = match.group(1)[len(match.group(1).rstrip()):]
    if rest:
        return _MARK + " " + " ".join(rest) + tail
    return _name_out(match, match.end() - len(tail)) + tail


# What may stand between two words of a name as written: spaces, an initial's full stop, a
# comma, a hyphen, the quotes or brackets around a nickname.
_BETWEEN_NAME_WORDS = r"[\s.,\-\"'“”‘’()\[\]]+"


def _mark_names(text: str, names: list[list[str]]) -> str:
    """``text`` with the author's names marked: each name whole wherever it stands, and each
    of its words alone where it stands as the name (``_in_another_name``): "Kim led it",
    "Doe, Jane", not the "Robert" of Robert Kim's employer "State Farm - Robert Miller Agency"."""
    if not names:
        return text
    phrases, tokens = set(), set()
    for words in names:
        phrases.add(_BETWEEN_NAME_WORDS.join(re.escape(w.strip(".")) for w in words))
        for w in words:
            w = w.strip(".")
            # "Mary-Jane" is written "Mary" too: each part of a hyphenated name is one of its words.
            for part in {w, *w.split("-")}:
                if len(part) >= 2 and part.lower() not in _PARTICLES and part.lower() not in _AMBIGUOUS:
                    tokens.update({part, normalise(part)})
    own = {t.lower() for t in tokens} | {w.strip(".").lower() for words in names for w in words}

    def pattern(alternatives) -> re.Pattern:
        return re.compile(r"(?i)(?<![\w@])(?:" + "|".join(sorted(alternatives, key=len, reverse=True))
                          + r")(?P<s>['’]s)?(?!\w)")

    text = pattern(phrases).sub(_name_out, text)
    if tokens:
        text = pattern(map(re.escape, tokens)).sub(
            lambda m: m.group(0) if _in_another_name(m.string, m.start(), m.end(), own) else _name_out(m), text)
    # a name written otherwise than whole ("Priya Raghunathan" for Priya "Pia" Raghunathan) is one
    return _PLACEHOLDERS.sub(NAME_PLACEHOLDER, text)


NAME_PLACEHOLDER = "[name]"
_PLACEHOLDERS = re.compile(rf"\[name\](?:{_BETWEEN_NAME_WORDS}\[name\])+")
# A name inside a sentence: a lower-case word before it or after it ("contact Jane Doe",
# "Jane built it", "Jane's work").
_WORD_BEFORE = re.compile(r"[a-z][ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _name_out(match: re.Match, end: int | None = None) -> str:
    """What a name found by ``match`` (up to ``end``) becomes: ``NAME_PLACEHOLDER`` inside a
    sentence, so that a sentence quoted shows where a name was ("[name] built it", "[name]'s
    team") rather than words run together; elsewhere (a name's line, a header) a span removed
    (``_MARK``)."""
    text, start, end = match.string, match.start(), match.end() if end is None else end
    if _WORD_BEFORE.search(text, max(0, start - 40), start) or _WORD_AFTER.match(text, end):
        return NAME_PLACEHOLDER + ("'s" if "s" in match.groupdict() and match.group("s") else "")
    return _MARK


# A word of a name: capitalised, two letters or more ("Miller", "OSF"; not the initial "Q.").
_NAME_WORD = re.compile(r"[A-Z][\w'’&-]+")
# What stands before a line's first word: spaces and a bullet; or a sentence's end.
_OPENING = re.compile(r"[\s\-*•·▪]*|.*[.!?:;]\s*")
_CLOSING = ",;:!?)]}\"'’."


def _in_another_name(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether the word of the author's name at ``start:end`` of ``text`` is part of another
    name: the capitalised words it runs with (only a space between, no comma or dash) hold a
    word that is none of the author's (``own``) and no other of the author's ("Robert Miller
    Agency", "Kim Lee"; not "Jane Marie Doe").  A word that opens its line or sentence is
    capitalised for that alone ("Thanked Kim")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    head, tail, run = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)], []
    while (before := re.search(r"(\S+)[ \t]+$", head)) and _NAME_WORD.fullmatch(before.group(1)):
        run.insert(0, before.group(1))
        head = head[:before.start()]
    if run and run[0].lower() not in own and _OPENING.fullmatch(head):
        run.pop(0)
    while (after := re.match(r"[ \t]+(\S+)", tail)) and _NAME_WORD.fullmatch(word := after.group(1).rstrip(_CLOSING)):
        run.append(word)
        if word != after.group(1):
            break
        tail = tail[after.end():]
    others = [w for w in run if re.sub(r"['’]s$", "", w).lower() not in own]
    return bool(others) and len(others) == len(run)


_PLACE = re.compile(rf"{_WORD}(?: {_WORD}){{0,3}}, ?(?:[A-Z]{{2}}|{_WORD}(?: {_WORD}){{0,2}})"
                    r"(?: \d{5}(?:-\d{4})?)?")


def _mark_header(text: str) -> str:
    """The contact block above the first section: drop "City, ST" and bare link labels.

    Next to a line that lost contact details, "Springfield, IL" is where the
    author lives and "LinkedIn" alone is what is left of a markdown link to
    their profile.  Elsewhere "Python, Rust" stays what it is.
    """
    lines = text.split("\n")
    head = []
    for line in lines[:8]:
        if heading_of(line):
            break
        head.append(_MARK in line)
    for i in range(len(head)):
        if not any(head[max(0, i - 1):i + 2]):
            continue
        for piece in re.split(r"[ \t]*(?:[|•·;\t\x00]|[ \t][-–—][ \t])[ \t]*",
                              strip_line_marks(lines[i])):
            piece = piece.strip()
            # a label of work to see stays for its link ("Portfolio - \x00": ``_WORK_LINK``)
            if piece and ((_PLACE.fullmatch(piece) and not JOB_WORD.search(piece))
                          or piece.lower() in _LABELS and not _WORK_LABEL.fullmatch(piece)):
                lines[i] = lines[i].replace(piece, _MARK, 1)
    return "\n".join(lines)


# A link labelled as work to see ("portfolio: muckrack.com/...", "Clips - www...", "Writing samples:
# ...") shows work, which a posting may ask ("A portfolio of clips"): the label stays, the link becomes
# "(link)", the same for every link, so that it still says nothing of who wrote the resume.
_WORK_LABELS = r"portfolio|clips|writing samples|work samples|published work|demo reel|showreel"
_WORK_LABEL = re.compile(rf"(?i){_WORK_LABELS}")
_WORK_LINK = re.compile(rf"(?i)\b({_WORK_LABELS})[ \t]*(?:[:\-–—][ \t]*)?\x00")
# Another link's label on that line goes with its link: "LinkedIn: ... | Portfolio: ..." is "Portfolio (link)".
_LONE_LABEL = re.compile(r"(?i)(?<![\w(])(?:" + "|".join(sorted(_LABELS, key=len, reverse=True))
                         + r")\b[ \t]*(?:[:\-–—][ \t]*)?(?=\x00)")
_AROUND_MARK = re.compile(r"[ \t|•·,:/–—-]*\x00(?:[ \t|•·,:/–—-]*\x00)*[ \t|•·,/–—-]*")


def _tidy(marked: str) -> str:
    out = []
    for line in marked.split("\n"):
        if _MARK in line:
            kept = bool(_WORK_LINK.search(line))
            if kept:
                line = _LONE_LABEL.sub(_MARK, _WORK_LINK.sub(lambda m: m.group(1).capitalize() + " (link)", line))
            line = _AROUND_MARK.sub(" ", line)
            line = re.sub(r"\(\s*\)|\[\s*\]|<\s*>", " ", line)
            line = re.sub(r"\s+([.,;:!?)\]])", r"\1", re.sub(r"[ \t]+", " ", line)).strip()
            line = line.lstrip(".,;:)]} ")
            words = re.findall(r"[\w-]+", line.lower())
            if all(w in _LABELS for w in words) and not kept:
                continue
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
