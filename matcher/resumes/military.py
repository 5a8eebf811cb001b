"""Military occupations read as the civilian work they are.

A veteran writes roles in the services' words: "Combat Medic, 68W, U.S. Army", "Hospital
Corpsman (HM2)", "Squad Leader, 88M".  The model reads "Combat Medic" 0.22 like "EMT - Basic"
and "Motor Transport Operator" 0.16 like "Truck Driver" (all-MiniLM-L6-v2), so years in roles
like the job and the closest title counted nothing.  ``OCCUPATIONS`` is a small table of
common occupations, each read by its code and its title, with the civilian role it is; its
source is the services' own lists (U.S. Army DA PAM 611-21 for MOS codes, the Navy's
NAVPERS 18068F for ratings, USMC MCO 1200.17 and the Air Force's AFECD for theirs) and the
civilian work O*NET's Military Crosswalk (onetonline.org/crosswalk/MOC) gives each.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from matcher.text import JOB_WORD

__all__ = ["OCCUPATIONS", "civilian_role", "leads_by_rank", "serves"]


class Occupation(NamedTuple):
    code: str       # a pattern of its codes: an Army MOS ("68W"), a Navy rating with its rate ("HM2")
    own: str        # a pattern of the titles only the services use ("Combat Medic"): enough alone
    shared: str     # a pattern of titles civilians use too ("Health Care Specialist"): with a code or a service
    civilian: str   # the civilian role, written as the model reads it closest to that job's titles


# The model's cosine with a civilian title (as ``job_kind`` reads both) was checked for each
# reading: "EMT (Emergency Medic)" is 0.55 like "EMT-Basic (Interfacility Transport)", 0.56 like
# "Paramedic" and 0.33 like "IT Support Technician" (where "Emergency Medical Technician" was 0.59:
# "Technician"; a reading is embedded as written, its letters not spelled out); "Clinical Medical
# Assistant" 0.92 like "Medical Assistant"; "Truck Driver / Motor Transport Operator" 0.74 like
# "Box Truck Driver" (0.49 like "CDL-A Tanker Driver - Regional").  A Navy rating is its letters
# with a rate (HM3, HM2, HM1, HMC, HMCS, HMCM), an Air Force specialty its AFSC ("4N0X1"), a
# Marine's its four figures ("3531").
_RATE = r"(?:[1-3]|C|CS|CM)"
OCCUPATIONS = (
    Occupation(r"68W|91W|4N0X1", r"combat medic|line medic|flight medic|aerospace medical (?:service )?technician",
               r"(?:health ?care|medical) specialist|medic", "EMT (Emergency Medic)"),
    Occupation(rf"HM{_RATE}|8404", r"(?:hospital |field |fleet marine force |fmf )?corpsman", "",
               "Clinical Medical Assistant"),
    Occupation(r"88M|3531|2T1X1", r"motor transport operator", r"motor vehicle operator|vehicle operator",
               "Truck Driver / Motor Transport Operator"),
    Occupation(rf"92A|92Y|3051|3043|LS{_RATE}|2S0X1", r"automated logistical specialist|unit supply specialist",
               r"warehouse clerk|supply clerk|logistics specialist|supply specialist",
               "Warehouse / Logistics Specialist"),
    Occupation(rf"AM{_RATE}|AD{_RATE}|15T|15R|15B",
               r"aviation structural mechanic|aviation machinist'?s mate|helicopter repairer"
               r"|aircraft powerplant repairer", r"aircraft repairer", "Aircraft Mechanic"),
    Occupation(rf"MA{_RATE}|31B|5811|3P0X1", r"master[- ]at[- ]arms|military police(?:man)?", r"security forces",
               "Security Officer / Military Police"),
    Occupation(rf"25B|IT{_RATE}|0671|3D1X1|3D0X2", r"information systems technician",
               r"information technology specialist|it specialist|data systems administrator",
               "IT Support Specialist"),
)

# A code stands alone, not inside a word or a number ("68W", "HM2", not "HM2X", "1068W" or "$3531").
_CODE = r"(?<![\w$.-])(?:{})(?![\w-])"
_CODES = [re.compile(_CODE.format(o.code)) for o in OCCUPATIONS]
_OWN = [re.compile(rf"(?i)\b(?:{o.own})s?\b") for o in OCCUPATIONS]
_SHARED = [re.compile(rf"(?i)\b(?:{o.shared})s?\b") if o.shared else None for o in OCCUPATIONS]

# A line about service in the armed forces: a service named ("U.S. Army", "USMC", "Navy"), a pay
# grade ("E-5", "O-3"), a code's own word ("MOS", "AFSC") or an enlisted rank abbreviated ("SSG",
# "PO2"); not letters civilians use too ("SPC", statistical process control; "6 mos", months; "NEC",
# the electrical code; "CSM", a Certified ScrumMaster; "CPL", a commercial pilot licence).
SERVICE = re.compile(r"(?i:\b(?:u\.?\s?s\.?\s+)?(?:army|navy|marine corps|air force|coast guard|space force"
                     r"|national guard|army reserve|naval reserve)\b|\bmilitary\b|\bveteran\b)"
                     r"|\b(?:US(?:A|N|MC|AF|CG)|MOS|AFSC|[EO]-[1-9]|PV[12]|PFC|SGT|SSG|SFC|1SG|SGM|LCpl"
                     r"|SSgt|GySgt|MSgt|TSgt|SrA|A1C|PO[1-3]|SCPO|MCPO)\b")

# A rank that leads others: a staff NCO or above (E-6 to E-9: "SSG/E-6", "SFC", "PO1"), an officer's
# grade ("O-3"), or a billet that leads ("NCOIC", "Squad Leader", "Section Chief").  E-5 and below
# may lead no one ("SGT/E-5", "PO2").  Not letters civilians use too ("CSM", a Certified ScrumMaster;
# "CPO", a Certified Pool Operator; "MSG").
LEADING_RANK = re.compile(r"\b(?:E-?[6-9]|O-(?:[1-9]|10))\b|\b(?:SSG|SFC|1SG|SGM|SSgt|GySgt|MSgt|TSgt"
                          r"|SMSgt|CMSgt|PO1|SCPO|MCPO|NCOIC|OIC)\b"
                          r"|(?i:\b(?:squad|team|section|platoon|fire ?team|crew) leader\b|\bsection chief\b"
                          r"|\bplatoon sergeant\b|\bchief petty officer\b)")
# Leading a unit of people: "Led a squad of 9 operators", "Supervised 12 medics", "Supervise 3 library
# assistants", "in charge of a section of 14", in the present tense of a role held now too ("direct a team of
# 8", "supervise 12 associates"), of a count given as a range or a floor ("Supervise 15-20 associates", "Run
# crews of 6-10 electricians", "a staff of 12+"), of two kinds of one staff ("4 front-desk and scheduling
# staff"); not "Led a training on IV access" nor "supervised the motor pool".  Or a promotion to
# a title that leads ("Promoted to Shift Lead (Guest Service) in 2023", "promoted to Assistant Manager").
_COUNT = r"\d{1,3}(?:\+|[ \t]*[-–][ \t]*\d{1,3})?"
# Those of any trade, by the plural of its job noun ("6 freelance writers", "4 recruiters", "3 contractors"); not
# the noun of a thing ("12 executive accounts") nor a sales lead ("30 leads").
_JOBS = r"(?=" + JOB_WORD.pattern + r")(?!(?:lead|head)s\b)[A-Za-z-]+s\b"
_LED_UNIT = re.compile(r"(?i)\b(?:led|lead|leading|supervised|supervise|supervising|managed|manage|directed"
                       r"|direct|oversaw|oversee|in charge of|ran|run|running)\s+"
                       r"(?:an?\s+|the\s+)?(?:(?:\w+\s+)?(?:squad|platoon|section|team|crew|detachment|fire ?team"
                       r"|unit|shift|staff)s?\s+of\s+" + _COUNT + r"|" + _COUNT
                       + r"\s+(?:[a-z-]+\s+(?:and|&)\s+)?(?:[a-z-]+\s+){0,2}?(?:\w*men|soldiers"
                       r"|sailors|marines|airmen|medics|operators|drivers|personnel|staff|technicians"
                       r"|mechanics|specialists|members|people|employees|workers|nurses|analysts|associates"
                       r"|cashiers|servers|agents|clerks|cooks|attendants|representatives|reps|housekeepers"
                       r"|guards|volunteers|direct reports|assistants|aides|receptionists|electricians"
                       r"|apprentices|handlers|caregivers|paraprofessionals|paraeducators|teachers|tutors|caseworkers"
                       r"|counselors|librarians|coordinators|interns|therapists|managers|" + _JOBS + r")\b)"
                       r"|\bpromoted\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:lead|leader|supervisor|manager"
                       r"|head|foreman|forewoman|captain|key[ \t]*holder)s?\b")


def civilian_role(text: str) -> str:
    """The civilian role of the military occupation a role line or title names, or "": by its
    title where the services alone use it ("Combat Medic", "Hospital Corpsman", "Motor
    Transport Operator"), by a title civilians use too only beside its code or a service
    ("68W Health Care Specialist", "Logistics Specialist, U.S. Navy"; not "IT Specialist,
    Deloitte"), or by its code beside a service or its title ("88M, U.S. Army"; not "HM2"
    alone)."""
    service = bool(SERVICE.search(text))
    for occupation, code, own, shared in zip(OCCUPATIONS, _CODES, _OWN, _SHARED):
        coded = code.search(text)
        if own.search(text) or (coded and service) or (
                (coded or service) and shared is not None and shared.search(text)):
            return occupation.civilian
    return ""


def serves(text: str) -> bool:
    """Whether a line is about service in the armed forces: it names a service, a grade or a
    rank, or an occupation of ``OCCUPATIONS`` ("Combat Medic, 68W, U.S. Army — 2017–2025")."""
    return bool(SERVICE.search(text) or civilian_role(text))


def leads_by_rank(text: str) -> bool:
    """Whether a line shows leading others in the services' words: a leading rank or billet
    ("SSG/E-6", "NCOIC", "Squad Leader") or leading a unit of people ("Led a squad of 9
    operators", "Supervised 12 medics")."""
    return bool(LEADING_RANK.search(text) or _LED_UNIT.search(text))
