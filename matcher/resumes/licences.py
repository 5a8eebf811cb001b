"""Licences and certifications: the ones a resume lists, and whether it shows one a
posting names.

Each well-known credential has one id and the ways it is written ("Class A CDL",
"CDL-A", "CDL Class A" are ``cdl-a``; "RN", "Registered Nurse" are ``rn``); an id may
imply a broader one (``cdl-a`` implies ``cdl``).  A CDL's endorsements are read by their names
or their letters in a list of them ("Endorsements: H, N, T", "CDL-A w/ X": Hazmat and Tanker),
never from a hazmat course or load ("HAZMAT certified (DoD)", "Haul hazmat").  A country's driving licence
("Full UK driving licence with C+E entitlement", "Ontario AZ licence") is shown only by a line naming that
country's licence and its category, never by a US one (a CDL).  A credential outside the table is
matched by its distinctive words ("AWS Certified Solutions Architect" -> aws,
solutions, architect on one line).

A resume line shows a known credential as the person's own unless the line names it
as someone else's or as a thing: after a preposition and a determiner, with up to two
lower-case words between ("financial statements for the CPA", "reported to our RN", "hand
off year-end files to the outside CPA"), on through "and" ("for the owners and the outside
CPA"), after "the"/"an" and "outside", "external" or "third-party" ("an external CPA"; not
"as an outside CPA"), or a possessive ("our CPA", "their RN"), or before
a word for a firm or a team ("a regional CPA firm") or for people or posts in the plural
("hiring ... CDL drivers", "RN openings"), or after a supervisor's name ("supervised by
Dr. R. Ortiz, LPC-S").  A credential's junior grade is another credential: a name followed
by "-A", Associate, Intern, Trainee, Student, Assistant ("LPC-A", "LPCC-Intern", "RN
student") shows only an ask for it (``JUNIOR``).  Nor is one no longer held: expired,
lapsed, inactive, revoked in its part of the line or after it up to the next comma or other
credential ("BLS (American Heart Association) - expired August 2024").  Nor is one the line
says is not held, read in the same places: "super user training (not proctored
certification)", "not certified", "certification not completed", "uncertified"; or right before
it or as its label's value: "I do not have a driver's license", "No driver's license", "Driver's
license: none", "CDL: N/A" (not "Valid driver's license, no violations").  A credential renewed
every year (HAZWOPER's 8-hour refresher, ``YEARLY``) lapses a year after the last date its line
gives.  A mariner's USCG endorsements (Mate or Master of Towing Vessels, Able Seaman, QMED), the
NWCG Red Card's positions (FFT2, FFT1), NACE's coating inspector levels and HAZWOPER's hours are
grades: each shows its own and those below, never one above.  Nor is one not
yet held the credential ("CPA-eligible", "passed the CPA exam", "CPA candidate",
"pursuing the CPA"): it meets only an ask for eligibility ("CPA-eligible"); nor is one
whose part of the line (between commas, semicolons, bullets or sentence ends), or what
follows it up to the next comma or other credential, says it is still to come ("APICS
CSCP candidate (exam scheduled)", "will sit the NMLS SAFE exam", "will test for AZ
journeyman license", "plan to take the NCLEX", "not yet licensed", "in
progress", "expected 2026", "application submitted", "applied for", "awaiting", "in
process").  Nor is one named in the job the line seeks or in what it hopes to get: seeking
words before it in its clause and a word for a job right after it ("Looking to move into a full
time CDL-B or CDL-A driving job", "Seeking CDL-A position"), or "get"/"obtain"/"earn" after them
("Goal: get my CDL-A by 2027").  Nor one after a negating prefix ("non-CDL driver").  A licence
word names the plumber's licence, not the job ("Journeyman Plumber License", "Licensed Master
Plumber"; a master plumber's shows a journeyman's).  A stage of a credential taken in steps is that
stage, not the credential: "Passed CFA Level I" is no CFA charter; a candidate for a stage has
passed the one below ("CFA Level II Candidate" holds Level I), and a stage is progress toward the
credential where a posting takes progress ("progress toward CFA", "pursuing PE licensure": an EIT).

A credential the table does not know is shown by a line with all its distinctive words
that names a credential ("licence", "certified", "permit"...) when the posting's name
does, other than inside a known credential's name ("Registered Nurse ... Epic super user"
shows no Epic certification), and not one for another role ("Physical Therapist Assistant License" is no
"Physical Therapist license"); a word counts possessive or plural ("drivers license" shows
"driver's license"), never after "non-" or "un-" ("Non-sterile compounding", "Un-armed"), and
"national" says no name ("national certification (PTCB CPhT)" asks PTCB CPhT).  A long name may go
without one of its words, never one that tells credentials apart (a class, grade or level: "FAA
Second-Class Medical" is no First-Class one), nor is a "Certified" X a "Registered" X.  A credential of
a state is shown only by a line naming that state, in full, by its postal code in capitals or by its own letters (NYS)
("WA State Unarmed Security Guard License" is Washington's; "Texas RN license" is not "RN, Ohio
Board of Nursing"): licences of one state seldom count in another, so the rest is to check; one
held there is no licence still to come ("Illinois Pharmacist License, active" for an Indiana one).
A code of one or two capitals in brackets after a credential asks that modality or
specialty ("ARRT (MR)"): a line writing the credential with other codes ("ARRT Radiography
(R)") does not show it, one writing none needs the code in the sentence that names it; an
issuer's longer letters ("BLS (AHA)") ask nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from matcher.eligibility.levels import (
    SCHOOL_WORDS,
    US_STATE_BY_CODE,
    US_STATE_BY_LETTERS,
    US_STATE_CODES,
    US_STATE_NAMES,
    us_states,
)
from matcher.postings.years import NO_WORK_ROLE, same_work, work_stem
from matcher.text import LIST_ITEM, LIST_SEP, folded, needed_pieces

__all__ = ["APPRENTICE_WAY", "HELD_FROM", "JUNIOR", "KNOWN", "LICENSED_WORK", "PHLEBOTOMY_LETTERS", "YEARLY",
           "apprentice_line", "credential_ids", "endorsements_listed", "held_ids", "lapsed_ids", "licence_line",
           "licence_line_elsewhere", "listed_licences", "registers_asked", "said_lapsed", "said_not_held",
           "stage_held", "trade_forms"]

_CLASS = r"(?:class[- ]?)?"
# A licence's word or number after a trade's name: "Barber License", "Manicurist's license", "Cosmetologist #123"
_NUMBERED = r"(?:['’]s)?[ \t]+(?:licen[cs]e|#|no\.|number)"
_EPA_TYPES = r"(?:\bEPA\b|\b608\b)[^,;\n]{0,25}?\b(?i:types?)[ \t]+"   # "EPA Section 608 Type(s) ..."
# id -> (pattern, ids it implies).  Abbreviations are matched in capitals only.
# A phlebotomist's certificate by its letters ("CPT", "PBT", "RPT", "NCPT"), and the bodies that issue it: the
# letters alone are also the coding system ("CPT") or a trainer's ("NASM-CPT"), and say phlebotomy only
# beside their issuer or in a resume about phlebotomy (``credentials``).
PHLEBOTOMY_LETTERS = r"(?<![\w-])(?:N?CPT|PBT|RPT)(?![\w-])"
_PHLEBOTOMY_ISSUER = (r"(?:NHA|ASCP|NCCT|AMCA|AMT|ASPT|NPA|(?i:national healthcareer association|american society"
                      r" (?:for|of) clinical pathology|american medical technologists))\b")
# An item of a list of trucks a forklift certificate names ("Reach Truck", "Order Picker"): no acronym.
_TRUCK = r"(?!(?-i:[A-Z]{2,}\d*)\b)" + LIST_ITEM
KNOWN: dict[str, tuple[str, tuple[str, ...]]] = {
    # the class after the licence's name too: "Commercial Driver License Class B", "CDL (Class A)"
    **{f"cdl-{c}": (rf"(?i:\bclass[- ]?{c}\b[\w' -]{{0,12}}?\b(?:cdl|commercial driver'?s?'? licen[cs]e)"
                    rf"|\bcdl[- ]?{_CLASS}{c}\b|\b{c}-cdl\b" + (rf"|\b{c} cdl\b" if c != "a" else "")
                    + rf"|\b(?:cdl|commercial driver'?s?'? licen[cs]e)[,:]?\s*\(?class[- ]?{c}\b)",
                    # a class takes the vehicles of the classes below it: a Class A holder may drive Class B and C
                    ("cdl", *(f"cdl-{lower}" for lower in "abc"[i + 1:])))
       for i, c in enumerate("abc")},   # "a CDL" is the article: "worked as a CDL-A driver"
    # a commercial licence is a driver's licence too
    "cdl": (r"\bCDL\b|(?i:commercial driver'?s?'? licen[cs]e)", ("drivers-license",)),
    # with or without the apostrophe: "driver's license", "drivers license", "driving licence"; or by a
    # state's class of it for cars, not a commercial one: "Oklahoma Class D license", "Class C driver license"
    "drivers-license": (r"(?i:\bdriv(?:er|ing)(?:['’]?s|s['’])?\s+licen[cs]e"
                        r"|\bclass[- ]?[cde][ \t]+(?:driv(?:er|ing)(?:['’]?s|s['’])?[ \t]+)?licen[cs]e)", ()),
    # a country's driving licence, which no US licence (a CDL) is, and the categories or classes that
    # say which vehicles it covers: "Full UK driving licence: categories B, C, C+E", "Ontario AZ licence",
    # "Australian HC licence" (AZ is Ontario's, HR/HC/MC Australia's)
    **{f"{country}-licence": (rf"(?i:\b(?:{names})[ \t]+(?:(?:full|valid|clean|current|manual|HGV|LGV|PCV|C\+E|CE|AZ|DZ"
                              rf"|HR|HC|MC|(?:class|category)[ \t]+[\w+]+)[ \t]+){{0,3}}"
                              rf"(?:driv(?:ing|er['’]?s?)[ \t]+)?licen[cs]e)", ("drivers-license",))
       for country, names in (("uk", r"UK|U\.K\.|British|GB|DVLA"), ("eu", r"EU|European"),
                              ("ca", r"Canadian|Canada|Ontario|Alberta|Quebec|British Columbia"),
                              ("au", r"Australian|Australia|NSW|Queensland|Victorian"), ("ie", r"Irish|Ireland"),
                              ("nz", r"NZ|New Zealand"))},
    "c-e": (r"\bC1?\s?\+\s?E\b|(?i:\bcategor(?:y|ies)\b[\w ,]{0,20}?)\bC1?E\b", ("drivers-license",)),
    # ("Ontario licence (AZ)"; not Arizona's code closing a place: "Goettl Air (Phoenix AZ)")
    "az": (r"\bAZ\b(?=[ \t]*(?i:licen|driver|class))|\(AZ\)|(?i:\bclass[ \t]+)AZ\b", ("ca-licence", "drivers-license")),
    "au-hc": (r"\b(?:HC|MC)\b(?=[ \t]*(?i:licen|driver|class|\)))|(?i:\bheavy combination|\bmulti[- ]combination)",
              ("au-licence", "drivers-license")),
    # a chauffeur's licence is a class of driver's licence (Michigan's, Illinois's)
    "chauffeur": (r"(?i:\bchauffeur(?:['’]?s|s['’])?\s+licen[cs]e)", ("drivers-license",)),
    # a CDL's endorsements (as ``_spelled_endorsements`` writes them, or a posting's name alone:
    # "Hazmat"); a hazmat course is no endorsement ("HAZMAT certified (DoD)", "Haul hazmat")
    **{cid: (rf"(?i:\b{name} endorse|^\W*{name}\W*$)", ("cdl",)) for cid, name in (
        ("hazmat", "haz-?mat"), ("tanker", "tank(?:er| vehicle)"), ("doubles-triples", "doubles/triples"),
        ("passenger", "passenger"), ("school-bus", "school bus"))},
    "rn": (r"\bRN\b|(?i:\bregistered nurse)", ()),
    "lpn": (r"\bL[PV]N\b|(?i:licensed (?:practical|vocational) nurse)", ()),
    "np": (r"\b(?:A?PRN|[AF]NP|NP-C|NP)\b(?!-(?:hard|complete))|(?i:nurse practitioner)", ("rn",)),
    # Washington's name for it: "Nursing Assistant Certified (NAC)" (a "Nursing Assistant
    # Registered" is no CNA)
    # Ohio's name for it: State Tested Nursing Assistant (STNA)
    "cna": (r"\bCNA\b|\bSTNA\b|(?i:certified nurs(?:ing|e) (?:assistant|aide)|\bnursing assistant[- ]certified\b"
            r"|state[- ]tested nursing assistant)", ()),
    "bls": (r"\bBLS\b|(?i:basic life support)", ("cpr", "cpr-aed")),   # CPR and AED for healthcare providers
    "acls": (r"\bACLS\b|(?i:advanced cardi(?:ac|ovascular) life support)", ()),
    "pals": (r"\bPALS\b|(?i:pediatric advanced life support)", ()),
    "nrp": (r"\bNRP\b|(?i:neonatal resuscitation)", ()),
    "tncc": (r"\bTNCC\b|(?i:trauma nursing core course)", ()),
    "ccrn": (r"\bCCRN\b", ("rn",)),   # a critical-care nurse's, held by RNs only
    "cpr": (r"\bCPR\b", ()),
    # one course teaching both, however joined: "CPR/AED", "CPR & AED", "CPR and AED certified", "First Aid/CPR/AED",
    # "CPR-AED"; CPR alone shows no AED
    "cpr-aed": (r"\bCPR[ \t]*(?:/|&|\+|,|-|\band\b)[ \t]*AED\b|\bAED[ \t]*(?:/|&|\+|-|\band\b)[ \t]*CPR\b", ("cpr",)),
    "emt": (r"\bEMT(?:-B|-P)?\b|(?i:emergency medical technician)", ()),
    # a paramedic is certified as an EMT too; the registry's paramedic by its letters: "NREMT-P", "EMT-P" (an
    # "NREMT EMT-Basic" is none: "Current Arizona Paramedic certification or NREMT-P" was held by it)
    "paramedic": (r"(?i:\bparamedic\b)|\bNRP-?P\b|\bNREMT-?P\b|\bEMT-P\b", ("emt",)),
    # the National Registry's, at any level ("NREMT-B", "National Registry Paramedic (NRP)"): not
    # a state's EMT card ("Ohio EMT certification"); "EMT-B, National Registry" is the EMT-B's registry
    "nremt": (r"\bNREMT(?:-[A-Z]{1,2})?\b|\bNRAEMT\b|(?i:\bnational(?:ly)?\s+regist(?:ry|ered)\s+(?:of\s+EMTs\s+)?"
              r"(?:EMT|AEMT|advanced\s+EMT|paramedic|emergency\s+medical))", ("emt",)),
    "cpa": (r"\bCPA\b|(?i:certified public accountant)", ()),
    # medical coders' (AAPC's and AHIMA's); an RHIA holds the technician's knowledge and more
    "cpc": (r"\bCPC\b|(?i:certified professional coder)", ()),
    "ccs": (r"\bCCS(?:-P)?\b|(?i:certified coding specialist)", ()),
    "rhit": (r"\bRHIT\b|(?i:registered health information technician)", ()),
    "rhia": (r"\bRHIA\b|(?i:registered health information administrator)", ("rhit",)),
    # "CMA" is a management accountant's, but a medical assistant's beside "(AAMA)".
    "cma": (r"\bCMA\b(?!\s*\(AAMA\))|(?i:certified management accountant)", ()),
    "cma-aama": (r"\bCMA\s*\(AAMA\)|(?i:certified medical assistant)", ()),
    "rma": (r"\bRMA\b|(?i:registered medical assistant)", ()),
    # The CFA's charter holds its three levels; a level passed is that level, no charter ("Passed CFA
    # Level I", "Passed Level I of the CFA Program"), and a higher one holds the lower (a candidate
    # for one, the one below: ``_STAGE_BELOW``).
    "cfa": ("".join(f"(?<!Level {n} )(?<!Level {n} of the )" for n in ("I", "II", "III", "1", "2", "3"))
            + r"(?:\bCFA\b|(?i:chartered financial analyst))(?![ \t]*®?[ \t]*\(?[ \t]*(?i:level)\b)",
            ("cfa-3", "cfa-2", "cfa-1")),
    **{f"cfa-{n}": (rf"\bCFA\b[ \t]*®?[ \t]*\(?[ \t]*(?i:level)[ \t]*(?:{roman}|{n})\b"
                    rf"|(?i:\blevel)[ \t]*(?:{roman}|{n})[ \t]+(?:(?i:of[ \t]+the)[ \t]+)?CFA\b",
                    tuple(f"cfa-{k}" for k in range(n - 1, 0, -1)))
       for n, roman in ((1, "I"), (2, "II"), (3, "III"))},
    "cfp": (r"\bCFP\b|(?i:certified financial planner)", ()),
    # insurance designations of The Institutes and The American College: "Chartered Property Casualty
    # Underwriter (CPCU)", "Associate in Claims (AIC)", "CLU", "ChFC"
    "cpcu": (r"\bCPCU\b|(?i:chartered property (?:and |& )?casualty underwriter)", ()),
    "aic": (r"\bAIC\b(?=[ \t]*(?i:designation|\)|,|$))|(?i:\bassociate in claims\b)", ()),
    "clu": (r"\bCLU\b|(?i:chartered life underwriter)", ()),
    "chfc": (r"\bChFC\b|(?i:chartered financial consultant)", ()),
    "pmp": (r"\bPMP\b|(?i:project management professional)", ()),
    "capm": (r"\bCAPM\b", ()),
    "csm": (r"\bCSM\b|(?i:certified scrum ?master)", ()),
    # "PE exam: scheduled" too, a PE still to come; a PE passed the FE exam, an engineer in training's step.
    # The title a PE alone may use ("Professional Engineer, Ohio"), never the board's name of its holders
    # ("Texas Board of Professional Engineers" on an EIT's line)
    "pe": (r"\bP\.E\.(?!\w)|^\s*PE\s*$|\bPE\b(?=\s*(?:licen|certif|exam|\(|,|;|$))|(?i:professional engineer(?:ing)? "
           r"licen)|(?i:\bprofessional engineer\b(?![- ]in[- ]training))",
           ("eit",)),
    "eit": (r"\bEIT\b|(?i:engineer[- ]in[- ]training)", ()),
    # an airline pilot's certificate holds the restricted one (fewer hours: "R-ATP") and a commercial
    # pilot's, never the reverse; "ATP" of a molecule ("ATP assays") or a product ("Defender ATP") is none
    "atp": (r"(?<!R-)(?<!Restricted )(?<!Defender )\bATP\b(?![ \t]*(?i:assays?|levels?|synth\w*|production|hydrolysis"
            r"|binding|\())|(?i:(?<!restricted )\bairline transport pilot)", ("r-atp", "commercial-pilot")),
    "r-atp": (r"\bR-ATP\b|(?i:\brestricted (?:ATP|airline transport pilot)\b)", ("commercial-pilot",)),
    "commercial-pilot": (r"(?i:\bcommercial pilot(?:'?s)?\b)", ()),
    # a flight instructor's certificate; its instrument ("CFII", "CFI-I") and multi-engine ("MEI") ratings
    # hold it, never the reverse
    "cfi": (r"\bCFI\b(?!-I\b)|(?i:\b(?:certified )?flight instructor\b(?! pilot))", ()),
    "cfii": (r"\bCFI-?I\b|(?i:\bflight instructor\W{1,3}instrument\b|\binstrument (?:flight )?instructor\b)",
             ("cfi",)),
    "mei": (r"\bMEI\b|\bCFI-ME\b|(?i:\bmulti-?engine (?:flight )?instructor\b)", ("cfi",)),
    # EPA Section 608, to handle refrigerant: Universal holds Types I, II and III (so do the three
    # named together), a type no other one ("EPA 608 Type I and II" holds two); "Type II" with no EPA
    # or 608 before it names none
    "epa-608": (r"(?i:\bEPA\b[^,;\n]{0,12}?\b608\b|\bsection 608\b)", ()),
    "epa-608-universal": (r"(?i:(?:\bEPA\b|\b608\b)[^,;\n]{0,30}?\buniversal\b|\buniversal\b[^,;\n]{0,12}?\bEPA\b)"
                          rf"|{_EPA_TYPES}(?:I|1)\b[^;\n]{{0,12}}?\b(?:II|2)\b[^;\n]{{0,12}}?\b(?:III|3)\b",
                          ("epa-608", "epa-608-1", "epa-608-2", "epa-608-3")),
    **{f"epa-608-{n}": (rf"{_EPA_TYPES}(?:(?:I{{1,3}}|[123])\b[ \t]*(?:,|/|&|(?i:and))?[ \t]*(?:(?i:type)[ \t]+)?)*?"
                        rf"(?:{roman}|{n})\b", ("epa-608",))
       for n, roman in ((1, "I"), (2, "II"), (3, "III"))},
    "comptia-a-plus": (r"(?<![\w+])A\+(?![\w+])(?=\s*(?:(?i:certif)|\(|,|;|$))|(?i:comptia\s+a\+)", ()),
    "cissp": (r"\bCISSP\b", ()),
    "cism": (r"\bCISM\b", ()),
    "cisa": (r"\bCISA\b", ()),
    # the internal auditor's, not the agency ("CIA polygraph", "CIA analyst")
    "cia": (r"\bCIA\b(?![ \t]+(?:polygraph|clearance|analyst|officer|agent|operations))"
            r"|(?i:\bcertified internal auditor\b)", ()),
    "security+": (r"(?i:\b(?:comptia )?security\+)", ()),
    "ccna": (r"\bCCNA\b", ()),
    "ccnp": (r"\bCCNP\b", ()),
    # The senior credential shows the junior one, never the reverse.
    "shrm-scp": (r"\bSHRM-SCP\b", ("shrm-cp",)),
    "shrm-cp": (r"\bSHRM-CP\b", ()),
    "sphr": (r"\bSPHR\b", ("phr",)),
    "phr": (r"\bPHR\b", ()),
    # a state's educator certificate is its teaching certificate ("Texas Educator Certificate")
    "teaching": (r"(?i:\b(?:teach(?:ing|er)|educator)'?s? (?:licen[cs]e|certificat\w*|credential)|\b(?:certified"
                 r"|licensed) (?:teacher|educator)|\bstate teaching|\bteaching (?:cert|permit))", ()),
    # or a number of a list after the word: "Series 7 and 66", "Series 7/63"
    **{f"series-{n}": (rf"(?i:\bseries (?:\d+[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*)*{n}\b)", ()) for n in (7, 63, 66)},
    "osha-30": (r"(?i:\bosha[- ]?30\b)", ("osha-10",)),
    "osha-10": (r"(?i:\bosha[- ]?10\b)", ()),
    # and a list of the trucks certified ("Forklift / Reach Truck Certified", no acronym among them: "Forklift
    # and OSHA 10 certification" may certify OSHA alone), or a list of certifications ("Certified: Forklift,
    # Reach, Order Picker", "Certifications: CPR, Forklift")
    # the trucks may stand in brackets, a dash before the word ("Forklift (reach truck, sit-down) - certified 2021")
    "forklift": (rf"(?i:\bforklift(?:[ \t]+operator)?(?:{LIST_SEP}{_TRUCK}){{0,4}}(?:[ \t]*\([^()\n]{{0,60}}\))?"
                 rf"(?:[ \t]*[-–—:])?[ \t]+(?:certifi\w+|licen[cs]e)"
                 # or the word in the bracket after it: "Forklift operator (certified)", "Forklift (certified 2021)"
                 rf"|\bforklift(?:[ \t]+operator)?[ \t]*\((?:certifi\w*|licensed)\b[^()\n]{{0,30}}\)"
                 rf"|\bcertified[ \t]+forklift|\bcertifi\w*[ \t]*(?::|[-–—]|\b(?:in|on)\b)[ \t]*"
                 rf"(?:{LIST_ITEM}{LIST_SEP}){{0,4}}(?:(?:sit-down|stand-up)[ \t]+)?forklift)", ()),
    # a phlebotomist's certificate: by name ("Phlebotomy certification", "Certified Phlebotomy Technician"),
    # its letters with their issuer ("CPT (NHA)", "PBT (ASCP)", "NCPT - NCCT", "ASCP PBT") or California's
    # grades ("CPT-1", "CPT II"); not the coding system ("CPT coding", "CPT II codes") nor a trainer's ("NASM-CPT")
    # (a heading's plural holds none: "PHLEBOTOMY CERTIFICATIONS")
    "phlebotomy": (r"(?i:\bphlebotom(?:y|ist)(?:[ \t]+technician)?[ \t]+(?:certifi(?:ed|cation|cate)|licen[cs]e"
                   r"|credential)(?!s)"
                   r"|\b(?:certified|licensed|registered)[ \t]+phlebotom(?:y[ \t]+technician|ist))"
                   rf"|{PHLEBOTOMY_LETTERS}[ \t]*(?:[(,]|[-–—])?[ \t]*{_PHLEBOTOMY_ISSUER}"
                   rf"|{_PHLEBOTOMY_ISSUER}[ \t]+{PHLEBOTOMY_LETTERS}"
                   r"|(?<![\w-])CPT[- ](?:1|2|I|II)\b(?![ \t]*(?i:codes?|category|modifiers?))", ()),
    # ASCP's Medical Laboratory Scientist, under its older name Medical Technologist too: "MLS(ASCP)CM",
    # "MT (ASCP)", "MT, ASCP", "ASCP MLS"; not "MT" alone (Montana), the technician's MLT, nor another board's
    # "MT (AMT)"
    "mls-ascp": (r"(?<![\w-])(?:MLS|MT)(?:[ \t]*\(ASCP\)|,[ \t]*ASCP\b)|\bASCP[ \t]+(?:MLS|MT)\b"
                 r"|(?i:\bmedical (?:laboratory scientist|technologist)),?[ \t]*\(?ASCP\b", ()),
    "servsafe": (r"(?i:\bservsafe\b)", ()),
    # the food protection manager's grade (ServSafe's, or any accredited one), which holds a food
    # handler's card: "ServSafe Manager", "ServSafe Food Protection Manager", "servsafe mgr.",
    # "Certified Food Protection Manager (CFPM)", "Food Manager certification"; a ServSafe Food Handler
    # card is not it
    "food-manager": (r"(?i:\bservsafe[ \t]+(?:food[ \t]+protection[ \t]+)?(?:manager|mgr)\b"
                     r"|\bfood[ \t]+(?:protection[ \t]+|safety[ \t]+)?manager(?:['’]?s)?[ \t]+(?:certif\w*|licen[cs]e"
                     r"|card|credential)|\bcertified[ \t]+food[ \t]+(?:protection[ \t]+|safety[ \t]+)?manager\b)"
                     r"|\bCFPM\b", ("servsafe", "food-handler")),
    # a food handler's card, whatever the state calls it: Washington's "Food Worker Card"
    "food-handler": (r"(?i:\bfood (?:handler|worker)(?:['’]?s|s['’])?\s+(?:card|permit|certificat\w*|licen[cs]e)"
                     r"|\bservsafe food handler)", ()),
    # a real estate salesperson's or broker's, as states name it: "Real Estate Sales Associate License", "Real
    # Estate Agent License" (not "Real Estate Agent, Coastal Homes": the job)
    "real-estate": (r"(?i:\breal estate (?:licen[cs]e|salesperson|broker)|\breal estate (?:sales )?(?:agent|associate)"
                    r"(?:['’]?s)? licen[cs]e)", ()),
    # an insurance adjuster's, whatever its lines: "Texas All-Lines Adjuster License", "Licensed Insurance
    # Adjuster", "Independent Adjuster License #123" (not "Claims Adjuster, Acme": the job)
    "adjuster": (r"(?i:\badjuster(?:['’]?s)? licen[cs]e|\blicensed (?:(?:insurance|claims?|independent|public|staff"
                 r"|field|property|casualty|all[- ]lines?|p&c)[ \t]+){0,3}adjusters?\b)", ()),
    # a notary's commission, which its title names: "Notary Public (NJ)", "Commissioned Notary, Texas" (not the
    # office's service: "coordinated notary services")
    "notary": (r"(?i:\bnotary(?:[ \t]+public)?\b(?![ \t]*(?:services?|signings?|stamps?|seals?|blocks?)\b))", ()),
    # an admission to a state's bar: "Admitted to the New York Bar", "Admission to the Illinois bar",
    # "licensed to practice law in Texas", "State Bar of California", a line under "BAR ADMISSIONS"
    # (read as "Bar admission: New York, 2019": ``credentials._as_read``)
    "bar": (r"(?i:\badmi(?:tted|ssion) to (?:the )?(?:[\w.]+ ){0,3}bar\b|\bbar (?:admission|membership)"
            r"|\blicensed attorney|\bmember of the (?:[\w.]+ ){0,3}bar\b|\bstate bar of\b"
            r"|\b(?:admi(?:tted|ssion)|licen[cs]ed?) to practice law)", ()),
    "journeyman-electrician": (r"(?i:\bjourneyman electrician|\bjourneyman (?:electrical )?licen[cs]e)", ()),
    "master-electrician": (r"(?i:\bmaster electrician)", ("journeyman-electrician",)),
    # a plumber's licence, not the job: "Journeyman Plumber License", "Licensed Master Plumber"
    **{f"{grade}-plumber": (rf"(?i:\blicensed {grade} plumber|\b{grade} plumb(?:er|ing)(?:['’]s)?"
                                                rf" (?:licen[cs]e|certificat\w*))", implied)
       for grade, implied in (("journeyman", ()), ("master", ("journeyman-plumber",)))},
    # a social worker's licences by grade, each showing those below it: the independent clinical licence as
    # states name it (LCSW, Ohio's LISW, Massachusetts' LICSW), the master's (LMSW), the first (LSW)
    "lcsw": (r"\bLCSW(?:-C)?\b|(?i:licensed clinical social worker)", ("lmsw", "lsw")),
    "lisw": (r"\bLIC?SW(?:-S)?\b|(?i:licensed independent (?:clinical )?social worker)",
             ("lcsw", "lmsw", "lsw")),
    "lmsw": (r"\bLMSW\b|(?i:licensed master(?:['’]?s)? (?:level )?social worker)", ("lsw",)),
    "lsw": (r"\bLSW\b|(?i:licensed social worker)", ()),
    # a counsellor's licence, as states name it: LPC, Ohio's and California's LPCC, Illinois' LCPC, Florida's and
    # New York's LMHC, North Carolina's LCMHC
    "lpc": (r"\bLPCC?\b|\bLCPC\b|\bLC?MHC\b|(?i:licensed (?:clinical )?(?:professional|mental health) (?:clinical )?"
            r"counselor)", ()),
    "lmft": (r"\bLMFT\b|(?i:licensed marriage (?:and|&) family therapist)", ()),
    "pharmacist": (r"(?i:\b(?:registered|licensed) pharmacist)|\bRPh\b", ()),
    "dot-medical": (r"(?i:\bdot medical card|\bmedical examiner'?s certificate)", ()),
    # UK, Irish and Australian credentials.  "ACA" is the ICAEW's chartered accountant, not the US
    # Affordable Care Act ("ACA compliance", "ACA reporting").
    "aca": (r"\bACA\b(?![\s-]*(?i:compliance|reporting|regulations?|mandates?|requirements?|forms?|filings?"
            r"|eligib\w*|tracking|measurement|guidelines|rules|health|10\d\d))|\bICAEW\b|\bICAS\b"
            r"|(?i:chartered accountants ireland|associate chartered accountant)", ()),
    "acca": (r"\b[AF]CCA\b|(?i:chartered certified accountant|association of chartered certified accountants)", ()),
    "cima": (r"\bCIMA\b|\b[AF]CMA\b|\bCGMA\b|(?i:chartered management accountant"
             r"|chartered institute of management accountants)", ()),
    # CIPD's levels: a higher one shows a lower; a Chartered Member (MCIPD, FCIPD) holds level 5 or more.
    "cipd": (r"\b[MF]?CIPD\b|(?i:chartered institute of personnel)", ()),
    **{f"cipd-{n}": (rf"(?i:\bCIPD\b[^,;.\n]{{0,20}}?\blevel ?{n}\b(?:\s+(?:associate|advanced|foundation)"
                     rf"\s+(?:diploma|certificate))?|\blevel ?{n}\b[^,;.\n]{{0,60}}?\bCIPD\b)",
                     ("cipd",) + tuple(f"cipd-{k}" for k in (3, 5) if k < n)) for n in (3, 5, 7)},
    "cipd-chartered": (r"\b[MF]CIPD\b|(?i:chartered (?:member|fellow) (?:of (?:the )?)?CIPD)",
                       ("cipd", "cipd-5", "cipd-3")),
    "qts": (r"\bQTS\b|\bQTLS\b|(?i:qualified teacher status|qualified teacher learning and skills)", ()),
    "nmc": (r"(?i:\bNMC\b[\s-]*(?:registered|registration|PIN|number)|registered with the (?:NMC|nursing (?:and|&) "
            r"midwifery council)|nursing (?:and|&) midwifery council)", ()),
    "ahpra": (r"(?i:\bAHPRA\b|australian health practitioner regulation agency|\bNMBA\b"
              r"|nursing (?:and|&) midwifery board of australia)", ()),
    "18th-edition": (r"(?i:\b18th[- ]edition\b|\bBS ?7671\b|\b(?:city (?:&|and) guilds|C&G)[- ]?2382\b"
                     r"|\b2382-\d\d\b)", ()),
    "ecs": (r"\b(?:ECS|JIB)(?:\s*/\s*(?:ECS|JIB))?(?:\s+\w+)?\s+[Cc]ard\b"
            r"|(?i:electrotechnical certification scheme)", ()),
    "ecs-gold": (r"\b(?:ECS|JIB)(?:\s*/\s*(?:ECS|JIB))?\s+[Gg]old\b", ("ecs",)),
    "cscs": (r"\bCSCS\b|(?i:construction skills certification scheme)", ()),
    "prince2": (r"(?i:\bprince ?2\b)", ()),
    "prince2-foundation": (r"(?i:\bprince ?2\W{0,3}(?:agile\s+)?foundation\b)", ("prince2",)),
    "prince2-practitioner": (r"(?i:\bprince ?2\W{0,3}(?:agile\s+)?practitioner\b)", ("prince2-foundation", "prince2")),
    # a criminal record check of the UK's Disclosure and Barring Service, not the bank
    "dbs": (r"\bDBS\b(?!\s+Bank)|(?i:disclosure and barring)", ()),
    "dbs-enhanced": (r"(?i:\benhanced\s+(?:DBS|disclosure)\b)", ("dbs",)),
    # Credentials that allied-health and trade jobs are done under (``LICENSED_WORK``).  A dietitian's
    # "RD"/"RDN" beside its letters or brackets ("RD, LD", "(RD/RDN)"), not a road ("1200 OAK RD"); a
    # dietetic technician's NDTR is another credential
    "rd": (r"(?<![A-Z]{2} )(?<![\w/-])RDN?(?![\w-])(?=\s*(?:[,/;()]|$|(?i:licen|credential|certif|\d{4})))"
           r"|(?i:\bregistered dietitian(?:[ \t]+nutritionist)?\b)", ()),
    # a massage therapist's licence, whatever the state calls it: North Carolina's LMBT
    "lmt": (r"\bLMB?T\b|(?i:\blicensed massage (?:(?:and|&) bodywork )?therapist|\bmassage (?:(?:and|&) bodywork )?"
            r"therap(?:ist|y)(?:['’]?s)? licen[cs]e)", ()),
    # the NBSTSA's Certified Surgical Technologist, not a time zone ("9-5 CST")
    "cst": (r"(?<!\d)(?<!\d )(?<![AaPp][Mm] )(?<![Cc]entral )\bCST\b(?![ \t]*(?i:time|zone|hours?|\d))"
            r"|(?i:\bcertified surgical technologist)", ()),
    # NBCOT's Registered Occupational Therapist; "OTR" alone is a trucker's "over the road", read only as
    # "OTR/L" or in brackets ("NBCOT certification (OTR)"); a COTA is another credential.  A state's
    # licence is the occupational therapist's ("Ohio OT license", "OTR/L"), not the assistant's ("COTA/L")
    "otr": (r"\bOTR[/-]L\b|\(OTR\)|\bNBCOT[ \t-]+(?:certified[ \t]+)?OTR\b|\bOTR\b(?=,?[ \t]*\(?NBCOT)"
            r"|(?i:\bregistered occupational therapist|\boccupational therapist,? registered)", ()),
    "ot-license": (r"\bOTR?[/-]L\b|(?:\bOT|(?i:\boccupational therap(?:ist|y)))(?:['’]?s)?[ \t]+(?i:licen[cs](?:e|ure))"
                   r"|(?i:\blicensed occupational therapist)", ()),
    # a respiratory therapist's state licence, by its letters or its words ("Arizona RCP license", "Respiratory
    # Care Practitioner License #RCP-20931", "Ohio Respiratory Care Professional license"), not NBRC's RRT or CRT
    "rcp": (r"\bL?RCP\b|(?i:\brespiratory[ \t]+care[ \t]+(?:practitioner|professional)s?\b"
            r"|\brespiratory[ \t]+(?:care|therapist|therapy)(?:['’]?s)?[ \t]+licen[cs](?:e|ure)"
            r"|\blicensed[ \t]+respiratory[ \t]+(?:care[ \t]+practitioner|therapist)\b)", ()),
    # NABCEP's PV Associate, and the board certifications above it ("credential or higher"), which hold it
    "nabcep-pva": (r"(?i:\b(?:NABCEP[ \t]+)?(?:PV|photovoltaic)[ \t]+associate\b|\bNABCEP[ \t]+(?:entry[- ]level"
                   r"|associate)\b)|\bNABCEP[ \t]+PVA\b", ()),
    "nabcep-board": (r"(?i:\b(?:NABCEP[ \t]+(?:board[ \t]+)?certified[ \t]+)?PV[ \t]+(?:installation[ \t]+professional"
                     r"|installer[ \t]+specialist|design[ \t]+specialist)\b)|\bPV(?:IP|IS|DS)\b", ("nabcep-pva",)),
    # The licences of the beauty trades, each its own ("Class A" and "TDLR" shared are none): a cosmetologist's
    # ("Texas Class A Cosmetology Operator License", "Cosmetology Operator #123456", "Licensed Cosmetologist"), not
    # a school's program or a board's name ("Board of Barbering and Cosmetology"); a barber's; an esthetician's;
    # a nail technician's or manicurist's
    "cosmetology": (rf"(?i:\bcosmetolog(?:y|ist)(?:[ \t]+operator)?{_NUMBERED}|\bcosmetology[ \t]+operator\b"
                    r"|\blicensed[ \t]+cosmetologist|\blicen[cs]ed?[ \t]+in[ \t]+cosmetology)", ()),
    "barber": (rf"(?i:\b(?:master[ \t]+)?barber{_NUMBERED}|\blicensed[ \t]+(?:master[ \t]+)?barber\b"
               r"|\bclass[ \t]+a[ \t]+barber\b)", ()),
    "esthetician": (rf"(?i:\ba?esthetician{_NUMBERED}|\blicensed[ \t]+a?esthetician\b"
                    r"|\ba?esthetics[ \t]+licen[cs]e)", ()),
    "nail-tech": (rf"(?i:\b(?:nail[ \t]+(?:technician|tech|specialist|specialty|technology)|manicurist){_NUMBERED}"
                  r"|\blicensed[ \t]+(?:nail[ \t]+(?:technician|tech|specialist)|manicurist)\b)", ()),
    # NCRA's certifications of a court reporter, no state's licence: "Registered Professional Reporter (RPR)", RMR, RDR
    "rpr": (r"\bR[PMD]R\b|(?i:\bregistered[ \t]+(?:professional|merit|diplomate)[ \t]+reporter\b)", ()),
    # a court reporter's Certified Shorthand Reporter licence, written short with its number ("California CSR
    # #14021", "CSR No. 14021") or its word; not a customer service representative ("Bilingual CSR", "CSR 2019 -
    # 2021")
    "csr": (r"(?i:\bcertified[ \t]+shorthand[ \t]+reporter\b)|\bCSR\b(?=[ \t]*(?:#|(?i:no\.?|number))[ \t]*\d{3,}"
            r"|[ \t]*(?!(?:19|20)\d\d\b)\d{3,}|[ \t]+(?i:licen[cs]e|certificate))", ()),
}
# The Coating Inspector Program of NACE (now AMPP): "NACE CIP Level 2", "AMPP Certified Coating Inspector", "NACE /
# AMPP CIP Level 1 (Coating Inspector)", "CIP Level 3"
_CIP = (r"(?:\b(?:NACE|AMPP)\b(?:[ \t]*/[ \t]*(?:NACE|AMPP)\b)?[ \t]*"
        r"(?:CIP\b|(?i:(?:certified[ \t]+)?coating inspector))|\bCIP\b(?=[ \t]*(?i:level)))")
_RED_CARD = r"(?i:\bred[ \t]+card\b|\bincident qualification card\b)|\bIQCS\b"
KNOWN.update({
    # Inspectors' certifications, which the inspection jobs are done under: API's by their numbers (pipeline
    # construction 1169, pressure vessels 510, piping 570, tanks 653), AWS's welding inspector (a senior one
    # holds it), NACE's coating inspector levels, each holding the ones below (``LICENSED_WORK``)
    **{f"api-{n}": (rf"\bAPI[ \t-]*{n}\b", ()) for n in (1169, 510, 570, 653)},
    "cwi": (r"(?<![\w-])CWI\b|(?i:(?<!senior )certified welding inspector)", ()),
    "scwi": (r"\bSCWI\b|(?i:senior certified welding inspector)", ("cwi",)),
    "nace-cip": (_CIP, ()),
    **{f"nace-cip-{n}": (_CIP + rf"[^,;\n]{{0,30}}?(?i:\blevel)[ \t]*(?:{roman}|{n})\b",
                         ("nace-cip",) + tuple(f"nace-cip-{k}" for k in range(n - 1, 0, -1)))
       for n, roman in ((1, "I"), (2, "II"), (3, "III"))},
    # The US Coast Guard's Merchant Mariner Credential (MMC), by its name or as a USCG licence, and its endorsements,
    # each a credential of its own held on it: an officer's (a Master of Towing Vessels holds the Mate's, "Mate
    # (Pilot) of Towing Vessels"), a rating's ("Able Seaman - Unlimited", "AB Special", QMED, Ordinary Seaman; an AB
    # holds the OS); a medical certificate is none, nor Transport Canada's "Able Seafarer"
    "mmc": (r"\bMMC\b|\bMMD\b|(?i:\bmerchant mariner(?:['’]?s)?[ \t]+(?:credential|document|licen[cs]e))"
            r"|\bUSCG\b[ \t]+(?i:licen[cs]e|credential)", ()),
    "mmc-master-towing": (r"(?i:\bmaster[ \t]+of[ \t]+towing[ \t]+vessels?)", ("mmc-mate-towing", "mmc")),
    "mmc-mate-towing": (r"(?i:\bmate(?:[ \t]*\(pilot\))?[ \t]+of[ \t]+towing[ \t]+vessels?)", ("mmc",)),
    "mmc-ab": (r"(?i:\bable[ \t-]+(?:bodied[ \t]+)?seam[ae]n\b)|\bAB\b(?=[ \t]*(?:[-–(][ \t]*)?(?i:unlimited|limited"
               r"|special|OSV|endorse))|\(AB\)", ("mmc-os", "mmc")),
    "mmc-os": (r"(?i:\bordinary[ \t]+seam[ae]n\b)", ("mmc",)),
    "mmc-qmed": (r"\bQMED\b|(?i:\bqualified member of the engine department)", ("mmc",)),
    # a wildland firefighter's NWCG Incident Qualification Card ("Red Card"), and the positions it qualifies, each
    # holding the one below: "NWCG Red Card: FFT1", "Incident Qualification Card (Red Card) as FFT2"; not a role's
    # position alone ("Firefighter (FFT2)")
    "red-card": (_RED_CARD, ()),
    **{f"red-card-fft{n}": (rf"(?:{_RED_CARD})[^;\n]{{0,40}}?\bFFT{n}\b|\bFFT{n}\b[^;\n]{{0,20}}?(?:{_RED_CARD})",
                            ("red-card",) + (("red-card-fft2",) if n == 1 else ())) for n in (1, 2)},
    # OSHA's HAZWOPER training by its hours (the 40-hour course holds the 24-hour one's) and its yearly 8-hour
    # refresher, a credential of its own that lapses a year after it was taken (``YEARLY``): "40-Hour OSHA HAZWOPER",
    # "HAZWOPER 24-hour", "8-Hour HAZWOPER Refresher - March 2023", "current 8-hour refresher"
    **{f"hazwoper-{n}": (rf"(?i:\b{n}[- ]?(?:hours?|hrs?|h)\b[^,;\n]{{0,20}}?\bHAZWOPER\b"
                         rf"|\bHAZWOPER\b[^,;\n]{{0,12}}?\b{n}[- ]?(?:hours?|hrs?|h)\b(?![ \t-]*refresher))", implied)
       for n, implied in ((40, ("hazwoper-24",)), (24, ()))},
    "hazwoper-refresher": (r"(?i:\b(?:8|eight)[- ]?(?:hours?|hrs?|h)\b[^,;\n]{0,25}?\brefresher\b"
                           r"|\bHAZWOPER\b[^,;\n]{0,20}?\brefresher\b)", ()),
})
_KNOWN = {cid: re.compile(pattern) for cid, (pattern, _) in KNOWN.items()}
# The credentials renewed every year, which lapse a year after the last date a line gives them.
YEARLY = _KNOWN["hazwoper-refresher"]
# The work a credential licenses where its name does not name it, by the titles of that work: a
# posting for one of them that asks the credential asks the licence the job is done under.
LICENSED_WORK: dict[str, re.Pattern] = {
    **dict.fromkeys(("atp", "r-atp", "commercial-pilot"),
                    re.compile(r"(?i)\b(?:pilots?|first officers?|captains?|co-?pilots?|aviators?)\b")),
    **dict.fromkeys(("cfi", "cfii", "mei"),
                    re.compile(r"(?i)\b(?:flight|flying|aviation) instructors?\b|\binstructor pilots?\b|\bCFI")),
    **dict.fromkeys(("epa-608", "epa-608-universal", "epa-608-1", "epa-608-2", "epa-608-3"),
                    re.compile(r"(?i)\b(?:HVAC(?:/?R)?|refrigeration|air[- ]conditioning|A/C|appliance)\b"
                               r"|\bheating,? (?:and|&) (?:air|cooling)\b")),
    "rd": re.compile(r"(?i)\bdieti[tc]ians?\b"),
    "lmt": re.compile(r"(?i)\bmassage\b|\bbodywork"),
    "cst": re.compile(r"(?i)\bsurgical tech\w*|\bscrub tech\w*"),
    # an occupational therapist's, not an assistant's post ("Certified Occupational Therapy Assistant")
    **dict.fromkeys(("otr", "ot-license"), re.compile(r"(?i)\boccupational therapists?\b(?![ \t]*assistant)")),
    **dict.fromkeys(("nabcep-pva", "nabcep-board"), re.compile(r"(?i)\b(?:solar|PV|photovoltaic)\b")),
    "cosmetology": re.compile(r"(?i)\b(?:hair[ \t]*)?stylists?\b|\bhair(?:dressers?|[ \t]+designers?)\b"
                              r"|\bcolou?rists?\b|\bcosmetologists?\b|\bbeauticians?\b"),
    "barber": re.compile(r"(?i)\bbarbers?\b"),
    "adjuster": re.compile(r"(?i)\badjusters?\b"),
    "esthetician": re.compile(r"(?i)\ba?estheticians?\b|\bfacialists?\b|\bskin[ \t]*care[ \t]+specialists?\b"),
    "nail-tech": re.compile(r"(?i)\bnail[ \t]+(?:technicians?|techs?|artists?|specialists?)\b|\bmanicurists?\b"),
    "csr": re.compile(r"(?i)\b(?:court|deposition|shorthand|realtime|official|freelance)[ \t]+reporters?\b"
                      r"|\bstenograph"),
    "api-1169": re.compile(r"(?i)\bpipeline\b.*\binspector"),
    **dict.fromkeys(("api-510", "api-570", "api-653"),
                    re.compile(r"(?i)\b(?:pressure vessel|piping|tank|mechanical integrity|API)\b.*\binspector")),
    **dict.fromkeys(("cwi", "scwi"), re.compile(r"(?i)\bwelding inspector|\bweld inspector|\bCWI\b")),
    **dict.fromkeys(("nace-cip", "nace-cip-1", "nace-cip-2", "nace-cip-3"), re.compile(r"(?i)\bcoatings? inspector")),
}
_ANY = re.compile("|".join(f"(?:{pattern})" for pattern, _ in KNOWN.values()))  # one pass to skip most lines
# The pieces of text the known credentials' patterns need (``needed_pieces``: "rn" or "registered
# nurse"), each with the patterns that need it; the patterns that need none: a line is searched only
# with the patterns whose pieces it holds.
def _screens() -> tuple[dict[str, list[re.Pattern]], list[re.Pattern]]:
    needing: dict[str, list[re.Pattern]] = {}
    unscreened = []
    for pattern in _KNOWN.values():
        if (pieces := needed_pieces(pattern)) is None:
            unscreened.append(pattern)
        for piece in pieces or ():
            needing.setdefault(piece, []).append(pattern)
    return needing, unscreened


_NEEDING, _UNSCREENED = _screens()


def _names_known(text: str) -> bool:
    """Whether ``text`` names a known credential (``_ANY`` finds one): "RN, BSN" does, "Charge nurse" does
    not.  Most lines hold none of the pieces of most patterns, and one long alternation tried at every
    character cost a resume's licences about 0.3 ms a line."""
    low = folded(text)
    return any(pattern.search(text) for pattern in _UNSCREENED) or any(
        pattern.search(text) for piece, patterns in _NEEDING.items() if piece in low for pattern in patterns)


