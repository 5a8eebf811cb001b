"""Job titles of French resumes read as the English work they are.

A resume from Québec or France writes its roles in French, the job noun first and in its
masculine or feminine form: "Coordonnatrice marketing", "Infirmière auxiliaire", "Chargé de
projet", "Technicien en informatique", "Comptable".  No English job noun is among those words,
so no role was titled, and the model (English) reads "Coordonnatrice marketing" little like
"Marketing Coordinator".  ``FRENCH_JOB_WORD`` makes the common French job nouns read as titles
(``roles``), and ``english_title`` gives the title the English one it is, for comparing it with
a posting's title: a few whole titles whose English is no word-for-word reading (``_WHOLE``),
else the job noun (``_HEADS``) after its qualifiers (``_WORDS``): "Technicien en informatique"
-> "IT Technician", "Directrice des ventes" -> "Sales Director".  Only titles are read so; the
resume's lines stay as written.  Words English titles share ("Agent", "Assistant", "Consultant",
"Chef") are no French title alone: an English title reads as none ("Assistant Manager" -> "").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["FRENCH_JOB_WORD", "english_title", "opens_in_french"]

# A French title's joining word after its noun: "Agent de sécurité", "Chargé d'affaires", "Technicien en ...".
_THEN_JOIN = r"(?=[ ]+(?:de|d['’]|du|des|en|aux?|à)(?!\w))"
# Each French job noun (its masculine and feminine forms) and the English job noun it is; a noun
# English titles share, only before a joining word ("Agent de sécurité", not "Agent, State Farm").
_HEADS = (
    (r"coordonn(?:ateur|atrice)|coordin(?:ateur|atrice)", "Coordinator"),
    (r"informaticien(?:ne)?", "IT Specialist"), (r"mécanicien(?:ne)?", "Mechanic"),
    (r"électricien(?:ne)?", "Electrician"), (r"pharmacien(?:ne)?", "Pharmacist"), (r"technicien(?:ne)?", "Technician"),
    (r"infirmi(?:er|ère)", "Nurse"), (rf"charg(?:é|ée){_THEN_JOIN}", "Officer"), (r"comptable", "Accountant"),
    (r"adjointe?", "Assistant"), (r"direct(?:eur|rice)", "Director"), (r"gestionnaire|responsable|gérante?", "Manager"),
    (r"conseill(?:er|ère)", "Advisor"), (r"vend(?:eur|euse)", "Sales Associate"), (r"caissi(?:er|ère)", "Cashier"),
    (r"enseignante?", "Teacher"), (r"prépos(?:é|ée)", "Attendant"), (r"chauffeu(?:r|se)", "Driver"),
    (r"camionn(?:eur|euse)", "Truck Driver"), (r"développ(?:eur|euse)", "Developer"), (r"ingénieure?", "Engineer"),
    (r"commis(?![ ]+chef)", "Clerk"), (r"serv(?:eur|euse)", "Server"), (r"cuisini(?:er|ère)", "Cook"),
    (r"éduca(?:teur|trice)", "Educator"), (r"secrétaire", "Secretary"), (r"réceptionniste", "Receptionist"),
    (r"stagiaire", "Intern"), (r"soud(?:eur|euse)", "Welder"), (r"plombi(?:er|ère)", "Plumber"),
    (r"magasini(?:er|ère)", "Warehouse Clerk"), (r"cariste", "Forklift Operator"), (r"avocate?", "Lawyer"),
    (r"professeure?", "Professor"), (r"analyste", "Analyst"), (r"agente", "Agent"), (r"assistante", "Assistant"),
    (r"consultante", "Consultant"), (r"représentante?", "Representative"), (r"opéra(?:teur|trice)", "Operator"),
    (r"superviseure?", "Supervisor"), (r"auxiliaire", "Assistant"), (r"rédac(?:teur|trice)", "Writer"),
    (r"tradu(?:cteur|ctrice)", "Translator"), (r"graphiste", "Graphic Designer"), (r"ouvri(?:er|ère)", "Worker"),
    (r"livreu(?:r|se)", "Delivery Driver"), (r"répartit(?:eur|rice)", "Dispatcher"),
    (r"ambulanci(?:er|ère)", "Paramedic"), (r"physiothérapeute", "Physiotherapist"),
    (r"ergothérapeute", "Occupational Therapist"), (r"inhalothérapeute", "Respiratory Therapist"),
    (r"psychologue", "Psychologist"), (r"travailleu(?:r|se)", "Worker"), (r"intervenante?", "Support Worker"),
    (r"polici(?:er|ère)", "Police Officer"), (r"pompi(?:er|ère)", "Firefighter"),
    (r"charpenti(?:er|ère)|menuisi(?:er|ère)", "Carpenter"), (r"bibliothécaire", "Librarian"),
    (r"forma(?:teur|trice)", "Trainer"), (r"recrut(?:eur|euse)", "Recruiter"), (r"achet(?:eur|euse)", "Buyer"),
    (r"dessina(?:teur|trice)", "Drafter"), (r"estima(?:teur|trice)", "Estimator"),
    (r"planifica(?:teur|trice)", "Planner"), (r"inspec(?:teur|trice)", "Inspector"),
    (r"manutentionnaire", "Material Handler"), (r"technologue", "Technologist"), (r"plongeu(?:r|se)", "Dishwasher"),
    (r"hygiéniste", "Hygienist"), (r"médecin", "Physician"), (r"propriétaire", "Owner"),
    (r"fonda(?:teur|trice)", "Founder"), (r"présidente?", "President"), (rf"agent{_THEN_JOIN}", "Agent"),
    (rf"assistant{_THEN_JOIN}", "Assistant"), (rf"consultant{_THEN_JOIN}", "Consultant"),
    (rf"chef{_THEN_JOIN}", "Manager"),
)
# Any of them, as ``roles`` reads job nouns: "Coordonnatrice", "INFIRMIÈRE", "Chargée de".
FRENCH_JOB_WORD = r"(?<!\w)(?i:" + "|".join(noun for noun, _ in _HEADS) + r")s?(?!\w)"
_HEAD = [re.compile(rf"(?i)(?:{noun})s?(?!\w)") for noun, _ in _HEADS]

# Whole titles whose English is no reading word for word, and the job they are.
_WHOLE = tuple((re.compile(rf"(?i)^(?:{french})s?(?!\w)"), english) for french, english in (
    (r"infirmi(?:er|ère)s? auxiliaire", "Licensed Practical Nurse"),
    (r"infirmi(?:er|ère)s? clinicien(?:ne)?", "Registered Nurse"),
    (r"prépos(?:é|ée)s? aux bénéficiaires|aide-soignante?", "Nursing Assistant"),
    (r"charg(?:é|ée)s? de projets?|chef de projets?", "Project Manager"),
    (r"chef d['’]équipe", "Team Leader"), (r"chef de cuisine", "Head Chef"), (r"chef de partie", "Station Chef"),
    (r"agente? de sécurité", "Security Guard"),
    (r"travailleu(?:r|se)s? sociale?", "Social Worker"),
    (r"éduca(?:teur|trice)s? (?:à|en) (?:l['’])?(?:petite[ ])?enfance", "Early Childhood Educator"),
    (r"commis comptable", "Accounting Clerk"), (r"préparat(?:eur|rice)s? de commandes?", "Order Picker"),
    (r"chauffeu(?:r|se)s?-livreu(?:r|se)", "Delivery Driver"),
    (r"chauffeu(?:r|se)s? (?:de camion|poids lourds?|classe 1)", "Truck Driver"),
    (r"conseill(?:er|ère)s? en sécurité financière", "Financial Advisor"),
    (r"représentante?s? (?:du |au )?service (?:à la )?client(?:èle)?", "Customer Service Representative"),
))

# The words that qualify a French job noun, and their English: "en informatique" -> "IT".
_WORDS = {
    "informatique": "IT", "ventes": "Sales", "vente": "Sales", "marketing": "Marketing", "projet": "Project",
    "projets": "Project", "communication": "Communications", "communications": "Communications",
    "administratif": "Administrative", "administrative": "Administrative", "bureau": "Office", "soins": "Care",
    "clientèle": "Customer", "client": "Customer", "clients": "Customer", "service": "Service",
    "entrepôt": "Warehouse", "paie": "Payroll", "paye": "Payroll", "sécurité": "Security", "entretien": "Maintenance",
    "logistique": "Logistics", "finances": "Finance", "financier": "Financial", "financière": "Financial",
    "comptabilité": "Accounting", "comptes": "Accounts", "fournisseurs": "Payable", "recevables": "Receivable",
    "qualité": "Quality", "laboratoire": "Laboratory", "pharmacie": "Pharmacy", "réseau": "Network",
    "réseaux": "Network", "logiciel": "Software", "données": "Data", "affaires": "Business", "numérique": "Digital",
    "contenu": "Content", "médias": "Media", "sociaux": "Social", "bilingue": "Bilingual", "général": "General",
    "générale": "General", "technique": "Technical", "électrique": "Electrical", "mécanique": "Mechanical",
    "industriel": "Industrial", "industrielle": "Industrial", "santé": "Health", "immobilier": "Real Estate",
    "immobilière": "Real Estate", "assurance": "Insurance", "assurances": "Insurance", "magasin": "Store",
    "livraison": "Delivery", "camion": "Truck", "usine": "Plant", "juridique": "Legal", "développement": "Development",
    "événements": "Events", "formation": "Training", "recrutement": "Recruitment", "achats": "Purchasing",
    "approvisionnement": "Supply", "inventaire": "Inventory", "opérations": "Operations", "conformité": "Compliance",
    "risques": "Risk", "fiscalité": "Tax", "ressources": "Human Resources", "humaines": "", "adjoint": "Assistant",
    "adjointe": "Assistant", "principal": "Senior", "principale": "Senior", "junior": "Junior", "senior": "Senior",
    "scolaire": "School", "primaire": "Elementary", "secondaire": "High School", "urgence": "Emergency",
    "direction": "Executive", "et": "and",
}
# What joins a French title's words and reads as nothing in English: "Technicien en informatique".
_JOINING = frozenset("de d du des en à au aux la le les l pour".split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_OPENS = re.compile(FRENCH_JOB_WORD)


def opens_in_french(piece: str) -> bool:
    """Whether a piece of a role's line opens with a French job noun ("Conseillère en sécurité financière")."""
    return bool(_OPENS.match(piece))


