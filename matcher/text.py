"""Text clean-up shared by postings and resumes.

Real postings and resumes are messy: mojibake from a wrong encoding round
trip (``We‚Äôre``, ``ðŸ’°``), markdown links and emphasis, HTML, bullets
of every shape.  Everything that reads a document goes through
``clean_text`` first, and everything that needs sentences through
``split_sentences``, so that the same sentence reads the same everywhere.
"""

from __future__ import annotations

import html
import importlib
import re
import unicodedata
import warnings
from collections.abc import Callable
from functools import lru_cache

import ftfy

# A job noun: the word that makes a few words a job title ("Senior Backend Engineer", "HR
# Generalist", "Truck Driver", "Physician"), read in postings' headers and resumes' roles alike.
# Words that are common surnames (Baker, Cook, Carpenter, Mason, Porter) are left out: name
# removal stops at a job noun, and a name must never be kept as text; they count only after a
# word no name is ("Line Cook", "Finish Carpenter").  Titles of British and European CVs are here too
# ("Warehouse Operative", "Werkstudent", "Working Student", "Support Worker", "Carer"); "graduate"
# is not, since it names degrees and headings ("Graduate Certificate", "Graduate Education") and a
# graduate's title has a job noun of its own ("Graduate Trainee", "Graduate Software Engineer").
# The services' "Combat Medic" and "Hospital Corpsman" are titles too, not a name to remove, and a
# captain leads a ship, a fire company or a banquet floor ("Banquet Captain").
JOB_WORD = re.compile(
    r"(?<![A-Za-z])(?i:engineer|engineering|developer|programmer|scientist|analyst|manager|director|"
    r"designer|architect|consultant|lead|leader|head|intern|specialist|administrator|"
    r"technologist|coordinator|officer|assistant|associate|executive|supervisor|operator|tester|"
    r"sdet|sde|devops|sre|qa|president|vp|founder|co-founder|owner|teacher|instructor|nurse|"
    r"accountant|representative|agent|advisor|adviser|editor|writer|researcher|professor|"
    r"lecturer|fellow|trainee|apprentice|co-op|assembler|mechanic|incharge|cto|ceo|cfo|ncoic|oic|nco|sergeant|commander|captain|"
    r"coo|cio|principal|chief|clerk|cashier|chef|receptionist|recruiter|attendant|staff|"
    r"contractor|freelancer|advocate|strategist|[a-z]*ician|driver|generalist|pharmacist|therapist|"
    r"paralegal|bookkeeper|auditor|controller|aide|caregiver|worker|laborer|labourer|counselor|"
    r"counsellor|tutor|librarian|trainer|secretary|teller|underwriter|adjuster|actuary|economist|"
    r"dispatcher|telecommunicator|call[- ]taker|courier|planner|estimator|inspector|machinist|installer|"
    r"hygienist|paramedic|emt|medic|corpsman|"
    r"janitor|custodian|housekeeper|bartender|barista|stocker|merchandiser|salesperson|realtor|"
    r"attorney|lawyer|surgeon|dentist|veterinarian|midwife|nanny|superintendent|foreman|plumber|"
    r"welder|pilot|dietitian|nutritionist|phlebotomist|perfusionist|florist|sonographer|groomer|lifeguard|"
    r"(?:lock|gun|black)smith|millwright|(?:iron|steel|metal|wood|case)worker|embalmer|upholsterer|bricklayer|"
    r"(?:line|prep|short[- ]order|head|sous|pastry|fry|grill|banquet) cook"
    r"|operative|werkstudent(?:in)?|working student|carer|practitioner|solicitor|barrister|registrar|matron"
    r"|para-?professional|para-?educator"
    r"|(?:finish|framing|journeyman|apprentice|rough) carpenter)s?(?![a-z])")