# A CDL's endorsements by their names or their letters (FMCSA's codes; X is Hazmat and Tanker
# together), listed after the word ("Endorsements: H, N, T", "endorsements (H/N)"), before it
# ("H, N, T endorsements", "X endorsement", "HAZMAT and tanker endorsements") or after a CDL ("CDL-A
# w/ HazMat (H), Tanker (N)"), or a name with its letter ("Tanker (N)").  Not a letter elsewhere,
# nor "Class A CDL (no endorsements)".
_ENDORSED = {"H": "Hazmat", "N": "Tanker", "T": "Doubles/Triples", "P": "Passenger", "S": "School Bus",
             "X": "Hazmat endorsement, Tanker"}
_ENDORSED_NAME = {r"haz-?mat|hazardous materials?": "H", r"tank(?:er|s| vehicles?)": "N",
                  r"doubles(?:[ \t]*(?:/|and|&)[ \t]*triples)?|triples": "T", r"passengers?": "P",
                  r"school[ \t]+bus": "S"}
_ENDORSEMENT = (r"(?:(?:" + "|".join(_ENDORSED_NAME) + r")(?:[ \t]*\([HNTPSX]\))?"
                r"|(?<![\w-])[HNTPSX](?![\w-]))")
_ENDORSEMENTS = _ENDORSEMENT + r"(?:[ \t]*(?:,|/|&|\+|\band\b|\bor\b)?[ \t]*" + _ENDORSEMENT + r")*"
_ENDORSEMENT_LIST = re.compile(
    r"(?i)(?P<after>\bendorse(?:ments?|d)\b[ \t]*[:(–—-]?[ \t]*(?:with[ \t]+)?)(?P<a>" + _ENDORSEMENTS + r")"
    r"|(?P<b>" + _ENDORSEMENTS + r")(?=[ \t]+endorsements?\b)"
    r"|(?P<cdl>\bCDL\b[\w-]*(?:[ \t]*\(class[ \t]*[ABC]\))?[ \t]*(?:w/|with|\+|\()[ \t]*)(?P<c>" + _ENDORSEMENTS + r")"
    r"|(?P<d>(?:" + "|".join(_ENDORSED_NAME) + r")[ \t]*\([HNTPSX]\))")