@lru_cache(maxsize=4096)
def english_title(title: str) -> str:
    """The English job title a French one is, or "" where ``title`` is no French title: one of
    ``_WHOLE`` ("Infirmière auxiliaire" -> "Licensed Practical Nurse"), else opening with a French
    job noun, its qualifiers before its English ("Coordonnatrice marketing bilingue" -> "Bilingual
    Marketing Coordinator", "Chargée de communication" -> "Communications Officer"), a word
    ``_WORDS`` does not know kept as written ("Technicienne en pharmacie" -> "Pharmacy Technician")."""
    title = " ".join(title.split())
    for french, english in _WHOLE:
        if whole := french.match(title):
            return " ".join([*_qualifiers(title[whole.end():]), english])
    for head, (_, english) in zip(_HEAD, _HEADS):
        if found := head.match(title):
            return " ".join([*_qualifiers(title[found.end():]), english])
    return ""


# Words of standing English puts first: "Coordonnateur marketing bilingue" -> "Bilingual Marketing Coordinator".
_FIRST = frozenset({"Bilingual", "Senior", "Junior", "Assistant", "General"})


def _qualifiers(rest: str) -> list[str]:
    """The English of the words after a French job noun, in order, those of ``_FIRST`` first,
    without the joining words."""
    words = [w for w in _WORD.findall(rest) if w.lower() not in _JOINING]
    english = [found for w in words if (found := _WORDS.get(w.lower(), w))]
    return sorted(english, key=lambda w: w not in _FIRST)