# "Tech" short for technician after the kind of work ("Service Tech", "Pharmacy Tech", "Vet Tech",
# "Patient Care Tech", "OR Tech"), never after a place ("Georgia Tech", "Ivy Tech" are schools, "Tech Data" a
# firm) nor in lower-case prose ("retail or tech companies").
_TECH = (r"(?-i:(?=[A-Z])(?i:service|hvac|hvac-r|hvacr|lab|laboratory|pharmacy|pharm|vet|veterinary|surgical|field"
         r"|maintenance|repair|install|installation|ultrasound|radiology|rad|x-ray|xray|ekg|ecg|eeg|mri|ct|er|or|ed"
         r"|cath lab|dialysis|psych|med|medical|dental|ophthalmic|optometric|optical|patient care|sterile processing"
         r"|spd|nail|it|computer|support|help desk|helpdesk|desktop|desktop support|network|bench|cable|auto|automotive"
         r"|diesel|lube|tire|fleet|pest|pest control|lawn|line|electronics|avionics|aircraft|production|quality|qc"
         r"|process|engineering|cell|tower|fiber|solar|wind|sound|audio|lighting|stage|theater|theatre|mortuary"
         r"|animal|kennel|pool|appliance|elevator|locksmith|security|alarm|fire alarm|sprinkler|water|wastewater"
         r"|plant|facilities|facility|building|warehouse|inventory|vending|body shop|collision|paint|detail"
         r"|cardiac|cardiovascular|respiratory|anesthesia|mental health|behavioral health|rehab|ortho|orthopedic"
         r"|histology|cytology|phlebotomy|blood bank|sleep|polysomnographic|echo|vascular"
         r"|emergency room)[ -](?:Tech|TECH))")

# Trades whose names are also surnames or verbs, or a service's name ("Concierge", "Valet"): a
# title beside a role's dates ("Cook, Harbor
# Table, 2019 - Present") or as a posting's header line ("Dishwasher - Part Time"); elsewhere
# (a resume's first lines, where the name stands, and redaction) only JOB_WORD is.
ROLE_WORD = re.compile(JOB_WORD.pattern + r"|(?<![A-Za-z])(?i:cook|baker|butcher|waiter|waitress|waitstaff"
                       r"|(?:food|banquet|cocktail) server|(?:crew|team|cast) member|hostess|dishwasher|busser"
                       r"|cleaner|painter|roofer"
                       r"|mason|gardener|landscaper|farmer|guard|porter|mover|packer|picker|loader|stylist"
                       r"|barber|hairdresser|cosmetologist|carpenter|firefighter|soldier|doctor"
                       r"|physicist|chemist|biologist|[a-z]*ologist|photographer|journalist|reporter"
                       r"|translator|interpreter|coach|volunteer|tailor|banker|broker|trader|buyer|surveyor"
                       r"|drafter|draftsman|valet|glazier|fitter|joiner|handler|steward|stewardess|warden"
                       r"|concierge|bellman|bellmen|bellhop|bellperson|doorman|doormen"
                       r"|" + _TECH + r")s?(?![a-z])")

# A title of someone who leads others: "Warehouse Supervisor", "Head Teller", "Charge Nurse",
# "Team Lead"; a "Warehouse Associate" leads no one, however like the job the model reads it.
# Military billets and ranks that lead: "SSA NCOIC", "Battery Commander", "Squad Leader", "Section
# Chief", "Platoon Sergeant", "Staff Sergeant", "Sergeant First Class", "Chief Petty Officer"; a
# "Sergeant" or "Petty Officer" alone, a grade others may hold without leading, does not.  In a
# kitchen the sous chef, executive chef and chef de cuisine lead the cooks ("Shift Lead", "Kitchen
# Lead" and "Lead Cook" lead by "lead"); lead the metal or sales leads lead no one ("Lead Abatement
# Worker", "Lead Generation Specialist"), nor does a case or care manager, who manages clients' cases.
_LEADING_LEAD = r"lead(?![ \t]+(?:generation|gen|abatement|poisoning)\b)"
LEAD_TITLE = re.compile(r"(?i)\b(?:supervisor|(?<!case[ \t])(?<!care[ \t])manager|" + _LEADING_LEAD +
                        r"|leader|head|director|chief|foreman|forewoman|sous[ \t-]+chef|executive[ \t]+chef"
                        r"|chef[ \t]+de[ \t]+cuisine"
                        r"|superintendent|president|vp|owner|charge nurse|crew chief|ncoic|oic|commander"
                        r"|(?:staff|first|master|platoon|gunnery|command|senior(?:[ \t]+[a-z]+){0,2})[ \t]+sergeant"
                        r"|sergeant[ \t]+(?:first[ \t]+class|major))s?\b")


# A short list on one line, as credentials and the work they certify are listed: "Forklift / Reach
# Truck", "Forklift, Reach, Order Picker"; an item is up to three words, joined by "/", ",", "&", "+",
# "and" or "or" (``LIST_SEP``).
LIST_SEP = r"[ \t]*(?:[/,&+]|\b(?i:and|or)\b)[ \t]*"
LIST_ITEM = r"[\w-]+(?:[ \t]+[\w-]+){0,2}"