_ONE_ENDORSEMENT = re.compile(r"(?i)" + _ENDORSEMENT)


def _endorsement_names(listed: str) -> str:
    """The endorsements of a list, each "<Name> endorsement": "H, N" -> "Hazmat endorsement,
    Tanker endorsement"."""
    names = []
    for m in _ONE_ENDORSEMENT.finditer(listed):
        word = m.group().strip()
        code = word if len(word) == 1 else next(c for p, c in _ENDORSED_NAME.items() if re.match(p, word, re.I))
        names.append(_ENDORSED[code.upper()] + " endorsement")
    return ", ".join(names)


def endorsements_listed(text: str) -> list[tuple[str, int, int]]:
    """(their names spelled, start, end) of each list of a CDL's endorsements by letter in ``text``
    (``_ENDORSEMENT_LIST``): "CDL Class A with H, N, T endorsements" -> ("Hazmat endorsement, Tanker
    endorsement, Doubles/Triples endorsement", the span of "H, N, T"), as the skills table reads them."""
    out = []
    for m in _ENDORSEMENT_LIST.finditer(text):
        group = next(g for g in "abcd" if m.group(g) is not None)
        out.append((_endorsement_names(m.group(group)), m.start(group), m.end(group)))
    return out


def _spelled_endorsements(line: str) -> str:
    """``line`` with a CDL's endorsements written as names (``_ENDORSEMENT_LIST``), which the
    table reads: "Class A CDL, endorsements: H, N" -> "... endorsements: Hazmat endorsement,
    Tanker endorsement"."""
    if not re.search(r"(?i)endorse|CDL|\([HNTPSX]\)", line):
        return line

    def spell(m: re.Match) -> str:
        head = m.group("after") or m.group("cdl") or ""
        listed = next(g for g in (m.group("a"), m.group("b"), m.group("c"), m.group("d")) if g is not None)
        return head + _endorsement_names(listed)
    return _ENDORSEMENT_LIST.sub(spell, line)


