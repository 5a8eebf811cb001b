"""Scoring and explanations on small, hand-made inputs whose answer a person can check."""

import datetime

import numpy as np
import pytest

from matcher.index.recipe import posting_texts
from matcher.postings.parse import parse_posting
from matcher.postings.years import settings_named
from matcher.ranking.assistants import assistant_only, professions_asked
from matcher.ranking.catalog import Catalog, Filters, rank_resumes
from matcher.ranking.checklist import (
    IMPLIED_CREDIT,
    PARTIAL,
    SITE_EVIDENCE,
    asked_part,
    dense_credit,
    industry_asked,
    line_credits,
    mostly_missing,
    offered_names,
    requirement_weight,
    requirement_words,
    status_of,
    word_mass,
)
from matcher.ranking.fluency import NATIVE, level_asked, level_shown
from matcher.ranking.lexical import tokenize
from matcher.ranking.signals import (
    CAPPED_SCORE,
    CLOSE_TITLE,
    FIT_FLOOR,
    FUSED,
    NORMS,
    PROJECT_ENTRY,
    RELATED_TITLE,
    SIGNALS,
    Z_LIMIT,
    ResumeFeatures,
    alike,
    calibrated,
    fuse,
    verdict,
    work_skills,
    years_doing,
)
from matcher.resumes.read import resume_from_text
from matcher.text import job_kind

from .helpers import RESUME_TEXT

RUST_POSTING = """# Senior Rust Engineer
Requirements
- 5+ years of experience building backend services
- Strong experience with Rust and Tokio
- Experience with PostgreSQL and Redis
Nice to have
- Experience with GraphQL
"""

COBOL_POSTING = """# Mainframe COBOL Developer
Requirements
- 10+ years of COBOL and JCL on IBM z/OS
- Experience with CICS and DB2
"""


def test_dense_credit_maps_similarity_between_the_thresholds():
    assert dense_credit(0.1, (0.2, 0.8)) == 0.0
    assert dense_credit(0.9, (0.2, 0.8)) == 1.0
    assert dense_credit(0.5, (0.2, 0.8)) == pytest.approx(0.5)
    assert list(dense_credit(np.array([0.1, 0.9]), (0.2, 0.8))) == [0.0, 1.0]


def _catalog(seed_index, postings):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add(postings)
    return Catalog.from_index(seed_index)


def _first_row_and_years(catalog, line, posting, duty):
    """The status of the first requirement of ``posting`` and of its years checks, for a resume of one role
    (``line``, 2019 to 2026) doing ``duty``."""
    resume = resume_from_text(f"Experience\n{line}, Jan 2019 - Jan 2026\n{duty}\n", "r",
                              today=datetime.date(2026, 6, 1))
    m = next(m for m in catalog.rank(resume, top_k=2) if m.posting.id == posting)
    return m.explanation.requirements[0].status, [c.status for c in m.eligibility.checks if c.kind == "years"]


def _features(text, embedder):
    return ResumeFeatures.build(resume_from_text(text, "r"), embedder)


def test_a_line_shows_a_requirement_by_its_words_or_its_skills(fake_embedder):
    features = _features("Pat Doe\nKept PostgreSQL replicas healthy.\nBaked bread every morning.",
                         fake_embedder)
    assert features.resume.sentences == ["Kept PostgreSQL replicas healthy.", "Baked bread every morning."]
    assert features.skill_lines["PostgreSQL"] == {0}
    similarities = np.zeros(len(features.lines))
    requirement = "Experience with PostgreSQL replicas"
    credits, wording = line_credits(requirement, [], similarities, features, fake_embedder.thresholds)
    assert list(credits) == list(wording)
    # Half of the credit is the share of the requirement's words (by IDF) the line uses.
    assert credits[0] > 0.3 and credits[1] == 0.0
    words = set(tokenize(requirement))
    assert credits[0] == pytest.approx(0.5 * word_mass(words & features.lines[0]) / word_mass(words))
    # A line naming every skill group of the requirement shows it fully.
    both, _ = line_credits(requirement, [["PostgreSQL"]], similarities, features, fake_embedder.thresholds)
    assert both[0] == 1.0 and both[1] == 0.0
    # Alternatives: one member of a group is enough.
    either, _ = line_credits("PostgreSQL or MySQL", [["PostgreSQL", "MySQL"]], similarities, features,
                          fake_embedder.thresholds)
    assert either[0] == 1.0


@pytest.mark.parametrize("requirement", ["Comfortable participating in an on-call rotation",
                                         "Must be willing to participate in an on-call rotation",
                                         "Able to participate in an on-call rotation (preferred)"])
def test_the_words_an_ask_is_made_in_are_no_words_a_line_must_show(fake_embedder, requirement):
    """"Comfortable participating in an on-call rotation" was partial (0.44) for "On-call rotation; wrote runbooks
    and set SLOs": "comfortable" and "participating" weighed as much as what is asked, which no line says."""
    features = _features("Pat Doe\nOn-call rotation; wrote runbooks and set SLOs.\n", fake_embedder)
    credits, _ = line_credits(requirement, [], np.zeros(len(features.lines)), features, fake_embedder.thresholds)
    assert credits[0] == pytest.approx(0.5)   # the line holds every word asked: the lexical half whole
    assert "comfortable" not in requirement_words(requirement)[0]


@pytest.mark.parametrize("requirement, line, shared", [
    # a word asked in the plural is used in the singular, and the other way round
    ("Able to climb ladders, crawl in attics and crawl spaces", "Termite inspections; attic and crawl space work",
     {"crawl", "attics", "spaces"}),
    ("Inspect boxes and switches", "Wired a switch box", {"boxes", "switches"}),
    ("Maintain company facilities", "Facility maintenance lead", {"facilities"}),
    ("Experience with heavy equipment repair", "Repairs of heavy equipment", {"heavy", "equipment", "repair"}),
    # not a word merely ending alike
    ("Able to climb ladders, crawl in attics and crawl spaces", "Attica Correctional Facility", set()),
    ("Process insurance claims", "Processor of claim", {"claims"}),
    ("Obtain certifications for company vehicles and policies", "Vehicle policy certification lead",
     {"certifications", "vehicles", "policies"}),
    # nor a word whose plural names another thing: a field in "-ics", "news", "sales", "customs"
    ("Background in physics and logistics", "Physic garden; logistic regression", set()),
    ("Write news releases", "Launched new releases", {"releases"}),
    ("Sales experience", "Point of sale experience", {"experience"}),
    ("Customs brokerage", "Custom brokerage software", {"brokerage"}),
])
def test_a_line_uses_a_word_asked_in_its_singular_or_plural(fake_embedder, requirement, line, shared):
    features = _features(f"Pat Doe\n{line}", fake_embedder)
    credits, _ = line_credits(requirement, [], np.zeros(len(features.lines)), features, fake_embedder.thresholds)
    words = set(requirement_words(requirement)[0])   # the words it is asked in ("able") aside
    assert credits[0] == pytest.approx(0.5 * word_mass(shared) / word_mass(words))


def test_a_skill_shown_only_through_its_kind_covers_a_requirement_partly(fake_embedder):
    """Python is a language, so the resume shows software development; but a line about
    Python models does not show "professional software engineering experience": partly
    covered.  Docker is containers itself, so it shows "experience with containers"."""
    features = _features("Pat Doe\nBuilt forecasting models in Python.\nShipped services in Docker.",
                         fake_embedder)
    assert features.by_kind == {"Software development": "Python"}
    similarities = np.zeros(len(features.lines))
    engineering, _ = line_credits("Professional software engineering experience", [["Software development"]],
                                  similarities, features, fake_embedder.thresholds)
    assert engineering[0] == IMPLIED_CREDIT and status_of(IMPLIED_CREDIT) == "partial"
    # A requirement that names the language itself is shown by it.
    named, _ = line_credits("Software engineering in Python", [["Software development"], ["Python"]],
                            similarities, features, fake_embedder.thresholds)
    assert named[0] == 1.0
    containers, _ = line_credits("Experience with containers", [["Containers"]], similarities, features,
                                 fake_embedder.thresholds)
    assert containers[1] == 1.0


def test_fitting_posting_ranks_first_with_evidence(seed_index):
    catalog = _catalog(seed_index, [parse_posting(RUST_POSTING, "rust"),
                                    parse_posting(COBOL_POSTING, "cobol")])
    resume = resume_from_text(RESUME_TEXT, "jordan")
    matches = catalog.rank(resume, top_k=None)
    assert [m.posting.id for m in matches] == ["rust", "cobol"]
    assert 0 <= matches[1].score < matches[0].score <= 100
    e = matches[0].explanation
    rust_req = next(r for r in e.requirements if "Rust and Tokio" in r.text)
    assert rust_req.status == "covered"
    assert rust_req.evidence in resume.sentences  # quoted verbatim from the resume
    assert "Tokio" in rust_req.evidence or "Rust" in rust_req.evidence
    names = {s["name"] for s in e.skills_matched}
    assert {"Rust", "PostgreSQL", "Redis"} <= names
    cobol = matches[1].explanation
    assert cobol.missing_must and "COBOL" in cobol.skills_missing
    assert cobol.verdict in ("unlikely fit", "poor fit")
    # The parts add up to the fused value, and come from the same signals.
    assert sum(e.contributions.values()) == pytest.approx(e.fused)
    assert set(e.contributions) == set(e.signals) & set(FUSED) and set(e.signals) <= set(SIGNALS)


def test_scores_are_the_calibrated_fusion_of_the_signals(seed_index):
    resume = resume_from_text(RESUME_TEXT, "jordan")
    for m in Catalog.from_index(seed_index).rank(resume, top_k=None):
        e = m.explanation
        fused = sum(np.clip((e.signals[k] - NORMS[k][0]) / NORMS[k][1], -Z_LIMIT, Z_LIMIT)
                    for k in FUSED if k in e.signals) / len(FUSED)
        assert e.fused == pytest.approx(fused)
        assert "tfidf" in e.contributions  # TF-IDF is fused: the resume's most said words weigh most
        expected = float(calibrated(fused))
        if mostly_missing(e.requirements):
            expected = min(expected, CAPPED_SCORE)
        elif e.musts and all(r.status == "covered" for r in e.musts) and m.eligibility.status != "blocked":
            expected = max(expected, FIT_FLOOR)
        assert m.score == pytest.approx(expected)
        assert e.verdict == verdict(m.score)
        # a soft ask ("Strong communication skills") weighs as a nice-to-have; a condition of the work
        # ("You'll participate in on-call rotation.") is no part of it
        rows = [r for r in e.requirements if r.kind != "condition"]
        weights = [requirement_weight(r.text, "nice" if r.soft else r.kind) for r in rows]
        assert e.coverage == pytest.approx(sum(w * r.credit for w, r in zip(weights, rows)) / sum(weights))


def test_no_signal_carries_the_score_alone_and_a_missing_one_reads_as_usual():
    mean, sd = NORMS["bm25"]
    usual = {"bm25": np.array([mean, mean + 7 * sd, mean + Z_LIMIT * sd, mean]),
             "dense": np.full(4, NORMS["dense"][0]),
             "years": np.array([NORMS["years"][0], NORMS["years"][0], NORMS["years"][0], np.nan])}
    fused, parts = fuse(usual)
    # Seven standard deviations of BM25 count as many as three: no more.
    assert fused[1] == pytest.approx(fused[2]) == pytest.approx(Z_LIMIT / len(FUSED))
    # A posting without the years signal (no title) neither gains nor loses by it.
    assert fused[3] == pytest.approx(fused[0]) == pytest.approx(0.0) and parts["years"][3] == 0.0
    strong = {k: v.copy() for k, v in usual.items()}
    strong["dense"][:] = NORMS["dense"][0] + NORMS["dense"][1]
    with_years, without = fuse({k: v[[0, 3]] for k, v in strong.items()})[0]
    assert with_years == pytest.approx(without) == pytest.approx(1 / len(FUSED))


def test_a_posting_missing_most_must_haves_never_reads_as_a_likely_fit(seed_index, monkeypatch):
    import matcher.ranking.catalog as catalog_module

    # Every pair as if its signals were excellent: only the checklist can hold the score down.
    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(COBOL_POSTING, "cobol"),
                                    parse_posting(RUST_POSTING, "rust")])
    by_id = {m.posting.id: m for m in catalog.rank(resume_from_text(RESUME_TEXT, "jordan"), top_k=None)}
    assert mostly_missing(by_id["cobol"].explanation.requirements)
    assert by_id["cobol"].score == CAPPED_SCORE and verdict(CAPPED_SCORE) != "likely fit"
    assert not mostly_missing(by_id["rust"].explanation.requirements) and by_id["rust"].score == 97.0


def test_a_posting_whose_every_must_have_is_shown_never_reads_as_unlikely(seed_index, monkeypatch):
    """A short posting shares few words with a resume that does its job, and its score reads them:
    while no knock-out rules it out and a line shows each of its must-haves, it reads a possible fit
    at least, and says why; a must-have shown only partly, or a knock-out, leaves the score as it is."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 3.0))
    shown = "# Backend Engineer\nRequirements\n- Experience with PostgreSQL and Redis\n- Experience with Rust\n"
    partly = shown + "- Experience with Go and gRPC\n"
    shut = shown + "- Active TS/SCI clearance required\n"
    catalog = _catalog(seed_index, [parse_posting(shown, "shown"), parse_posting(partly, "partly"),
                                    parse_posting(shut, "shut")])
    by_id = {m.posting.id: m for m in catalog.rank(resume_from_text(RESUME_TEXT, "jordan"), top_k=None)}
    assert by_id["shown"].score == FIT_FLOOR and by_id["shown"].explanation.verdict == "possible fit"
    assert by_id["shown"].explanation.raised == "the resume shows every must-have the posting lists"
    assert by_id["shown"].explanation.to_dict()["raised"] == by_id["shown"].explanation.raised
    assert by_id["partly"].score == 3.0 and by_id["partly"].explanation.raised == ""
    assert by_id["shut"].eligibility.status == "blocked" and by_id["shut"].score == 3.0


def test_a_licence_the_resume_says_is_not_held_holds_the_score_below_a_likely_fit(seed_index, monkeypatch):
    """An apprentice who "will test for" the journeyman's licence a posting requires reads as a
    possible fit at most, as one whose licence has expired; one who holds it is not held down."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(
        "# Journeyman Electrician\nRequirements\n- Journeyman Electrician license required\n"
        "- 4+ years of commercial electrical experience\n", "elec")])

    def match(line):
        text = f"Experience\nElectrician, Volt Works, Jan 2016 - Jan 2026\nWired offices.\nLicenses\n{line}\n"
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    planned = match("Will test for the journeyman electrician license in 2027")
    assert planned.score == CAPPED_SCORE and any(c.not_held for c in planned.eligibility.checks)
    assert "not_held" not in planned.eligibility.checks[0].to_dict()   # the API's JSON is as it was
    assert match("Journeyman Electrician License #12345 (active)").score == 97.0


def test_the_jobs_own_licence_not_named_holds_the_score_below_a_likely_fit(seed_index, monkeypatch):
    """A dental assistant against a dental hygienist's post that requires the hygienist's
    licence: the resume names no such licence, so it reads as a possible fit at most, and the
    score says why; a licence the job's title does not name (BLS), or one the posting lets one
    obtain after hire, holds nothing; a hygienist who names it is not held down."""
    import matcher.ranking.catalog as catalog_module
    from matcher.ranking.checklist import cap_reason, job_licence

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(
        "# Registered Dental Hygienist (RDH)\nRequirements\n- Current Colorado Dental Hygienist license\n"
        "- Current BLS certification\n- 2+ years of clinical dental hygiene experience\n", "rdh")])

    def match(lines):
        text = f"Experience\nDental Assistant, Bright Smiles, Jan 2016 - Jan 2026\nCleanings and x-rays.\n{lines}"
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    assistant = match("Licenses\nBLS (CPR), American Heart Association\n")
    assert assistant.score == CAPPED_SCORE
    assert assistant.explanation.held == ("the resume does not name Colorado Dental Hygienist license, the licence "
                                          "the job is done under")
    assert assistant.explanation.to_dict()["held"] == assistant.explanation.held
    # a skill the licence's name is, on the resume, names it: "RDH" is the hygienist's licence
    reason = cap_reason(assistant.explanation.requirements, assistant.eligibility.checks, assistant.posting.title,
                        {"Dental hygiene license"})
    assert "licence" not in reason
    hygienist = match("Licenses\nColorado Dental Hygienist License #4471, active\nBLS\n")
    assert hygienist.score == 97.0 and hygienist.explanation.to_dict()["held"] is None
    # ... nor where the posting lets one apply while eligible or obtain it after hire
    for later in ("or eligible for licensure", "required within 90 days of hire"):
        catalog = _catalog(seed_index, [parse_posting(
            f"# Registered Dental Hygienist (RDH)\nRequirements\n- Colorado Dental Hygienist license {later}\n"
            "- Current BLS certification\n- Cleanings and x-rays\n", "rdh")])
        assert match("Licenses\nBLS (CPR), American Heart Association\n").explanation.held == "", later
    assert not job_licence("BLS certification", "Registered Dental Hygienist (RDH)")
    assert not job_licence("valid driver's license", "Delivery Driver")
    assert job_licence("Class A CDL", "CDL-A Truck Driver") and job_licence("Texas PTA license",
                                                                          "Physical Therapist Assistant")
    # a clearance said inactive holds it too, in its own words
    from matcher.eligibility.verdict import Check
    inactive = Check("clearance", "unknown", "Active Secret clearance required", "inactive", not_held=True)
    assert cap_reason([], [inactive]) == "the resume says the clearance it asks is not active"
    elsewhere = Check("licence", "unknown", "Active Florida 6-20 All Lines Adjuster license required",
                      "the resume holds a Texas All Lines Adjuster License, not Florida's", other_state=True)
    assert cap_reason([], [elsewhere]) == "the resume's licence is another state's than the one it asks"
    # the licence's name holds the title's work; a title that names no work ("Manager") holds none
    assert job_licence("Texas Level III Commissioned Security Officer license (DPS Private Security Program)",
                       "Security Officer - Armed")
    assert not job_licence("ServSafe Manager certification", "Manager")
    assert job_licence("Texas real estate sales agent license (TREC)", "Real Estate Agent / Buyer's Agent")
    assert not job_licence("Level IV Personal Protection Officer license", "Security Officer - Armed")
    # a licence whose name does not name the work it licenses, by the titles of that work (walk-through 37)
    assert job_licence("EPA Section 608 Universal certification", "HVAC Service Technician")
    assert job_licence("EPA 608 Type II certification", "Refrigeration Technician - Commercial")
    assert job_licence("FAA Airline Transport Pilot (ATP) certificate or Restricted ATP (R-ATP)",
                       "First Officer - CRJ-900")
    assert not job_licence("EPA 608 certification", "Apartment Maintenance Technician")
    assert not job_licence("FAA Airline Transport Pilot (ATP) certificate", "Aircraft Maintenance Technician")
    # a flight instructor's certificates, for a flight instructor (walk-through 38), not for a pilot's post
    assert job_licence("CFI certificate", "Flight Instructor")
    assert job_licence("CFI", "Part 141 Instructor Pilot")
    assert job_licence("CFII", "Certified Flight Instructor - Instrument")
    assert job_licence("Certified Flight Instructor (CFI) certificate", "Flight Instructor - Part 61")
    assert not job_licence("CFI", "First Officer - CRJ-900")
    assert not job_licence("MEI", "Ground School Coordinator")
    # walk-through 39: allied health's and solar's credentials, by their work's titles
    assert job_licence("RD/RDN", "Clinical Dietitian - Inpatient")
    assert job_licence("CST certification", "Surgical Technologist - OR - Night Shift")
    assert job_licence("NBCOT certification (OTR)", "Occupational Therapist - Outpatient Hand & Upper Extremity")
    assert job_licence("bodywork therapist license (LMBT)", "Licensed Massage Therapist - Spa & Wellness Center")
    assert job_licence("NABCEP PV Associate (PVA) credential", "Solar PV Installer (Residential)")
    assert not job_licence("NBCOT certification (OTR)", "Certified Occupational Therapy Assistant (COTA)")
    assert not job_licence("NABCEP PV Associate (PVA) credential", "Electrician - Commercial")
    # walk-through 40 B #10: the beauty trades' and a court reporter's licences, by their work's titles
    assert job_licence("Cosmetology Operator License (TDLR)", "Hair Stylist")
    assert job_licence("Texas Cosmetology license", "Senior Colorist - Commission or Booth Rental")
    assert job_licence("Barber License", "Barber - Commission")
    assert job_licence("California Esthetician License", "Licensed Esthetician")
    assert job_licence("Texas Manicurist License", "Nail Technician")
    assert job_licence("California Certified Shorthand Reporter (CSR) license", "Official Court Reporter")
    assert not job_licence("Cosmetology Operator License (TDLR)", "Salon Receptionist")
    assert not job_licence("California Certified Shorthand Reporter (CSR) license", "Legal Secretary")


_SALON = ("# Hair Stylist\nWhat you'll need:\n- Current Texas Class A Cosmetology Operator License (TDLR)\n"
          "- 2+ years of salon experience behind the chair\n")
_COURT = ("# Official Court Reporter\nMinimum Qualifications\n- Valid California Certified Shorthand Reporter (CSR) "
          "license\n- 2 years of court or deposition reporting experience\n")


@pytest.mark.parametrize("posting, line, held, status", [
    (_SALON, "Texas Class A Barber License (TDLR), active",
     "the resume does not name Cosmetology Operator License (TDLR), the licence the job is done under", "missing"),
    (_SALON, "California Cosmetology License (Board of Barbering and Cosmetology), #KK 612044, active",
     "the resume's licence is another state's than the one it asks", "partial"),
    (_SALON, "Texas Cosmetology Operator #123456", "", "covered"),
    (_SALON, "Cosmetology Operator #123456", "", "partial"),   # no state named: to check, quoted
    (_COURT, "Registered Professional Reporter (RPR), NCRA",
     "the resume does not name California Certified Shorthand Reporter (CSR) license, the licence the job is done "
     "under", "missing"),
    (_COURT, "California CSR #14021", "", "covered"),
])
def test_another_trades_or_states_licence_holds_the_score_the_licence_short_meets_it(seed_index, monkeypatch,
                                                                                      posting, line, held, status):
    """Walk-through 40 B #10: a barber's "Texas Class A Barber License (TDLR)" was partly 0.79 on a Texas
    cosmetology licence and nobody was held, the title "Hair Stylist" not naming it; a California CSR
    written short ("California CSR #14021") was not the CSR licence.  Another trade's licence shows none
    of it, another state's holds the score, the licence written short meets it."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(posting, "p")])
    text = f"Experience\nStylist and court reporter, Main Street, Jan 2016 - Jan 2026\nLicenses\n{line}\n"
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.held == held
    row = match.explanation.requirements[0]
    assert row.status == status and (row.evidence == line or status == "missing"), row


@pytest.mark.parametrize("line, held", [
    ("Registered Embalmer and Funeral Director Apprentice, Ohio Board of Embalmers and Funeral Directors "
     "(since August 2025)", ""),
    ("Cincinnati College of Mortuary Science: studying mortuary science, expected May 2027",
     "the resume does not name Ohio Funeral Director and Embalmer license, the licence the job is done under"),
])
def test_the_apprentice_route_a_posting_offers_meets_its_licence(seed_index, monkeypatch, line, held):
    """Walk-through 40 B #6: the registered "Embalmer and Funeral Director Apprentice" the posting takes in place
    of its licence was held at 45, its row partial 0.40; it meets the licence and covers the row.  A student of
    mortuary science alone is no apprentice and is held."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(
        "# Funeral Director / Embalmer\nQualifications:\n- Ohio Funeral Director and Embalmer license, or currently "
        "registered as an apprentice with the Ohio Board of Embalmers and Funeral Directors\n", "fd")])
    text = f"Experience\nFuneral home attendant, Columbus, Ohio, Jan 2020 - Present\nRegistration\n{line}\n"
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.held == held
    row = match.explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", line) if not held else row.status != "covered"


def test_a_pair_scores_the_same_whatever_else_is_indexed(seed_index):
    """No signal reads another posting: adding unrelated postings moves no score."""
    resume = resume_from_text(RESUME_TEXT, "jordan")
    before = {m.posting.id: m.score for m in Catalog.from_index(seed_index).rank(resume, top_k=None)}
    seed_index.add([parse_posting(f"# Pastry Chef {i}\nRequirements\n- {i}+ years of baking bread\n"
                                  f"- Food safety certificate", f"chef-{i}") for i in range(10)])
    after = {m.posting.id: m.score for m in Catalog.from_index(seed_index).rank(resume, top_k=None)}
    assert len(after) == len(before) + 10
    # Equal up to the float32 rounding of a longer matrix product.
    assert {k: after[k] for k in before} == pytest.approx(before, abs=1e-4)


def test_ranking_is_deterministic(seed_index):
    catalog = Catalog.from_index(seed_index)
    resume = resume_from_text(RESUME_TEXT, "jordan")
    first = [m.to_dict() for m in catalog.rank(resume, top_k=None)]
    second = [m.to_dict() for m in Catalog.from_index(seed_index).rank(resume, top_k=None)]
    assert first == second


NURSE_POSTING = """# ICU Registered Nurse
Requirements
- 2+ years of ICU nursing experience
- Current BLS and ACLS certification
"""


def test_years_count_only_in_related_roles(seed_index):
    catalog = _catalog(seed_index, [parse_posting(NURSE_POSTING, "icu")])
    coder = resume_from_text("Experience\nBackend Engineer, Acme, Jan 2015 - Dec 2024\n"
                             "Built services in Go.", "coder")
    nurse = resume_from_text("Experience\nICU Registered Nurse, Mercy Hospital, Jan 2020 - Dec 2023\n"
                             "Cared for ventilated patients.", "nurse")
    coder_e = catalog.rank(coder)[0].explanation
    nurse_e = catalog.rank(nurse)[0].explanation
    # Ten years of backend work meet nothing of "2+ years of ICU nursing".
    assert coder.years > 9 and coder_e.years_found == 0 and coder_e.signals["years"] == 0
    assert nurse_e.years_found == pytest.approx(4.0, abs=0.1) and nurse_e.signals["years"] == 1.0
    assert nurse_e.years_asked == 2


def test_the_years_shown_beside_those_asked_are_the_years_ask_s_own(seed_index):
    """A backend engineer's title is like a frontend engineer's, but "3+ years building
    production web applications with React" finds no year of it in their roles: the figure
    shown beside the years asked is the one the ask's checklist row and knock-out count."""
    posting = ("# Frontend Engineer\nRequirements\n- 3+ years building production web applications with React\n"
               "- Strong TypeScript and modern JavaScript\n")
    catalog = _catalog(seed_index, [parse_posting(posting, "fe")])
    backend = resume_from_text("Experience\nBackend Engineer, Acme, Jan 2015 - Dec 2024\n"
                               "Built payment services in Go and PostgreSQL.", "backend")
    frontend = resume_from_text("Experience\nFrontend Engineer, Acme, Jan 2019 - Dec 2024\n"
                                "Built the checkout web application in React and TypeScript.", "frontend")
    (backend_m,), (frontend_m,) = catalog.rank(backend), catalog.rank(frontend)
    assert backend_m.explanation.years_asked == 3 and backend_m.explanation.years_found == 0
    years_check = next(c for c in backend_m.eligibility.checks if c.kind == "years")
    assert "0.0 in roles like this one" in years_check.resume
    assert frontend_m.explanation.years_found == pytest.approx(6.0, abs=0.1)


def test_years_in_a_profession_under_another_name_or_team_count(seed_index):
    """A Medical Technologist's years are a Clinical Laboratory Scientist's (one profession,
    two names); a team after a comma in the posting's title ("Research Associate I, Cell
    Biology") leaves a research associate's years counting."""
    cls = "# Clinical Laboratory Scientist (CLS) - Night Shift\nRequirements\n- 1 year of hospital laboratory work\n"
    ra = "# Research Associate I, Cell Biology\nRequirements\n- 1-3 years of hands-on laboratory experience\n"
    catalog = _catalog(seed_index, [parse_posting(cls, "cls"), parse_posting(ra, "ra")])
    resume = resume_from_text("Experience\nMedical Technologist II, NYU Langone, Jan 2020 - Dec 2024\n"
                              "Ran chemistry and hematology analyzers.\n"
                              "Research Associate, Kim Lab, Jan 2018 - Dec 2019\nMaintained HEK293 cell lines.", "mt")
    found = {m.posting.id: m.explanation.years_found for m in catalog.rank(resume, top_k=None)}
    assert found["cls"] == pytest.approx(5.0, abs=0.1) and found["ra"] == pytest.approx(2.0, abs=0.1)


def test_years_in_a_one_word_trade_count_for_its_own_title_alone(seed_index):
    """A floorhand's years are a floorhand's ("Floorhand, Key Energy Services, Midland, TX - 2021 to present":
    no job noun), and not a deckhand's."""
    floor = "# Floorhand\nRequirements\n- 1+ year of experience as a Floorhand\n"
    deck = "# Deckhand\nRequirements\n- 1+ year of experience as a Deckhand\n"
    catalog = _catalog(seed_index, [parse_posting(floor, "floor"), parse_posting(deck, "deck")])
    resume = resume_from_text("Experience\nFloorhand, Key Energy Services, Midland, TX \u2014 2021 to 2025\n"
                              "Tripped pipe with tongs and slips on a workover rig.", "fh")
    found = {m.posting.id: m.explanation.years_found for m in catalog.rank(resume, top_k=None)}
    assert found["floor"] == pytest.approx(4.0, abs=0.1) and found["deck"] == 0.0


@pytest.mark.parametrize("posting, line", [
    ("# Elementary Teacher\nRequirements\n- 3+ years teaching experience\n",
     "I taught fourth grade at Lincoln Elementary from 2016 to 2022. Revenue doubled from 2019 to 2021."),
    ("# Line Cook\nRequirements\n- 2+ years of line cook experience\n",
     "Worked as a line cook at Olive Garden 2019-2023"),
    ("# Delivery Driver\nRequirements\n- 3+ years of driving experience\n", "Drove for Uber 2020 - 2025"),
])
def test_years_of_a_role_its_sentence_names_by_a_verb_count_in_that_work(seed_index, posting, line):
    """A role written as a sentence with no title line ("I taught fourth grade ... from 2016 to 2022.", "Drove for Uber
    2020 - present") had counted 0 years on "3+ years teaching experience": a role with no title is like no job, and
    the row read missing where the knock-out was met."""
    catalog = _catalog(seed_index, [parse_posting(posting, "job")])
    (m,) = catalog.rank(resume_from_text(f"Experience\n{line}\nKept things running.\n", "r"))
    assert m.explanation.years_found >= 3
    assert next(c for c in m.eligibility.checks if c.kind == "years").status == "met"
    row = next(r for r in m.explanation.requirements if r.years)
    assert row.status == "covered" and line.startswith(row.evidence.rstrip("."))


def test_roles_of_a_kind_the_years_ask_excludes_do_not_count(seed_index):
    """"(operator-only experience will not be considered)": the operator's ten years are not
    setup years, in the knock-out, the years shown and the checklist's row."""
    posting = ("# CNC Setup Machinist\nRequirements\n- 3+ years of CNC setup experience (operator-only experience "
               "will not be considered for this position)\n- Read blueprints and GD&T\n")
    catalog = _catalog(seed_index, [parse_posting(posting, "cnc")])
    mostly = resume_from_text("Experience\nCNC Setup Machinist, Rockford Toolcraft, Jan 2025 - Dec 2025\n"
                              "Set up Haas mills for new jobs.\nCNC Operator, Rockford Toolcraft, Jan 2015 - Dec 2024\n"
                              "Ran Haas mills and checked parts.", "mostly")
    (m,) = catalog.rank(mostly)
    assert m.explanation.years_found == pytest.approx(1.0, abs=0.1)
    years_check = next(c for c in m.eligibility.checks if c.kind == "years")
    assert years_check.status != "met"
    row = next(r for r in m.explanation.requirements if "3+ years" in r.text)
    assert row.status != "covered" and "CNC Operator" not in (row.evidence or "")


def test_related_roles_held_at_once_count_their_years_once(seed_index):
    catalog = _catalog(seed_index, [parse_posting(NURSE_POSTING.replace("2+", "5+"), "icu")])
    jobs = ("ICU Registered Nurse, Mercy Hospital, Jan 2021 - Dec 2023\nCared for ventilated patients.\n"
            "ICU Registered Nurse (per diem), St. Luke's, {} - Dec 2023\nCovered weekend shifts.")
    together, one_after = (resume_from_text("Experience\n" + jobs.format(start), start)
                           for start in ("Jan 2021", "Jan 2018"))
    together_e, one_after_e = (catalog.rank(r)[0].explanation for r in (together, one_after))
    # two nursing jobs over the same three years are three years of nursing, not six
    assert together_e.years_found == pytest.approx(3.0, abs=0.1)
    assert together_e.signals["years"] == pytest.approx(0.6, abs=0.02)
    years_row = next(r for r in together_e.requirements if "5+ years" in r.text)
    assert years_row.status != "covered"
    # St. Luke's from 2018 reaches back three more years: six in all
    assert one_after_e.years_found == pytest.approx(6.0, abs=0.1) and one_after_e.signals["years"] == 1.0


@pytest.mark.parametrize("line, status", [
    ("Deployed services on AWS (EC2, S3, Lambda).", "partial"),   # the field, not the certification
    ("AWS Certified Solutions Architect - Associate, 2022", "covered"),
    ("Certifications: Scrum Master; AWS certified developer", "covered"),
])
def test_a_certification_the_taxonomy_does_not_know_is_shown_by_a_line_that_holds_it(seed_index, line, status):
    posting = parse_posting("# Cloud Engineer\nRequirements\n- AWS certification\n- 3+ years of Python\n", "aws")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text(f"Experience\nCloud Engineer, Acme, Jan 2019 - Dec 2023\n{line}\n", "r")
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if "AWS" in r.text)
    assert row.status == status


def test_a_licence_held_is_quoted_by_its_own_line_not_another_credentials(seed_index):
    """"Current Arizona Medical Radiologic Technology Board of Examiners (MRTBE) certification" was covered by
    the ARRT line, which shares the field's words, while its knock-out was met by the MRTBE line: the row
    quotes the line that holds it, the other beside it (the row names radiography too)."""
    posting = parse_posting("# Radiologic Technologist\nRequirements\n- Current Arizona Medical Radiologic "
                            "Technology Board of Examiners (MRTBE) certification, or eligible upon hire\n", "rt")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Licenses & Certifications\n"
                              "- ARRT Registered Technologist in Radiography, R.T.(R), #987654\n"
                              "- Arizona MRTBE Certified Radiologic Technologist (CRT), active\n"
                              "Experience\nRadiologic Technologist, Banner Health, Tucson, AZ, 2021 - 2025\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert row.status == "covered"
    assert row.evidence == "Arizona MRTBE Certified Radiologic Technologist (CRT), active"


def test_the_rules_of_licensing_asked_are_no_licence_held(seed_index):
    """"Knowledge of state licensing regulations and ratios" asks the rules a licensed center keeps, no
    licence: a child care director's "licensing rules" line showed it partly (0.41), as if a credential."""
    posting = parse_posting("# Child Care Center Director\nRequirements\n"
                            "- Knowledge of state licensing regulations and ratios\n", "cc")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Experience\nCenter Director, Bright Horizons, Durham, NC, 2019 - 2025\n"
                              "- Maintained full compliance with NC DCDEE licensing rules; zero violations\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert row.status == "covered" and "licensing rules" in row.evidence


def test_a_school_certificate_in_a_trade_is_no_certification_of_it(seed_index):
    posting = parse_posting("# Pipe Welder\nRequirements\n- 6G pipe welding certification\n", "pipe")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Education\nWelding Technology Certificate, San Jacinto College, 2019\n"
                              "Experience\nStructural Welder, Gulf Steel, Jan 2020 - Dec 2024\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    # no line names the certification the knock-out asks: the welder's job line ("Structural Welder, Gulf Steel")
    # that shared its words showed it partly 0.40, as a claims adjuster's showed an adjuster's licence
    assert row.status == "missing"


@pytest.mark.parametrize("heading", ["Education & Training", "Education", "Certifications"])
def test_a_credential_named_so_is_held_under_any_heading(seed_index, heading):
    """A child care teacher's "NC Early Childhood Credential (EDU 119)" under "Education & Training" showed the
    posting's "NC Early Childhood Credential" partly (0.40): the line did not say it was held (certified,
    licensed), as it did under "Certifications"; a credential named so is one held."""
    posting = parse_posting("# Lead Toddler Teacher\nRequirements\n- NC Early Childhood Credential\n", "t")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Experience\nAssistant Teacher, Bright Horizons, Charlotte NC, March 2021 to present\n"
                              f"- Supervise a room of 10 toddlers\n{heading}\n"
                              "NC Early Childhood Credential (EDU 119)\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", "NC Early Childhood Credential (EDU 119)")


def test_a_clean_record_is_not_shown_by_the_licence_beside_it(seed_index):
    posting = parse_posting("# Sales Rep\nRequirements\n- Valid driver's license and clean driving record\n", "s")
    catalog = _catalog(seed_index, [posting])
    licence_only = resume_from_text("Skills\nNegotiation | Valid Colorado driver's license\n", "r")
    assert catalog.rank(licence_only)[0].explanation.requirements[0].status == "partial"
    both = resume_from_text("Skills\nNegotiation | Valid Colorado driver's license, clean MVR\n", "r")
    assert catalog.rank(both)[0].explanation.requirements[0].status == "covered"


def test_a_clean_record_shows_the_licence_it_is_the_record_of(seed_index):
    """"Valid driver's license" was missing (0.00) for an HVAC technician's "Clean MVR, own tools and gauges.":
    only a licence word showed the licence, though a driving record is one's."""
    posting = parse_posting("# HVAC Technician\nRequirements\n- Valid driver's license\n", "s")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Summary\nHVAC service tech, 7 years.\nClean MVR, own tools and gauges.\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", "Clean MVR, own tools and gauges.")


def test_a_licence_its_check_holds_is_covered_by_its_line_however_the_line_names_it(seed_index):
    """An insurance agent's "Florida 2-20 or 4-40 Property & Casualty license required" was met by its knock-out
    with "Florida 2-20 General Lines Agent (Property & Casualty) - active" under "LICENSES", yet partly covered
    (0.40): the Property and casualty insurance license the row asks was not found on a line that names it
    without "license"; the check read that licence, so its line covers it (walk-through office)."""
    posting = parse_posting("# Insurance Agent\nRequirements\n"
                            "- Florida 2-20 or 4-40 Property & Casualty license required\n", "pc")
    catalog = _catalog(seed_index, [posting])
    line = "Florida 2-20 General Lines Agent (Property & Casualty) - active"
    resume = resume_from_text(f"LICENSES\n- {line}\nExperience\nPersonal Lines Agent, Sun Agency, 2017 - 2022\n",
                              "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", line)


def test_a_clean_record_saying_none_of_what_the_ask_wants_absent_shows_it(seed_index):
    """"Clean MVR - no more than 2 moving violations ..., no DUI/DWI ..." was missing (0.20) for a CDL driver's
    "Clean MVR, no accidents, no violations last 5 yrs", read as a credential said not held ("no violations")."""
    from matcher.resumes.licences import said_not_held

    ask = "Clean MVR - no more than 2 moving violations in past 3 years, no DUI/DWI in past 5 years"
    posting = parse_posting(f"# CDL-A Driver\nRequirements\n- {ask}\n", "cdl")
    catalog = _catalog(seed_index, [posting])
    line = "Clean MVR, no accidents, no violations last 5 yrs"
    row = catalog.rank(resume_from_text(f"Licenses\nIndiana CDL Class A\n{line}\n", "r"))[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", line)
    assert said_not_held(line, ask) == ""
    assert said_not_held("Driver's license: none", "Valid driver's license with no restrictions") == "negated"


def test_a_licence_the_taxonomy_does_not_know_is_no_other_licence_held(seed_index):
    """"NC driver's license" holds a licence, the driver's; it shows nothing of a North Carolina HVAC
    licence, neither by holding one nor by the state's letters."""
    posting = parse_posting("# HVAC Technician\nRequirements\n- North Carolina HVAC license (H-2 or H-3)\n", "hvac")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Experience\nCook, Diner, Raleigh NC, 2015 - 2020\n"
                              "Licenses\nNC driver's license, clean MVR\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert row.status == "missing" and row.evidence != "NC driver's license, clean MVR"
    held = resume_from_text("Licenses\nNC HVAC license H-2, 2021\n", "r")
    assert catalog.rank(held)[0].explanation.requirements[0].status == "covered"


def test_a_broad_skill_shows_a_narrow_ask_partly_and_a_narrow_one_shows_the_broad_ask(seed_index):
    """"Welding" (or a MIG welder's line) is the field of "pipe welding (TIG)", not the skill;
    a TIG welder's line shows "welding experience" whole.  A credential is shown by its name
    alone: operating forklifts shows no forklift certification, BLS no ACLS."""
    posting = parse_posting("# Pipe Welder\nRequirements\n- 3+ years of pipe welding (TIG)\n"
                            "- Welding experience\n- Forklift certification\n- ACLS certification\n", "weld")
    catalog = _catalog(seed_index, [posting])

    def rows(lines):
        resume = resume_from_text("Experience\nFabricator, Acme Steel, 2016 - 2024\n" + lines, "r")
        return {r.text: r for r in catalog.rank(resume)[0].explanation.requirements}
    broad = rows("Skills\nWelding, MIG, grinding, forklifts\nBLS for Healthcare Providers, 2023\n")
    assert broad["3+ years of pipe welding (TIG)"].status == "partial"
    assert broad["Forklift certification"].status != "covered"
    assert broad["ACLS certification"].status == "missing"
    narrow = rows("Skills\nTIG welding of stainless pipe\n")
    assert narrow["Welding experience"].status == "covered"
    assert narrow["3+ years of pipe welding (TIG)"].skills_found == ["TIG welding"]


def test_a_skill_that_shares_only_a_far_broader_one_shows_no_part_of_the_ask(seed_index):
    """Amazon Kinesis is a kind of AWS, AWS of cloud computing, and Snowflake a kind of cloud computing too: a
    data analyst's "Wrote SQL in Snowflake" met "Experience with Kafka or Kinesis streaming" partly (0.40); a
    skill shows the field of an ask through the ask's own broader skill only (S3 is AWS: still partly)."""
    posting = parse_posting("# Data Engineer\nRequirements\n- Experience with Kafka or Kinesis streaming\n", "de")
    catalog = _catalog(seed_index, [posting])

    def row(line):
        resume = resume_from_text(f"Experience\nData Analyst, Anthem, 2020 - 2024\n- {line}\n", "r")
        return catalog.rank(resume)[0].explanation.requirements[0]
    assert row("Wrote SQL in Snowflake").status == "missing"
    assert row("Loaded files to Amazon S3").status == "partial"


def test_a_welding_code_certification_is_a_welding_certification(seed_index):
    """"Welding certification required" asked welding and a credential word, so "AWS D1.1 certified structural
    welder" showed it partly and its knock-out did not find it; the AWS D1.1 is a welding certification."""
    posting = parse_posting("# Structural Welder\nRequirements\n- Welding certification required\n", "weld")
    catalog = _catalog(seed_index, [posting])

    def match(lines):
        resume = resume_from_text("Experience\nStructural Welder, Steelworks Inc, 2016 - 2024\n- Welded beams\n"
                                  + lines, "r")
        return catalog.rank(resume)[0]
    certified = match("Certifications\nAWS D1.1 certified structural welder\n")
    assert certified.explanation.requirements[0].status == "covered"
    assert certified.explanation.requirements[0].evidence == "AWS D1.1 certified structural welder"
    assert certified.eligibility.status == "eligible"
    assert match("Skills\nMIG and TIG welding\n").explanation.requirements[0].status != "covered"


def test_an_office_suite_shows_its_apps_named_after_it_and_each_app_shows_itself(seed_index):
    """"Microsoft Office (Word, Excel, Outlook)" names what it means by Office: a resume that names
    the suite shows each app; one that names Word, Excel and Outlook shows them; Excel alone, part."""
    posting = parse_posting("# Office Assistant\nRequirements\n- Microsoft Office (Word, Excel, Outlook)\n"
                            "- Microsoft Office\n", "office")
    catalog = _catalog(seed_index, [posting])

    def rows(lines):
        resume = resume_from_text("Experience\nOffice Assistant, Acme Dental, 2016 - 2024\n" + lines, "r")
        return {r.text: r for r in catalog.rank(resume)[0].explanation.requirements}
    suite = rows("- Scheduling, phones, billing, data entry, Microsoft Office\n")
    assert suite["Microsoft Office (Word, Excel, Outlook)"].status == "covered"
    apps = rows("- Typed letters in Word, kept schedules in Excel, answered email in Outlook\n")
    assert apps["Microsoft Office (Word, Excel, Outlook)"].status == "covered"
    assert apps["Microsoft Office"].status == "covered"
    one = rows("- Answered phones; kept schedules in Excel\n")
    assert one["Microsoft Office (Word, Excel, Outlook)"].credit < 1


def test_another_app_of_a_suite_shows_nothing_of_the_app_asked(seed_index):
    """"Expert in Adobe Photoshop and Lightroom" was partly 0.4 for a copy editor's "Laid out pages in InDesign":
    InDesign is part of the Adobe Creative Suite as Photoshop is, and the suite stood as Photoshop's broader
    skill; a line naming the suite itself still shows the field, partly."""
    posting = parse_posting("# Photo Editor\nRequirements\n- Expert in Adobe Photoshop and Lightroom\n", "pe")
    catalog = _catalog(seed_index, [posting])

    def row(line):
        resume = resume_from_text(f"Experience\nCopy Editor, The Ledger, 2013 - 2019\n- {line}\n", "r")
        return catalog.rank(resume)[0].explanation.requirements[0]
    assert row("Laid out pages in InDesign on the night desk").status == "missing"
    assert row("Designed ads in Adobe Creative Cloud").status == "partial"


@pytest.mark.parametrize("line, status", [
    ("Certifications\nCPA (Texas), inactive\n", "covered"),         # its exam passed: eligible
    ("Certifications\nCPA candidate, passed FAR and AUD\n", "covered"),
    ("Certifications\nCPA-eligible (150 credit hours)\n", "covered"),
    ("Certifications\nLicensed CPA, Texas\n", "covered"),
    ("Skills\nWorked with our outside CPA firm on audits\n", "missing"),
])
def test_a_credential_held_once_or_to_come_shows_its_eligibility(seed_index, line, status):
    posting = parse_posting("# Staff Accountant\nRequirements\n- 2+ years of accounting experience\n"
                            "Preferred\n- CPA eligible preferred\n", "acct")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Experience\nStaff Accountant, Lone Star Energy, 2010 - 2022\n" + line, "r")
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if "CPA" in r.text)
    assert row.status == status or status == "missing" and row.status != "covered"


def test_a_lapsed_credential_still_does_not_meet_the_credential_asked(seed_index):
    posting = parse_posting("# Staff Accountant\nRequirements\n- Active CPA license required\n", "acct")
    resume = resume_from_text("Experience\nStaff Accountant, Acme, 2010 - 2022\nCertifications\n"
                              "CPA (Texas), inactive\n", "r")
    row = _catalog(seed_index, [posting]).rank(resume)[0].explanation.requirements[0]
    assert row.status != "covered"


def test_the_job_a_resume_seeks_shows_no_experience_of_it(seed_index):
    posting = ("# Flight Attendant\nRequirements\n- Prior flight attendant experience\n"
               "- High school diploma or GED\n")
    catalog = _catalog(seed_index, [parse_posting(posting, "fa")])
    resume = resume_from_text("Objective\nSeeking a Flight Attendant position with a major airline.\n"
                              "Experience\nSales Associate, Macy's, Jan 2019 - Dec 2023\n"
                              "Helped customers choose gifts.", "fa")
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if "flight attendant" in r.text)
    assert "Seeking" not in (row.evidence or "") and row.status == "missing"


@pytest.mark.parametrize("line, shown, sought", [
    ("Retail store manager with 8 years of customer service, changing careers to pest control.",
     {"retail", "customer"}, {"pest", "control"}),
    ("ICU nurse of 6 years making a career change into health informatics", {"icu", "nurse"}, {"informatics"}),
    ("Teacher switching careers to data analysis; built grade dashboards in Excel", {"teacher", "excel"},
     {"analysis"}),
    # work moved from one system to another is work done
    ("Led the team transitioning to Epic from Cerner.", {"epic", "cerner"}, set()),
])
def test_the_field_a_career_changer_moves_into_shows_none_of_its_work(fake_embedder, line, shown, sought):
    """"..., changing careers to pest control": the line's words show the retail work it names, not pest control."""
    words = _features(f"Pat Doe\n{line}", fake_embedder).lines[0]
    assert shown <= words and not sought & words


@pytest.mark.parametrize("line, seeks", [
    ("Transitioning to civilian supply chain / warehouse operations management.", True),
    ("Career changer: high school math teacher moving into data analysis.", True),
    ("Career change consulting for clients moving into new markets", False),
    ("Moving into clinical informatics after 8 years at the bedside.", True),
    ("Currently transitioning into data analytics.", True),
    ("Army veteran transitioning to a civilian logistics / warehouse role.", True),
    ("Led the team transitioning to Epic from Cerner.", False),
    ("Led the team transitioning to a new ERP system.", False),
    ("Moved 40 pallets an hour into racking.", False),
    # a place to learn the trade sought is a job sought
    ("U.S. Army veteran (Wheeled Vehicle Mechanic, 91B) seeking an elevator apprenticeship.", True),
    ("Looking for an electrical apprenticeship with IBEW Local 46", True),
    ("Seeking a summer internship in environmental consulting", True),
    ("Interested in a paid traineeship or co-op placement", True),
    ("Looking to join a growing company in an entry-level data analyst role", True),
    ("Looking to reduce scrap, I rebuilt the die-change process", False),
    ("Hoping to secure a carpentry apprenticeship in 2027", True),
    ("Completed a four-year apprenticeship with IBEW Local 46", False),
    ("Mentored interns during a summer internship program", False),
    ("Seeking root causes of pump failures on the line", False)])
def test_a_career_changers_next_step_is_what_they_seek(line, seeks):
    from matcher.ranking.signals import SEEKS

    assert bool(SEEKS.search(line)) is seeks


def test_a_line_saying_a_skill_is_lacking_shows_nothing(seed_index):
    catalog = _catalog(seed_index, [parse_posting("# Platform Engineer\nRequirements\n- Kubernetes in production\n",
                                                  "pe")])
    row = catalog.rank(resume_from_text("Experience\nBackend Engineer, Acme, 2019 - Present\nBuilt Go services.\n"
                                        "Skills\nNo Kubernetes.\n", "r"))[0].explanation.requirements[0]
    assert row.status == "missing" or "No Kubernetes" not in (row.evidence or "")


def test_the_same_years_count_for_more_in_the_same_job_than_in_a_related_one(seed_index):
    catalog = _catalog(seed_index, [parse_posting(NURSE_POSTING, "icu")])
    same, related = (resume_from_text(f"Experience\n{title}, Mercy Hospital, Jan 2020 - Dec 2023\n"
                                      "Cared for ventilated patients.", title) for title in
                     ("ICU Registered Nurse", "Staff Nurse"))
    same_e, related_e = (catalog.rank(r)[0].explanation for r in (same, related))
    # The years signal is the share of the years asked in roles like the title (both meet
    # it) times the closest title's cosine.  The figure shown is the ask's: a staff nurse's
    # roles do not say ICU, so, as its checklist row reads, no year of ICU nursing.
    assert same_e.years_found == pytest.approx(4.0, abs=0.1) and related_e.years_found == 0
    assert next(r for r in related_e.requirements if "ICU" in r.text).status == "missing"
    assert related_e.title.similarity >= RELATED_TITLE
    assert same_e.signals["years"] == 1.0
    assert related_e.signals["years"] == pytest.approx(related_e.title.similarity, abs=1e-3)
    assert related_e.signals["years"] < 1.0


@pytest.mark.parametrize(("role", "duty", "posting", "cosine", "like"), [
    # the model reads them alike (0.55, 0.65, 0.58), their words name other fields
    ("Operations Supervisor, Riverbend Logistics", "Led a second shift of 35 associates.", "Fleet Dispatcher",
     0.55, False),
    ("Platform Engineer, Nimbus", "Ran Kubernetes clusters for 40 teams.", "Data Engineer", 0.65, False),
    ("Maintenance Technician, Acme Foods", "Repaired conveyors and packaging lines.", "Firefighter/EMT", 0.58,
     False),
    # as close as titles of one trade are, whatever the words
    ("Operations Supervisor, Riverbend Logistics", "Led a second shift of 35 associates.", "Fleet Dispatcher",
     CLOSE_TITLE, True),
    # the field named by the role's title, its own lines or its employer, or the site of the posting's work
    ("Charge Nurse, Mercy Hospital", "Led a 30-bed unit.", "ICU Nurse", 0.55, True),
    ("Sous Chef, Harbor Grill", "Ran the kitchen on weekends for 300 covers.", "Kitchen Manager", 0.58, True),
    ("Operations Supervisor, Riverbend Distribution Center", "Led a second shift of 35 associates.",
     "Warehouse Manager", 0.55, True),
    ("Platform Engineer, Nimbus", "Built data pipelines in Airflow.", "Data Engineer", 0.65, True),
    # a title naming no field of its own: the model's likeness decides
    ("Designer, Cobalt Apps", "Designed checkout screens.", "UX/UI Designer", 0.55, True),
    ("Senior Developer, Beta Inc", "Shipped a web app.", "Full Stack Engineer", 0.52, True),
    # nor one naming a family of fields ("Software"): a backend engineer's work is software too
    ("Software Engineer, Northwind", "Built payment services in Go.", "Senior Backend Engineer", 0.62, True),
    # not close enough, whatever the words
    ("Charge Nurse, Mercy Hospital", "Led a 30-bed unit.", "ICU Nurse", RELATED_TITLE - 0.01, False),
])
def test_a_title_the_model_reads_somewhat_alike_is_like_the_postings_by_the_words(fake_embedder, role, duty,
                                                                                  posting, cosine, like):
    """Title likeness decides which roles' years count ("2+ years of truck dispatching experience" at a "Fleet
    Dispatcher" posting had been met by an "Operations Supervisor"'s 7.9 years, 0.55 alike, its row covered):
    between ``RELATED_TITLE`` and ``CLOSE_TITLE`` the words decide (``alike``)."""
    features = _features(f"Experience\n{role}, Jan 2019 - Jan 2026\n{duty}\n", fake_embedder)
    assert alike(np.array([[cosine]]), (posting,), features).tolist() == [[like]]
    # without the posting's title, its words unknown: the model's likeness alone
    assert alike(np.array([[cosine]]), (), features).tolist() == [[cosine >= RELATED_TITLE]]


def test_a_resume_without_dated_roles_counts_the_years_it_states_in_related_work(seed_index):
    catalog = _catalog(seed_index, [parse_posting(NURSE_POSTING, "icu")])
    nurse = resume_from_text("Summary\nICU Registered Nurse with 4 years of experience caring for "
                             "ventilated patients.\nSkills\nBLS, ACLS", "nurse")
    coder = resume_from_text("Summary\nBackend Engineer with 10 years of experience in Go.", "coder")
    nurse_e, coder_e = (catalog.rank(r)[0].explanation for r in (nurse, coder))
    assert nurse.roles == [] and nurse_e.years_found == 4.0 and nurse_e.signals["years"] == 1.0
    assert coder_e.years_found == 0 and coder_e.signals["years"] == 0
    years_row = next(r for r in nurse_e.requirements if "2+ years" in r.text)
    assert years_row.status == "covered" and "4 years of experience" in years_row.evidence


def test_a_posting_that_states_no_years_still_asks_for_related_work(seed_index):
    """Whether a posting states years does not decide whether the years signal counts:
    without a stated figure, a year of related work meets it, and unrelated work none."""
    posting = "# ICU Registered Nurse\nRequirements\n- ICU nursing experience\n- Current BLS certification\n"
    catalog = _catalog(seed_index, [parse_posting(posting, "icu")])
    half = resume_from_text("Experience\nICU Registered Nurse, Mercy Hospital, Jan 2023 - Jun 2023\n"
                            "Cared for ventilated patients.", "new-nurse")
    nurse = resume_from_text("Experience\nICU Registered Nurse, Mercy Hospital, Jan 2020 - Dec 2023\n"
                             "Cared for ventilated patients.", "nurse")
    coder = resume_from_text("Experience\nBackend Engineer, Acme, Jan 2015 - Dec 2024\n"
                             "Built services in Go.", "coder")
    half_e, nurse_e, coder_e = (catalog.rank(r)[0].explanation for r in (half, nurse, coder))
    assert nurse_e.years_asked is None and nurse_e.signals["years"] == 1.0
    assert half_e.signals["years"] == pytest.approx(0.4, abs=0.1)
    assert coder_e.signals["years"] == 0 and coder_e.years_found == 0


def test_years_of_the_jobs_own_work_are_shown_by_the_roles_like_it(seed_index):
    """A requirement that asks years and names no skill ("1+ years of classroom teaching
    experience") is shown by the line of a role like the posting; years elsewhere show
    nothing, and too few show it partly."""
    posting = parse_posting("# Classroom Teacher\nRequirements\n- 2+ years of classroom teaching experience\n",
                            "teacher")
    catalog = _catalog(seed_index, [posting])
    assert posting.requirements[0].years == 2 and not posting.requirements[0].skills

    def requirement(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    teacher = requirement("Experience\nClassroom Teacher, Lincoln Elementary, Aug 2017 - Jun 2024\n"
                          "Planned lessons for 24 pupils.")
    assert teacher.status == "covered" and teacher.credit == 1.0
    assert teacher.evidence == "Classroom Teacher, Lincoln Elementary, Aug 2017 - Jun 2024"
    new = requirement("Experience\nClassroom Teacher, Lincoln Elementary, Jan 2024 - Jun 2024\n"
                      "Planned lessons for 24 pupils.")
    assert new.status != "covered" and new.credit < teacher.credit
    coder = requirement("Experience\nBackend Engineer, Acme, Jan 2015 - Dec 2024\nBuilt services in Go.")
    assert coder.status == "missing" and coder.evidence is None
    # Years of a kind of work ("software engineering": every language shows it) are years of
    # the job's own work too: the related roles show them, not a line naming a language.
    engineer = _catalog(seed_index, [parse_posting(
        "# Backend Engineer\nRequirements\n- 5+ years of professional software engineering experience\n", "be")])
    assert engineer.postings[0].requirements[0].skills == ["Software development"]
    shown = engineer.rank(resume_from_text(
        "Experience\nBackend Engineer, Acme, Jan 2015 - Dec 2024\nBuilt services in Rust.", "r"))[0]
    assert shown.explanation.requirements[0].status == "covered"
    assert shown.explanation.requirements[0].evidence == "Backend Engineer, Acme, Jan 2015 - Dec 2024"
    # Two roles add up to the years: the longer one is quoted, the other beside it.
    both = requirement("Experience\nClassroom Teacher, Lincoln Elementary, Aug 2023 - Jun 2024\n"
                       "Planned lessons.\nClassroom Teacher, Oak Park School, Aug 2018 - Jun 2023\nTaught grade 3.")
    assert both.status == "covered"
    assert both.evidence == "Classroom Teacher, Oak Park School, Aug 2018 - Jun 2023"
    assert both.evidence_more == ["Classroom Teacher, Lincoln Elementary, Aug 2023 - Jun 2024"]


def test_years_as_a_diesel_mechanic_are_shown_by_a_role_doing_diesel_work(seed_index):
    """A field service technician who services diesel engines' aftertreatment and reads their faults with
    Cat ET does a diesel mechanic's work, whatever the title: "4+ years of experience as a diesel mechanic"
    counted only the role titled so (2.7 of 8.5 years, knock-out unknown, row partial 0.4) (walk-through 43 A)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Diesel Mechanic\nRequirements\n- 4+ years of experience as a diesel mechanic\n", "dm")])
    assert catalog.postings[0].requirements[0].skills == ["Diesel engine repair"]

    def match(lines):
        return catalog.rank(resume_from_text("Experience\nField Service Technician, Holt Equipment, Mar 2019 - "
                                             "Present\n" + lines, "r"))[0]
    diesel = match("- Service Tier 4 Final aftertreatment: DPF cleaning, SCR/DEF doser replacement\n"
                   "- Diagnose engine faults with Cat ET\n")
    assert diesel.explanation.requirements[0].status == "covered"
    assert next(c for c in diesel.eligibility.checks if c.kind == "years").status == "met"
    copiers = match("- Repair office copiers and printers at customer sites\n")
    assert copiers.explanation.requirements[0].status != "covered"


@pytest.mark.parametrize("title, kind", [
    ("Senior Data Scientist", "Data Scientist"), ("Software Engineer II", "Software Engineer"),
    ("Frontend Engineer (f/m/d)", "Frontend Engineer"), ("Sales Manager (m/w/d)", "Sales Manager"),
    ("Data Scientist (all genders)", "Data Scientist"), ("iOS Developer ( f/m/d ) | | |", "iOS Developer"),
    ("Principal DevOps Engineer -", "DevOps Engineer"), ("Network Engineer - ( )", "Network Engineer"),
    ("Senior Fullstack Engineer (m/f/d) - OMS", "Fullstack Engineer - OMS"), ("C++ Developer", "C++ Developer"),
    ("Senior", "Senior"), ("(m/f/d)", "(m/f/d)"),
    ("ICU Registered Nurse - Night Shift", "ICU Registered Nurse"), ("Barista (Part-Time)", "Barista"),
    ("CNA - PRN / Weekends", "Certified Nursing Assistant"), ("Line Cook (Nights, 12-hr shifts)", "Line Cook"),
    ("Registered Nurse - Medical/Surgical Unit (Days)", "Registered Nurse - Medical/Surgical Unit"),
    ("Civil Engineer II - Land Development", "Civil Engineer II - Land Development"),
    ("Night Auditor", "Night Auditor"), ("Shift Supervisor", "Shift Supervisor"), ("Part Time", "Part Time"),
    ("Warehouse Shift Supervisor - 2nd Shift", "Warehouse Shift Supervisor"), ("First Officer", "First Officer"),
    ("Pharmacy Technician - Retail", "Pharmacy Technician"), ("Registered Nurse (Outpatient)", "Registered Nurse"),
    ("Paramedic - Full Time (24/48 Shifts)", "Paramedic"), ("Bank Teller - Part Time (25 hrs/wk)", "Bank Teller"),
    # the days of the week it is worked ("... - Part Time, Tuesdays & Thursdays" was 0.67 like "Dental Hygienist")
    ("Registered Dental Hygienist (RDH) - Part Time, Tuesdays & Thursdays", "Registered Dental Hygienist (RDH)"),
    ("Warehouse Associate - 2nd Shift (Mon-Fri)", "Warehouse Associate"), ("Barista - Mornings", "Barista"),
    ("Cook - Saturday & Sunday", "Cook"), ("Sunday School Teacher", "Sunday School Teacher"),
    # how it is paid ("Hair Stylist - Commission + Hourly" was 0.53 like "Senior Stylist"), not a job about pay
    ("Hair Stylist - Commission + Hourly", "Hair Stylist"), ("Server (Hourly + Tips)", "Server"),
    ("Commission Analyst", "Commission Analyst"),
    # a pay grade says nothing of the work ("Staff Nurse – Acute Medicine (Band 5)" was 0.54 like "Staff Nurse");
    # a teacher's grade is the work
    ("Staff Nurse (Band 5)", "Nurse"), ("Program Analyst - GS-12", "Program Analyst"),
    ("Teacher (Grade 7)", "Teacher (Grade 7)"),
    ("Software Engineer - Remote", "Software Engineer"), ("Retail Sales Associate", "Retail Sales Associate"),
    ("Hospital Pharmacist", "Hospital Pharmacist"),
    # the team after a comma, behind a title of two words that leads no one, is where the job sits
    ("Research Associate I, Cell Biology", "Research Associate"),
    ("Software Engineer II, Payments", "Software Engineer"),
    ("Registered Nurse, Cardiac Unit", "Registered Nurse"), ("Research Technician, Kim Lab", "Research Technician"),
    ("Registered Nurse, ICU", "Registered Nurse, ICU"),   # no level, no team word: kept
    ("Development Officer, Grants & Foundation Relations", "Development Officer, Grants & Foundation Relations"),
    ("Manager, Software Engineering", "Manager, Software Engineering"),
    ("Director, Engineering", "Director, Engineering"),
    ("Vice President, Sales", "Vice President, Sales"), ("Software Engineer (Python)", "Software Engineer (Python)")])
def test_the_kind_of_work_a_title_names(title, kind):
    """Seniority, gender markers, schedules, settings after a dash or in brackets and dangling
    separators say nothing of the work."""
    assert job_kind(title) == kind


@pytest.mark.parametrize("title, kind", [
    ("Staff SRE", "Site Reliability Engineer"), ("ICU RN", "ICU Registered Nurse"),
    ("Senior QA Engineer", "Quality Assurance Engineer"), ("Java SDET", "Java Software Test Engineer"),
    ("AP/AR Specialist", "Accounts Payable/Accounts Receivable Specialist"),
    ("ML Engineer", "Machine Learning Engineer"),
    # letters in brackets repeat the words before them; letters inside a word or name are none
    ("Registered Nurse (RN)", "Registered Nurse (RN)"), ("R&D Engineer", "R&D Engineer"), ("RN-BC", "RN-BC"),
    # a profession's other names read as one: the clinical laboratory's MT, MLS and CLS
    ("Medical Technologist II", "Clinical Laboratory Scientist"), ("MLS - Days", "Clinical Laboratory Scientist"),
    ("Medical Laboratory Scientist", "Clinical Laboratory Scientist"),
    ("Clinical Laboratory Scientist (CLS) - Night Shift", "Clinical Laboratory Scientist (CLS)"),
    # the electrical union's wireman is an electrician
    ("Journeyman Wireman", "Journeyman Electrician"), ("Inside Wireman Apprentice", "Electrician Apprentice"),
    # a trade named by a compound of "hand" reads as its field's work
    ("Floorhand", "Oilfield Floorman"), ("Senior Floor Hand", "Oilfield Floorman"),
    ("Farmhand", "Farm Worker"), ("Ranch Hand", "Ranch Worker"), ("Deck Hand", "Marine Deckhand"),
    ("Deckhand / Able Seaman", "Marine Deckhand / Able Seaman"), ("Ground Hand", "Ground Hand"),
    ("Medical Laboratory Technician", "Medical Laboratory Technician"), ("Radiologic Technologist",
                                                                         "Radiologic Technologist"),
    # a last "Lead" is the one who leads the work's team, not the metal; a first one is seniority
    ("Production Lead", "Production Team Leader"), ("Shift Lead - Nights", "Shift Team Leader"),
    ("Warehouse Team Lead", "Warehouse Team Leader"), ("Team Lead", "Team Lead"), ("Lead Cashier", "Cashier"),
    ("Shift Leader", "Shift Leader"),
    # nor is the lead of sales leads or of the metal: the work itself
    ("Lead Generation Specialist", "Lead Generation Specialist"), ("Lead Abatement Worker", "Lead Abatement Worker")])
def test_the_letters_a_job_goes_by_are_spelled_out(title, kind):
    """The model reads "SRE" 0.2 from "Site Reliability Engineer": titles compare by the words."""
    assert job_kind(title) == kind


@pytest.mark.parametrize("title, kind", [
    ("MT (ASCP)", "Clinical Laboratory Scientist"), ("MT(ASCP) - Nights", "Clinical Laboratory Scientist"),
    ("MT, ASCP", "Clinical Laboratory Scientist"), ("MLS(ASCP)CM", "Clinical Laboratory Scientist"),
    # "MT" alone is Montana, or another job's letters
    ("Sales Representative - MT", "Sales Representative - MT"), ("MT-SOB Operator", "MT-SOB Operator"),
    ("Billings, MT", "Billings, MT")])
def test_a_medical_technologists_letters_with_ascp_are_the_profession(title, kind):
    """"MT (ASCP)" is ASCP's Medical Technologist, the clinical laboratory scientist's older name; "MT" alone
    is none."""
    assert job_kind(title) == kind


@pytest.mark.parametrize("line, covered", [
    ("ASCP Board of Certification: MT(ASCP), 2018", True), ("MT (ASCP), 2011", True),
    ("MLS(ASCP)CM, 2018", True), ("MLT(ASCP), 2019", False), ("Billings, MT", False)])
def test_mt_ascp_covers_an_mls_certification_row(seed_index, line, covered):
    """ASCP's "MT(ASCP)" is the certification it now calls MLS(ASCP): it covers "ASCP MLS certification" (partial
    0.78); the technician's MLT and Montana's "MT" do not."""
    posting = parse_posting("# Clinical Laboratory Scientist\nRequirements\n- ASCP MLS certification required\n", "cls")
    catalog = _catalog(seed_index, [posting])
    text = f"Certifications\n{line}\nExperience\nLab Assistant, Mercy Hospital, 2019 - present\n"
    row = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert (row.status == "covered") is covered, (row.status, row.credit)


def test_years_as_mt_ascp_are_a_clinical_laboratory_scientists(seed_index):
    cls = "# Clinical Laboratory Scientist (CLS) - Night Shift\nRequirements\n- 1 year of hospital laboratory work\n"
    catalog = _catalog(seed_index, [parse_posting(cls, "cls")])
    resume = resume_from_text("Certifications\nASCP Board of Certification: MT(ASCP), 2018\n"
                              "Experience\nMT (ASCP) - NYU Langone Hospital - Jan 2020 - Dec 2024\n"
                              "Ran chemistry and hematology analyzers.\n"
                              "MT(ASCP) - Maimonides Medical Center - 2018 to 2020\nCore lab generalist.\n", "mt")
    # the older role stands in its own line, not the certificate's naming its start year
    assert catalog.rank(resume, top_k=None)[0].explanation.years_found == pytest.approx(7.0, abs=0.1)


def test_the_opening_is_the_first_hundred_words_lines_kept():
    from matcher.text import OPENING_WORDS, opening

    text = "Jordan Rivera\nBackend engineer\n\n" + " ".join(f"word{i}" for i in range(200))
    head = opening(text)
    assert head.startswith("Jordan Rivera\nBackend engineer\n\nword0") and len(head.split()) == OPENING_WORDS
    assert head.endswith(f"word{OPENING_WORDS - 5}")   # four words before word0
    assert opening("  short text\n") == "short text" and opening("") == ""


def test_the_closest_title_is_explained_not_scored(seed_index, fake_embedder):
    requirements = "Requirements\n- Experience with SQL and dashboards\n"
    catalog = _catalog(seed_index, [parse_posting("# Data Analyst\n" + requirements, "analyst"),
                                    parse_posting(requirements, "untitled")])
    resume = resume_from_text("Experience\nSenior Data Analyst, Acme, Jan 2019 - Present\n"
                              "Built dashboards in SQL.\nBarista, Cafe Uno, 2015 - 2018\n"
                              "Served coffee.", "ana")
    by_id = {m.posting.id: m.explanation for m in catalog.rank(resume, top_k=None)}
    analyst = by_id["analyst"]
    assert analyst.title.resume == "Senior Data Analyst" and analyst.title.posting == "Data Analyst"
    # compared as the work they name: "Senior Data Analyst" is a "Data Analyst"
    sims = fake_embedder.embed(["Data Analyst", job_kind("Senior Data Analyst"), "Barista"])
    assert analyst.title.similarity == pytest.approx(float(sims[0] @ sims[1]), abs=1e-3) == pytest.approx(1.0)
    assert "title" not in analyst.signals
    # A posting without a title has no title line and no years signal.
    assert by_id["untitled"].title is None and "years" not in by_id["untitled"].signals
    assert analyst.to_dict()["title"]["resume"] == "Senior Data Analyst"


def test_the_headline_is_a_title_too(seed_index):
    catalog = _catalog(seed_index, [parse_posting("# Data Analyst\nRequirements\n- SQL", "analyst")])
    e = catalog.rank(resume_from_text("Ana Lyst\nData Analyst\n\nSkills\nSQL", "ana"))[0].explanation
    assert e.title.resume == "Data Analyst" and e.title.similarity == pytest.approx(1.0, abs=1e-3)


def test_no_title_without_a_headline_or_dated_roles(seed_index):
    catalog = _catalog(seed_index, [parse_posting(RUST_POSTING, "rust")])
    e = catalog.rank(resume_from_text("I write Rust and Tokio services.", "plain"))[0].explanation
    assert e.title is None and e.to_dict()["title"] is None


def _catalog_without(index, position: int, caplog) -> Catalog:
    """The catalog of ``index`` once the vectors stored at ``position`` are gone, as in an
    index embedded before they were: it loads, with a warning that names the re-embed."""
    index.store.db.execute("DELETE FROM vectors WHERE position = ?", [position])
    index.store.db.conn.commit()
    with caplog.at_level("WARNING", logger="matcher.ranking.catalog"):
        return Catalog.from_index(index)


def test_an_index_embedded_before_title_vectors_ranks_without_them(seed_index, caplog):
    from matcher.index.store import TITLE

    catalog = _catalog_without(seed_index, TITLE, caplog)
    assert "5 postings have no title vector" in caplog.text and "--reembed" in caplog.text
    for m in catalog.rank(resume_from_text(RESUME_TEXT, "jordan"), top_k=None):
        assert m.explanation.title is None and "years" not in m.explanation.signals


def test_an_index_embedded_before_opening_vectors_ranks_without_them(seed_index, caplog):
    from matcher.index.store import OPENING

    before = {m.posting.id: m.explanation for m in
              Catalog.from_index(seed_index).rank(resume_from_text(RESUME_TEXT, "jordan"), top_k=None)}
    catalog = _catalog_without(seed_index, OPENING, caplog)
    assert "5 postings have no opening vector" in caplog.text and "--reembed" in caplog.text
    for m in catalog.rank(resume_from_text(RESUME_TEXT, "jordan"), top_k=None):
        e = m.explanation
        # The signal is missing, so it counts as its usual value: it has no part in the fused value.
        assert "opening" not in e.signals and "opening" not in e.contributions
        assert e.fused == pytest.approx(before[m.posting.id].fused - before[m.posting.id].contributions["opening"])


def test_filters(seed_index):
    catalog = Catalog.from_index(seed_index)
    resume = resume_from_text(RESUME_TEXT, "jordan")
    remote = catalog.rank(resume, top_k=None, filters=Filters(remote_only=True))
    assert remote and all(m.posting.remote for m in remote)
    discord = catalog.rank(resume, top_k=None, filters=Filters(company="discord"))
    assert [m.posting.company for m in discord] == ["Discord"]
    rich = catalog.rank(resume, top_k=None, filters=Filters(min_salary=300_000))
    assert all((m.posting.salary_max or m.posting.salary_min or 1e9) >= 300_000 for m in rich)
    # a US state by its name finds its code, and the other way round; a code is a word
    from matcher.ranking.catalog import Posting
    austin, houston = Posting(id="a", location="Austin, TX"), Posting(id="h", location="Houston, Texas")
    assert Filters(location="Texas").accepts(austin) and Filters(location="TX").accepts(houston)
    assert not Filters(location="IN").accepts(Posting(id="c", location="Chicago, IL"))


def test_catalog_loads_from_sqlite_alone_what_the_index_holds(seed_index, fake_embedder):
    """A catalog loaded without FAISS: the postings it keeps compressed parse to the stored
    ones; its summary vectors are the FAISS cache's and its requirement vectors SQLite's,
    in posting order."""
    from matcher.index.index import FAISS_NAME, Index
    from matcher.index.store import OPENING, SUMMARY, TITLE
    from matcher.ranking.catalog import StoredPostings

    faiss_file = (seed_index.directory / FAISS_NAME).read_bytes()
    reader = Index.open(seed_index.directory, fake_embedder, load_vectors=False)
    catalog = Catalog.from_index(reader)
    reader.close()
    assert reader.vectors is None and (seed_index.directory / FAISS_NAME).read_bytes() == faiss_file
    assert isinstance(catalog.postings, StoredPostings)
    assert list(catalog.postings) == list(seed_index.store.postings())
    assert catalog.postings[-1] == seed_index.get(catalog.facts[-1].id)
    row = {vector_id: i for i, vector_id in enumerate(seed_index.vectors.ids())}
    layout = seed_index.store.layout()
    matrix = seed_index.vectors.matrix()
    assert np.array_equal(catalog.summaries,
                          matrix[[row[v] for v, _, pos in layout if pos == SUMMARY]])
    blobs = dict(seed_index.store.db.execute("SELECT id, vector FROM vectors").fetchall())

    def stored(keep):
        return np.stack([np.frombuffer(blobs[v], dtype=np.float16) for v, _, pos in layout
                         if keep(pos)]).astype(np.float32)
    assert np.array_equal(catalog.req_vectors, stored(lambda pos: pos >= 0))
    titled = [pid for _, pid, pos in layout if pos == TITLE]
    assert titled and titled == [p.id for p in catalog.postings if p.title]
    assert np.array_equal(catalog.titles[catalog.has_title], stored(lambda pos: pos == TITLE))
    assert catalog.has_opening.all() and np.array_equal(catalog.openings, stored(lambda pos: pos == OPENING))


def test_top_k(seed_index):
    resume = resume_from_text(RESUME_TEXT, "jordan")
    assert len(Catalog.from_index(seed_index).rank(resume, top_k=2)) == 2


def test_recruiter_direction(fake_embedder):
    posting = parse_posting(RUST_POSTING, "rust")
    good = resume_from_text(RESUME_TEXT, "good")
    poor = resume_from_text("Pastry chef.\nBaked bread and cakes for 10 years.", "poor")
    ranked = rank_resumes(posting, [poor, good], fake_embedder)
    assert [r.name for r, _ in ranked] == ["good", "poor"]
    assert ranked[0][1].score > ranked[1][1].score


def test_implied_skills_count_and_soft_skills_are_never_missing(seed_index):
    posting = parse_posting("# Platform Engineer\nRequirements\n- Experience with containers and SQL\n"
                            "- Excellent teamwork\n", "platform")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Shipped services in Docker backed by PostgreSQL.", "r")
    e = catalog.rank(resume)[0].explanation
    matched = {s["name"]: s["resume"] for s in e.skills_matched}
    assert matched["Containers"] == ["Docker"] and "SQL" in matched
    assert "Teamwork" not in e.skills_missing
    assert e.requirements[0].status in ("covered", "partial")


@pytest.mark.parametrize("line, held", [
    ("Licenses: SIE (passed October 2026). Series 7 and Series 66 not yet taken.", False),
    ("Series 7 exam scheduled for January 2027.", False),
    ("Licenses: Series 7, Series 66 (FINRA), active.", True),
])
def test_a_credential_a_resume_says_is_not_yet_held_is_no_skill_matched(seed_index, line, held):
    posting = parse_posting("# Financial Advisor\nRequirements\n- Series 7 license required\n"
                            "- Experience in financial services\n", "fa")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text(f"Personal Banker, Wells Fargo, 2022 - Present\n{line}\n", "r")
    e = catalog.rank(resume)[0].explanation
    assert ("Series 7" in {s["name"] for s in e.skills_matched}) is held


@pytest.mark.parametrize("header, covered", [
    ("Pittsburgh, PA", True),
    ("Philadelphia, Pennsylvania", True),
    ("Columbus, OH", False),
])
def test_a_residency_row_is_met_by_where_the_resume_lives(seed_index, header, covered):
    """"Pennsylvania residency" is a place compared: a resume whose address (or a job's place) lies in it
    covers the row, quoting that line; elsewhere it is a condition to confirm, no must-have missed."""
    posting = parse_posting("# Mortgage Loan Officer\nRequirements\n- Pennsylvania residency\n"
                            "- Experience in mortgage lending\n", "mlo")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text(f"{header}\n\nLoan Officer, Citizens Bank, 2019 - Present\n"
                              "- Originated residential mortgage loans\n", "r")
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert row.kind == "condition"
    assert (row.status == "covered") is covered
    assert (row.evidence == header) is covered


@pytest.mark.parametrize("header, covered, check", [
    ("Macon, Georgia 31201 | 478-555-0100", True, "met"),
    ("Toledo, Ohio 43604 | 419-555-0100", False, "blocked"),
    ("jl@example.com", False, "unknown"),
])
def test_a_list_of_states_to_live_in_is_read_against_the_resumes_address(seed_index, header, covered, check):
    """"Must live in one of these states: ..." rules out a resume whose address is elsewhere (the Ohio resume had
    been eligible and first) and is met by one in a state of the list, its row reading the same."""
    posting = parse_posting("Customer Service Representative (Remote)\nHomeShield Warranty\n\nWhat you'll need\n"
                            "- Must live in one of these states: Florida, Georgia, North Carolina, Tennessee, Texas\n"
                            "- 1+ year of customer service experience\n", "cs")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text(f"Jordan Lee\n{header}\n\nCustomer Service Representative, Verizon, 2019 - Present\n"
                              "- Answered customer calls and chats\n", "r")
    match = catalog.rank(resume)[0]
    row = next(r for r in match.explanation.requirements if r.text.startswith("Must live"))
    assert row.kind == "condition" and (row.status == "covered") is covered
    assert row.status == "missing" if check == "blocked" else True
    assert [c.status for c in match.eligibility.checks if c.kind == "residence"] == [check]
    assert (match.eligibility.status == "blocked") is (check == "blocked")


def test_swapped_people_get_the_same_scores(seed_index):
    """Two resumes that differ only in the person (name, gender, contact details)
    get identical rankings, scores and explanations."""
    from .test_resumes import BODY, PEOPLE, TODAY

    catalog = Catalog.from_index(seed_index)
    for a, b in [(0, 1), (2, 3), (4, 5), (6, 7)]:
        results = []
        for header, first, full in (PEOPLE[a], PEOPLE[b]):
            resume = resume_from_text(header + "\n" + BODY.format(first=first, full=full),
                                      "candidate", today=TODAY)
            results.append([m.to_dict() for m in catalog.rank(resume, top_k=None)])
        assert results[0] == results[1]


def test_top_k_is_the_head_of_the_full_ranking(seed_index):
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    from .helpers import RESUME_TEXT

    catalog = Catalog.from_index(seed_index)
    resume = resume_from_text(RESUME_TEXT)
    everything = [(m.posting.id, m.score) for m in catalog.rank(resume, top_k=None, explain=False)]
    for k in (1, 2, 4):
        assert [(m.posting.id, m.score) for m in catalog.rank(resume, top_k=k)] == everything[:k]


def test_one_of_several_skills_is_enough(seed_index):
    posting = parse_posting("# Backend Engineer\nRequirements\n"
                            "- Experience with relational databases (PostgreSQL, MySQL, Redis, etc.)\n"
                            "- Kubernetes, Nomad, etc.\n- Cloud experience with AWS or GCP\n", "either")
    catalog = _catalog(seed_index, [posting])
    e = catalog.rank(resume_from_text(RESUME_TEXT, "jordan"))[0].explanation
    # The resume names PostgreSQL, Kubernetes and AWS: nothing of these lists is missing.
    for name in ("MySQL", "Nomad", "GCP", "Redis"):
        assert not any(name in missing for missing in e.skills_missing)
    assert all(r.status == "covered" for r in e.requirements)
    # A list none of whose members the resume names is missing as one choice.
    cobol = _catalog(seed_index, [parse_posting("# Mainframe\nRequirements\n- COBOL or Fortran\n", "c")])
    missing = cobol.rank(resume_from_text(RESUME_TEXT, "jordan"))[0].explanation.skills_missing
    assert any(" or " in m and "COBOL" in m for m in missing)


def test_a_requirement_is_covered_only_when_every_skill_it_asks_is_named(seed_index):
    posting = parse_posting("# ICU Nurse\nRequirements\n- BLS, ACLS and PALS required.\n"
                            "- Experience with QuickBooks, Acumatica or Xero.\n"
                            "- Master's degree in Statistics, Computer Science, or a related field.\n", "rn")
    catalog = _catalog(seed_index, [posting])
    e = catalog.rank(resume_from_text("Certifications\nBLS and ACLS (AHA), current.\n"
                                      "Kept the books in Acumatica for a clinic.\n"
                                      "M.S. in Statistics, 2015.", "r"))[0].explanation
    certs, books, degree = e.requirements
    # Two of three named: partly, and the one not named is missing.
    assert certs.status == "partial" and certs.credit >= 0.65 and "PALS" in e.skills_missing
    # A name the taxonomy does not know, offered as one of the choices, is shown as written.
    assert books.status == "covered" and "Acumatica" in books.evidence
    assert not any("Xero" in m or "QuickBooks" in m for m in e.skills_missing + e.skills_nice_missing)
    # A degree's fields are a choice; a covered requirement lists nothing missing.
    assert degree.status == "covered" and not any("Computer science" in m for m in e.skills_missing)


def test_the_titles_of_jobs_held_show_their_work(seed_index):
    posting = parse_posting("# Site Reliability Engineer\nRequirements\n- 3+ years of DevOps experience.\n"
                            "- 5+ years of backend development experience.\n- Experience with Terraform.\n", "sre")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Experience\nDevOps Engineer, Kestrel Logistics, Jan 2016 - Jan 2020\n"
                              "Wrote Terraform modules for every service.\n"
                              "Senior Backend Engineer, Acme, Feb 2020 - Jan 2026\n", "r",
                              today=datetime.date(2026, 6, 1))
    assert {"DevOps", "Back-end development"} <= {m.name for m in resume.skills}
    assert all(resume.text[m.start:m.end] == m.surface for m in resume.skills)
    e = catalog.rank(resume)[0].explanation
    assert [r.status for r in e.requirements] == ["covered"] * 3
    assert e.skills_missing == []


def test_years_asked_are_covered_only_by_roles_that_reach_them(seed_index):
    posting = parse_posting("# Software Engineer\nRequirements\n"
                            "- 5+ years of professional software engineering experience.\n"
                            "- 4+ years of Python.\n", "swe")
    catalog = _catalog(seed_index, [posting])

    def statuses(text):
        resume = resume_from_text(text, "r", today=datetime.date(2026, 6, 1))
        return [r.status for r in catalog.rank(resume)[0].explanation.requirements]
    # A degree line names the field and a line names Python: the work, not the years.
    assert statuses("Education\nB.S. Software Engineering, Oregon State University, 2019\n"
                    "Experience\nPharmacy Clerk, Rite Aid, Jan 2024 - Jan 2026\n"
                    "Wrote Python scripts for the inventory.\n") == ["partial", "partial"]
    # Roles like the job that reach the years show both.
    assert statuses("Experience\nSoftware Engineer, Acme, Jan 2019 - Jan 2026\n"
                    "Built Python services for billing.\n") == ["covered", "covered"]


def test_years_asked_with_a_skill_are_quoted_from_the_roles_that_hold_them(seed_index):
    """"5+ years of commercial HVAC": a role line that names HVAC is quoted before a
    certificate's line that names it too; when no role line names it, the longest role
    that holds the years is quoted, the line that names the work beside it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Service Technician\nRequirements\n- 5+ years of commercial HVAC experience\n", "hvac")])

    def requirement(text):
        resume = resume_from_text(text, "r", today=datetime.date(2026, 6, 1))
        return catalog.rank(resume)[0].explanation.requirements[0]
    named = requirement("Experience\nService Technician, HVAC Pros, Jan 2016 - Jan 2026\nRepaired rooftop units.\n"
                        "Education\nCertificate in HVAC repair, East Valley Institute, 2015\n")
    assert named.status == "covered" and named.evidence.startswith("Service Technician, HVAC Pros")
    unnamed = requirement("Experience\nService Technician, Desert Air, Jan 2016 - Jan 2026\nRepaired rooftop units.\n"
                          "Education\nCertificate in HVAC repair, East Valley Institute, 2015\n")
    assert unnamed.status == "covered" and unnamed.evidence == "Service Technician, Desert Air, Jan 2016 - Jan 2026"
    assert unnamed.evidence_more == ["Certificate in HVAC repair, East Valley Institute, 2015"]


def test_years_held_by_several_roles_quote_the_longest_first(seed_index):
    """"5+ years commercial P&C underwriting" reached by an underwriter's two roles was quoted by the 1.1-year
    "Underwriting Trainee / Associate Underwriter" alone, the line that names underwriting; the longest role is
    quoted now, the other beside it (walk-through 44 B)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Senior Commercial Underwriter\nRequirements\n- 5+ years commercial P&C underwriting\n", "uw")])
    text = ("Experience\nCommercial Lines Underwriter II, Acme Insurance, 2021 - 2026\n"
            "- Write referral memos to the regional underwriting manager\n"
            "Underwriting Trainee / Associate Underwriter, Acme Insurance, 2020 - 2021\n"
            "- Completed 12-month underwriting development program\n")
    r = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert (r.status, r.evidence) == ("covered", "Commercial Lines Underwriter II, Acme Insurance, 2021 - 2026")
    assert r.evidence_more == ["Underwriting Trainee / Associate Underwriter, Acme Insurance, 2020 - 2021"]


def test_a_line_stating_years_of_other_work_shows_none_of_a_years_ask(fake_embedder):
    """An underwriter's summary "Commercial lines underwriter with 4 years of underwriting experience" shares
    only the years' words with "1+ year of real estate sales, leasing or mortgage experience", and its vector is
    like any years ask's: with the bundled model it showed that ask partly (0.40), and "1-3 years of actuarial
    experience", "2+ years in banking ..." alike; it shows none now (walk-through 44 B). A line stating years of
    the work asked, or naming a skill it asks, is no such line, nor a role's own line."""
    from matcher.ranking.checklist import _years_of_other_work
    text = ("Summary\nCommercial lines underwriter with 4 years of underwriting experience.\n"
            "Leasing agent with 2 years of apartment leasing experience.\n"
            "Experience\nClaims Adjuster, Acme Insurance, 2016 - 2019\n")
    features = _features(text, fake_embedder)
    sentences = features.resume.sentences
    asked = "1+ year of real estate sales, leasing or mortgage experience"
    other = _years_of_other_work(asked, (), np.zeros((0, len(sentences))), features, [])
    assert [sentences[k] for k in other] == ["Commercial lines underwriter with 4 years of underwriting experience."]
    other = _years_of_other_work("3+ years of underwriting experience", (), np.zeros((0, len(sentences))), features, [])
    assert [sentences[k] for k in other] == ["Leasing agent with 2 years of apartment leasing experience."]
    # years in words: a content writer's "six years of experience writing and editing blog posts" showed "3+ years
    # of experience as a news photographer" partly (0.40)
    features = _features("Summary\nContent writer and copy editor with six years of experience writing and editing "
                         "blog posts.\n", fake_embedder)
    sentences = features.resume.sentences
    other = _years_of_other_work("3+ years of experience as a news photographer", (),
                                 np.zeros((0, len(sentences))), features, [])
    assert [sentences[k] for k in other] == sentences[-1:]


def test_the_line_of_a_role_of_other_work_shows_none_of_a_years_ask(fake_embedder):
    """A security guard's "Security Officer — Allied Guard Services — Jan 2021 to Present" showed "2+ years of
    experience as a sworn law enforcement officer" partly (0.40) by its words, with 0.0 years in roles doing that
    work: the line of a role not among those doing the work holds years of another's; a role's line naming a
    skill the ask names is no such line."""
    from matcher.ranking.checklist import _roles_of_other_work
    text = ("Experience\nSecurity Officer — Allied Guard Services — Jan 2021 to Present\n"
            "- Patrol a hospital campus, write incident reports\n"
            "Loss Prevention Associate — Target — 2018 - 2020\n- Camera surveillance\n")
    features = _features(text, fake_embedder)
    sentences = features.resume.sentences
    titles = [int(k) for k in features.role_lines]
    other = _roles_of_other_work((), np.zeros((0, len(sentences))), features, [])
    assert [sentences[k] for k in other] == [sentences[k] for k in sorted(titles)]
    assert _roles_of_other_work((), np.zeros((0, len(sentences))), features, titles[:1]) == sorted(titles[1:])
    shows = np.zeros((1, len(sentences)))
    shows[0, titles[0]] = 1.0
    assert _roles_of_other_work((("Security",),), shows, features, []) == sorted(titles[1:])


def test_a_line_stating_years_of_a_verbs_work_names_what_it_is_done_to(fake_embedder):
    """"2 years of experience coordinating training programs": a "Marketing coordinator with 4 years of experience
    in campaigns" shares only the verb's word, coordinating no training (it showed the ask partly, 0.40); a
    training coordinator's summary is no other work."""
    from matcher.ranking.checklist import _years_of_other_work
    text = ("Summary\nMarketing coordinator with 4 years of experience in campaigns and events.\n"
            "Training coordinator with 5 years of experience organizing employee training.\n")
    features = _features(text, fake_embedder)
    sentences = features.resume.sentences
    other = _years_of_other_work("2 years of experience coordinating training programs", (),
                                 np.zeros((0, len(sentences))), features, [])
    assert [sentences[k] for k in other] == sentences[-2:-1]


def test_a_line_stating_years_of_other_work_shares_no_word_of_the_work_asked(fake_embedder):
    """"5+ years of professional software engineering experience, with a strong track record operating
    backend services" shared "record" with a truck driver's "Truck driver with 8 years of over-the-road and
    regional experience and a clean driving record.", which showed it partly (0.40): the kinds of work the
    years are of (software engineering) are the words a line must share, not what qualifies them. A line
    stating years of that work (its letters spelled out: "HR" of "HR generalist") is no such line, and an ask
    naming no work ("5+ years of professional experience") asks the job's own, its title's: a software
    engineer's for a "Software Engineer" (it was that by chance: "5+" was read as the work, and "5 years of
    professional experience" capped no line), a truck driver's for a "Delivery Driver"."""
    from matcher.ranking.checklist import _years_of_other_work
    text = ("Summary\nTruck driver with 8 years of over-the-road and regional experience and a clean driving record.\n"
            "Software engineer with 6 years of experience.\nHR coordinator with 3 years of experience.\n")
    features = _features(text, fake_embedder)
    sentences = features.resume.sentences
    none = np.zeros((0, len(sentences)))
    asked = ("5+ years of professional software engineering experience, with a strong track record operating "
             "backend services.")
    assert [sentences[k] for k in _years_of_other_work(asked, (), none, features, [])] == [
        sentences[0], "HR coordinator with 3 years of experience."]
    assert sentences[0].startswith("Truck driver")
    hr = [sentences[k] for k in _years_of_other_work("3+ years of HR generalist experience", (), none, features, [])]
    assert "HR coordinator with 3 years of experience." not in hr and sentences[0] in hr
    general = "5+ years of professional experience"
    assert _years_of_other_work(general, (), none, features, []) == []
    for ask in (general, "5 years of professional experience", "3+ years of relevant experience"):
        assert [sentences[k] for k in _years_of_other_work(ask, (), none, features, [], "Senior Software Engineer")
                ] == [sentences[0], "HR coordinator with 3 years of experience."]
    assert sentences[0] not in [sentences[k] for k in _years_of_other_work(
        general, (), none, features, [], "Delivery Driver - Home Daily")]
    # a title of no work ("Team Member - Part Time", "Crew Member") names none a line must share
    assert _years_of_other_work(general, (), none, features, [], "Team Member - Part Time") == []

    # how the work was held is no word of it: "Licensed journeyman electrician with 9 years in the trade" showed
    # "At least 3 years of licensed driving experience" partly (0.40) by "licensed" alone
    electrician = _features("Summary\nLicensed journeyman electrician with 9 years in the trade.\n", fake_embedder)
    assert _years_of_other_work("At least 3 years of licensed driving experience", (), np.zeros((0, 1)),
                                electrician, []) == [0]
    # months of other work alike: a warehouse associate's "Trained new hires as a Process Assistant for 6 months"
    # showed "At least 6 months of customer service or cashier experience" partly (0.40)
    trainer = _features("Experience\nTrained new hires as a Process Assistant for 6 months.\n", fake_embedder)
    assert _years_of_other_work("At least 6 months of customer service or cashier experience", (), np.zeros((0, 1)),
                                trainer, []) == [0]
    cashier = _features("Experience\nWorked the register as a cashier for 6 months.\n", fake_embedder)
    assert _years_of_other_work("At least 6 months of customer service or cashier experience", (), np.zeros((0, 1)),
                                cashier, []) == []
    dental = _features("Summary\nRegistered Dental Assistant with 5 years of chairside experience.\n", fake_embedder)
    assert _years_of_other_work("2+ years of experience as a Registered Nurse", (), np.zeros((0, 1)), dental, []) == [0]


def test_years_of_other_work_never_meet_the_years_a_posting_asks(seed_index):
    posting = parse_posting("# Software Engineer\nRequirements\n"
                            "- 5+ years of professional software engineering experience.\n", "swe")
    catalog = _catalog(seed_index, [posting])
    nurse = resume_from_text("Experience\nRegistered Nurse, Mercy Hospital, Jan 2014 - Jan 2026\n"
                             "Cared for ICU patients.\n", "rn", today=datetime.date(2026, 6, 1))
    years = [c for c in catalog.rank(nurse)[0].eligibility.checks if c.kind == "years"]
    assert [c.status for c in years] == ["unknown"] and "in roles like this one" in years[0].resume


def test_years_of_a_skill_come_from_roles_whose_own_lines_show_it(seed_index):
    """Years asked of a skill are those of the roles whose own lines (up to the next role or
    section heading) show it; a role whose title is like the posting's counts too, unless
    other roles' lines show the skill and its own do not: an Android developer's years are
    no "5+ years of iOS development", in the checklist and the knock-out alike, until its
    lines say it built iOS apps too.  A skills line under its own heading shows no role's work."""
    posting = parse_posting("# Senior iOS Engineer\nRequirements\n- 5+ years of iOS development experience\n", "ios")
    catalog = _catalog(seed_index, [posting])
    android = ("Experience\nAndroid Developer, Lyft, Jan 2016 - Jan 2026\nBuilt the driver app in Kotlin.\n"
               "iOS Developer, Lyft, Jan 2024 - Jan 2026\nBuilt the rider app in Swift.\n"
               "Skills\nKotlin, Swift, iOS, Android\n")
    match = catalog.rank(resume_from_text(android, "a", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    assert row.status == "partial"
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "unknown" and "2.1 in roles like this one" in years.resume
    ios = android.replace("Built the driver app in Kotlin.", "Built the driver app in Kotlin and the iOS app in Swift.")
    match = catalog.rank(resume_from_text(ios, "b", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    assert row.status == "covered"



def test_a_table_of_roles_gives_each_role_the_block_its_firm_opens(seed_index):
    """Roles written as a table (title | firm | dates, one row each) with each role's bullets in a block
    under its firm's name: each block is its role's own lines.  They were the last row's (every bullet
    under the table read as the oldest role's work): "4+ years of experience with Kubernetes" found 1.0
    year (the help desk's) for 6.8 at the firm whose block runs Kubernetes."""
    posting = parse_posting("# Platform Engineer\nRequirements\n- 4+ years of experience with Kubernetes\n"
                            "- 3+ years of Linux administration\n", "pe")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text(
        "Experience\nTitle | Company | Dates\nSenior SRE | Corvane Logistics | Mar 2020 - Present\n"
        "Systems Administrator | Halden Health | 06/2016 - 02/2020\nIT Support Technician | Brightline | 2015 - 2016\n"
        "\nCorvane Logistics\n- Run 14 production Kubernetes clusters.\n- Wrote Terraform modules.\n"
        "\nHalden Health\n- Managed 400 Linux hosts across three data centers.\n"
        "\nBrightline\n- Reset passwords and imaged laptops.\n"
        "\nEducation\nB.S. Information Systems, 2013\n", "t", today=datetime.date(2027, 1, 1))
    match = catalog.rank(resume)[0]
    assert [r.status for r in match.explanation.requirements] == ["covered", "covered"]
    years = [c.resume for c in match.eligibility.checks if c.kind == "years"]
    assert "6.8 in roles like this one" in years[0] and "3.7 in roles like this one" in years[1]
    features = ResumeFeatures.build(resume, seed_index.embedder)
    assert [features.resume.sentences[a:b] for a, b in features.own_lines()] == [
        ["Run 14 production Kubernetes clusters.", "Wrote Terraform modules."],
        ["Managed 400 Linux hosts across three data centers."], ["Reset passwords and imaged laptops."]]
    # roles one under another with no blocks under them keep the lines under the last
    listed = resume_from_text("Experience\nCashier | Kroger | 2019 - 2021\nStocker | Walmart | 2017 - 2019\n"
                              "Ran the register and stocked shelves.\n", "l", today=datetime.date(2027, 1, 1))
    features = ResumeFeatures.build(listed, seed_index.embedder)
    assert features.table_blocks() == {}


def test_years_of_a_skill_or_a_practice_count_the_roles_doing_either(seed_index):
    """"5+ years in data engineering or backend software engineering" offers a practice beside the
    skill: a software engineer's years whose lines built Flask APIs count with the data engineer's
    (they did not: the data engineering lines alone narrowed the roles, 4.8 of 5 years, partly
    covered); a PHP page maintainer's years, whose lines show neither, do not."""
    posting = parse_posting("# Senior Data Engineer\nRequirements\n"
                            "- 5+ years of experience in data engineering or backend software engineering\n", "de")
    catalog = _catalog(seed_index, [posting])
    resume = ("Experience\nData Engineer, Northwind, March 2022 - Present\n"
              "Built batch pipelines in Apache Spark and Airflow loading data into Snowflake.\n"
              "Software Engineer, Bluebird Health, June 2019 - February 2022\n"
              "Built REST APIs in Python and Flask backed by PostgreSQL.\n"
              "Junior Developer, Pixel Forge, July 2018 - May 2019\nMaintained PHP pages for client websites.\n")
    match = catalog.rank(resume_from_text(resume, "a", today=datetime.date(2026, 12, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "met" and "7.5 in roles like this one" in years.resume
    # beside a kind of work ("software engineering"), the skill narrows nothing: a software engineer's years count
    posting = parse_posting("# Machine Learning Engineer\nRequirements\n"
                            "- 5+ years of experience in software engineering or data science\n", "mle")
    resume = ("Experience\nData Scientist, Acme Retail, January 2024 - Present\n"
              "Built churn models in Python and scikit-learn.\n"
              "Software Engineer, Globex, January 2020 - December 2023\nBuilt the order service in Java.\n")
    match = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "b", today=datetime.date(2026, 12, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"

@pytest.mark.parametrize("line, entry", [
    ("Data Analytics Capstone - Twin Cities Data Bootcamp (2025)", True),
    ("Capstone Project: Readmissions dashboard in Tableau (Spring 2025)", True),
    ("Personal Project: Budget tracker in Python", True),
    ("Google Data Analytics Bootcamp, 2024", True),
    ("Senior Thesis - Urban Heat Islands (2019)", True),
    ("Relevant Coursework: Statistics, SQL, Data Visualization", True),
    ("MinneHacks Hackathon 2023 - 2nd place", True),
    ("Key Project: migrated 40 servers to Azure", False),            # the job's own project
    ("Completed a data analytics bootcamp in 2025", False),          # a line of the role, no entry of its own
    ("Capstone Logistics, Atlanta, GA", False),                      # a company named Capstone
    ("Managed 15 construction projects", False),
    ("Project Manager - Acme Builders (2019 - 2022)", False),
])
def test_a_project_or_course_entry_is_told_by_its_opening_words(line, entry):
    assert bool(PROJECT_ENTRY.match(line)) is entry


def test_a_project_or_course_below_a_role_lends_it_no_years(seed_index):
    """A capstone or a course listed under a role's lines is an entry of its own: its lines
    ("Wrote SQL queries on a public CMS data set") show the work of the course, not of the job
    above it, so a nurse's 8.9 years are no "3+ years of experience in data analysis" (they
    were, in the knock-out and the checklist, quoting the nurse's line); the job's own project
    stays its ("Key Project: ..." under a data analyst's role)."""
    posting = parse_posting("# Healthcare Data Analyst\nRequirements\n"
                            "- 3+ years of experience in data analysis, ideally in healthcare\n", "hda")
    catalog = _catalog(seed_index, [posting])
    nurse = ("Experience\nRegistered Nurse, Medical-Surgical Unit - Regions Hospital, St. Paul, MN (2018 - Present)\n"
             "- Provide care for 5 patients a shift\n\n"
             "Data Analytics Capstone - Twin Cities Data Bootcamp (2025)\n"
             "- Wrote SQL queries on a public CMS data set\n")
    match = catalog.rank(resume_from_text(nurse, "a", today=datetime.date(2026, 12, 1)))[0]
    row = match.explanation.requirements[0]
    assert row.status != "covered" and "Registered Nurse" not in (row.evidence or "")
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status != "met" and "0.0 in roles like this one" in years.resume
    analyst = ("Experience\nReporting Specialist, Regions Hospital, St. Paul, MN (2018 - Present)\n"
               "- Key Project: data analysis of 30-day readmissions in SQL for the quality council\n")
    match = catalog.rank(resume_from_text(analyst, "b", today=datetime.date(2026, 12, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "met"


def test_a_market_sold_into_is_no_specialty_each_roles_lines_must_show(seed_index):
    """"3+ years of B2B SaaS closing experience as an Account Executive": SaaS is the market
    sold into, an industry as FinTech is, which the titles say: the latest AE role counts though
    only the earlier one's lines name SaaS (its 1.5 years alone left the ask unmet)."""
    posting = parse_posting("# Account Executive\nRequirements\n"
                            "- 3+ years of B2B SaaS closing experience as an Account Executive\n", "ae")
    catalog = _catalog(seed_index, [posting])
    text = ("Account Executive with 5 years of B2B SaaS sales\n\nExperience\n"
            "Account Executive, Bill.com, Jan 2021 - Jan 2026\nClosed $1.4M new ARR with CFOs.\n"
            "Account Executive, Paylocity, Jul 2019 - Dec 2020\nSold HR and payroll SaaS.\n")
    match = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "met" and "6.6 in roles like Account Executive" in years.resume


@pytest.mark.parametrize("names, specific", [
    (["SaaS", "B2B"], []), (["FinTech"], []),             # markets and industries: the titles say them
    (["iOS", "SaaS"], ["iOS"]), (["Python"], ["Python"]),  # tools and specialties: the roles' lines do
])
def test_work_skills_are_tools_and_specialties(names, specific):
    assert work_skills(names) == specific


def test_a_credential_in_a_years_ask_says_who_not_which_work(seed_index):
    """"2+ years of ICU experience as an RN": the years are those of the roles whose lines show
    critical care; the RN licence a telemetry nurse's lines name shows none of them."""
    posting = parse_posting("# ICU Registered Nurse\nRequirements\n"
                            "- Minimum of 2 years of recent ICU experience as an RN\n", "icu")
    catalog = _catalog(seed_index, [posting])
    tele = ("Experience\nRegistered Nurse - Telemetry Unit, Mercy, Jan 2018 - Jan 2026\n"
            "Cared for 5 cardiac patients per shift as an RN.\nLicenses\nRN license, Ohio\n")
    match = catalog.rank(resume_from_text(tele, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status != "covered"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["unknown"]


def test_years_asked_in_a_named_role_are_those_of_roles_like_it(seed_index):
    """"2-4 years in an HVAC technician role": a maintenance welder's years are like the
    posting's title (Building Maintenance Technician), not like the role the ask names, in the
    checklist and the knock-out alike; an HVAC technician's are."""
    posting = parse_posting("# Building Maintenance Technician\nRequirements\n"
                            "- 2-4 years in an HVAC technician role\n", "maint")
    catalog = _catalog(seed_index, [posting])
    welder = "Experience\nBuilding Maintenance Welder, Shell, Jan 2016 - Jan 2026\nRepaired process piping.\n"
    match = catalog.rank(resume_from_text(welder, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status != "covered"
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "unknown" and years.resume.endswith(", 0.0 in roles like HVAC technician")
    hvac = welder.replace("Building Maintenance Welder", "HVAC Technician")
    match = catalog.rank(resume_from_text(hvac, "b", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["met"]


def test_each_role_stands_in_the_line_over_its_own_dates(fake_embedder):
    """Three roles of one title, each over its firm and dates, below a licence line that names
    the title and a date too: each role stands in its own header line, not the licence's, so
    the lines under it are its own."""
    text = ("Licenses\nRegistered Nurse, State of Ohio, active through 08/2027\nCCRN (Adult), AACN\n"
            "Experience\nRegistered Nurse, Medical/Surgical ICU\nRiverside Methodist | Jun 2021 - Present\n"
            "- Titrate vasoactive drips for ventilated ICU patients\n"
            "Registered Nurse, Cardiovascular ICU\nMount Carmel East | Jul 2020 - May 2021\n"
            "- Recovered open-heart patients\n"
            "Registered Nurse, Medical-Surgical Unit\nMount Carmel East | Aug 2018 - Jun 2020\n- Post-operative care\n")
    features = ResumeFeatures.build(resume_from_text(text, "r", today=datetime.date(2026, 11, 30)), fake_embedder)
    sentences = features.resume.sentences
    assert [sentences[i] for i in features.role_lines] == [
        "Registered Nurse, Medical/Surgical ICU", "Registered Nurse, Cardiovascular ICU",
        "Registered Nurse, Medical-Surgical Unit"]


def test_a_role_over_its_dates_line_stands_in_its_own_line_not_a_dated_licence_naming_its_title(fake_embedder):
    """"Radiologic Technologist - OSF ..." over "March 2021 - Present" (a line of dates alone is
    no sentence): the role stands there, not in the accreditation above that names the title
    and a year."""
    text = ("Licenses & Certs\nIEMA Radiologic Technologist accreditation, active through 2026\n"
            "Experience\nRadiologic Technologist - OSF Saint Francis Medical Center, Peoria, IL\n"
            "March 2021 - Present\n- Perform 40+ diagnostic x-ray exams per shift\n")
    features = ResumeFeatures.build(resume_from_text(text, "r", today=datetime.date(2026, 11, 30)), fake_embedder)
    sentences = features.resume.sentences
    assert [sentences[i] for i in features.role_lines] == [
        "Radiologic Technologist - OSF Saint Francis Medical Center, Peoria, IL"]


def test_a_role_stands_in_its_own_line_not_a_licence_of_its_title_issued_the_year_it_began(fake_embedder):
    """An electrician's "Journeyman Electrician, Miller Electric Co." over "June 2017 to Present" stood in
    "Ohio Journeyman Electrician License (2017)", the licence issued the year the role began, which then was
    quoted for "4+ years of commercial electrical experience": the line whose year opens a range of dates
    comes first, however near the other's year."""
    text = ("Licenses & Certs\nOhio Journeyman Electrician License (2017)\nOSHA 30-Hour Construction\n"
            "Work Experience\nJourneyman Electrician, Miller Electric Co. - Columbus, OH\nJune 2017 to Present\n"
            "- Install and terminate conduit for commercial buildings\n"
            "Electrical Apprentice (IBEW Local 683), various contractors\nAugust 2013 to June 2017\n- Pulled wire\n")
    features = ResumeFeatures.build(resume_from_text(text, "r", today=datetime.date(2026, 11, 30)), fake_embedder)
    sentences = features.resume.sentences
    assert [sentences[i] for i in features.role_lines] == [
        "Journeyman Electrician, Miller Electric Co. - Columbus, OH",
        "Electrical Apprentice (IBEW Local 683), various contractors"]


def test_a_role_stands_in_no_line_of_the_education_section_that_names_its_start(fake_embedder):
    """A teacher "since 2016", titled by the sentence's verb, stood in the degree's "M.Ed., Ohio University, 2016 -
    2018" above it, the first dated line naming that year, so the lines under the degree were the role's own: a
    line of the education section dates no job."""
    text = ("Education\nM.Ed., Ohio University, 2016 - 2018\nStudent teaching, Athens Middle School\n"
            "Experience\nI have taught fourth grade at Lincoln Elementary since 2016.\n")
    features = ResumeFeatures.build(resume_from_text(text, "r", today=datetime.date(2026, 11, 30)), fake_embedder)
    sentences = features.resume.sentences
    assert [sentences[i] for i in features.role_lines] == [
        "I have taught fourth grade at Lincoln Elementary since 2016."]


def test_years_asked_under_a_credential_are_of_roles_held_under_it(seed_index):
    """"1+ year of experience as an LPN": a nursing assistant's years are none (no LPN licence,
    no LPN title), however like the posting's title; an LPN's are, and her years as a nursing
    assistant before are not."""
    posting = parse_posting("# Nurse (LPN) - Long-Term Care\nRequirements\n"
                            "- Must have 1+ year of experience as an LPN in long-term care\n", "lpn")
    catalog = _catalog(seed_index, [posting])
    aide = ("Experience\nState Tested Nursing Assistant, Sunrise Care, Jan 2020 - Jan 2026\nADLs and vitals.\n"
            "Certifications\nSTNA, Ohio Nurse Aide Registry\n")
    match = catalog.rank(resume_from_text(aide, "a", today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == "unknown" and years.resume.endswith("0.0 in roles like LPN")
    lpn = ("Experience\nCharge Nurse, Sunrise Care, Jan 2024 - Jan 2026\nMed passes for 30 residents.\n"
           "State Tested Nursing Assistant, Sunrise Care, Jan 2020 - Dec 2023\nADLs and vitals.\n"
           "Licenses\nLPN, Ohio Board of Nursing, active\n")
    features = ResumeFeatures.build(resume_from_text(lpn, "b", today=datetime.date(2026, 6, 1)), catalog.embedder)
    assert features.credential_roles(posting.requirements[0].text).tolist() == [True, False]


@pytest.mark.parametrize("ask, titles, expected", [
    ("- 2+ years of experience as a licensed pharmacist\n", ("Staff Pharmacist", "Pharmacy Technician"),
     [True, False]),
    ("- 2+ years of experience as a Registered Pharmacist\n", ("Pharmacist", "Pharmacy Intern"), [True, False]),
    ("- 2+ years as a Registered Nurse in acute care\n", ("ICU Staff Nurse", "Nurse Aide"), [True, False]),
    ("- 1+ year of experience as a Licensed Practical Nurse\n", ("Practical Nurse", "Nursing Assistant"),
     [True, False]),
])
def test_licensed_before_a_role_asked_leaves_the_roles_title_its_own(seed_index, ask, titles, expected):
    """"as a licensed pharmacist": a role titled by the work the credential names ("Staff
    Pharmacist") counts, though the resume writes its licence in words the reader does not
    take for the credential ("Ohio Pharmacist License"); a junior's title (technician, intern,
    aide, assistant) still does not."""
    posting = parse_posting(f"# Staff Role\nRequirements\n{ask}", "p")
    catalog = _catalog(seed_index, [posting])
    text = (f"Experience\n{titles[0]}, Acme, Jan 2020 - Jan 2026\nDaily work.\n"
            f"{titles[1]}, Acme, Jan 2017 - Dec 2019\nDaily work.\nLicenses\nOhio License #03-1234, active\n")
    features = ResumeFeatures.build(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)), catalog.embedder)
    assert features.role_titles == titles
    assert features.credential_roles(posting.requirements[0].text).tolist() == expected


def test_lines_that_each_show_a_skill_never_lift_years_not_reached(seed_index):
    """"1-3 years of audit experience in public accounting": a four-month audit internship's
    line shows auditing, its firm's line public accounting; together they show both skills, but
    not the year asked: partly covered, as the knock-out beside it is to check."""
    posting = parse_posting("# Staff Auditor\nRequirements\n- 1-3 years of audit experience in public accounting.\n",
                            "aud")
    catalog = _catalog(seed_index, [posting])
    text = ("Experience\nAudit Intern\nMiller Cooper & Co. (public accounting), Deerfield, IL\n"
            "January 2022 – April 2022\n- Tested cash for a financial statement audit\n")
    match = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "partial"


def test_a_skill_only_studied_shows_no_role_did_it(seed_index):
    """A dental assistant "now in the second year of a dental hygiene program" has no years of
    clinical dental hygiene: the line says it is being studied, so her assistant roles, whose
    own lines do not show it, are no hygiene work, however like the posting's title; a
    hygienist's role is, where only a degree names the work."""
    posting = parse_posting("# Dental Team Assistant\nRequirements\n"
                            "- Minimum 2 years of clinical dental hygiene experience\n", "rdh")
    catalog = _catalog(seed_index, [posting])
    text = ("Summary\nDental assistant, now in the second year of a dental hygiene program.\n"
            "Experience\nDental Team Assistant, Cherry Creek Dental, Jan 2019 - Jan 2026\nTook radiographs.\n")
    match = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status != "covered"
    graduate = text.replace("now in the second year of a dental hygiene program", "A.S. Dental Hygiene, 2018") \
        .replace("Dental Team Assistant, Cherry", "Dental Hygienist, Cherry").replace("Took radiographs.",
                                                                               "Dental hygiene cleanings.")
    match = catalog.rank(resume_from_text(graduate, "b", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"


def test_a_course_still_under_way_is_no_evidence_of_years_of_work(seed_index):
    """A teacher's "HR Management Certificate (in progress)" says HR words, yet shows no year of
    HR generalist work, not even partly; finished, the certificate shows the field, partly."""
    posting = parse_posting("# HR Generalist\nRequirements\n- 3+ years of HR generalist experience\n", "hr")
    catalog = _catalog(seed_index, [posting])
    text = ("Experience\n7th Grade Social Studies Teacher, Chicago Public Schools, Aug 2016 - Present\n"
            "- Taught history to 120 students\nEducation\n"
            "HR Generalist Management Certificate (in progress), Coursera\n")
    [row] = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert (row.status, row.evidence) == ("missing", None)
    done = text.replace(" (in progress)", ", 2025")
    [row] = catalog.rank(resume_from_text(done, "b", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert (row.status, row.evidence) == ("partial", "HR Generalist Management Certificate, 2025, Coursera")


@pytest.mark.parametrize("line, only", [
    ("Completed barback training (Rio Grande Cantina, 2025)", True),
    ("Attended forklift training, 2024", True),
    ("Barback training course, Denver Bartending School", True),
    # work done beside it, and training given
    ("Completed barback training; cover the bar's ice, kegs and garnish prep on weekends", False),
    ("Trained 5 new barbacks on closing duties", False),
    ("Led onboarding training for new hires", False),
])
def test_a_line_of_training_had_alone(line, only):
    """A busser's "Completed barback training (Rio Grande Cantina, 2025)" covered "Barback experience required" (0.76,
    with the bundled model) by its words: a line saying only training had shows an ask of experience partly at most,
    unless the ask is of training or a credential; a line doing the work too reads as before (walk-through:
    office)."""
    from matcher.ranking.checklist import _training_only
    assert _training_only(line) is only


@pytest.mark.parametrize("ask, line", [
    ("Graduate of an AVMA-accredited veterinary technology program",
     "Veterinary Technology, A.A.S. (AVMA-accredited) - Community College of Denver - in progress, expected May 2027"),
    ("Completion of a state-approved CNA training program",
     "State-approved CNA training program, Red Cross - currently enrolled, completion March 2027"),
    ("Graduate of an ABA-approved paralegal program",
     "Paralegal Studies Certificate (ABA-approved), Anticipated graduation December 2026"),
    ("Successful completion of a registered dental assisting program",
     "Dental Assisting Program (registered), Pima Medical Institute - expected completion August 2026"),
    ("Must have completed an accredited diagnostic medical sonography program",
     "Diagnostic Medical Sonography program, accredited - in progress"),
])
def test_a_programme_still_under_way_shows_a_completion_asked_partly(seed_index, ask, line):
    """"Graduate of an ... accredited ... program" asks the programme finished: a line that
    says it is still under way ("in progress, expected May 2027") shows it partly, quoted with
    its date; finished, the same line covers it."""
    posting = parse_posting(f"# Technician\nRequirements\n- {ask}\n", "p")
    catalog = _catalog(seed_index, [posting])
    text = f"Experience\nKennel Attendant, Happy Paws, 2023 - Present\n- Fed and walked dogs\nEducation\n{line}\n"
    [row] = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert row.status == "partial" and row.evidence == line, row
    done = "Education\n" + line.split(" - ")[0].split(", Anticipated")[0] + ", graduated May 2025\n"
    [row] = catalog.rank(resume_from_text(done, "b", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert row.status == "covered", (done, row)


@pytest.mark.parametrize("bullet", [
    "Perform dental cleanings, dental radiographs and nerve blocks under DVM supervision",
    "Assisted hygienists with dental cleanings and charting",
])
def test_a_roles_work_is_no_programme_finished(seed_index, bullet):
    """A veterinary technician's bullet "Perform dental cleanings, ..." covered "Graduate of a CODA-accredited dental
    hygiene program" (1.0, by the dental hygiene it names): the work a role's lines say shows a programme finished
    partly at most; the school's line covers it."""
    posting = parse_posting("# Dental Hygienist\nRequirements\n- Graduate of a CODA-accredited dental hygiene "
                            "program\n", "p")
    catalog = _catalog(seed_index, [posting])
    text = f"Experience\nVeterinary Technician, Desert Paws Animal Hospital, 2021 - Present\n- {bullet}\n"
    [row] = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert row.status != "covered", row
    school = text + "Education\nB.S. Dental Hygiene, Oregon Institute of Technology, 2020\n"
    [row] = catalog.rank(resume_from_text(school, "b", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert row.status == "covered" and "Dental Hygiene" in row.evidence, row


@pytest.mark.parametrize("line", [
    "CNA with 3 years of patient care, now studying in an accredited medical assistant program.",
    "Patient care aide currently training in an accredited medical assistant program.",
    "Working toward my certificate in an accredited medical assistant program.",
])
def test_a_summary_that_says_the_programme_is_still_studied_shows_it_partly(seed_index, line):
    """A CNA's summary "..., now studying to become a medical assistant." covered "Graduate of an accredited
    medical assistant program" (0.69, score 44.8); studying said in words is under way too (partly 0.40, 43.9)."""
    posting = parse_posting("# Medical Assistant\nRequirements\n- Graduate of an accredited medical assistant "
                            "program\n", "p")
    catalog = _catalog(seed_index, [posting])
    text = f"Summary\n{line}\nExperience\nCNA, Cheyenne Mountain Rehab, 2022 - Present\n- Took vital signs\n"
    [row] = catalog.rank(resume_from_text(text, "a", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert row.status != "covered", row


@pytest.mark.parametrize("line, studying", [
    ("now studying to become a medical assistant", True),
    ("currently studying for the CPA exam", True),
    ("Working toward my A.S. degree in accounting", True),
    ("Currently attending Pikes Peak State College", True),
    ("Studied the effects of heat on concrete curing", False),
    ("Training new hires on the register", False),
    ("Working toward a goal of zero defects", False),
])
def test_studying_said_in_words(line, studying):
    from matcher.ranking.signals import STUDYING
    assert bool(STUDYING.search(line)) == studying


def test_a_lead_role_asked_as_a_part_of_the_years_is_that_part(seed_index):
    """"3+ years of warehouse experience, including at least 1 year in a lead or supervisory
    role": three years of warehouse work, one of them leading others; not three years of
    leading.  An associate who has led a shift for two of seven years meets it; one who has
    never led, not."""
    posting = parse_posting("# Warehouse Supervisor\nRequirements\n- 3+ years of warehouse experience, "
                            "including at least 1 year in a lead or supervisory role\n", "wh")
    catalog = _catalog(seed_index, [posting])
    lead = ("Experience\nWarehouse Shift Lead, Amazon, Jan 2024 - Jan 2026\nLed a team of 12 pickers.\n"
            "Warehouse Associate, FedEx, Jan 2019 - Dec 2023\nPicked and packed orders.\n")
    match = catalog.rank(resume_from_text(lead, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["met"]
    associate = lead.replace("Warehouse Shift Lead", "Warehouse Associate").replace("Led a team of 12", "Trained")
    match = catalog.rank(resume_from_text(associate, "b", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "partial"
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    # the years of the work are said beside the part that falls short (it read "0.0 in roles like this one" alone)
    assert years.status == "unknown" and years.resume.endswith("(7.1 of the work, 0.0 in a lead or supervisory role)")


def test_a_role_named_as_a_part_of_the_years_is_held_by_a_title_naming_it(fake_embedder):
    """"5+ years of progressive culinary leadership, including 2+ years as an Executive Chef or Chef de Cuisine": a
    sous chef of seven years holds none of the two years as either (met and covered 1.00 before, by roles like the
    posting's); a chef de cuisine's three years meet it."""
    from matcher.ranking.signals import part_years
    ask = "5+ years of progressive culinary leadership, including 2+ years as an Executive Chef or Chef de Cuisine"
    title = fake_embedder.embed(["Executive Chef"])[0]
    sous = "Experience\nSous Chef, Olamaie, Jan 2019 - Jan 2026\nLed a kitchen team of 14 cooks.\n"
    share, years, words = part_years(title, _features(sous, fake_embedder), ask)
    assert (share, years, words.strip()) == (0.0, 0.0, "as an Executive Chef or Chef de Cuisine")
    cuisine = "Experience\nChef de Cuisine, Uchi, Jan 2023 - Jan 2026\nRan the kitchen.\n" + sous.split("\n", 1)[1]
    assert part_years(title, _features(cuisine, fake_embedder), ask)[0] == 1.0


def test_a_second_figure_of_years_asks_its_own_skill(seed_index):
    """"5+ years of software engineering, 3+ in ML engineering": a backend engineer with ten
    years and no machine learning has the first, not the second: partly covered, and the
    years knock-out is to check; one whose roles show machine learning has both."""
    posting = parse_posting("# ML Engineer\nRequirements\n"
                            "- 5+ years of software engineering experience, 3+ in ML engineering\n", "ml")
    catalog = _catalog(seed_index, [posting])
    backend = ("Experience\nSoftware Engineer, Acme, Jan 2016 - Jan 2026\nBuilt Java services for billing.\n")
    match = catalog.rank(resume_from_text(backend, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "partial"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["unknown"]
    ml = backend.replace("Built Java services for billing.", "Built Java services and machine learning models.")
    match = catalog.rank(resume_from_text(ml, "b", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["met"]


def test_a_requirement_whose_skills_several_lines_show_quotes_each_line(seed_index):
    posting = parse_posting("# Staff Accountant\nRequirements\n"
                            "- Proficiency with QuickBooks or NetSuite and advanced Excel\n", "acct")
    catalog = _catalog(seed_index, [posting])

    def requirement(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    both = requirement("Experience\nBuilt variance models in Excel with pivot tables.\n"
                       "Moved the ledger from QuickBooks to NetSuite.")
    assert both.status == "covered" and both.credit == 1.0
    assert {both.evidence, *both.evidence_more} == {"Built variance models in Excel with pivot tables.",
                                                   "Moved the ledger from QuickBooks to NetSuite."}
    assert both.to_dict()["evidence_more"] == both.evidence_more and len(both.evidence_more) == 1
    # One line showing both needs no other; a resume showing one of the two is partly there.
    one_line = requirement("Experience\nKept the books in QuickBooks and Excel.")
    assert one_line.status == "covered" and one_line.evidence_more == []
    excel = requirement("Experience\nBuilt variance models in Excel with pivot tables.\nBaked bread.")
    assert excel.status != "covered" and excel.evidence_more == []


def test_a_skill_said_to_be_only_begun_is_partly_shown(seed_index):
    """"TypeScript (learning)" or "currently learning Go" shows a start, not the skill: partly
    covered at most, by the skill and by the line's words alike."""
    posting = parse_posting("# Frontend Engineer\nRequirements\n- Strong TypeScript\n", "fe")
    catalog = _catalog(seed_index, [posting])

    def requirement(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    for line in ("SKILLS: JavaScript, TypeScript (learning), React", "Currently learning TypeScript on weekends",
                 "TypeScript (basic)", "Currently learning Python and TypeScript to move into frontend work",
                 "Learning Go, Rust, TypeScript"):
        assert requirement(f"Experience\n{line}\n").status == "partial", line
    assert requirement("Experience\nBuilt the checkout in TypeScript and React.\n").status == "covered"


def test_headings_are_never_evidence(seed_index):
    posting = parse_posting("# Truck Driver\nRequirements\n- Valid Class A CDL\n- CPA license\n"
                            "- CCRN certification\n- Strong written and verbal communication skills\n", "d")
    catalog = _catalog(seed_index, [posting])
    resume = resume_from_text("Sam Driver\n\nLicenses and certifications\nForklift operator card\n\n"
                              "SKILLS\nCooking, gardening\n\nExperience\n"
                              "Cook, Diner, 2015 - 2020\nMade breakfast for 200 guests a day.", "sam")
    for r in catalog.rank(resume)[0].explanation.requirements:
        assert r.evidence not in ("Licenses and certifications", "SKILLS", "Experience")
    # ... nor a heading framed by marks
    framed = resume_from_text("Sam Driver\n\n== CERTIFICATIONS ==\nForklift operator card\n\n"
                              "--- EXPERIENCE ---\nCook, Diner, 2015 - 2020\nMade breakfast for 200 guests a day.",
                              "sam")
    assert not any("CERTIFICATIONS" in s or "EXPERIENCE" in s for s in framed.sentences)


def test_a_line_names_a_skill_as_a_word(fake_embedder):
    features = _features("Pat Doe\nGave ongoing support to good clients.\nWrote services in Go and C.",
                         fake_embedder)
    assert "Go" in features.skills
    assert features.skill_lines["Go"] == {1}  # not "ongoing", not "good"


def test_a_match_reads_the_postings_that_can_reach_its_top(seed_index, monkeypatch):
    """A posting's score is the same whichever others are read (its coverage and the cap
    included); with the coverage pool as large as the catalog the top k are the head of
    the full ranking, and with a smaller one fewer postings are read, every one shown among
    them."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: 50.0 + np.asarray(fused))
    catalog = Catalog.from_index(seed_index)
    resume = resume_from_text(RESUME_TEXT, "jordan")
    everything = [(m.posting.id, m.score) for m in catalog.rank(resume, top_k=None, explain=False)]
    assert any(score == CAPPED_SCORE for _, score in everything)  # some are capped
    score_of = dict(everything)
    read = []
    original = Catalog.read
    monkeypatch.setattr(Catalog, "read", lambda self, i, s: read.append(self.facts[i].id) or original(self, i, s))
    for k in (1, 2, 3):
        monkeypatch.setenv("MATCHER_COVERAGE_POOL", str(len(everything)))
        assert [(m.posting.id, m.score) for m in catalog.rank(resume, top_k=k, explain=False)] == everything[:k]
        monkeypatch.setenv("MATCHER_COVERAGE_POOL", "1")
        read.clear()
        top = catalog.rank(resume, top_k=k, explain=False)
        assert len(top) == k and all(m.score == score_of[m.posting.id] for m in top)
        assert {m.posting.id for m in top} <= set(read) and len(set(read)) < len(everything)


def test_a_degree_is_shown_by_the_resumes_degrees(seed_index):
    """A requirement that asks a degree is shown by the resume's degree line: covered in
    the field asked, partly in another field (beyond a family of fields, a "related field" is for a
    person to judge)
    or one level lower; never by a job title that shares its words."""
    posting = parse_posting("# HR Generalist\nRequirements\n- Bachelor's degree in Human Resources or related field\n",
                            "hr")
    catalog = _catalog(seed_index, [posting])

    def requirement(education):
        text = ("Experience\nHuman Resources Generalist, Desert Freight, Mar 2021 - Present\n"
                f"Ran recruiting for hourly staff.\nEducation\n{education}\n")
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    other = requirement("B.S. Business Administration, Arizona State University, 2018")
    assert (other.status, other.evidence) == ("partial", "B.S. Business Administration, Arizona State University, 2018")
    same = requirement("Bachelor of Arts in Human Resources, Arizona State University, 2018")
    assert (same.status, same.credit) == ("covered", 1.0)
    assert same.evidence == "Bachelor of Arts in Human Resources, Arizona State University, 2018"
    higher = requirement("Master of Science in Human Resource Management, 2020")
    assert higher.status == "covered"
    lower = requirement("High school diploma, Tempe High School, 2012")
    assert lower.status == "missing" and lower.evidence is None
    # a degree still to come is not yet held
    coming = requirement("B.A. Human Resources (in progress), expected June 2027")
    assert coming.status == "partial"


def test_a_degree_asked_with_years_beside_it_is_partly_shown_while_the_roles_fall_short(seed_index):
    """"BS with 3+ years or MS with 0-2 years of industry experience in analytical chemistry" was covered
    by a surveyor's "B.S. Geosciences" with no year of lab work: the degree shows its part, the years
    are still to show; roles that reach them leave it covered."""
    posting = parse_posting("# Research Associate, Analytical Development\nBasic Qualifications\n"
                            "- BS with 3+ years or MS with 0-2 years of industry experience in analytical chemistry\n",
                            "ra")
    catalog = _catalog(seed_index, [posting])

    def requirement(role):
        text = f"Experience\n{role}\nEducation\nB.S. Chemistry, Rutgers University, 2018\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    short = requirement("Survey Technician, Keller Land Surveying, Apr 2022 - Present\nRan GNSS receivers.")
    assert (short.status, short.credit) == ("partial", 0.4)
    assert short.evidence == "B.S. Chemistry, Rutgers University, 2018"
    held = requirement("Research Associate, Analytical Development, Acme Pharma, Jun 2018 - Present\n"
                       "Ran HPLC and GC analyses of raw materials.")
    assert held.status == "covered"


def test_a_related_field_of_the_same_family_covers_a_degree_asked(seed_index):
    """"Information Technology or related field": a B.S. Computer Science covers it, a B.A.
    History only partly (the knock-out's verdict reads the fields alike)."""
    posting = parse_posting("# Systems Administrator\nRequirements\n"
                            "- Bachelor's degree in Information Technology or related field\n", "sa")
    catalog = _catalog(seed_index, [posting])

    def requirement(education):
        text = ("Experience\nSystems Administrator, Leidos, Mar 2018 - Present\n"
                f"Administered Windows servers.\nEducation\n{education}\n")
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    cs = requirement("B.S. Computer Science, George Mason University, 2016")
    assert (cs.status, cs.credit) == ("covered", 1.0)
    history = requirement("B.A. History, George Mason University, 2016")
    assert history.status == "partial"


def test_a_postgraduate_certificate_asked_is_no_bachelors(seed_index):
    """"Postgraduate Certificate in Emergency Nursing": a graduate certificate in the field covers
    it (it was partly 0.40), a bachelor's in nursing shows it partly, a level below (it was covered
    1.00), a master's in nursing covers it; a bachelor's ask is met by a bachelor's as before."""
    posting = parse_posting("# Emergency Nurse\nRequirements\n- Postgraduate Certificate in Emergency Nursing\n"
                            "- Bachelor of Nursing\n", "en")
    catalog = _catalog(seed_index, [posting])

    def statuses(education):
        text = f"Experience\nEmergency Nurse, Sydney, 2021 - present\nEducation\n{education}\n"
        return [r.status for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    assert statuses("Bachelor of Nursing, 2020") == ["partial", "covered"]
    assert statuses("Bachelor of Science in Nursing, 2021") == ["partial", "covered"]
    assert statuses("Graduate Certificate in Emergency Nursing, 2024")[0] == "covered"
    assert statuses("Postgraduate Certificate in Emergency Nursing, University of Sydney")[0] == "covered"
    assert statuses("Master of Nursing (Emergency), 2022")[0] == "covered"


def test_an_arrt_category_is_shown_by_its_own_code(seed_index):
    """ARRT's categories are credentials of their own: "ARRT (R)" shows no "ARRT (CT)" nor "ARRT (MR)"
    (it covered "CT experience or ARRT (CT)" 1.00), "ARRT (CT)" or CT scans done cover the CT ask, and
    "ARRT (R)" still covers the radiography ask."""
    posting = parse_posting("# Radiologic Technologist\nRequirements\n- ARRT (R) certification required\n"
                            "- CT experience or ARRT (CT)\n- ARRT (MR) certification\n", "rt")
    catalog = _catalog(seed_index, [posting])

    def statuses(lines):
        text = f"Experience\nRadiologic Technologist, Mercy Hospital, 2019 - present\n{lines}\n"
        return [r.status for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    radiography, ct, mr = statuses("Certifications\nARRT (R), Texas MRT certificate, BLS")
    assert radiography == "covered" and ct != "covered" and mr != "covered"
    assert statuses("Certifications\nR.T.(R)(ARRT); ARRT (CT), 2022")[:2] == ["covered", "covered"]
    assert statuses("Performed CT scans and diagnostic x-ray\nCertifications\nARRT (R)")[1] == "covered"
    assert statuses("Certifications\nARRT (R), ARRT (MR)")[2] == "covered"


@pytest.mark.parametrize("line, shown", [
    ("ARRT (R)(CT), 2019", ["covered", "covered", "not"]),
    ("ARRT(R)(MR)", ["covered", "not", "covered"]),
    ("ARRT (R) (MR) - registered 2018", ["covered", "not", "covered"]),
    ("R.T.(R)(CT)(ARRT)", ["covered", "covered", "not"]),
    ("R.T.(R)(CT)(MR)(ARRT), #123456", ["covered", "covered", "covered"]),
    ("ARRT (R)", ["covered", "not", "not"]),
])
def test_each_arrt_category_written_together_is_shown(seed_index, line, shown):
    """"ARRT (R)(CT)" holds both categories, radiography and CT (it read as (R) alone), as "ARRT (R), ARRT (CT)"
    does; "ARRT (R)" alone still shows neither CT nor MR."""
    posting = parse_posting("# Radiologic Technologist\nRequirements\n- ARRT (R) certification required\n"
                            "- ARRT (CT) certification required\n- ARRT (MR) certification required\n", "rt")
    catalog = _catalog(seed_index, [posting])
    text = f"Experience\nRadiologic Technologist, Mercy Hospital, 2019 - present\nCertifications\n{line}\n"
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    assert [r.status if r.status == "covered" else "not" for r in rows] == shown, [(r.status, r.credit) for r in rows]


@pytest.mark.parametrize("line, row", [
    ("Advanced Life Support (ALS2), 2025", 0),
    ("ALS1 (Resuscitation Council UK), 2024", 0),
    ("ALS 2 certified (ARC), 2025", 0),
    ("BLS for Healthcare Providers (AHA), 2025", 1),
    ("EMT-P, Texas DSHS, 2022", 2),
    ("EMT-B (NREMT), 2023", 2),
])
def test_a_level_of_a_credential_covers_the_credentials_row(seed_index, line, row):
    """A credential written with its level or its course's audience ("ALS2", "EMT-P", "BLS for Healthcare
    Providers") is that credential: "Advanced Life Support (ALS2), 2025" was partial 0.71 on "Advanced Life
    Support (ALS) or willingness to obtain"."""
    posting = parse_posting("# Emergency Nurse\nRequirements\n- Advanced Life Support (ALS) or willingness to obtain\n"
                            "- Current BLS certification\n- EMT certification required\n", "er")
    catalog = _catalog(seed_index, [posting])
    text = f"Experience\nEmergency Nurse, Mercy Hospital, 2019 - present\nCertifications\n{line}\n"
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    assert rows[row].status == "covered", [(r.status, r.credit) for r in rows]


def test_als_the_disease_is_no_advanced_life_support(seed_index):
    posting = parse_posting("# Emergency Nurse\nRequirements\n- Advanced Life Support (ALS) certification required\n",
                            "er")
    catalog = _catalog(seed_index, [posting])
    text = ("Experience\nNeurology Nurse, Mercy Hospital, 2019 - present\n"
            "- Cared for patients with ALS and multiple sclerosis\n")
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    assert rows[0].status != "covered", [(r.status, r.credit) for r in rows]


def test_an_interpreter_certification_of_another_kind_does_not_cover(seed_index):
    """A healthcare interpreter's certification (CHI, CCHI) shows no court interpreter's (it covered
    0.69) and the court's none of the medical one; each covers its own, "ATA Certified Translator" the
    ATA ask."""
    posting = parse_posting("# Interpreter\nRequirements\n- Court interpreter certification\n"
                            "- CCHI or NBCMI medical interpreter certification\n- ATA certification\n", "in")
    catalog = _catalog(seed_index, [posting])

    def statuses(certifications):
        text = f"Experience\nInterpreter, Language Line, 2015 - present\nCertifications\n{certifications}\n"
        return [r.status for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    court, medical, ata = statuses("Certified Healthcare Interpreter (CHI-Spanish), CCHI")
    assert court != "covered" and medical == "covered" and ata != "covered"
    court, medical, ata = statuses("Certified Court Interpreter, Texas Judicial Branch, 2019")
    assert court == "covered" and medical != "covered"
    assert statuses("ATA Certified Translator, Spanish into English")[2] == "covered"


@pytest.mark.parametrize(("asked", "elsewhere", "there"), [
    ("California Infection Control and Dental Practice Act courses completed",
     "Sterilization and OSHA infection control", "Dental Board of California Infection Control course, 2023"),
    ("Florida HIV/AIDS training for licensure", "HIV/AIDS awareness training, 2022",
     "HIV/AIDS 4-hour training (FL Board of Nursing approved), 2022"),
    ("Texas Jurisprudence course completed", "Jurisprudence and ethics course, 2021",
     "Texas Jurisprudence course completed, 2021"),
    # a clearance card a state issues: another state's fingerprint check (Covered 1.00 before) is none
    ("Must possess and maintain a valid Arizona Level One Fingerprint Clearance Card.",
     "Georgia comprehensive background check (fingerprint) - cleared 2021",
     "Fingerprint clearance card (Arizona DPS, Level 1)")])
def test_a_course_a_state_mandates_is_shown_by_a_line_naming_the_state(seed_index, asked, elsewhere, there):
    """A state's mandated course is shown by a line naming the state (in full or by its code); one
    that names only the field shows it partly (OSHA infection control covered California's course)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Clinician\nRequirements\n- {asked}\n", "c")])

    def row(line):
        text = f"Experience\nClinician, Mercy Clinic, 2019 - present\nTraining\n{line}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert row(elsewhere).status != "covered"
    assert row(there).credit > row(elsewhere).credit


def test_a_course_asked_with_no_state_is_read_as_before(seed_index):
    catalog = _catalog(seed_index, [parse_posting("# Dental Assistant\nRequirements\n- Infection control training\n",
                                                  "da")])
    text = "Experience\nDental Assistant, Smile Dental, 2019 - present\nSterilization and OSHA infection control\n"
    assert catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0].status == "covered"


def test_a_certification_is_shown_by_its_name_not_by_the_words_of_another(seed_index):
    """"OSHA forklift operator certification" shares "OSHA" and "certification" with an
    OSHA 10 card and shows it partly at most; "BLS" alone covers half of "BLS and ACLS"."""
    posting = parse_posting("# Electrician\nRequirements\n- OSHA 10 certification\n- BLS and ACLS certification\n",
                            "el")
    catalog = _catalog(seed_index, [posting])

    def requirements(certifications):
        text = f"Experience\nWarehouse Associate, Acme, 2020 - 2024\nCertifications\n{certifications}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    osha, life = requirements("OSHA forklift operator certification (2022)\nBLS for Healthcare Providers, 2023")
    assert osha.status != "covered" and osha.credit <= 0.4
    assert (life.status, life.credit) == ("partial", 0.5)
    osha, life = requirements("OSHA 10-hour card, 2022\nBLS and ACLS certified, 2023")
    assert osha.status == life.status == "covered"


def test_a_pair_of_credentials_asked_together_is_two_credentials(seed_index):
    """"CPR and First Aid" was one alias of CPR, so a nurse's "BLS (American Heart Association)", which shows
    CPR, covered the whole row (1.00) though no line names first aid: each is its own card -> partial 0.50."""
    posting = parse_posting("# ER Nurse\nRequirements\n- CPR and First Aid\n- First Aid and CPR certification\n"
                            "- Current CPR/First Aid\n", "er")
    catalog = _catalog(seed_index, [posting])

    def rows(certifications):
        text = f"Experience\nStaff Nurse, Mercy, 2020 - 2024\nCertifications\n{certifications}\n"
        return [(r.status, r.credit) for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    assert rows("BLS (American Heart Association), 2025") == [("partial", 0.5)] * 3
    assert rows("First Aid/CPR/AED - American Red Cross, 2025") == [("covered", 1.0)] * 3


def test_a_product_shows_a_module_of_it_asked_partly(fake_embedder):
    """"Epic Willow" (Epic's pharmacy module) was covered 1.00 by any line naming Epic ("Charted in Epic
    (Epic Rover)"): each module is a skill of its own that shows Epic, so a line of Epic or another module
    shows the product, not the module asked (partly); a line naming the module shows it, and Epic."""
    features = _features("Pat Doe\nCharted assessments in Epic (Epic Rover for barcode scanning)\n"
                         "Verified orders in Epic Willow Inpatient\n", fake_embedder)
    similarities = np.zeros(len(features.lines))
    willow, _ = line_credits("Experience with Epic Willow (inpatient pharmacy)", [["Epic Willow"]], similarities,
                             features, fake_embedder.thresholds)
    assert list(willow) == [PARTIAL, 1.0]
    epic, _ = line_credits("Epic experience", [["Epic"]], similarities, features, fake_embedder.thresholds)
    assert list(epic) == [1.0, 1.0]


def test_another_credential_shows_none_of_the_one_asked(seed_index):
    """"Progress toward ACAS designation" shares "designation" and a step's words with an underwriter's
    "Pursuing the CPCU designation (3 of 8 courses complete)", which holds another credential, not that one
    (partial 0.44, now missing; here "progress toward the CPCU designation, 3 exams passed", partial 0.40;
    walk-through 44 B)."""
    posting = parse_posting("# Actuarial Analyst\nRequirements\n- Progress toward ACAS designation; at least 2 CAS "
                            "exams passed\n", "act")
    catalog = _catalog(seed_index, [posting])
    text = ("Summary\nCommercial lines underwriter; progress toward the CPCU designation, 3 exams passed.\n"
            "Experience\nCommercial Lines Underwriter, Acme Insurance, 2020 - 2024\n")
    acas = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert (acas.status, acas.evidence) == ("missing", None)


@pytest.mark.parametrize("line, held", [
    ("Working toward my CMP (exam scheduled spring 2027).", False),
    ("Certifications\nCertified Meeting Professional (CMP), 2022", True),
])
def test_a_credential_asked_by_letters_the_title_explains_is_not_held_when_worked_toward(seed_index, line, held):
    """"CMP preferred" under "Event Planner" named no skill, so "Working toward my CMP (exam scheduled spring
    2027)" covered it (0.76) by its words; read as the credential, the line only worked toward it is a start
    (walk-through 45 E)."""
    posting = parse_posting("# Event Planner\nRequirements\n- 3+ years of event planning experience\n"
                            "Preferred\n- CMP preferred\n", "ep")
    catalog = _catalog(seed_index, [posting])
    text = f"Summary\nEvent coordinator.\n{line}\nExperience\nEvent Coordinator, Acme Venues, 2020 - 2024\n"
    row = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[1]
    assert (row.status == "covered") == held, (row.credit, row.evidence)


def test_a_lower_grade_of_a_credential_shows_none_of_the_one_asked(seed_index):
    """Belts and OSHA courses are grades: a Green or Yellow Belt shows no Black Belt, an OSHA 10
    card no OSHA 30, the OSHA 510 course no OSHA 500 trainer card (Missing, not partly by their
    shared words); a higher grade covers a lower one (a Master Black Belt a Green Belt, OSHA 30 an
    OSHA 10 card, the 500 trainer course the 510 it builds on)."""
    posting = parse_posting("# Quality Engineer\nRequirements\n- Lean Six Sigma Black Belt certification\n"
                            "- Six Sigma Green Belt certification\n- OSHA 30-Hour card\n- OSHA 10-Hour card\n"
                            "- OSHA 500 trainer card\n- OSHA 510 course\n", "qe")
    catalog = _catalog(seed_index, [posting])

    def statuses(certifications):
        text = f"Experience\nQuality Engineer, Acme, 2020 - 2024\nCertifications\n{certifications}\n"
        return [r.status for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    black, green, thirty, ten, trainer, course = statuses("Certified Lean Six Sigma Green Belt (ASQ, 2021)")
    assert (black, green) == ("missing", "covered")
    black, green, *_ = statuses("Lean Six Sigma Yellow Belt")
    assert black == green == "missing"
    black, green, *_ = statuses("Lean Six Sigma Master Black Belt, 2019")
    assert black == green == "covered"
    assert statuses("ASQ CSSBB, 2020")[:2] == ["covered", "covered"]
    *_, thirty, ten, trainer, course = statuses("OSHA 10 card, 2022\nOSHA 510, 2021")
    assert (thirty, ten, trainer, course) == ("missing", "covered", "missing", "covered")
    *_, thirty, ten, trainer, course = statuses("OSHA 30-Hour Construction (2016)\nOSHA 500 Trainer Course, 2019")
    assert (thirty, ten, trainer, course) == ("covered", "covered", "covered", "covered")


@pytest.mark.parametrize(("asked", "level"), [
    ("German at B2 level or higher (our customers speak German), fluent English", 4), ("C1 German required", 5),
    ("Fluent German and English", 5), ("Conversational Spanish a plus", 3), ("Native or near-native French", 6),
    ("Bilingual Spanish", 5), ("Bilingual (English/Spanish) required", 5), ("Bilingual English/Spanish", 5),
    ("Fluent English/French, spoken and written", 5), ("English (fluent)/Spanish (conversational)", 3),
    ("German (B2+)", 4), ("Spanish language skills", None), ("German", None)])
def test_the_level_a_language_is_asked_at(asked, level):
    assert level_asked(asked, ("German", "Spanish", "French")) == level


@pytest.mark.parametrize(("line", "level"), [
    ("English (fluent), Hindi (native), German (A2, Goethe-Institut, learning B1)", 2),
    ("Languages: German (A2), English (fluent)", 2), ("German: native speaker", NATIVE),
    ("Languages: German (basic), English (fluent)", 2), ("Fluent in German and English", 6), ("Deutsch: C1", 5),
    ("German B1 (Goethe-Zertifikat)", 3), ("Conversational German", 4), ("German", None),
    ("Languages (German B1, English C2)", 3), ("Bilingual: English/German", NATIVE),
    ("Languages: English (native), German", None), ("English, German/French (conversational)", 4)])
def test_the_level_a_resume_says_a_language_is_spoken_at(line, level):
    assert level_shown(line, ["German", "Deutsch"]) == level


def test_a_language_spoken_below_the_level_asked_is_partly_covered(seed_index):
    """"German (A2)" shows "German at B2 level or higher" partly (it was covered), as "German
    (basic)" does; a native speaker, a C1, "conversational" (B1-B2) and a line giving no level
    cover it; a level asked of another language leaves the German line alone."""
    posting = parse_posting("# Backend Engineer\nRequirements\n- German at B2 level or higher\n"
                            "- Fluent Spanish\n", "be")
    catalog = _catalog(seed_index, [posting])

    def rows(languages):
        text = f"Experience\nBackend Engineer, Acme, 2020 - 2024\nLanguages\n{languages}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    for low in ("German (A2), English (fluent)", "German (basic)", "Deutsch: B1", "German (A2, learning B1)"):
        german, _ = rows(low)
        assert german.status == "partial" and german.credit <= 0.4, low
    assert rows("German (A2), English (fluent)")[0].note == "German A2, B2 asked"
    assert rows("German (C1)")[0].note == "" and rows("German (basic)")[0].to_dict()["note"] == "German basic, B2 asked"
    for enough in ("German: native speaker", "German (C1)", "Conversational German", "German"):
        assert rows(enough)[0].status == "covered", enough
    german, spanish = rows("German (C1), Spanish (A2)")
    assert (german.status, spanish.status) == ("covered", "partial")
    assert rows("German (C1), Spanish (fluent)")[1].status == "covered"


def test_a_test_taken_before_the_time_asked_is_partly_covered(seed_index):
    """"CPAT passed 2019" covered "Completion of CPAT within the last 12 months" read in 2026: the test must be
    retaken.  A line dated before the time asked shows it partly, saying why; one within it, one held to now or
    still valid, and a line with no date cover it as before."""
    posting = parse_posting("# Firefighter\nRequirements\n- Completion of CPAT within the last 12 months\n"
                            "- TB test within the past two years\n", "ff")
    catalog = _catalog(seed_index, [posting])

    def rows(lines):
        text = f"Experience\nFirefighter, Metro Fire, 2020 - Present\nCertifications\n{lines}\n"
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 12, 1)))[0].explanation.requirements
    cpat, tb = rows("CPAT passed 2019\nTB test negative, June 2023")
    assert (cpat.status, cpat.evidence, cpat.note) == ("partial", "CPAT passed 2019",
                                                       "2019 shown, within the last 12 months asked")
    assert (tb.status, tb.note) == ("partial", "2023 shown, within the past two years asked")
    for recent in ("CPAT passed March 2026\nTB test negative, March 2025", "CPAT (valid through 2027)\nTB test",
                   "CPAT certified\nTB test negative, 2025"):
        assert [r.status for r in rows(recent)] == ["covered", "covered"], recent


def test_a_bilingual_ask_takes_a_fluent_speaker(seed_index):
    """"Bilingual Spanish" asks Spanish from C1 up: "Spanish (fluent)" covers it, "Spanish (basic)" partly;
    two other languages, fluent and native, are bilingual but show none of the Spanish asked."""
    catalog = _catalog(seed_index, [parse_posting("# Receptionist\nRequirements\n- Bilingual Spanish\n", "rc")])

    def row(languages):
        text = f"Experience\nReceptionist, Acme, 2020 - 2024\nLanguages\n{languages}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert row("English (native), Spanish (fluent)").status == "covered"
    assert row("English (native), Spanish (basic)").status == "partial"
    assert row("English (fluent), Hindi (native)").status == "missing"


def test_conversational_spanish_shows_a_bilingual_ask_of_two_languages_partly(seed_index):
    """"Bilingual (English/Spanish) required" asks Spanish from C1 up, its level before the bracket
    of the two languages: "conversational Spanish" shows it partly (it was covered 1.00, the level
    read in no language's item), a bilingual resume of the two covers it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Customer Service Representative\nRequirements\n- Bilingual (English/Spanish) required\n", "cs")])

    def row(languages):
        text = f"Experience\nCustomer Service Rep, Acme, 2020 - 2024\nLanguages: {languages}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert row("English (native), conversational Spanish").status == "partial"
    assert row("Bilingual English/Spanish").status == "covered"


@pytest.mark.parametrize(("asked", "line"), [
    ("NBCOT certification (OTR)", "NBCOT certified, COTA, since 2020"),
    ("Current Ohio OT license (OTR/L)", "Ohio Occupational Therapy Assistant license (COTA/L), active"),
    ("Physical Therapist license (Colorado)", "Colorado Physical Therapist Assistant license, active"),
    ("Active Registered Nurse (RN) license", "Licensed Practical Nurse (LPN) license, Texas, active"),
    ("RDH license required", "Registered Dental Assistant (RDA) license, active"),
    ("Licensed pharmacist in Indiana", "Certified Pharmacy Technician (CPhT), Indiana, active")])
def test_an_assistant_credential_shows_none_of_the_professional_one(seed_index, asked, line):
    """A profession's assistant holds no professional's credential: a COTA's NBCOT line shows no
    NBCOT OTR, a PTA's licence no PT licence, an LPN's no RN's, a dental assistant's no hygienist's,
    a pharmacy technician's no pharmacist's (Missing; a COTA's lines were partly 0.70 and 0.62)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Clinician\nRequirements\n- {asked}\n", "c")])
    row = catalog.rank(resume_from_text(f"Licenses\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.status == "missing", (asked, row.credit)


@pytest.mark.parametrize(("asked", "line"), [
    ("NBCOT certification (OTR)", "NBCOT Registered Occupational Therapist (OTR), 2021"),
    ("NBCOT certification (OTR or COTA)", "NBCOT certified, COTA, since 2020"),
    ("Active Registered Nurse (RN) license", "RN license, Texas, active (LPN 2015-2019)"),
    ("PTA license", "Colorado Physical Therapist Assistant license, active"),
    ("Dispense medications under the supervision of a licensed pharmacist",
     "Certified Pharmacy Technician (CPhT): dispense medications under supervision"),
    ("Work under the supervision of a licensed Occupational Therapist",
     "COTA/L: work under the supervision of licensed therapists")])
def test_the_professional_or_an_assistant_asked_is_shown_by_their_own_line(seed_index, asked, line):
    """The professional's own line, an assistant asked among the choices, or the assistant's own
    credential asked: not turned away."""
    catalog = _catalog(seed_index, [parse_posting(f"# Clinician\nRequirements\n- {asked}\n", "c")])
    row = catalog.rank(resume_from_text(f"Licenses\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.status != "missing", (asked, row.credit)


@pytest.mark.parametrize(("title", "assistant", "professional"), [
    ("Occupational Therapist (OTR/L) - Outpatient Hand", "Occupational Therapy Assistant", "Occupational Therapist"),
    ("Physical Therapist - Outpatient Orthopedics", "Physical Therapist Assistant", "Physical Therapist"),
    ("Dental Hygienist (RDH)", "Registered Dental Assistant", "Dental Hygienist")])
def test_an_assistants_years_are_not_the_professionals(seed_index, title, assistant, professional):
    """Six years as a profession's assistant are no years of the professional the posting's title
    names (a COTA's counted 6.9 for an OTR/L's "2+ years of outpatient therapy experience"); the
    professional's own years count, and an assistant's posting counts the assistant's years."""
    ask = "- 2+ years of outpatient experience\n"
    catalog = _catalog(seed_index, [parse_posting(f"# {title}\nRequirements\n{ask}", "pro"),
                                    parse_posting(f"# {assistant}\nRequirements\n{ask}", "assistant")])

    def found(role):
        resume = resume_from_text(f"Experience\n{role}, Riverside Clinic, Jan 2018 - Dec 2024\n"
                                  "Outpatient care for adults.\n", "r")
        return {m.posting.id: m.explanation for m in catalog.rank(resume, top_k=None)}
    as_assistant, as_professional = found(assistant), found(professional)
    assert as_assistant["pro"].years_found == 0 and as_assistant["pro"].requirements[0].status != "covered"
    assert as_professional["pro"].years_found == pytest.approx(7.0, abs=0.1)
    assert as_assistant["assistant"].years_found == pytest.approx(7.0, abs=0.1)


_B2B_ASK = "- 2+ years of B2B sales experience, ideally medical or pharmaceutical\n"


def _b2b(seed_index, role, lines="", ask=_B2B_ASK):
    catalog = _catalog(seed_index, [parse_posting(f"# Pharmaceutical Sales Representative\nRequirements\n{ask}", "s")])
    match = catalog.rank(resume_from_text(f"Experience\n{role}, Jan 2018 - Dec 2024\n{lines}", "r"), top_k=None)[0]
    return match.explanation, next(c for c in match.eligibility.checks if c.kind == "years")


@pytest.mark.parametrize(("role", "lines"), [
    ("Territory Manager, Cardiovascular, Boston Scientific", ""),
    ("Account Executive, Cintas", "B2B uniform and first-aid sales to 140 accounts.\n"),
    ("Key Account Manager, Sysco", "Grew restaurant accounts 30%.\n"),
    ("Business Development Representative, Stryker", ""),
    ("Sales Representative, Grainger", "Sold MRO supplies to facilities and contractors; 112% of quota.\n"),
    ("Account Executive, Square", "Sold POS systems to 200 independent retail stores and restaurants.\n")])
def test_a_sellers_years_to_businesses_are_b2b_sales(seed_index, role, lines):
    """A territory manager, account executive or business development rep selling to businesses holds
    "B2B sales" years whatever the title's words ("Territory Manager, Cardiovascular" counted 0.0 and
    left the row missing 0.13)."""
    e, years = _b2b(seed_index, role, lines)
    assert years.status == "met" and e.years_found == pytest.approx(7.0, abs=0.1), years.resume
    assert e.requirements[0].status == "covered"


@pytest.mark.parametrize(("role", "like"), [("Territory Manager", True), ("Key Account Manager", True),
                                           ("Warehouse Associate", False), ("Staff Accountant", False)])
def test_a_title_of_the_postings_trade_by_other_words_is_like_it(seed_index, role, like):
    """A spine territory manager's 9.5 years of selling were no years of an "Outside Sales Representative"
    (the titles' cosine 0.16), so the years signal read 0.0 and "3+ years of relevant experience" found "0.0 in
    roles like this one"; a role whose title does the kind of work the posting's title does (``KINDS_BY_TITLE``)
    is like it, as close as a like title at least."""
    catalog = _catalog(seed_index, [parse_posting("# Outside Sales Representative\nRequirements\n"
                                                  "- 3+ years of relevant experience\n", "s")])
    resume = resume_from_text(f"Experience\n{role}, Helix Orthopedics, Jan 2018 - Dec 2024\n- Met goals.\n", "r")
    match = catalog.rank(resume, top_k=None)[0]
    years = next(c for c in match.eligibility.checks if c.kind == "years")
    assert (years.status == "met") is like, years.resume
    assert (match.explanation.signals["years"] >= 0.5) is like


@pytest.mark.parametrize(("role", "lines", "met"), [
    ("Territory Manager, Spine, Helix Orthopedics", "Sold implants to surgeons and hospitals; 127% of quota.\n", True),
    ("Account Executive, Copper Peak Office Solutions", "", True),
    ("Sales Associate, Macy's", "Helped shoppers find sizes and ran the register.\n", False)])
def test_kinds_of_selling_named_together_are_selling(seed_index, role, lines, met):
    """"3+ years of B2B outside sales experience" named a kind no seller's title was known to do (the known ones are
    "B2B sales" and "outside sales", each alone), so a spine territory manager's 4 years counted nothing and the row
    quoted an earlier account executive's line; a kind whose every word qualifies its head in known kinds is known,
    and a market named before a kind of selling ("B2B outside sales") is the setting a store's selling is not."""
    e, years = _b2b(seed_index, role, lines,
                    ask="- 3+ years of B2B outside sales experience with a proven record of quota attainment\n")
    assert (years.status == "met") is met, years.resume
    assert (e.requirements[0].status == "covered") is met


@pytest.mark.parametrize(("role", "lines"), [
    ("Sales Associate, Macy's", ""),
    ("Sales Lead, Ulta Beauty", "Exceeded store sales targets by 18%.\n"),
    ("Retail Sales Associate, Best Buy", "Sold laptops and phones to shoppers.\n"),
    ("Sales Representative, AT&T Store", "Activated 40 lines a week at the counter.\n")])
def test_retail_selling_is_no_b2b_sales(seed_index, role, lines):
    """A store's selling is no business-to-business selling: partly at most, the years check says
    why (7.3 years of a retail lead were "in roles like this one" and covered the row)."""
    e, years = _b2b(seed_index, role, lines)
    assert years.status != "met" and "business-to-business" in years.resume, years.resume
    assert e.requirements[0].status != "covered"
    # an ask of sales, not of selling to businesses, takes the store's years
    e, years = _b2b(seed_index, role, lines, ask="- 2+ years of sales experience\n")
    assert years.status == "met", years.resume


@pytest.mark.parametrize(("text", "b2b"), [
    ("2+ years of B2B sales experience", True), ("3 years of business-to-business selling", True),
    ("2 years of sales experience (B2B)", True), ("Experience selling to businesses, 2+ years", True),
    ("3+ years of B2B outside sales experience", True),
    ("5+ years building B2B SaaS products", False), ("3 years of retail sales experience", False)])
def test_b2b_selling_is_a_setting_of_a_years_ask(text, b2b):
    assert ("a business-to-business market" in settings_named(text)) is b2b


@pytest.mark.parametrize(("text", "setting"), [
    ("1+ years of pharmacy technician experience in a retail setting", "a retail store or pharmacy"),
    ("2+ years of retail pharmacy experience", "a retail store or pharmacy"),
    ("1 year of clinical experience in a physician's office preferred", "a physician's office or outpatient clinic"),
    ("2 years of experience in an outpatient clinic setting", "a physician's office or outpatient clinic"),
    ("3 years of retail sales experience", None), ("1+ year of retail experience", None),
    ("2+ years of experience in an outpatient clinic or hospital", None),
    ("1 year of experience teaching in a licensed child care setting", "a child care centre"),
    ("2 years in an early childhood program", "a child care centre"),
    ("1 year of experience working with children", None),
    ("2+ years of property management accounting", "managed property"),
    ("3+ years of property management experience", "managed property"),
    # healthcare, the industry; not its benefits
    ("3+ years of healthcare payroll experience", "healthcare"),
    ("2+ years of accounting experience in health care", "healthcare"),
    ("3+ years administering healthcare benefits", None)])
def test_a_store_and_a_doctors_office_are_settings_of_a_years_ask(text, setting):
    assert settings_named(text) == ([setting] if setting else [])


@pytest.mark.parametrize(("text", "settings"), [
    ("5+ years of commercial or industrial electrical experience", ["commercial buildings or industrial plants"]),
    ("3+ years in commercial, industrial or residential wiring",
     ["commercial buildings or industrial plants or homes"]),
    ("Minimum 6 years experience in Industrial Electrical Design", ["industrial plants"]),
    ("5 years residential construction experience", ["homes"]),
    ("5+ years managing commercial construction projects", ["commercial buildings"]),
    # joined by "and", either counts; no building trade's work named, no building
    ("5+ years of residential and commercial plumbing experience", []), ("residential & commercial HVAC", []),
    ("3 years commercial experience building SaaS", []), ("2+ years commercial driving experience", []),
    ("3 years in a commercial kitchen", []), ("Experience in commercial real estate, 2+ years", []),
    ("3+ years delivering commercial projects to production in Java", []),
    # an airline, by its words or its regulation's part; not the pilot certificate named after it
    ("4+ years of air carrier (Part 121) maintenance experience", ["an airline"]),
    ("2 years of airline experience", ["an airline"]),
    ("Airline Transport Pilot certificate with 1,500 hours, 2+ years", [])])
def test_the_buildings_a_trade_works_on_are_settings_of_a_years_ask(text, settings):
    assert settings_named(text) == settings


@pytest.mark.parametrize("lines, shown", [
    (["Residential Electrician, Sun Valley Electric, 2019 - Present", "Wired single-family homes."], False),
    (["Electrician, Vertex Electric, 2019 - Present", "Tenant improvements in office buildings, 277/480V."], True),
    (["Maintenance Electrician, Cargill, 2019 - Present", "Troubleshot PLCs and VFDs on the packaging line."], True),
    (["Maintenance Technician, Gordon Food Service Distribution Center, 2019 - Present",
      "Troubleshoot conveyors and palletizers; ControlLogix faults."], True),
    (["Electrician, City Water Department, 2019 - Present", "Repaired variable frequency drives at lift stations."],
     True),
])
def test_a_residential_electricians_years_are_no_commercial_ones(fake_embedder, lines, shown):
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    ask = "5+ years of commercial or industrial electrical experience"
    assert list(features.roles_in_setting(ask)) == [shown]


@pytest.mark.parametrize("summary, shown", [
    # the career's buildings said above the first role are those of a role that names none ("4+ years of commercial
    # electrical experience" had been partial for a journeyman whose summary says 7 years of commercial work)
    ("Journeyman electrician with 7 years in commercial and light industrial electrical construction.", True),
    ("Journeyman electrician with 7 years in residential new construction.", False),
])
def test_the_buildings_a_summary_says_are_those_of_a_role_that_names_none(fake_embedder, summary, shown):
    features = _features(f"Summary\n{summary}\nExperience\nJourneyman Electrician, Miller Electric, 2019 - Present\n"
                         "- Bent and ran EMT and rigid conduit\n", fake_embedder)
    assert list(features.roles_in_setting("4+ years of commercial electrical experience")) == [shown]
    # a role that names its own buildings keeps them
    features = _features(f"Summary\n{summary}\nExperience\nElectrician, Sun Valley Electric, 2019 - Present\n"
                         "- Wired single-family homes\n", fake_embedder)
    assert list(features.roles_in_setting("4+ years of commercial electrical experience")) == [False]


@pytest.mark.parametrize(("text", "settings"), [
    ("3+ years of paralegal experience in commercial real estate transactions", ["real estate law"]),
    ("2+ years as a legal assistant or legal secretary in a family law practice", ["family law"]),
    ("Minimum 5 years of litigation paralegal experience", ["litigation"]),
    ("3 years of insurance defense litigation experience", ["litigation"]),
    ("2+ years of immigration law experience", ["immigration law"]),
    ("3+ years of estate planning or probate experience", ["estate planning or probate"]),
    # one of a list of areas is none asked; a tool or a support team's name is no practice
    ("3+ years of paralegal experience in real estate or corporate law", []),
    ("5+ years of paralegal experience", []), ("3 years of experience in commercial real estate, 2+ years", [])])
def test_a_practice_area_of_law_is_a_setting_of_a_years_ask(text, settings):
    assert settings_named(text) == settings


@pytest.mark.parametrize("lines, ask, shown", [
    (["Senior Litigation Paralegal, Hanley & Moss LLP, 2019 - Present", "Drafted discovery and deposition summaries."],
     "3+ years of paralegal experience in commercial real estate transactions", False),
    (["Paralegal, Corbin Law Group, 2019 - Present", "Prepared closing documents and reviewed title commitments."],
     "3+ years of paralegal experience in commercial real estate transactions", True),
    (["Legal Secretary, Hart Family Law, 2019 - Present"],
     "2+ years as a legal secretary in a family law practice", True),
    (["Legal Secretary, Brandt & Cole LLP, 2019 - Present", "Filed pleadings and scheduled depositions."],
     "2+ years as a legal secretary in a family law practice", False),
])
def test_a_paralegals_years_in_one_practice_area_are_none_in_another(fake_embedder, lines, ask, shown):
    """A litigation paralegal's 9.5 years had met "3+ years of paralegal experience in commercial real estate
    transactions", the row covered quoting the litigation role: the area of law is where the years are spent, shown
    by the role's title, its line or its matters (closings, title work; custody, divorce; discovery, trials)."""
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    assert list(features.roles_in_setting(ask)) == [shown]


@pytest.mark.parametrize("lines, shown", [
    (["Line Mechanic — Envoy Air (American Eagle), 2018 - 2019", "Overnight line checks on E175 aircraft"], True),
    (["Pilot, SkyWest Airlines, 2019 - Present"], True),
    (["First Officer, Part 121 regional carrier, 2019 - Present"], True),
    # a King Air is an aircraft, the Air Force no carrier
    (["Aircraft Maintenance Technician, Textron Aviation, 2019 - Present", "Inspections on King Air 350 aircraft"],
     False),
    (["Aviation Maintenance Technician (U.S. Air Force), 2012 - 2018", "Crew chief on C-130H"], False),
])
def test_an_airlines_years_are_held_at_an_airline(fake_embedder, lines, shown):
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    assert list(features.roles_in_setting("4+ years of air carrier (Part 121) maintenance experience")) == [shown]


@pytest.mark.parametrize(("ask", "roles", "quoted"), [
    # the retail store's role, not the hospital's, whose title is as like (the hospital's had been quoted, the
    # longest)
    ("1+ years of pharmacy technician experience in a retail setting",
     "Inpatient Pharmacy Technician | Banner University Medical Center | Mar 2023 - Present\n"
     "- Restock Pyxis cabinets on 6 nursing units\n"
     "Pharmacy Technician | Walgreens | Jun 2021 - Feb 2023\n- Ran the register and drive-thru\n",
     "Pharmacy Technician | Walgreens | Jun 2021 - Feb 2023"),
    ("1+ years of pharmacy technician experience in a retail setting",
     "Pharmacy Technician, CVS Pharmacy, Jun 2021 - Feb 2023\n- Filled 250 prescriptions a day\n",
     "Pharmacy Technician, CVS Pharmacy, Jun 2021 - Feb 2023"),
    # a hospital's pharmacy is no retail one: partly at most
    ("1+ years of pharmacy technician experience in a retail setting",
     "Inpatient Pharmacy Technician | Banner University Medical Center | Mar 2023 - Present\n"
     "- Restock Pyxis cabinets on 6 nursing units\n", None),
])
def test_years_asked_in_a_store_are_those_of_roles_held_in_one(seed_index, ask, roles, quoted):
    """A retail pharmacy posting's "1+ years of pharmacy technician experience in a retail setting" was covered
    quoting a hospital's inpatient pharmacy technician (the longest role like the job); a retail setting is a
    setting of a years ask: the roles held in a store or a pharmacy that is no hospital's show it."""
    catalog = _catalog(seed_index, [parse_posting(f"# Pharmacy Technician\nRequirements\n- {ask}\n", "t")])
    match = catalog.rank(resume_from_text(f"Experience\n{roles}", "r", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    assert (row.status, row.evidence if row.status == "covered" else None) == (
        ("covered", quoted) if quoted else (row.status, None)), row
    assert quoted or row.status != "covered"


HOSPITAL_TECH = ("Inpatient Pharmacy Technician | Banner University Medical Center | Mar 2020 - Present\n"
                 "- Restock Pyxis cabinets on 6 nursing units\n- Prepare sterile compounds in the cleanroom\n")


@pytest.mark.parametrize(("roles", "quoted"), [
    # the role whose lines serve customers, not the longer hospital role whose title is as like the job's
    (HOSPITAL_TECH + "Pharmacy Technician | Walgreens | Jun 2018 - Feb 2020\n- Ran the register and drive-thru\n"
     "- Answered phones and helped customers find over-the-counter products\n",
     "Pharmacy Technician | Walgreens | Jun 2018 - Feb 2020"),
    # the role whose title does the work asked
    (HOSPITAL_TECH + "Cashier | Target | Jun 2018 - Feb 2020\n- Scanned items and bagged groceries\n",
     "Cashier | Target | Jun 2018 - Feb 2020"),
    # both do it: the longest, as before
    (HOSPITAL_TECH + "- Gave customer service at the outpatient pickup window\n"
     "Pharmacy Technician | Walgreens | Jun 2018 - Feb 2020\n- Gave customer service at the counter\n",
     "Inpatient Pharmacy Technician | Banner University Medical Center | Mar 2020 - Present"),
])
def test_years_of_a_kind_of_work_quote_the_role_doing_it(seed_index, roles, quoted):
    """"At least 6 months of customer service or cashier experience" was covered quoting a hospital's inpatient
    pharmacy technician, the longest role like the job, not the Walgreens role whose lines ran the register and
    helped customers: a role that does the work asked by its own lines or its title, and holds the years alone, is
    quoted first."""
    catalog = _catalog(seed_index, [parse_posting("# Pharmacy Technician - Retail\nRequirements\n"
                                                  "- At least 6 months of customer service or cashier experience\n",
                                                  "t")])
    match = catalog.rank(resume_from_text(f"Experience\n{roles}", "r", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", quoted), row


@pytest.mark.parametrize(("roles", "quoted"), [
    # the role whose title does the work, short of the years alone, not the longer one whose lines name sales
    ("Account Executive, Cloudline Software, Jan 2023 - Present\n- Managed full sales cycle in Salesforce\n"
     "Sales Development Representative, Cloudline Software, Jun 2020 - Dec 2022\n- Made 80 cold calls a day\n",
     "Sales Development Representative, Cloudline Software, Jun 2020 - Dec 2022"),
    # a title doing it with a small part of the years, or half of them: the longest, as before
    ("Account Executive, Cloudline Software, Jun 2020 - Present\n- Managed full sales cycle in Salesforce\n"
     "Sales Development Representative, Cloudline Software, Jan 2020 - May 2020\n- Made 80 cold calls a day\n",
     "Account Executive, Cloudline Software, Jun 2020 - Present"),
    ("Account Executive, Cloudline Software, Jun 2022 - Present\n- Managed full sales cycle in Salesforce\n"
     "Sales Development Representative, Cloudline Software, Jun 2020 - Dec 2021\n- Made 80 cold calls a day\n",
     "Account Executive, Cloudline Software, Jun 2022 - Present"),
])
def test_years_quote_first_the_role_whose_title_does_the_work(seed_index, roles, quoted):
    """"3+ years of experience in sales development" was covered quoting a current Account Executive (3.4 years,
    its lines naming sales) before the 2.6-year Sales Development Representative role that did the work: a role
    whose title does the work asked and holds most of the years is quoted first, the others beside it."""
    catalog = _catalog(seed_index, [parse_posting("# Senior Sales Development Representative\nRequirements\n"
                                                  "- 3+ years of experience in sales development\n", "t")])
    match = catalog.rank(resume_from_text(f"Experience\n{roles}", "r", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", quoted), row


@pytest.mark.parametrize("role", ["Cashier, Kroger", "Bank Teller, Truist Bank", "Server, Olive Garden"])
def test_fields_offered_as_where_the_work_was_done_ask_none_of_them(seed_index, role):
    """"1 year of cash handling experience (retail, banking or restaurant)" asks cash handling, not
    retail sales and banking as well (a teller's cash handling years were partly 0.40, "learn Retail
    sales")."""
    ask = "- 1 year of cash handling experience (retail, banking or restaurant)\n"
    catalog = _catalog(seed_index, [parse_posting(f"# Universal Banker\nRequirements\n{ask}", "b")])
    resume = resume_from_text(f"Experience\n{role}, 2019 - 2024\nCash handling, balancing the drawer.\n", "r")
    e = catalog.rank(resume)[0].explanation
    assert e.requirements[0].status == "covered" and "Retail sales" not in e.skills_missing, e.requirements[0]


@pytest.mark.parametrize(("asked", "line"), [
    ("Quiet, distraction-free workspace", "Home office with wired fiber internet and a private, quiet room"),
    ("Quiet, distraction-free workspace", "Home office: dedicated quiet room, wired 200 Mbps internet"),
    ("Quiet, distraction-free workspace", "Quiet home office with a door."),
    ("A dedicated, quiet workspace at home", "Dedicated home office; no children at home during shifts."),
    ("A quiet, distraction-free home office", "Work from a dedicated home office with 200 Mbps fiber internet"),
    ("Existing clientele a plus", "Build and maintain a book of 180+ recurring clients"),
    ("Existing clientele a plus", "Built a loyal clientele of 150 recurring clients."),
    ("Established clientele preferred", "Kept a book of business of 60 repeat clients."),
    ("Ability to rebook clients", "85% rebooking rate across 25-30 clients a week."),
    ("Strong negotiation skills", "Negotiate terms and pricing with agents"),
    ("Strong negotiation skills", "Negotiated vendor contracts worth $2M a year."),
    ("Excellent customer service and the ability to rebook", "Rebooked 80% of guests; served 30 guests a day.")])
def test_a_line_in_other_words_shows_the_ask(seed_index, asked, line):
    """The other words of one thing: a quiet room is a quiet workspace, a book of recurring clients an
    existing clientele, a rebooking rate rebooking, "Negotiated" negotiation, serving guests customer
    service (were missing 0.28-0.39, or partly 0.49-0.60 with the ask's own word)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Customer Care Associate\nRequirements\n- {asked}\n", "p")])
    row = catalog.rank(resume_from_text(f"Summary\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.status == "covered", (row.status, row.credit)


@pytest.mark.parametrize("role", ["Table Games Dealer, Caesars Palace", "Casino Dealer, MGM Grand",
                                  "Dealer, The Linq\nGames: Blackjack, Craps, Pai Gow"])
def test_a_table_games_dealer_shows_the_games_and_customer_service(seed_index, role):
    """Dealing table games is a skill (blackjack, craps, roulette, baccarat, pai gow) and customer
    service work: a 5-year dealer was missing 0.00 on "Strong math skills and customer service"."""
    catalog = _catalog(seed_index, [parse_posting("# Table Games Dealer\nRequirements\n"
                                                  "- Strong math skills and customer service\n", "p")])
    e = catalog.rank(resume_from_text(f"Experience\n{role}, 2019 - 2024\n", "r"))[0].explanation
    assert e.requirements[0].status != "missing" and "Customer service" not in e.skills_missing, e.requirements[0]


@pytest.mark.parametrize(("line", "missing"), [
    ("Served 30 guests a day at the front desk.", False), ("Kept a book of 150 recurring clients.", False),
    ("Balanced the cash drawer nightly.", True)])
def test_customer_service_shown_at_work_is_no_skill_to_learn(seed_index, line, missing):
    """A line serving guests or keeping recurring clients shows customer service: no "learn Customer
    service" beside the row it covers."""
    catalog = _catalog(seed_index, [parse_posting("# Front Desk Agent\nRequirements\n"
                                                  "- Excellent customer service and the ability to rebook\n", "p")])
    e = catalog.rank(resume_from_text(f"Experience\n{line}\n", "r"))[0].explanation
    assert ("Customer service" in e.skills_missing) is missing, e.skills_missing


@pytest.mark.parametrize(("asked", "line"), [
    ("Quiet, distraction-free workspace", "Worked in a busy open-plan call center."),
    ("Existing clientele a plus", "Greeted walk-in clients at the front desk."),
    ("Strong negotiation skills", "Answered 80 calls a day about billing."),
    ("Excellent customer service and the ability to rebook", "Rebooked 80% of guests.")])
def test_a_line_without_the_thing_does_not_show_it(seed_index, asked, line):
    catalog = _catalog(seed_index, [parse_posting(f"# Customer Care Associate\nRequirements\n- {asked}\n", "p")])
    row = catalog.rank(resume_from_text(f"Summary\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.status != "covered", (row.status, row.credit)


@pytest.mark.parametrize(("asked", "line", "quoted"), [
    ("High school diploma or GED", "U.S. passport. Can reach 82 inches. High school diploma, 2025.",
     "High school diploma, 2025."),
    ("Bachelor's degree in Biology", "Fluent in Spanish. B.S. Biology, University of Utah, 2018.",
     "B.S. Biology, University of Utah, 2018."),
    ("Associate degree", "CPR certified. A.A.S. Nursing, 2021. Open to nights.", "A.A.S. Nursing, 2021.")])
def test_a_degree_on_a_line_of_several_sentences_is_quoted_by_its_own(seed_index, asked, line, quoted):
    """A degree read on a line of several sentences is quoted by the sentence that names it, not the
    line's first ("High school diploma or GED || U.S. passport.")."""
    catalog = _catalog(seed_index, [parse_posting(f"# Clinic Associate\nRequirements\n- {asked}\n", "p")])
    row = catalog.rank(resume_from_text(f"Education\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.evidence == quoted and row.status == "covered", (row.evidence, row.status)


@pytest.mark.parametrize(("title", "other", "own"), [
    ("Spa Esthetician", "Spa Stylist", "Spa Esthetician"),
    ("Spa Esthetician", "Senior Spa Hair Stylist", "Licensed Spa Esthetician"),
    ("Salon Hair Stylist", "Salon Nail Technician", "Salon Stylist"),
    ("Salon Barber", "Salon Stylist", "Master Salon Barber"),
    ("Salon Nail Technician", "Salon Esthetician", "Salon Manicurist")])
def test_another_licensed_beauty_jobs_years_are_not_the_jobs(seed_index, title, other, own):
    """Hair stylists (a bare "Stylist" too), barbers, nail technicians and estheticians each work
    under a licence of their own: a stylist's years are no esthetician's (a "Senior Stylist" counted
    9.5 years "like esthetician" and covered "1+ year of experience as an esthetician"); the job's
    own title counts, whatever else it says."""
    catalog = _catalog(seed_index, [parse_posting(f"# {title}\nRequirements\n- 2+ years of salon or spa experience\n",
                                                  "job")])

    def found(role):
        resume = resume_from_text(f"Experience\n{role}, Glow Studio, Jan 2018 - Dec 2024\n", "r")
        return catalog.rank(resume, top_k=None)[0].explanation
    assert found(other).years_found == 0 and found(other).requirements[0].status != "covered"
    assert found(own).years_found == pytest.approx(7.0, abs=0.1)


@pytest.mark.parametrize(("text", "asked"), [
    ("Licensed Esthetician", ("esthetics",)), ("Hair Stylist", ("hair styling",)), ("Master Barber", ("barbering",)),
    ("Nail Tech", ("nail care",)),
    ("Active California Esthetician License issued by the Board of Barbering and Cosmetology", ("esthetics",)),
    ("Stylist / Esthetician", ()), ("Cosmetologist", ()), ("Barbering instructor wanted", ())])
def test_a_beauty_trade_is_asked_by_its_jobs_words(text, asked):
    """The job named alone asks that trade; two named, a cosmetologist (whose licence takes in
    hair, skin and nails) or the board's "Barbering" ask none of them apart."""
    assert professions_asked(text) == asked


@pytest.mark.parametrize(("text", "asked", "assistant"), [
    ("2 years of paralegal experience in family law", ("paralegal work",), "Legal Assistant, Harmon & Pike LLP"),
    ("2 years of paralegal experience in family law", ("paralegal work",), "Legal Secretary"),
    ("3 years of experience as a legal assistant or paralegal", (), ""),
    ("Certified Paralegal (NALA CP) or Certified Legal Assistant (CLA)", ("paralegal work",), ""),
    ("Work closely with our paralegals and attorneys", (), "")])
def test_a_legal_assistant_is_no_paralegal(text, asked, assistant):
    """A paralegal asked alone, not as someone worked with, is a profession whose assistant a legal
    assistant or secretary is; NALA's "Certified Legal Assistant" is the paralegal's credential."""
    assert professions_asked(text) == asked
    if asked:
        assert assistant_only(assistant, asked) == bool(assistant)
        assert not assistant_only("Certified Legal Assistant (CLA), NALA", asked)
        assert not assistant_only("Paralegal / Legal Assistant", asked)


def test_a_legal_assistants_years_are_no_paralegals(fake_embedder):
    """A legal assistant's years in a law firm are no paralegal's: "3+ years of litigation paralegal
    experience in a law firm" was covered 1.00 by a "Legal Assistant" role's line, the bundled model
    reading that title like "Litigation Paralegal" (0.56, as each title's own vector stands for it
    here), and the years knock-out met; a paralegal's own years still count."""
    ask = "3+ years of litigation paralegal experience in a law firm"

    def years(role):
        features = _features(f"Experience\n{role}, Harmon & Pike LLP, Mar 2019 - Dec 2024\n"
                             "Prepare pleadings and discovery responses for three attorneys.\n", fake_embedder)
        return years_doing(features.role_vectors[0], features, ask, "Litigation Paralegal")[0]
    assert years("Legal Assistant") == 0
    assert years("Litigation Paralegal") == pytest.approx(5.8, abs=0.1)


def test_a_field_of_the_trades_work_shown_alone_is_none_of_its_years(fake_embedder):
    """"2+ years of medical or behavioral health social work experience" asks social work in behavioral health: a
    medical assistant whose line names behavioral health staff did none of it (9.9 years had met it, "in the work
    it names"); a social worker's years count, as an assistant's lines still count for "3+ years of Python"."""
    ask = "2+ years of medical or behavioral health social work experience"

    def years(role, line, sentence=ask, title="Medical Social Worker"):
        features = _features(f"Experience\n{role}, Desert Family Medicine, Mar 2019 - Dec 2024\n- {line}\n",
                             fake_embedder)
        return years_doing(fake_embedder.embed([title])[0], features, sentence, title)[0]
    assert years("Medical Assistant", "Coordinate referrals with behavioral health and social services staff") == 0
    assert years("Medical Social Worker", "Psychosocial assessments for behavioral health patients") > 5
    assert years("Data Analyst", "Built billing reports in Python", "3+ years of Python", "Python Developer") > 5


@pytest.mark.parametrize("line", ["Moved nightly ETL from cron scripts to Airflow.",
                                  "Orchestrated ingestion DAGs in Apache Airflow.",
                                  "Built 40 dbt models for merchandising dashboards."])
def test_a_data_engineers_tools_show_the_pipelines_built(fake_embedder, line):
    """"3+ years of experience building data pipelines" found 0.0 years in a "Data Engineer" role whose lines
    ran ETL in Airflow and dbt, as no line said "data pipeline": the pipeline tools show the work they do."""
    features = _features(f"Experience\nData Engineer, Parcelly, Mar 2019 - Dec 2024\n{line}\n", fake_embedder)
    ask = "3+ years of experience building data pipelines"
    assert years_doing(features.role_vectors[0], features, ask, "Data Engineer II")[0] == pytest.approx(5.8, abs=0.1)


def test_conditions_of_the_work_count_neither_for_nor_against(seed_index):
    """"Able to lift 50 lbs" and "Weekend availability" are listed to confirm, not Missing:
    they weigh nothing in coverage and never make most must-haves missing."""
    text = ("# Warehouse Associate\nRequirements\n- 1+ year of warehouse experience\n"
            "- Able to stand for 8 hours and lift 50 lbs\n- Weekend and evening availability\n")
    with_conditions = _catalog(seed_index, [parse_posting(text, "w")])
    resume = resume_from_text("Experience\nWarehouse Associate, Acme Foods, 2019 - 2024\n"
                              "Picked and packed orders with an RF scanner.\n", "r")
    e = with_conditions.rank(resume)[0].explanation
    assert [r.kind for r in e.requirements] == ["must", "condition", "condition"]
    assert [r.text for r in e.asked] == ["1+ year of warehouse experience"]
    assert len(e.conditions) == 2 and e.missing_must == [] and not mostly_missing(e.requirements)
    alone = _catalog(seed_index, [parse_posting(text.split("- Able")[0], "w")]).rank(resume)[0].explanation
    assert e.coverage == alone.coverage == 1.0
    assert [r["kind"] for r in e.to_dict()["requirements"]] == ["must", "condition", "condition"]
    # no line shows them, and the JSON says so: to confirm, not missing (they read "missing")
    assert [r["status"] for r in e.to_dict()["requirements"]] == ["covered", "to_confirm", "to_confirm"]


def test_titles_are_compared_without_their_seniority():
    assert job_kind("Senior Data Scientist") == "Data Scientist"
    assert job_kind("Sr. Accountant") == "Accountant"
    assert job_kind("Software Engineer II") == "Software Engineer"
    assert job_kind("Staff Nurse") == "Nurse"
    assert job_kind("Entry-Level Sales Associate") == "Sales Associate"
    # what is nothing but a seniority, or names it elsewhere, stays
    assert job_kind("Lead") == "Lead" and job_kind("Team Lead") == "Team Lead"
    assert job_kind("Principal") == "Principal"
    posting = parse_posting("# Senior Rust Developer\nRequirements\n- 3+ years of Rust\n", "p")
    assert posting_texts(posting)[0] == "Rust Developer"



def test_a_setting_asked_that_no_role_names_is_shown_partly(seed_index):
    """"2+ years of secondary classroom teaching": a role like the job whose title and lines never
    name the setting asked (a classroom, secondary grades, a K-12 school) shows the years partly at
    most: a library's volunteer tutor teaches in no classroom.  A teacher at a high school shows it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Math Teacher\nRequirements\n- 2+ years of secondary classroom teaching experience\n", "t")])

    def row(text):
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements[0]
    tutor = row("Experience\nVolunteer Math Tutor, Houston Public Library, 2020 - Present\n"
                "Tutor high school students in Algebra I every Saturday.")
    assert tutor.status != "covered"
    teacher = row("Experience\nMath Teacher, Lincoln High School, 2019 - Present\nTaught Algebra I.")
    assert teacher.status == "covered"
    graded = row("Experience\nMath Teacher, Houston ISD, 2019 - Present\nTaught 9th grade Algebra I to five classes.")
    assert graded.status == "covered"


@pytest.mark.parametrize("title, ask, lines, status, said", [
    ("School Counselor", "1+ year of counseling experience in a K-12 setting",
     "Mental Health Counselor, Sutter Community Mental Health, 2018 - Present\nCoordinate with school staff.",
     "unknown", "0.0 in roles like this one in a K-12 school (roles that do not name one do not count)"),
    ("School Counselor", "1+ year of counseling experience in a K-12 setting",   # no role doing the work: no aside
     "Pharmacy Technician, Walgreens, 2018 - Present\nFilled prescriptions.",
     "unknown", "0.0 in roles like this one in a K-12 school"),
    ("School Counselor", "1+ year of counseling experience in a K-12 setting",
     "School Counselor, Folsom High School, 2021 - Present\nMet with 400 students a year.",
     "met", "in roles like this one in a K-12 school"),
    ("Math Teacher", "2+ years of secondary classroom teaching experience",
     "Math Teacher, Kumon Learning Center, 2019 - Present\nTutor students after school.",
     "unknown", "0.0 in roles like this one in a classroom and secondary grades (roles that do not name them do not "
     "count)"),
    ("Math Teacher", "2+ years of secondary classroom teaching experience",
     "Math Teacher, Lincoln High School, 2019 - Present\nTaught Algebra I to five classes.",
     "met", "in roles like this one in a classroom and secondary grades"),
    ("Math Teacher", "2+ years of teaching experience",
     "Math Teacher, Lincoln Academy, 2019 - Present\nTaught Algebra I.", "met", "7.4 in roles like this one"),
    ("School Counselor", "1+ year of counseling experience, K-12 setting preferred",   # a softened add-on
     "Counselor, Sutter Community Mental Health, 2018 - Present\nCounsel adolescents and families.",
     "met", "8.4 in roles like this one"),
    # a setting listed among others is one of the ways: a pediatric clinic's COTA had been "0.0 in roles like
    # this one in a K-12 school" (knock-out unknown, row partial 0.4)
    ("Occupational Therapy Assistant", "1+ years of pediatric experience (school-based, outpatient or early "
     "intervention)", "Occupational Therapy Assistant, Kids First Pediatric Therapy Center, 2018 - Present\n"
     "Fine motor and sensory sessions for children 2-14.", "met", "8.4 in roles like this one"),
    ("School Counselor", "1+ year of counseling experience in a K-12 or higher education setting",
     "Counselor, Sierra College Counseling Center, 2018 - Present\nAdvise students.", "met",
     "8.4 in roles like this one"),
    # a grade spelled out is its school's level: "Second Grade Teacher" had been no elementary role (row partly
    # 0.40 by the summary line, score 62.6; now covered by the role, 62.8)
    ("Teacher", "2+ years of elementary classroom teaching experience",
     "Second Grade Teacher, Aurora Public Schools, 2019 - Present\nTaught reading to 24 students.", "met",
     "in roles like this one in a classroom and elementary grades"),
    ("Teacher", "2+ years of secondary classroom teaching experience",
     "Eighth Grade Teacher, Aurora Public Schools, 2019 - Present\nTaught math to 120 students.", "met",
     "in roles like this one in a classroom and secondary grades"),
    # a band of grades is their school's level: "2+ years teaching grades K-6" had been met (row covered 1.00) by a
    # high school teacher of "grades 9-12"
    ("Teacher", "2+ years teaching grades K-6",
     "Math Teacher, Westland High School, 2019 - Present\nTaught Algebra I to grades 9-12.", "unknown",
     "0.0 in roles like this one in elementary grades (roles that do not name one do not count)"),
    ("Teacher", "2+ years teaching grades K-6",
     "Third Grade Teacher, Aurora Public Schools, 2019 - Present\nTaught reading to 24 students.", "met",
     "in roles like this one in elementary grades"),
    ("Teacher", "3+ years of experience teaching grades 7-12",
     "Fourth Grade Teacher, Aurora Public Schools, 2019 - Present\nTaught math to 24 students.", "unknown",
     "0.0 in roles like this one in secondary grades (roles that do not name one do not count)"),
    # a role whose title says it is outpatient is held in no hospital's beds, whatever its lines touch: an
    # "Outpatient Coder II" coding "clinic and ED visits" had met "3+ years of inpatient coding" (ED read as acute care)
    ("Inpatient Coder", "3+ years of inpatient coding experience",
     "Outpatient Coder II, Mercy Hospital, 2019 - Present\nAssigned ICD-10-CM codes for clinic and ED visits.",
     "unknown", "0.0 in roles like this one in acute care (roles that do not name one do not count)"),
    ("Inpatient Coder", "3+ years of inpatient coding experience",
     "Coding Specialist, Mercy Hospital, 2019 - Present\nAssigned ICD-10-CM/PCS codes and MS-DRGs to inpatient stays.",
     "met", "7.4 in roles like this one or in the work it names in acute care"),
    # the same setting twice is still the one asked
    ("Registered Nurse", "2+ years of RN experience in ICU/CVICU",
     "Registered Nurse, Mercy Hospital Telemetry Unit, 2018 - Present\nCardiac monitoring.",
     "unknown", "0.0 in roles like this one in an intensive care unit (roles that do not name one do not count)"),
])
def test_the_years_knock_out_counts_only_roles_in_the_setting_its_ask_names(seed_index, title, ask, lines, status,
                                                                             said):
    """The years a setting's ask names ("in a K-12 setting", "secondary classroom") are those of roles
    held there, as the checklist row reads them: a community therapist's 6 years do not meet "1+ year
    of counseling experience in a K-12 setting" (the knock-out was met while the row was partial),
    and the reason says why; an ask naming no setting counts every role like the job."""
    catalog = _catalog(seed_index, [parse_posting(f"# {title}\nRequirements\n- {ask}\n", "t")])
    match = catalog.rank(resume_from_text(f"Experience\n{lines}\n", "r", today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == status and years.resume.endswith(said), years.resume
    row = match.explanation.requirements[0]
    assert (row.status == "covered") == (status == "met")


@pytest.mark.parametrize("ask, lines, shown", [
    ("2+ years of secondary classroom teaching experience",
     ["Volunteer Math Tutor, Houston Public Library, 2020 - Present", "Tutor high school students."], False),
    ("2+ years of secondary classroom teaching experience",
     ["Math Teacher, Lincoln High School, 2019 - Present", "Taught Algebra I."], True),
    ("1+ year of counseling experience in a K-12 setting",
     ["Therapist, Sutter Community Mental Health, 2019 - Present", "Coordinate with school staff on plans."], False),
    ("1+ year of counseling experience in a K-12 setting",
     ["School Counseling Intern, Folsom High School, 2023 - 2024", "Met with 40 students."], True),
    ("3+ years of elementary teaching experience",
     ["Teacher, Oak Park School, 2018 - 2023", "Taught grade 3."], True),
    ("3+ years of elementary teaching experience",
     ["Teacher, Oak Park School, 2018 - 2023", "Taught Algebra II."], False),
    ("3+ years of teaching experience", ["Volunteer Math Tutor, Houston Public Library, 2020 - 2024"], True),
    ("Secondary data analysis, 2+ years", ["Analyst, Acme, 2019 - 2024"], True),   # no school's setting
    # a doctor's office: a clinic's or a practice's role, not a dentist's nor a hospital's pharmacy's
    ("1 year of clinical experience in a physician's office",
     ["Medical Assistant, Family Medicine Clinic, 2019 - 2024", "Roomed patients."], True),
    ("1 year of clinical experience in a physician's office",
     ["Dental Assistant, Bright Smiles Family Dentistry, 2019 - 2024", "Took x-rays."], False),
    ("1 year of clinical experience in a physician's office",
     ["Inpatient Pharmacy Technician, Banner University Medical Center, 2019 - 2024", "Restocked Pyxis."], False),
    # a hospital's pharmacist is no retail pharmacy's, wherever the hospital stands in the role's text
    ("2+ years of retail pharmacy experience",
     ["Clinical Pharmacist, Riverside Methodist Hospital, 2019 - Present", "Pharmacy-to-dose vancomycin."], False),
    ("2+ years of retail pharmacy experience",
     ["Staff Pharmacist, Kroger Pharmacy, 2017 - 2019", "Dispensed 250 prescriptions a day."], True),
])
def test_roles_in_the_setting_an_ask_names(fake_embedder, ask, lines, shown):
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    assert list(features.roles_in_setting(ask)) == [shown]


_ICU_RN = ["Registered Nurse, Medical ICU, St. Luke's Hospital, 2020 - Present", "Titrate vasoactive drips."]
_CLINIC_RN = ["Registered Nurse, Outpatient Clinic, Memorial Hermann, 2018 - 2020", "Triage walk-in patients."]
_FLOOR_RN = ["Staff Nurse, 5 West Medical-Surgical Unit, Baptist Medical Center, 2019 - 2024", "Care for 6 patients."]
_ER_RN = ["Registered Nurse - Emergency Department, Mercy Hospital, 2019 - 2024", "Triage and stabilise patients."]


@pytest.mark.parametrize("ask, lines, shown", [
    # an intensive care unit: a role titled or described ICU, intensive care, critical care (MICU, CVICU, CCU)
    ("2+ years of ICU experience", _ICU_RN, True),
    ("2+ years of ICU experience", _CLINIC_RN, False),
    ("2+ years of ICU experience", _FLOOR_RN, False),
    ("2 years of critical care nursing experience", ["Staff RN, CVICU, Duke University Hospital, 2019 - 2024"], True),
    ("1 year of intensive care experience", ["RN, Baylor Scott & White, 2019 - 2024",
                                             "Float between the SICU and CCU."], True),
    # acute care: a hospital's inpatient units, not a clinic, home health or a nursing home
    ("1 year acute care experience", _FLOOR_RN, True),
    ("1 year acute care experience", _ICU_RN, True),
    ("1 year acute care experience", _ER_RN, True),
    ("1 year acute care experience", _CLINIC_RN, False),
    ("1 year acute care experience", ["Physical Therapist, Sunrise Home Health, 2019 - 2024",
                                      "Treat patients at home after hospital discharge."], False),
    ("1+ year of inpatient experience", ["Physical Therapist, Inpatient Rehab, Ohio State Wexner Medical Center, "
                                         "2019 - 2024"], True),
    ("1 year acute care experience", ["Pharmacy Technician, Outpatient Pharmacy, Kaiser Permanente Hospital, "
                                      "2019 - 2024"], False),
    ("1 year acute care experience", ["Registered Nurse, Sutter Community Hospital, 2019 - 2024"], True),
    # a med-surg unit
    ("3 years Med-Surg experience", _FLOOR_RN, True),
    ("3 years Med-Surg experience", _ICU_RN, False),
    ("3 years of medical/surgical nursing", ["RN, Med/Surg Telemetry, Regions Hospital, 2019 - 2024"], True),
    # an emergency department: "ER", "ED", "emergency department", "emergency room"
    ("2 years ER/emergency department experience", _ER_RN, True),
    ("2 years ER/emergency department experience", _ICU_RN, False),
    ("2+ years of ED nursing experience", ["Staff Nurse - ER, Parkland Hospital, 2019 - 2024"], True),
    ("2+ years of ED nursing experience", ["Emergency Medical Technician, Metro EMS, 2019 - 2024"], False),
    # none named: every role counts; another sense of the words names none
    ("2+ years of nursing experience", _CLINIC_RN, True),
    ("2+ years designing ER diagrams and data models", ["Data Architect, Acme, 2019 - 2024"], True),
    ("3+ years of emergency management experience", ["Planner, County Office, 2019 - 2024"], True),
    # a choice of known settings: a role in one of them; a list naming another place asks none
    ("2 years of ICU or ER experience", _ER_RN, True),
    ("2 years of ICU or ER experience", _ICU_RN, True),
    ("2 years of ICU or ER experience", _FLOOR_RN, False),
    ("2 years of ICU, ED, or step-down experience", _FLOOR_RN, True),
])
def test_roles_in_the_clinical_setting_an_ask_names(fake_embedder, ask, lines, shown):
    """"2+ years of ICU experience", "1 year acute care experience", "3 years Med-Surg", "ER/emergency
    department experience": the roles held in that setting, as the K-12 school's (walk-through 38)."""
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    assert list(features.roles_in_setting(ask)) == [shown]


@pytest.mark.parametrize("ask, lines, status, said", [
    ("2+ years of ICU experience", _CLINIC_RN + _FLOOR_RN, "unknown",
     "0.0 in roles like this one in an intensive care unit"),
    ("2+ years of ICU experience", _ICU_RN + _CLINIC_RN, "met", "in roles like this one in an intensive care unit"),
    ("1 year acute care experience", _CLINIC_RN, "unknown",
     "0.0 in roles like this one in acute care (roles that do not name one do not count)"),
    ("1 year acute care experience", _FLOOR_RN, "met", "in roles like this one in acute care"),
    # a choice of known settings asks one of them: "ICU or ER" had asked none (a med-surg nurse's years met it)
    ("2 years of ICU or ER experience", _ER_RN, "met",
     "in roles like this one in an intensive care unit or an emergency department"),
    ("2 years of ICU or ER experience", _FLOOR_RN, "unknown",
     "0.0 in roles like this one in an intensive care unit or an emergency department"),
])
def test_the_years_knock_out_counts_only_roles_in_the_clinical_setting_its_ask_names(seed_index, ask, lines, status,
                                                                                      said):
    """A clinic nurse's years do not meet "2+ years of ICU experience", in the knock-out as in the row."""
    catalog = _catalog(seed_index, [parse_posting(f"# Registered Nurse - ICU\nRequirements\n- {ask}\n", "t")])
    text = "Experience\n" + "\n".join(lines) + "\n"
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == status and years.resume.endswith(said), years.resume
    assert (match.explanation.requirements[0].status == "covered") == (status == "met")


@pytest.mark.parametrize(("lines", "status", "said"), [
    # 3.9 of 7.5 years in an ICU: all the roles had been held to the ICU, and 3.9 fell short of 5
    (["Registered Nurse, ICU, Banner Desert Medical Center, Jan 2023 - Jan 2026", "Two ventilated patients a shift.",
      "Registered Nurse, St. Joseph's Hospital, Jan 2019 - Dec 2022", "Five-patient med-surg assignments."],
     "met", "7.1 in roles like this one"),
    (["Registered Nurse, Telemetry, Banner Desert Medical Center, Jan 2023 - Jan 2026", "Cardiac monitoring.",
      "Registered Nurse, St. Joseph's Hospital, Jan 2019 - Dec 2022", "Five-patient med-surg assignments."],
     "unknown", "(7.1 of the work, 0.0 in an ICU)"),
])
def test_a_setting_a_later_figure_names_holds_some_of_the_years(seed_index, lines, status, said):
    """"5+ years of RN experience, including 2 years in an ICU": the ICU is where 2 of the 5 years were held."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Registered Nurse\nRequirements\n- 5+ years of RN experience, including 2 years in an ICU\n", "t")])
    match = catalog.rank(resume_from_text("Experience\n" + "\n".join(lines) + "\n", "r",
                                          today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == status and years.resume.endswith(said), years.resume


_MICRO_TECH = ["Microbiology Lab Technician, Catalent, 2020 - 2024", "Bioburden, endotoxin and sterility testing."]
_SOIL_LAB = ["Lab Assistant, Sacramento State Soil Lab, 2019 - 2021", "Prepared soil samples for grain size analysis."]
_FIELD_TECH = ["Environmental Field Technician, Terracon, 2021 - Present", "Collected groundwater samples."]


@pytest.mark.parametrize("ask, lines, shown", [
    ("1-3 years of experience in a microbiology lab, GMP preferred", _MICRO_TECH, True),
    ("1-3 years of experience in a microbiology lab, GMP preferred", _SOIL_LAB, False),
    ("1-3 years of experience in a microbiology lab, GMP preferred", _FIELD_TECH, False),
    ("2+ years in a QC micro lab", ["Laboratory Technician, City of Roseville, 2019 - 2024",
                                    "Coliform testing (Colilert) of drinking water."], True),
    # a laboratory: any lab's role, not field work (an environmental field technician's 5.6 years had covered
    # "1-2 years of laboratory experience in an analytical or environmental laboratory")
    ("2+ years of laboratory experience", _SOIL_LAB, True),
    ("2+ years of laboratory experience", _MICRO_TECH, True),
    ("1-2 years of laboratory experience in an analytical or environmental laboratory", _FIELD_TECH, False),
    ("3+ years of HPLC experience in a GMP lab", ["QC Chemist II, Aurobindo, 2022 - Present",
                                                 "Performed HPLC analyses for assay."], True),
    ("2+ years of experience with lab equipment", _FIELD_TECH, True),   # equipment, no setting
    # a hotel: a store cashier's 7.5 years had covered "2+ years of concierge or guest services experience in a
    # luxury hotel"; a hotel's name or its own work shows one
    ("2+ years of concierge or guest services experience in a luxury hotel",
     ["Cashier / Stock Associate, Walmart, 2019 - 2021", "Helped customers find products."], False),
    ("2+ years of concierge or guest services experience in a luxury hotel",
     ["Front Desk Agent, Four Seasons Hotel Miami, 2020 - 2021", "Checked guests in and out using Opera PMS."], True),
    ("2+ years of concierge or guest services experience in a luxury hotel",
     ["Concierge, The Setai, 2022 - Present", "Arrange dining reservations for VIP guests."], True),
    ("1 year of experience in a hotel or restaurant", ["Server, Nobu Restaurant, 2018 - 2020"], True),
    # managed property: a CPA firm's staff accountant had met "2+ years of property management accounting"
    ("2+ years of property management accounting",
     ["Staff Accountant, Miller CPA Group, 2017 - 2020", "Bank reconciliations for small business clients."], False),
    ("2+ years of property management accounting",
     ["Staff Accountant, Summit Residential, 2017 - 2020", "Reconciled rent rolls and CAM charges in Yardi."], True),
    ("3+ years of property management experience",
     ["Community Manager, Oak Ridge Apartments, 2019 - 2024", "Oversaw leasing for 240 units."], True),
    # healthcare: a logistics firm's payroll is none (it had covered "3+ years of healthcare payroll experience")
    ("3+ years of healthcare payroll experience",
     ["Payroll Specialist, Front Range Logistics, 2017 - 2022", "Processed bi-weekly payroll in UKG."], False),
    ("3+ years of healthcare payroll experience",
     ["Payroll Specialist, Mercy Hospital, 2017 - 2022", "Processed bi-weekly payroll in UKG."], True),
    ("3+ years of healthcare payroll experience",
     ["Payroll Coordinator, Summit Partners, 2017 - 2022", "Payroll for 1,200 nurses and physicians."], True),
    # a later figure's setting is some of the years, not all (``part_years``)
    ("5+ years of RN experience, including 2 years in an ICU",
     ["Registered Nurse, St. Joseph's Hospital, 2017 - 2022", "Five-patient assignments on a med-surg unit."], True),
])
def test_roles_in_the_laboratory_or_hotel_an_ask_names(fake_embedder, ask, lines, shown):
    """"1-3 years of experience in a microbiology lab": the roles whose title or lines name the science
    or its tests; a soil lab's assistant and a field technician, whose titles are like a lab
    technician's, had counted 7.3 years and covered the row (walk-through 46)."""
    features = _features("Experience\n" + "\n".join(lines), fake_embedder)
    assert list(features.roles_in_setting(ask)) == [shown]


@pytest.mark.parametrize("line, shown", [
    ("Sold cloud payroll and timekeeping software to hospitals and clinic groups", False),
    ("Consistently over quota selling HR and payroll solutions to health systems", False),
    ("Processed bi-weekly payroll for 900 nurses in UKG", True),
    # the work done, then a product sold: the work is still shown
    ("Ran payroll for 40 stores and sold the team on new timekeeping software", True),
])
def test_a_line_selling_a_product_named_by_its_work_shows_no_such_work(fake_embedder, line, shown):
    """An account executive who "Sold cloud payroll and timekeeping software to hospitals" met "3+ years of
    healthcare payroll experience" (6.9 years "in the work it names in healthcare", the row covered by the
    role's line): the skill named as the product sold shows the selling, not the work (walk-through: office)."""
    features = _features(f"Experience\nAccount Executive, PayrollPoint, 2019 - 2026\n- {line}\n", fake_embedder)
    assert bool(features.lines_showing(["Payroll"])) == shown


def test_years_of_work_a_seller_sold_the_product_of_are_not_met(seed_index):
    catalog = _catalog(seed_index, [
        parse_posting("# Payroll Specialist\nRequirements\n- 3+ years of healthcare payroll experience\n", "py")])
    duty = "Sold cloud payroll and timekeeping software to hospitals and clinic groups."
    assert _first_row_and_years(catalog, "Senior Account Executive, PayrollPoint", "py", duty)[1] == ["unknown"]
    duty = "Processed bi-weekly payroll for 900 nurses at Mercy Hospital."
    assert _first_row_and_years(catalog, "Payroll Specialist, Mercy Hospital", "py", duty) == ("covered", ["met"])


def test_a_microbiology_lab_a_laboratory_and_a_hotel_are_settings_of_a_years_ask():
    assert settings_named("1-3 years of experience in a microbiology lab") == ["a microbiology laboratory"]
    assert settings_named("2+ years of microbiological laboratory experience") == ["a microbiology laboratory"]
    assert settings_named("Bachelor's in Microbiology; 2 years of lab experience") == ["a laboratory"]
    assert settings_named("3+ years of HPLC experience in a GMP lab") == ["a laboratory"]
    assert settings_named("Experience with laboratory information systems, 2 years") == []
    assert settings_named("2+ years of guest-facing hospitality experience in a luxury hotel or resort") == ["a hotel"]
    assert settings_named("1 year of hotel front desk or customer service experience") == []


@pytest.mark.parametrize("ask, named", [
    ("1-2 years bartending experience in a high-volume or hotel bar", []),
    ("2+ years serving in a fine dining or resort restaurant", []),
    ("2 years of experience in a boutique or luxury hotel", ["a hotel"]),
    ("2 years of bartending experience in a hotel bar", ["a hotel"]),
])
def test_a_hotels_outlet_as_one_choice_asks_no_hotel(ask, named):
    """"1-2 years bartending experience in a high-volume or hotel bar" asked a hotel, so a bartender of four years
    at "The Driskill Bar" read "0.0 in roles like this one in a hotel (roles that do not name one do not count)":
    the "or" before "hotel bar" offers a high-volume bar in its place (walk-through hospitality)."""
    assert settings_named(ask) == named


def test_roles_a_little_short_of_the_years_asked_cover_them_partly(seed_index):
    """1.8 years of the 2 asked is close, and still short: partly covered, as the
    knock-out says "to check"."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Classroom Teacher\nRequirements\n- 2+ years of classroom teaching experience\n", "t")])
    resume = resume_from_text("Experience\nClassroom Teacher, Lincoln Elementary, Aug 2022 - May 2024\n"
                              "Planned lessons.", "r", today=datetime.date(2026, 6, 1))
    req = catalog.rank(resume)[0].explanation.requirements[0]
    assert req.status == "partial" and req.evidence.startswith("Classroom Teacher, Lincoln Elementary")


def test_the_checklist_agrees_with_the_knockouts_beside_it(seed_index):
    """A licence the knock-outs do not find in the resume leaves its requirement partly
    covered at most, whatever else its line shows; a licence found leaves it as it is."""
    posting = parse_posting("# Food Safety Inspector\nRequirements\n"
                            "- HACCP certification required; PCQI certification required\n", "fs")
    catalog = _catalog(seed_index, [posting])

    def row(text):
        match = catalog.rank(resume_from_text(text, "r"))[0]
        return match.explanation.requirements[0], {c.posting: c.status for c in match.eligibility.checks}
    one, checks = row("Certifications\nHACCP certification, 2021\n")
    assert "unknown" in checks.values() and one.status == "partial"
    both, checks = row("Certifications\nHACCP certification, 2021\nPCQI certification, 2022\n")
    assert set(checks.values()) == {"met"} and both.status == "covered"


def test_a_licence_no_line_names_is_missing_whatever_words_a_line_shares(seed_index):
    posting = parse_posting("# Dental Hygienist\nRequirements\n- Current Illinois Dental Hygienist license\n"
                            "- Experience with Dentrix\n", "dh")
    catalog = _catalog(seed_index, [posting])
    rows = catalog.rank(resume_from_text(
        "Experience\nDental Assistant, Bright Smiles Family Dental, Jun 2020 - Present\n"
        "Certifications\nIllinois Dental Radiography certification, 2021\n", "r"))[0].explanation.requirements
    assert rows[0].status == "missing" and rows[0].evidence is None
    held = catalog.rank(resume_from_text(
        "Experience\nDental Hygienist, Bright Smiles Family Dental, Jun 2020 - Present\n"
        "Licenses\nIllinois Dental Hygienist license, 2020\n", "r"))[0].explanation.requirements
    assert held[0].status == "covered"


def test_a_gpa_asked_is_shown_by_the_gpa_the_resume_states(seed_index):
    catalog = _catalog(seed_index, [parse_posting("# Audit Associate\nRequirements\n- Minimum GPA of 3.0\n", "a")])

    def row(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert row("Education\nB.S. Accounting, Ohio State University, 2026, GPA 3.7/4.0\n").status == "covered"
    assert row("Education\nB.S. Accounting, Ohio State University, 2026, GPA 2.8/4.0\n").status == "missing"


def test_bilingual_asks_both_languages_it_names(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Universal Banker\nRequirements\n- Bilingual English/Spanish required\n", "b")])

    def row(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    # another pair of languages is bilingual, and shows none of the Spanish asked (it had read partly)
    assert row("Skills\nCash handling, bilingual English/Tamil\n").status == "missing"
    assert row("Skills\nCash handling, bilingual English/Spanish\n").status == "covered"
    # English is shown by what an English resume says, as soft skills are: never one to learn
    match = catalog.rank(resume_from_text("Skills\nCash handling, bilingual Spanish\n", "r"))[0]
    assert match.explanation.requirements[0].status == "covered" and match.explanation.skills_missing == []


def test_a_clearance_is_no_skill_to_learn(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Mechanical Engineer\nRequirements\n- Ability to obtain a Secret clearance\n- SolidWorks\n", "me")])
    e = catalog.rank(resume_from_text("Skills\nAutoCAD\n", "r"))[0].explanation
    assert e.skills_missing == ["SolidWorks"]


def test_a_degree_asked_of_a_resume_that_names_none_is_partly_covered_at_most(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Staff Accountant\nRequirements\n- Bachelor's degree in Accounting or Finance\n", "acct")])
    row = catalog.rank(resume_from_text("Education\nCoursework in accounting, Ohlone College (no degree)\n",
                                        "r"))[0].explanation.requirements[0]
    assert row.status != "covered"


def test_a_citizenship_the_knockouts_find_covers_its_requirement(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Mechanical Engineer\nRequirements\n- US citizenship required (ITAR)\n- SolidWorks\n", "me")])
    match = catalog.rank(resume_from_text("Summary\nMechanical engineer. U.S. citizen.\n", "r"))[0]
    assert [c.status for c in match.eligibility.checks if c.kind == "citizenship"] == ["met"]
    row = match.explanation.requirements[0]
    assert row.status == "covered" and row.evidence == "U.S. citizen."


@pytest.mark.parametrize("posting, line", [
    ("- U.S. Citizenship is required\n- Excel", "U.S. Citizen"),
    ("- EU work permit or eligibility for the EU Blue Card\n- Python", "Nationality: German"),
])
def test_a_citizenship_stated_among_personal_details_covers_its_requirement(seed_index, posting, line):
    """A status line the resume's sentences leave out (a personal detail, "Nationality: German";
    a line of the name block, "U.S. Citizen") still covers the row its knock-out meets, quoted."""
    catalog = _catalog(seed_index, [parse_posting(f"# Analyst\nRequirements\n{posting}\n", "an")])
    match = catalog.rank(resume_from_text(f"Jo Doe\nDenver, CO\n{line}\n\nExperience\nAnalyst, Acme, 2020 - "
                                          "Present\n", "r"))[0]
    assert [c.status for c in match.eligibility.checks if c.kind == "citizenship"] == ["met"]
    row = match.explanation.requirements[0]
    assert row.status == "covered" and line.startswith(row.evidence.rstrip("."))


def test_years_in_a_kind_of_work_the_posting_names_count_roles_doing_it(seed_index):
    """"2+ years in instructional design, training development, or teaching": a teacher's years
    are years of work the posting names, though "Science Teacher" is no title like its own; a
    nurse or a cook does none of it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Instructional Designer\nRequirements\n"
        "- 2+ years of experience in instructional design, training development, or teaching\n", "id")])

    def match(title):
        resume = resume_from_text(f"Experience\n{title}, Cedar Ridge, Aug 2016 - Jan 2026\nPlanned lessons.\n",
                                  "r", today=datetime.date(2026, 6, 1))
        m = catalog.rank(resume)[0]
        return m.explanation.requirements[0], [(c.status, c.resume) for c in m.eligibility.checks
                                               if c.kind == "years"]
    row, years = match("8th Grade Science Teacher")
    assert row.status == "covered" and row.evidence.startswith("8th Grade Science Teacher")
    assert years == [("met", "9.5 years of work, 9.5 in roles like this one or in the work it names")]
    for other in ("Registered Nurse", "Line Cook"):
        row, years = match(other)
        assert row.status != "covered" and years == [("unknown", "9.5 years of work, 0.0 in roles like this one")]


def test_a_truck_drivers_years_are_tractor_trailer_experience(seed_index):
    """"Minimum 2 years verifiable tractor-trailer experience": an OTR or regional driver's years
    count (were 0.0 in roles like this one), a delivery driver's do not."""
    catalog = _catalog(seed_index, [parse_posting(
        "# CDL-A Tanker Driver\nRequirements\n- Minimum 2 years verifiable tractor-trailer experience\n", "t")])

    def years(title):
        resume = resume_from_text(f"Experience\n{title}, Schneider National, Green Bay, WI, Jan 2019 - Jan 2026\n"
                                  "Hauled dry van loads.\n", "r", today=datetime.date(2026, 6, 1))
        return [c.status for c in catalog.rank(resume)[0].eligibility.checks if c.kind == "years"]
    for title in ("OTR Driver", "Regional Driver", "Tractor-Trailer Driver", "Truck Driver"):
        assert years(title) == ["met"], title
    assert years("Local Delivery Driver") == ["unknown"]


def test_years_of_a_broad_kind_of_work_count_the_titles_that_do_it_and_no_other_kind(seed_index):
    """"At least 1 year of warehouse or distribution experience" at a "Warehouse Associate" posting: an
    order picker's, a forklift operator's and a distribution centre's team member's years count (were 0.0
    in roles like this one), a sales or office associate's do not (were met, covered by the title's
    likeness alone); "2 years of office or administrative experience": a receptionist's years count."""
    catalog = _catalog(seed_index, [
        parse_posting("# Warehouse Associate - 2nd Shift\nRequirements\n"
                      "- At least 1 year of warehouse or distribution experience\n", "wh"),
        parse_posting("# Office Administrator\nRequirements\n- 2 years of office or administrative experience\n",
                      "office")])

    def match(line, posting):
        resume = resume_from_text(f"Experience\n{line}, Jan 2019 - Jan 2026\nWorked the shift.\n", "r",
                                  today=datetime.date(2026, 6, 1))
        m = next(m for m in catalog.rank(resume, top_k=2) if m.posting.id == posting)
        return m.explanation.requirements[0].status, [c.status for c in m.eligibility.checks if c.kind == "years"]
    for line in ("Order Picker, Kroger Distribution Center, Columbus OH", "Forklift Operator, Delta Lumber",
                 "Team Member, Amazon Fulfillment Center, Columbus OH", "Warehouse Associate, Acme Co."):
        assert match(line, "wh") == ("covered", ["met"]), line
    for line in ("Sales Associate, Acme Co., Columbus OH", "Office Associate, Acme Co.", "Office Assistant, Acme Co.",
                 "Administrative Assistant, Acme Co."):
        status, years = match(line, "wh")
        assert status != "covered" and years == ["unknown"], line
    for line in ("Front Desk Receptionist, Puget Dental Care", "Receptionist, Acme Co.", "Office Assistant, Acme Co."):
        assert match(line, "office") == ("covered", ["met"]), line
    status, years = match("Order Picker, Kroger Distribution Center", "office")
    assert status != "covered" and years == ["unknown"]


def test_a_roles_site_is_read_on_its_firms_line_above_its_title(seed_index):
    """"Acme Plastics, Inc." / "Machine Operator" / "2019 - Present": the site a role was held at is named on
    its firm's own line above the title, which was not read, so an associate at "Kroger Distribution Center"
    written so held 0.0 years of "warehouse or distribution experience" where "Associate, Kroger Distribution
    Center, ..." held them all; no line of another role's nor a heading is read so."""
    from matcher.resumes.roles import firm_line

    catalog = _catalog(seed_index, [parse_posting("# Warehouse Associate - 2nd Shift\nRequirements\n"
                                                  "- At least 1 year of warehouse or distribution experience\n",
                                                  "wh")])

    def years(text):
        resume = resume_from_text(text, "r", today=datetime.date(2026, 6, 1))
        return [c.status for c in catalog.rank(resume)[0].eligibility.checks if c.kind == "years"]
    assert years("Experience\nKroger Distribution Center, Columbus OH\nAssociate\nJan 2019 - Jan 2026\n"
                 "- Worked the shift.\n") == ["met"]
    assert years("Experience\nAcme Co., Columbus OH\nAssociate\nJan 2019 - Jan 2026\n- Worked the shift.\n") \
        == ["unknown"]
    assert [firm_line(x) for x in ("Acme Plastics, Inc.", "Lakeshore Molding Co.", "Cool Breeze Air, Tucson AZ",
                                   "Machine Operator", "Ran the press line")] == [True, True, True, False, False]


def test_an_engineers_discipline_counts_toward_its_own_years_and_no_other(seed_index):
    """"4 years of civil engineering design experience" at a "Civil Engineer II" posting: a civil or a
    transportation engineer's years count, a mechanical or a manufacturing engineer's do not (they were met,
    11.9 years "in roles like this one", the titles alike to the model); "3+ years as a manufacturing or
    process engineer": a manufacturing engineer's count, a mechanical engineer's do not."""
    catalog = _catalog(seed_index, [
        parse_posting("# Civil Engineer II\nRequirements\n"
                      "- 4 years of civil engineering design experience (roadway, drainage, utilities)\n", "civil"),
        parse_posting("# Manufacturing Engineer\nRequirements\n"
                      "- 3+ years as a manufacturing or process engineer in a production environment\n", "mfg")])

    def years(line, posting):
        resume = resume_from_text(f"Experience\n{line}, Jan 2019 - Jan 2026\nDesigned things.\n", "r",
                                  today=datetime.date(2026, 6, 1))
        m = next(m for m in catalog.rank(resume, top_k=2) if m.posting.id == posting)
        return [c.status for c in m.eligibility.checks if c.kind == "years"]
    for line in ("Civil Engineer, City of Wichita", "Transportation Engineer, KDOT"):
        assert years(line, "civil") == ["met"], line
    for line in ("Senior Mechanical Engineer, Prairie Aerostructures", "Manufacturing Engineer, Heartland Pump Co."):
        assert years(line, "civil") == ["unknown"], line
    assert years("Manufacturing Engineer, Heartland Pump Co.", "mfg") == ["met"]
    assert years("Process Engineer, Cargill", "mfg") == ["met"]
    assert years("Senior Mechanical Engineer, Prairie Aerostructures", "mfg") == ["unknown"]


def test_years_of_work_named_by_a_verb_count_the_roles_that_name_what_it_is_done_to(seed_index):
    """"2 years of experience coordinating training programs" at a "Training Coordinator" posting: a
    coordinator's years whose lines coordinate events and campaigns do not count (as a "Marketing Coordinator"'s
    were met, the row covered quoting the role's line, by the titles' likeness alone); a coordinator's whose
    lines schedule training do, and a training coordinator's.  "3+ years of experience designing web and
    mobile interfaces" at a "UX/UI Designer" posting: a designer's of brochures do not (as an "Instructional
    Designer"'s and a "Senior Graphic Designer"'s were met), nor one's whose line names the web alone, not
    the interfaces the posting's title names; a designer's of app interfaces do."""
    catalog = _catalog(seed_index, [
        parse_posting("# Training Coordinator\nRequirements\n"
                      "- 2 years of experience coordinating training programs\n", "tc"),
        parse_posting("# UX/UI Designer\nRequirements\n"
                      "- 3+ years of experience designing web and mobile interfaces\n", "ux")])

    def match(line, posting, duty):
        return _first_row_and_years(catalog, line, posting, duty)
    status, years = match("Coordinator, Lakeview Community Bank", "tc",
                          "Coordinate community events and email campaigns for 14 branches.")
    assert status != "covered" and years == ["unknown"]
    assert match("Coordinator, Mercy Health", "tc",
                 "Schedule onboarding and compliance training for 1,200 staff.") == ("covered", ["met"])
    assert match("Training Coordinator, Mercy Health", "tc", "Worked with managers.") == ("covered", ["met"])
    for duty in ("Design brochures, posters and packaging.",
                 "Built landing page mockups and handed them off to the web developer."):
        status, years = match("Designer, Brightline Agency", "ux", duty)
        assert status != "covered" and years == ["unknown"], duty
    assert match("Designer, Cobalt Apps", "ux", "Design web and mobile app interfaces for a fintech product.")[1] \
        == ["met"]


def test_years_of_work_serving_people_count_the_roles_that_name_them(seed_index):
    """"2+ years of experience coaching collegiate or professional athletes" at a "Strength and Conditioning
    Coach" posting, whose title does not name the athletes: a coach of adult clients coached none (a "Personal
    Trainer"'s years were met and the row covered quoting the role's line, by the titles' likeness alone); a
    coach whose lines name the athletes did.  A thing the work is done to that the title does not name still
    asks nothing of a like title ("selling software" at an "Account Executive" posting)."""
    catalog = _catalog(seed_index, [
        parse_posting("# Strength and Conditioning Coach\nRequirements\n"
                      "- 2+ years of experience coaching collegiate or professional athletes\n", "sc"),
        parse_posting("# Account Executive\nRequirements\n- 2+ years of experience selling software\n", "ae")])

    def match(line, posting, duty):
        return _first_row_and_years(catalog, line, posting, duty)
    status, years = match("Strength and Conditioning Coach, Lifetime Fitness", "sc",
                          "Designed strength and weight-loss programs for 30 adult clients.")
    assert status != "covered" and years == ["unknown"]
    assert match("Strength and Conditioning Coach, Baylor University", "sc",
                 "Ran lifts and speed work for 90 Division I football athletes.") == ("covered", ["met"])
    assert match("Account Executive, Globex", "ae", "Closed new business with CFOs.")[1] == ["met"]


def test_a_fields_specialty_is_not_done_by_a_title_alike(seed_index):
    """"3+ years of multi-state payroll processing experience" at a "Senior Accountant" posting: multi-state
    payroll is a specialty of payroll (it implies Payroll), not the broad field a title says, so a "Senior
    Accountant" who closed the books did none of it (their 7.0 years had met it, the row missing); one whose
    line names it did."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Senior Accountant\nRequirements\n- 3+ years of multi-state payroll processing experience\n", "pa")])

    def match(duty):
        return _first_row_and_years(catalog, "Senior Accountant, Globex", "pa", duty)
    assert match("Closed the books monthly and reconciled bank accounts.") == ("missing", ["unknown"])
    assert match("Ran multi-state payroll for 900 employees in 14 states.") == ("covered", ["met"])


def test_a_verbs_object_any_trade_works_on_asks_no_word_of_a_like_title(seed_index):
    """"5+ years of experience designing digital products" at a "Senior Product Designer" posting: products are
    what any designer's work is done to, so a designer's years count by the titles' likeness (a "Senior UX
    Designer"'s read 0.0 in roles like this one, the row missing 0.30, when its title or lines had to say
    "product" too)."""
    catalog = _catalog(seed_index, [parse_posting("# Senior Product Designer\nRequirements\n"
                                                  "- 5+ years of experience designing digital products\n", "pd")])
    resume = resume_from_text("Experience\nDesigner, Globex, Jan 2018 - Jan 2025\n"
                              "Designed mobile app flows and ran usability tests.\n", "r",
                              today=datetime.date(2026, 6, 1))
    m = catalog.rank(resume)[0]
    assert [c.status for c in m.eligibility.checks if c.kind == "years"] == ["met"]


def test_an_analyst_does_analysis_and_analytics(seed_index):
    """"4+ years of experience in marketing analytics or a similar analytics role" at a "Senior Data Analyst -
    Marketing Analytics" posting: a data analyst's years count (they were 0.0 in roles like this one, the
    role like the posting's only by "Data" and "Analyst", a noun many trades share, as "analyst" and
    "analytics" were no one work); an assistant property manager's do not."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Senior Data Analyst - Marketing Analytics\nRequirements\n"
        "- 4+ years of experience in marketing analytics or a similar analytics role\n", "a")])

    def years(line):
        resume = resume_from_text(f"Experience\n{line}, Jan 2019 - Jan 2026\nBuilt reports.\n", "r",
                                  today=datetime.date(2026, 6, 1))
        m = catalog.rank(resume)[0]
        return round(m.explanation.years_found, 1)
    assert years("Data Analyst, Evergreen Health Partners") == 7.1
    assert years("Marketing Analyst, Bluebird Outdoor") == 7.1
    assert years("Assistant Property Manager, Lakeview Apartments") == 0.0


def test_customer_service_in_the_settings_offered_is_shown_by_any_one_of_them(seed_index):
    """"1+ year customer service experience (call center, retail or hospitality)": the settings are where
    it may have been done, one of them enough; a retail associate's or a support agent's years cover it
    (were met, the row partly, Call center and Retail sales missing), and a shift lead's whose line
    handles guest complaints at Guest Services (was 0.0 years); a line cook's do not."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Customer Service Representative (Remote)\nRequirements\n"
        "- 1+ year customer service experience (call center, retail or hospitality)\n", "cs")])

    def match(role, line):
        resume = resume_from_text(f"Experience\n{role}, Boise ID, 2018 - 2025\n - {line}\n", "r",
                                  today=datetime.date(2026, 6, 1))
        m = catalog.rank(resume)[0]
        return (m.explanation.requirements[0].status, m.explanation.skills_missing,
                [c.status for c in m.eligibility.checks if c.kind == "years"])
    for role, line in (("Retail Sales Associate, Target", "Stocked the floor"),
                       ("Customer Support Agent, Amazon", "Answered tickets"),
                       ("Shift Lead, Target", "Handled guest complaints and returns at Guest Services")):
        assert match(role, line) == ("covered", [], ["met"]), role
    status, _, years = match("Line Cook, Olive Garden", "Prepared entrees")
    assert status != "covered" and years == ["unknown"]


def test_a_volunteer_role_that_does_front_of_house_work_shows_customer_service_with_its_months(seed_index):
    """A food bank volunteer who greeted visitors shows "6+ months of customer service experience" with the
    role's months (it was missing, 0.0 years); one who only packed boxes does not."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Barista (Part-Time)\nRequirements\n- 6+ months of customer service experience\n", "b")])

    def match(line):
        resume = resume_from_text(f"Experience\nVolunteer, Oregon Food Bank, Sep 2023 - Mar 2026\n- {line}\n", "r",
                                  today=datetime.date(2026, 6, 1))
        m = catalog.rank(resume)[0]
        return m.explanation.requirements[0].status, round(m.explanation.years_found, 1)
    assert match("Packed food boxes, greeted visitors, handled the donation cash box") == ("covered", 2.6)
    status, years = match("Packed food boxes and sorted donations")
    assert status != "covered" and years == 0.0


def test_years_of_roles_held_part_time_count_whole_and_say_so(seed_index):
    """Two part-time jobs' years count whole (not halved), and the years note says they were part-time
    (it said nothing: "3.2 in roles like this one"); a full-time role's note says nothing of hours."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Associate\nRequirements\n- At least 1 year of warehouse or distribution experience\n", "wh")])

    def years(lines):
        resume = resume_from_text(f"Experience\n{lines}\n", "r", today=datetime.date(2026, 6, 1))
        return [c.resume for c in catalog.rank(resume)[0].eligibility.checks if c.kind == "years"]
    [note] = years("Warehouse Associate (part-time, 20 hrs/week), Amazon, Jan 2024 - Jan 2026")
    assert note.startswith("2.1 years of work, 2.1 in roles") and note.endswith("like this one (part-time)")
    [note] = years("Order Picker, Kroger, 24 hrs/week, Jan 2024 - Jan 2026\nWarehouse Associate, Amazon, Jan 2021 - "
                   "Jan 2023")
    assert note.endswith("(some part-time)")
    [note] = years("Warehouse Associate, Amazon, 40 hrs/week, Jan 2024 - Jan 2026")
    assert note.endswith("like this one")


def test_the_years_a_drivers_licence_is_held_leave_an_emts_years_to_the_emt_ask(seed_index):
    """"Valid driver's license, minimum 2 years driving experience" is no years ask (it was, of
    driving: an EMT's years were 0.0 in roles like this one); "1+ year of experience as an EMT"
    counts the EMT's years."""
    catalog = _catalog(seed_index, [parse_posting(
        "# EMT-Basic (Interfacility Transport)\nQualifications\n- Valid driver's license, minimum 2 years driving"
        " experience\n- 1+ year of experience as an EMT\n", "emt")])
    resume = resume_from_text("Experience\nEMT-Basic, Lubbock County EMS, Jan 2017 - Jan 2026\nPatient care.\n"
                              "Licenses\nTexas driver's license\n", "r", today=datetime.date(2026, 6, 1))
    match = catalog.rank(resume)[0]
    assert [(c.status, c.posting) for c in match.eligibility.checks if c.kind == "years"] == [
        ("met", "1+ year of experience as an EMT")]
    assert match.explanation.years_asked == 1


def test_a_posting_a_knockout_blocks_reads_ruled_out_whatever_its_score(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Security Engineer\nRequirements\n- Active TS/SCI clearance required\n- Python and Splunk\n", "sec")])
    match = catalog.rank(resume_from_text("Skills\nPython, Splunk, security engineering\n", "r"))[0]
    assert match.eligibility.status == "blocked" and match.explanation.verdict == "ruled out"


def test_years_of_supervisory_experience_count_only_roles_that_lead_others(seed_index):
    """A Warehouse Associate's years are years of warehouse work, not of supervising it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Supervisor\nRequirements\n- 2+ years of warehouse supervisory experience\n", "ws")])

    def match(title):
        resume = resume_from_text(f"Experience\n{title}, Valley Logistics, Jan 2019 - Jan 2026\nPicked orders.\n",
                                  "r", today=datetime.date(2026, 6, 1))
        m = catalog.rank(resume)[0]
        return m.explanation.requirements[0].status, [(c.status, c.resume) for c in m.eligibility.checks
                                                       if c.kind == "years"]
    status, years = match("Warehouse Supervisor")
    assert status == "covered" and years[0][0] == "met"
    status, years = match("Warehouse Associate")
    assert status != "covered"
    assert years == [("unknown", "7.1 years of work, 0.0 in roles like this one that lead others")]


def test_an_expired_or_pending_credential_shows_no_certification_asked(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# ICU Nurse\nRequirements\n- ICU experience\nNice to have\n- CCRN certification\n", "icu")])

    def row(text):
        reqs = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
        return next(r for r in reqs if "CCRN" in r.text)
    assert row("Certifications\nCCRN certification (expired 2021)\n").status != "covered"
    assert row("Certifications\nCCRN candidate, exam scheduled March 2027\n").status != "covered"
    assert row("Certifications\nCCRN, AACN, 2019\n").status == "covered"


def test_a_certification_no_skill_names_is_shown_by_a_line_that_holds_one(fake_embedder):
    """"Blood bank specialist (SBB) certification" names no skill: a line about blood bank work
    shows the field, not the certification (partly at most, however close its meaning); one
    naming SBB or saying it is certified shows it."""
    features = _features("Pat Doe\nGeneralist with blood bank and chemistry experience.\nSBB(ASCP), 2022\n"
                         "Certified specialist in blood banking, 2023", fake_embedder)
    requirement = "Blood bank specialist (SBB) certification."
    credits, wording = line_credits(requirement, [], np.ones(len(features.lines)), features, fake_embedder.thresholds)
    assert wording[0] > 0.65 and credits[0] == pytest.approx(0.4)
    assert list(credits[1:]) == list(wording[1:]) and credits[2] > 0.65


def test_a_credential_listed_under_the_licences_heading_holds_it(fake_embedder):
    # a credential the taxonomy does not know (it now knows Hazmat Operations, shown by its name)
    features = _features("Pat Doe\nCertifications\nRope Rescue Technician (Pro Board), 2020\n"
                         "Experience\nRead a rope rescue technician manual.", fake_embedder)
    requirement = "Rope Rescue Technician certification"
    # both lines mean it; only the one the resume lists as held shows the certification
    credits, _ = line_credits(requirement, [], np.ones(len(features.lines)), features, fake_embedder.thresholds)
    held, read = (features.resume.sentences.index(s) for s in features.resume.sentences
                  if "Board" in s or "manual" in s)
    assert credits[held] > PARTIAL >= credits[read]


@pytest.mark.parametrize("heading", ["BAR ADMISSIONS", "Bar Admissions", "Bar and Court Admissions:"])
def test_a_line_under_a_bar_admissions_heading_reads_with_its_words(fake_embedder, heading):
    """"Illinois (2024); New York (2021)" under "BAR ADMISSIONS" says a bar admission: the heading's
    words (in the singular too) are the line's; a credential's kind alone ("LICENSES &
    CERTIFICATIONS") is no word a line under it says ("BLS" is no "license")."""
    features = _features(f"Pat Doe\nExperience\nAssociate, Kessler LLP, 2021 - 2024\n{heading}\n"
                         "Illinois (2024); New York (2021)\n", fake_embedder)
    line = features.resume.sentences.index("Illinois (2024); New York (2021)")
    assert {"bar", "admission", "illinois"} <= features.lines[line]
    requirement = "Admission to the Illinois bar"
    credits, _ = line_credits(requirement, [], np.zeros(len(features.lines)), features, fake_embedder.thresholds)
    assert credits[line] == pytest.approx(0.5)   # every word of it: the lexical half
    nurse = _features("Pat Doe\nLICENSES & CERTIFICATIONS\nBLS, ACLS\n", fake_embedder)
    assert nurse.lines[0] == frozenset({"bls", "acls"})


def test_names_the_taxonomy_does_not_know_are_shown_by_a_line_naming_one(seed_index):
    # Alternatives the taxonomy does not know, with no known skill beside them: a line naming
    # one of them shows the choice, as "QuickBooks, Acumatica or Xero" does with a known one.
    posting = parse_posting("# Logistics Analyst\nRequirements\n- Prior service as 92A or 92Y\n"
                            "- Working knowledge of GCSS-Army\n"
                            "- Proficiency with Accubid, ConEst or Trimble estimating software\n"
                            "- PE-backed or M&A integration experience\n"
                            "- Proficient with Procore, Bluebeam and Microsoft Office\n", "log")
    catalog = _catalog(seed_index, [posting])
    e = catalog.rank(resume_from_text(
        "Experience\nLogistics NCO, US Army, Jan 2015 - Jan 2025\n"
        "(Sergeant First Class, E-7, 92A Automated Logistical Specialist)\n"
        "Managed property books in GCSS-Army for a battalion.\n"
        "Led capital planning, M&A integration and labor relations.\n"
        "Skills: takeoffs, Accubid, Bluebeam Revu\n", "r"))[0].explanation
    service, gcss, estimating, deals, tools = e.requirements
    assert service.status == "covered" and "92A" in service.evidence
    assert gcss.status == "covered" and "GCSS-Army" in gcss.evidence
    assert estimating.status == "covered" and "Accubid" in estimating.evidence
    assert deals.status == "covered" and "M&A" in deals.evidence
    # Skills asked together, one of three named: partly, not missing, quoting the line naming it.
    assert tools.status == "partial" and "Procore" in e.skills_missing and "Bluebeam" in tools.evidence
    # A line that names none of them shows nothing by their names.
    other = catalog.rank(resume_from_text("Experience\nWarehouse lead, Acme, Jan 2015 - Jan 2025\n"
                                          "Ran the night shift.\n", "o"))[0].explanation
    assert [r.status for r in other.requirements] == ["missing"] * 5


@pytest.mark.parametrize(("line", "status"), [
    ("- Line maintenance on CRJ-200/700/900 and Embraer E175 aircraft", "covered"),
    ("- Line maintenance on ERJ-145 regional jets", "covered"),
    # a word after the hyphen makes it another's name ("CRJ-Trainer", as "GCSS-Army" is no GCSS)
    ("- Built the CRJ-Trainer simulator app", "missing"),
])
def test_a_name_is_shown_with_a_models_number_after_it(seed_index, line, status):
    """"CRJ or ERJ type experience" was missing (0.22) for an aircraft technician whose line was "Line and heavy
    maintenance on CRJ-200/700/900 and Embraer E175 aircraft": a name the taxonomy does not know was not read
    before a hyphen, a model's number after it."""
    posting = parse_posting("# Aircraft Maintenance Technician\nRequirements\n- CRJ or ERJ experience\n", "amt")
    resume = f"Experience\nAircraft Maintenance Technician, SkyWest, 2019 - Present\n{line}\n"
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == status, row


def test_offered_names_are_names_by_their_form():
    assert offered_names("Prior service as 92A or 92Y") == (("92A", "92Y"),)
    assert offered_names("Experience with GCSS-Army and SAMS-E") == (("GCSS-Army",), ("SAMS-E",))
    # a choice holding a name holds names, an opening or an everyday word too: "Marriott, Hilton or IHG brand
    # experience" had asked IHG alone (a Hilton Garden Inn manager's row partial 0.43)
    assert offered_names("Marriott, Hilton or IHG brand experience") == (("Marriott", "Hilton", "IHG"),)
    assert offered_names("Spanish or French a plus") == ()
    # a standard's number after a name keeps the list whole: "IEC 61010 or UL certification processes" had asked
    # IEC and UL each (partial 0.5 for 'Supported UL 61010 certification testing')
    assert offered_names("Experience with IEC 61010 or UL certification processes") == (("IEC", "UL"),)
    assert offered_names("Experience with ISO 13485, ISO 14971 and IEC 62304") == (("ISO",), ("IEC",))
    # a list of names that goes on by "or" to words is a choice: "McLeod, TMW or similar software" had asked each
    assert offered_names("Experience with McLeod, TMW or similar software") == (("McLeod", "TMW"),)
    assert offered_names("Experience with GCSS-Army and SAMS-E or similar") == (("GCSS-Army",), ("SAMS-E",))
    # names given as examples are a choice: "QA tools (e.g. Klaus, MaestroQA, Playvox)" had asked MaestroQA and Playvox
    # each (a support team lead's "QA scoring in MaestroQA" partial 0.50)
    assert offered_names("Experience with workforce management or QA tools (e.g. Klaus, MaestroQA, Playvox)") == (
        ("Klaus", "MaestroQA", "Playvox"),)
    assert offered_names("Estimating software such as Accubid, ConEst") == (("Accubid", "ConEst"),)
    # Everyday words, places, sums of money, a sentence's first word and degrees are no names.
    for text in ("U.S. citizenship required", "Must be authorized to work in the US or UK",
                 "Strong Communication Skills", "Bachelor's degree in Accounting", "Internship experience"):
        assert offered_names(text) == ()
    assert offered_names("Multi-site EBITDA responsibility ($300M+)") == (("EBITDA",),)
    # letters the ask spells out are a name, however common as a word: a Mortgage Underwriter posting's "DE
    # (Direct Endorsement) and VA SAR designations" had asked VA and SAR alone
    assert offered_names("DE (Direct Endorsement) and VA SAR designations strongly preferred") == (
        ("DE",), ("VA",), ("SAR",))
    assert offered_names("Experience in Direct Endorsement (DE) underwriting")[0] == ("DE",)
    assert offered_names("DE and VA SAR designations") == (("VA",), ("SAR",))   # not spelled out: a word
    assert offered_names("Multi-site P&L responsibility ($300M+)") == ()   # a skill the taxonomy knows
    # a count and its unit joined by a hyphen are no name, in any case
    for text in ("Ability to stand for 10-hour shifts", "Drive a 26-Ft box truck", "Completed a 5-Year apprenticeship",
                 "Lift 50-lb boxes", "Work 12-Hr nights"):
        assert offered_names(text) == ()


LOOK_ALIKE_POSTING = """# Tanker Driver
Requirements
- Must pass DOT drug screen and background check
- Ability to lift up to 50 lbs and stand for 10-hour shifts
- Pass a DOT physical
- Must be able to obtain a TWIC card
"""


@pytest.mark.parametrize("line, shown", [
    # a line naming the agency's letters or the same count of hours shows none of these (a DOT
    # medical card is what a DOT physical gives: the taxonomy's skill)
    ("DOT Medical Card", [False, False, True, False]),
    ("OSHA 10-Hour General Industry", [False, False, False, False]),
    ("TWIC (exp. 2027)", [False, False, False, True]),
    # the line naming what the letters qualify shows it
    ("Passed DOT drug screen and background check, 2024", [True, False, False, False]),
    ("DOT physical current through 2026", [False, False, True, False]),
])
def test_letters_or_a_count_a_line_shares_with_an_ask_do_not_cover_it(seed_index, line, shown):
    """"DOT Medical Card" covered "Must pass DOT drug screen", "OSHA 10-Hour" "stand for 10-hour
    shifts": the letters an agency goes by name what follows them, and a count of hours is no name."""
    catalog = _catalog(seed_index, [parse_posting(LOOK_ALIKE_POSTING, "tank")])
    e = catalog.rank(resume_from_text(f"Certifications\n{line}\n", "r"))[0].explanation
    assert [r.status == "covered" for r in e.requirements] == shown


@pytest.mark.parametrize("line, covered", [
    ("Backflow Prevention Tester Certification (ASSE 5110)", False),
    ("ASSE 6010 Medical Gas Installer certification, 2022", True),
])
def test_a_standard_s_number_after_its_body_s_letters_is_asked_too(seed_index, line, covered):
    """A Plumber Foreman posting's "Medical gas certification (ASSE 6010) preferred" was covered (1.0) by
    "Backflow Prevention Tester Certification (ASSE 5110)": the body's letters were the name asked and the
    standard's number after them went unread; a line must name that number too."""
    posting = parse_posting("# Plumber\nQualifications\n- Medical gas certification (ASSE 6010) preferred\n", "pl")
    e = _catalog(seed_index, [posting]).rank(resume_from_text(f"Certifications\n{line}\n", "r"))[0].explanation
    assert (e.requirements[0].status == "covered") is covered


def test_a_designation_is_a_credential_s_word_not_what_its_letters_qualify(seed_index):
    """A Mortgage Underwriter posting's "DE (Direct Endorsement) and VA SAR designations strongly
    preferred" was partly covered (0.5) for "HUD Direct Endorsement (DE) Underwriter" and "VA SAR (Staff
    Appraisal Reviewer)": DE, a common word, was no name, and a line had to say "designations" to show SAR."""
    posting = parse_posting("# Mortgage Underwriter\nQualifications\n- DE (Direct Endorsement) and VA SAR designations"
                            " strongly preferred\n", "uw")
    catalog = _catalog(seed_index, [posting])
    e = catalog.rank(resume_from_text("Certifications\nHUD Direct Endorsement (DE) Underwriter, CHUMS ID Z1234\n"
                                      "VA SAR (Staff Appraisal Reviewer)\n", "r"))[0].explanation
    assert [r.status for r in e.requirements] == ["covered"]
    e = catalog.rank(resume_from_text("Certifications\nVA SAR (Staff Appraisal Reviewer)\n", "r"))[0].explanation
    assert [r.status for r in e.requirements] == ["partial"]


@pytest.mark.parametrize("lines, status, unshown", [
    # the card shows the physical, never the drug screen asked beside it: that is left to confirm
    ("DOT medical card, valid through 2027", "to_confirm", "drug screen"),
    ("DOT medical card, valid through 2027\nPassed pre-employment drug screen, 2024", "covered", ""),
    ("Passed DOT physical and drug screen, 2025", "covered", ""),
    ("", "to_confirm", "physical and drug screen"),
])
def test_a_row_of_several_screens_is_covered_only_by_lines_showing_each(seed_index, lines, status, unshown):
    """"Must pass DOT physical and drug screen" was covered by a "DOT medical card" line: the card is what the
    physical gives, but no line showed the drug screen.  Each screen asked must be shown by a line (passed, or
    its credential held); those not shown are left to confirm."""
    ask = "Must pass DOT physical and drug screen"
    catalog = _catalog(seed_index, [parse_posting(f"# CDL-A Driver\nRequirements\n- {ask}\n"
                                                  "- Tractor-trailer experience\n", "a")])
    resume = resume_from_text("Experience\nTruck Driver, Werner, 2019 - present\n- Hauled dry van freight in a "
                              f"tractor-trailer\nLicenses\n{lines}\n", "r", today=datetime.date(2026, 11, 30))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if r.text == ask)
    assert row.status == status, row
    if unshown:
        assert f"runs a {unshown} before hire" in row.note and row.evidence is None


def test_a_softened_add_on_leaves_the_must_have_it_follows_covered(seed_index):
    posting = parse_posting("# ICU Nurse\nRequirements\n- BLS and ACLS required; CCRN preferred\n"
                            "- HubSpot Marketing Hub (certification preferred)\n", "icu")
    assert [r.kind for r in posting.requirements] == ["must", "must"]
    assert asked_part(posting.requirements[0].text, "must") == "BLS and ACLS required"
    assert asked_part(posting.requirements[1].text, "must") == "HubSpot Marketing Hub"
    catalog = _catalog(seed_index, [posting])
    e = catalog.rank(resume_from_text("Built nurture sequences in HubSpot for clients.\n"
                                      "Certifications\nBLS, ACLS\n", "r"))[0].explanation
    assert [r.status for r in e.requirements] == ["covered", "covered"]
    # the add-on is still a nice-to-have to show or learn, a choice as one
    assert "CCRN" in e.skills_nice_missing and "CCRN" not in e.skills_missing
    billing = _catalog(seed_index, [parse_posting(
        "# Medical Biller\nRequirements\n- Experience with an EHR (athenahealth or eClinicalWorks preferred)\n", "mb")])
    e = billing.rank(resume_from_text("Experience\nBilled claims in athenahealth daily.\n", "r"))[0].explanation
    assert not any("eClinicalWorks" in s for s in e.skills_nice_missing + e.skills_missing)
    # What it asks before the add-on still counts: ACLS not named, partly.
    e = catalog.rank(resume_from_text("Certifications\nBLS (AHA), current\n", "r"))[0].explanation
    assert e.requirements[0].status == "partial"
    # and the add-on of a row not covered is nice to have still, not a missing must
    assert "CCRN" in e.skills_nice_missing and "CCRN" not in e.skills_missing and "ACLS" in e.skills_missing


def test_what_a_must_have_asks_to_be_had_after_hire_is_not_needed_to_apply(seed_index):
    # as an ask of its own line is not: its skills are not listed as missing must-haves
    posting = parse_posting("# Respiratory Therapist\nRequirements\n"
                            "- BLS and ACLS required; PALS and NRP required within 6 months of hire\n", "rt")
    assert asked_part(posting.requirements[0].text, "must") == "BLS and ACLS required"
    e = _catalog(seed_index, [posting]).rank(resume_from_text("Certifications\nBLS, ACLS (AHA), current\n", "r"))[0]
    assert e.explanation.requirements[0].status == "covered"
    assert {"PALS", "NRP"} & set(e.explanation.skills_nice_missing) and not e.explanation.skills_missing
    # ... but new graduates' time to obtain it leaves it asked of everyone else
    grace = "MLT (ASCP) certification required; new grads must obtain within 6 months of hire"
    assert asked_part(grace, "must") == grace


def test_an_internship_is_shown_by_a_role_held_as_an_intern(seed_index):
    posting = parse_posting("# Junior Software Engineer\nRequirements\n- Internship experience\n", "jr")
    catalog = _catalog(seed_index, [posting])
    intern = resume_from_text("Experience\nSoftware Engineering Intern, Rivian, May 2025 - Aug 2025\n"
                              "Wrote tests for the charging app.\n", "r", today=datetime.date(2026, 6, 1))
    e = catalog.rank(intern)[0].explanation
    assert e.requirements[0].status == "covered" and "Intern" in e.requirements[0].evidence
    clerk = resume_from_text("Experience\nPharmacy Clerk, Rite Aid, Jan 2024 - Jan 2026\n", "r",
                             today=datetime.date(2026, 6, 1))
    assert catalog.rank(clerk)[0].explanation.requirements[0].status == "missing"
    # the field it names is no internship: a senior engineer's line shows it partly at most
    field = _catalog(seed_index, [parse_posting(
        "# Software Engineer, New Grad\nRequirements\n- Internship experience in software engineering\n", "ng")])
    senior = resume_from_text("Experience\nSenior Software Engineer, Acme, Jan 2015 - Jan 2026\n", "r",
                              today=datetime.date(2026, 6, 1))
    assert field.rank(senior)[0].explanation.requirements[0].status != "covered"


@pytest.mark.parametrize("ask, status", [
    ("Internship experience or significant project work", "covered"),
    ("Prior internship or research experience", "covered"),
    # a field joined to both ways is asked beside the internship
    ("Internship or co-op experience in embedded firmware", "partial"),
])
def test_an_internship_offered_as_one_way_is_shown_by_it_alone(seed_index, ask, status):
    """"Internship experience or significant project work" was partly covered (0.40) by a student's
    'Software Engineering Intern' role: the project work read as more asked beside the internship, where
    it is another way to meet it."""
    catalog = _catalog(seed_index, [parse_posting(f"# Software Engineer, New Grad\nRequirements\n- {ask}\n", "ng")])
    intern = resume_from_text("Experience\nSoftware Engineering Intern, Epicor Labs, May 2024 - Aug 2024\n"
                              "Added pagination endpoints to a Java REST service.\n", "r",
                              today=datetime.date(2026, 6, 1))
    assert catalog.rank(intern)[0].explanation.requirements[0].status == status


def test_a_sum_asked_is_covered_only_with_a_line_stating_as_much(seed_index):
    posting = parse_posting("# COO\nRequirements\n- Multi-site P&L responsibility ($300M+)\n", "coo")
    catalog = _catalog(seed_index, [posting])
    # The work named, a sum as large stated elsewhere: covered, that line quoted beside.
    vp = catalog.rank(resume_from_text("Summary\nP&L leadership, lean manufacturing, Six Sigma.\n"
                                       "I run multi-site plants (4 plants, 1,100 employees, $380M revenue).\n",
                                       "r"))[0].explanation.requirements[0]
    assert vp.status == "covered" and any("$380M" in line for line in [vp.evidence] + vp.evidence_more)
    # Only a smaller one: the work, not the size, partly.
    store = catalog.rank(resume_from_text("Summary\nFull P&L ownership of $14M store; 85 team members.\n",
                                          "r"))[0].explanation.requirements[0]
    assert store.status == "partial"


def test_a_sum_asked_of_a_kind_is_covered_by_a_line_stating_as_much_of_it(seed_index):
    """"Securing grants of $50,000 or more": a line winning a $250,000 award and a $120,000 grant
    shows it; a smaller grant, or a sum of another kind, does not."""
    posting = parse_posting("# Grant Writer\nRequirements\n- Demonstrated record of securing grants of $50,000 or "
                            "more\n", "gw")
    catalog = _catalog(seed_index, [posting])

    def row(line):
        return catalog.rank(resume_from_text(f"Experience\nGrant Writer, Food Bank, Jan 2018 - Jan 2024\n{line}\n",
                                             "r"))[0].explanation.requirements[0]

    won = row("Secured grants: won a $250,000 three-year award and a $120,000 NEA grant.")
    assert won.status == "covered" and "$250,000" in won.evidence
    assert row("Secured grants: won a $20,000 grant from a family foundation.").status != "covered"
    assert row("Secured a $2M budget for the records office.").status != "covered"


def test_a_requirement_partly_shown_by_one_of_its_skills_quotes_the_line_naming_it(seed_index):
    posting = parse_posting("# Project Coordinator\nRequirements\n"
                            "- Proficient with Procore, Bluebeam and Microsoft Office\n", "pc")
    catalog = _catalog(seed_index, [posting])
    row = catalog.rank(resume_from_text(
        "Experience\nProject Coordinator, Acme Builders, Jan 2018 - Jan 2024\n"
        "Proficient with office software for construction project coordination.\n"
        "Marked up drawings in Bluebeam.\n", "r"))[0].explanation.requirements[0]
    assert row.status == "partial" and "Bluebeam" in row.evidence


def test_a_requirement_one_of_whose_skills_a_skills_list_names_is_partly_shown(seed_index):
    """"Experience with food cost control, ordering and inventory" was missing beside a skills line naming
    inventory (a list shows each skill's use partly, and one of three of them counted for nothing)."""
    posting = parse_posting("# Sous Chef\nRequirements\n- Experience with food cost control, ordering and inventory\n",
                            "sc")
    row = _catalog(seed_index, [posting]).rank(resume_from_text(
        "Experience\nLine Cook, The Granary, 2020 - present\nRun the grill and saute stations.\n"
        "Skills\nKnife skills, grill, food safety, inventory\n", "r"))[0].explanation.requirements[0]
    assert row.status == "partial" and "inventory" in row.evidence


def test_a_degree_under_way_shows_the_lower_one_it_takes(seed_index):
    catalog = _catalog(seed_index, [parse_posting("# Barista\nRequirements\n- High school diploma or GED\n", "b")])
    row = catalog.rank(resume_from_text("Education\nB.A. Communication (in progress), expected June 2027\n",
                                        "r"))[0].explanation.requirements[0]
    assert row.status == "covered"


def test_a_role_titled_by_the_headline_is_quoted_by_its_dated_line_and_the_work_beside_it(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Electrician (Journeyman)\nRequirements\n- 4+ years commercial electrical experience\n", "j")])
    row = catalog.rank(resume_from_text(
        "Ray Delgado\nJourneyman Electrician — Arizona license #E-12345\n8 years commercial electrical: conduit "
        "bending, panel installs, troubleshooting.\nOSHA 30. Volt Works, Phoenix AZ (2016 - present).\n",
        "r"))[0].explanation.requirements[0]
    assert row.status == "covered" and "2016 - present" in row.evidence
    assert any("commercial electrical" in line for line in row.evidence_more)


def test_equivalent_experience_in_place_of_a_degree_is_shown_partly_by_roles_like_the_job(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Full Stack Developer\nRequirements\n- Degree in Computer Science or equivalent practical experience\n",
        "fs")])

    def row(text):
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    built = row("Experience\nFull Stack Developer, Peachtree Tech, Feb 2021 - Present\n"
                "No CS degree - I learned by building web apps.\n")
    assert built.status == "partial" and "Full Stack Developer" in built.evidence
    assert row("Experience\nJourneyman Electrician, Volt Works, 2016 - Present\n").status == "missing"


def test_equivalent_experience_shows_a_degree_ask_partly_whatever_lesser_schooling_is_named(seed_index):
    """"Bachelor's degree in Supply Chain, Business or related field, or equivalent experience": a
    resume naming only a GED still shows the experience partly by its roles like the job (the row
    was missing: the GED, a degree named, left the experience unread); a degree of a related field
    covers it ("B.S., Industrial Engineering", was partly); one of an unrelated field shows it partly."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Distribution Center Operations Manager\nRequirements\n"
        "- Bachelor's degree in Supply Chain, Business or related field, or equivalent experience\n", "dc")])

    def row(text):
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 12, 1)))[0] \
            .explanation.requirements[0]
    roles = ("Experience\nDistribution Center Operations Manager, XPO Logistics, Jan 2005 - Present\n"
             "- Ran a 600,000 sq ft DC with 240 associates\n")
    ged = row(roles + "Education\nGED, 1995\n")
    assert ged.status == "partial" and "Distribution Center Operations Manager" in ged.evidence
    assert row(roles + "Education\nB.S., Industrial Engineering - Purdue University, 1998\n").status == "covered"
    assert row(roles + "Education\nB.A., History - Purdue University, 1998\n").status == "partial"
    assert row("Experience\nJourneyman Electrician, Volt Works, 2016 - Present\nEducation\nGED, 2010\n").status \
        == "missing"


def test_current_enrolment_asked_rules_out_schooling_all_past_in_any_layout(seed_index):
    """"Must be currently enrolled in at least 6 credits at Ridgeview Community College": a 2020
    graduate working full-time is ruled out and the row is missing, whether the school stands on
    the degree's line (a DOCX's) or a line of its own (the TXT's showed it partly by "Community
    College", and the pair was eligible); a student saying so is eligible, the row covered."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Desktop Support Technician (Part-Time, Student)\nRequirements\n"
        "- Must be currently enrolled in at least 6 credits at Ridgeview Community College\n"
        "- Familiarity with Windows 10/11\n", "ds")])
    work = "Experience\nIT Support Specialist, Acme, Mar 2022 - Present\n- Support Windows 11 for 300 users\n"
    degree, college = "Associate of Applied Science, Computer Information Systems", "Grand Rapids Community College"
    for school in (f"{degree}\n{college}, 2020\n", f"{degree} - {college}, 2020\n"):
        resume = resume_from_text(work + "Education\n" + school, "r", today=datetime.date(2026, 12, 1))
        match = catalog.rank(resume, top_k=None)[0]
        assert match.eligibility.status == "blocked"
        assert match.explanation.requirements[0].status == "missing"
    student = ("Education\nA.A.S. Network Technology - Ridgeview Community College, expected June 2027\n"
               "Currently enrolled, 12 credits per quarter\n")
    match = catalog.rank(resume_from_text(work + student, "s", today=datetime.date(2026, 12, 1)))[0]
    assert match.eligibility.status != "blocked"
    row = match.explanation.requirements[0]
    assert row.status == "covered" and "Ridgeview" in row.evidence


def test_a_phrase_named_in_a_long_list_of_skills_is_not_diluted_by_the_others(seed_index):
    """A bare list of skills is like an ask as a whole only as far as its other items let it: the
    item that names the ask ("..., QuickBooks, unclaimed property rules") shows it however
    many tools stand beside it (the row was missing: the list's meaning drowned it); a list without
    it shows nothing."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Payroll Specialist\nRequirements\n- Knowledge of federal and Illinois State unclaimed property rules\n",
        "pay")])

    def row(skills):
        text = "Experience\nPayroll Specialist, Acme, Jan 2019 - Present\n- Ran biweekly payroll for 400 staff\n" \
               f"Skills\n{skills}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    tools = "ADP Workforce Now, UKG Pro, Paylocity, Microsoft Excel (VLOOKUP, pivot tables), QuickBooks"
    listed = row(f"{tools}, unclaimed property rules")
    assert listed.status in ("partial", "covered") and "unclaimed property" in listed.evidence
    assert row(f"{tools}, garnishments").status == "missing"


def test_an_education_line_shows_only_what_asks_study(seed_index, fake_embedder):
    """A degree's line shows a degree, a field of study or a GPA asked, never experience or a skill."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Electrical Engineer\nRequirements\n"
        "- 2+ years of electrical engineering experience designing power systems\n"
        "- Bachelor's degree in Electrical Engineering\n"
        "- You have at least 2-3 years of experience in challenging engineering environments\n", "ee")])
    rows = catalog.rank(resume_from_text(
        "Education\nBachelor of Science Degree in Electrical Engineering Graduated June 2002\n", "r"))[0] \
        .explanation.requirements
    assert rows[0].status == "partial"   # the field studied, not the experience
    assert rows[1].status == "covered" and "Electrical Engineering" in rows[1].evidence
    assert rows[2].status == "missing" and rows[2].evidence is None
    # However alike a model finds the degree's line and an ask of experience, it does not show it.
    from matcher.ranking.checklist import requirement_matches
    posting = parse_posting("# Engineer\nRequirements\n"
                            "- You have at least 2-3 years of experience in challenging environments\n"
                            "- Experience in environmental policy\n", "x")
    features = _features("Education\nB.A. Environmental Policy, University of Oregon, June 2015\n", fake_embedder)
    matched = requirement_matches(posting.requirements, np.full((2, 1), 0.95), features, (0.2, 0.6), None)
    assert [(m.status, m.evidence) for m in matched] == [
        ("missing", None), ("partial", "B.A. Environmental Policy, University of Oregon, June 2015")]
    # A sentence that holds a degree among other things still shows those things.
    other = catalog.rank(resume_from_text(
        "Summary\nBacked by a Bachelor's degree and 6 years of electrical engineering experience designing "
        "power systems for utilities.\n", "r"))[0].explanation.requirements[0]
    assert other.status != "missing" and "power systems" in other.evidence


def test_an_education_line_shows_a_skill_it_names_partly_at_most(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Analyst\nRequirements\n- Experience with Python\n", "an")])
    row = catalog.rank(resume_from_text(
        "Education\nB.S. Statistics, University of Iowa, May 2019, minor in Python\n", "r"))[0] \
        .explanation.requirements[0]
    assert row.status == "partial"


def test_a_row_holding_several_requirements_is_never_covered_by_one_line(seed_index):
    """A run-on row (a whole block on one line) may be shown in part, never whole."""
    block = ("Experience with Python and PostgreSQL and a passion for building reliable backend services that "
             "scale, working closely with product managers designers and other engineers in an agile team, "
             "mentoring junior developers, reviewing code, writing documentation, taking part in the on-call "
             "rotation, improving our deployment pipeline and monitoring, and presenting your work to "
             "stakeholders across the whole company")
    assert len(block.split()) > 50
    catalog = _catalog(seed_index, [parse_posting(f"# Backend Engineer\nRequirements\n- {block}\n", "be")])
    row = catalog.rank(resume_from_text(f"Summary\n{block}.\n", "r"))[0].explanation.requirements[0]
    assert row.status == "partial" and row.credit <= PARTIAL
    short = _catalog(seed_index, [parse_posting("# Backend Engineer\nRequirements\n"
                                                "- Experience with Python and PostgreSQL\n", "be")])
    assert short.rank(resume_from_text("Summary\nExperience with Python and PostgreSQL.\n", "r"))[0] \
        .explanation.requirements[0].status == "covered"


def test_supervisory_experience_preferred_does_not_make_the_years_ones_of_leading(seed_index):
    """"1 year of retail experience, supervisory experience preferred" asks a year of retail work."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Retail Associate\nRequirements\n"
        "- 1+ year of retail experience, supervisory experience preferred\n", "ra")])
    resume = resume_from_text("Experience\nRetail Associate, Target, Jan 2022 - Jan 2026\nRang up sales.\n",
                              "r", today=datetime.date(2026, 6, 1))
    m = catalog.rank(resume)[0]
    assert m.explanation.requirements[0].status == "covered"
    years = [c for c in m.eligibility.checks if c.kind == "years"]
    assert years and years[0].status == "met" and "lead others" not in years[0].resume


@pytest.mark.parametrize("asked, line", [
    ("Armed security guard license", "WA State Unarmed Security Guard License (current)"),
    ("Sterile compounding experience", "Compounding of non-sterile suspensions and creams"),
])
def test_a_line_showing_the_negated_kind_does_not_show_the_kind(seed_index, asked, line):
    catalog = _catalog(seed_index, [parse_posting(f"# Technician\nRequirements\n- {asked}\n", "t")])
    row = catalog.rank(resume_from_text(f"Summary\n{line}\n", "r"))[0].explanation.requirements[0]
    assert row.status == "missing"
    plain = line.replace("Unarmed", "Armed").replace("non-sterile", "sterile")
    both = catalog.rank(resume_from_text(f"Summary\n{plain}\n", "r"))[0].explanation.requirements[0]
    assert both.status != "missing"


def test_a_negation_of_the_people_worked_with_is_no_negation_of_the_work():
    from matcher.ranking.checklist import negated_lines
    lines = ["Explained designs to non-technical stakeholders", "Wrote non-technical release notes",
             "Armed and unarmed patrol", "Unreal Engine 5 projects"]
    assert list(negated_lines("Strong technical writing", lines)) == [False, True, False, False]
    assert list(negated_lines("Armed guard experience", lines)) == [False, False, False, False]
    assert not negated_lines("Real-time rendering", lines).any()
    assert not negated_lines("Armed or unarmed guard licence", ["WA Unarmed Guard License"]).any()


def test_the_verdict_reads_the_score_as_shown():
    """49.98 shows as 50.0 (JSON) and 50 (page): a likely fit, as the README's bands say;
    49.94 shows 49.9, a possible fit; the page shows the tenth's whole part."""
    from matcher.ranking.signals import verdict
    assert verdict(49.98) == "likely fit" and verdict(49.94) == "possible fit"
    from jinja2 import Environment
    shown = Environment().from_string("{{ (s|round(1))|int }}")
    assert shown.render(s=49.98) == "50" and shown.render(s=49.94) == "49"


def test_a_bare_list_of_skills_shows_no_use_of_them(seed_index):
    """A skills line that only lists names covers an ask for knowing them, and partly one for
    their use ("Hands-on experience with Apache Spark"); a line that tells the work covers it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Data Engineer\nRequirements\n- Hands-on experience with Apache Spark\n- Familiarity with AWS or GCP\n",
        "de")])
    listed = "Skills: Python, SQL, Apache Spark, Airflow, AWS, Docker, Kafka\n"
    e = catalog.rank(resume_from_text(listed, "r"))[0].explanation
    assert [r.status for r in e.requirements] == ["partial", "covered"]
    used = listed + "Experience\n- Built batch pipelines in Apache Spark over 2 TB of orders\n"
    e = catalog.rank(resume_from_text(used, "r"))[0].explanation
    assert e.requirements[0].status == "covered" and "Built batch pipelines" in e.requirements[0].evidence
    # a line that states the work among the names is no bare list
    stated = "Summary\n6 years of Apache Spark, Python, SQL, Airflow and Kafka.\n"
    assert catalog.rank(resume_from_text(stated, "r"))[0].explanation.requirements[0].status == "covered"
    # nor is a line among a role's own, verb or not: it tells the work done in that job
    bullet = ("Experience\nData Engineer, Acme, Jan 2020 - Dec 2024\n"
              "- Batch pipelines, Apache Spark jobs, Airflow DAGs and Kafka consumers on AWS\n")
    assert catalog.rank(resume_from_text(bullet, "r"))[0].explanation.requirements[0].status == "covered"


def test_a_line_naming_a_narrower_skill_shows_the_broader_one_the_skills_list_names(seed_index):
    """A role's line naming a framework shows its language ("Built the billing API in Django" for
    Python), whether or not the skills list names the language too: the list's bare "Python" had left
    the row partly covered where a resume that never wrote "Python" had it covered."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Backend Engineer\nRequirements\n- Hands-on experience with Python\n", "be")])
    work = "Experience\nBackend Engineer, Acme, Jan 2020 - Dec 2024\n- Built the billing API in Django and PostgreSQL\n"
    for skills in ("Skills: Python, SQL, Apache Spark, Airflow, AWS, Docker, Kafka\n",
                   "Skills: SQL, Apache Spark, Airflow, AWS, Docker, Kafka\n"):
        row = catalog.rank(resume_from_text(skills + work, "r"))[0].explanation.requirements[0]
        assert row.status == "covered" and "Django" in row.evidence


def test_academic_roles_are_no_industry_years(seed_index):
    """A teaching assistant's title names the course it teaches, not work it did; an ask of
    work in production counts no role held as a student or an academic assistant."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Machine Learning Engineer\nRequirements\n- 3+ years of experience building and deploying machine "
        "learning models in production\n", "ml")])
    phd = resume_from_text("Experience\nGraduate Research Assistant, UW-Madison, Sep 2019 - May 2025\n"
                           "- Trained vision models in PyTorch\n"
                           "Teaching Assistant, Introduction to Machine Learning, Sep 2020 - May 2021\n", "r",
                           today=datetime.date(2026, 6, 1))
    assert catalog.rank(phd)[0].explanation.requirements[0].status != "covered"
    engineer = resume_from_text("Experience\nMachine Learning Engineer, Acme, Jan 2019 - Jan 2026\n"
                                "- Deployed ranking models to production in PyTorch\n", "r",
                                today=datetime.date(2026, 6, 1))
    assert catalog.rank(engineer)[0].explanation.requirements[0].status == "covered"


def test_a_servers_years_are_years_of_customer_service(seed_index):
    """A server's or a host's title names guest-facing work: their years meet "1+ year of
    customer service experience (hotel, restaurant or retail)" whatever words their bullets use."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Front Desk Agent\nRequirements\n- 1+ year of customer service experience (hotel, restaurant or retail)\n",
        "fd")])
    server = resume_from_text("Experience\nServer, The Olde Pink House, Jan 2022 - Dec 2025\n"
                              "- Handle payments and close out my cash drawer\n"
                              "Host, Elizabeth on 37th, Jan 2020 - Dec 2021\n- Managed reservations\n", "r",
                              today=datetime.date(2026, 6, 1))
    (match,) = catalog.rank(server)
    assert match.explanation.requirements[0].status == "covered"
    assert next(c for c in match.eligibility.checks if c.kind == "years").status == "met"


@pytest.mark.parametrize("ask", ["Bachelor's degree in Accounting or CPA required",
                                 "CPA or Bachelor's degree in Accounting required"])
def test_a_degree_or_a_licence_is_covered_by_either(seed_index, ask):
    """"Bachelor's degree in Accounting or CPA required" is one ask: a CPA with an associate
    degree covers it with the CPA's line, a graduate in accounting with the degree's line."""
    catalog = _catalog(seed_index, [parse_posting(f"# Staff Accountant\nRequirements\n- {ask}\n", "acct")])

    def requirement(lines):
        text = f"Experience\nSenior Accountant, Foo LLC, Jan 2019 - Present\nLed month-end close.\n{lines}"
        return catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation
    cpa = requirement("Licenses\nCPA, State of Colorado, 2019\nEducation\nAssociate of Applied Science in Business, "
                      "Red Rocks CC, 2014\n")
    assert (cpa.requirements[0].status, cpa.requirements[0].evidence) == ("covered", "CPA, State of Colorado, 2019")
    assert cpa.held == ""
    graduate = requirement("Education\nBachelor of Science in Accounting, University of Denver, 2018\n")
    assert graduate.requirements[0].status == "covered"
    assert graduate.requirements[0].evidence.startswith("Bachelor of Science in Accounting")
    neither = requirement("Education\nHigh School Diploma, East High School, 2012\n")
    assert neither.requirements[0].status != "covered"


def test_a_degree_or_a_licence_by_its_noun_is_covered_by_the_licence(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Staff Nurse\nRequirements\n- Bachelor's degree in Nursing or RN license\n- Acute care experience\n", "rn")])
    text = ("Experience\nStaff Nurse, Mercy Hospital, Jan 2021 - Present\nAcute care on a med-surg floor.\n"
            "Licenses\nRegistered Nurse (RN), Massachusetts, exp. 2027\n"
            "Education\nAssociate Degree in Nursing, Bunker Hill Community College, 2020\n")
    row = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", "Registered Nurse (RN), Massachusetts, exp. 2027")


def test_a_cfa_level_meets_an_ask_of_that_level_or_of_progress_never_the_charter(seed_index):
    """"Passed CFA Level I" or "CFA Level II Candidate" (who has passed Level I) meets "CFA Level I
    or higher" and "progress toward CFA (Level I passed)"; neither is the charter a posting requires."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Financial Analyst\nRequirements\n- CFA Level I or higher\n- CFA charterholder required\n"
        "- CFA charterholder or progress toward CFA (Level I passed)\n", "fa")])

    def rows(line):
        text = ("Experience\nFinancial Analyst, Acme Bank, Jan 2022 - Present\nBuilt financial models.\n"
                f"Certifications\n{line}\n")
        return [r.status for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements]
    for line in ("Passed CFA Level I (2023)", "CFA Level II Candidate"):
        level, charter, progress = rows(line)
        assert (level, progress) == ("covered", "covered") and charter != "covered", line
    assert rows("CFA Charterholder") == ["covered"] * 3
    assert "covered" not in rows("CFA Level I Candidate, exam scheduled for August")


def test_a_minimum_salary_drops_a_posting_that_pays_commission_alone(seed_index):
    """A posting that pays by commission alone guarantees no pay: a minimum salary drops it; one
    that states no pay at all stays (the filter cannot judge it)."""
    catalog = _catalog(seed_index, [
        parse_posting("# Sales Representative\nRequirements\n- Cold calling\n\nCompensation: 100% commission, "
                      "uncapped (top reps earn $150k+)\n", "commission"),
        parse_posting("# Sales Representative\nRequirements\n- Cold calling\n", "unstated"),
        parse_posting("# Sales Representative\nRequirements\n- Cold calling\n\nBase salary $55,000 plus "
                      "uncapped commission\n", "base")])
    resume = resume_from_text("Experience\nSales Representative, Acme, Jan 2020 - Present\nCold calling.\n", "r")
    kept = {m.posting.id for m in catalog.rank(resume, top_k=None, filters=Filters(min_salary=50_000))}
    assert kept == {"unstated", "base"}
    assert len(catalog.rank(resume, top_k=None, filters=Filters(min_salary=0))) == 3


@pytest.mark.parametrize("name, title", [
    ("Professional Engineer (PE)", "Civil Engineer"),
    ("Professional Engineer (PE) license", "Transportation Engineer II"),
    ("North Carolina Professional Engineer license", "Senior Structural Engineer"),
    ("Professional Geologist (PG) license", "Hydrogeologist / Geologist"),
    ("Professional Land Surveyor (PLS) license", "Land Surveyor"),
])
def test_a_professional_licence_of_the_titles_work_is_the_jobs_own(name, title):
    """"Professional" opening a licence's name says it licenses the work that follows, and
    its abbreviation in brackets names it again: a PE is the licence a civil engineer's post
    is done under."""
    from matcher.ranking.checklist import job_licence

    assert job_licence(name, title)


@pytest.mark.parametrize("name, title", [
    ("Professional Engineer (PE)", "Sales Manager"),
    ("Certified Professional Coder (CPC)", "Billing Specialist"),
    ("Professional in Human Resources (PHR) certification", "Recruiter"),
])
def test_a_professional_credential_of_other_work_is_not_the_jobs_own(name, title):
    from matcher.ranking.checklist import job_licence

    assert not job_licence(name, title)


def test_a_bar_admission_under_its_heading_covers_the_row_and_another_states_is_partly(seed_index):
    """"BAR ADMISSIONS" / "Illinois (2024); New York (2021)": the row "Admission to the Illinois
    bar" is covered and its knock-out met, the line quoted; a New York admission alone, where the
    posting takes another state's with admission on motion, is partly covered by its line, to check."""
    posting = parse_posting("# Litigation Associate\nRequirements\n"
                            "- Admission to the Illinois bar, or admission in another state and eligibility to be "
                            "admitted on motion in Illinois\n", "lit")
    catalog = _catalog(seed_index, [posting])

    def row(text):
        match = catalog.rank(resume_from_text(text, "r"))[0]
        return match.explanation.requirements[0], [c.status for c in match.eligibility.checks if c.kind == "licence"]
    held, checks = row("Experience\nAssociate, Kessler Marsh LLP, Sept. 2022 - Present\n"
                       "BAR ADMISSIONS\nIllinois (2024); New York (2021)\n")
    assert (held.status, held.evidence, checks) == ("covered", "Illinois (2024); New York (2021)", ["met"])
    other, checks = row("Experience\nAssociate, Kessler Marsh LLP, Sept. 2022 - Present\n"
                        "BAR ADMISSIONS\nNew York (2021)\n")
    assert (other.status, other.evidence, checks) == ("partial", "New York (2021)", ["unknown"])


@pytest.mark.parametrize("asked, line, status, check", [
    ("EPA Section 608 Universal certification (Type II at minimum) required", "EPA 608 Type II certified",
     "covered", "met"),
    ("EPA Section 608 Universal certification (Type II at minimum) required", "EPA Section 608 Universal Certification",
     "covered", "met"),
    ("EPA Section 608 Universal certification (Type II at minimum) required", "EPA 608 Type I certified",
     "not covered", "unknown"),
    ("Class A CDL (at least Class B) required", "Class B CDL, clean MVR", "covered", "met"),
    ("EPA 608 Universal certification required", "EPA 608 Type II certified", "not covered", "unknown"),
    # a stage toward the credential the posting takes in its place (was missing 0.20 and to check)
    ("CFA charter required (or Level III candidate)", "CFA Level III Candidate (passed Levels I and II)",
     "covered", "met"),
    ("CFA charterholder or CFA Level III candidate", "CFA Level III Candidate", "covered", "met"),
    ("CFA charter required (or Level III candidate)", "CFA Level II Candidate", "not covered", "unknown"),
])
def test_a_lower_grade_the_posting_takes_covers_its_row_as_it_meets_its_knock_out(seed_index, asked, line, status,
                                                                                   check):
    """"EPA Section 608 Universal certification (Type II at minimum)": a Type II meets the knock-out, and its row
    agrees (covered by that line, was partial 0.40); a grade below the one taken, or a lower grade where the
    posting takes none, is not covered, to check."""
    posting = parse_posting(f"# HVAC Service Technician\nRequirements\n- {asked}\n", "hvac")
    resume = f"Certifications\n{line}\nExperience\nHVAC Technician, Cool Air, 2020 - Present\n- Charge refrigerant\n"
    match = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0]
    row = match.explanation.requirements[0]
    assert [c.status for c in match.eligibility.checks if c.kind == "licence"] == [check]
    assert row.status == status if status == "covered" else row.status != "covered"
    assert row.evidence == line or status != "covered"


@pytest.mark.parametrize("line, status, check", [
    ("Ph.D. Candidate, Analytical Chemistry, University of Washington - expected June 2027", "covered", "met"),
    ("PhD in Chemistry (ABD), defense scheduled March 2027", "covered", "met"),
    ("Ph.D., Chemistry, University of Utah, expected May 2027", "covered", "met"),
    ("Ph.D., Chemistry, University of Utah, expected December 2027", "partial", "unknown"),   # after the window
    ("PhD in Chemistry (ABD), defense scheduled", "partial", "unknown"),                         # no date to place
    ("Ph.D., Chemistry, University of Utah, 2021", "covered", "met"),
])
def test_a_degree_to_come_in_the_graduation_window_covers_its_row_as_it_meets_its_knock_out(
        seed_index, line, status, check):
    """"Ph.D. in Chemistry ... (ABD candidates will be considered if the degree is conferred by
    September 15, 2027)": a PhD expected in that window meets the degree knock-out, and its row
    agrees (covered, was partial); one after the window or with no date stays partial, to check.
    "ABD" says the degree is not yet held."""
    posting = parse_posting("# Assistant Professor of Chemistry\nRequirements\n"
                            "- Ph.D. in Chemistry or a closely related field by the start date (ABD candidates will be "
                            "considered if the degree is conferred by September 15, 2027)\n", "chem")
    catalog = _catalog(seed_index, [posting])
    match = catalog.rank(resume_from_text(f"Education\n{line}\n", "r", today=datetime.date(2026, 11, 30)))[0]
    row = match.explanation.requirements[0]
    degree = [c.status for c in match.eligibility.checks if c.kind == "degree"]
    assert (row.status, degree) == (status, [check])
    assert row.evidence == line


@pytest.mark.parametrize("pay, check", [
    ("Compensation: commission-based", "Compensation: commission-based"),
    ("Pay: base plus uncapped commission", "Pay: base plus uncapped commission"),
    ("Competitive pay and benefits", None),            # no pay stated, and none said to be commission: as before
    ("Base salary: $80,000 - $95,000 plus uncapped commission", None),   # a salary stated, above the minimum
])
def test_a_minimum_salary_against_pay_by_commission_with_no_figure_is_to_check(seed_index, pay, check):
    """"commission-based" or "base plus commission" alone states no pay a minimum salary can judge:
    the posting stays, its pay to check with the line that says so; a commission-only one still
    goes; without a minimum nothing is said of pay."""
    from matcher.ranking.catalog import Filters

    posting = parse_posting(f"# Sales Representative\nRequirements\n- 2+ years of B2B sales experience\n\n{pay}\n", "s")
    only = parse_posting("# Sales Agent\nRequirements\n- 2+ years of B2B sales experience\n\n"
                         "This is a commission-only position.\n", "c")
    catalog = _catalog(seed_index, [posting, only])
    resume = resume_from_text("Experience\nAccount Executive, Acme, 2019 - Present\nSold SaaS to SMBs.", "r")
    [match] = catalog.rank(resume, filters=Filters(min_salary=60000))
    pays = [c for c in match.eligibility.checks if c.kind == "salary"]
    if check is None:
        assert not pays
    else:
        assert [(c.status, c.posting) for c in pays] == [("unknown", check)]
        assert "states no base pay" in pays[0].resume and "60,000" in pays[0].resume
        assert match.eligibility.status == "unknown"
    [free] = [m for m in catalog.rank(resume) if m.posting.id == "s"]
    assert not [c for c in free.eligibility.checks if c.kind == "salary"]


@pytest.mark.parametrize("ask", [
    "Teaching experience at the college level",
    "College-level teaching experience as instructor of record",
    "University teaching experience",
    "Experience teaching undergraduate courses",
])
@pytest.mark.parametrize("line, status", [
    ("Instructor of Record, ENGL 101 (3 sections), Fall 2024", "covered"),
    ("Instructor of Record, ENGL 1100: First-Year Writing, Ohio State University, Autumn 2022 - Spring 2023",
     "covered"),
    ("Adjunct Instructor of Mathematics, Sinclair Community College, 2020 - Present", "covered"),
    ("Lecturer in Chemistry, University of Leeds, 2018 - 2022", "covered"),
    ("Teaching Assistant, General Chemistry (CHEM 152), University of Washington, 2021 - 2023", "partial"),
    ("Fitness Instructor, Planet Fitness, 2019 - Present", "not covered"),
    ("Flight Instructor (CFI), Skyline Aviation, 2020 - 2023", "not covered"),
    ("English Teacher, Dayton High School, 2019 - 2023", "not covered"),
])
def test_an_academic_teaching_role_shows_college_teaching(seed_index, ask, line, status):
    """"Instructor of Record, ENGL 101 (3 sections), Fall 2024" is college teaching, whatever words it
    shares with the ask: an instructor, lecturer or professor at a college (a course code or the
    college named) covers "teaching experience at the college level", a teaching assistant partly;
    an instructor of another kind or a school's teacher does not."""
    catalog = _catalog(seed_index, [parse_posting(f"# Adjunct Instructor\nRequirements\n- {ask}\n", "a")])
    row = catalog.rank(resume_from_text(f"Experience\n{line}\n", "r", today=datetime.date(2026, 11, 30))
                       )[0].explanation.requirements[0]
    if status == "not covered":
        assert row.status != "covered"
    else:
        assert (row.status, row.evidence) == (status, line)


@pytest.mark.parametrize("ask, age", [
    ("Must be 18 years of age or older", 18),
    ("Must be at least 21 years of age at the time of application", 21),
    ("Must be 18+", 18),
    ("Applicants must be 18 or older", 18),
    ("Minimum age: 18", 18),
    ("21+ years old", 21),
    # "over" an age, as the UK says it (an HGV posting's had been a must-have row 'missing')
    ("Must be over 25 for insurance purposes", 25),
    ("Applicants must be aged 21 or over", 21),
])
@pytest.mark.parametrize("said", ["I am a 16-year-old high school junior.", "I am 19 years old.", ""])
def test_an_age_asked_is_to_confirm_never_missing_nor_eligible(seed_index, ask, age, said):
    """Ages are not read (a personal detail, redacted): the row of an age asked reads "to confirm",
    weighs nothing, and the eligibility lists it to check, for a 16-year-old as for anyone."""
    catalog = _catalog(seed_index, [parse_posting(f"# Seasonal Sales Associate\nRequirements\n- {ask}\n"
                                                  "- Cash handling experience\n", "a"),
                                    parse_posting("# Seasonal Sales Associate\nRequirements\n"
                                                  "- Cash handling experience\n", "b")])
    resume = resume_from_text(f"Experience\nCashier, Target, 2024 - present\n- Cash handling at the register\n{said}\n",
                              "r", today=datetime.date(2026, 11, 30))
    matches = {m.posting.id: m for m in catalog.rank(resume)}
    e, fit = matches["a"].explanation, matches["a"].eligibility
    row = next(r for r in e.requirements if r.text == ask)
    assert (row.status, row.credit, row.evidence) == ("to_confirm", 0.0, None)
    assert f"{age} or older" in row.note and "does not read ages" in row.note
    assert row.to_dict()["status"] == "to_confirm" and row not in e.missing_must
    assert e.coverage == matches["b"].explanation.coverage
    assert fit.status == "unknown" and [(c.kind, c.posting) for c in fit.unknown] == [("age", ask)]
    assert matches["b"].eligibility.status == "eligible"


@pytest.mark.parametrize("ask", ["2+ years of retail experience", "Experience with children ages 3-5",
                                 "Able to lift 50 lbs", "Must be over 25 years of experience in retail"])
def test_no_age_asked_is_no_age_to_confirm(seed_index, ask):
    catalog = _catalog(seed_index, [parse_posting(f"# Sales Associate\nRequirements\n- {ask}\n", "a")])
    match = catalog.rank(resume_from_text("Experience\nCashier, Target, 2019 - present\n", "r",
                                          today=datetime.date(2026, 11, 30)))[0]
    row = match.explanation.requirements[0]
    assert not (row.status == "to_confirm" and row.note)   # a condition is to confirm, with no age's note
    assert not [c for c in match.eligibility.checks if c.kind == "age"]


@pytest.mark.parametrize("ask, screens", [
    ("Must pass DOT drug screen", "drug screen"),
    ("Must pass DOT/USCG drug test (pre-employment and random)", "drug test"),
    ("Must pass background check and drug screen", "background check and drug screen"),
    ("Ability to pass a background check, drug test and MVR check", "background check and drug test and MVR check"),
    ("Successful completion of a pre-employment physical exam", "physical exam"),
    ("Credit check required", "credit check"),
    ("Must pass a fingerprint check and reference checks", "fingerprint check and reference checks"),
    # two screens sharing their noun: a teller posting's had read as a condition missing
    ("Must pass credit and criminal background check", "credit check and background check"),
    ("Must pass drug and background screening", "drug screening and background screening"),
    # a police department's: none is a line of a resume
    ("Must pass a polygraph examination, psychological evaluation and physical ability test",
     "polygraph examination and psychological evaluation and physical ability test"),
    ("Must pass the CPAT", "CPAT"),
    # a clean record, which the employer learns from its background check
    ("No felony convictions", "criminal background check"),
    ("No felony or misdemeanor convictions in the past 7 years", "criminal background check"),
    # the UK's criminal record check, which the employer applies for
    ("Enhanced DBS check (we will apply for this)", "enhanced DBS check"),
])
def test_a_screen_before_hire_is_to_confirm_never_missing(seed_index, ask, screens):
    """A drug screen, background check or physical the employer runs is no line of a resume: the row
    reads "to confirm" and weighs nothing, as an age asked does."""
    catalog = _catalog(seed_index, [parse_posting(f"# Roustabout\nRequirements\n- {ask}\n"
                                                  "- Forklift experience\n", "a"),
                                    parse_posting("# Roustabout\nRequirements\n- Forklift experience\n", "b")])
    resume = resume_from_text("Experience\nWarehouse Associate, Target, 2022 - present\n- Drove a forklift daily\n",
                              "r", today=datetime.date(2026, 11, 30))
    matches = {m.posting.id: m for m in catalog.rank(resume)}
    e = matches["a"].explanation
    row = next(r for r in e.requirements if r.text == ask)
    assert (row.status, row.credit, row.evidence) == ("to_confirm", 0.0, None)
    assert f"runs {'an' if screens[0] in 'aeiou' else 'a'} {screens} before hire" in row.note
    assert row not in e.missing_must and e.coverage == matches["b"].explanation.coverage
    # a line showing it passed still covers it
    shown = resume_from_text(f"Certifications\nPassed {screens.split(' and ')[0]}, 2024\n", "s")
    passed = next(m for m in catalog.rank(shown) if m.posting.id == "a").explanation
    assert next(r for r in passed.requirements if r.text == ask).status in ("covered", "to_confirm")


FLUENT = "Must be fluent in reading, writing and speaking English"


@pytest.mark.parametrize("ask, languages, status, evidence", [
    (FLUENT, "Bilingual English/Spanish", "covered", "Bilingual English/Spanish"),
    (FLUENT, "Languages: English (native), Spanish (B2)", "covered", "Languages: English (native), Spanish (B2)"),
    ("English at C1 level or higher", "Languages: English (A2), Spanish (native)", "missing", None),
    (FLUENT, "", "to_confirm", None),
    # other languages only as a softened add-on: English alone is asked (a Front Desk Agent posting's "Fluent in
    # English; Spanish or Portuguese a plus" was a must-have missing 0.00 for a cashier's resume written in English)
    ("Fluent in English; Spanish or Portuguese a plus", "", "to_confirm", None),
])
def test_an_ask_of_english_alone_is_shown_by_a_line_naming_it_or_to_confirm(seed_index, ask, languages, status,
                                                                           evidence):
    """"Must be fluent in reading, writing and speaking English" read "missing" for every resume (English,
    which resumes are read in, is no skill a row asks): a line naming English at the level asked or at none
    covers it, one below the level asked ("English (A2)" for fluent) leaves it missing, and a resume written in
    English that names no language leaves it to confirm, weighing nothing."""
    catalog = _catalog(seed_index, [
        parse_posting(f"# Pharmacy Clerk\nRequirements\n- {ask}\n- 1 year of customer service experience\n", "a"),
        parse_posting("# Pharmacy Clerk\nRequirements\n- 1 year of customer service experience\n", "b")])
    resume = resume_from_text(f"Experience\nCashier, Safeway, Tucson AZ, 2020 - 2025\n- Rang up customers and "
                              f"handled returns for a busy store\nSkills\n{languages}\n", "r",
                              today=datetime.date(2026, 11, 30))
    matches = {m.posting.id: m.explanation for m in catalog.rank(resume)}
    row = next(r for r in matches["a"].requirements if r.text == ask)
    assert (row.status, row.evidence) == (status, evidence)
    if status == "to_confirm":
        assert "written in English" in row.note and row not in matches["a"].missing_must
        assert matches["a"].coverage == matches["b"].coverage


@pytest.mark.parametrize("ask, said", [
    ("Arizona real estate license or ability to obtain within 90 days", "ability to obtain within 90 days"),
    ("Colorado adjuster license, or ability to obtain within 90 days of hire (we sponsor)",
     "ability to obtain within 90 days of hire"),
])
def test_a_licence_to_obtain_within_a_time_after_hire_is_to_confirm_not_missing(seed_index, ask, said):
    """"Arizona real estate license or ability to obtain within 90 days" read a missing must-have for a resume
    naming no licence, though the posting takes one who obtains it after hire: to confirm, that way quoted,
    weighing nothing; a resume holding it still covers it (walk-through: office)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Property Manager\nRequirements\n- {ask}\n"
                                                  "- 1 year of customer service experience\n", "a")])
    resume = resume_from_text("Experience\nCashier, Safeway, Tucson AZ, 2020 - 2025\n- Rang up customers and "
                              "handled returns for a busy store\n", "r", today=datetime.date(2026, 11, 30))
    [match] = catalog.rank(resume)
    row = next(r for r in match.explanation.requirements if r.text == ask)
    assert (row.status, row.kind) == ("to_confirm", "must") and f'"{said}"' in row.note
    assert row not in match.explanation.missing_must


@pytest.mark.parametrize("lines, evidence", [
    (["Education", "B.B.A. Marketing, Georgia State University, 2016"],
     "B.B.A. Marketing, Georgia State University, 2016"),
    (["Experience", "Bank Teller, First Horizon Bank, Memphis TN, 2019 - 2026", "- Served 120 customers a day",
      "Education", "High School Diploma, Central High School, 2015"],
     "Bank Teller, First Horizon Bank, Memphis TN, 2019 - 2026"),
])
def test_a_degree_or_years_in_its_place_is_shown_by_either(seed_index, lines, evidence):
    """"Bachelor's degree or 2+ years of customer service experience" read partly (0.40) by a marketer's bachelor's
    and missing (0.00) for a teller of 7 customer-facing years beside her diploma: the degree was capped by the years
    the roles fall short of, and replaced the roles' credit; either one shows it whole (walk-through: office)."""
    ask = "Bachelor's degree or 2+ years of customer service experience"
    catalog = _catalog(seed_index, [parse_posting(f"# Claims Adjuster\nRequirements\n- {ask}\n- Excel\n", "a")])
    resume = resume_from_text("\n".join(lines) + "\n", "r", today=datetime.date(2026, 11, 30))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if r.text == ask)
    assert (row.status, row.evidence) == ("covered", evidence)


def test_english_studied_for_a_degree_is_no_english_spoken(seed_index):
    """A Grants Coordinator posting's "Bachelor's degree in English, communications, nonprofit management or related
    field" was covered quoting a skills line's "bilingual (Spanish/English)", as an ask of English alone, beside a
    sociology degree: English there is a field of study, shown by the degree (partly, in another field)."""
    ask = "Bachelor's degree in English, communications, nonprofit management or related field"
    catalog = _catalog(seed_index, [parse_posting(f"# Grants Coordinator\nRequirements\n- {ask}\n", "a")])
    resume = resume_from_text("Education\nBachelor of Arts in Sociology, University of Colorado Denver, 2019\n"
                              "Skills\nSalesforce, Canva, bilingual (Spanish/English)\n", "r",
                              today=datetime.date(2026, 11, 30))
    row = catalog.rank(resume)[0].explanation.requirements[0]
    assert row.status == "partial" and "Sociology" in row.evidence


@pytest.mark.parametrize("line, status", [("Enhanced DBS (update service).", "covered"), ("", "to_confirm")])
def test_a_dbs_certificate_held_covers_the_check_the_employer_would_run(seed_index, line, status):
    """A resume that holds an enhanced DBS certificate (on the update service) shows the check asked; one that
    names none leaves it to confirm, as any screen before hire."""
    catalog = _catalog(seed_index, [parse_posting("# Senior Care Assistant\nEssential\n- Enhanced DBS check (we will "
                                                  "apply for this)\n- Experience with dementia care\n", "a")])
    resume = resume_from_text(f"Experience\nCare Assistant, Meadowbank Care Home, 2021 - present\n- Dementia care\n"
                              f"Other\nBritish citizen. {line}\n", "r", today=datetime.date(2026, 11, 30))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if "DBS" in r.text)
    assert row.status == status


@pytest.mark.parametrize("ask", ["Valid driver's license; must pass background check (bonded position)",
                                 "Conduct background checks and drug screens for new hires",
                                 "Physical therapy experience",
                                 "Able to lift 50 lbs; must pass physical",
                                 "Experience with psychological assessment of children",
                                 "No felony convictions and a valid driver's license"])
def test_an_item_asking_more_than_a_screen_is_no_screen_to_confirm(seed_index, ask):
    catalog = _catalog(seed_index, [parse_posting(f"# Roustabout\nRequirements\n- {ask}\n", "a")])
    match = catalog.rank(resume_from_text("Experience\nWarehouse Associate, Target, 2019 - present\n", "r",
                                          today=datetime.date(2026, 11, 30)))[0]
    row = match.explanation.requirements[0]
    assert not (row.status == "to_confirm" and row.note)   # a condition is to confirm, with no screen's note


@pytest.mark.parametrize("education, status", [
    ("Central Georgia Technical College - Certificate, Business Administrative Technology, 2019", "covered"),
    ("Some college, Georgia State University (2014 - 2016)", "covered"),
    ("High school diploma, Savannah High School, 2019", "covered"),
    ("CPR/AED Certificate, American Red Cross, 2023", "missing"),
    # the degree's own sentence of a line of several is quoted
    ("Fluent in Spanish. High school diploma, Savannah High School, 2019.", "covered"),
])
def test_study_after_high_school_covers_a_high_school_ask(seed_index, education, status):
    """A technical college's certificate shows "High school diploma or GED", as the degree knock-out reads
    it; a short course's certificate does not."""
    catalog = _catalog(seed_index, [parse_posting("# Universal Banker\nRequirements\n- High school diploma or GED\n",
                                                  "a")])
    match = catalog.rank(resume_from_text(f"Experience\nBank Teller, Truist, 2019 - 2024\nEducation\n{education}\n",
                                          "r", today=datetime.date(2026, 11, 30)))[0]
    row = match.explanation.requirements[0]
    assert row.status == status and (status == "missing" or row.evidence == education.split("Spanish. ")[-1])
    assert [c.status for c in match.eligibility.checks if c.kind == "degree"] == (
        ["unknown"] if status == "missing" else ["met"])


@pytest.mark.parametrize("line, status", [
    ("Current U.S. passport.", "covered"),
    ("Valid passport (expires 2031)", "covered"),
    ("Passport holder; travelled to 14 countries", "covered"),
    ('Current U.S. passport. Able to reach 82". Authorized to work in the U.S.', "covered"),
    ("Processed passport renewals for U.S. clients", "not covered"),
    ("Expired passport", "not covered"),
    ("No passport", "not covered"),
])
def test_a_passport_held_shows_a_passport_asked(seed_index, line, status):
    """"Current U.S. passport." shows "Must hold a passport valid for international travel": a passport
    held, whatever country or word says it is now; one handled as work, expired or not held does not."""
    catalog = _catalog(seed_index, [parse_posting("# Flight Attendant\nRequirements\n- Must hold a passport valid for "
                                                  "international travel with no restrictions\n", "a")])
    row = catalog.rank(resume_from_text(f"Experience\nFlight Attendant, Delta, 2019 - 2024\n{line}\n", "r",
                                        today=datetime.date(2026, 11, 30)))[0].explanation.requirements[0]
    if status == "not covered":
        assert row.status != "covered"
    else:
        assert row.status == status and line.startswith(row.evidence)


# -- military roles read as the civilian work they are ----------------------------------------
def test_a_military_role_is_compared_with_the_job_as_its_civilian_role(fake_embedder):
    """"Hospital Corpsman (HM2)" is embedded as "Clinical Medical Assistant" for years in roles like
    the job and the closest title; the title shown and quoted stays the resume's own, and a civilian
    "Logistics Specialist, Amazon" reads as itself."""
    features = _features("Experience\nHospital Corpsman (HM2), U.S. Navy, Family Medicine Clinic"
                         " \u2014 2019\u20132025\n- Roomed patients, vital signs, injections\n"
                         "Logistics Specialist, Amazon Fulfillment \u2014 2016\u20132019\n", fake_embedder)
    assert features.titles == ["Hospital Corpsman", "Logistics Specialist"]
    reading, civilian = fake_embedder.embed(["Clinical Medical Assistant", job_kind("Logistics Specialist")])
    assert np.allclose(features.role_vectors[0], reading) and np.allclose(features.role_vectors[1], civilian)
    assert features.role_titles == ("Hospital Corpsman (Clinical Medical Assistant)", "Logistics Specialist")


def test_a_corpsmans_years_count_for_a_medical_assistant_job(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Clinical Medical Assistant\nRequirements\n- 1+ year of clinical medical assistant experience\n", "ma")])
    corpsman = catalog.rank(resume_from_text(
        "Experience\nHospital Corpsman (HM2), U.S. Navy, Family Medicine Clinic \u2014 2019\u20132025\n"
        "- Roomed patients, vital signs, injections\n", "hm2"))[0].explanation
    clerk = catalog.rank(resume_from_text(
        "Experience\nLogistics Specialist, Amazon Fulfillment \u2014 2019\u20132025\n- Picked orders\n",
        "clerk"))[0].explanation
    assert corpsman.years_found == pytest.approx(6.0, abs=0.1) and clerk.years_found == 0
    assert corpsman.requirements[0].status == "covered"


def test_a_table_cell_of_trucks_certified_covers_a_forklift_certification_and_is_quoted(seed_index):
    """"Forklift / Reach Truck Certified | 2023" (a DOCX certifications table) covers "Forklift certification"
    and its knock-out, quoted before a line that only names forklifts ("Train and certify forklift operators")."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Supervisor\nRequirements\n- Must hold a current forklift certification\n", "ws")])
    match = catalog.rank(resume_from_text(
        "Experience\nShift Supervisor, DHL Supply Chain, 2021 - 2024\n- Train and certify forklift operators\n"
        "Certifications\nForklift / Reach Truck Certified | 2023\n", "r"))[0]
    row = match.explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", "Forklift / Reach Truck Certified | 2023")
    assert [c.status for c in match.eligibility.checks if c.kind == "licence"] == ["met"]


@pytest.mark.parametrize("line, covered", [
    ("PBT (ASCP), 2021", True), ("CPT (NHA), 2022", True), ("CPT-1 (California), 2020", True),
    ("- CPT coding and ICD-10 for outpatient claims", False), ("NASM-CPT, 2019", False),
])
def test_a_phlebotomists_bare_letters_cover_the_certification_and_its_knock_out(seed_index, line, covered):
    catalog = _catalog(seed_index, [parse_posting(
        "# Phlebotomist\nRequirements\n- Phlebotomy certification: CPT (NHA), PBT (ASCP), or RPT (AMT)\n", "ph")])
    match = catalog.rank(resume_from_text(f"Experience\nLab Assistant, LabCorp, 2019 - 2024\nCertifications\n{line}\n",
                                          "r"))[0]
    row = match.explanation.requirements[0]
    assert (row.status == "covered", [c.status == "met" for c in match.eligibility.checks if c.kind == "licence"]) \
        == (covered, [covered])


# -- French titles read as the English job they are -------------------------------------------
def test_a_french_role_is_compared_with_the_job_as_its_english_title(fake_embedder):
    """"Coordonnatrice marketing" is embedded as "Marketing Coordinator"; the title shown stays the resume's own."""
    features = _features("Expérience\nCoordonnatrice marketing, Lise Watier, Montréal \u2014 2022 à aujourd'hui\n"
                         "- Gérer le calendrier de contenu\n", fake_embedder)
    assert features.titles == ["Coordonnatrice marketing"]
    assert np.allclose(features.role_vectors[0], fake_embedder.embed(["Marketing Coordinator"])[0])
    assert features.role_titles == ("Coordonnatrice marketing (Marketing Coordinator)",)


def test_a_french_roles_years_count_for_the_english_job(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Marketing Coordinator\nRequirements\n- 2+ years of marketing coordination experience\n", "mc")])
    found = catalog.rank(resume_from_text(
        "Expérience\nCoordonnatrice marketing, Lise Watier, Montréal \u2014 2019 à 2024\n"
        "- Coordonner le lancement de 12 produits\n", "fr"))[0].explanation
    assert found.years_found == pytest.approx(5.0, abs=0.1)


MEDIC_POSTING = """# EMT
Requirements
- Ability to lead a small team
Nice to have
- 911 or military medic experience
"""


@pytest.mark.parametrize("lines, lead, medic", [
    (["Combat Medic, 68W, U.S. Army \u2014 2017\u20132025", "- Led a squad of 9 medics"], "covered", "covered"),
    (["NCOIC \u2014 68W Health Care Specialist, SSG/E-6 (2019 \u2013 2025)", "- Ran sick call"], "covered", "covered"),
    (["Squad Leader, 88M, U.S. Army \u2014 2021\u20132025", "- Drove M915 tractor-trailers"], "covered", None),
    # no one led, no service: neither shown by these lines
    (["Senior Line Medic, 68W, SGT/E-5 (2019 \u2013 2022)", "- Led a training on IV access"], "missing", "covered"),
    (["Warehouse Associate, Amazon \u2014 2019\u20132025", "- Picked and packed orders"], "missing", "missing"),
    # civilians' letters that are also ranks or codes: a Certified ScrumMaster, a Certified Pool Operator, the
    # electrical code
    (["Lifeguard, City Pools \u2014 2019\u20132025", "- Certified ScrumMaster (CSM)",
      "- Certified Pool Operator (CPO)", "- Wired panels to NEC 2023"], "missing", "missing"),
])
def test_leading_others_and_military_medic_work_are_read_in_the_services_words(seed_index, lines, lead, medic):
    catalog = _catalog(seed_index, [parse_posting(MEDIC_POSTING, "emt")])
    rows = {r.text: r for r in catalog.rank(resume_from_text("Experience\n" + "\n".join(lines), "r"))[0]
            .explanation.requirements}
    assert rows["Ability to lead a small team"].status == lead
    if medic:
        assert (rows["911 or military medic experience"].status != "missing") is (medic == "covered")


@pytest.mark.parametrize("ask, status", [
    # who is led by how they are employed, and a size with "+", name no work besides leading (the row had been
    # partial 0.414 beside "Supervise 18 hourly operators")
    ("Experience managing a team of 15+ hourly employees", "covered"),
    ("Supervisory experience with 5+ direct reports", "covered"),
    ("Supervisory experience in a warehouse", "partial"),
])
def test_an_ask_of_leading_others_by_who_they_are(seed_index, ask, status):
    catalog = _catalog(seed_index, [parse_posting(f"# Production Supervisor\nRequirements\n- {ask}\n", "p")])
    row = catalog.rank(resume_from_text(
        "Experience\nProduction Lead, Magna, 2020 - 2026\n- Supervise 18 hourly operators across 6 presses\n",
        "r"))[0].explanation.requirements[0]
    assert row.status == status


@pytest.mark.parametrize("lines, status", [
    (["Process Assistant, Amazon Fulfillment Center, 2021 - 2026", "- Led a team of 20-30 associates each shift"],
     "covered"),
    (["Process Assistant, Amazon Fulfillment Center, 2021 - 2026", "- Tracked rates and quality in FCLM"], "partial"),
])
def test_a_role_leads_by_a_unit_its_lines_say_it_led(seed_index, lines, status):
    """A "Process Assistant" over "Led a team of 20-30 associates" had no years of leading (title only):
    "1 year in a lead or supervisory role" partly covered, the years knock-out unknown."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Shift Supervisor\nRequirements\n- 2+ years of warehouse experience, including at least "
        "1 year in a lead or supervisory role\n", "w")])
    row = catalog.rank(resume_from_text("Experience\n" + "\n".join(lines), "r"))[0].explanation.requirements[0]
    assert row.status == status


@pytest.mark.parametrize("duty, status, years", [
    ("- Lead a team of 35 pickers and packers on night shift", "covered", ["met"]),
    ("- Tracked rates and quality in FCLM", "missing", ["unknown"]),
])
def test_leading_asked_alone_is_done_by_a_role_whose_lines_lead(seed_index, duty, status, years):
    """A warehouse lead's "Process Assistant (Outbound)" over "Lead a team of 35 pickers and packers on night
    shift" had 0.0 years "in roles like this one that lead others" for "2+ years of supervisory or lead experience
    in a warehouse or distribution center", the row missing: the title is unlike the posting's and does no
    "supervisory" by its words; a role that leads by its lines does leading asked alone, as a "Supervisor" does
    (walk-through: manufacturing)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Shift Supervisor (Nights)\nQualifications\n- 2+ years of supervisory or lead experience in "
        "a warehouse or distribution center\n", "w")])
    assert _first_row_and_years(catalog, "Process Assistant (Outbound), Amazon", "w", duty) == (status, years)


@pytest.mark.parametrize("lines, status", [
    (["Journeyman Electrician, Miller Electric Co., 2017 - 2026", "- Lead a crew of 3 apprentices on site"],
     "covered"),
    (["Journeyman Electrician, Miller Electric Co., 2017 - 2026", "- Bend conduit and pull wire"], "missing"),
])
def test_a_trades_leading_role_asked_as_experience_is_shown_by_a_line_that_leads(seed_index, lines, status):
    """A journeyman electrician posting's "Foreman experience" was missing (0.00) beside "Lead a crew of 3
    apprentices": a trade's or a shift's leading role asked as experience ("Foreman experience", "Crew lead
    experience") asks leading others, as "Supervisory experience" does."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Journeyman Electrician\nRequirements\n- Conduit bending\nNice to Have\n- Foreman experience\n"
        "- Crew lead experience\n", "e")])
    rows = {r.text: r for r in catalog.rank(resume_from_text("Experience\n" + "\n".join(lines), "r"))[0]
            .explanation.requirements}
    assert rows["Foreman experience"].status == rows["Crew lead experience"].status == status


@pytest.mark.parametrize("text, people", [
    ("Experience managing freelancers", {"freelancers", "freelancer", "freelance", "freelances"}),
    ("Experience managing a team of freelance writers", {"writers", "writer", "write", "writes"}),
    ("Ability to hire and train drivers", {"drivers", "driver", "drive", "drives"}),
    ("Experience supervising staff", {"staff"}),
    # no people managed: a thing, a sales lead, a clause that turns before them
    ("Experience managing budgets", set()), ("Experience managing leads in Salesforce", set()),
    ("Experience managing budgets for drivers", set()), ("Supervisory experience", set()),
])
def test_the_people_an_ask_would_have_managed(text, people):
    from matcher.ranking.checklist import managed_people
    assert managed_people(text) == people


@pytest.mark.parametrize("line, managing", [
    # one of the people managed: shares their word, shows none of the managing
    ("Freelancer with 6 years of experience shooting weddings and headshots.", False),
    ("Freelance photographer with 6 years of experience shooting weddings.", False),
    # managing them shown
    ("Experience hiring freelancers as second shooters for large weddings.", True),
])
def test_a_line_of_one_of_the_people_managed_shows_no_managing(seed_index, line, managing):
    """A photography studio's "Experience managing freelancers" was partly shown (0.52, with the bundled model)
    by a photographer's "Freelance photographer with 7 years of experience ...": the word it shares names the
    people managed, not the managing; such a line shows next to nothing of it unless it says managing too."""
    from matcher.ranking.checklist import MANAGED_ONLY
    ask = "Experience managing freelancers"
    catalog = _catalog(seed_index, [parse_posting(f"# Lead Photographer\nRequirements\n- {ask}\n"
                                                  "- Expert in Adobe Lightroom\n", "p")])
    resume = resume_from_text(f"Summary\n{line}\nExperience\nPhotographer, Picture People, 2017 - 2026\n"
                              "- Photographed families in a mall portrait studio\n", "r",
                              today=datetime.date(2026, 6, 1))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if r.text == ask)
    assert (row.credit > MANAGED_ONLY) is managing, row


def test_a_line_leading_a_count_of_the_people_asked_covers_managing_them(seed_index):
    """A content marketer's "Managed 6 freelance writers and one junior content specialist" showed "Experience
    managing freelancers or a small team" partly (0.44, by its vector), as no count of writers was a team led:
    a line leading a count of any trade's people, of those the ask names, covers it (walk-through: office)."""
    ask = "Experience managing freelancers or a small team"
    catalog = _catalog(seed_index, [parse_posting(f"# Content Manager\nRequirements\n- {ask}\n- SEO\n", "p")])
    resume = resume_from_text("Experience\nContent Marketing Manager, Corewave Health, 2022 - 2026\n"
                              "- Edited 40 articles a month\n- Managed 6 freelance writers and one junior content "
                              "specialist\n", "r", today=datetime.date(2026, 6, 1))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if r.text == ask)
    assert (row.status, row.evidence) == ("covered", "Managed 6 freelance writers and one junior content specialist")


@pytest.mark.parametrize("lines, evidence", [
    (["Supply Sergeant / Warehouse NCOIC - U.S. Army, Fort Knox, KY | 2018 - 2025", "- Managed receiving",
      "Skills", "Microsoft Office, Excel, GCSS-Army, forklift, inventory control, team leadership"],
     "Supply Sergeant / Warehouse NCOIC - U.S. Army, Fort Knox, KY | 2018 - 2025"),
    (["Warehouse Associate, Amazon, 2019 - 2025", "- Picked orders", "Skills",
      "Microsoft Office, Excel, GCSS-Army, forklift, inventory control, team leadership"], None),
])
def test_military_leadership_is_shown_by_a_line_of_service_that_leads(seed_index, lines, evidence):
    """"Military leadership experience welcome" was covered by a skills list naming "GCSS-Army" and "team
    leadership"; the NCOIC's line of service, which leads, read partly.  A bare list serves nowhere."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Warehouse Supervisor\nRequirements\n- Forklift\nPreferred\n- Military leadership experience welcome\n",
        "w")])
    [row] = [r for r in catalog.rank(resume_from_text("Experience\n" + "\n".join(lines), "r"))[0]
             .explanation.requirements if r.text.startswith("Military")]
    assert (row.evidence if row.status == "covered" else None) == evidence, row


@pytest.mark.parametrize("text, work", [
    ("911 or military medic experience", {"medic"}), ("Prior military experience", set()),
    ("2+ years of logistics or dispatch experience (military logistics experience counts)", {"logistics"}),
    ("Military or law enforcement experience preferred", set()), ("Armed forces background a plus", set()),
    ("Military veterans are encouraged to apply", set()),
    # no military experience asked
    ("Experience with military-grade encryption", None), ("Knowledge of military time", None),
    ("Experience in a medical office", None),
])
def test_an_ask_of_military_experience_and_the_work_it_names(text, work):
    from matcher.ranking.checklist import military_work
    assert military_work(text) == (None if work is None else frozenset(work))


@pytest.mark.parametrize("posting, resume, quoted", [
    # a banner in capitals and a school's line name the licence as well as the licence's own line
    ("- Valid Class A Commercial Driver's License (CDL-A)",
     "PROFESSIONAL DRIVER - CDL CLASS A\nExperience\nTanker Driver, Panhandle Carriers, 2020 - Present\n"
     "Licenses\nTexas Class A CDL, endorsements: H, N\nEducation\nTexas Truck Driving School - CDL-A Training, 2016",
     "Texas Class A CDL, endorsements: H, N"),
    ("- Valid Texas driver's license",
     "Education\nTexas Professional Truck Driving School - CDL-A Training, 2016\nLicenses\nTexas Class A CDL",
     "Texas Class A CDL"),
    # a credential the resume lists, cut at a spaced dash, is held as much as a rigger's card beside it
    ("- Current NCCCO Mobile Crane Operator certification (Telescopic Boom - Swing Cab)",
     "Certifications\nNCCCO Rigger Level I and Signalperson\n"
     "NCCCO Mobile Crane Operator \u2014 Telescopic Boom, Swing Cab (TSS), exp. 2028",
     "NCCCO Mobile Crane Operator \u2014 Telescopic Boom, Swing Cab (TSS), exp. 2028"),
    # the school's line is still quoted where no other line shows it
    ("- Valid Class A Commercial Driver's License (CDL-A)",
     "Education\nTexas Truck Driving School - CDL-A Training, 2016",
     "Texas Truck Driving School - CDL-A Training, 2016"),
    # the letters after the name, all the header says, before the line that states the credential
    ("- EIT certification required; PE license preferred",
     "KEVIN NGUYEN, EIT\nSacramento, CA\nExperience\nCivil Engineer I, Wood Rodgers, 2022 - Present\n"
     "Licenses & Certifications\nEngineer-in-Training (EIT), California Board for Professional Engineers, #162233",
     "Engineer-in-Training (EIT), California Board for Professional Engineers, #162233"),
])
def test_the_line_quoted_is_the_one_that_holds_what_is_asked(seed_index, posting, resume, quoted):
    """Among lines that show a requirement as much, a school's or a banner's line is quoted last:
    "Valid Texas driver's license" quoted "Texas Professional Truck Driving School - CDL-A Training"; so is
    a line of nothing but names ("EIT certification required" quoted "EIT", the header's name line)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Driver\nRequirements\n{posting}\n", "d")])
    row = catalog.rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status != "missing" and row.evidence == quoted


@pytest.mark.parametrize("line, status", [
    # another trade's apprenticeship, licence or card shows nothing of it, not even partly
    ("Completed 5-year registered apprenticeship (8,000 hours).", "missing"),
    ("IUOE Local 9 Operating Engineers Apprenticeship, completed 2019", "missing"),
    ("Licensed journeyman plumber with 9 years of residential service", "missing"),
    # a line naming the trade shows it
    ("Journeyman Lineworker certificate, IBEW Local 111 DOL-registered apprenticeship, 2018", "covered"),
])
def test_a_credential_of_a_trade_is_not_shown_by_another_trades(fake_embedder, line, status):
    """"Journeyman Lineworker certificate from a DOL-registered apprenticeship program" was partly
    met (0.57) by a plumber's "Completed 5-year registered apprenticeship": words alike, which the
    model reads as alike as any (a similarity at the high threshold here)."""
    from matcher.ranking.checklist import requirement_matches
    posting = parse_posting("# Lineworker\nRequirements\n- Journeyman Lineworker certificate from a DOL-registered"
                            " apprenticeship program\n", "lw")
    features = _features(f"Certifications\n{line}\n", fake_embedder)
    alike = np.full((1, len(features.lines)), fake_embedder.thresholds[1])
    row = requirement_matches(posting.requirements, alike, features, fake_embedder.thresholds, None)[0]
    assert row.status == status


@pytest.mark.parametrize("asked, line, status", [
    # another credential's line shows nothing of one named by letters the taxonomy does not know
    ("EVT certification", "EPA Section 609 MVAC certification", "missing"),
    ("EVT certification", "EVT Master Technician certified (F1, F2)", "covered"),
    # its name spelled out before the letters shows it as the letters do
    ("Certified Pool Operator (CPO) certification", "Certified Pool Operator, PHTA, 2021", "covered"),
    ("Certified Fraud Examiner (CFE) certification", "Certified Fraud Examiner, ACFE", "covered"),
    # spelled out after the letters, which are the initials of most of its words: a credential held, its words no
    # names of their own (an IV room posting's CSPT row was partial, 0.40, quoting the resume's CPhT line)
    ("CSPT (Certified Compounded Sterile Preparation Technician)",
     "PTCB Certified Pharmacy Technician (CPhT), #1234567, exp. 2026", "missing"),
    ("CSPT (Certified Compounded Sterile Preparation Technician)", "CSPT, PTCB, 2022", "covered"),
    ("CPO (Certified Pool Operator) preferred", "Certified Pool Operator, PHTA, 2021", "covered"),
])
def test_a_credential_the_taxonomy_does_not_know_is_shown_by_a_line_naming_it(fake_embedder, asked, line, status):
    """"EVT certification" was partly met (0.57) by "EPA Section 609 MVAC certification": another
    credential's words, alike to the model."""
    from matcher.ranking.checklist import requirement_matches
    posting = parse_posting(f"# Technician\nRequirements\n- {asked}\n", "t")
    features = _features(f"Certifications\n{line}\n", fake_embedder)
    alike = np.full((1, len(features.lines)), fake_embedder.thresholds[1])
    row = requirement_matches(posting.requirements, alike, features, fake_embedder.thresholds, None)[0]
    assert row.status == status


def test_a_credential_names_a_trade_by_a_persons_word_the_taxonomy_does_not_know():
    from matcher.ranking.checklist import _trades_credentialed
    asked = "Journeyman Lineworker certificate from a DOL-registered apprenticeship program"
    assert _trades_credentialed(asked, offered_names(asked)) == (("Lineworker",),)
    for asked in ("Valid Oregon CCB license", "Experience with Accubid, ConEst or Trimble",
                  "Lineworker experience on energized lines"):
        assert _trades_credentialed(asked, offered_names(asked)) == ()


_TWO_WAYS = ("Management and Program Analyst\nQualifications\nTo qualify for the GS-11 you must have at least one year "
             "of specialized experience equivalent to the GS-09 level in the Federal service, conducting workload "
             "analysis and program evaluation.\nOR Education: Ph.D. or equivalent doctoral degree.\n")


@pytest.mark.parametrize("resume, shown_by", [
    ("Experience\nProgram Analyst, GS-0343-09, Department of Veterans Affairs, Jan 2019 - Dec 2024\n"
     "Conducted workload analysis and program evaluation for benefits processing.\n"
     "Education\nB.A. Public Administration, University of Colorado, 2017\n", "Program Analyst"),
    ("Education\nPh.D. Public Policy, University of Michigan, 2023\n", "Ph.D."),
])
def test_a_requirement_with_two_ways_to_qualify_is_shown_by_either(seed_index, resume, shown_by):
    """federal-analyst: the GS-09 with a bachelor's was ruled out by the doctorate of the second way;
    each way shows the row, and neither way's ask blocks."""
    catalog = _catalog(seed_index, [parse_posting(_TWO_WAYS, "fed")])
    match = catalog.rank(resume_from_text(resume, "r"))[0]
    row = match.explanation.requirements[0]
    assert row.status == "covered" and shown_by in row.evidence
    assert not [c for c in match.eligibility.checks if c.status == "blocked"]


@pytest.mark.parametrize("requirement, place_only, field", [
    ("Current North Carolina massage and bodywork therapist license (LMBT), in good standing",
     "Front Desk Associate, YMCA of Western North Carolina, 2019 to 2021",
     "Massage therapist, Asheville, North Carolina, 2021 to 2023"),
    ("Current Texas Medical Radiologic Technologist (MRT) license",
     "Cashier, H-E-B, San Antonio, Texas, 2018 - 2020", "Radiologic technologist student, Texas, 2025"),
    ("Active New Jersey teaching license required", "Barista, Starbucks, Newark, New Jersey",
     "Substitute teacher, Newark Public Schools, New Jersey"),
])
def test_a_line_sharing_only_the_state_with_a_licence_shows_none_of_it(fake_embedder, requirement, place_only, field):
    """Walk-through 39 B #11: "YMCA of Western North Carolina" earned 0.40 on the North Carolina
    massage licence's row; the state is where the licence counts, not the licence.  A line that
    names the work too shows the field, partly, as before."""
    features = _features(f"Pat Doe\n{place_only}\n{field}", fake_embedder)
    credits, wording = line_credits(requirement, [], np.ones(len(features.lines)), features, fake_embedder.thresholds)
    assert wording[0] >= PARTIAL and credits[0] < PARTIAL
    assert credits[1] == pytest.approx(PARTIAL)


def test_eligible_to_sit_the_exam_is_no_graduate_and_holds_the_score(seed_index):
    """Walk-through 39 B #10: "Eligible to sit for the ARRT Radiography exam" covered "Graduate of a
    JRCERT-accredited radiography program" and the student was a likely fit; eligibility to sit is no
    graduation (partly at most) and the ARRT still to come holds the score.  A graduate's line covers it."""
    posting = parse_posting("# Radiologic Technologist\nRequirements\n- Graduate of a JRCERT-accredited radiography "
                            "program\n- ARRT certification in Radiography, ARRT (R), required\n", "rad")
    catalog = _catalog(seed_index, [posting])
    student = catalog.rank(resume_from_text("Experience\nStudent Radiographer, St. David's Medical Center, Jan 2026 - "
                                            "Present\nEligible to sit for the ARRT Radiography exam in June 2027.\n",
                                            "r"))[0]
    graduate = student.explanation.requirements[0]
    assert graduate.status != "covered"
    graduating = catalog.rank(resume_from_text("Summary\nRadiography student graduating May 2027.\n", "r"))[0]
    assert graduating.explanation.requirements[0].status != "covered"
    assert student.explanation.held and student.score <= 45
    alumnus = catalog.rank(resume_from_text("Education\nA.A.S. Radiologic Technology, JRCERT-accredited radiography "
                                            "program, 2019\nCertifications\nARRT (R), 2019\n", "r"))[0]
    assert alumnus.explanation.requirements[0].status == "covered"


@pytest.mark.parametrize("line, covered", [
    ("CompTIA A+ (2024)", True),
    ("CompTIA A+ certified", True),
    ("CompTIA A+ (Core 1 and Core 2), 2023", True),
    ("CompTIA A+ 220-1101 and 220-1102, 2023", True),
    # one exam of the two, and a course preparing for it, are no A+ held
    ("CompTIA A+ Core 1 (220-1101) passed 2025; Core 2 scheduled", False),
    ("CompTIA A+ Core 1 passed", False),
    ("Relevant coursework: IT Essentials (CompTIA A+ prep)", False),
    ("Course: CompTIA A+ test prep, 2025", False),
])
def test_a_certification_is_held_only_whole_not_by_one_exam_or_a_prep_course(seed_index, line, covered):
    """"CompTIA A+ Core 1 passed; Core 2 scheduled" and "(CompTIA A+ prep)" coursework are on the way
    to the A+, not the A+ a posting requires: partly covered at most."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Help Desk Technician\nRequirements\n- CompTIA A+ certification required\n", "hd")])
    text = ("Experience\nHelp Desk Analyst, Apex, Oct 2023 - Present\nResolve 40 tickets a day for 900 users.\n"
            f"Certifications\n{line}\n")
    row = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert (row.status == "covered") is covered, (line, row.status)


@pytest.mark.parametrize("line, covered", [
    ("Cisco Certified Network Associate (CCNA)", True),
    ("Cisco Certified Network Associate, 2018", True),
    ("CCNA (2018)", True),
    ("Cisco Meraki dashboard administration", False),
])
def test_a_certification_spelled_out_covers_its_acronym(seed_index, line, covered):
    """LinkedIn's exports spell certifications out: "Cisco Certified Network Associate (CCNA)"
    covers "CCNA certification required" as "CCNA" does (it had been read as Cisco alone, partly)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Network Administrator\nRequirements\n- CCNA certification required\n", "net")])
    text = f"Experience\nNetwork Administrator, Buckeye Health, Jan 2019 - Present\nCertifications\n{line}\n"
    row = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert (row.status == "covered") is covered, (line, row.status)


@pytest.mark.parametrize("line, covered", [
    ("Resolve 40 tickets a day in Freshservice for 900 users", True),
    ("Resolve 40 tickets a day in Zendesk for 900 users", True),
    ("Triaged requests in BMC Remedy and ServiceNow", True),
    ("Answered phones and emails for 900 users", False),
])
def test_an_open_list_of_ticketing_systems_is_met_by_any_ticketing_system(seed_index, line, covered):
    """"a ticketing system (ServiceNow, Jira Service Management or similar)" asks the kind: any
    ticketing system shows it; a closed list ("ServiceNow or Jira Service Management") only its own."""
    catalog = _catalog(seed_index, [
        parse_posting("# Help Desk Technician\nRequirements\n- Experience with a ticketing system (ServiceNow, "
                      "Jira Service Management or similar)\n", "open"),
        parse_posting("# Help Desk Technician\nRequirements\n- Experience with ServiceNow or Jira Service "
                      "Management\n", "closed")])
    text = f"Experience\nHelp Desk Analyst, Apex, Oct 2023 - Present\n{line}\n"
    rows = {m.posting.id: m.explanation.requirements[0] for m in catalog.rank(resume_from_text(text, "r"), top_k=None)}
    assert (rows["open"].status == "covered") is covered, (line, rows["open"].status)
    if "ServiceNow" not in line:
        assert rows["closed"].status != "covered", line


def test_clinical_epic_use_is_no_epic_reporting_database(seed_index):
    """Clarity and Caboodle are Epic's reporting databases: "Epic super user" (clinical) does not
    cover "Experience with Epic Clarity or Caboodle data models"; SQL against Clarity does."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Healthcare Data Analyst\nRequirements\n- Experience with Epic Clarity or Caboodle data models\n", "hda")])

    def row(line):
        text = f"Experience\nRegistered Nurse, Regions Hospital, Jan 2018 - Present\n{line}\n"
        return catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0].status
    assert row("Epic super user: trained 90 nurses on Epic flowsheets") != "covered"
    assert row("Wrote SQL against Epic Clarity and Caboodle for readmission reports") == "covered"


@pytest.mark.parametrize("ask, lines, named", [
    ("Proficiency with Excel and Power BI",
     ["Compiled quarterly performance data in Excel; drafted correspondence",
      "Develop performance metrics and build Power BI dashboards tracking program efficiency"], ["Excel", "Power BI"]),
    ("Experience with SQL and Tableau", ["Wrote SQL queries against the claims warehouse",
                                          "Built Tableau dashboards for the finance team"], ["SQL", "Tableau"]),
    ("Proficient in Word, Excel and Outlook", ["Drafted letters in Word", "Kept the budget tracker in Excel",
                                               "Managed three calendars in Outlook"], ["Word", "Excel", "Outlook"]),
    ("Working knowledge of QuickBooks and Excel", ["Reconciled accounts in QuickBooks Online",
                                                   "Built pivot tables in Excel"], ["QuickBooks", "Excel"]),
])
def test_two_or_more_tools_asked_together_are_shown_by_the_lines_naming_each(seed_index, ask, lines, named):
    """Walk-through 39 r15: each tool's line quoted, the row covered; one alone: partly, the other missing."""
    catalog = _catalog(seed_index, [parse_posting(f"# Analyst\nRequirements\n- {ask}\n", "a")])
    head = "Experience\nAnalyst, Acme, Jan 2018 - Jan 2024\n"
    row = catalog.rank(resume_from_text(head + "\n".join(lines) + "\n", "r"))[0].explanation.requirements[0]
    assert row.status == "covered"
    assert sorted([row.evidence] + row.evidence_more) == sorted(lines)
    e = catalog.rank(resume_from_text(head + "\n".join(lines[1:]) + "\n", "r"))[0].explanation
    row = e.requirements[0]
    assert row.status == "partial" and row.evidence in lines[1:] and any(named[0] in s for s in e.skills_missing)


def test_presenting_to_a_board_and_selling_to_a_target_are_shown_by_lines_that_do_them(seed_index):
    """Walk-throughs 39 r17 and 38 B #5: a board hearing a planner, a top seller, were missing."""
    posting = parse_posting("# Planner\nRequirements\n- Experience presenting to elected or appointed boards\n"
                            "- Comfortable with sales goals\n", "p")
    catalog = _catalog(seed_index, [posting])
    head = "Experience\nAssociate Planner, City of Loveland, Jan 2018 - Jan 2024\n"
    board, sales = catalog.rank(resume_from_text(
        head + "Write staff reports and present at Planning Commission and City Council hearings\n"
        "Renewed 85% of training packages; top seller in Q2 2025\n", "r"))[0].explanation.requirements
    assert board.status == "covered" and "Planning Commission" in board.evidence
    assert sales.status == "covered" and "top seller" in sales.evidence
    # presenting to a team, selling with no target said: the work, partly
    board, sales = catalog.rank(resume_from_text(
        head + "Presented weekly slide decks to my team\nSold memberships and training packages\n",
        "r"))[0].explanation.requirements
    assert board.status == "partial" and "slide decks" in board.evidence
    assert sales.status == "partial" and "Sold memberships" in sales.evidence


@pytest.mark.parametrize("line, status", [
    ("OSHA 511", "covered"),
    ("OSHA 511 course, 2021", "covered"),
    ("OSHA 30 General Industry", "covered"),
    ("OSHA 30-Hour General Industry (2019)", "covered"),
    ("OSHA 501 Trainer Course", "covered"),
    # construction's standards (29 CFR 1926), not general industry's: OSHA standards, partly
    ("OSHA 510", "partial"),
    ("OSHA 30-Hour Construction", "partial"),
    ("OSHA 30 Construction, 2016", "partial"),
    ("OSHA 500 Trainer Course in Occupational Safety and Health Standards for Construction", "partial"),
])
def test_osha_courses_show_the_standards_of_their_own_industry(seed_index, line, status):
    """Walk-through 39 r13: 510 (construction) is partial, 511 and '30 General Industry' cover 1910."""
    posting = parse_posting("# EHS Specialist\nRequirements\n"
                            "- Strong knowledge of OSHA 29 CFR 1910 general industry standards\n", "ehs")
    row = _catalog(seed_index, [posting]).rank(resume_from_text(
        "Experience\nEHS Coordinator, Acme Castings, Jan 2018 - Jan 2024\nCertifications\n" + line + "\n",
        "r"))[0].explanation.requirements[0]
    assert row.status == status and row.evidence == line


@pytest.mark.parametrize("line, status", [
    ("Languages: English; basic Polish", "missing"),
    ("Languages: English, German (C1)", "missing"),
    ("Bilingual (English/Spanish)", "covered"),
    ("Fluent in Spanish and English", "covered"),
])
def test_bilingual_english_and_a_language_asks_that_language_not_any_two(seed_index, line, status):
    """"Bilingual English/Spanish" asks Spanish (English goes without saying): "English; basic Polish"
    is bilingual, and shows none of it (it had read partly covered, 0.61)."""
    catalog = _catalog(seed_index, [parse_posting("# Warehouse Lead\nRequirements\n- Bilingual English/Spanish\n",
                                                  "wl")])
    text = f"Experience\nWarehouse Lead, Acme, Jan 2015 - Present\n- Led a team of 12 associates\n{line}\n"
    assert catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0].status == status, line


@pytest.mark.parametrize("line, status", [
    ("Languages: English, Spanish (fluent)", "covered"),
    ("Languages: English, Portuguese (fluent)", "covered"),
    ("Languages: English; basic Polish", "missing"),
])
def test_bilingual_with_languages_listed_asks_any_one_of_them(seed_index, line, status):
    """"Bilingual a plus (Spanish, Portuguese)" asked Spanish and Portuguese both, so a front desk supervisor
    fluent in English and Spanish was partly covered (0.50), quoting a weaker line; bilingual is English and one
    other, any of those listed (walk-through 45 E)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Guest Services Agent\nRequirements\n- Cash handling experience\nPreferred\n"
        "- Bilingual a plus (Spanish, Portuguese)\n", "gsa")])
    text = f"Experience\nFront Desk Agent, Acme Hotel, 2020 - 2024\n{line}\n"
    assert catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[1].status == status, line


def test_any_two_languages_meet_bilingual_with_a_language_preferred(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Receptionist\nRequirements\n- Bilingual a plus (Spanish preferred)\n", "rc")])
    text = "Experience\nReceptionist, Acme, 2020 - 2024\nLanguages: English (native), Hindi (fluent)\n"
    assert catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0].status != "missing"


@pytest.mark.parametrize("line, covered", [
    ("Fairview Health Services, Minneapolis (United States)", True),
    ("Data Analyst, Northwind, Minneapolis, USA, 2018 - 2024", True),
    ("Tata Consultancy Services, Chennai (India)", False),
])
def test_a_city_and_its_country_meet_a_residence_ask_of_that_country(seed_index, line, covered):
    """"candidates must reside in the United States" is covered by a line naming a US city by its
    country, as CVs write it ("Minneapolis (United States)"), not only by "Minneapolis, MN"."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Data Analyst\nRequirements\n- SQL\n\nThis is a remote position; candidates must reside in the "
        "United States.\n", "da")])
    text = f"Experience\nData Analyst, Jan 2018 - Present\n{line}\n- Wrote SQL reports\n"
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    row = next(r for r in rows if "reside" in r.text)
    assert (row.status == "covered") is covered, (line, row.status)


FIELD_POSTING = """# Wildland Firefighter
Requirements
- Current NWCG Incident Qualification Card (Red Card) as FFT2
- Valid driver's license and acceptable driving record
"""


@pytest.mark.parametrize("line, statuses", [
    # lapsed: partly at most, whatever the words it shares; said not held at all: missing
    ("NWCG Red Card: FFT2 (expired 2020)", ["partial", "missing"]),
    ("Red Card (FFT2), expired 2020", ["partial", "missing"]),
    ("I do not have a driver's license.", ["missing", "missing"]),
    ("Driver's license: none (public transit / bike)", ["missing", "missing"]),
    # held
    ("NWCG Red Card: FFT2 (current through 2027)", ["covered", "missing"]),
    ("CPR expired 2019; valid driver's license, no violations", ["missing", "covered"]),
])
def test_a_line_that_says_a_credential_is_not_held_does_not_cover_it(seed_index, line, statuses):
    """An expired Red Card covered "Current ... Red Card" at 1.00 and "I do not have a driver's
    license." the licence partly: the row read only its words (walk-through 41 C #1, #3)."""
    catalog = _catalog(seed_index, [parse_posting(FIELD_POSTING, "fire")])
    e = catalog.rank(resume_from_text(f"Summary\nSeasonal crew member.\nCertifications\n{line}\n", "r"))[0].explanation
    assert [r.status for r in e.requirements] == statuses


PACK_POSTING = """# Wildland Firefighter
Requirements
- Must pass the Work Capacity Test (arduous pack test): walk 3 miles in 45 minutes with a 45 lb pack
- Must pass a written exam on fire behavior
"""


@pytest.mark.parametrize("line, covered", [
    # a practice or training for a test is no pass of it
    ("Completed a practice pack test in September 2026 (3 miles, 45 lb, 42 minutes).", [False, False]),
    ("Completed a practice Work Capacity Test (arduous pack test): walk 3 miles in 45 minutes with a 45 lb pack",
     [False, False]),
    ("Practice exam: written exam on fire behavior, 2026", [False, False]),
    ("Mock exam on fire behavior and a practice pack test, 2026", [False, False]),
    ("Training for the arduous pack test; studying for the fire behavior exam", [False, False]),
    # a test passed is
    ("Passed the Work Capacity Test (arduous pack test): walk 3 miles in 45 minutes with a 45 lb pack", [True, False]),
])
def test_a_practice_for_a_test_is_no_pass_of_it(seed_index, line, covered):
    """"completed a practice pack test" covered "Must pass the Work Capacity Test" (walk-through 41 C #13)."""
    catalog = _catalog(seed_index, [parse_posting(PACK_POSTING, "wct")])
    e = catalog.rank(resume_from_text(f"Summary\nWildland firefighter.\nFitness\n{line}\n", "r"))[0].explanation
    assert [r.status == "covered" for r in e.requirements] == covered


def test_a_row_asking_two_things_is_partly_covered_by_a_line_showing_one(seed_index):
    """"Strong math skills and customer service": a dealer's headline naming customer service shows no math,
    partly; a line that says the math is quoted beside it, covered."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Table Games Dealer\nRequirements\n- Strong math skills and customer service\n", "d")])
    head = ("Table Games Dealer - blackjack, roulette, customer service\n"
            "Experience\nDealer, Peppermill Casino, 2020 - 2025\n")

    def row(line=""):
        return catalog.rank(resume_from_text(head + line, "r"))[0].explanation.requirements[0]
    alone = row()
    assert alone.status == "partial" and "customer service" in alone.evidence
    both = row("- Strong mental math: paid out bets and made change without a calculator\n")
    assert both.status == "covered" and any("math" in s for s in [both.evidence] + both.evidence_more)


@pytest.mark.parametrize("ask, parts", [
    ("Strong math skills and customer service", (("math",),)),
    ("Strong math and customer service skills", (("math",),)),
    ("Cash handling experience and strong math skills", (("math",),)),
    # the years asked are the roles' to show, no part's words
    ("High school diploma and 2 years of experience", (("school", "diploma"),)),
    # parts that share what they ask, name skills or only qualities
    ("Ability to read and write English", ()),
    ("Installation and repair of HVAC systems", ()),
    ("Python and SQL skills", ()),
    ("Excellent communication and organizational skills", ()),
    # who holds it and how it is said ask nothing of their own: the knowledge and the experience are of one thing
    ("You possess strong knowledge and experience with research methods", ()),
    ("Candidates should bring solid knowledge and experience in payroll", ()),
    # a part after the first opening with what it asks of the thing it names: a sous chef's knife skills
    # (Food preparation) did not make a cook's headline show "classic French techniques" (covered, 1.0)
    ("Strong knife skills and knowledge of classic French techniques", (("classic", "french", "techniques"),)),
    ("Strong communication skills and experience with customers", (("customers",),)),
    ("Experience with Python and knowledge of SQL", ()),
])
def test_the_parts_of_a_row_that_ask_a_thing_of_their_own(ask, parts):
    from matcher.ranking.checklist import own_parts
    assert own_parts(ask) == parts


@pytest.mark.parametrize("line", ["Clearance: (clear)", "Fingerprint card (clear)",
                                  "Multiple Subject Teaching Credential (clear)"])
@pytest.mark.parametrize("ask", ["Must clear a background check", "Must clear a DOJ/FBI fingerprint background check",
                                 "Must clear a background check and TB test",
                                 "Must be able to clear a Live Scan background check prior to employment"])
def test_a_screen_to_confirm_is_not_shown_by_a_credentials_word(seed_index, ask, line):
    """"(clear)" on a credential's line (a clear credential, a fingerprint card) says nothing of the background
    check the employer will run: the row stays to confirm, as with no such line."""
    catalog = _catalog(seed_index, [parse_posting(f"# Elementary Teacher\nRequirements\n- {ask}\n"
                                                  "- Experience teaching elementary students\n", "a")])
    resume = resume_from_text("Experience\nElementary Teacher, Sunrise Elementary, 2018 - present\n"
                              f"- Taught 3rd grade reading\nCredentials\n{line}\n", "r",
                              today=datetime.date(2026, 11, 30))
    row = next(r for r in catalog.rank(resume)[0].explanation.requirements if r.text == ask)
    assert (row.status, row.evidence) == ("to_confirm", None)
    assert "before hire" in row.note


@pytest.mark.parametrize("ask, screen", [
    ("Must pass the Elevator Industry Aptitude Test", "an Elevator Industry Aptitude Test"),
    ("Must pass a written aptitude test", "a written aptitude test"),
    ("Must pass the Wonderlic", "a Wonderlic"),
    ("Typing test of 40 WPM required", "a typing test of 40 WPM"),
    ("Must pass the Criteria Cognitive Aptitude Test (CCAT)", "a Criteria Cognitive Aptitude Test (CCAT)"),
    # a test of the trade's own work: a copy editor posting's "Must pass an editing test" was a must missing (0.30)
    ("Must pass an editing test", "an editing test"),
    ("Candidates must complete a writing assessment", "a writing assessment"),
])
def test_a_test_the_employer_gives_is_to_confirm(seed_index, ask, screen):
    """An aptitude test, the Wonderlic or a typing test is given by the employer before hire: to confirm, weighing
    nothing, not missing nor shown by a line that names an aptitude ("Good mechanical aptitude")."""
    catalog = _catalog(seed_index, [parse_posting(f"# Elevator Mechanic Apprentice\nRequirements\n- {ask}\n"
                                                  "- Experience with hand tools\n", "a"),
                                    parse_posting("# Elevator Mechanic Apprentice\nRequirements\n"
                                                  "- Experience with hand tools\n", "b")])
    resume = resume_from_text("Experience\nMaintenance Helper, Dayton Plastics, 2021 - present\n- Used hand tools to "
                              "repair equipment; good mechanical aptitude and typing\n", "r",
                              today=datetime.date(2026, 11, 30))
    matches = {m.posting.id: m for m in catalog.rank(resume)}
    e = matches["a"].explanation
    row = next(r for r in e.requirements if r.text == ask)
    assert (row.status, row.credit, row.evidence) == ("to_confirm", 0.0, None)
    assert f"the employer runs {screen} before hire" in row.note and row not in e.missing_must
    assert e.coverage == matches["b"].explanation.coverage
    # a line saying it was passed still shows it
    shown = resume_from_text("Certifications\nPassed the Wonderlic and a written aptitude test, 2024\n", "s")
    if "Wonderlic" in ask or "written" in ask:
        assert next(r for r in catalog.rank(shown)[0].explanation.requirements
                    if r.text == ask).status in ("covered", "to_confirm")


def test_the_skill_a_test_tries_is_no_test_passed(seed_index):
    """"Must pass a copyediting test" was covered (1.0) by "Fact-checked features; copyedited to Chicago Manual of
    Style": the copy editing the test tries is no credential the test gives (a DOT medical card is): to confirm."""
    ask = "Must pass a copyediting test"
    catalog = _catalog(seed_index, [parse_posting(f"# Copy Editor\nRequirements\n- {ask}\n", "a")])
    resume = resume_from_text("Experience\nEditorial Assistant, Texas Monthly, 2018 - 2019\n- Fact-checked features; "
                              "copyedited to Chicago Manual of Style\n", "r", today=datetime.date(2026, 11, 30))
    [row] = catalog.rank(resume)[0].explanation.requirements
    assert (row.status, row.evidence) == ("to_confirm", None), row


@pytest.mark.parametrize("contact, line, status", [
    ("Kettering, OH 45429 | chris@example.com", "", "covered"),
    ("Phoenix, AZ 85004 | chris@example.com", "", "missing"),
    ("Phoenix, AZ 85004 | chris@example.com", "Willing to relocate", "to_confirm"),
])
def test_a_distance_to_live_within_reads_as_its_check(seed_index, contact, line, status):
    """"Must reside within 30 miles of Dayton, OH" is measured from the resume's address, and its row says what
    the check says (it was partly shown by a job's "Dayton, OH", missing for anyone else, the verdict eligible)."""
    ask = "Must reside within 30 miles of Dayton, OH"
    catalog = _catalog(seed_index, [parse_posting(f"# HVAC Service Technician\nDayton, OH\n\nRequirements\n- {ask}\n"
                                                  "- 2+ years of HVAC service experience\n", "a")])
    resume = resume_from_text(f"Chris Vega\n{contact}\n{line}\n\nExperience\nHVAC Service Technician, Comfort Air, "
                              "Dayton, OH, 2019 - present\n- Repaired residential HVAC systems\n", "r",
                              today=datetime.date(2026, 11, 30))
    match = catalog.rank(resume)[0]
    row = next(r for r in match.explanation.requirements if r.text == ask)
    check = next(c for c in match.eligibility.checks if c.kind == "residence")
    assert row.status == status
    assert check.status == {"covered": "met", "missing": "blocked", "to_confirm": "unknown"}[status]
    if status == "to_confirm":
        assert row.note.startswith("to confirm: you live in Phoenix, AZ, about 1600 miles from Dayton, OH")


@pytest.mark.parametrize("contact, status", [("Plano, TX 75024", "covered"), ("Austin, TX 78701", "missing")])
@pytest.mark.parametrize("ask", ["Must be local to the DFW area", "Must live in the Dallas area",
                                 "Local candidates only"])
def test_being_local_to_a_metro_reads_as_its_check(seed_index, contact, status, ask):
    """"Must be local to the DFW area" was a must-have missing for a seeker living in Dallas: its row reads as
    its residence check, a commute from the place it names ("Must live in the Dallas area", which was a condition
    to confirm) or from the posting's own ("Local candidates only", which was a must-have missing)."""
    catalog = _catalog(seed_index, [parse_posting(f"# Data Engineer\nLocation: Irving, TX\n\nRequirements\n- {ask}\n"
                                                  "- 3+ years of SQL\n", "a")])
    resume = resume_from_text(f"Sam Ortiz\n{contact} | sam@example.com\n\nExperience\nData Engineer, Parcelly, "
                              "2019 - present\n- Wrote SQL reports\n", "r", today=datetime.date(2026, 11, 30))
    match = catalog.rank(resume)[0]
    assert next(r for r in match.explanation.requirements if r.text == ask).status == status
    assert next(c for c in match.eligibility.checks if c.kind == "residence").status == \
        {"covered": "met", "missing": "blocked"}[status]


_ADJUSTER = ("# Licensed Insurance Adjuster (Texas All-Lines)\nRequirements\n- Texas All-Lines Adjuster License\n"
             "- 2+ years of claims adjusting experience\n")
_FIELD_ADJUSTER = ("# Field Claims Adjuster\nRequirements\n- Licensed Insurance Adjuster in Florida\n"
                   "- 2+ years of claims adjusting experience\n")


@pytest.mark.parametrize("posting, line, held, status", [
    (_ADJUSTER, "", "the resume does not name Texas All-Lines Adjuster License, the licence the job is done under",
     "missing"),
    (_ADJUSTER, "Texas All-Lines Adjuster License #2345678", "", "covered"),
    (_FIELD_ADJUSTER, "", "the resume does not name Licensed Insurance Adjuster, the licence the job is done under",
     "missing"),
    (_FIELD_ADJUSTER, "Florida 6-20 All-Lines Adjuster License", "", "covered"),
])
def test_a_state_adjusters_licence_the_resume_does_not_show_holds_the_score(seed_index, monkeypatch, posting, line,
                                                                            held, status):
    """An adjuster with years and no licence line scored 61.2 "likely fit" on "Texas All-Lines Adjuster License"
    (no knock-out read: the item had no "required") and its row was partly covered by the job's title line; a
    "Licensed Insurance Adjuster in Florida" was covered 1.00 by "Claims Adjuster".  The licence the job is done
    under, not named, holds the score and its row is missing; the licence named meets it."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(posting, "p")])
    text = ("Experience\nClaims Adjuster, Acme Insurance, Dallas, TX, Jan 2018 - Jan 2026\n"
            "Investigated and settled property and casualty claims\n" + (f"Licenses\n{line}\n" if line else ""))
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.held == held
    row = match.explanation.requirements[0]
    assert row.status == status and (row.evidence == line or status == "missing"), row


@pytest.mark.parametrize("line, status", [
    ("USCG Merchant Mariner Credential (MMC), Able Seaman - Unlimited", "missing"),
    ("USCG Merchant Mariner Credential (MMC): Mate (Pilot) of Towing Vessels", "covered"),
])
def test_another_endorsement_grade_shows_none_of_the_one_asked(seed_index, line, status):
    """An Able Seaman's MMC on a "Mate (Pilot) of Towing Vessels" endorsement was partly 0.58 by the words they
    share (MMC, USCG, towing): another grade of the credential shows nothing of the one asked."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Mate (Pilot) of Towing Vessels\nRequirements\n- USCG Merchant Mariner Credential (MMC) with Mate (Pilot) of "
        "Towing Vessels endorsement\n- TWIC card\n", "tow")])
    text = f"Experience\nDeckhand, Gulf Marine Towing, Houma, LA, Jan 2019 - Jan 2026\nCredentials\n{line}\nTWIC card\n"
    row = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements[0]
    assert row.status == status, row


@pytest.mark.parametrize("card, knowledge", [
    ("OSHA 10-Hour General Industry", "partial"),
    ("OSHA 30-Hour General Industry", "covered"),
    ("OSHA 10-Hour Construction", "partial"),
    ("OSHA 10-Hour Construction (29 CFR 1926)", "partial"),
    # the standard known beside the card: "Knowledge of OSHA 1910.269 ..." was partial 0.4 (walk-through 43 A)
    ("OSHA 10; trained on OSHA 29 CFR 1910 and 1926 standards", "covered"),
])
def test_an_osha_10_card_shows_knowledge_of_the_standards_partly_the_30_hour_card_shows_it(seed_index, card,
                                                                                            knowledge):
    """"OSHA 10-Hour General Industry" covered "Strong knowledge of OSHA 29 CFR 1910" fully: a 10-hour card is an
    awareness course, partly; the 30-hour card covers it, as does a part of the card's line that names the
    standards apart from the card.  A row asking the card is met by either."""
    catalog = _catalog(seed_index, [parse_posting(
        "# EHS Coordinator\nRequirements\n- Strong knowledge of OSHA standards (29 CFR 1910 and 1926)\n"
        "- OSHA 10 certification required\n", "ehs")])
    text = f"Experience\nWarehouse Lead, Acme Plastics, Toledo, OH, Jan 2019 - Jan 2026\nCertifications\n{card}\n"
    rows = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert [(r.status, r.evidence) for r in rows] == [(knowledge, card), ("covered", card)], rows


@pytest.mark.parametrize("line, held, status", [
    ("Texas Esthetician License #123456",
     "the resume does not name Licensed Cosmetologist, the licence the job is done under", "missing"),
    ("Texas Cosmetology Operator License #654321", "", "covered"),
])
def test_a_licensed_cosmetologist_asked_is_checked_and_no_estheticians_licence_meets_it(seed_index, monkeypatch,
                                                                                         line, held, status):
    """"Licensed Cosmetologist required" for a Hair Stylist made no licence check, an esthetician held nothing:
    the cosmetologist's licence is asked, an esthetician's is another trade's and holds the score."""
    import matcher.ranking.catalog as catalog_module

    monkeypatch.setattr(catalog_module, "calibrated", lambda fused: np.full(len(fused), 97.0))
    catalog = _catalog(seed_index, [parse_posting(
        "# Hair Stylist\nRequirements\n- Licensed Cosmetologist required\n- 1+ years of salon experience\n", "salon")])
    text = f"Experience\nSalon Stylist, Glow Salon, Austin, TX, Jan 2020 - Jan 2026\nLicenses\n{line}\n"
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.held == held
    row = match.explanation.requirements[0]
    assert row.status == status and (row.evidence == line or status == "missing"), row


def test_years_of_roles_held_in_seasons_count_the_seasons_and_say_so(seed_index):
    """"Summers 2020 - 2022" had counted two whole years (its calendar span): three summers are 0.7 years, and the
    years note says they were seasonal; a role held year-round beside them says "some seasonal"."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Landscape Laborer\nRequirements\n- 2+ years of landscaping experience\n", "ls")])

    def check(lines):
        resume = resume_from_text(f"Experience\n{lines}\n", "r", today=datetime.date(2026, 6, 1))
        return next(c for c in catalog.rank(resume)[0].eligibility.checks if c.kind == "years")
    summers = check("Landscape Laborer, Green Acres Landscaping\nSummers 2020 - 2022")
    assert summers.status != "met" and summers.resume.endswith("0.7 in roles like this one (seasonal)")
    months = check("Landscape Laborer, Green Acres Landscaping\nSeasonal (May-Sept) 2018-2020")
    assert months.status != "met" and months.resume.endswith("1.2 in roles like this one (seasonal)")
    both = check("Landscaper, Bend Landscaping, Jan 2023 - Jan 2025\nLandscape Laborer, Green Acres Landscaping\n"
                 "Summers 2020 - 2022")
    assert both.status == "met" and both.resume.startswith("2.8 years of work, 2.8 in roles like this one")
    assert both.resume.endswith("(some seasonal)")


@pytest.mark.parametrize("requirements", [
    "- 3+ years of administrative experience, or an equivalent combination of education and experience\n",
    "- Three years of administrative experience; or an equivalent combination of education and experience.\n",
    "- 3+ years of administrative experience\n- Proficiency in Microsoft Excel\n"
    "Any equivalent combination of education and experience may substitute.\n",
])
def test_a_years_row_a_combination_of_education_may_stand_in_for_reads_as_its_knock_out(seed_index, requirements):
    """A years ask that takes "an equivalent combination of education and experience" in its place: its row read
    missing for a graduate with no related role, beside a knock-out "to check"; it is partly shown by the degree,
    with a note.  Without a degree, or where the posting offers no combination, the row stays missing."""
    catalog = _catalog(seed_index, [parse_posting(f"# Administrative Assistant\nRequirements\n{requirements}", "a")])

    def row(education):
        resume = resume_from_text("Experience\nBarista, Starbucks, Jan 2021 - Dec 2023\nMade drinks.\n" + education,
                                  "r", today=datetime.date(2026, 6, 1))
        (m,) = catalog.rank(resume)
        assert next(c for c in m.eligibility.checks if c.kind == "years").status != "met"
        return next(r for r in m.explanation.requirements if r.years)
    graduate = row("Education\nBachelor of Business Administration, Ohio State University, 2020\n")
    assert graduate.status == "partial" and graduate.evidence.startswith("Bachelor of Business Administration")
    assert "combination of education and experience" in graduate.note
    assert row("").status == "missing"


def test_a_years_row_with_no_combination_offered_is_not_shown_by_a_degree(seed_index):
    catalog = _catalog(seed_index, [parse_posting(
        "# Administrative Assistant\nRequirements\n- 3+ years of administrative experience\n", "a")])
    resume = resume_from_text("Experience\nBarista, Starbucks, Jan 2021 - Dec 2023\nMade drinks.\nEducation\n"
                              "Bachelor of Business Administration, Ohio State University, 2020\n", "r",
                              today=datetime.date(2026, 6, 1))
    (row,) = [r for r in catalog.rank(resume)[0].explanation.requirements if r.years]
    assert row.status == "missing" and row.note == ""


def test_a_flattened_resumes_years_with_a_skill_are_those_of_the_role_whose_lines_name_it(seed_index):
    """All roles on one long line (as pypdf sometimes gives them): "3+ years experience with JavaScript" was met by
    the 3.0 years of the Java role, whose line then held the next role's "JavaScript" too (that role had no title);
    each role's lines are now its own: the JavaScript role's 2.0 years, partly; Java's row quotes the Java role."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Web Developer\nRequirements\n- 3+ years experience with JavaScript\n- 5+ years of experience with Java\n",
        "js")])
    text = ("Experience\nSoftware Engineer Acme Corp 2015 - 2018 Built billing APIs in Java and Spring for the "
            "payments team Senior Developer Beta Inc 2018 - 2020 Shipped a web app in JavaScript\n")
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    years = {c.posting: (c.status, c.resume) for c in match.eligibility.checks if c.kind == "years"}
    assert years["3+ years experience with JavaScript"] == ("unknown", "5.0 years of work, 2.0 in roles like this one")
    rows = {r.text: r for r in match.explanation.requirements}
    javascript, java = rows["3+ years experience with JavaScript"], rows["5+ years of experience with Java"]
    assert javascript.status == "partial" and javascript.evidence.startswith("Senior Developer Beta Inc 2018 - 2020")
    assert java.evidence.startswith("Software Engineer Acme Corp 2015 - 2018") and "JavaScript" not in java.evidence


def test_a_licence_held_in_another_state_is_quoted_on_its_row_not_a_job_line(seed_index):
    """"Active Texas RN license and 2 years of ICU experience" with "RN License, Oklahoma #12345": the row
    dropped to partly 0.40 as its knock-out is to check, but quoted the job line "Staff Nurse, ICU, 2018-2023"
    while the check quoted the licence line; the row quotes the licence line it is about, the job's beside it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# ICU Staff Nurse\nRequirements\n- Active Texas RN license and 2 years of ICU experience\n", "icu")])
    match = catalog.rank(resume_from_text("Experience\nStaff Nurse, ICU, 2018-2023\nLicenses\n"
                                          "RN License, Oklahoma #12345\n", "r", today=datetime.date(2026, 6, 1)))[0]
    row = match.explanation.requirements[0]
    check = next(c for c in match.eligibility.checks if c.kind == "licence")
    assert (check.status, check.elsewhere) == ("unknown", "RN License, Oklahoma #12345")
    assert (row.status, row.credit, row.evidence, row.evidence_more) == (
        "partial", 0.4, "RN License, Oklahoma #12345", ["Staff Nurse, ICU, 2018-2023"])


def test_a_pharmacists_years_at_a_pharmacy_are_retail_pharmacy_years(seed_index):
    """"2+ years retail pharmacy experience" with "Pharmacist, CVS Pharmacy 2018 - 2023": its knock-out read 0.0
    years in roles like it and the row was partly 0.40; the employer's own word "Pharmacy" is the kind of
    workplace, so the years are met and the row covered by that line.  A brand alone ("Walgreens") says none."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Staff Pharmacist\nRequirements\n- 2+ years retail pharmacy experience\n", "rx")])

    def read(employer):
        line = f"Pharmacist, {employer} 2018 - 2023"
        match = catalog.rank(resume_from_text(f"Experience\n{line}\n- Verified prescriptions\n", "r",
                                              today=datetime.date(2026, 6, 1)))[0]
        check = next(c for c in match.eligibility.checks if c.kind == "years")
        row = match.explanation.requirements[0]
        return check.status, row.status, row.evidence == line
    assert read("CVS Pharmacy") == ("met", "covered", True)
    assert read("Walgreens")[:2] != ("met", "covered")


def test_retail_pharmacy_named_in_a_summary_leaves_the_store_role_its_years(seed_index):
    """A CVS posting's "1+ year of retail pharmacy experience" read 0.0 years and the row partly covered 0.40
    quoting the summary "... with 5 years of retail and hospital pharmacy experience", for a technician whose
    Walgreens role ran the register and drive-thru: Retail pharmacy was a skill of its own (a specialty,
    ``work_skills``), so only roles whose lines named it counted, and none did.  A retail pharmacy is a setting
    (the retail category) that the roles held there show (``roles_in_setting``)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Certified Pharmacy Technician\nRequirements\n- 1+ year of retail pharmacy experience\n", "cvs")])
    text = ("Summary\nCertified pharmacy technician with 5 years of retail and hospital pharmacy experience.\n"
            "Experience\n" + HOSPITAL_TECH + "Pharmacy Technician | Walgreens | Jun 2018 - Feb 2020\n"
            "- Counted and filled prescriptions; managed drive-thru and register\n")
    match = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0]
    check = next(c for c in match.eligibility.checks if c.kind == "years")
    row = match.explanation.requirements[0]
    assert (check.status, row.status, row.evidence) == (
        "met", "covered", "Pharmacy Technician | Walgreens | Jun 2018 - Feb 2020")


@pytest.mark.parametrize(("resume", "status", "quoted"), [
    ("Experience\nPharmacy Technician, Walgreens, 2019 - 2022\nEducation\nHigh School Diploma, Mesa High School, "
     "2017\nCertifications\nBLS (AHA), exp. 03/2030\n", "covered", "High School Diploma, Mesa High School, 2017"),
    ("Experience\nHome Health Aide, Comfort Keepers, 2021 - present\nCertifications\nSTNA - Ohio Nurse Aide "
     "Registry, active\nEducation\nDunbar High School, diploma 2016\n", "covered", "Dunbar High School, diploma 2016"),
])
def test_another_part_of_a_licence_sentence_does_not_agree_with_its_check(seed_index, resume, status, quoted):
    """A Patient Care Technician posting's "Required: Current State Tested Nursing Assistant (STNA) certification
    on the Ohio Nurse Aide Registry; BLS within 30 days of hire; high school diploma or equivalent." gave each
    part its row, but every row of the sentence agreed with the STNA check: "high school diploma or equivalent"
    was partial 0.40 for a pharmacy technician with "High School Diploma, Mesa High School, 2017" (STNA to
    check), and covered quoting "STNA - Ohio Nurse Aide Registry, active" for an aide who holds it (the
    check's line); a part that names no word of the licence is not its check's."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Patient Care Technician (CNA)\nQualifications\nRequired: Current State Tested Nursing Assistant (STNA) "
        "certification on the Ohio Nurse Aide Registry; BLS within 30 days of hire; high school diploma or "
        "equivalent.\n", "pct")])
    match = catalog.rank(resume_from_text(resume, "r", today=datetime.date(2026, 6, 1)))[0]
    row = next(r for r in match.explanation.requirements if r.text.startswith("high school"))
    assert (row.status, row.evidence) == (status, quoted)


@pytest.mark.parametrize(("ask", "resume", "quoted"), [
    ("Graduate of a CODA-accredited dental hygiene program",
     "LICENSE: Oregon Dental Hygiene License #H7788 (active) with Local Anesthesia endorsement\n"
     "Experience\nRegistered Dental Hygienist - Pacific Smiles, Portland OR (2020-present)\n"
     "Education\nBachelor of Science in Dental Hygiene, Oregon Institute of Technology, 2020\n",
     "Bachelor of Science in Dental Hygiene, Oregon Institute of Technology, 2020"),
    ("Graduate of an accredited radiologic technology program",
     "Summary: Radiologic technologist, registered in radiography and CT.\n"
     "Experience\nCT Technologist | Hennepin Healthcare | Jun 2020 - Present\n"
     "Education\nA.A.S. Radiologic Technology, Saint Paul College, 2017\n",
     "A.A.S. Radiologic Technology, Saint Paul College, 2017"),
])
def test_a_program_graduated_from_is_quoted_by_the_education_line(seed_index, ask, resume, quoted):
    """"Graduate of a CODA-accredited dental hygiene program" was covered quoting the licence line "LICENSE: Oregon
    Dental Hygiene License ..." and "Graduate of an accredited radiologic technology program" the summary's
    "registered in radiography and CT", beside the degree's line that shows the programme finished, as a school's
    line is weak evidence, quoted last among equals; for study asked it is the evidence."""
    catalog = _catalog(seed_index, [parse_posting(f"# Technologist\nRequirements\n- {ask}\n", "g")])
    row = catalog.rank(resume_from_text(resume, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", quoted)


def test_a_licence_held_is_quoted_by_its_line_not_by_the_job_it_names(seed_index):
    """A paramedic posting's "Current Nevada Paramedic license or NREMT-P with ability to obtain state license
    within 30 days", met by "Nevada Paramedic License #P-55512 exp 2026 | NREMT-P ... | ACLS | ...", was covered quoting
    the role line "Paramedic, REMSA Health, Reno NV — 2020 to present", as the credential the row names was found
    on it (the job's name) and the licence's line was quoted only where the quoted line named none; a line that
    names it as a job, with no word of a credential, gives way to the line that holds it."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Paramedic\nRequirements\n- Current Nevada Paramedic license or NREMT-P with ability to obtain state "
        "license within 30 days\n", "p")])
    held = ("Nevada Paramedic License #P-55512 exp 2029 | NREMT-P (National Registry Paramedic) | ACLS | PALS | "
            "PHTLS | BLS Instructor | Class B driver's license (EVOC certified)")
    text = (f"CODY WALSH\nReno, NV\n\nCERTIFICATIONS AND LICENSES\n{held}\n\nEXPERIENCE\n"
            "Paramedic, REMSA Health, Reno NV — 2020 to present\n- Provide ALS care on 911 ambulance, 24/48 shift "
            "schedule, 12-lead ECG, IV/IO access, drug administration, airway management\n"
            "EMT-Basic, Care Flight / Rural ambulance, Fallon NV — 2017 to 2020\n- BLS interfacility transports\n")
    row = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements[0]
    assert (row.status, row.evidence) == ("covered", held)


@pytest.mark.parametrize("asked", ["CCC-SLP or Clinical Fellows welcome", "CCC-SLP or CF-SLP required",
                                   "ASHA CCC-SLP or CFY"])
@pytest.mark.parametrize("line, covered", [
    ("Clinical Fellow (CF-SLP), completing CF year 2024", True),
    ("Speech-Language Pathologist, Clinical Fellowship Year, Des Moines Public Schools, 2024 - 2025", True),
    ("ASHA CCC-SLP, 2019", True),
    ("Speech-Language Pathology Assistant (SLPA), 2024 - 2025", False),
])
def test_a_clinical_fellowship_meets_the_slp_credential_the_posting_takes_it_for(seed_index, asked, line, covered):
    """"CCC-SLP or Clinical Fellows welcome" was dropped as an invitation, and no line showed a clinical fellow
    route: the row is kept, and a clinical fellowship ("Clinical Fellow (CF-SLP)", "CFY") covers it as the
    CCC-SLP does; an assistant's line does not."""
    catalog = _catalog(seed_index, [parse_posting(
        f"# Speech-Language Pathologist\nRequirements\n- {asked}\n- Experience with school-age caseloads\n", "slp")])
    match = catalog.rank(resume_from_text(f"Credentials\n{line}\n", "r", today=datetime.date(2026, 6, 1)))[0]
    row = next(r for r in match.explanation.requirements if r.text == asked)
    assert (row.status == "covered" and row.evidence == line) is covered, row


@pytest.mark.parametrize("address, covered", [("Vancouver, BC", True), ("Seattle, WA", False)])
def test_a_remote_jobs_area_is_shown_by_the_address(seed_index, address, covered):
    """"Location: Remote - Canada" is a condition row; a Vancouver developer's address was redacted from every
    line, so it read missing; the address (read before redaction, never shown elsewhere) now shows it."""
    posting = parse_posting("Frontend Engineer\nLocation: Remote - Canada\n\nRequirements\n- React\n", "fe")
    catalog = _catalog(seed_index, [posting])
    text = f"Arjun Mehta\n{address} · arjun@example.com\n\nExperience\nDeveloper, Acme, 2020 - 2024\n- Built apps\n"
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    [row] = [r for r in rows if r.kind == "condition"]
    assert (row.status == "covered", row.evidence) == ((True, f"you live in {address}") if covered else (False, None))


@pytest.mark.parametrize("address, covered", [("Chicago, IL", True), ("Austin, TX", False)])
def test_an_office_to_come_in_to_is_shown_by_the_address(seed_index, address, covered):
    """"Hybrid: Tuesdays and Thursdays in our Chicago office" is a condition row; a Chicago QA engineer's
    address was redacted from every line, so it read missing as for one in Austin; the address shows it now."""
    posting = parse_posting("QA Engineer\n\nRequirements\n- Selenium\n\nDetails\n"
                            "- Hybrid: Tuesdays and Thursdays in our Chicago office\n", "qa")
    catalog = _catalog(seed_index, [posting])
    text = f"Morgan Lee\n{address} | morgan@example.com\n\nExperience\nQA Engineer, Acme, 2020 - 2024\n- Selenium\n"
    rows = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
    [row] = [r for r in rows if r.kind == "condition"]
    assert (row.status == "covered", row.evidence) == ((True, f"you live in {address}") if covered else (False, None))


def test_solar_installation_years_count_from_the_roles_whose_lines_do_it(seed_index):
    """"3+ years of solar installation experience": a crew lead whose title names no solar shows it by
    the microinverters and rooftop PV of the role's own lines (``Solar PV installation``, data/domains.csv);
    a solar installer's years had been those of the "Solar Installer" role only (2.2 of 5.8, row partial
    0.4, knock-out unknown)."""
    posting = parse_posting("# Solar PV Installer - Lead\nRequirements\n"
                            "- 3+ years of solar installation experience\n", "pv")
    catalog = _catalog(seed_index, [posting])
    lead = ("Experience\nCrew Lead, Desert Sun Energy, Jan 2021 - Jan 2026\n"
            "- Mount rails and PV modules on tile roofs; wire Enphase microinverters\n")
    match = catalog.rank(resume_from_text(lead, "a", today=datetime.date(2026, 6, 1)))[0]
    assert match.explanation.requirements[0].status == "covered"
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["met"]
    cable = lead.replace("Mount rails and PV modules on tile roofs; wire Enphase microinverters",
                         "Install cable TV and internet service in homes")
    match = catalog.rank(resume_from_text(cable, "b", today=datetime.date(2026, 6, 1)))[0]
    assert [c.status for c in match.eligibility.checks if c.kind == "years"] == ["unknown"]


def test_an_operating_budget_and_rent_collection_show_a_property_managers_financial_row(seed_index):
    """"Strong financial acumen: budgets, P&L, rent collection" named only P&L: a community manager's "$3.2M
    annual operating budget" and "Rent collection, delinquency follow-up" lines left it missing (0.33),
    while a store manager's "P&L" line covered it whole (walk-through 42 A)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Community Manager\nRequirements\n- Strong financial acumen: budgets, P&L, rent collection\n", "cm")])

    def row(lines):
        return catalog.rank(resume_from_text("Experience\nCommunity Manager, Summit Park Apartments, Jan 2021 - "
                                             f"Present\n{lines}\n", "r"))[0].explanation.requirements[0]
    shown = row("- Manage a $3.2M annual operating budget; monthly variance reports to the asset manager\n"
                "- Rent collection, delinquency follow-up and month-end close")
    assert shown.status == "partial" and shown.evidence
    assert row("- Run a $12M store: P&L, inventory and shrink").status == "partial"
    assert row("- Toured prospects and processed applications").status == "missing"


@pytest.mark.parametrize("address, covered", [("Memphis, TN", True), ("Germantown, TN", True),
                                              ("Nashville, TN", False)])
def test_an_ask_to_work_on_site_in_a_city_is_shown_by_an_address_within_a_commute(seed_index, address, covered):
    """"Must be able to work on-site in Memphis five days a week" read missing (0.34) for an HR generalist living
    in Memphis: no line but the redacted address names the city.  An address within a commute of it shows it (a
    suburb too); one three hours away does not."""
    ask = "Must be able to work on-site in Memphis five days a week"
    catalog = _catalog(seed_index, [parse_posting(f"HR Generalist\n\nRequirements\n- FMLA and ADA\n- {ask}\n", "hr")])
    text = f"Marisol Vega\n{address} · mv@example.com\n\nExperience\nHR Generalist, Acme, 2020 - 2024\n- FMLA\n"
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements if r.text == ask]
    assert (row.status == "covered", row.evidence) == ((True, f"you live in {address}") if covered else (False, None))


@pytest.mark.parametrize("text, industries", [
    ("Healthcare industry experience", [{"healthcare"}]),
    ("Experience in the construction or manufacturing industry", [{"construction"}, {"manufacturing"}]),
    ("Financial services industry experience preferred", [{"financial", "services"}]),
    ("Knowledge of the hospitality industry", [{"hospitality"}]),
    ("Experience in a fast-paced industry", []),                  # no industry named
    ("Experience in the healthcare industry with Epic", []),      # asks more than the industry
    ("2+ years of experience in FP&A", []),
    # the industries it means in brackets, any one of them
    ("Experience in a regulated industry (banking, insurance, healthcare)", [{"banking"}, {"insurance"},
                                                                             {"healthcare"}]),
    ("Experience in the healthcare industry (e.g., hospitals or payers) preferred", [{"healthcare"}, {"hospitals"},
                                                                                     {"payers"}]),
    ("Experience in a regulated industry", []),
])
def test_an_ask_of_industry_experience_names_its_industries(text, industries):
    assert [set(words) for words in industry_asked(text)] == [set(tokenize(" ".join(i))) for i in industries]


@pytest.mark.parametrize("role, covered", [("Financial Analyst, HCA Healthcare, Nashville, TN, 2020 - 2024", True),
                                           ("Financial Analyst, Bank of America, Charlotte, NC, 2020 - 2024", False)])
def test_a_role_line_naming_the_industry_asked_covers_it(seed_index, role, covered):
    """"Healthcare industry experience" read partly (0.47) from "Financial Analyst, HCA Healthcare": the line's
    words show the industry the analyst worked in; a bank's analyst does not show it."""
    catalog = _catalog(seed_index, [parse_posting(
        "Financial Analyst\n\nRequirements\n- Excel\n\nNice to have\n- Healthcare industry experience\n", "fa")])
    text = f"Jordan Lee\n\nExperience\n{role}\n- Built budget models in Excel\n"
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
             if r.text == "Healthcare industry experience"]
    assert (row.status == "covered" and row.evidence == role) is covered, row


@pytest.mark.parametrize("role, covered", [("DevOps Engineer, Front Range Insurance, Golden, CO, 2018 - 2021", True),
                                           ("DevOps Engineer, Summit Streaming, Denver, CO, 2018 - 2021", False)])
def test_a_role_line_naming_one_of_the_industries_given_covers_them(seed_index, role, covered):
    """"Experience in a regulated industry (banking, insurance, healthcare)" was missing (0.16) for a DevOps
    engineer of an insurer, the brackets' industries unread and Banking, the one a skill, not named: a role's
    line naming any one of them covers it; a streaming company's does not."""
    ask = "Experience in a regulated industry (banking, insurance, healthcare)"
    catalog = _catalog(seed_index, [parse_posting(f"Platform Engineer\n\nRequirements\n- Terraform\n- {ask}\n", "p")])
    text = f"Jordan Lee\n\nExperience\n{role}\n- Wrote Terraform modules\n"
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements if r.text == ask]
    assert (row.status == "covered" and row.evidence == role) is covered, row


def test_a_line_of_work_is_quoted_before_a_bare_list_of_skills_naming_the_same(seed_index):
    """"Video editing (Camtasia, Premiere Pro)" quoted "Skills: Articulate 360, Camtasia, Canva, Canvas LMS, ADDIE"
    where "Edited training videos in Camtasia" shows the work; both name Camtasia, and the list is the weaker."""
    catalog = _catalog(seed_index, [parse_posting(
        "Instructional Designer\n\nRequirements\n- ADDIE\n\nNice to have\n- Video editing (Camtasia, Premiere Pro)\n",
        "id")])
    text = ("Rachel Kim\n\nExperience\nInstructional Designer, Self-employed, 2025 - Present\n"
            "- Edited training videos in Camtasia\n\nSkills\nArticulate 360, Camtasia, Canva, Canvas LMS, ADDIE\n")
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
             if r.text.startswith("Video")]
    assert (row.status, row.evidence) == ("covered", "Edited training videos in Camtasia")


@pytest.mark.parametrize("lines, status", [
    (["Graphic Designer, Brightline Agency, 2019 - 2026",
      "- Design print collateral (brochures, catalogs, packaging) in InDesign and Illustrator"], "partial"),
    (["Photographer, Self-employed, 2019 - 2026", "- Retouch images in Photoshop and Lightroom"], "missing"),
])
def test_typography_is_shown_partly_by_graphic_design(seed_index, lines, status):
    """"Strong typography and layout skills" was missing (0.14) for a graphic designer of five years whose lines
    name brand identities and print collateral in InDesign, not the word typography: typography is part of
    graphic design (implied.csv), so a line of graphic design shows its field, partly, as "Welding" does for
    "pipe welding"; a photographer's lines show none of it."""
    catalog = _catalog(seed_index, [parse_posting(
        "Graphic Designer\n\nQualifications\n- Strong typography and layout skills\n", "gd")])
    text = "Jordan Kim\n\nExperience\n" + "\n".join(lines) + "\n"
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
             if r.text.startswith("Strong typography")]
    assert row.status == status, row


@pytest.mark.parametrize("ask, covered", [
    ("Portfolio of e-learning work required", True),
    ("Please include a link to your portfolio", True),
    ("Manage a portfolio of 40 client accounts", False),   # a book of business, not work to see
    ("A strong portfolio showing product work", True),     # the work shown, no book of business
])
def test_a_portfolio_asked_is_shown_by_the_resumes_portfolio_link(seed_index, ask, covered):
    """"Portfolio of e-learning work required" read partly (0.63) from a summary line, though the resume links its
    portfolio ("portfolio: rachelkim.design", kept as "Portfolio (link)" by the redaction)."""
    catalog = _catalog(seed_index, [parse_posting(f"Instructional Designer\n\nRequirements\n- {ask}\n", "id")])
    text = ("Rachel Kim\nDenver, CO | rachel@example.com | portfolio: rachelkim.design\n\nExperience\n"
            "Instructional Designer, Self-employed, 2025 - Present\n- Built e-learning modules in Rise\n")
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements if r.text == ask]
    assert (row.status == "covered" and row.evidence == "Portfolio (link)") is covered, row


@pytest.mark.parametrize("contact, covered", [
    ("www.mariadelgadophoto.com", True), ("Portland, OR | mariadelgadophoto.com", True),
    ("linkedin.com/in/mariadelgado", False), ("maria@mariadelgadophoto.com", False),
])
def test_a_portfolio_asked_is_shown_by_the_authors_own_website(seed_index, contact, covered):
    """"Portfolio required (please include a link with your application)" was missing (0.10) for a photographer
    whose site stands under her name, unlabelled ("www.mariadelgadophoto.com"): the site went like any link.
    The author's own website in the contact block shows work to see as a labelled portfolio does; a profile or
    an e-mail address at the same domain shows none.  The link goes with the redaction, as every link does (the
    resume's text reads the same), and the row says where the work is."""
    catalog = _catalog(seed_index, [parse_posting(
        "Staff Photojournalist\n\nRequirements\n- Portfolio required (please include a link with your application)\n"
        "- Proficiency in Adobe Photoshop and Lightroom\n", "pj")])
    text = (f"Maria Delgado\n{contact}\n\nExperience\nStaff Photographer, The Daily Emerald, 2016 - 2019\n"
            "- Covered breaking news and sports on daily deadline\n")
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
             if r.text.startswith("Portfolio")]
    assert (row.status == "covered" and row.evidence == SITE_EVIDENCE) is covered, row


@pytest.mark.parametrize("contact", ["portfolio: danakwrites.com", "dana@example.com"])
def test_work_to_see_is_shown_by_the_link_not_by_the_work_done(seed_index, contact):
    """"Clips demonstrating news writing" was covered by a summary's "6 years as a newspaper reporter" (it names
    journalism) though the resume links its portfolio: the link shows the clips; a line about the work shows
    the work, not work to see, partly at most."""
    catalog = _catalog(seed_index, [parse_posting(
        "Reporter\n\nQualifications\n- Strong command of AP style\n- Clips demonstrating news writing\n", "rep")])
    text = (f"Dana Kowalski\nColumbus, OH | {contact}\n\nSummary\nWriter with 6 years as a newspaper reporter "
            "covering news writing on deadline.\n\nExperience\nReporter, The Ledger, 2013 - 2019\n"
            "- Covered city hall; edited to AP style\n")
    [row] = [r for r in catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements
             if r.text.startswith("Clips")]
    if "portfolio" in contact:
        assert (row.status, row.evidence) == ("covered", "Portfolio (link)"), row
    else:
        assert row.status != "covered", row


@pytest.mark.parametrize("lines, status, said", [
    # no role shows the practice asked: a title like the posting's is not its years
    (["Software Engineer, Acme Payments, 2019 - 2026", "- Built payment APIs in Go and Python"], "unknown",
     "0.0 in roles like this one"),
    (["Platform Engineer, Acme, 2019 - 2026", "- Ran our DevOps practice: CI/CD, Terraform and on-call"], "met", ""),
])
def test_a_practice_asked_that_no_role_shows_is_no_years_of_a_like_title(seed_index, lines, status, said):
    """"4+ years in DevOps, SRE or platform engineering" was met by a Software Engineer's 7 years ("a title like
    the posting's") while its checklist row read missing: no line of theirs shows DevOps or SRE."""
    catalog = _catalog(seed_index, [parse_posting(
        "# DevOps Engineer\nRequirements\n- 4+ years in DevOps, SRE or platform engineering\n", "d")])
    match = catalog.rank(resume_from_text("Experience\n" + "\n".join(lines) + "\n", "r",
                                          today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == status and said in years.resume, years.resume
    assert (match.explanation.requirements[0].status == "missing") is (status == "unknown")


@pytest.mark.parametrize("lines, status", [
    # the roles show only what the work is done with: none of the work's years
    (["Senior Software Engineer, Infosys, 2019 - 2026", "- Developed REST APIs in Java and Spring Boot"], "unknown"),
    # a line shows the work (a tool of it implies it): the roles' years, as before
    (["Software Engineer, Infosys, 2019 - 2026", "- Built Selenium WebDriver suites in Java for the checkout flow"],
     "met"),
])
def test_the_work_a_years_ask_names_before_its_means_is_what_roles_must_show(seed_index, lines, status):
    """"3-5 years of experience in test automation using Selenium WebDriver with Java" was met (7.3 years) by a
    Senior Software Engineer writing Java, its checklist row partial: a line naming Java showed a skill of the ask,
    and the title was alike; test automation is the work, Selenium and Java what it is done with."""
    catalog = _catalog(seed_index, [parse_posting(
        "# QA Automation Engineer\nRequirements\n- 3-5 years of experience in test automation using Selenium "
        "WebDriver with Java\n", "qa")])
    match = catalog.rank(resume_from_text("Experience\n" + "\n".join(lines) + "\n", "r",
                                          today=datetime.date(2026, 6, 1)))[0]
    [years] = [c for c in match.eligibility.checks if c.kind == "years"]
    assert years.status == status, years.resume


def test_a_degree_held_not_a_certificate_under_way_is_quoted_for_a_diploma_and_the_certificate_for_itself(
        seed_index):
    """A legal assistant's "Paralegal Certificate (in progress, expected May 2026)" above "A.A., General Studies":
    the A.A. shows "High school diploma or GED" (the certificate under way was quoted), and the certificate to
    come shows "Paralegal certificate ... or bachelor's degree" partly (the A.A. was quoted)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Litigation Paralegal\nRequirements\n- High school diploma or GED\n"
        "- Paralegal certificate from an ABA-approved program or bachelor's degree\n", "para")])
    text = ("Experience\nLegal Assistant, Kessler & Moore LLC, Mar 2022 - Present\nE-file motions via CM/ECF.\n"
            "Education\nParalegal Certificate (in progress, expected May 2027) - Roosevelt University\n"
            "A.A., General Studies - Oakton Community College, 2018\n")
    rows = catalog.rank(resume_from_text(text, "r", today=datetime.date(2026, 6, 1)))[0].explanation.requirements
    assert (rows[0].status, rows[0].evidence) == ("covered", "A.A., General Studies - Oakton Community College, 2018")
    assert rows[1].status == "partial" and rows[1].evidence.startswith("Paralegal Certificate (in progress")


def test_leadership_the_work_is_done_for_asks_no_leading_of_a_leaders_title(seed_index):
    """"Experience analyzing data in Excel and presenting findings to leadership" asks no leading: an executive
    assistant's title line "Executive Assistant to the Chief Financial Officer" (a leader's words) was quoted."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Program Analyst II\nRequirements\n- Experience analyzing data in Excel and presenting findings to"
        " leadership\n", "pa")])
    text = ("Experience\nExecutive Assistant to the Chief Financial Officer\nHarborview Asset Management, Boston, MA"
            " | 2021 - Present\n* Book complex travel and reconcile expenses in Concur\n")
    row = catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0]
    assert row.status == "missing"


@pytest.mark.parametrize("certifications, status", [
    # the endorsement asked on the licence is a credential too: a line naming its field shows none of it
    ("", "missing"),
    ("Texas Educator Certificate, Core Subjects EC-6; Special Education EC-12", "covered"),
])
def test_a_licence_with_its_endorsement_is_not_shown_by_a_line_naming_the_endorsements_field(
        seed_index, certifications, status):
    catalog = _catalog(seed_index, [parse_posting(
        "# Special Education Teacher\nQualifications\n- Valid Texas teaching certificate with Special Education"
        " EC-12 endorsement\n", "sped")])
    text = ((f"Certifications\n{certifications}\n" if certifications else "")
            + "Experience\nClassroom Teacher, Grade 3, Port Chester UFSD, 2019 - Present\n"
              "- Co-plan with the special education teacher to support 5 students with IEPs\n")
    assert catalog.rank(resume_from_text(text, "r"))[0].explanation.requirements[0].status == status


@pytest.mark.parametrize("line, status", [
    ("Built React dashboards and embedded Tableau reports in the portal", "partial"),
    ("Drew interactive charts with D3 for the trading desk", "covered"),
    ("Built data visualization dashboards with Chart.js for the trading desk", "covered"),
])
def test_a_broad_skill_before_its_examples_asks_their_kind(seed_index, line, status):
    """"Experience with data visualization libraries (D3, Highcharts)" was covered by a frontend developer's
    "building React dashboards" and embedded Tableau reports, data visualization by a tool of another kind
    than the libraries given: the examples' kind (a library) is what is asked, the broad skill named through
    another kind shows it partly."""
    posting = parse_posting("# Frontend Engineer\nRequirements\n"
                            "- Experience with data visualization libraries (D3, Highcharts)\n", "viz")
    resume = f"Experience\nFrontend Developer, Acme Analytics, 2021 - Present\n- {line}\n"
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == status, row


def test_an_example_of_another_category_in_the_list_is_one_of_the_choice(seed_index):
    """"Experience with a streaming platform (Kafka, Kinesis, Pub/Sub)" was partial (0.40) for a data engineer's
    "Migrated nightly batch jobs to streaming with Kafka ...": Kafka, of another category than the two cloud
    services, was read as the broad skill they are kinds of, shown only by a line naming a cloud service; an item
    of the examples' own list is one of them."""
    posting = parse_posting("# Data Engineer\nRequirements\n"
                            "- Experience with a streaming platform (Kafka, Kinesis, Pub/Sub)\n", "de")
    resume = ("Experience\nData Engineer, Shopwise, 2021 - Present\n"
              "- Migrated nightly batch jobs to streaming with Kafka and Spark Structured Streaming\n")
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == "covered", row


@pytest.mark.parametrize(("ask", "line", "status"), [
    ("CPA or CPA candidate", "CPA candidate, passed 2 of 4 sections (AUD, FAR)", "covered"),
    ("CPA candidate preferred", "CPA candidate, passed 2 of 4 sections (AUD, FAR)", "covered"),
    ("CPA or CPA candidate", "Certified Public Accountant (CPA), Texas", "covered"),
    ("Active CPA license", "CPA candidate, passed 2 of 4 sections (AUD, FAR)", "missing")])
def test_a_candidate_asked_is_shown_by_a_credential_to_come(seed_index, ask, line, status):
    """"CPA or CPA candidate" asks progress toward the CPA, as "actively pursuing CPA" does: "CPA candidate, passed
    2 of 4 sections" shows it (it was partial 0.40, read as a CPA to come); the licence alone it does not."""
    posting = parse_posting(f"# Senior Accountant\nRequirements\n- {ask}\n", "acct")
    resume = f"Experience\nStaff Accountant, Acme, 2021 - Present\nCertifications\n{line}\n"
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == status, row


@pytest.mark.parametrize(("ask", "lines", "status"), [
    ("Accubid and Procore", "- Track submittals, RFIs and change orders in Procore", "partial"),
    ("Experience with Procore and Accubid", "- Track submittals, RFIs and change orders in Procore", "partial"),
    ("Experience with Procore and Accubid", "- Track RFIs in Procore\n- Prepare bids in Accubid", "covered"),
    ("Experience with Accubid or Procore", "- Track submittals, RFIs and change orders in Procore", "covered"),
    # a comma list that "or" closes is a choice whatever its unknown name's place
    ("GCIH, GCIA or CySA+", "- GIAC Certified Incident Handler (GCIH), 2023", "covered"),
    ("Accubid, Procore, or Bluebeam", "- Track submittals, RFIs and change orders in Procore", "covered"),
    ("Procore, Accubid", "- Track submittals, RFIs and change orders in Procore", "partial")])
def test_a_name_the_taxonomy_does_not_know_beside_a_skill_is_asked_too(seed_index, ask, lines, status):
    """"Accubid and Procore" was covered 1.00 by a Procore line alone, Accubid (unknown, and first in
    its sentence) dropped: a name joined by "and" to a skill is asked as the skill is, partly shown by
    the skill's line, quoted beside it where a line names it; offered by "or" it is a choice.  A comma
    joined it too where "or" closed the list: "GCIH, GCIA or CySA+" was partial (0.50) for a GCIH held."""
    posting = parse_posting(f"# Electrical Estimator\nRequirements\n- {ask}\n", "est")
    resume = f"Experience\nElectrical Estimator, Forest City Electric, 2019 - Present\n{lines}\n"
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == status, row
    if status == "covered" and "\n" in lines:
        assert {row.evidence, *row.evidence_more} == {"Track RFIs in Procore", "Prepare bids in Accubid"}


def test_a_skill_before_examples_the_taxonomy_does_not_know_is_one_of_the_choice(seed_index):
    """"Experience with IEP software (e.g., SameGoal, EasyIEP)" was partly shown (0.40) by "Wrote IEPs and
    progress reports ...", as "IEP software proficiency" was covered by it: IEP was read as the broad skill of
    examples of a kind, the unknown names' (none), which no line named; names the taxonomy does not know are
    of no kind, and the skill named is one of the choice."""
    posting = parse_posting("# Special Education Teacher\nRequirements\n"
                            "- Experience with IEP software (e.g., SameGoal, EasyIEP)\n", "sped")
    resume = ("Experience\nIntervention Specialist, Westerville City Schools, 2019 - Present\n"
              "- Wrote IEPs and progress reports for a caseload of 14 students\n")
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == "covered", row


@pytest.mark.parametrize("ask, line", [
    ("Proficiency in Adobe InDesign, Illustrator and Photoshop", "Proficiency in Adobe Illustrator and Photoshop"),
    ("Experience with Epic, Cerner and Meditech", "Experience with Epic and Cerner charting"),
    ("Proficiency in Excel, Word and Visio", "Proficiency in Excel and Word"),
])
def test_a_row_partly_shown_for_a_skill_no_line_names_carries_at_most_their_share(seed_index, ask, line):
    """A row whose best line covered it but one of whose skills no line names was partial with its line's full
    credit (a photographer's Photoshop and Illustrator line 0.784 for "Adobe InDesign, Illustrator and
    Photoshop", these 0.84-0.88): a partial carries at most the share of its skills some line names (2 of 3)."""
    posting = parse_posting(f"# Production Artist\nRequirements\n- {ask}\n", "p")
    resume = f"Experience\nDesigner, Acme, 2018 - Present\n- {line}\n"
    row = _catalog(seed_index, [posting]).rank(resume_from_text(resume, "r"))[0].explanation.requirements[0]
    assert row.status == "partial" and row.credit <= 2 / 3 + 1e-9, row


def test_years_of_a_kind_of_managing_count_the_managers_that_manage_what_the_posting_names(seed_index):
    """"3+ years of restaurant management experience" at a "Restaurant General Manager" posting: a clothing
    store's "General Store Manager" was like the title by managing alone (covered 1.00 quoting the role's line,
    the years met, as a "Store Manager, Ross Dress for Less" was in the walk-through), as for "property management"
    at a property manager's posting; a title of a kind known by title manages what the posting's title names only
    where it or its lines name it, and a "General Manager" (no such kind) whose lines run a restaurant still does
    (walk-through: service)."""
    catalog = _catalog(seed_index, [
        parse_posting("# Restaurant General Manager\nRequirements\n"
                      "- 3+ years of restaurant management experience in a high-volume restaurant\n", "rm"),
        parse_posting("# Assistant Property Manager\nRequirements\n"
                      "- 3+ years of property management experience in multifamily housing\n", "pm")])

    def match(line, posting, duty):
        return _first_row_and_years(catalog, line, posting, duty)
    for title, posting in (("General Store Manager", "rm"), ("Assistant Store Manager", "pm")):
        status, years = match(f"{title}, Ross Dress for Less", posting, "Own P&L, payroll budget and sales.")
        assert status != "covered" and years == ["unknown"], posting
    assert match("General Manager, Chili's", "rm", "Run a $3M restaurant with 40 crew.") == ("covered", ["met"])
    assert match("Property Manager, Greystar", "pm", "Run a 300-unit community.") == ("covered", ["met"])


def test_selling_to_the_c_suite_is_shown_by_a_line_naming_the_executives_sold_to(seed_index):
    """"Experience selling into the C-suite" asked only Sales: a sales title covered it, naming no executive
    (walk-through: office); the executives sold to are asked too (``test_skills_domains``)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Enterprise Account Executive\nRequirements\n- Experience selling into the C-suite\n", "ae")])

    def row(title, duty):
        return _first_row_and_years(catalog, title, "ae", duty)[0]
    assert row("Sales Development Representative, Vantage CRM", "Booked 25+ qualified meetings a month.") != "covered"
    assert row("Account Executive, BrightLedger", "Selling accounting software to CFOs and CIOs.") == "covered"


def test_years_of_managing_a_setting_count_the_roles_that_lead_others_held_there(seed_index):
    """"3+ years of property management experience in multifamily": a "Leasing Manager" running an apartment
    community's rents and renewals read "0.0 in roles like this one in managed property", its row missing, the
    title not naming property; a role that leads others held in the setting whose managing is asked does that
    work, a leasing consultant under it (who leads no one) and a manager elsewhere do not, nor does the leasing
    manager meet the setting's accounting (walk-through: office)."""
    catalog = _catalog(seed_index, [
        parse_posting("# Property Manager\nRequirements\n"
                      "- 3+ years of property management experience in multifamily\n", "pm"),
        parse_posting("# Property Accountant\nRequirements\n- 3+ years of property management accounting\n", "pa")])

    def match(line, posting, duty):
        return _first_row_and_years(catalog, line, posting, duty)
    duty = "Collect rent, approve lease renewals and handle delinquency notices for 312 apartments in Yardi."
    assert match("Leasing Manager, Desert Palms", "pm", duty) == ("covered", ["met"])
    assert match("Leasing Consultant, Desert Palms", "pm", duty)[1] == ["unknown"]
    assert match("Store Manager, Ross Dress for Less", "pm", "Own P&L, payroll budget and sales.")[1] == ["unknown"]
    assert match("Leasing Manager, Desert Palms", "pa", duty)[1] == ["unknown"]


def test_a_posture_held_through_a_shift_is_shown_by_the_body_at_work_not_by_a_shift(seed_index):
    """A security posting's "Must be able to walk and stand for the entire 8-hour shift" was partly shown (0.47)
    by "Work graveyard shift (11pm-7am) and weekends", its words and the model's reading shared by "shift": a
    posture asked is shown by a line naming the body at work ("Patrol the tower on foot"), to confirm where none
    does (walk-through: service)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Security Officer\nRequirements\n- Must be able to walk and stand for the entire 8-hour shift\n", "so")])

    def row(duty):
        resume = resume_from_text(f"Experience\nSecurity Officer, Securitas, 2021 - 2026\n{duty}\n", "r")
        return catalog.rank(resume, top_k=1)[0].explanation.requirements[0]
    assert row("Able to work the entire 8-hour graveyard shift (11pm-7am)").status == "to_confirm"
    assert row("Walk and stand the entire shift on patrol").status != "to_confirm"


@pytest.mark.parametrize("line, status", [
    ("QUALITY ASSURANCE TECHNICIAN", "missing"),   # (to confirm, once the checklist is read whole)
    ("Inspect molded parts with calipers and height gauges", "missing"),
    ("Willing to work 2nd shift and overtime", "partial"),
    ("Comfortable on 2nd and 3rd shift", "partial"),
])
def test_hours_of_work_asked_are_shown_by_a_line_naming_them_not_by_the_title(fake_embedder, line, status):
    """A Quality Technician posting's "The Quality Technician supports production on 2nd shift (2:30pm - 11:00pm,
    overtime as needed)" was partly shown (0.52) by the resume's headline "QUALITY ASSURANCE TECHNICIAN", words
    the model reads alike (a similarity at the high threshold here): hours of work asked are shown by a line
    naming a shift, overtime or days off; where none does it is missing here, to confirm in the checklist
    (walk-through: manufacturing)."""
    from matcher.ranking.checklist import requirement_matches
    posting = parse_posting("# Quality Technician\nRequirements\n- The Quality Technician supports production on "
                            "2nd shift (2:30pm - 11:00pm, overtime as needed)\n", "qt")
    features = _features(f"Summary\n{line}\n", fake_embedder)
    alike = np.full((1, len(features.lines)), fake_embedder.thresholds[1])
    row = requirement_matches(posting.requirements, alike, features, fake_embedder.thresholds, None)[0]
    assert row.status == status


def test_years_asked_in_a_child_care_setting_are_those_of_roles_held_in_one(seed_index):
    """A Preschool Teacher posting's "1 year of experience teaching in a licensed child care setting" was covered
    1.00 quoting "Children's Librarian, Seattle Public Library" (storytimes for preschoolers), its years met: a child
    care setting is one a years ask names, shown by a role at a child care centre, a preschool or a chain of them
    (walk-through: service)."""
    catalog = _catalog(seed_index, [parse_posting(
        "# Preschool Teacher\nRequirements\n- 1 year of experience teaching in a licensed child care setting\n", "p")])

    def row(roles):
        match = catalog.rank(resume_from_text(f"Experience\n{roles}", "r", today=datetime.date(2026, 6, 1)))[0]
        return match.explanation.requirements[0].status, [c.status for c in match.eligibility.checks
                                                          if c.kind == "years"]
    status, years = row("Children's Librarian, Seattle Public Library, 2019 - 2026\n"
                        "- Plan and present storytimes for toddlers and preschoolers\n")
    assert status != "covered" and years == ["unknown"]
    assert row("Lead Teacher, KinderCare Learning Center, 2020 - 2026\n- Lead a class of 18\n") == ("covered", ["met"])