# A level after a title, in roman or arabic figures: "Software Engineer II", "Professional Fee
# Coder III", "Analyst 2", "Systems Administrator, IV".
LEVEL = re.compile(r"[ \t,]+(?:I{1,3}|IV|[1-4])$", re.I)
# Seniority says how senior, not what work: "Senior Accountant" and "Senior Software Engineer"
# are 0.59 alike to the model, "Accountant" and "Software Engineer" 0.39; not the lead of "Lead Generation
# Specialist" or "Lead Abatement Worker", the work itself.
_SENIORITY = re.compile(r"^(?:(?:senior|sr\.?|junior|jr\.?|" + _LEADING_LEAD
                        + r"|staff|principal|entry[- ]level|mid[- ]level|experienced|graduate)[ \t]+)+|"
                        + LEVEL.pattern, re.I)


# "Lead" as the last word of a title is the one who leads that work's team, which the model reads as the metal or
# a sales prospect: "Production Lead" was 0.48 like "Production Supervisor" and 0.39 like "Manufacturing
# Supervisor", "Shift Lead" 0.48 like "Shift Supervisor", "Quality Lead" 0.39 like "Quality Supervisor"; as
# "Production Team Leader" 0.73, "Shift Team Leader" 0.69, "Quality Team Leader" 0.69, and still 0.16 like
# "Registered Nurse", 0.26 like "Machine Operator".  "Lead" or "Team Lead" alone names no work and stays.
_LEAD_NOUN = re.compile(r"(?i)(?<=\w)(?<!\bteam)[ \t]+(?:team[ \t]+)?lead$")


# Who may apply says nothing of the work either: "(m/f/d)", "(w/m/d)", "(f/m/x)", "(all genders)";
# nor do brackets left empty and separators left dangling ("iOS Developer ( ) | |").
_GENDER = re.compile(r"\(\s*(?:[mfwdxh]\s*/+\s*){1,3}[mfwdxhi*]{1,3}\s*\)|\(\s*all genders?\s*\)"
                     r"|\(\s*\)", re.I)
_DANGLING = re.compile(r"(?:\s*[-–—|/,:])+\s*$")


# The opening of a text, read as one passage (the ``opening`` signal): its first hundred words,
# about half the model's window of 256 word pieces, at half the cost of the whole window and
# ranking as well (docs/EVALUATION.md).
# The months by name, abbreviated or in full, as an alternation for patterns that read dates.
MONTH_NAMES = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
OPENING_WORDS = 100
_OPENING = re.compile(rf"\s*(?:\S+\s+){{0,{OPENING_WORDS - 1}}}\S+")


def opening(text: str) -> str:
    """The first ``OPENING_WORDS`` words of ``text``, its line breaks kept."""
    m = _OPENING.match(text)
    return m.group().strip() if m else ""


# When and where the work is done say nothing of what it is: a last part of a title, after a dash
# or a bar or in brackets, of schedule or setting words alone ("ICU Registered Nurse - Night Shift",
# "Barista (Part-Time)", "CNA - PRN / Weekends", "Line Cook (Nights, 12-hr shifts)", "Pharmacy
# Technician - Retail": 0.67 like "Retail Sales Associate" with its setting, 0.47 without; "Registered Dental
# Hygienist (RDH) - Part Time, Tuesdays & Thursdays": 0.67 like "Dental Hygienist" with its days).
_SCHEDULE_WORD = (r"(?:nights?|days?|evenings?|weekends?|overnights?|nocs?|graveyard|swing|rotating|shifts?|full|part"
                  r"|1st|2nd|3rd|first|second|third|retail|hospital|inpatient|outpatient|remote|hybrid|on-?site"
                  r"|in-office"
                  r"|time|per|diem|prn|temporary|temp|seasonal|on|call|flexible|schedule|hours?|hrs?|only|and|or"
                  r"|a|wk|wks|weeks?|weekly|mornings?|afternoons?|m-f"
                  # how it is paid: "Hair Stylist - Commission + Hourly", "Server (Hourly + Tips)"
                  r"|commission|hourly|salaried|tips|base|bonus"
                  # the days of the week it is worked: "Part Time, Tuesdays & Thursdays", "(Mon-Fri)"
                  r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|wednesdays?|saturdays?"
                  r"|\d{1,2}(?:-?(?:hr|hour)s?)?)")
_SCHEDULE = re.compile(rf"(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:{_SCHEDULE_WORD}[ \t,/&+-]*)+\)?$"
                       # nor does its pay grade: "Staff Nurse (Band 5)", "Analyst - GS-12" (a teacher's grade is work)
                       r"|(?:[ \t]+[-–—|][ \t]+|[ \t]*\()(?:band|pay[ \t]+grade|gs)[ \t-]*\d{1,2}[a-z]?\)?$", re.I)