JUNIOR = "-junior"   # the suffix of the id of a credential's junior grade ("LPC-A": "lpc-junior")


@lru_cache(maxsize=65_536)
def credential_ids(text: str) -> frozenset[str]:
    """The ids of the known credentials a text names, with the ids they imply; a junior grade
    ("LPC-Associate") by its own id, the credential's with ``JUNIOR``; a CDL's endorsements by their
    letters too ("Endorsements: H, N").  Kept, as ``held_ids`` and ``lapsed_ids`` are: every
    licence a posting asks reads the same resume lines again."""
    text = _spelled_endorsements(text)
    if not _names_known(text):
        return frozenset()
    found = {cid + JUNIOR if _junior(text, m.start(), m.end()) else cid
             for cid, pattern in _KNOWN.items() for m in pattern.finditer(text)}
    return frozenset(_implied(found))


# The grades of a licensed line of work above a credential, by the name a posting would ask them: a state licenses
# each nursing grade on its own, so an RN holds no LPN licence (nor an LPN a CNA's), though the lower grade's work is
# in the higher's scope; whether the employer takes the higher is for a person to check.
_HIGHER_GRADES = {"cna": ("LPN license", "RN license"), "lpn": ("RN license", "Nurse Practitioner license")}


def higher_grades(name: str) -> tuple[str, ...]:
    """The licences of the same work's grades above the one ``name`` asks (``_HIGHER_GRADES``: "RN license" for
    "Active LPN license"), none where it asks one of those already ("RN or LPN license")."""
    ids = credential_ids(name)
    above = [grade for cid in sorted(ids & _HIGHER_GRADES.keys()) for grade in _HIGHER_GRADES[cid]]
    return tuple(dict.fromkeys(g for g in above if not credential_ids(g) & ids))


def _implied(found: set[str]) -> set[str]:
    """``found`` with the ids its credentials imply; a full credential shows its junior grade."""
    for cid in list(found):
        if cid in KNOWN:
            found.update(KNOWN[cid][1])
    return found | {cid + JUNIOR for cid in found if cid in KNOWN}


# A word after a credential's name that makes it another, junior credential, held on the way to
# it or beside it: "LPC-A", "LPC Associate", "LPCC-Intern", "RN student", "Paramedic trainee".
_JUNIOR_AFTER = re.compile(r"(?-i:-A)\b(?![-\w])|(?i:[\s-]*(?:associates?|interns?|internship|trainees?|students?"
                           r"|assistants?|aides?|apprentices?)\b)")


def _junior(line: str, start: int, end: int) -> bool:
    """Whether the credential at [start, end) is a junior grade of it ("LPC-A"), not a longer
    credential's name that goes on ("CDL-A" is a Class A licence)."""
    return bool(_JUNIOR_AFTER.match(line, end)) and not any(
        m.start() <= start and m.end() > end for p in _KNOWN.values() for m in p.finditer(line))


# How a line names a credential that is not the person's own (see the module's docstring).
_OTHERS_BEFORE = re.compile(r"(?i)(?:\b(?:for|to|with|by|from|under|alongside)\s+(?:the|our|their|an?)"
                            # on through a coordination: "for the owners and the outside CPA"
                            r"(?:\s+(?-i:[a-z][\w'’-]*)){1,2}\s+(?:and|or|&)\s+(?:the|our|their|an?)"
                            r"|\b(?:for|to|with|by|from|under|alongside)\s+(?:the|our|their|an?)"
                            r"|\b(?:our|their))\s+(?:(?-i:[a-z][\w'’-]*)\s+){0,2}$"
                            # a firm's outsider, wherever it stands: "the outside CPA", "an external CPA"
                            r"|(?<!\bas )\b(?:the|an?)\s+(?:outside|external|third[- ]party)\s+$"
                            # a supervisor's, after their name: "supervised by Dr. R. Ortiz, LPC-S"
                            r"|\b(?:supervis\w*|mentored|precepted|report(?:s|ed|ing)? to)\s+(?:by\s+|under\s+)?"
                            r"(?-i:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),?\s*$")
# Or the exam the people the line teaches or mentors sit: "Mentor 3 EITs preparing for the PE exam", "Coached
# junior accountants studying for the CPA", "Prepared 12 staff for the CSCS test"; not the person's own ("Trained
# for and passed the PE exam", "Led a team of 6 while studying for the CPA").
_OTHERS_PREPARING = re.compile(r"(?i)\b(?:mentor|coach|tutor|teach|taught|train|prepar|help|guid|support)\w*\s+"
                               r"(?:(?!(?:while|and|then|i|myself|also)\b)[\w'’-]+\s+){1,4}"
                               r"(?:(?:who\s+(?:are|were)\s+)?(?:prepar\w*|stud\w+|sitting|testing)\s+)?"
                               r"for\s+(?:the\s+|their\s+)?$")
# Also before a plural word for people or posts, whom it names: "hiring ... CDL drivers", "RN openings".
_THING_AFTER = re.compile(r"(?i)[\s-]*(?:firms?|practices?|clients?|partners?|staff|teams?|drivers|nurses|holders"
                          r"|candidates|applicants|hires|recruits|workers|employees|positions|roles|jobs|openings"
                          r"|requisitions|vacancies)\b")
# After a credential, words saying it is still to come: "CPA-eligible", "CSCP candidate", "CompTIA A+ prep"
# (a course preparing for it), or one exam of a credential taken in two ("CompTIA A+ Core 1 (220-1101)
# passed; Core 2 scheduled"; both named together are the credential: "A+ (Core 1 and Core 2)").
_PROSPECTIVE_AFTER = re.compile(r"(?i)[\s-]*(?:eligib\w*|exams?|examinations?|candidate|candidacy|track"
                                r"|coursework|review course|\(?in progress|\(?pending|\(?expected"
                                r"|\(?(?:test |exam )?prep(?:aration)?(?: course| class)?|practice (?:exams?|tests?)"
                                r"|\(?core[ \t]*[12](?![\s,/&+]*(?:and[ \t]+)?(?:core[ \t]*)?[12]\b)"
                                r"|\(?220-1[01]\d\d(?![\s,/&+)]*(?:and[ \t]+)?\(?220-))\b")
# Before it, words of the way to it: "pursuing the CPA", "Completing supervised hours toward LISW".
_PROSPECTIVE_BEFORE = re.compile(r"(?i)\b(?:pursuing|studying for|preparing for|towards?|eligible (?:to sit )?"
                                 r"for|sit(?:ting)? for|sat for|candidate for)\s+(?:the\s+|an?\s+)?"
                                 r"(?:(?:" + "|".join(US_STATE_NAMES) + r")\s+)?$")
