"""A profession's assistant is not the professional: an occupational therapy assistant (COTA) holds
no occupational therapist's credential (OTR), nor a physical therapist assistant (PTA) a physical
therapist's, a practical nurse (LPN) or a nursing assistant (CNA) a registered nurse's, a dental
assistant (RDA, CDA) a dental hygienist's (RDH), a pharmacy technician (CPhT) a pharmacist's, a legal
assistant or legal secretary a paralegal's.

Each profession is read by the words and letters for the professional and for the assistant; a
text naming the professional and not the assistant asks the professional ("NBCOT certification
(OTR)", "Current Ohio OT license (OTR/L)"), and a line naming the assistant and not the professional
shows the assistant's work, not the professional's ("NBCOT certified, COTA, since 2020").  The
respiratory therapists' two grades (CRT below RRT) are the taxonomy's, read as grades of one
credential (``checklist.lower_grades``).

Jobs of one trade family done under different licences are read the same way, each the others'
"assistant": a hair stylist (or a bare "Stylist"), a barber, a nail technician and an esthetician
each hold a licence of their own, so a "Senior Stylist" has no esthetician's years, a barber no
stylist's.  A cosmetologist's licence takes in hair, skin and nails, so it is no other job of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# profession -> (the professional, the assistant)
_PROFESSIONS: dict[str, tuple[str, str]] = {
    # "OT license", "OTR/L", "Occupational Therapist" (not "Occupational Therapist Assistant")
    "occupational therapy": (r"\bOTR(?:/L)?\b|\bOT\b(?=[ \t]*(?:(?i:licen)|/L\b|\())"
                             r"|(?i:\boccupational therapist\b(?![\s-]+assistant))",
                             r"\bCOTA(?:/L)?\b|\bOTA/L\b|(?i:\boccupational therap(?:y|ist)[\s-]+assistant)"),
    # "PT license", "DPT", "Physical Therapist" (not "Physical Therapist Assistant")
    "physical therapy": (r"\bDPT\b|\bPT\b(?=[ \t]*(?i:licen))|(?i:\bphysical therapist\b(?![\s-]+assistant))",
                         r"\bPTA\b|(?i:\bphysical therap(?:y|ist)[\s-]+assistant)"),
    "nursing": (r"\bRN\b|(?i:\bregistered nurse)",
                r"\bL[PV]N\b|\bCNA\b|\bSTNA\b"
                r"|(?i:\blicensed (?:practical|vocational) nurse|\bnurs(?:ing|e) (?:assistant|aide))"),
    "dental hygiene": (r"\bRDH\b|(?i:\bdental hygienist)",
                       r"\b(?:RDA|CDA|EFDA)\b|(?i:\bdental assist(?:ant|ing)\b)"),
    "pharmacy": (r"\bR\.?Ph\b|\bPharmD\b|(?i:\bpharmacist\b)",
                 r"\bCPhT\b|\bPTCB\b|(?i:\bpharmacy tech(?:nician)?s?\b)"),
    # a paralegal does legal work under an attorney; a legal assistant or secretary the office's (NALA's
    # "Certified Legal Assistant" is the paralegal's own credential, by its old name)
    "paralegal work": (r"(?i:\bparalegals?\b)",
                       r"(?i:(?<!certified )\blegal[ \t]+(?:administrative[ \t]+)?"
                       r"(?:assistants?|secretar(?:y|ies))\b)"),
}
# The beauty trades, each licensed apart: the job's words ("Senior Stylist", "Licensed Esthetician",
# "Master Barber", "Nail Tech"), not the board's ("Board of Barbering and Cosmetology").
_BEAUTY = {
    "hair styling": r"(?i:\b(?:hair[ \t]*)?stylists?\b|\bhair[ \t]*dressers?\b|\bcolou?rists?\b)",
    "esthetics": r"(?i:\ba?estheticians?\b|\bskin[ \t]*care (?:specialist|therapist)s?\b|\bfacialists?\b)",
    "barbering": r"(?i:\bbarbers?\b)",
    "nail care": r"(?i:\bnail[ \t]+(?:tech(?:nician)?|artist|specialist)s?\b|\bmanicurists?\b)",
}
_PROFESSIONS.update({trade: (job, "|".join(other for name, other in _BEAUTY.items() if name != trade))
                     for trade, job in _BEAUTY.items()})
_READ = {name: (re.compile(pro), re.compile(assistant)) for name, (pro, assistant) in _PROFESSIONS.items()}
# A professional named as someone the work is done with or for, not as the one asked: "under the
# supervision of a licensed pharmacist", "assist the dental hygienist", "reports to the RN".
_OTHERS_BEFORE = re.compile(r"(?i)\b(?:(?:supervis\w*|direction)(?:\s+of)?|assist\w*|support\w*|under|with|alongside"
                            r"|for|to|by)\s+(?:(?:the|a|an|our|licensed|registered|staff|supervising)\s+){0,3}$")


def _asked(pro: re.Pattern, text: str) -> bool:
    return any(not _OTHERS_BEFORE.search(text, max(0, m.start() - 50), m.start()) for m in pro.finditer(text))


@lru_cache(maxsize=65_536)
def professions_asked(text: str) -> tuple[str, ...]:
    """The professions whose professional ``text`` names without naming their assistant, not as
    someone else ("under the supervision of a pharmacist"): "NBCOT certification (OTR)" ->
    ("occupational therapy",); none for "OTR or COTA"."""
    return tuple(name for name, (pro, assistant) in _READ.items() if _asked(pro, text) and not assistant.search(text))


def assistant_only(line: str, professions: tuple[str, ...]) -> bool:
    """Whether ``line`` names the assistant of one of ``professions`` and not its professional:
    "Ohio Occupational Therapy Assistant license (COTA/L), active"."""
    return any(_READ[name][1].search(line) and not _READ[name][0].search(line) for name in professions)