# The team after a comma names where the job sits, not its kind, behind a title of two words or more
# that leads no one and gives its level ("Research Associate I, Cell Biology" -> "Research Associate":
# 0.49 like "Undergraduate Research Assistant", 0.72 without it; "Software Engineer II, Payments"), or
# where it names a team, lab or unit ("Registered Nurse, Cardiac Unit").  Elsewhere it is the work:
# "Development Officer, Grants & Foundation Relations", "Manager, Software Engineering", "Vice
# President, Sales".
_TEAM = re.compile(r"(?P<head>\S+(?:[ \t]+\S+)+?)(?:[ \t]+(?:I{1,3}|IV|[1-4])"
                   r"|(?=,.*\b(?:team|lab|laboratory|department|dept|unit|group|division|core|floor)s?\b))"
                   r",[ \t]+[^,()]+$", re.I)
# One profession under its other names: the clinical laboratory's "Medical Technologist" (MT, the
# older name), "Medical Laboratory Scientist" (MLS) and "Clinical/Medical Laboratory Technologist" are
# the "Clinical Laboratory Scientist" (CLS): 0.89 like "Clinical Laboratory Scientist (CLS)" against
# 0.49 as written, and in the name least like other technologists' (a radiologic one's 0.51, 0.57 to
# "Medical Laboratory Scientist").
_SAME_WORK = {"medical technologist": "Clinical Laboratory Scientist",
              "clinical laboratory technologist": "Clinical Laboratory Scientist",
              "medical laboratory technologist": "Clinical Laboratory Scientist",
              "medical laboratory scientist": "Clinical Laboratory Scientist",
              # the electrical union's name for an electrician ("Journeyman Wireman", "Inside Wireman Apprentice"),
              # which the model reads 0.62 like "Journeyman Electrician - Commercial", below a title alike
              "inside wireman": "Electrician", "residential wireman": "Electrician", "wireman": "Electrician"}
_SAME_WORK_NAME = re.compile(r"(?i)\b(?:" + "|".join(_SAME_WORK) + r")\b")
# A trade named by a compound of "hand" reads as its field's work, as the model reads any two alike ("Farmhand"
# 0.66 like "Deckhand", "Floorhand" 0.61) and a generic word would make others like it ("Crewmember" 0.59 like
# "Vessel Deck Crew"): "Floorhand" -> "Oilfield Floorman" (0.37 like "Farm Equipment Operator / Farm Worker", 0.63
# "Roustabout" like "Roustabout / Oilfield Floorman"); a hand of no one field stays ("Ground Hand").
_HAND_FIELD = {"floor": "Oilfield Floorman", "derrick": "Oilfield Derrickman", "farm": "Farm Worker",
               "dairy": "Farm Worker", "ranch": "Ranch Worker", "deck": "Marine Deckhand"}
_HAND_TRADE = re.compile(r"(?i)\b(" + "|".join(_HAND_FIELD) + r")[ -]?hand\b")


def _without_team(title: str) -> str:
    m = _TEAM.fullmatch(title)
    return m.group("head") if m and not LEAD_TITLE.search(m.group("head")) else title


def job_kind(title: str) -> str:
    """A job title without its seniority, gender marker or schedule, for telling what work it
    is: "Senior Data Scientist" -> "Data Scientist", "Software Engineer II" -> "Software
    Engineer", "Frontend Engineer (f/m/d)" -> "Frontend Engineer", "ICU Registered Nurse -
    Night Shift" -> "ICU Registered Nurse", "Research Associate I, Cell Biology" -> "Research
    Associate" (``_TEAM``); a title that is nothing else stays as it is.  The
    letters a job goes by are spelled out (``_TITLE_LETTERS``), as the model does not read
    them as the words: "Staff SRE" -> "Site Reliability Engineer", "ICU RN" -> "ICU
    Registered Nurse", and a profession's other names read as one (``_SAME_WORK``): "Medical
    Technologist II" -> "Clinical Laboratory Scientist", and a trade's compound of "hand" as its
    field's work (``_HAND_FIELD``): "Floorhand" -> "Oilfield Floorman"."""
    bare = _DANGLING.sub("", " ".join(_GENDER.sub(" ", title).split()))
    unscheduled = bare
    while (shorter := _SCHEDULE.sub("", unscheduled)) != unscheduled:   # "- Full Time (24/48 Shifts)": both
        unscheduled = shorter
    unscheduled = _without_team(unscheduled)
    kind = _SENIORITY.sub("", unscheduled).strip() or bare or title.strip()
    kind = _LEAD_NOUN.sub(" Team Leader", kind)
    kind = _LETTERS.sub(lambda m: _TITLE_LETTERS.get(re.match(r"\w+", m.group()).group(), "Medical Technologist"), kind)
    kind = _HAND_TRADE.sub(lambda m: _HAND_FIELD[m.group(1).lower()], kind)
    return _SAME_WORK_NAME.sub(lambda m: _SAME_WORK[m.group().lower()], kind)