# A part of a line that says its credential is still to come.
_TO_COME = re.compile(r"(?i)\b(?:candidate|candidacy|in progress|pending|expected|anticipated|scheduled|will sit"
                      r"|sitting for|not yet|pursuing|studying(?: for)?|preparing for|towards?|pre-?licens\w*"
                      # a credential of exams taken in turn, some passed: "ACCA part-qualified", "9 of 13 exams passed"
                      r"|part[- ]?qualified|part[- ]way through|finalist|\d+ of \d+ (?:exams|papers|modules)"
                      r"|enrolled|to be completed|upcoming|willing(?:ness)? to (?:obtain|undergo|get|apply)"
                      r"|eligible to (?:test|sit|take|apply)"
                      r"|will (?:test|sit|take|apply|obtain|get|earn|complete|receive"
                      r"|be (?:licensed|certified|testing|taking))"
                      r"|(?:plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|aim(?:s|ing)?|hop(?:e|es|ing)|expect(?:s|ing)?) to"
                      r" (?:take|sit|obtain|get|earn|complete|test|pursue|apply|become|be (?:licensed|certified))"
                      r"|(?<!\w )testing for|registered for (?:the |an? )?(?:exam|test)|on track (?:for|to)"
                      r"|appl(?:ied|ying) for|application (?:submitted|filed"
                      r"|sent|made|in (?:process|progress|review)|under review)|awaiting|in process|under review)\b")
_PART_END = re.compile(r"[,;|•·▪]|\.\s|\s[-–—]\s")
# A credential no longer held: "BLS - expired August 2024", "RN (inactive)", "lapsed CPR".
_LAPSED = re.compile(r"(?i)\b(?:expired|lapsed|inactive|revoked|suspended|no longer (?:active|current|valid|held)"
                     r"|not (?:current|active|renewed))\b")
_ITEM_END = re.compile(r"[,;|•·▪]|\.\s")
_BRACKET_AFTER = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")


# A credential of its own that the table does not know, named: capitalised words or its letters in brackets before
# its kind's word ("Pest Control Adviser (PCA) license in progress"; not "license pending", which is the one before).
_NAMED_CREDENTIAL = re.compile(r"(?:(?:[A-Z][\w&'’-]*\s+){2,}|\([A-Z]{2,6}\)\s*)"
                               r"(?i:licen[cs]e|certificat\w*|credential)\b")


def _tail(line: str, end: int) -> tuple[str, bool]:
    """What a line says after the credential ending at ``end``: a bracket right after it, read
    whole ("PHR (2009, lapsed)") unless it names another credential among other words (one
    alone is the same credential's abbreviation: "Paramedic (NRP) - expired 2026"), then up to
    the next comma, semicolon, bullet or sentence end, and before any other credential, and on
    past commas through items that name no credential ("EMT-B, National Registry - expired");
    and whether another credential comes before the first comma."""
    bracket = _BRACKET_AFTER.match(line, end)
    if bracket and _names_known(bracket.group()) and not _ANY.fullmatch(bracket.group().strip(" ()[]")):
        bracket = None
    after = bracket.end() if bracket else end
    stop = _ITEM_END.search(line, after)
    rest = line[after:stop.start() if stop else len(line)]
    other = _ANY.search(rest) if _names_known(rest) else None
    if other:
        return line[end:after] + rest[:other.start()], True
    # items after a comma that name no credential of their own still speak of it, as do the
    # cells after it in a table's row: "EMT-B, National Registry — expired 06/2022", "| Texas
    # real estate sales agent license | Texas (TREC) | exam scheduled for June |"
    while stop and stop.group() in (",", "|"):
        following = _ITEM_END.search(line, stop.end())
        item = line[stop.end():following.start() if following else len(line)]
        if _names_known(item) or _NAMED_CREDENTIAL.search(item):
            break
        rest, stop = rest + stop.group() + item, following
    return line[end:after] + rest, False


def _part(line: str, start: int, end: int) -> str:
    """The part of ``line`` around [start, end), between commas, semicolons, bullets,
    spaced dashes and sentence ends."""
    left = max((m.end() for m in _PART_END.finditer(line, 0, start)), default=0)
    right = _PART_END.search(line, end)
    return line[left:right.start() if right else len(line)]


def _lapsed(line: str, start: int, end: int) -> bool:
    """Whether the credential at [start, end) is said to be no longer held: in its part of
    the line, or after it up to the next comma, semicolon, bullet, sentence end or other
    credential ("BLS (American Heart Association) - expired August 2024"), a bracket after it
    read whole ("PHR (2009, lapsed)")."""
    return bool(_LAPSED.search(_part(line, start, end)) or _LAPSED.search(_tail(line, end)[0]))


# A credential the line itself says is not held: "super user training (not proctored
# certification)", "not certified", "certification not completed", "uncertified".
_NEGATED = re.compile(
    r"(?i)\b(?:not|never)\s+(?:(?:a|an|the|yet)\s+)?(?:[a-z]+\s+){0,2}?(?:certifi\w*|licen[cs]\w*|credential\w*"
    r"|accredited)\b"
    r"|\b(?:certifi\w*|licen[cs]\w*|credential|registration)[\s(]+(?:(?:was|is|has)\s+)?(?:not|never)\s+(?:been\s+)?"
    r"(?:completed|obtained|earned|held|awarded|issued|granted|finished|achieved)\b"
    r"|\b(?:un|non-?)(?:certified|licensed|credentialed)\b"
    r"|\bwithout\s+(?:the\s+|an?\s+)?(?:certifi\w*|licen[cs]\w*)")


# A credential the person says they have none of, in the words right before it: "No driver's license (use public
# transit)", "I do not have a driver's license", "don't hold a CDL", "without a valid driver's licence"; not a "no"
# of something else before it ("No accidents; clean driver's license", "no violations, valid CDL").
_NONE_BEFORE = re.compile(r"(?i)(?<![\w'’-])(?:no|(?:do|does|did)[ \t]*(?:not|n['’]t)[ \t]+(?:(?:currently|yet)[ \t]+)?"
                          r"(?:have|hold|possess|own)|without|lack(?:s|ing)?)[ \t]+"
                          r"(?:(?:an?|any|the|my|valid|current|active|own)[ \t]+){0,2}$")
# Or as the value a label gives it: "Driver's license: none", "Driver's License: No", "CDL: N/A", "Driver's licence
# — none", "Driver's license (none)", "CDL: -"; not "Driver's license: yes", "Valid driver's license, no violations"
# nor a number ("API 1169 (No. 12345)").
_NONE_AFTER = re.compile(r"(?i)[ \t]*(?:[:=][ \t]*|[-–—][ \t]+|\([ \t]*(?=[^)]*\)))(?:none|no|nil|n/?a|not held"
                         r"|not applicable|[-–—]+)(?![. \t]*[#\d])[ \t]*(?:$|[().,;])")


def _negated(line: str, start: int, end: int) -> bool:
    """Whether the credential at [start, end) is one the line says is not held, read where
    ``_lapsed`` reads: "Epic Inpatient Clinical Documentation — super user training (not
    proctored certification)", "ACLS (course taken, not certified)", "PMP certification not
    completed"; or right before it or as its label's value (``_NONE_BEFORE``, ``_NONE_AFTER``:
    "I do not have a driver's license", "Driver's license: none")."""
    return bool(_NEGATED.search(_part(line, start, end)) or _NEGATED.search(_tail(line, end)[0])
                or _NONE_BEFORE.search(line, max(0, start - 60), start) or _NONE_AFTER.match(line, end))


def _to_come(line: str, start: int, end: int) -> bool:
    """Whether the credential at [start, end) is said to be still to come: in its part of the
    line, or after it up to the next comma, semicolon, bullet or sentence end ("Florida
    pharmacist license - application submitted"), unless another credential comes first
    there: the words before it are its own ("CPA - pursuing CFA").  The first word of the credential's
    own name says nothing of it: "Enrolled Agent (IRS), 2020 - current" is held."""
    left = max((m.end() for m in _PART_END.finditer(line, 0, start)), default=0)
    if any(left + m.start() != start for m in _TO_COME.finditer(_part(line, start, end))):
        return True
    tail, other = _tail(line, end)
    return not other and bool(_TO_COME.search(tail))


# A posting's ask that a credential not yet held meets: "CPA-eligible", "eligible for the CPA exam",
# "pursuing CPA licensure".
_ELIGIBLE_ASK = re.compile(r"(?i)eligib|\bexam\b|\bcandidate\b|\bpursuing\b|\bworking towards?\b|\bstudying for\b"
                           r"|\bpart[- ]?qualified\b|\bfinalists?\b"
                           r"|\bpreparing for\b|\bprogress(?:ing)? towards?\b|\benrolled in\b|\bsit(?:ting)? for\b")
# A candidate for a credential by its letters: "CPA candidate", "CPA-candidate"; not a stage's ("Level III
# candidate", read as a stage: ``postings.knockouts.stage_taken``), nor anyone's ("candidates must").
CANDIDATE_OF = r"(?-i:\b(?!(?:I{1,3}|IV|VI{0,3})[ -])[A-Z]{2,}[A-Za-z]*)[ -]candidates?\b"
# A posting's sentence that takes eligibility in place of the credential it names: "Current Ohio
# RN license or be eligible for licensure", "CPA (or CPA-eligible)", "licensed, or in the process",
# "CPA or CPA candidate".
OR_ELIGIBLE = re.compile(r"(?i)\bor\b[^.;:]{0,30}?(?:eligib|\bpursuing\b|\bin the process\b|\bworking towards?\b"
                         r"|" + CANDIDATE_OF + ")")
# One that takes the course or the exam under way, which a resume would say: "license (or currently completing the
# 77-hour pre-licensing course)", "or enrolled in a pre-licensing course", "(or currently studying for the exam)".
OR_ON_COURSE = re.compile(r"(?i)\bor\b[^.;:]{0,30}?(?:\bcompleting\b|\benrolled\b|\bstudying for\b|\bpreparing for\b)")


# The job a line seeks, not a credential held: "seeking a career position as Firefighter/EMT".
_SOUGHT_BEFORE = re.compile(r"(?i)\b(?:seek\w*|looking for|apply\w* for|interested in)\b[^.;]{0,40}\b(?:position|role"
                            r"|job|career|opening)s?\s+(?:as|of)\s+(?:an?\s+)?[\w/ -]{0,25}$")


# A credential named in the job a line seeks or in what it hopes to get, not one held: "Looking to
# move into a full time CDL-B or CDL-A driving job", "Seeking CDL-A position", "Goal: get my CDL-A
# by 2027" (the seeking words before it in its clause, a job's word right after it or "get" before).
_SEEKING = (r"\b(?:seek\w*|looking (?:for|to)|look to|want\w*|hop(?:e|es|ing) to|aspir\w*|interested in"
            r"|apply\w* (?:for|to)|goals?\b|objective\b|aim\w* (?:for|to)|plan\w* to|intend\w* to|would like"
            r"|open to|move into|moving into|transition\w* (?:into|to))")
_SOUGHT_JOB_BEFORE = re.compile(r"(?i)" + _SEEKING + r"[^.;!?•|]{0,80}$")
_SOUGHT_JOB_AFTER = re.compile(r"(?i)(?:[\s/-]+(?:or|and|[\w'’-]+)){0,4}?[\s/-]+(?:jobs?|positions?|roles?|careers?"
                               r"|openings?|opportunit(?:y|ies)|employment)\b")
_SOUGHT_CREDENTIAL_BEFORE = re.compile(r"(?i)" + _SEEKING + r"(?:\s*:\s*|\s+)(?:\w+\s+){0,3}?(?:to\s+)?"
                                       r"(?:get|obtain|earn|acquire|gain|upgrade to)\s+(?:my\s+|a\s+|an\s+|the\s+)?"
                                       r"(?:\w+\s+){0,2}$")
# A word that says the credential is not the one named: "non-CDL", "non-sterile", "un-armed".
_NEGATING_PREFIX = re.compile(r"(?i)\b(?:non|un)-\s*$|\bnon\s+$")


def _sought(line: str, start: int, end: int) -> bool:
    """Whether the credential at [start, end) is named in the job the line seeks or in what it
    hopes to get (see ``_SOUGHT_JOB_BEFORE``)."""
    before = line[max(0, start - 100):start]
    return bool((_SOUGHT_JOB_BEFORE.search(before) and _SOUGHT_JOB_AFTER.match(line, end))
                or _SOUGHT_CREDENTIAL_BEFORE.search(before))


def _mention(line: str, start: int, end: int) -> str:
    """How a line names the credential at [start, end): "own", "prospective" (not yet held),
    "lapsed" (expired, inactive), "negated" (the line says it is not held: "not certified"),
    "other" (someone else's, or a firm's) or "junior" (a junior grade of it, another
    credential: "LPC-A")."""
    before, after = line[max(0, start - 40):start], line[end:end + 40]
    if _lapsed(line, start, end):
        return "lapsed"
    if _OTHERS_PREPARING.search(line, max(0, start - 80), start):
        return "other"
    if (_PROSPECTIVE_AFTER.match(after) or _PROSPECTIVE_BEFORE.search(before)
            or _SOUGHT_BEFORE.search(line, max(0, start - 80), start) or _sought(line, start, end)
            or _to_come(line, start, end)):
        return "prospective"
    if _negated(line, start, end) or _NEGATING_PREFIX.search(line, max(0, start - 6), start):
        return "negated"
    if _OTHERS_BEFORE.search(before) or _THING_AFTER.match(after):
        return "other"
    if _junior(line, start, end):
        return "junior"
    return "own"


def said_lapsed(line: str, start: int, end: int) -> bool:
    """Whether ``line`` says the credential it names at [start, end) is no longer held
    ("PHR (2009, lapsed)", "BLS - expired 2024")."""
    return _lapsed(line, start, end)


@lru_cache(maxsize=65_536)
def lapsed_ids(line: str, kind: str = "lapsed") -> frozenset[str]:
    """The ids of the known credentials a line says are no longer held ("BLS - expired 2024"), or
    named so in another ``kind`` of ``_mention`` ("negated": "Driver's license: none")."""
    line = _spelled_endorsements(line)
    if not _names_known(line):
        return frozenset()
    return frozenset(cid for cid, pattern in _KNOWN.items()
                     if any(_mention(line, m.start(), m.end()) == kind for m in pattern.finditer(line)))


# A word of a posting's ask that names which credential it asks: not a kind's word ("valid", "card"), a stop word
# or a sentence's ("must", "required").
_WHICH_WORD = re.compile(r"(?i)(?<![\w+#])(?!(?:card|cards|permit|ticket|endorsement|qualification|license|licence"
                         r"|certificate|certification|credential|valid|current|active|required|must|have|hold|with"
                         r"|and|the|for|any|all|preferred)(?![\w+#]))[a-z][\w+#'’]{2,}")

# What an ask wants absent, no credential's word: "Clean MVR - no more than 2 moving violations in past 3 years, no
# DUI/DWI", "with no restrictions"; a line that says none of them ("no violations last 5 yrs") agrees with it.
_ASKED_ABSENT = re.compile(r"(?i)\b(?:no|not|without|free\s+(?:of|from)|zero)\b[^,;.()\n]*")


@lru_cache(maxsize=65_536)
def said_not_held(line: str, asked: str) -> str:
    """How ``line`` says the credential a posting's ``asked`` names is not held: "lapsed" where a
    word of it that says which one (``_WHICH_WORD``) is named lapsed ("NWCG Red Card: FFT2 (expired
    2020)", "Red Card (FFT2), expired 2020" for "Current NWCG ... (Red Card) as FFT2"), "negated"
    where one is named as not held at all ("I do not have a driver's license", "Driver's license:
    none"), as the licence reader reads a known one or by those words, else "": for a credential the table
    does not know too ("CPR expired 2019; Red Card
    current" keeps the Red Card)."""
    if not (_LAPSED.search(line) or re.search(r"(?i)\b(?:no|not|n['’]t|none|n/?a|nil|without|lack\w*)\b|[-–—]\s*$",
                                              line)):
        return ""
    known = credential_ids(asked)
    if known & lapsed_ids(line, "negated"):
        return "negated"
    if known & lapsed_ids(line):
        return "lapsed"
    words = {w.lower().rstrip("'’") for w in _WHICH_WORD.findall(_ASKED_ABSENT.sub(" ", asked))}
    words = {w[:-2] if w.endswith(("'s", "’s")) else w for w in words}
    kinds = set()
    for word in words:
        for m in re.finditer(rf"(?i)(?<![\w+#]){re.escape(word)}(?:['’]?s|s['’])?(?![\w+#])", line):
            kinds.add("lapsed" if _lapsed(line, m.start(), m.end())
                      else "negated" if _negated(line, m.start(), m.end()) else "")
    return "negated" if "negated" in kinds else "lapsed" if "lapsed" in kinds else ""


def says_held(line: str, surface: str) -> bool:
    """Whether ``line`` names the credential written ``surface`` as the person's own, not
    lapsed, still to come or someone else's ("Backflow tester certification (expired 2021)"
    does not); True when the line does not write it so."""
    at = line.lower().find(surface.lower())
    return at < 0 or _mention(line, at, at + len(surface)) == "own"


# The stages of a credential taken in steps, each the one before it: a candidate for a stage has
# passed the one below ("CFA Level II Candidate" holds Level I).
_STAGE_BELOW = {"cfa-2": "cfa-1", "cfa-3": "cfa-2"}
# A step on the way to a credential, which shows progress toward it where a posting takes that
# ("progress toward CFA (Level I passed)", "pursuing PE licensure": an engineer in training).
_STEP_TOWARD = {"cfa-1": "cfa", "cfa-2": "cfa", "cfa-3": "cfa", "eit": "pe"}


def stage_held(name: str, line: str) -> bool:
    """Whether ``line`` shows the stage of a credential taken in steps that ``name`` names
    ("CFA Level I") held through a higher stage it is a candidate for ("CFA Level II Candidate"),
    as ``held_ids`` reads it; False for a name that is no such stage."""
    ids = credential_ids(name) & set(_STAGE_BELOW.values())
    return bool(ids) and ids <= held_ids(line)


# A clean driving record is the record of a driver's licence the person holds: "Clean MVR, own tools and gauges",
# "Clean driving record, no accidents in 9 yrs" show the licence (not "clean driving records" or "clean MVRs"
# kept for a fleet's drivers, plural, nor one ``_mention`` reads as not the person's own).
_CLEAN_RECORD = re.compile(r"(?i)\b(?:clean|spotless|safe|good|excellent|accident[- ]free)[ \t]+"
                           r"(?:MVR|(?:driving|motor[ \t]+vehicle|DMV)[ \t]+(?:record|history))\b")


@lru_cache(maxsize=65_536)
def held_ids(line: str, prospective: bool = False, steps: bool = True) -> frozenset[str]:
    """The ids of the known credentials a resume line shows as the person's own (with the
    ids they imply; a junior grade by its own id: "LPC-A" shows "lpc-junior", not "lpc");
    ``prospective``: one not yet held counts too ("CPA-eligible"), and so does a step toward
    one (``_STEP_TOWARD``: a CFA level for the charter), unless ``steps`` is False: a step is
    progress toward the credential, not the credential still to come (an EIT is no PE pending).
    A stage still to come shows the one below it held (``_STAGE_BELOW``); a clean driving record the
    driver's licence it is the record of (``_CLEAN_RECORD``)."""
    line = _spelled_endorsements(line)
    record = {"drivers-license" for m in _CLEAN_RECORD.finditer(line) if _mention(line, m.start(), m.end()) == "own"}
    if not _names_known(line):
        return frozenset(_implied(record))
    kinds = ("own", "prospective") if prospective else ("own",)
    found = set()
    for cid, pattern in _KNOWN.items():
        for m in pattern.finditer(line):
            kind = _mention(line, m.start(), m.end())
            if kind in kinds:
                found.add(cid)
            elif kind == "junior":
                found.add(cid + JUNIOR)
            if kind == "prospective" and cid in _STAGE_BELOW:
                found.add(_STAGE_BELOW[cid])
    found = _implied(found | record)
    if prospective and steps:
        found |= {_STEP_TOWARD[cid] for cid in found if cid in _STEP_TOWARD}
    return frozenset(_implied(found))


# Words that say what kind of thing a credential is, not which one (the article "A" not in "A+").
_GENERIC = re.compile(r"(?i)\b(?:valid|current|active|unrestricted|state|licen[cs]es?|licensed|licensure|"
                      r"certificates?|certifications?|certified|credentials?|registration|registered|endorsements?|"
                      r"endorsed|in|good|standing|"
                      r"a|an|the|and|or|of|with|must|have|hold|required|preferred|plus|us|u\.s\.|eligible|eligibility)\b(?![+#])")


# The board a credential's name says issues it: "Board of" of "Ohio State Board of Pharmacy technician registration".
_ISSUER = re.compile(r"(?i)\bboards?[ \t]+of\b")


def _without_issuer(name: str) -> str:
    """``name`` without the "Board of" that issues it where a person holding it follows the board's field:
    "Arizona Board of Pharmacy technician license" is shown by "Arizona Pharmacy Technician License", the
    board saying whose it is, not which; not "Board of Pharmacy license", whose board names no holder."""
    found = _ISSUER.search(name)
    if found and any(_PERSON_WORD.search(w) for w in re.findall(r"[A-Za-z]+", name[found.end():])[1:]):
        return f"{name[:found.start()]} {name[found.end():]}"
    return name
# Words that say how widely a credential counts, not which one it is ("national certification").
_KIND_ONLY = re.compile(r"(?i)national(?:ly)?|industry|recogni[sz]ed|accredited")
# The exam a credential still to come is taken by, which names it as its kind does: "Eligible to sit for
# the ARRT Radiography exam in June 2027" is an ARRT certification to come.
_EXAM_WORD = re.compile(r"(?i)\b(?:exam|examination|boards)\b")
# A credential's kind, which a line must name to show a credential whose name does.
_CREDENTIAL_WORD = re.compile(r"(?i)\b(?:licen[cs]\w*|certif\w*|credential\w*|registration|registered|permit"
                              r"|endorsement|commission|card)\b")
# A trade's journeyman grade, whose card or certificate (the apprenticeship's, no state's licence) the title of a
# role held at it shows: "Journeyman Lineman, PSO" for "Journeyman Lineman certificate"; not a "Journeyman Plumber
# license", which a licence word names; an apprentice's title shows none (``_LEARNER``).
_JOURNEYMAN = re.compile(r"(?i)journey(?:man|men|person|worker)|journey-level")
_CARD_WORD = re.compile(r"(?i)\b(?:card|certificate|certification)\b")
# A trade's word as a man's, a worker's or a person's, one trade however written: "Lineworker" is a
# "Lineman", a "Craftsperson" a "Craftsman", a "Foreperson" a "Foreman".
_TRADE_FORM = re.compile(r"(?i)([a-z]{4,})(?:m[ae]n|workers?|persons?|people)")


def trade_forms(word: str) -> str:
    """A pattern for ``word``, a trade's one (``_TRADE_FORM``) in any of its forms: "Lineworker" ->
    "Line(?:m[ae]n|workers?|persons?|people)"; any other word as written."""
    m = _TRADE_FORM.fullmatch(word)
    return rf"{re.escape(m.group(1))}(?:m[ae]n|workers?|persons?|people)" if m else re.escape(word)


# The nouns of a junior's role ("Pharmacy Technician", "Nurse Aide"); after a name they make it
# another role's credential ("Physical Therapist Assistant").
JUNIOR_NOUNS = r"assistant|aide|technician|tech|apprentice|trainee|intern|student|helper"
_JUNIOR = re.compile(rf"(?i)[\s-]*(?:{JUNIOR_NOUNS})\b")
# One learning the trade a name's word names, before or after it: "Electrical Apprentice", "Apprentice Plumber",
# "Funeral Director Apprentice", "Nursing Student"; none of its licence, whatever else the line names.
_LEARNER = re.compile(r"(?i)[ \t/-]*(?:apprentices?|trainees?|students?|interns?)\b")
_LEARNER_BEFORE = re.compile(r"(?i)\b(?:apprentice|trainee|student|intern)[ \t]+$")
# A word for a person doing the work, whose junior is another role ("Physical Therapist" ->
# "Physical Therapist Assistant"); a field's word is not one: a "Phlebotomy Technician" holds the
# "Phlebotomy certification".
_PERSON_WORD = re.compile(r"(?i)(?:ist|er|or|ian|nurse|aide|wright|smith|man|medic)s?$")


# A posting's sentence that turns a junior grade away ("LPC Associates (LPC-A) will not be considered").
_REFUSED = re.compile(r"(?i)\b(?:not|no|never|won'?t|cannot|excluded|ineligible)\b")
# A state by its postal code, in capitals, as resumes name the state of a licence ("WA State Unarmed
# Security Guard License", "Valid WA drivers license"); not the codes that are also credentials,
# degrees, imaging modalities or words ("PA", "MD", "OR", "IN", "ID", "OK", "HI", "CT", "MT", "NM"); in brackets
# alone too ("Notary Public (NJ)"), but not "(CA)", a Chartered Accountant's letters.
_STATE_CODE = re.compile(r"(?:(?<![\w(-])|(?<=\()(?!CA\))(?=[A-Z]{2}\)))(?:" + "|".join(sorted(set(US_STATE_BY_CODE) - {
    "PA", "MD", "MA", "MS", "ME", "ND", "IN", "OR", "ID", "OK", "HI", "CT", "MT", "NM"})) + r")(?![\w-])")
# In a posting's name of a credential, a code is a state's only before the words of the name
# ("WA CNA license", "TX RN license"), not in brackets, alone or before a word that makes it
# another credential's ("Chartered Accountant (CA)", "CA designation").
_NAME_STATE_CODE = re.compile(_STATE_CODE.pattern + r"(?=\s+(?!(?i:designation|charter|exam|qualifi|member))[A-Za-z])")


# A state's licensing board by its letters, which name no other thing: "TDLR Journeyman Electrician #123456" is
# a Texas licence (the Texas Department of Licensing and Regulation), as "Texas" would say; so do a state's own
# letters ("NYS Certification in Childhood Education" is New York State's).
_BOARD_STATE = {"TDLR": "Texas", "TSBPE": "Texas", "CSLB": "California", "DBPR": "Florida", "NYSED": "New York",
                **US_STATE_BY_LETTERS}
_BOARD = re.compile(r"(?<![\w-])(?:" + "|".join(_BOARD_STATE) + r")(?![\w-])")


def _states(text: str, name: bool = False) -> set[str]:
    """The US states a text names, in full, by postal code ("WA State" is Washington) or by a board's
    letters (``_BOARD_STATE``); a credential's ``name`` by a code only before its other words."""
    codes = _NAME_STATE_CODE if name else _STATE_CODE
    return us_states(text) | {US_STATE_BY_CODE[m.group()] for m in codes.finditer(text)} \
        | {_BOARD_STATE[m.group()] for m in _BOARD.finditer(text)}


# A state's credential offered beside a national one: "(Colorado or National Registry)", or beside
# one of any state: "RVT in Colorado, or credentialed in another state (CVT, LVT, RVT)".
_OR_NATIONAL = re.compile(r"(?i)\bor\s+(?:the\s+)?national(?:ly)?\b|\bnational\w*\s+(?:registry\s+)?or\b"
                          r"|\bor\s+(?:\w+\s+){0,2}?(?:in|from|by)\s+(?:another|any(?:\s+other)?|other)\s+(?:us\s+)?states?\b")
# Where a sentence goes on to ask another thing, whose state is its own: "NBCOT certification and
# a current Ohio occupational therapist license".
_NEXT_ASK = re.compile(r"(?i)\s*(?:;|,?\s+\band\b|\bas well as\b|\bplus\b)\s*")


def _asked_states(name: str, sentence: str) -> set[str]:
    """The states a posting asks of the credential ``name``: those it names, else those of the
    part of its ``sentence`` that names it (parts split at "and" and semicolons), none when
    the sentence takes a national credential in their place."""
    states = _states(name, name=True)
    if states or not sentence or _OR_NATIONAL.search(sentence):
        return states
    return us_states(_part_naming(name, sentence))


def _part_naming(name: str, sentence: str) -> str:
    """The part of a posting's ``sentence`` that names ``name`` (parts split at "and" and
    semicolons), or the whole sentence when it does not name it as written."""
    at = sentence.lower().find(name.lower())
    if at < 0:
        return sentence
    asks = _next_asks(sentence)
    low = max((m.end() for m in asks if m.end() <= at), default=0)
    high = min((m.start() for m in asks if m.start() >= at + len(name)), default=len(sentence))
    return sentence[low:high]


# A country's register of a profession, which a licence of another country is not on: Australia's
# ("registration as a Registered Nurse with the Nursing and Midwifery Board of Australia through
# AHPRA"), the UK's NMC.  A posting naming one for a credential asks a line that shows it.
_REGISTERS = ("ahpra", "nmc")


def registers_asked(name: str, sentence: str) -> set[str]:
    """The country registers (``_REGISTERS``) the part of ``sentence`` naming ``name`` asks it on;
    a register's name is one word there ("Nursing and Midwifery Board" is no two asks)."""
    for cid in _REGISTERS:
        sentence = _KNOWN[cid].sub(f"<{cid}>", sentence)
    part = _part_naming(name, sentence) if sentence else ""
    return {cid for cid in _REGISTERS if f"<{cid}>" in part}


def _next_asks(sentence: str) -> list[re.Match]:
    """Where ``sentence`` goes on to ask another thing (``_NEXT_ASK``): after a part that names a
    credential ("NBCOT certification and an Ohio OT license"), not at an "and" inside one name
    ("Current North Carolina massage and bodywork therapist license (LMBT)")."""
    out, start = [], 0
    for m in _NEXT_ASK.finditer(sentence):
        part = sentence[start:m.start()]
        if ";" in m.group() or _CREDENTIAL_WORD.search(part) or credential_ids(part):
            out.append(m)
            start = m.end()
    return out


# A person's credential named by their job ("Paramedic", "Registered Nurse") and the words before
# it that make it a specialty of its own: "Certified Flight Paramedic", "Critical Care Paramedic".
_JOB_CREDENTIAL = re.compile(r"(?i)(?:paramedic|nurse|therapist|technician|technologist|pharmacist|assistant"
                             r"|practitioner|specialist|counselor|hygienist|accountant|engineer|inspector)s?")


def _specialty(name: str) -> list[re.Pattern]:
    """The words a line must also name to show ``name`` when a known credential in it is a
    job's and capitalised words that are no generic nor a state's stand right before it
    ("Flight" in "FP-C (Certified Flight Paramedic)"): a paramedic is no flight paramedic."""
    words: list[str] = []
    for pattern in _KNOWN.values():
        for m in pattern.finditer(name):
            if not _JOB_CREDENTIAL.search(m.group()):
                continue
            before = re.findall(r"[A-Z][\w-]*", name[max(0, m.start() - 40):m.start()].split("(")[-1])
            words += [w for w in before if not _GENERIC.fullmatch(w) and not us_states(w) and not _ANY.fullmatch(w)]
    return [re.compile(rf"(?i)(?<![\w-]){re.escape(w)}(?![\w-])") for w in dict.fromkeys(words)]