# Letters that stand for a job or its field in titles ("SRE" and "Site Reliability Engineer"
# were 0.2 apart in the model's cosine, "RN" and "Registered Nurse" 0.36).
_TITLE_LETTERS = {"SRE": "Site Reliability Engineer", "SDET": "Software Test Engineer",
                  "SWE": "Software Engineer", "SDE": "Software Development Engineer", "QA": "Quality Assurance",
                  "DBA": "Database Administrator", "ML": "Machine Learning", "UX": "User Experience",
                  "UI": "User Interface", "BI": "Business Intelligence", "HR": "Human Resources",
                  "RN": "Registered Nurse", "LPN": "Licensed Practical Nurse", "LVN": "Licensed Vocational Nurse",
                  "CNA": "Certified Nursing Assistant", "NP": "Nurse Practitioner",
                  "EMT": "Emergency Medical Technician", "PTA": "Physical Therapist Assistant",
                  "COTA": "Certified Occupational Therapy Assistant",
                  "CSR": "Customer Service Representative", "AP": "Accounts Payable", "AR": "Accounts Receivable",
                  "OTR": "Over-the-Road", "MLS": "Medical Laboratory Scientist",
                  "CLS": "Clinical Laboratory Scientist", "MLT": "Medical Laboratory Technician"}
# The board that certifies a laboratory professional's letters, read with them and dropped: "MLS(ASCP)CM"; "MT" is
# ASCP's Medical Technologist only with it ("MT (ASCP)", "MT(ASCP)", "MT, ASCP"), alone it is Montana ("Billings,
# MT") or another job's letters ("MT-SOB").
_LAB_BOARD = r"(?:[ \t]*\(ASCP\)(?:CM)?|,[ \t]*ASCP\b)"
_LETTERS = re.compile(r"(?<![\w&.(-])(?:(?:" + "|".join(_TITLE_LETTERS) + ")(?:" + _LAB_BOARD + ")?|MT" + _LAB_BOARD
                      + r")(?![\w&.)-])")


# A label stops at the next bracket or line break, so a run of stray "[" costs
# linear time, not quadratic.
_URL_PART = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # one level of parentheses inside a URL
_MD_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]" + _URL_PART)
_MD_LINK = re.compile(r"\[([^\[\]\n]+)\]" + _URL_PART)
# UTF-8 read as Mac Roman: emoji come out as "\uf8ff" (the Apple logo) and two or
# three more characters, which ftfy leaves alone.
_MAC_ROMAN = re.compile("\uf8ff[^\x00-\x7f\\s]{1,3}")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)|(?<![\w_])_(?!\s)([^_\n]+?)_(?![\w])")
_CODE = re.compile(r"`([^`\n]*)`")
# A redaction placeholder ("<ORGANIZATION>", "<LOCATION>", "<EMAIL_ADDRESS>": a word in capitals,
# no attributes, not an HTML element's name) stands for a name the text held; it is no tag.
_HTML_ELEMENTS = ("A|ABBR|ADDRESS|ARTICLE|ASIDE|B|BIG|BLOCKQUOTE|BODY|BR|BUTTON|CAPTION|CENTER|CITE|CODE|DD|DEL"
                  "|DETAILS|DIV|DL|DT|EM|FIELDSET|FIGURE|FONT|FOOTER|FORM|H[1-6]|HEAD|HEADER|HR|HTML|I|IMG|INPUT"
                  "|INS|LABEL|LI|LINK|MAIN|MARK|META|NAV|NOBR|OL|OPTION|P|PRE|S|SCRIPT|SECTION|SELECT|SMALL|SPAN"
                  "|STRIKE|STRONG|STYLE|SUB|SUMMARY|SUP|TABLE|TBODY|TD|TEXTAREA|TFOOT|TH|THEAD|TITLE|TR|TT|U|UL")
_HTML_TAG = re.compile(rf"</?(?!(?!(?:{_HTML_ELEMENTS})>)[A-Z][A-Z_]+>)[a-zA-Z][^<>]{{0,500}}>")
# Markup whose content is no text to read: comments, a doctype, and the script, style,
# noscript, template and head elements (a <title>'s text is kept as a line of its own: it is
# often the job's title).  Only an element closed by its end tag is dropped, so a "<script>"
# named in prose drops nothing; each end tag is looked for once, so the work stays linear.
_HIDDEN_START = re.compile(r"<!--|<(script|style|noscript|template|head|title)(?=[\s/>])[^<>]{0,500}>", re.I)
_HIDDEN_END = {name: re.compile(rf"</{name}\s*>", re.I)
               for name in ("script", "style", "noscript", "template", "head", "title")}
_TITLE_START = re.compile(r"<title(?=[\s/>])[^<>]{0,500}>", re.I)
_DOCTYPE = re.compile(r"<!doctype\b[^<>]{0,500}>|<\?xml\b[^<>]{0,500}\?>", re.I)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# "~ Onboarding, I-9 / E-Verify compliance": a tilde and a space mark an item as a dash does.  A
# dash glued to a capitalised word or to the years asked marks one too: "-Active Texas real estate
# license", "-1+ years of sales" (no line starts with a minus sign before those).
# Emoji and pictographs, with what joins or styles them ("▶️", "👩‍🍳"): arrows, technical signs,
# shapes, dingbats ("✅", "✔", "★", "☕") and the emoji planes; not ©, ® or ™, which belong to a name.
PICTOGRAPHS = (r"(?:[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff]"
               r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)+")
# A word processor's symbol-font bullets come through as private-use characters ("\uf0b7 Led audits"), and
# its second-level bullet as a letter o before a capital ("o Built the test framework").
_BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–—>+~\ue000-\uf8ff]|\d{1,2}[.)]|[a-z][.)])\s+"
                     r"|^\s*o\s+(?=[A-Z\d])"
                     r"|^\s*-(?=[A-Z]|\d{1,2}\+?\s*(?:years?|yrs?|months?)\b)"
                     # an emoji before an item marks it as a dash does: "✅ 6+ months ...", "🔹 POS"
                     rf"|^\s*{PICTOGRAPHS}\s*(?=\S)")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s*")
# A line framed by runs of one mark: "== CERTIFICATIONS ==", "--- Skills ---", "*** EXPERIENCE ***".
_FRAMED = re.compile(r"^\s*([=~*_#-])\1+\s*(\S.*?)\s*\1+\s*$")
# A sentence starts with a capital, a bracket or a quote, or with the years it asks ("BLS
# required. 2+ years of ICU experience preferred."); a note in brackets in lower case that ends the
# line is the sentence's before it ("... J Neurosci 42:500-512. (first author)", "(in press)").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"']|\((?![a-z][^()\n]*\)[ \t]*(?:\n|$))"
                           r"|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\+?\s*(?:years?|yrs?|months?)\b)")
# A piece that ends in an initialism or a title's abbreviation ("B.S.", "Ph.D.", "B.Eng.",
# "U.S.", "Dr.", a German diploma's "Dipl.-Ing.") ends no sentence: "B.S. Elementary Education, 2017" and
# "Dipl.-Ing. Maschinenbau, 2012" are one line.
_NO_END = re.compile(r"(?:(?:\b[A-Za-z]{1,2}\.){2,}|\b[A-Z]\.[A-Z][a-z]{1,4}\."
                     r"|\bDipl\.?[ \t]?-[ \t]?(?:[A-Z][a-z]{1,9}\.?-)?[A-Z][a-z]{1,9}\."
                     r"|\b(?:Dr|Mr|Mrs|Ms|Prof|Hon|Rev|Capt|Lt|Sgt|St|Jr|Sr|Inc|Co|Ltd|No|vs)\.)\Z")


def _mac_roman(match: re.Match) -> str:
    try:
        return match.group().encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group()


def _emphasis(match: re.Match) -> str:
    return match.group(2) or match.group(3) or match.group(4) or ""


def _titles(head: str) -> list[str]:
    """The text of each closed <title> element in ``head``, on one line."""
    found, pos = [], 0
    while (start := _TITLE_START.search(head, pos)) and (end := _HIDDEN_END["title"].search(head, start.end())):
        found.append(" ".join(head[start.end():end.start()].split()))
        pos = end.end()
    return [title for title in found if title]