def _shows(wanted: set[str], held: set[str], junior_ok: set[str]) -> bool:
    """Whether the ids ``held`` show every id ``wanted``, the junior grade counting for those in
    ``junior_ok``."""
    return all(cid in held or (cid in junior_ok and cid + JUNIOR in held) for cid in wanted)


# Names of credentials joined by "or" (a list before it by commas) ask one of them: "Fully qualified
# ACA, ACCA or CIMA", "CMA or RMA".
_OR = re.compile(r"(?i)\bor\b")
_OR_ITEM = re.compile(r"(?i),|\band/or\b|\bor\b")


def _choices(name: str) -> list[set[str]]:
    """The alternatives a name offers, each the ids it asks; none when it offers none."""
    if not _OR.search(name):
        return []
    choices = [ids for part in _OR_ITEM.split(name) if (ids := credential_ids(part))]
    return choices if len(choices) > 1 else []


# A code in brackets right after a credential's name in capitals that says which of its kinds is
# asked: a modality or specialty, one or two capitals ("ARRT (MR)", "ARRT (R)(CT)", "CDL (A)").
# Who issued it takes more letters ("BLS (AHA)", "CMA (AAMA)") and asks nothing more.
_CODED = re.compile(r"(?<![\w.-])(?P<name>[A-Z][A-Z0-9&+-]*[A-Z0-9+])(?P<codes>(?:\s*\([A-Z]{1,2}\))+)")
_CODE = re.compile(r"\(([A-Z]{1,2})\)")
_CAPITALS = re.compile(r"(?<![\w.-])[A-Z][A-Z0-9&+-]*[A-Z0-9+](?![\w-])")


# A code spelled out by the words before it: "Radiography (R)", "Computed Tomography (CT)"
# (the code the initials of the last of them), after the credential it is of, in its clause
# ("ARRT registration in Radiography (R)").
_SPELLED = re.compile(r"(?P<words>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*\((?P<code>[A-Z]{1,2})\)")
_SPELLED_AFTER = re.compile(r"(?<![\w.-])(?P<name>[A-Z][A-Z0-9&+-]*[A-Z0-9+])(?![\w-])[^.;()]{0,40}?\b"
                            + _SPELLED.pattern)


def _spelled_code(words: str, code: str) -> str:
    """The last of ``words`` whose initials start with ``code`` ("Magnetic Resonance Imaging",
    "MR"), or ""."""
    split = words.split()
    for i in range(len(split) - 1, -1, -1):
        if "".join(w[0] for w in split[i:]).startswith(code):
            return " ".join(split[i:])
    return ""


def _asked_codes(name: str, sentence: str) -> tuple[dict[str, list[set[str]]], dict[str, str]]:
    """Per credential ``name`` asks with codes in brackets after it, the codes (each set one
    way to meet it); a name read without its brackets ("ARRT certification") asks those its
    ``sentence`` writes after the same credential ("ARRT (MR) certification required"), or
    spells out after it ("ARRT registration in Radiography (R)").  With them, the words
    the sentence spells a code with ({"R": "Radiography"})."""
    found = list(_CODED.finditer(name))
    asked: dict[str, list[set[str]]] = {}
    spelled: dict[str, str] = {}
    if not found and sentence:
        written = set(_CAPITALS.findall(name))
        found = [m for m in _CODED.finditer(sentence) if m.group("name") in written]
        for m in _SPELLED_AFTER.finditer(sentence) if not found else ():
            words = _spelled_code(m.group("words"), m.group("code"))
            if m.group("name") in written and words:
                asked.setdefault(m.group("name"), []).append({m.group("code")})
                spelled[m.group("code")] = words
    for m in found:
        asked.setdefault(m.group("name"), []).append(set(_CODE.findall(m.group("codes"))))
    return asked, spelled


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _codes_shown(line: str, asked: dict[str, list[set[str]]], spelled: dict[str, str]) -> bool:
    """Whether ``line`` may show the codes ``asked`` (``_asked_codes``): where it writes the
    credential with codes in brackets in its part ("ARRT Radiography (R)", "R.T.(R)(ARRT)"),
    one of those places has every code asked; where it writes none, each code is a word of
    the sentence that names it (of the line, if it names it in other words), as a name with
    its code is read ("ARRT registered in radiography" shows no MR; "ARRT registered in
    radiography. Cross-training in CT." no CT), or the words ``spelled`` for it are ("ARRT
    registered in radiography" shows R spelled "Radiography")."""
    for credential, ways in asked.items():
        at = list(re.finditer(rf"(?<![\w-]){re.escape(credential)}(?![\w-])", line))
        places = [set(_CODE.findall(_part(line, m.start(), m.end()))) for m in at]
        if any(places):
            if not any(codes <= place for codes in ways for place in places):
                return False
            continue
        texts = [line[max((e.end() for e in _SENTENCE_END.finditer(line, 0, m.start())), default=0):
                      next((e.end() for e in _SENTENCE_END.finditer(line, m.end())), len(line))]
                 for m in at] or [line]
        if not any(all(re.search(rf"(?<![\w.]){c}(?!\w|\.\w)", text)
                       or c in spelled and re.search(rf"\b{spelled[c]}\b", text, re.I) for c in codes)
                   for codes in ways for text in texts):
            return False
    return True


# The dates a role was held over: "2020 to present", "2017 - 2020", "Jun 2020 - Present".
HELD_FROM = re.compile(r"(?i)\b(?:19|20)\d\d[ \t]*(?:-|–|—|to|until)[ \t]*(?:\w{3,9}\.?[ \t]+)?(?:(?:19|20)\d\d\b"
                        r"|present\b|current\b|now\b|date\b)")


# A state's own code for a licence's class, no part of its kind: the "6-20" of "Florida 6-20 All Lines Adjuster".
CLASS_CODE = re.compile(r"(?<![\w-])\d{1,2}-\d{1,3}(?![\w-])")


# A credential's name in full and its abbreviation in brackets, either way round: "Certified
# Flight Paramedic (FP-C)", "FP-C (Certified Flight Paramedic)".
_FULL = r"(?:[A-Z][a-z]+\s+){1,5}?(?:[A-Z][a-z]+|[IV]{1,3})"
_ABBREVIATED = re.compile(rf"(?P<full>{_FULL})\s*\((?P<short>[A-Z][A-Z0-9&+ -]{{1,8}})\)"
                          rf"|(?P<short2>(?<![\w-])[A-Z][A-Z0-9&+-]{{1,8}})\s*\((?P<full2>{_FULL})\)")


def _two_forms(name: str) -> list[str]:
    """``name`` with its full words alone and with its abbreviation alone, when it writes a
    credential both ways and the abbreviation's letters are initials of the full words
    ("FP-C (Certified Flight Paramedic) certification" -> "FP-C certification", "Certified
    Flight Paramedic certification"); none otherwise ("BLS (American Heart Association)")."""
    m = _ABBREVIATED.search(name)
    if not m:
        return []
    full, short = m.group("full") or m.group("full2"), m.group("short") or m.group("short2")
    if not set(re.sub(r"[^A-Z]", "", short)) <= {w[0] for w in full.split()}:
        return []
    return [re.sub(r"\s+", " ", (name[:m.start()] + part + name[m.end():]).strip()) for part in (short, full)]


# Two credentials a name asks together, the first ending in its own noun: "Working With Children Check and
# National Police Certificate", "TWIC Card and Passport Card"; not one name with "and" inside ("Airframe and
# Powerplant (A&P) certificate", "Property & Casualty license").
_BOTH = re.compile(r"^(?P<first>.*?\b(?:Check|Card|Certificate|Certification|Licen[cs]e|Clearance|Permit"
                   r"|Registration|Endorsement)s?)[ \t]+(?:and|&)[ \t]+(?P<second>[A-Z].*)$")


def _both_names(name: str) -> list[str]:
    """The two credentials of a name that asks both (``_BOTH``), the first named by more than its noun
    ("Certificate and License in Cosmetology" is one), or none."""
    m = _BOTH.match(name.strip())
    first = m.group("first") if m else ""
    return [first, m.group("second")] if first[:1].isupper() and len(first.split()) > 1 else []


def licence_line(name: str, lines: list[str], sentence: str = "", listed: Collection[str] = (),
                 to_come: bool = False, lapsed: bool = False, denied: bool = False) -> str | None:
    """The first line that shows the credential ``name`` (as a posting writes it): every
    known id the name carries is among those the line shows as the person's own (with
    what they imply; one not yet held too when the name asks eligibility or the posting's
    ``sentence`` takes eligibility in its place), or, for a name the table does not know,
    every distinctive word of it is on the line, in a part that does not say it is still
    to come, not followed by another role's word, and with a word for a credential when
    the name has one.  A name naming a state needs a line naming it;
    so does one whose ``sentence`` (the posting's) names a state when the name names none
    ("RN license in the state of Texas", "Teacher certification in Texas"), in the part of it
    that names it ("NBCOT certification and an Ohio OT license": no state for NBCOT), unless
    it takes a national one ("Colorado or National Registry").  A country's register the part
  names ("with the Nursing and Midwifery Board of Australia through AHPRA", the UK's NMC) needs
  a line that shows it: a US RN licence is none.  A state is no distinctive
    word: "Texas certification" names no credential a line could show.  A junior grade
    ("LPC-A", "LPC Associate") shows only an ask for it, or one whose ``sentence`` offers it
    too ("LPC-Associate or LPC license") and turns none away.  ``listed``: the lines under a
    licences or certifications heading, which name a credential by where they sit
    ("Firefighter I & II (Pro Board)").  A name written in full and as its abbreviation
    ("Certified Flight Paramedic (FP-C)") is shown by a line that shows either; two asked together
    ("Working With Children Check and National Police Certificate") by lines that show each.  With
    ``to_come``, one not yet held counts whatever is asked, in any state (``licence_to_come``);
    with ``lapsed``, only one a line says is no longer held ("NREMT Paramedic - lapsed (2022)"); with
    ``denied``, only one a line says is not held at all ("Driver's license: none", "I do not have a CDL")."""
    forms = _two_forms(name)
    if forms:
        return next((line for form in forms
                     if (line := licence_line(form, lines, sentence, listed, to_come, lapsed, denied))), None)
    parts = _both_names(name)
    if parts:
        # each on its own line, or both on one ("Working With Children Check - WWC1234567E" and
        # "National Police Certificate - 2026"): held where each is, to come or lapsed where one is
        found = [licence_line(part, lines, sentence, listed, to_come, lapsed, denied) for part in parts]
        return (found[0] if all(found) else None) if not (to_come or lapsed or denied) \
            else next(filter(None, found), None)
    states = _asked_states(name, sentence)
    prospective = to_come or bool(_ELIGIBLE_ASK.search(name) or OR_ELIGIBLE.search(sentence))
    # one still to come need not name the state yet ("Registered Nurse: license pending"), and
    # one lapsed in another state lapsed all the same ("Ohio Paramedic Certificate - EXPIRED 2022")
    lines = [line for line in lines if not states or to_come or lapsed or denied or _states(line) & states]
    codes, spelled = _asked_codes(name, sentence)
    # one still to come need not write the kind asked yet ("Eligible to sit for the ARRT Radiography exam" for
    # "ARRT (R)"), unless it writes another in brackets
    lines = [line for line in lines if _codes_shown(line, codes, spelled) or to_come and not _CODE.search(line)] \
        if codes else lines
    if (registers := registers_asked(name, sentence)) and not (lapsed or denied):
        # on the country's register: a line that shows it ("Registered Nurse, AHPRA ..."), or, still
        # to come, one that says the registration is ("AHPRA application submitted, outcome pending")
        coming = next((line for line in lines if to_come and registers & (
            held_ids(line, True, steps=False) - held_ids(line))), None)
        if coming:
            return coming.strip()
        lines = [line for line in lines if registers & held_ids(line, prospective)]
    wanted = credential_ids(name)
    if wanted:
        junior_ok = set() if _REFUSED.search(sentence) else {
            cid for cid, pattern in _KNOWN.items() for m in pattern.finditer(sentence)
            if _junior(sentence, m.start(), m.end())}
        choices = _choices(name) or [wanted]
        specialty = _specialty(name)
        for line in lines:
            held = _implied(set(lapsed_ids(line, "negated" if denied else "lapsed"))) if lapsed or denied \
                else held_ids(line, prospective, steps=not to_come)
            if to_come:
                # still to come only where the line says so: a headline "EMT / PARAMEDIC" or an
                # Ohio licence held, for an Arizona one, says nothing is coming
                held -= held_ids(line)
            elif not (lapsed or denied) and line.strip() in listed:
                held |= _work_licensed(line, wanted)
            if any(_shows(choice, held, junior_ok) for choice in choices) and all(p.search(line) for p in specialty):
                return line.strip()
        return None
    unnamed = _up_to_code(_GENERIC.sub(" ", _without_issuer(_without_states(name, states))))
    # "national certification (PTCB CPhT)" asks PTCB CPhT: "national" says which kind, not which one
    # "A&P" is one word, not "A" and "P" (the "A" of "F/A-18")
    words = [w for w in re.findall(r"[\w+#]+(?:&[\w+#]+)*", unnamed)
             if (len(w) > 1 or w.isupper() or w.isdigit()) and not _KIND_ONLY.fullmatch(w)]
    if not words:
        return None
    # a word as written, possessive or plural ("drivers license" for "driver's license"), a trade's in
    # any of its forms ("Journeyman Lineman" for "Journeyman lineworker certification"), not
    # after a prefix that negates it ("non-sterile compounding" is no sterile compounding,
    # "Un-armed" no armed guard)
    patterns = [re.compile(rf"(?i)(?<![\w+#])(?<!\bnon-)(?<!\bnon )(?<!\bun-){trade_forms(w)}(?:['’]?s|s['’])?"
                           r"(?![\w+#])") for w in words]
    kind = _CREDENTIAL_WORD.search(name)
    # a line listed under a licences heading before a sentence that names it in passing ("BOC Certified Athletic
    # Trainer with 5 years of experience ..." in the summary, "BOC Certified Athletic Trainer (ATC)" listed)
    for line in sorted(lines, key=lambda line: line.strip() not in listed):
        hits = [p.search(line) for p in patterns]
        found = [m for m in hits if m]
        # the word for a credential is not one inside another credential's name ("Registered
        # Nurse ... Epic super user" names no Epic certification); a name of four words or more
        # may go without one between its first and its last, its field ("Property & Casualty
        # Producer License" for "Property & Casualty insurance producer license"; not "agent" of
        # "real estate sales agent license")
        if (len(found) < len(patterns) - (len(patterns) >= 4) or not hits[0] or not hits[-1]) or (
                kind and not _CREDENTIAL_WORD.search(_ANY.sub(" ", line)) and line.strip() not in listed
                and not (to_come and _EXAM_WORD.search(line))
                and not (_JOURNEYMAN.fullmatch(words[0]) and _CARD_WORD.search(kind.group()))):
            continue
        if any(_GRADE_WORD.fullmatch(w) for w, m in zip(words, hits) if not m):
            continue   # "FAA Second-Class Medical Certificate" for a First-Class one
        if _replaced(hits):
            continue   # "NCCCO Mobile Crane Operator" for "NCCCO Tower Crane Operator": another kind
        if _other_standing(name, words[0], line, hits[0].start()):
            continue   # "Certified Respiratory Therapist" for a Registered Respiratory Therapist
        first, last = min(m.start() for m in found), max(m.end() for m in found)
        coming = _to_come(line, first, last)
        if coming != to_come and not (prospective and not to_come):
            # "APICS CSCP candidate (exam scheduled)" is not held; for one still to come, a line
            # that says nothing is coming ("Illinois Pharmacist License, active" for an Indiana
            # one, "Engineer-in-Training, Professional Engineers Ontario" for a PE) shows none
            continue
        if _lapsed(line, first, last) != lapsed:
            continue   # "Six Sigma Green Belt certification (expired)"
        if _negated(line, first, last) != denied and not (prospective and coming):
            continue   # "Epic ... super user training (not proctored certification)"
        if _JUNIOR.match(line, last) and not _JUNIOR.search(name) and _PERSON_WORD.search(words[-1]):
            continue   # "Physical Therapist Assistant License" for "Physical Therapist license"
        if not _LEARNER.search(name) and any(_LEARNER.match(line, m.end()) or _LEARNER_BEFORE.search(line, 0, m.start())
                                             for m in found):
            continue   # "Electrical Apprentice, registered with the State" for an electrician's licence
        return line.strip()
    return None