def drop_hidden_markup(text: str) -> str:
    """``text`` without HTML comments, its doctype, and the contents of its closed script,
    style, noscript, template and head elements; a <title>'s text stays, as a line."""
    if "<" not in text:
        return text
    out: list[str] = []
    pos, unclosed = 0, set()
    while start := _HIDDEN_START.search(text, pos):
        name = (start.group(1) or "!--").lower()
        end = None
        if name not in unclosed:
            if name == "!--":
                at = text.find("-->", start.end())
                end = (at, at + 3) if at >= 0 else None
            else:
                found = _HIDDEN_END[name].search(text, start.end())
                end = found.span() if found else None
            if end is None:
                unclosed.add(name)  # no end tag after this one: none after any later one either
        if end is None:
            out.append(text[pos:start.end()])
            pos = start.end()
            continue
        out.append(text[pos:start.start()])
        inner = text[start.end():end[0]]
        if name == "title":
            out.append("\n" + " ".join(inner.split()) + "\n")
        elif name == "head":
            out.append("\n" + "\n".join(_titles(inner)) + "\n")
        elif name != "!--":
            out.append(" ")
        pos = end[1]
    out.append(text[pos:])
    return _DOCTYPE.sub("", "".join(out))


def clean_text(text: str) -> str:
    """Repair encoding damage and strip markup, keeping one line per line.

    Mojibake is repaired with ftfy (made for exactly this); markdown links
    keep their label, emphasis and code marks go, HTML tags go, entities are
    decoded, and runs of blank lines shrink to one.
    """
    text = ftfy.fix_text(text or "", normalization="NFC")
    text = _MAC_ROMAN.sub(_mac_roman, text)
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _HTML_TAG.sub(" ", drop_hidden_markup(text))
    text = html.unescape(text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(_emphasis, text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def strip_line_marks(line: str) -> str:
    """A line without its bullet or heading marks."""
    line = _HEADING_MARK.sub("", _FRAMED.sub(r"\2", line))
    return _BULLET.sub("", line).strip()


def sentence_pieces(text: str) -> list[str]:
    """``text`` cut at its sentence ends, not after an initialism or a title's abbreviation
    ("U.S. Citizenship is required." is one sentence); the pieces as written."""
    parts: list[str] = []
    for part in _SENTENCE_END.split(text):
        if parts and (_NO_END.search(parts[-1]) or _middle_initial(parts[-1], part)):
            parts[-1] += " " + part
        else:
            parts.append(part)
    return parts


_INITIAL_END = re.compile(r"\b[A-Z][a-z]+ [A-Z]\.\Z")
_FIRST_WORD = re.compile(r"[A-Z][a-z]+(?=\s+[A-Z]|\s*[,.;)]|\s*\Z)")   # a name goes on, or ends there


def _middle_initial(before: str, after: str) -> bool:
    """Whether ``before`` ends in a name's middle initial that ``after`` goes on with: "Larry H."
    and "Miller Ford, Boise ID" ("Larry H. Miller"), not "Plan B." and "We won." (a word that
    opens sentences, too common for a surname), nor "Class A." and "Drivers must ..." (a
    capitalised word that a sentence goes on from)."""
    if not _INITIAL_END.search(before) or not (first := _FIRST_WORD.match(after)):
        return False
    from wordfreq import zipf_frequency
    return zipf_frequency(first.group().lower(), "en") < 5.0


# A line that cites a paper: "et al.", a year, volume and pages ("Anal. Chem. 2025, 97, 1123–1131",
# "2021, 118, e2021"), a volume, issue and pages ("J. Appl. Phys. 12(3), 45-67"), a DOI.
_CITATION = re.compile(r"\bet al\.|(?:19|20)\d\d[,;]\s*\d{1,4}(?:\(\d{1,3}\))?[,:]\s*[A-Za-z]?\d{1,6}\b"
                       r"|\b\d{1,4}\(\d{1,3}\)[,:]\s*\d{1,6}\s*[-–]\s*\d{1,6}\b|(?i:\bdoi\s*:|\bdoi\.org/)")


def split_sentences(text: str, min_chars: int = 3) -> list[str]:
    """The sentences of a text: one per bullet or line, long lines split at sentence ends; a
    citation's line is one sentence, never cut at its journal's abbreviations ("J. Am. Soc.")."""
    sentences: list[str] = []
    for line in text.split("\n"):
        line = strip_line_marks(line)
        if not line:
            continue
        for part in [line] if _CITATION.search(line) else sentence_pieces(line):
            part = part.strip()
            if len(part) >= min_chars and any(ch.isalnum() for ch in part):
                sentences.append(part)
    return sentences


def normalise(text: str) -> str:
    """Case-folded, accent-free form used for comparisons, never shown."""
    if text.isascii():  # nothing to decompose: the same result, without a call per character
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


# Numbers written as words, each with its value ("three years", "two weeks"): the readers of counts look
# words up here, each matching its own words.
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " eighteen nineteen twenty".split())}


def number_words(most: int) -> str:
    """The ``NUMBER_WORDS`` up to ``most``, as a regex's alternatives: "zero|one|two" for 2."""
    return "|".join(word for word, value in NUMBER_WORDS.items() if value <= most)


# -- screening a long alternation ---------------------------------------------------------
# A text as a case-insensitive regex compares it, one character for one: lower case, and the three
# characters ``re`` takes for an ASCII letter whose lower case is not it ("İ", "ı" for i; "ſ" for s).
_SAME_UNDER_IGNORECASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def folded(text: str) -> str:
    """``text`` in lower case, as ``needed_pieces`` are written: "Registered Nurse" -> "registered nurse"."""
    return text.translate(_SAME_UNDER_IGNORECASE).lower()


def needed_pieces(pattern: re.Pattern) -> frozenset[str] | None:
    """Pieces of text (lower case, ASCII) one of which the ``folded`` text of every match of
    ``pattern`` holds, read off its literal runs: ``\\bRN\\b(?!-)|(?i:registered nurse)`` ->
    {"rn", "registered nurse"}; None where a match may hold none (``\\d{4}``).  A text that holds
    none of them never matches: a long alternation is searched only where one is.

    The literal runs are read off the standard library's own parse of the pattern, which it keeps
    private (``re._parser``, ``sre_parse`` before Python 3.11): where that parse is missing, cannot be
    read or reads a known pattern wrong (``_regex_reader``), or a pattern's parse cannot be walked,
    the answer is None, and the pattern is always searched: slower, never a match missed."""
    reader = _regex_reader()
    if reader is None:
        return None
    parse, ops = reader
    try:
        return _needed(parse(pattern.pattern, pattern.flags).data, ops)
    except (AttributeError, TypeError, IndexError, ValueError, re.error):
        return None


# Patterns whose needed pieces are known, one of each form ``_needed`` walks: a reader that does not
# give these (a changed parse) is not used.
_CANARIES = (
    (r"\bRN\b(?!-)|(?i:registered nurse)", {"rn", "registered nurse"}),
    (r"(?<![\w-])(?:Class[ \t]+)?CDL[ -]?A\b", {"cdl"}),
    (r"(?:OSHA){1,2}[ \t]*\d+", {"osha"}),
    (r"(?>API)+?\s*\d++", {"api"}),
    (r"\d{4}", None),
    (r"(?:PE)?\d+|EIT", None),
    (r"(?=.*CPA)\w+", None),
)


@lru_cache(maxsize=1)
def _regex_reader() -> tuple[Callable, object] | None:
    """The standard library's parse of a pattern and its opcodes (``re._parser`` and ``re._constants``,
    else the older ``sre_parse`` and ``sre_constants``), the first pair found that reads every one of
    ``_CANARIES`` right; None where none does."""
    for parser_name, constants_name in (("re._parser", "re._constants"), ("sre_parse", "sre_constants")):
        try:
            with warnings.catch_warnings():   # sre_parse says it is deprecated
                warnings.simplefilter("ignore", DeprecationWarning)
                reader = importlib.import_module(parser_name).parse, importlib.import_module(constants_name)
            if all(_needed(reader[0](text, 0).data, reader[1]) == (None if want is None else frozenset(want))
                   for text, want in _CANARIES):
                return reader
        except (ImportError, AttributeError, TypeError, IndexError, ValueError, re.error):
            continue
    return None


def _needed(items, c) -> frozenset[str] | None:
    # Of a sequence's runs of literal characters and what its groups, repeats (once at least) and
    # branches need, the choice whose shortest piece is longest.  Lookarounds and classes need nothing.
    # ``c``: the parse's opcodes.
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        found = [frozenset(["".join(run)])] if run else []
        run = []
        if op is c.SUBPATTERN:
            found.append(_needed(av[3].data, c))
        elif op is c.ATOMIC_GROUP:
            found.append(_needed(av.data, c))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found.append(_needed(av[2].data, c))
        elif op is c.BRANCH:
            branches = [_needed(branch.data, c) for branch in av[1]]
            found.append(None if None in branches else frozenset().union(*branches))
        for pieces in found:
            if pieces and (best is None or min(map(len, pieces)) > min(map(len, best))):
                best = pieces
    return best