_SCHOOL = re.compile(rf"(?i)\b(?:{SCHOOL_WORDS})\b")


def _work_licensed(line: str, wanted: Collection[str]) -> set[str]:
    """The ids of the credentials ``wanted`` that a line under a licences heading shows by the work they license,
    the noun left to the heading ("Florida 6-20 All-Lines Adjuster - active" under "LICENSES"); none where the
    line names a credential of its own ("API 570 Piping Inspector" shows no API 510), a school's ("Texas Barber
    College, 2015") or a job's, dated ("Claims Adjuster, Acme Insurance, Dallas TX - 2018 to present")."""
    if credential_ids(line) or _SCHOOL.search(line) or HELD_FROM.search(line):
        return set()
    return _implied({cid for cid in set(wanted) & LICENSED_WORK.keys()
                     if any(_mention(line, m.start(), m.end()) == "own" for m in LICENSED_WORK[cid].finditer(line))})


def _replaced(hits: list[re.Match | None]) -> bool:
    """Whether the name's word a line leaves out has another word in its place on the line: the words
    around it out of order, or in order with a word between them ("NCCCO Mobile Crane Operator" for "NCCCO Tower
    Crane Operator certification": Tower's place holds Mobile), not beside each other ("Property &
    Casualty Producer License" for "Property & Casualty insurance producer license")."""
    for k in range(1, len(hits) - 1):
        before, after = hits[k - 1], hits[k + 1]
        if hits[k] is None and before and after and (
                before.end() > after.start() or re.search(r"\w", before.string[before.end():after.start()])):
            return True   # another word in its place, or the words around it not written together
    return False


def _without_states(name: str, states: set[str]) -> str:
    """``name`` without the ``states`` it names, in full, by code or by a board's letters ("Indiana pharmacist
    license": " pharmacist license"; "NYS Certification": " Certification")."""
    if not states:
        return name
    name = _BOARD.sub(lambda m: " " if _BOARD_STATE[m.group()] in states else m.group(), name)
    return _NAME_STATE_CODE.sub(" ", re.sub("|".join(map(re.escape, states)), " ", name))


def licence_line_elsewhere(name: str, lines: list[str], sentence: str = "", listed: Collection[str] = (),
                           unstated: bool = False) -> tuple[str, str, str] | None:
    """The first line that shows the credential ``name`` held (``licence_line``) in another US
    state than those the posting asks of it (``_asked_states``), that state and the one asked:
    ("Illinois Registered Pharmacist License, active", "Illinois", "Indiana") for an "Indiana
    pharmacist license"; None when the posting asks no state, or no line names another.  ``unstated``:
    a line that names no state at all instead, and "" for its state ("Cosmetology Operator #123456", "",
    "Texas")."""
    states = _asked_states(name, sentence)
    bare = re.sub(r"\s+", " ", CLASS_CODE.sub(" ", _without_states(name, states))).strip()
    if unstated:
        found = states and bare and licence_line(bare, [line for line in lines if not _states(line)], "", listed)
        return (found, "", " or ".join(sorted(states))) if found else None
    for line in lines if states and bare else ():
        named = _states(line)
        if named and not named & states and licence_line(bare, [line], "", listed):
            return line.strip(), min(named), " or ".join(sorted(states))
    return None


# A way in as an apprentice of the trade that a posting's sentence offers in place of its licence: "..., or
# currently registered as an apprentice with the Ohio Board of Embalmers and Funeral Directors", "license or
# registered apprentice", "or Electrical Apprentice", "or enrolled in a state-registered apprenticeship"; between
# the "or" and the apprentice only words of a way in (``_WAY_WORD``) or of the trade, not the apprentices a holder
# leads ("license required to supervise apprentices", "or journeyman, to train apprentices").
APPRENTICE_WAY = re.compile(r"(?i)\bor\b(?P<between>(?:[ \t]+[\w'’/-]+){0,6}?)[ \t]+apprentic(?:e|eship)\b")
_WAY_WORD = re.compile(r"(?i)be|being|are|is|currently|presently|actively|an?|as|the|in|with|registered|enrolled"
                       r"|indentured|(?:state|dol)-registered|state|active|current|valid|enrol(?:l?ment)|registration")
# A line's apprentice, one person ("apprentices" are those a line's person leads), and what says, in its part of
# the line, the apprenticeship is not theirs now: sought, to come or over ("Seeking a funeral director
# apprenticeship", "Completed apprenticeship, 2014"; not "Embalmer Apprentice; completed 25 cases").
_APPRENTICE = re.compile(r"(?i)\bapprentic(?:e|eship)\b")
_NOT_NOW = re.compile(r"(?i)\b(?:seek\w*|looking for|appl(?:y|ied|ying)\w*|hop(?:e|es|ing) to|plan\w* to"
                      r"|will (?:begin|start)|complet(?:ed|ion)|finished|former(?:ly)?|previous(?:ly)?|graduated)\b")


def apprentice_line(name: str, lines: list[str], sentence: str) -> str | None:
    """The first line that shows its person an apprentice of the trade of the licence ``name``, where the
    posting's ``sentence`` takes one in its place (``APPRENTICE_WAY``): the line names an apprentice and
    shares a word of the trade with the name ("Registered Embalmer and Funeral Director Apprentice, Ohio
    Board ...", "Apprentice embalmer", "Funeral Service Apprentice", "Electrical Apprentice" for an
    electrician's licence; the name of no trade, any), names no state but the one asked, and does not say
    the apprenticeship is sought, to come or over (``_NOT_NOW``); a student of the field is none ("studying
    mortuary science").  The caller leaves out the lines of roles that have ended."""
    way = APPRENTICE_WAY.search(sentence)
    trade = {work_stem(w) for w in re.findall(r"[a-z]+", _GENERIC.sub(" ", _without_states(name, _states(name)))
                                              .lower()) if w not in NO_WORK_ROLE and not _GRADE_WORD.fullmatch(w)}
    if way is None or not all(_WAY_WORD.fullmatch(w) or _of_trade(w, trade) for w in way["between"].split()):
        return None
    states = _asked_states(name, sentence)
    for line in lines:
        named, m = _states(line), _APPRENTICE.search(line)
        if (m is None or _NOT_NOW.search(_part(line, m.start(), m.end())) or states and named and not named & states
                or trade and not any(_of_trade(w, trade) for w in re.findall(r"[A-Za-z]+", line))):
            continue
        return line.strip()
    return None


def _of_trade(word: str, trade: set[str]) -> bool:
    """Whether ``word`` is of the work one of the ``trade``'s stems names ("Electrical" of "electric")."""
    return any(same_work(work_stem(word.lower()), stem) for stem in trade)


# A standards code in a credential's name, its issuer's letters before it: "AWS D1.1", "ASME B31.3",
# "AWS D17.1"; what follows it in lower case only says what the code is about ("structural welding").
_STANDARD_CODE = re.compile(r"\b[A-Z]{2,6}\s+[A-Z]{1,2}\d{1,3}(?:\.\d{1,2})+(?=\s+[a-z][a-z\s]*$|$)")


def _up_to_code(name: str) -> str:
    """``name`` (its credential words taken out) cut after its standards code, when only words in
    lower case follow it: "AWS D1.1 structural welding" -> "AWS D1.1", which a welder writes
    "Certified Welder - AWS D1.1" or "AWS D1.1 Structural Steel certified"."""
    m = _STANDARD_CODE.search(name.strip())
    return name.strip()[:m.end()] if m else name


# A word of a name that tells a credential from another of its kind, which a long name may never go
# without: a class, grade, level or tier ("First-Class Medical", "Firefighter II", "Level 3").
_GRADE_WORD = re.compile(r"(?i)first|second|third|fourth|1st|2nd|3rd|4th|(?-i:[IVX]{1,4})|\d{1,2}|basic|intermediate"
                         r"|advanced|junior|senior|master|journeyman|apprentice")
# The word before a credential's job that makes it another credential: a "Certified Respiratory
# Therapist" (CRT) is no "Registered Respiratory Therapist" (RRT).
_STANDING = re.compile(r"(?i)\b(certified|registered|licensed)\s+$")


def _other_standing(name: str, first: str, line: str, at: int) -> bool:
    """Whether ``name``, before its first distinctive word ``first``, and ``line``, before the
    same word at ``at``, write different standings ("Registered" / "Certified")."""
    where = re.search(rf"(?i)(?<![\w+#]){re.escape(first)}", name)
    asked = _STANDING.search(name, 0, where.start()) if where else None
    shown = _STANDING.search(line, 0, at)
    return bool(asked and shown and asked.group(1).lower() != shown.group(1).lower())


_LISTED = re.compile(r"(?i)\b(?:licen[cs]ed?|certifi\w+|certificate|endorsement|credential)\b")
# What an item beside a credential says of it without naming one: the state that issued it, a
# date, the grades or ages it covers, its standing ("Certified Public Accountant (CPA), Illinois";
# "ServSafe Food Handler, 2023"; "Teaching License, Grades PK-5"; "active through 2026").
_CODES_ALSO_CREDENTIALS = {"PA", "MD", "MA", "MS", "ME", "ND", "IN", "OR"}   # PA: a physician assistant
_QUALIFIER = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(US_STATE_NAMES, key=len, reverse=True)) + r")\b"
    r"|(?-i:\b(?:" + "|".join(sorted(US_STATE_CODES - _CODES_ALSO_CREDENTIALS)) + r")\b)"
    r"|\b(?:grades?|ages?|levels?)\s+(?:pre-?k|pk|tk|k|\d{1,2})(?:\s*(?:-|–|to|through)\s*(?:\d{1,2}|k))?\b"
    r"|\b(?:pre-?k|pk|k|\d{1,2})\s*[-–]\s*(?:\d{1,2})\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?|\b\d{1,2}/(?:\d{1,2}/)?\d{2,4}\b|\b(?:19|20)\d\d\b"
    r"|\b(?:active|current|valid|in good standing|good standing|exp(?:ires|ired|iration)?|renewed|issued|since"
    r"|through|thru|until|to|present|state(?: of)?|license|licence|no\.?|number|cert|certificate|id)\b\.?|#\s*\w+")


def _qualifies_only(item: str) -> bool:
    """Whether a listed item only qualifies the credential beside it (a state, a date, a grade
    range, its standing): no credential of its own."""
    return not re.search(r"[^\W\d_]", _QUALIFIER.sub(" ", item))


# A bracket that only qualifies the credential before it, no words of its name: "(cert. #12345, exp. 2028)".
_QUALIFYING_BRACKET = re.compile(r"\s*(?:\(([^()]*)\)|\[([^\[\]]*)\])")


def _name_words(item: str) -> int:
    """How many words an item's name has, without brackets that only qualify it (``_QUALIFIER``:
    "API 1169 Pipeline Construction Inspector (cert. #12345, exp. 2028)" has five)."""
    return len(_QUALIFYING_BRACKET.sub(lambda m: "" if _qualifies_only(m.group(1) or m.group(2) or "") else m.group(),
                                       item).split())


def _others_only(line: str, item: str) -> bool:
    """Whether every known credential an item of ``line`` names is someone else's there."""
    at = line.find(item)
    if at < 0:
        return False
    kinds = [_mention(line, at + m.start(), at + m.end()) for p in _KNOWN.values() for m in p.finditer(item)]
    return bool(kinds) and all(kind == "other" for kind in kinds)


_ITEM_SPLIT = re.compile(r"[,;•·▪|]|\s-\s")
# A bullet of any shape before an item: "➢ CompTIA A+ (2015)", "✓ BLS", "> CPR".
_BULLET = re.compile(r"^[^\w(\[$#]+")


def _items(line: str) -> list[str]:
    """A line's items, split at commas, semicolons, bullets, bars and spaced dashes outside
    brackets: "CompTIA Network+ (2017, renewed 2020)" is one (everywhere when a bracket is left
    open)."""
    items, depth, start = [], 0, 0
    for m in re.finditer(r"[()\[\]]|" + _ITEM_SPLIT.pattern, line):
        if m.group() in "([":
            depth += 1
        elif m.group() in ")]":
            depth = max(0, depth - 1)
        elif not depth:
            items.append(line[start:m.start()])
            start = m.end()
    if depth:   # a bracket left open: split as if there were none
        return _ITEM_SPLIT.split(line)
    return items + [line[start:]]


def listed_licences(lines: list[str], in_licence_section: list[bool]) -> list[str]:
    """Licences and certifications as a resume writes them: each item of a line under a
    licences/certifications heading (split at commas, semicolons and bullets) that names more
    than the state, date, grades or standing of the one beside it and does not say it is
    not held ("training (not proctored certification)"), then, from
    other lines, each phrase that names a known credential those items do not already
    name ("Registered nurse (RN) with 6 years..." -> "Registered nurse")."""
    listed: list[str] = []
    phrases: list[str] = []
    for line, in_section in zip(lines, in_licence_section):
        if not in_section and not _names_known(line):
            continue
        for item in (_BULLET.sub("", i).strip(" .-*•·▪") for i in _items(line)):
            if not item or len(item) > 80:
                continue
            if in_section:
                if _others_only(line, item):
                    continue   # "supervised by Dr. R. Ortiz, LPC-S": the supervisor's
                if _NEGATED.search(item):
                    continue   # "super user training (not proctored certification)": none held
                if (_name_words(item) <= 8 or credential_ids(item) or _LISTED.search(item)) \
                        and not _qualifies_only(item):
                    listed.append(item)
                continue
            if not _names_known(item):
                continue
            own = (next((m for m in p.finditer(item) if _mention(item, m.start(), m.end()) == "own"), None)
                   for p in _KNOWN.values())
            found = sorted((m for m in own if m), key=lambda m: (m.start(), -m.end()))
            end = -1
            for m in found:
                if m.start() >= end:   # "CDL Class A", not "CDL" inside it too
                    phrases.append(m.group(0))
                    end = m.end()
    covered = set().union(*(credential_ids(i) for i in listed)) if listed else set()
    out = listed + [p for p in phrases if not credential_ids(p) <= covered]
    seen: set[str] = set()
    kept = []
    for item in out:
        if item.lower() not in seen:
            seen.add(item.lower())
            kept.append(item)
    return kept
