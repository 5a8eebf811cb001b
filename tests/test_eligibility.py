"""The verdict of a posting's knock-outs against a resume's credentials and the
seeker's preferences: each rule on hand-made knock-outs, the bulk check against the
one-by-one check, and the ranking's order."""

import datetime as dt
from dataclasses import replace

import pytest

from matcher.eligibility.verdict import Knockouts, Preferences, Seeker, check, eligibility
from matcher.errors import InputError
from matcher.postings.knockouts import Knockout, posting_knockouts
from matcher.postings.parse import parse_posting
from matcher.resumes.credentials import Credentials, Degree, read_credentials


def seeker(credentials=None, text="", years=6.0, roles=True, where=(), sponsor=False):
    return Seeker(credentials or Credentials(), text, years, roles, Preferences.parse(where, sponsor))


def status(k, s):
    c = check(k, s)
    return None if c is None else c.status


BS = Degree("bachelor", "computer science", 2016, 5, False, "B.S. Computer Science, 2016")
PHD = Degree("doctorate", "physics", 2020, None, False, "PhD, Physics, 2020")


def test_clearance_is_held_or_it_blocks():
    ts = Knockout("clearance", "Active TS/SCI clearance required.", level="ts/sci")
    assert status(ts, seeker()) == "blocked"
    assert status(ts, seeker(Credentials(clearance="ts/sci", clearance_sentence="Active TS/SCI"))) == "met"
    assert status(ts, seeker(Credentials(clearance="secret", clearance_sentence="Secret clearance"))) == "blocked"
    # A clearance of no stated level against a stated level: the resume does not say.
    assert status(ts, seeker(Credentials(clearance="clearance"))) == "unknown"
    # "Able to obtain": a matter of citizenship, so only a visa need rules it out.
    obtain = Knockout("clearance", "Must be able to obtain a Secret clearance.", level="secret")
    assert status(obtain, seeker()) == "unknown"
    assert status(obtain, seeker(sponsor=True)) == "blocked"
    # a US citizen is who may obtain one: met, as far as a resume can show it
    assert status(obtain, seeker(Credentials(citizenship=["US"], sentences={"citizenship": "U.S. citizen"}))) == "met"
    # a lower clearance held leaves one to obtain to check too; one that reaches it meets it
    public = Credentials(clearance="public trust", clearance_sentence="Public Trust clearance")
    assert status(obtain, seeker(public)) == "unknown"
    assert status(obtain, seeker(Credentials(clearance="top secret"))) == "met"
    assert status(Knockout("clearance", "Clearance a plus.", required=False), seeker()) is None


def test_an_inactive_clearance_is_named_and_one_of_the_level_asked_is_to_check():
    """"held Secret clearance 2016-2020 (inactive now)": not held, but it may be reinstated,
    which the employer decides; the reason quotes it rather than saying none is stated."""
    secret = Knockout("clearance", "An active Secret clearance is required to start.", level="secret")
    line = "held Secret clearance 2016-2020 (inactive now)"
    inactive = read_credentials(line, [line], dt.date(2026, 11, 30))
    assert (inactive.clearance, inactive.clearance_inactive) == ("", "secret")
    c = check(secret, seeker(inactive))
    assert c.status == "unknown" and "inactive" in c.resume and line in c.resume
    assert c.not_held   # the checklist holds the score: one to reinstate is no active one
    ts = Knockout("clearance", "Active TS/SCI clearance required.", level="ts/sci")
    assert check(ts, seeker(inactive)).status == "blocked"


def test_an_inactive_clearance_is_quoted_where_one_may_be_obtained():
    """"Active DoD Secret clearance or ability to obtain one" against "Secret Clearance (inactive, last held
    2014)": to check, quoting the line, not "the resume states no clearance"."""
    line = "Secret Clearance (inactive, last held 2014)"
    inactive = read_credentials(line, [line], dt.date(2026, 11, 30))
    for sentence, level in (("Active DoD Secret clearance or ability to obtain one", "secret"),
                            ("Must be able to obtain a Top Secret clearance.", "top secret")):
        c = check(Knockout("clearance", sentence, level=level), seeker(inactive))
        assert c.status == "unknown" and "inactive" in c.resume and line in c.resume
    assert check(Knockout("clearance", "Ability to obtain a Secret clearance", level="secret"),
                 seeker(inactive, sponsor=True)).status == "blocked"


def test_a_preferred_higher_clearance_does_not_block_the_required_one():
    secret = seeker(Credentials(clearance="secret", clearance_sentence="Active Secret clearance"))
    [k] = posting_knockouts("- Secret clearance required, TS/SCI preferred")
    assert status(k, secret) == "met"
    [k] = posting_knockouts("- Active Secret clearance required; TS/SCI preferred")
    assert status(k, secret) == "met"
    assert status(k, seeker()) == "blocked"
    [k] = posting_knockouts("- TS/SCI required.")
    assert status(k, secret) == "blocked"


def test_work_authorisation_alone_is_to_check_for_a_seeker_who_needs_a_sponsor():
    [authorised] = posting_knockouts("- Must be authorized to work in the US.")
    assert (authorised.kind, authorised.required) == ("citizenship", True)
    c = check(authorised, seeker(sponsor=True))
    assert (c.status, c.resume) == ("unknown", "you need visa sponsorship; the posting asks work authorisation")
    assert status(authorised, seeker()) == "unknown"
    assert status(authorised, seeker(Credentials(citizenship=["US"]))) == "met"
    # citizenship, residence, authorisation for any employer, or sponsorship refused: blocked
    for text in ("- U.S. citizenship required.", "- Must be a US citizen or green card holder.",
                 "- Must be authorized to work for any employer in the US.",
                 "- Must be authorized to work in the US without sponsorship."):
        ks = posting_knockouts(text)
        assert eligibility(ks, seeker(sponsor=True)).status == "blocked", text
        assert Knockouts([ks, [authorised]]).blocked(seeker(sponsor=True)).tolist() == [True, False], text


def test_a_permanent_resident_meets_asks_of_authorisation_or_residence_not_of_citizenship():
    resident = Credentials(residence=["US"], work_authorisation=["US"])
    authorised = Credentials(work_authorisation=["US"])
    [work] = posting_knockouts("- Must be authorized to work in the US.")
    [citizen] = posting_knockouts("- Must be a U.S. citizen.")
    [either] = posting_knockouts("- Must be a US citizen or permanent resident.")
    assert [status(k, seeker(resident)) for k in (work, citizen, either)] == ["met", "blocked", "met"]
    assert [status(k, seeker(authorised)) for k in (work, citizen, either)] == ["met", "unknown", "unknown"]


@pytest.mark.parametrize("line", ["Permanent resident (green card holder)",
                                  "Work authorization: Permanent resident (green card holder)",
                                  "Citizenship: Permanent resident of the U.S. (green card)", "LPR status"])
def test_a_green_card_holder_is_no_citizen_but_is_a_us_person(line):
    """A lawful permanent resident cannot take a job for US citizens only, and is a "U.S.
    person" under ITAR and the export rules; the status read is quoted either way."""
    creds = read_credentials(line, [line], dt.date(2026, 11, 30))
    for asked, expected in (("- U.S. Citizenship is required", "blocked"),
                            ("- Must be a U.S. citizen (ITAR).", "blocked"),
                            ("- Must be a U.S. Person (ITAR)", "met"),
                            ("- This position requires access to ITAR-controlled data.", "met"),
                            ("- Must qualify as a U.S. person under export control regulations.", "met"),
                            ("- Must be a US citizen or permanent resident.", "met"),
                            ("- Must be a U.S. citizen or U.S. person as defined by ITAR.", "met"),
                            ("- Must be authorized to work in the US for any employer.", "met")):
        [k] = posting_knockouts(asked)
        c = check(k, seeker(creds))
        assert c.status == expected, asked
        assert line in c.resume, asked
    # a Canadian's US green card does not make them a Canadian-only job's citizen either, and
    # a citizen of the US meets every US ask
    citizen = read_credentials("Citizenship: U.S. Citizen", ["Citizenship: U.S. Citizen"], dt.date(2026, 11, 30))
    [k] = posting_knockouts("- U.S. Citizenship is required")
    assert check(k, seeker(citizen)).status == "met"


@pytest.mark.parametrize("line, asked, expected", [
    ("Nationality: German", "- EU work permit or eligibility for the EU Blue Card", "met"),
    ("EU citizen (German passport)", "- EU work permit or eligibility for the EU Blue Card", "met"),
    ("EU citizen", "- Must have the right to work in the EU.", "met"),
    ("Nationality: French", "- Valid work permit for Germany required.", "met"),
    ("Nationality: Indian", "- EU work permit or eligibility for the EU Blue Card", "unknown"),
    ("Eligible for the EU Blue Card (degree recognised in anabin, H+)",
     "- EU work permit or eligibility for the EU Blue Card", "met"),
    ("EU Blue Card holder (Germany)", "- EU work permit or eligibility for the EU Blue Card", "met"),
    ("Not eligible for the EU Blue Card", "- EU work permit or eligibility for the EU Blue Card", "unknown"),
    ("Nationality: German", "- Australian working rights (Australian citizen, permanent resident or valid working "
     "visa)", "unknown"),
])
def test_a_member_states_citizen_or_a_blue_card_meets_an_eu_work_permit(line, asked, expected):
    """Any EU/EEA state's citizen may work in every one, as "Australian citizen" meets
    "Australian working rights"; "eligible for the EU Blue Card" is the route a posting may name."""
    creds = read_credentials(line, [line], dt.date(2026, 11, 30))
    [k] = [k for k in posting_knockouts(asked) if k.kind == "citizenship"]
    c = check(k, seeker(creds))
    assert c.status == expected, c
    if expected == "met":
        assert c.resume == line


@pytest.mark.parametrize("text, expected, said", [
    ("Licensure\nRegistered Nurse - Washington State (active), NCLEX-RN 2021", "unknown",
     "is not on the register the posting names (AHPRA): Registered Nurse - Washington State"),
    ("Licensure\nRegistered Nurse - Washington State (active)\nAHPRA application submitted, outcome pending",
     "unknown", "still to come: AHPRA application submitted, outcome pending"),
    ("Registration\nRegistered Nurse, AHPRA (Nursing and Midwifery Board of Australia) - NMW0001234567", "met",
     "Registered Nurse, AHPRA"),
])
def test_a_licence_of_another_country_does_not_meet_the_register_a_posting_names(text, expected, said):
    """"Current registration as a Registered Nurse with the Nursing and Midwifery Board of Australia
    through AHPRA": a US RN is not on that register, an AHPRA application pending is still to come."""
    p = parse_posting("Registered Nurse\n\nRequirements\n- Current registration as a Registered Nurse with the "
                      "Nursing and Midwifery Board of Australia through AHPRA\n", "au")
    [k] = [k for k in p.knockouts if k.kind == "licence"]
    c = check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 11, 30)), text))
    assert c.status == expected and said in c.resume


def test_a_work_permit_needed_where_the_posting_asks_the_right_to_work_is_no_right():
    """"Would need a work permit for Canada" leaves "entitled to work in Canada" to check, blocks
    citizenship or residence there and a refusal to sponsor there; it says nothing of the UK."""
    line = "Right to work: UK only. Would need a work permit for Canada."
    s = seeker(read_credentials(line, [line], dt.date(2026, 11, 30)))
    [entitled] = posting_knockouts("- Legally entitled to work in Canada")
    [pr] = posting_knockouts("- Canadian citizen or permanent resident")
    both = posting_knockouts("- Must be eligible to work in Canada; we are unable to sponsor work permits")
    uk = posting_knockouts("- You must have the right to work in the UK; we cannot offer visa sponsorship")
    assert status(entitled, s) == "unknown" and "work permit would be needed" in check(entitled, s).resume
    assert status(pr, s) == "blocked"
    assert eligibility(both, s).status == "blocked"
    assert eligibility(uk, s).status == "eligible"
    resident = seeker(Credentials(residence=["CA"], work_authorisation=["CA"]))
    assert [status(k, resident) for k in (entitled, pr)] == ["met", "met"]


def test_checks_that_say_the_same_thing_are_one():
    text = ("iOS Developer - Fieldnote - Seattle, WA (Hybrid)\n\nRequirements\n- 4+ years of iOS development\n\n"
            "Hybrid, 2 days a week in Seattle.\n")
    ks = posting_knockouts(text, "Seattle, WA (Hybrid)")
    assert [k.kind for k in ks].count("workplace") == 2
    v = eligibility(ks, seeker(where=["Austin, TX"]))
    assert v.status == "blocked"
    assert [c.posting for c in v.blockers] == ["iOS Developer - Fieldnote - Seattle, WA (Hybrid)"]
    # places that differ are each checked
    ks = [Knockout("workplace", "On-site in Seattle, WA.", mode="onsite", places=["Seattle, WA"]),
          Knockout("workplace", "Or on-site in Denver, CO.", mode="onsite", places=["Denver, CO"])]
    assert len(eligibility(ks, seeker(where=["Austin, TX"])).blockers) == 2


def test_sponsorship_and_citizenship_follow_the_seekers_need():
    refused = Knockout("sponsorship", "We are unable to sponsor visas.", offered=False, required=True)
    offered = Knockout("sponsorship", "Visa sponsorship available.", offered=True, required=False)
    citizen = Knockout("citizenship", "Must be a U.S. citizen.", places=["US"])
    assert status(refused, seeker()) is None
    assert status(refused, seeker(sponsor=True)) == "blocked"
    assert status(offered, seeker(sponsor=True)) == "met"
    assert status(citizen, seeker()) == "unknown"
    assert status(citizen, seeker(sponsor=True)) == "blocked"
    assert status(citizen, seeker(Credentials(citizenship=["US"]))) == "met"
    # A resume that says it needs a sponsor counts as the seeker saying so.
    assert status(refused, seeker(Credentials(needs_sponsorship=True))) == "blocked"


NO_SPONSORSHIP = ("We are unable to sponsor or take over sponsorship of an employment visa at this time. Candidates "
                  "must be authorized to work in the United States without current or future sponsorship.")


@pytest.mark.parametrize("line, refused, citizen", [
    # statuses tied to an employer's petition need one: blocked where sponsorship is refused
    ("Status: F-1 OPT, STEM OPT eligible through 2028", "blocked", "blocked"),
    ("Visa: TN (Canadian citizen)", "blocked", "blocked"),
    ("H-1B (transfer required)", "blocked", "blocked"),
    ("Will require H-1B sponsorship", "blocked", "blocked"),
    # a spouse's status: authorised now, later sponsorship to check; no citizen
    ("EAD (H-4 spouse)", "unknown", "blocked"),
    ("L-2 EAD", "unknown", "blocked"),
    # authorised without sponsorship, stated: met, and still no citizenship stated
    ("Authorized to work in the US for any employer", "eligible", "unknown"),
    ("No sponsorship required", "eligible", "unknown"),
    # a permanent resident is no citizen
    ("Green Card holder", "eligible", "blocked"),
    ("U.S. Permanent Resident", "eligible", "blocked"),
    ("US citizen", "eligible", "eligible"),
])
def test_a_resumes_visa_status_answers_sponsorship_refused_and_citizenship(line, refused, citizen):
    text = f"Chicago, IL\n{line}\n\nExperience\nAccount Executive, Acme, 2020 - present\n"
    s = seeker(read_credentials(text, [line], dt.date(2026, 11, 30)), text)
    v = eligibility(posting_knockouts(NO_SPONSORSHIP), s)
    assert v.status == refused
    # the reasons name what the resume states, never that it states nothing
    assert all("does not state" not in c.resume for c in v.checks)
    assert all(line in c.resume for c in v.checks if c.status != "met" or c.kind == "citizenship")
    assert eligibility(posting_knockouts("- U.S. citizenship is required."), s).status == citizen


@pytest.mark.parametrize("home, status_", [("Portland, OR", "unknown"), ("Leeds, UK", "met"), ("", "met"),
                                            ("Cambridge", "met")])   # a bare name may be of either country
def test_no_sponsorship_needed_is_said_of_the_country_one_lives_in(home, status_):
    """A Portland, OR frontend developer's "Needs no sponsorship" met a London posting's "Right to work in the UK
    (we cannot sponsor)": a resume that names no country for its right to work says it of the one it lives in."""
    line = "Junior frontend developer. Needs no sponsorship."
    text = f"{home}\n{line}\n\nExperience\nDeveloper, Acme, 2022 - present\n"
    s = replace(seeker(read_credentials(text, [line], dt.date(2026, 11, 30)), text), home=home)
    checks = eligibility(posting_knockouts("- Right to work in the UK (we cannot sponsor)"), s).checks
    assert [c.status for c in checks if c.kind == "citizenship"] == [status_]


@pytest.mark.parametrize("line, status_", [("Green card holder.", "met"), ("US citizen.", "met"),
                                           ("H-1B (transfer required)", "blocked"), ("Canadian citizen.", "unknown")])
def test_usc_gc_is_met_by_a_citizen_or_a_green_card(line, status_):
    text = f"Dallas, TX\n{line}\n\nExperience\nDeveloper, Acme, 2020 - present\n"
    s = seeker(read_credentials(text, [line], dt.date(2026, 11, 30)), text)
    checks = eligibility(posting_knockouts("- USC/GC only"), s).checks
    assert [c.status for c in checks if c.kind == "citizenship"] == [status_]


def test_the_highest_degree_said_says_it_is_still_to_come():
    """A teller's "Currently enrolled: Houston Community College, Associate of Applied Science in Finance" was said
    to be "the resume's highest degree: associate degree in finance, one level below" a bachelor's asked, as if
    held (walk-through office)."""
    bachelors = Knockout("degree", "Bachelor's degree required", level="bachelor")
    diploma = Degree("high school", "", 2019, None, False, "High School Diploma, 2019")
    enrolled = Degree("associate", "finance", None, None, True, "Currently enrolled: HCC, A.A.S. in Finance")
    said = check(bachelors, seeker(Credentials(degrees=[diploma, enrolled]))).resume
    assert said == "the resume's highest degree: associate degree in finance (still to come), one level below"


def test_degree_levels():
    masters = Knockout("degree", "MS in Electrical Engineering required.", level="master",
                       fields=["electrical engineering"])
    # One level below (a bachelor's for a master's): to check, experience often stands in.
    assert status(masters, seeker(Credentials(degrees=[BS]))) == "unknown"
    assert "one level below" in check(masters, seeker(Credentials(degrees=[BS]))).resume
    phd_ee = Degree("doctorate", "electrical engineering", 2020, None, False, "PhD, Electrical Engineering, 2020")
    assert status(masters, seeker(Credentials(degrees=[BS, phd_ee]))) == "met"
    # Two levels below rules it out.
    phd = Knockout("degree", "PhD in Physics required.", level="doctorate", fields=["physics"])
    assert status(phd, seeker(Credentials(degrees=[BS]))) == "blocked"
    high_school = Degree("high school", "", 2010, None, False, "High school diploma, 2010")
    bachelor = Knockout("degree", "Bachelor's degree required.", level="bachelor")
    assert status(bachelor, seeker(Credentials(degrees=[high_school]))) == "blocked"
    assert status(masters, seeker()) == "unknown"
    soft = Knockout("degree", "Bachelor's degree or equivalent experience.", required=False, level="bachelor")
    assert status(soft, seeker(Credentials())) is None


def test_years_block_only_when_far_short():
    five = Knockout("years", "5+ years of professional experience.", years=5.0, fields=["professional"])
    two = Knockout("years", "2+ years of ICU nursing.", years=2.0, fields=["icu nursing"])
    ten = Knockout("years", "10+ years of backend engineering.", years=10.0, fields=["backend engineering"])
    # Without related years (a posting with no title) years not far short are to check.
    assert status(five, seeker(years=4.0)) == "unknown"      # one short: people apply, rightly
    assert status(five, seeker(years=2.5)) == "unknown"      # half: not far short
    assert status(five, seeker(years=1.0)) == "blocked"
    assert status(five, seeker(roles=False, years=None)) == "unknown"
    assert status(ten, seeker(years=4.0)) == "blocked"
    assert status(two, seeker(years=0.0)) == "unknown"       # two years: never far short


def test_years_far_short_with_a_way_in_their_place_are_to_check():
    """"Three years of professional engineering experience. Or an equivalent combination of education and
    experience.": years far short are to check, their reason naming the way, not a blocker."""
    way = "Or an equivalent combination of education and experience."
    three = Knockout("years", "Three years of professional engineering experience.", years=3.0,
                     fields=["professional engineering"], route=way)
    c = check(three, seeker(years=0.5), related_years=0.5)
    assert c.status == "unknown"
    assert c.resume == f"0.5 years of work in the resume; the posting offers another way: {way}"
    assert Knockouts([[three]]).blocked(seeker(years=0.5)).tolist() == [False]
    assert check(three, seeker(years=4.0), related_years=4.0).status == "met"
    assert check(replace(three, route=""), seeker(years=0.5), related_years=0.5).status == "blocked"


def test_years_of_other_work_are_to_check_not_met():
    # A nurse's 12.6 years against "5+ years of software engineering": total years never
    # block, but with no years in roles like the posting they are not met either.
    five = Knockout("years", "5+ years of professional software engineering experience.", years=5.0,
                    fields=["professional software engineering"])
    nurse = seeker(years=12.6)
    c = check(five, nurse, related_years=0.0)
    assert (c.status, c.resume) == ("unknown", "12.6 years of work, 0.0 in roles like this one")
    assert check(five, nurse, related_years=5.0).status == "met"
    assert check(five, nurse).status == "unknown"                      # related years not known
    assert check(five, seeker(years=1.0), related_years=0.0).status == "blocked"
    v = eligibility([five], nurse, related_years=0.0)
    assert v.status == "unknown" and v.unknown[0].resume.endswith("0.0 in roles like this one")
    assert Knockouts([[five]]).blocked(nurse).tolist() == [False]


def test_licences_joined_by_or_are_met_by_either():
    k = posting_knockouts("- CMA (AAMA) or RMA certification required")
    assert [x.kind for x in k] == ["licence"]
    cma = seeker(text="Certifications\nCertified Medical Assistant (CMA), AAMA, 2021")
    c = check(k[0], cma)
    assert (c.status, c.resume) == ("met", "Certified Medical Assistant (CMA), AAMA, 2021")
    rma = seeker(text="Licenses\nRMA certification (AMT), 2020")
    assert check(k[0], rma).status == "met"
    # written as the posting writes it, the issuer in brackets
    assert check(k[0], seeker(text="Certifications\nCMA (AAMA), 2021")).status == "met"
    c = check(k[0], seeker(text="Front desk, scheduling"))
    assert (c.status, c.resume) == ("unknown", "the resume does not show CMA (AAMA) or RMA certification")
    # the second of two alternatives the table knows
    rn_or_lpn = posting_knockouts("Active RN or LPN license required.")[0]
    assert check(rn_or_lpn, seeker(text="Licensed Practical Nurse (LPN), Ohio")).status == "met"


def test_a_higher_grade_of_the_licensed_work_is_said_not_the_licence_asked():
    """An ICU nurse applying to an LPN posting read "the resume does not show LPN license", as if she held no
    nursing licence; an RN holds no LPN licence (each grade is licensed on its own), so it stays to check, saying
    what she holds (walk-through care)."""
    lpn = posting_knockouts("- Active LPN license in the state of Ohio")[0]
    c = check(lpn, seeker(text="Licenses\nRegistered Nurse, Ohio Board of Nursing, License #RN.445512"))
    assert c.status == "unknown"
    assert c.resume.startswith("the resume shows a higher grade of the work (RN license), not LPN license")
    assert c.resume.endswith("(Registered Nurse, Ohio Board of Nursing, License #RN.445512)")
    # the line the checklist's row quotes, partly covered
    assert c.elsewhere == "Registered Nurse, Ohio Board of Nursing, License #RN.445512"
    # a lower grade held is none: a CNA does not show the LPN licence
    c = check(lpn, seeker(text="Certifications\nCertified Nursing Assistant (CNA), Ohio, 2021"))
    assert c.resume == "the resume does not show LPN license"
    # an ask that takes the higher already is met by it
    assert check(posting_knockouts("Active RN or LPN license required.")[0],
                 seeker(text="Registered Nurse (RN), Ohio")).status == "met"


def test_a_national_credential_offered_beside_a_states_licence_meets_it():
    [k] = [k for k in posting_knockouts("- Tennessee EMT certification, or National Registry EMT (NREMT) with ability "
                                        "to obtain Tennessee reciprocity before start date") if k.kind == "licence"]
    c = check(k, seeker(text="Certifications\nNational Registry EMT (NREMT), current through March 2027"))
    assert (c.status, c.resume) == ("met", "National Registry EMT (NREMT), current through March 2027")
    assert status(k, seeker(text="Certifications\nNREMT-B, 2022")) == "met"
    assert status(k, seeker(text="Licenses\nTennessee EMT-Basic License, active")) == "met"
    # a higher level of the National Registry holds the lower one
    c = check(k, seeker(text="Licenses\nTexas DSHS Licensed Paramedic (LP)\nNational Registry Paramedic (NRP)"))
    assert (c.status, c.resume) == ("met", "National Registry Paramedic (NRP)")
    # another state's EMT card is neither: to check
    assert status(k, seeker(text="Licenses\nOhio EMT certification, active")) == "unknown"
    c = check(k, seeker(text="Certifications\nNREMT-B (lapsed 2024)"))
    assert c.status == "unknown" and c.not_held


def test_a_jobs_credential_held_in_another_state_the_posting_takes_meets_it():
    """"Registered Veterinary Technician in Colorado (RVT), or credentialed in another state (CVT,
    LVT, RVT)": a New York LVT meets it; a student of the programme does not show it."""
    [k] = [k for k in posting_knockouts("Credentialed Veterinary Technician\n\nRequirements\n- Registered Veterinary "
                                        "Technician in Colorado (RVT), or credentialed in another state (CVT, LVT, "
                                        "RVT) and eligible to register in Colorado within 6 months\n")
           if k.kind == "licence"]
    c = check(k, seeker(text="Licenses\nLicensed Veterinary Technician (LVT), New York State, License #012345"))
    assert (c.status, c.resume) == ("met", "Licensed Veterinary Technician (LVT), New York State, License #012345")
    assert status(k, seeker(text="Credentials\nRVT, Colorado, 2021")) == "met"
    c = check(k, seeker(text="Education\nVeterinary Technology, A.A.S. (AVMA-accredited) - in progress, expected "
                             "May 2027"))
    assert c.status == "unknown"


def test_a_licence_or_eligibility_for_it():
    [k] = posting_knockouts("- CPA or CPA-eligible")
    c = check(k, seeker(text="Experience\n- Close month-end and prepare financial statements for the CPA."))
    assert (c.status, c.resume) == ("unknown", "the resume does not show CPA or CPA-eligible")
    assert status(k, seeker(text="Education\nPassed all four parts of the CPA exam, 2024")) == "met"
    assert status(k, seeker(text="Licenses\nCPA, Colorado")) == "met"
    # the licence itself is not met by eligibility for it
    [cpa] = posting_knockouts("- CPA required")
    assert status(cpa, seeker(text="Education\nPassed all four parts of the CPA exam, 2024")) == "unknown"


def test_a_licence_or_a_candidate_for_it():
    """"CPA or CPA candidate required" takes a candidate: "CPA candidate, passed 2 of 4 sections (AUD, FAR)"
    was held back as a licence still to come; a line of neither shows none, and a knock-out of the
    licence alone is not met by its candidate."""
    [k] = posting_knockouts("- CPA or CPA candidate required")
    c = check(k, seeker(text="Certifications\nCPA candidate, passed 2 of 4 sections (AUD, FAR)"))
    assert (c.status, c.not_held) == ("met", False)
    assert status(k, seeker(text="Experience\n- Prepared statements for the CPA firm's clients.")) == "unknown"
    [cpa] = posting_knockouts("- Active CPA license required")
    assert check(cpa, seeker(text="Certifications\nCPA candidate, passed 2 of 4 sections (AUD, FAR)")).not_held


def test_years_are_met_only_when_the_related_years_reach_those_asked():
    # Not blocked (total years never far short), but short in roles like the posting: to check.
    five = Knockout("years", "5+ years of experience as a data analyst.", years=5.0, fields=["data analyst"])
    seven = Knockout("years", "7+ years of payroll experience.", years=7.0, fields=["payroll"])
    two = Knockout("years", "2+ years of experience as a medical assistant.", years=2.0, fields=["medical assistant"])
    for k, total, related in ((five, 4.8, 4.5), (seven, 13.6, 6.7), (two, 0.0, 0.0), (two, 3.0, 1.9)):
        c = check(k, seeker(years=total), related_years=related)
        assert (c.status, c.resume) == ("unknown", f"{total:.1f} years of work, {related:.1f} in roles like this one")
        assert not Knockouts([[k]]).blocked(seeker(years=total)).any()
    assert check(five, seeker(years=6.0), related_years=5.0).status == "met"
    assert check(five, seeker(years=6.0), related_years=4.96).status == "met"   # shown as 5.0
    assert check(seven, seeker(years=13.6), related_years=9.0).status == "met"
    # the blocking stays on the total years, far short
    assert check(five, seeker(years=1.0), related_years=1.0).status == "blocked"
    # no related years given (a posting with no title): years not far short are to check,
    # whatever work they are of
    c = check(five, seeker(years=9.0))
    assert (c.status, c.resume) == ("unknown", "9.0 years of work; the posting has no title to compare the roles with")
    assert check(two, seeker(years=0.0)).status == "unknown"


def test_a_degree_accepted_in_place_of_the_years_meets_them():
    either = Knockout("years", "Degree in CS or EE and/or 5 years equivalent network engineering experience.",
                      years=5.0, level="bachelor")
    assert status(either, seeker(Credentials(degrees=[BS]), years=1.0)) == "met"
    assert "accepted in place of the years" in check(either, seeker(Credentials(degrees=[BS]), years=1.0)).resume
    assert status(either, seeker(years=1.0)) == "blocked"    # neither the degree nor the years
    assert status(either, seeker(years=4.0)) == "unknown"
    assert Knockouts([[either]]).blocked(seeker(Credentials(degrees=[BS]), years=1.0)).tolist() == [False]


def test_graduation_window():
    window = Knockout("graduation", "Graduating between Dec 2025 and Jun 2026.", start="2025-12", end="2026-06")
    soon = Degree("bachelor", "computer science", 2026, 5, True, "B.S. expected May 2026")
    assert status(window, seeker(Credentials(degrees=[soon]))) == "met"
    assert status(window, seeker(Credentials(degrees=[BS]))) == "blocked"
    assert status(window, seeker()) == "unknown"


def test_current_enrolment_is_met_by_study_under_way_and_ruled_out_by_schooling_all_past():
    """"Must be currently enrolled in at least 6 credits at Ridgeview Community College": a degree
    still to come or a line saying the enrolment meets it; degrees all dated in the past rule it out
    (a 2020 graduate working full-time was eligible); no schooling named leaves it to check."""
    enrolled = Knockout("graduation", "Must be currently enrolled in at least 6 credits at Ridgeview Community College",
                        mode="enrolled")
    soon = Degree("associate", "network technology", 2027, 6, True, "A.A.S. Network Technology, expected June 2027")
    past = Degree("associate", "computer information systems", 2020, None, False, "Grand Rapids CC, 2020")
    assert status(enrolled, seeker(Credentials(degrees=[soon]))) == "met"
    assert status(enrolled, seeker(Credentials(degrees=[past, soon]))) == "met"
    assert status(enrolled, seeker(Credentials(degrees=[past]))) == "blocked"
    assert status(enrolled, seeker(Credentials(degrees=[past]),
                                   text="Ridgeview Community College - currently enrolled, 12 credits")) == "met"
    assert status(enrolled, seeker(Credentials(degrees=[past]), text="Current student at Ridgeview")) == "met"
    assert status(enrolled, seeker()) == "unknown"
    assert status(enrolled, seeker(text="Enrolled patients in remote monitoring")) == "unknown"


def test_licences_are_shown_or_to_be_checked():
    cdl = Knockout("licence", "Valid Class A CDL required.", name="Class A CDL")
    assert status(cdl, seeker(text="Truck driver\nClass A CDL, clean record")) == "met"
    # Licences are written in too many ways for their absence to rule a job out.
    assert status(cdl, seeker(text="Backend engineer")) == "unknown"
    # a higher class takes the lower classes' vehicles; a lower class is not the higher one
    [class_b] = [k for k in posting_knockouts("Requirements\n- Valid Class B CDL or ability to obtain within 90 days"
                                              " of hire\n") if k.kind == "licence"]
    assert status(class_b, seeker(text="Certifications\nCDL Class A (clean MVR)")) == "met"
    assert status(class_b, seeker(text="Certifications\nClass C CDL with P endorsement")) == "unknown"
    assert status(cdl, seeker(text="Licenses\nCDL Class B, 2019")) == "unknown"
    # A licence with no name says nothing to check.
    assert status(Knockout("licence", "Or a compact licence.", name="licence"), seeker()) is None
    assert status(Knockout("licence", "Certification required.", name="Active certification"), seeker()) is None


def test_a_licence_is_shown_by_the_acronym_its_bracket_gives():
    """A long name with its acronym in brackets is held as a resume shortens it: "Arizona MRTBE Certified
    Radiologic Technologist (CRT)" holds "Arizona Medical Radiologic Technology Board of Examiners (MRTBE)
    certification" (to check before); capitals that are no initials of the words before them give no form."""
    k = Knockout("licence", "Current Arizona Medical Radiologic Technology Board of Examiners (MRTBE) certification",
                 name="Arizona Medical Radiologic Technology Board of Examiners (MRTBE) certification")
    text = "Licenses\n- Arizona MRTBE Certified Radiologic Technologist (CRT), active"
    creds = read_credentials(text, text.splitlines(), dt.date(2026, 12, 1))
    assert status(k, seeker(creds, text)) == "met"
    odd = replace(k, name="Arizona Medical Radiologic Technology Board of Examiners (MRTBX) certification")
    assert status(odd, seeker(creds, text)) == "unknown"
    # initials may take the small words too: "Board of Certification (BOC)" is held as "BOC Certified ..."
    boc = Knockout("licence", "Must be certified by the Board of Certification (BOC)",
                   name="Board of Certification (BOC)")
    for text in ("Certifications\n- BOC Certified Athletic Trainer (ATC)",
                 "Certifications\n- Certified Athletic Trainer (ATC), Board of Certification, 2018"):
        creds = read_credentials(text, text.splitlines(), dt.date(2026, 12, 1))
        assert status(boc, seeker(creds, text)) == "met", text


def test_places_only_when_the_seeker_names_some():
    onsite = Knockout("workplace", "On-site in Austin, TX, 5 days a week.", mode="onsite", places=["Austin, TX"])
    remote = Knockout("workplace", "Remote (US).", mode="remote", places=["Remote (US)"])
    assert status(onsite, seeker()) is None
    assert status(onsite, seeker(where=["TX"])) == "met"
    assert status(onsite, seeker(where=["NY", "remote"])) == "blocked"
    assert status(remote, seeker(where=["remote"])) == "met"


def test_hybrid_elsewhere_is_blocked_like_on_site_elsewhere():
    # A hybrid job needs presence: only the seeker's places count, never "remote".
    hybrid = Knockout("workplace", "Cloudmint Analytics - San Francisco, CA (Hybrid)", mode="hybrid",
                      places=["San Francisco, CA"])
    assert status(hybrid, seeker(where=["OH"])) == "blocked"
    assert status(hybrid, seeker(where=["remote"])) == "blocked"
    assert status(hybrid, seeker(where=["OH", "remote"])) == "blocked"
    assert status(hybrid, seeker(where=["CA"])) == "met"
    assert status(hybrid, seeker(where=["Oakland, CA"])) == "met"          # a commute away
    # the posting's own location gives a place to a hybrid sentence that names none
    ks = posting_knockouts("Software Engineer\nCloudmint Analytics - San Francisco, CA (Hybrid)\n",
                           "San Francisco, CA (Hybrid)")
    assert eligibility(ks, seeker(where=["OH"])).status == "blocked"


def test_verdict_names_every_blocker():
    ks = [Knockout("clearance", "Active TS/SCI clearance required.", level="ts/sci"),
          Knockout("sponsorship", "We cannot sponsor visas.", offered=False),
          Knockout("citizenship", "Must be a US citizen.", places=["US"])]
    v = eligibility(ks, seeker(sponsor=True))
    assert v.status == "blocked"
    assert [c.kind for c in v.blockers] == ["clearance", "sponsorship", "citizenship"]
    assert v.to_dict()["blockers"][0] == {"kind": "clearance", "status": "blocked",
                                          "posting": "Active TS/SCI clearance required.",
                                          "resume": "the resume states no security clearance"}
    assert eligibility(ks[2:], seeker()).status == "unknown"
    assert eligibility([], seeker()).status == "eligible"
    # One sentence, two knock-outs of a kind: one check, the most severe.
    twice = [Knockout("citizenship", "US citizen or permanent resident.", places=["US"]),
             Knockout("citizenship", "US citizen or permanent resident.", places=["United States"])]
    assert len(eligibility(twice, seeker(sponsor=True)).checks) == 1


def test_bulk_check_agrees_with_each_posting():
    per_posting = [
        [Knockout("clearance", "TS/SCI required.", level="ts/sci")],
        [Knockout("years", "8+ years of backend work.", years=8.0, fields=["backend"])],
        [Knockout("years", "8+ years of experience.", years=8.0, fields=[])],
        [Knockout("workplace", "On-site in Austin, TX.", mode="onsite", places=["Austin, TX"])],
        [Knockout("sponsorship", "No sponsorship.", offered=False),
         Knockout("clearance", "Clearance preferred.", required=False)],
        [],
        [Knockout("clearance", "TS/SCI required.", level="ts/sci")],   # the same knock-out again
    ]
    table = Knockouts(per_posting)
    seekers = (seeker(years=3.0), seeker(years=3.0, where=["NY"], sponsor=True),
               seeker(Credentials(clearance="ts/sci"), years=20.0, where=["TX"]), seeker(roles=False))
    for s in seekers:
        assert table.blocked(s).tolist() == [eligibility(ks, s).status == "blocked" for ks in per_posting]
    assert table.blocked(seekers[1]).any() and not table.blocked(seekers[2]).all()


def test_preferences_are_checked():
    with pytest.raises(InputError, match="unknown place"):
        Preferences.parse(["Qwxyzville"])
    with pytest.raises(InputError, match="at most"):
        Preferences.parse(["remote"] * 21)
    p = Preferences.parse(["remote", " ", "remote"], True)
    assert len(p.where) == 1 and p.needs_sponsorship


# -- through the ranking and the faces ----------------------------------------------
BACKEND = """Senior Backend Engineer
Requirements
- 5+ years building distributed systems in Rust and Python.
- PostgreSQL, Redis and Kubernetes in production on AWS.
"""
NURSE = """ICU Registered Nurse
Requirements
- Active RN license and BLS certification.
- 2+ years of ICU nursing experience.
"""


@pytest.fixture
def cleared_index(tmp_path, fake_embedder):
    """Two postings: the backend one (the resume's best fit) asks for a TS/SCI clearance."""
    from matcher.index.index import Index
    from matcher.postings.parse import parse_posting

    backend = parse_posting(BACKEND, "backend")
    backend.knockouts = [Knockout("clearance", "Active TS/SCI clearance required.", level="ts/sci")]
    nurse = parse_posting(NURSE, "nurse")
    nurse.knockouts = []
    with Index.open(tmp_path / "index", fake_embedder, create=True) as index:
        index.add([backend, nurse])
    return tmp_path / "index"


def test_a_blocked_posting_ranks_after_every_other_and_says_why(cleared_index, fake_embedder):
    from matcher.index.index import Index
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    from .helpers import RESUME_TEXT

    with Index.open(cleared_index, fake_embedder, load_vectors=False) as index:
        catalog = Catalog.from_index(index)
    resume = resume_from_text(RESUME_TEXT)
    scores = {m.posting.id: m.score for m in catalog.rank(resume, None)}
    assert scores["backend"] > scores["nurse"]           # the better fit on its skills...
    ranked = catalog.rank(resume, None)
    assert [m.posting.id for m in ranked] == ["nurse", "backend"]   # ...comes last, blocked
    assert ranked[1].eligibility.status == "blocked"
    assert ranked[1].to_dict()["eligibility"]["blockers"][0]["posting"] == "Active TS/SCI clearance required."
    assert [m.posting.id for m in catalog.rank(resume, 1)] == ["nurse"]


def test_cli_rank_takes_places_and_sponsorship(cleared_index, resume_file):
    import json

    from click.testing import CliRunner

    from matcher.cli import cli

    def invoke(*args):
        return CliRunner().invoke(cli, ["--index-dir", str(cleared_index), "rank", str(resume_file), *args])

    result = invoke("--format", "json", "--where", "remote", "--needs-sponsorship")
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)[0]
    assert body["preferences"]["needs_sponsorship"] is True
    assert [m["eligibility"]["status"] for m in body["matches"]] == ["eligible", "blocked"]
    table = invoke()
    assert "BLOCKED (clearance): Active TS/SCI clearance required." in table.output
    csv = invoke("--format", "csv")
    assert "eligibility,blockers" in csv.output.splitlines()[0]
    bad = invoke("--where", "Qwxyzville")
    assert bad.exit_code != 0 and "unknown place 'Qwxyzville'" in bad.output
    assert "Traceback" not in bad.output


def test_api_reads_where_and_needs_sponsorship(client):
    from .helpers import RESUME_TEXT

    ok = client.post("/api/v1/match", json={"text": RESUME_TEXT, "where": ["remote"], "needs_sponsorship": True})
    assert ok.status_code == 200
    assert ok.get_json()["preferences"]["needs_sponsorship"] is True
    assert all("eligibility" in m for m in ok.get_json()["matches"])
    form = client.post("/api/v1/match", data={"text": RESUME_TEXT, "where": "remote; remote"})
    assert form.status_code == 200 and len(form.get_json()["preferences"]["where"]) == 1
    for bad in ({"where": "Qwxyzville"}, {"where": [3]}, {"where": {"a": 1}}, {"needs_sponsorship": "maybe"}):
        response = client.post("/api/v1/match", json={"text": RESUME_TEXT, **bad})
        assert response.status_code == 400, bad
        assert response.get_json()["ok"] is False


def test_form_reads_where_and_says_it_back(client):
    from .helpers import RESUME_TEXT

    page = client.post("/match", data={"text": RESUME_TEXT, "where": "remote", "needs_sponsorship": "on"})
    assert page.status_code == 200
    assert "You would work in:" in page.get_data(as_text=True)
    bad = client.post("/match", data={"text": RESUME_TEXT, "where": "Qwxyzville"})
    assert bad.status_code == 400 and "unknown place" in bad.get_data(as_text=True)


@pytest.mark.parametrize("where, status", [("OH", "met"), ("Columbus, OH", "met"), ("MI", "met"),
                                           ("OR", "blocked"), ("Phoenix", "blocked"), ("Chicago", "blocked")])
def test_remote_for_residents_of_named_places_suits_those_places_only(where, status):
    [k] = [k for k in posting_knockouts("Loan Processor\nMidwest Credit Union — Remote (Ohio, Indiana, Michigan "
                                        "residents only)\n") if k.kind == "workplace"]
    assert check(k, seeker(where=[where])).status == status
    assert Knockouts([[k]]).blocked(seeker(where=[where]))[0] == (status == "blocked")


@pytest.mark.parametrize("where, status", [(["remote"], "unknown"), (["MN"], "met"), (["MN", "remote"], "met"),
                                           (["Eau Claire, WI"], "met"), (["CA"], "blocked"),
                                           (["CA", "remote"], "unknown")])
def test_remote_for_residents_of_some_states_is_to_check_for_a_seeker_who_names_only_remote(where, status):
    """"Remote (must reside in MN, WI or IA)": a seeker who chose only remote may live anywhere."""
    [k] = [k for k in posting_knockouts("Medical Coder\nLakeside Physicians Group — Remote (must reside in MN, WI "
                                        "or IA)\n") if k.kind == "workplace"]
    c = check(k, seeker(where=where))
    assert c.status == status
    assert ("where you live is not known" in c.resume) is (status == "unknown")


@pytest.mark.parametrize("home, status", [("Atlanta, GA", "blocked"), ("Denver, CO", "met"), ("", "unknown")])
def test_remote_for_residents_of_a_state_is_checked_against_the_resumes_address(home, status):
    """"Granite State Insurance — Remote, must reside in Colorado" was checked only against places the seeker chose;
    with none chosen, a claims adjuster living in Atlanta read eligible (walk-through: office): the residence it
    asks is compared with the resume's address, as "Must live in Colorado" is; a remote job for anyone stays none."""
    [k] = [k for k in posting_knockouts("Auto Claims Adjuster\nGranite State Insurance — Remote, must reside in "
                                        "Colorado\n") if k.kind == "workplace"]
    who = Seeker(Credentials(), "Summary\nClaims adjuster.\n", 6.0, True, Preferences(), home)
    c = check(k, who)
    assert (c.kind, c.status) == ("residence", status)
    assert Knockouts([[k]]).blocked(who)[0] == (status == "blocked")
    [anywhere] = [k for k in posting_knockouts("Auto Claims Adjuster\nGranite State Insurance — Remote (US)\n")
                  if k.kind == "workplace"]
    assert check(anywhere, who) is None


@pytest.mark.parametrize("sentence", ["Senior Loan Originator (Remote - US)", "Remote - must live in Texas"])
def test_remote_in_a_named_area_blocks_a_seeker_outside_it(sentence):
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "workplace"]
    assert check(k, seeker(where=["London, UK"])).status == "blocked"


def test_remote_whose_places_are_the_employers_offices_suits_anyone():
    [k] = [k for k in posting_knockouts("This is a fully remote role; our headquarters are in Boston, MA.")
           if k.kind == "workplace"]
    assert check(k, seeker(where=["OR"])).status == "met"


@pytest.mark.parametrize("header", [
    "Senior Mechanical Engineer\nApex Aerostructures\nSyracuse, NY (on-site)",
    "Senior Instructional Designer\nGulf State University, Office of Digital Learning\n"
    "Baton Rouge, LA | Remote (must reside in Louisiana)",
])
def test_a_header_place_under_the_company_blocks_a_seeker_elsewhere(header):
    from matcher.postings.parse import parse_posting

    p = parse_posting(f"{header}\n\nResponsibilities\n- Lead design reviews\n", "p")
    assert eligibility(p.knockouts, seeker(where=["TX"])).status == "blocked"


def test_degree_in_another_field_is_to_check():
    """A degree of the level asked meets a posting that names fields only in one of them (a
    shared word, as the checklist compares fields); in another field, or none stated, it is
    to check, never blocked, with or without "or related field", unless "or related field" is said
    and the field is of the same family as one asked (Computer Science for IT)."""
    mech = Knockout("degree", "B.S. in Mechanical or Biomedical Engineering", level="bachelor",
                    fields=["mechanical", "biomedical engineering"])
    assert status(mech, seeker(Credentials(degrees=[BS]))) == "unknown"
    said = check(mech, seeker(Credentials(degrees=[BS]))).resume
    assert "the posting asks mechanical or biomedical engineering" in said
    me = Degree("bachelor", "mechanical engineering", 2016, None, False, "B.S. Mechanical Engineering, 2016")
    assert status(mech, seeker(Credentials(degrees=[BS, me]))) == "met"
    hr = Knockout("degree", "Bachelor's degree in HR or Business Administration required", level="bachelor",
                  fields=["hr", "business administration"], related=True)
    psychology = Degree("bachelor", "psychology", 2014, None, False, "B.A. Psychology, 2014")
    business = Degree("bachelor", "business", 2014, None, False, "B.S. Business, 2014")
    unnamed = Degree("bachelor", "", 2014, None, False, "Bachelor's degree, 2014")
    assert status(hr, seeker(Credentials(degrees=[psychology]))) == "unknown"
    assert status(hr, seeker(Credentials(degrees=[unnamed]))) == "unknown"
    assert status(hr, seeker(Credentials(degrees=[business]))) == "met"
    # "or related field" takes a field of the same family: Computer Science for IT, not History
    [it] = posting_knockouts("- Bachelor's degree in Information Technology or related field")
    history = Degree("bachelor", "history", 2016, None, False, "B.A. History, 2016")
    assert [status(it, seeker(Credentials(degrees=[d]))) for d in (BS, history)] == ["met", "unknown"]
    [it_only] = posting_knockouts("- Bachelor's degree in Information Technology")
    assert status(it_only, seeker(Credentials(degrees=[BS]))) == "unknown"
    # a higher degree in another field is to check too; the level alone still blocks
    assert status(hr, seeker(Credentials(degrees=[PHD]))) == "unknown"
    high_school = Degree("high school", "", 2010, None, False, "High school diploma, 2010")
    assert status(hr, seeker(Credentials(degrees=[high_school]))) == "blocked"
    # the years' fields are no degree fields: a degree accepted in place of years meets them
    years = Knockout("years", "BS in EE or 5 years of experience", years=5.0, level="bachelor", fields=["hardware"])
    assert status(years, seeker(Credentials(degrees=[BS]), years=0.5)) == "met"


def test_no_degree_stated_is_to_check_and_a_diploma_blocks_a_bachelors():
    """Coursework "(no degree)" is no degree: against a degree ask it is to check; a stated
    high-school diploma against a bachelor's is two levels short and blocks."""
    text = "EDUCATION\nCoursework in accounting, Ohlone College (no degree)\n"
    creds = read_credentials(text, [text.split("\n")[1]], dt.date(2026, 1, 15))
    assert creds.degrees == []
    ask = Knockout("degree", "Bachelor's degree in Accounting or Finance", level="bachelor",
                   fields=["accounting", "finance"])
    assert status(ask, seeker(creds, text)) == "unknown"
    text = "EDUCATION\nHigh School Diploma, Grimsley High School, 2020\n"
    creds = read_credentials(text, [text.split("\n")[1]], dt.date(2026, 1, 15))
    assert status(ask, seeker(creds, text)) == "blocked"


def test_years_of_leading_others_are_met_by_roles_that_lead_others():
    lead = Knockout("years", "2+ years of warehouse supervisory experience.", years=2.0, fields=["warehouse"])
    work = Knockout("years", "2+ years of warehouse experience.", years=2.0, fields=["warehouse"])
    assert check(lead, seeker(years=6.0), related_years=6.0, leading_years=0.0).status == "unknown"
    assert check(lead, seeker(years=6.0), related_years=6.0, leading_years=3.0).status == "met"
    assert check(work, seeker(years=6.0), related_years=6.0, leading_years=0.0).status == "met"


@pytest.mark.parametrize("header", [
    "Data Analyst\nEvergreen Health Plan - Remote (must reside in WA, OR or ID)",
    "Data Analyst\nEvergreen Health Plan - Remote (must reside in WA, OR, or ID)",
    "Data Analyst\nEvergreen Health Plan - Remote (Washington, Oregon or Idaho)",
    "Data Analyst\nEvergreen Health Plan - Remote (residents of WA/OR/ID)",
])
@pytest.mark.parametrize("where, status", [("WA", "met"), ("Portland, OR", "met"), ("ID", "met"),
                                           ("CA", "blocked")])
def test_remote_for_a_list_of_states_suits_every_state_listed(header, where, status):
    [k] = [k for k in posting_knockouts(header + "\n") if k.kind == "workplace"]
    assert check(k, seeker(where=[where])).status == status


def test_a_state_the_sentence_asks_beside_a_licence_is_asked():
    [k] = [k for k in posting_knockouts("- Active RN license in the state of Texas required") if k.kind == "licence"]
    assert status(k, seeker(text="Licenses\nRN, Ohio Board of Nursing, 2018")) == "unknown"
    assert status(k, seeker(text="Licenses\nRN, Texas Board of Nursing, 2018")) == "met"


@pytest.mark.parametrize("sentence, where, status", [
    # a list of states after a remote country narrows it
    ("Remote (US) - candidates in CO, TX, IL, NY, GA or NC", "Florida", "blocked"),
    ("Remote (US) - candidates in CO, TX, IL, NY, GA or NC", "CO", "met"),
    # "except" leaves places out
    ("Remote - US (we hire in all states except HI and AK)", "HI", "blocked"),
    ("Remote - US (we hire in all states except HI and AK)", "CA", "met"),
])
def test_remote_places_narrowed_by_a_state_list_or_an_exception(sentence, where, status):
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "workplace"]
    assert check(k, seeker(where=[where])).status == status


def test_a_hybrid_header_line_places_the_job():
    text = "Senior Product Designer\nQuillstack, Inc. - Seattle, WA (Hybrid, 2 days/week)\n\nRequirements\n- Figma\n"
    from matcher.postings.parse import parse_posting
    p = parse_posting(text, "x")
    [k] = [k for k in p.knockouts if k.kind == "workplace"]
    assert check(k, seeker(where=["TX"])).status == "blocked"


def test_a_degree_in_a_field_offered_for_a_credential_is_met_in_that_field_only():
    # "CDA credential or an Associate degree in Early Childhood Education": a librarian's
    # master's in another field does not meet it (to check); one in the field does
    k = next(k for k in posting_knockouts("Requirements\n- CDA (Child Development Associate) credential or an "
                                          "Associate degree in Early Childhood Education.\n") if k.kind == "licence")
    mlis = Degree("master", "library and information science", 2023, 5, False, "MLIS, 2023")
    ece = Degree("bachelor", "early childhood education", 2019, 5, False, "B.A. Early Childhood Education, 2019")
    other = check(k, seeker(Credentials(degrees=[mlis])))
    assert other.status == "unknown" and "library and information science" in other.resume
    assert check(k, seeker(Credentials(degrees=[ece]))).resume == ece.sentence
    assert status(k, seeker(Credentials(degrees=[ece]))) == "met"
    # the credential by its abbreviation alone, as a resume writes it
    assert status(k, seeker(text="Early childhood educator, CDA credentialed.")) == "met"
    # with no field named, any degree of the level still meets the degree offered
    para = next(k for k in posting_knockouts("- Paralegal certificate or bachelor's degree.") if k.kind == "licence")
    assert status(para, seeker(Credentials(degrees=[mlis]))) == "met"


def test_a_relative_graduation_window_blocks_an_old_graduation():
    k = next(k for k in posting_knockouts("Requirements\n- Must have graduated within the last 3 years.\n")
             if k.kind == "graduation")
    old = Degree("bachelor", "criminal justice", 2010, None, False, "B.S. Criminal Justice, 2010")
    assert status(k, seeker(Credentials(degrees=[old]))) == "blocked"
    recent = Degree("bachelor", "criminal justice", dt.date.today().year - 1, 5, False, "B.S., last year")
    assert status(k, seeker(Credentials(degrees=[recent]))) == "met"


def test_a_window_on_the_phd_reads_the_doctorate_s_year():
    """"PhD conferred within the last 3 years": a 2016 PhD is outside it, whatever later
    certificate or degree the resume lists; a recent PhD is inside."""
    k = next(k for k in posting_knockouts("Requirements\n- PhD in Neuroscience, conferred within the last 3 years.\n")
             if k.kind == "graduation")
    phd = Degree("doctorate", "neuroscience", 2016, None, False, "PhD in Neuroscience, 2016")
    later = Degree("bachelor", "nursing", dt.date.today().year - 1, 5, False, "BSN, last year")
    assert status(k, seeker(Credentials(degrees=[phd, later]))) == "blocked"
    recent = Degree("doctorate", "neuroscience", dt.date.today().year - 1, 5, False, "PhD, last year")
    assert status(k, seeker(Credentials(degrees=[recent]))) == "met"
    # no doctorate: the window is on no degree held (the degree's knock-out tells)
    assert status(k, seeker(Credentials(degrees=[later]))) == "unknown"


def test_a_sponsorship_offer_or_a_work_visa_accepted_leaves_citizenship_to_check():
    needs = seeker(sponsor=True)
    visa = posting_knockouts("Australian citizenship, permanent residency or a valid work visa.")
    assert eligibility(visa, needs).status == "unknown"
    alone = posting_knockouts("Australian citizenship or permanent residency required.")
    assert eligibility(alone, needs).status == "blocked"
    offered = posting_knockouts("Australian citizenship or permanent residency required.\n"
                                "Sponsorship may be considered for experienced candidates.")
    assert eligibility(offered, needs).status == "unknown"
    assert Knockouts([alone, offered]).blocked(needs).tolist() == [True, False]
    refused = posting_knockouts("Australian citizenship or permanent residency required.\n"
                                "We are unable to offer visa sponsorship.")
    assert eligibility(refused, needs).status == "blocked"


def test_eu_citizens_asked_are_met_by_a_member_states_citizen():
    ks = posting_knockouts("Applicants must be EU citizens.")
    assert status(ks[0], seeker(Credentials(citizenship=["IE"]))) == "met"
    assert status(ks[0], seeker(Credentials(citizenship=["GB"]))) == "unknown"
    assert status(ks[0], seeker(Credentials(citizenship=["US"]))) == "unknown"


def test_stated_years_without_dated_roles_read_as_the_explanation_reads_them():
    """"Journeyman Electrician with 8 years of commercial electrical experience", no dated
    roles: the explanation counts 8 years in work like the posting's, and the knock-out reads
    the same years; stated years never block."""
    four = Knockout("years", "4+ years commercial electrical experience", years=4.0, fields=["commercial electrical"])
    stated = seeker(roles=False, years=8.0)
    c = check(four, stated, related_years=8.0)
    assert (c.status, c.resume) == ("met", "8.0 years stated (no dated roles), 8.0 in work like this one")
    assert eligibility([four], stated, related_years=8.0).status == "eligible"
    assert check(four, stated, related_years=0.0).status == "unknown"    # years stated in other work
    assert check(four, stated).status == "unknown"                       # a posting with no title
    ten = Knockout("years", "10+ years of commercial electrical work", years=10.0, fields=["commercial electrical"])
    assert check(ten, seeker(roles=False, years=2.0), related_years=2.0).status == "unknown"
    assert Knockouts([[ten]]).blocked(seeker(roles=False, years=2.0)).tolist() == [False]
    c = check(four, seeker(roles=False, years=None), related_years=0.0)
    assert (c.status, c.resume) == ("unknown", "the resume gives no dated roles")


def test_a_degree_still_to_come_meets_a_degree_knock_out_only_in_a_graduation_window():
    coming = Degree("bachelor", "communication", 2027, 6, True, "B.A. Communication (in progress), expected June 2027")
    bachelor = Knockout("degree", "Bachelor's degree from accredited university", level="bachelor")
    student = seeker(Credentials(degrees=[coming]))
    c = check(bachelor, student)
    assert c.status == "unknown" and "still to come" in c.resume
    assert eligibility([bachelor], student).status == "unknown"
    # a posting whose graduation window takes it: a new graduate's degree meets it
    window = Knockout("graduation", "Graduating between Dec 2026 and Jun 2027.", start="2026-12", end="2027-06")
    v = eligibility([bachelor, window], student)
    assert v.status == "eligible" and all(c.status == "met" for c in v.checks)
    early = Knockout("graduation", "Graduating between Dec 2025 and Jun 2026.", start="2025-12", end="2026-06")
    assert [c.status for c in eligibility([bachelor, early], student).checks] == ["unknown", "blocked"]
    # one held meets it as before; a degree to come keeps a knock-out a level above to check, not blocked
    assert status(bachelor, seeker(Credentials(degrees=[BS, coming]))) == "met"
    high_school = Degree("high school", "", 2022, None, False, "High school diploma, 2022")
    masters = Knockout("degree", "Master's degree required.", level="master")
    assert status(masters, seeker(Credentials(degrees=[high_school, coming]))) == "unknown"
    # a degree under way takes the lower one asked: a college student holds a high-school diploma
    diploma = Knockout("degree", "High school diploma or GED required", level="high school")
    assert status(diploma, student) == "met"
    # nor is a degree to come accepted in place of years
    years = Knockout("years", "BS in Communication or 5 years of experience", years=5.0, level="bachelor")
    assert status(years, seeker(Credentials(degrees=[coming]), years=0.5)) == "blocked"


@pytest.mark.parametrize("text, met", [
    ("Education\nCentral Georgia Technical College - Certificate, Business Administrative Technology, 2019", True),
    ("Education\nDiploma, Practical Nursing, Humber College, 2015", True),
    ("Education\nSome college, Georgia State University (2014 - 2016)", True),
    ("Education\nLincoln Tech (trade school) - Automotive Technology program, completed 2018", True),
    ("Education\nCoursework in Accounting, Valencia College, 2020", True),
    ("Central Georgia Technical College - Certificate, Business Administrative Technology, 2019", True),
    ("Education\nHigh school diploma, Savannah High School, 2019", True),
    # a short course's certificate is no education, nor a college one works at or studied at while in high school
    ("Certifications\nCPR/AED Certificate, American Red Cross, 2023\nForklift Certification, 2022", False),
    ("Experience\nAdmissions Assistant, Savannah Technical College, 2019 - 2022\n"
     "- Processed certificate program applications", False),
    ("Education\nDual enrollment, Savannah Technical College, 2018", False),
    ("Education\nCPR certificate - Savannah Technical College, 2021", False),
])
def test_a_post_secondary_credential_meets_a_high_school_ask(text, met):
    """A credential of study after high school (a college's certificate or diploma, a trade school's
    programme, "some college") takes the high-school diploma asked; a short course's does not."""
    creds = read_credentials(text, [], dt.date(2026, 12, 1))
    diploma = Knockout("degree", "High school diploma or GED", level="high school")
    c = check(diploma, seeker(creds))
    assert (c.status == "met") == met, c
    if met and not creds.degrees:
        assert "post-secondary" in c.resume
    # it stands for no degree: an associate's asked stays to check
    associate = Knockout("degree", "Associate degree required", level="associate")
    if not creds.degrees:
        assert status(associate, seeker(creds)) == "unknown"


def test_a_degree_in_a_field_of_the_same_kind_is_not_the_field_asked():
    mechanical = Knockout("degree", "Bachelor's degree in Mechanical Engineering required", level="bachelor",
                          fields=["mechanical engineering"])
    industrial = Degree("bachelor", "industrial engineering", 2001, None, False, "B.S. Industrial Engineering, 2001")
    assert status(mechanical, seeker(Credentials(degrees=[industrial]))) == "unknown"
    accounting = Knockout("degree", "Bachelor's degree in Accounting", level="bachelor", fields=["accounting"])
    accountancy = Degree("bachelor", "accountancy", 2012, None, False, "B.S. Accountancy, 2012")
    assert status(accounting, seeker(Credentials(degrees=[accountancy]))) == "met"


def test_a_us_secret_clearance_held_answers_us_citizenship():
    citizen = Knockout("citizenship", "U.S. citizenship required", places=[])
    held = Credentials(clearance="secret", clearance_sentence="Active SECRET clearance.")
    c = check(citizen, seeker(held))
    assert (c.status, c.resume) == ("met", "Active SECRET clearance.")
    # the sentence of a line that states the clearance, as the checklist quotes it
    line = Credentials(clearance="secret", clearance_sentence="Led 24 soldiers. Active SECRET clearance.")
    assert check(citizen, seeker(line)).resume == "Active SECRET clearance."
    assert status(citizen, seeker(Credentials(clearance="ts/sci", clearance_sentence="TS/SCI"))) == "met"
    # a Public Trust, a clearance of no level, one lapsed, or another country's citizen: no sign
    assert status(citizen, seeker(Credentials(clearance="public trust"))) == "unknown"
    assert status(citizen, seeker(Credentials(clearance="clearance"))) == "unknown"
    assert status(citizen, seeker(Credentials(clearance_inactive="secret"))) == "unknown"
    canadian = Credentials(clearance="secret", clearance_sentence="Secret clearance", citizenship=["CA"])
    assert status(citizen, seeker(canadian)) == "unknown"
    uk = Knockout("citizenship", "Must be a UK national.", places=["UK"])
    assert status(uk, seeker(held)) == "unknown"


def test_years_in_related_roles_never_read_more_than_the_years_of_work():
    # roles counted by their own months can add up to a hair more than the work's span
    k = Knockout("years", "10+ years of CDL-A driving", years=10.0)
    c = check(k, seeker(years=10.7), related_years=10.8)
    assert c.status == "met" and c.resume == "10.7 years of work, 10.7 in roles like this one"


# --- fixK: a licence offered in place of a degree; a contact block is no place ------------------------
_PE_SENTENCE = "You will hold either a Master's Degree, Chartered Status or a PE in civil engineering"


def _pe_resume(education, licences=""):
    text = f"SARAH KOWALSKI, PMP{licences}\nConstruction Project Manager\nEducation\n{education}\n"
    return seeker(read_credentials(text, text.split("\n"), dt.date(2026, 1, 15)), text=text)


def test_a_licence_the_posting_accepts_in_place_of_the_degree_meets_it():
    [k] = [k for k in posting_knockouts(_PE_SENTENCE) if k.kind == "degree"]
    c = check(k, _pe_resume("B.S. Civil Engineering, University of Colorado, 2009", ", P.E."))
    assert c.status == "met" and "accepted in place of the degree" in c.resume
    # without the licence, one level below is to check as before
    assert status(k, _pe_resume("B.S. Civil Engineering, University of Colorado, 2009")) == "unknown"


def test_a_degree_with_a_licence_alternative_never_blocks_when_the_licence_is_not_shown():
    [k] = [k for k in posting_knockouts(_PE_SENTENCE) if k.kind == "degree"]
    c = check(k, _pe_resume("A.A.S. Construction Management, 2005"))
    assert c.status == "unknown" and "does not show PE" in c.resume
    # and the bulk check agrees
    s = _pe_resume("A.A.S. Construction Management, 2005")
    assert not Knockouts([[k]]).blocked(s)[0]
    # the same degree without the alternative still blocks two levels short
    plain = Knockout("degree", "Master's degree in civil engineering required", level="master",
                     fields=["civil engineering"])
    assert status(plain, s) == "blocked"


def test_a_contact_block_after_a_location_label_blocks_no_one():
    contacts = "Location: Contacts: Mobile: Home page:"
    [k] = [k for k in posting_knockouts(contacts, location=contacts[len("Location: "):]) if k.kind == "workplace"]
    assert check(k, seeker(where=["Denver, CO"])).status != "blocked"
    # and a place given as a stale string is not read as Mobile, Alabama
    stale = Knockout("workplace", "Location: Contacts: Mobile: Home page:", places=["Contacts: Mobile: Home page"])
    assert check(stale, seeker(where=["Denver, CO"])).status == "unknown"


def test_a_licence_whose_expiry_date_has_passed_is_said_to_have_expired():
    import datetime

    k = posting_knockouts("- Current California Registered Nurse license required")[0]
    line = "California Registered Nurse License #95123456, active, exp. 06/2026"
    def on(day):
        return check(k, seeker(Credentials(today=day), text=f"Licenses\n{line}"))
    c = on(datetime.date(2026, 11, 30))
    assert (c.status, c.resume) == ("unknown", f"the resume's {k.name} has expired: {line}")
    assert on(datetime.date(2026, 1, 5)).status == "met"


def test_a_licence_expired_is_said_so_whatever_its_bracket():
    """A licence whose expiry date has passed is quoted as expired, though the posting's name
    has a bracket the resume's line leaves out."""
    import datetime

    line = "- Texas DPS Level III Commissioned Security Officer — active, expires 08/2026"
    k = posting_knockouts("Must hold a current Texas Level III Commissioned Security Officer license "
                          "(DPS Private Security Program)")[0]
    c = check(k, seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"LICENSES\n{line}\n"))
    assert (c.status, c.resume) == ("unknown", f"the resume's {k.name} has expired: {line}")
    c = check(k, seeker(Credentials(today=datetime.date(2026, 1, 30)), text=f"LICENSES\n{line}\n"))
    assert c.status == "met"


def test_a_licence_still_to_come_is_said_so():
    """"Will test for AZ journeyman license": to check, with the line that says it is still to
    come, rather than "does not show"; met where the posting takes one under way."""
    import datetime

    line = "Electrical Apprentice (4th year). Will test for AZ journeyman license in Spring 2025."
    k = posting_knockouts("- Journeyman Electrician license (Arizona or reciprocal state) required")[0]
    c = check(k, seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"Summary\n{line}"))
    assert (c.status, c.resume) == ("unknown", f"the resume says {k.name} is still to come: {line}")
    eligible = posting_knockouts("- Journeyman Electrician license or eligible to test required")[0]
    assert check(eligible, seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"Summary\n{line}")).status \
        == "met"


# --- a degree offered with "or" a licence: one ask that either meets ------------------------------
def _resume(text):
    return seeker(read_credentials(text, text.split("\n"), dt.date(2026, 1, 15)), text=text)


_CPA = "Licenses\nCPA, State of Colorado, 2019\nEducation\nAssociate of Applied Science in Business, 2014\n"
_BS_ACCOUNTING = "Education\nBachelor of Science in Accounting, University of Denver, 2020\n"
_HIGH_SCHOOL = "Education\nHigh School Diploma, East High School, 2012\n"


@pytest.mark.parametrize("sentence", [
    "Bachelor's degree in Accounting or CPA required",
    "CPA or Bachelor's degree in Accounting required",
])
def test_a_degree_or_a_licence_is_met_by_either_and_blocks_neither(sentence):
    found = [k for k in posting_knockouts(f"Requirements\n- {sentence}\n") if k.required]
    assert [k.kind for k in found] == ["degree"]

    def verdict(text):
        return [check(k, _resume(text)) for k in found]
    [cpa] = verdict(_CPA)
    assert cpa.status == "met" and "CPA" in cpa.resume
    assert [c.status for c in verdict(_BS_ACCOUNTING)] == ["met"]
    # neither: to check (two levels short of the degree, but the licence may be held), never blocked
    assert [c.status for c in verdict(_HIGH_SCHOOL)] == ["unknown"]


def test_an_internal_auditors_cia_is_one_of_the_certifications_asked():
    """An Internal Auditor posting's "CIA, CPA or CISA certification, or actively pursuing" asked CPA or CISA, and a
    'Certified Internal Auditor (CIA), 2022' left the knock-out unknown and the row missing (0.0)."""
    [found] = [k for k in posting_knockouts("Requirements\n- CIA, CPA or CISA certification, or actively pursuing\n")
               if k.kind == "licence"]
    assert "CIA" in [found.name, *found.alternatives]
    assert check(found, _resume("Certifications\nCertified Internal Auditor (CIA), 2022\n")).status == "met"
    assert check(found, _resume("Experience\nIntelligence Analyst, CIA analyst program, 2015 - 2020\n")).status \
        == "unknown"


def test_a_degree_or_a_licence_by_its_noun_is_met_by_either():
    found = [k for k in posting_knockouts("Requirements\n- Bachelor's degree in Nursing or RN license\n") if k.required]
    assert [k.kind for k in found] == ["licence"]
    rn = "Licenses\nRegistered Nurse (RN), Massachusetts, exp. 2027\nEducation\nAssociate Degree in Nursing, 2020\n"
    assert [check(k, _resume(rn)).status for k in found] == ["met"]
    bsn = "Education\nBachelor of Science in Nursing, Boston College, 2025\n"
    assert [check(k, _resume(bsn)).status for k in found] == ["met"]
    # a bachelor's in another field is no BSN
    bio = "Education\nBachelor of Science in Biology, Boston College, 2025\n"
    [k] = [k for k in posting_knockouts("Requirements\n- BSN or RN license in Texas\n") if k.required]
    assert check(k, _resume(bio)).status == "unknown"
    assert check(k, _resume(bsn)).status == "met"


@pytest.mark.parametrize("sentence", [
    "Active RN license in the state (or eligible for licensure within 90 days)",
    "Active RN license in the state (or eligible for licensure within 90 days of hire)",
])
def test_a_licence_or_eligibility_for_it_within_a_time_takes_one_still_to_come(sentence):
    """The licence is asked (a required knock-out); one held meets it, one still to come meets
    the eligibility the posting takes in its place, and a resume that shows neither is to check."""
    [k] = [k for k in posting_knockouts(f"Requirements\n- {sentence}\n") if k.kind == "licence"]
    assert k.required
    assert status(k, _resume("Licenses\nRegistered Nurse (RN), Massachusetts, exp. 2027\n")) == "met"
    new_grad = _resume("Education\nBachelor of Science in Nursing, May 2026\n"
                       "Licenses\nRN license pending, NCLEX-RN scheduled June 2026\n")
    assert status(k, new_grad) == "met"
    c = check(k, _resume("Experience\nBarista, Starbucks, 2019 - 2025\n"))
    assert (c.status, c.unnamed) == ("unknown", "")


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", "1. ", ""])
def test_a_licence_met_is_quoted_without_its_bullet(bullet):
    """The line quoted for a licence met is the resume's sentence, as the checklist quotes it:
    a Markdown or list bullet before it is no part of it."""
    import datetime

    line = "Ohio Registered Pharmacist License #03-123456 — active"
    k = posting_knockouts("- Current, unrestricted Ohio pharmacist license required")[0]
    c = check(k, seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"LICENSES\n{bullet}{line}\n"))
    assert (c.status, c.resume) == ("met", line)


def _licence_check(sentence: str, resume: str):
    import datetime

    k = next(k for k in posting_knockouts(f"- {sentence}") if k.kind == "licence")
    return check(k, seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"LICENSES\n{resume}\n"))


@pytest.mark.parametrize("sentence, line", [
    ("Current Idaho PT license required", "Idaho Physical Therapist License #PT-8812 — active"),
    ("Current Idaho Physical Therapist license required", "Idaho PT License #PT-8812 — active"),
    ("Active Idaho physical therapy license required", "Idaho PT License — active"),
    ("Professional Engineer (PE) license required", "Professional Engineer, North Carolina #045678"),
    # an assistant's licence by its letters: "OTA", "SLPA" (a COTA's Ohio licence had been unknown)
    ("Active Ohio OTA license (or eligible for licensure by start date)",
     "Ohio Occupational Therapy Assistant license, exp. 2027"),
    ("Current Texas SLPA license required", "Texas Speech-Language Pathology Assistant license, active"),
])
def test_a_licence_is_met_by_any_name_the_taxonomy_gives_it(sentence, line):
    """A licence's name and a resume's are compared by the skill the taxonomy reads in both
    ("PT license" and "Physical Therapist License" are one), either way round."""
    c = _licence_check(sentence, line)
    assert (c.status, c.resume) == ("met", line)


@pytest.mark.parametrize("sentence, line", [
    ("Current Idaho PT license required", "Idaho Physical Therapist Assistant License — active"),
    ("Current Idaho PT license required", "Oregon Physical Therapist License — active"),
    ("Current Idaho PT license required", "Idaho Physical Therapist License — expired 2024"),
    ("Active Ohio OTA license", "Michigan Occupational Therapy Assistant license"),
    ("Active Ohio OTA license", "Ohio Occupational Therapy Assistant license - expired 2024"),
    # the assistant's licence is not the professional's, either way round
    ("Active Ohio OTA license", "Ohio Occupational Therapist license"),
    ("Active Ohio OT license", "Ohio Occupational Therapy Assistant license"),
    ("Current Texas SLP license required", "Texas SLPA license, active"),
])
def test_a_licence_named_otherwise_is_still_read_for_its_role_state_and_standing(sentence, line):
    assert _licence_check(sentence, line).status != "met"


@pytest.mark.parametrize("sentence, line", [
    ("Current Idaho PT license required", "Idaho Physical Therapist License — pending; NPTE passed October 2026"),
    ("Current Idaho Physical Therapist license required", "Idaho PT License — pending"),
    ("Professional Engineer (PE) license required", "PE exam: scheduled April 2027"),
    ("Professional Engineer (PE) license required", "Professional Engineer (PE) exam scheduled April 2027"),
])
def test_a_licence_named_otherwise_is_still_to_come_where_the_line_says_so(sentence, line):
    """The same licence, pending or its exam scheduled, in whichever of its names: not held
    (the checklist holds the score), quoted as still to come."""
    c = _licence_check(sentence, line)
    assert c.status == "unknown" and c.not_held and "still to come" in c.resume


def test_a_licence_with_a_way_in_the_posting_considers_is_to_check_naming_that_way():
    """"RRT required. CRT with RRT obtained within 12 months of hire may be considered": a CRT
    without the RRT is to check, the reason naming the way the posting offers (and the line that
    shows it), never a licence not held; the RRT itself still meets it."""
    [rrt] = [k for k in posting_knockouts(
        "- Registered Respiratory Therapist (RRT) credential from the NBRC required. CRT with RRT obtained "
        "within 12 months of hire may be considered.") if k.kind == "licence" and k.required]
    crt = seeker(text="Licenses\nCertified Respiratory Therapist (CRT), NBRC, 2026")
    c = check(rrt, crt)
    assert c.status == "unknown" and not c.not_held and not c.unnamed
    assert c.resume == ("the resume does not show Registered Respiratory Therapist (RRT) credential; the posting "
                        "offers another way: CRT with RRT obtained within 12 months of hire may be considered")
    # the RRT still to come is that way too: no licence said not held
    coming = check(rrt, seeker(text="Licenses\nCRT (NBRC), 2026\nRRT exam scheduled for January 2027"))
    assert coming.status == "unknown" and not coming.not_held and "offers another way" in coming.resume
    assert status(rrt, seeker(text="Licenses\nRegistered Respiratory Therapist (RRT), NBRC")) == "met"
    # with no way offered, the licence the job is done under is unnamed, as before
    [alone] = posting_knockouts("- Registered Respiratory Therapist (RRT) credential from the NBRC required.")
    assert check(alone, crt).unnamed == "Registered Respiratory Therapist (RRT) credential"


@pytest.mark.parametrize("sentence, line, said", [
    ("- Active Indiana pharmacist license, or eligible for licensure by reciprocity through NABP before the start date",
     "Illinois Registered Pharmacist License, active (exp. 03/2028)",
     "the resume holds an Illinois pharmacist license, not Indiana's (Illinois Registered Pharmacist License, active "
     "(exp. 03/2028)); the posting accepts licensure by reciprocity"),
    ("- Colorado Journeyman Electrician license required (or a journeyman license from a reciprocal state, with "
     "Colorado license obtained within 90 days)", "Texas Journeyman Electrician License #JW-1 - active",
     "the resume holds a Texas Journeyman Electrician license, not Colorado's (Texas Journeyman Electrician License "
     "#JW-1 - active); the posting accepts a journeyman license from a reciprocal state"),
    ("- Professional Engineer (PE) license in North Carolina, or ability to obtain NC PE by comity within 6 months",
     "Professional Engineer (PE), Virginia #0402-1 - active",
     "the resume holds a Virginia Professional Engineer (PE), not North Carolina's (Professional Engineer (PE), "
     "Virginia #0402-1 - active); the posting accepts licensure by comity"),
    ("- Active Indiana pharmacist license required", "Illinois Pharmacist License, active",
     "the resume holds an Illinois pharmacist license, not Indiana's (Illinois Pharmacist License, active); "
     "to check whether the posting takes it"),
    # the asked state's code for the class ("6-20", Florida's) is no name of the Texas licence held
    ("- Active Florida 6-20 All-Lines Adjuster license required", "Texas All-Lines Adjuster License (resident), active",
     "the resume holds a Texas All-Lines Adjuster license, not Florida's (Texas All-Lines Adjuster License "
     "(resident), active); to check whether the posting takes it"),
    # the one of the names asked that the line shows, and no field it does not name
    ("- Arizona Substitute Certificate or any valid Arizona teaching certificate",
     "California Multiple Subject Teaching Credential (Clear)", "the resume holds a California teaching certificate, "
     "not Arizona's (California Multiple Subject Teaching Credential (Clear)); to check whether the posting takes it"),
    ("- Valid Texas Educator Certificate in Mathematics 7-12", "California Multiple Subject Teaching Credential "
     "(Clear)", "the resume holds a California Educator Certificate, not Texas's (California Multiple Subject "
     "Teaching Credential (Clear)); to check whether the posting takes it"),
])
def test_a_licence_held_in_another_state_is_to_check_saying_what_is_held_and_the_way_offered(sentence, line, said):
    """An Illinois pharmacist on an Indiana job: the check says what the resume holds and the way
    the posting takes ("licensure by reciprocity"), not that it shows no Indiana licence; to
    check, holding the score only where the posting names no way (``other_state``)."""
    k = next(k for k in posting_knockouts(sentence) if k.kind == "licence" and k.required)
    c = check(k, seeker(text=f"Licenses\n{line}\n"))
    assert (c.status, c.resume, c.not_held, c.unnamed) == ("unknown", said, False, "")
    assert c.other_state == said.endswith("to check whether the posting takes it")


@pytest.mark.parametrize("sentence, line, status", [
    # a UK HGV driver's "Driving licence categories: B, C, C+E" did not show "Full UK driving licence (Category
    # C+E)": the licence the job is done under, unnamed, held the score
    ("- Full UK driving licence (Category C+E)", "Driving licence categories: B, C, C+E", "met"),
    ("- Full UK driving licence", "Full clean driving licence (C+E)", "met"),
    ("- Full UK driving licence (Category C+E)", "Driving licence: Category B only", "unknown"),
    # another country's is not the UK's
    ("- Full UK driving licence", "Polish driving licence (Cat B)", "unknown"),
])
def test_a_driving_licence_that_names_no_country_is_the_uk_one_asked(sentence, line, status):
    k = next(k for k in posting_knockouts(sentence) if k.kind == "licence" and k.required)
    assert check(k, seeker(text=f"Licences\n{line}\n")).status == status


@pytest.mark.parametrize("sentence, line, status", [
    # the posting takes the state held in words of its own: an Oregon hygienist had been held as licensed in
    # another state than the one asked
    ("- Current Washington State dental hygiene license (or Oregon licensed, willing to obtain WA)",
     "Oregon Dental Hygiene License - Expanded Practice Permit (EPDH)", "met"),
    ("- Active Idaho PT license, or an Oregon license with Idaho licensure in progress",
     "Oregon Physical Therapist License - active", "met"),
    # another state than the one offered is still to check
    ("- Current Washington State dental hygiene license (or Oregon licensed, willing to obtain WA)",
     "California Dental Hygiene License - active", "unknown"),
])
def test_a_licence_of_a_state_the_posting_offers_besides_meets_it(sentence, line, status):
    k = next(k for k in posting_knockouts(sentence) if k.kind == "licence" and k.required)
    c = check(k, seeker(text=f"Licenses\n{line}\n"))
    assert c.status == status, c
    assert c.other_state == (status != "met")


@pytest.mark.parametrize("asked, heading, line, status", [
    ("Admission to the Illinois bar, or admission in another state and eligibility to be admitted on motion",
     "BAR ADMISSIONS", "Illinois (2024); New York (2021); U.S. District Court, N.D. Ill.", "met"),
    ("Admitted to practice law in New York", "BAR ADMISSIONS", "New York, 2019", "met"),
    ("Active bar membership in good standing required", "Bar Admissions", "State Bar of California (active)", "met"),
    ("Member in good standing of the State Bar of California", "BAR ADMISSION", "California, 2018", "met"),
    ("Licensed to practice law in Texas", "Admissions", "Texas (2020)", "met"),
    ("Admitted to practice law in New York", "ADMISSIONS", "New Jersey, 2019", "unknown"),   # another state
    ("Admitted to practice law in New York", "EDUCATION", "New York University, B.A. 2015", "unknown"),
])
def test_a_line_under_a_bar_admissions_heading_shows_the_bar_admission_asked(asked, heading, line, status):
    """"New York, 2019" under "BAR ADMISSIONS" is an admission to the New York bar: it meets
    "Admitted to practice law in New York" and is quoted; another state's is to check, and a
    line under another heading says nothing of a bar."""
    k = one_licence(asked)
    c = check(k, seeker(text=f"{heading}\n{line}\n"))
    assert c.status == status
    if status == "met":
        assert c.resume == line


def one_licence(sentence):
    [k] = [k for k in posting_knockouts(f"- {sentence}") if k.kind == "licence" and k.required]
    return k


def test_a_bar_admission_in_another_state_names_it_and_admission_on_motion():
    k = one_licence("Admission to the Illinois bar, or admission in another state and eligibility to be admitted "
                    "on motion in Illinois")
    c = check(k, seeker(text="BAR ADMISSIONS\nNew York (2021); U.S. District Court, S.D.N.Y. and E.D.N.Y.\n"))
    assert c.resume == ("the resume holds Admission to the New York bar, not Illinois's (New York (2021); U.S. "
                        "District Court, S.D.N.Y. and E.D.N.Y.); the posting accepts admission on motion")


@pytest.mark.parametrize("sentence, line", [
    ("Active New York State Real Estate Salesperson license (or currently completing the 77-hour pre-licensing "
     "course)", "Currently completing the 77-hour NYS real estate salesperson pre-licensing course (exam in "
     "January 2027)."),
    ("Active real estate salesperson license, or enrolled in a pre-licensing course",
     "Real estate salesperson license: pre-licensing course in progress, exam scheduled March 2027"),
    ("Texas All Lines Adjuster license required, or currently working toward it",
     "Texas All Lines Adjuster license (pending)"),
    ("Series 7 license (or currently studying for the exam)", "Series 7: exam scheduled February 2027"),
])
def test_a_licence_still_to_come_on_the_route_the_posting_offers_meets_it(sentence, line):
    """"Licence (or currently completing the course)": a resume on that route is whom the posting
    invites, met, quoting the line, and no hold."""
    c = _licence_check(sentence, line)
    assert (c.status, c.resume, c.not_held) == ("met", line, False)


@pytest.mark.parametrize("sentence, line", [
    ("FINRA Series 7 and Series 66 licenses (must obtain within 90 days of hire)",
     "Licenses: SIE (passed October 2026); Series 7 and Series 66 not yet taken."),
    ("Real estate salesperson license must be obtained within 60 days of hire",
     "Real estate salesperson license: exam scheduled January 2027"),
    ("CPA license required within 12 months of hire", "CPA exam: two of four parts passed, CPA candidate"),
    ("Real estate salesperson license (or ability to obtain within 90 days of hire)",
     "Real estate salesperson license: exam scheduled January 2027"),
])
def test_a_licence_to_be_had_after_hire_is_no_hold_on_one_still_to_come(sentence, line):
    """"Must obtain within 90 days of hire" is a condition after hiring: no required knock-out (or, offered in
    place of the licence, one to check), and a resume that says the licence is still to come is not held back."""
    import datetime

    ks = [k for k in posting_knockouts(f"- {sentence}") if k.kind == "licence"]
    assert ks and all(not k.required or k.alternatives for k in ks)
    s = seeker(Credentials(today=datetime.date(2026, 11, 30)), text=f"LICENSES\n{line}\n")
    for k in ks:
        c = check(k, s)
        assert c is None or c.status in ("met", "unknown") and not c.not_held, (k.name, c)


@pytest.mark.parametrize("sentence, line", [
    ("Active New York State Real Estate Salesperson license required",
     "Currently completing the 77-hour NYS real estate salesperson pre-licensing course."),
    ("Series 7 license required", "Series 7: exam scheduled February 2027"),
    ("Series 7 license required, or a CFP designation", "Series 7: exam scheduled February 2027"),
])
def test_a_licence_still_to_come_where_no_route_is_offered_still_holds(sentence, line):
    c = _licence_check(sentence, line)
    assert c.status == "unknown" and c.not_held


@pytest.mark.parametrize("sentence, line", [
    ("Active Florida 6-20 All Lines Adjuster license required", "Texas All Lines Adjuster License #2384711 (active)"),
    ("Current Ohio RN license required", "Registered Nurse (RN), Michigan, exp. 2028"),
    ("Active Colorado Journeyman Electrician license required", "Texas Journeyman Electrician License #12345"),
    ("Valid Arizona Real Estate Salesperson license", "New York Real Estate Salesperson License, active"),
])
def test_a_states_licence_held_in_another_state_only_holds(sentence, line):
    """A state's licence asked, the resume's the same licence of another state, no reciprocity stated: not the
    licence asked, said so, and the checklist holds the score (``other_state``)."""
    c = _licence_check(sentence, line)
    assert (c.status, c.other_state) == ("unknown", True)
    assert line in c.resume and "to check whether the posting takes it" in c.resume


@pytest.mark.parametrize("sentence, line, status", [
    ("Active Ohio RN license or multistate compact license", "Registered Nurse (RN), Michigan, exp. 2028",
     "unknown"),
    ("Active Colorado Journeyman Electrician license required (or a journeyman license from a reciprocal state)",
     "Texas Journeyman Electrician License #12345", "unknown"),
    ("Active Florida 6-20 All Lines Adjuster license (or ability to obtain within 90 days)",
     "Texas All Lines Adjuster License #2384711 (active)", "unknown"),
    ("Active Ohio RN license required", "Multistate RN license (compact), Kentucky", "unknown"),
    ("Active Florida 6-20 All Lines Adjuster license required",
     "Florida 6-20 All-Lines Adjuster License (W123456), active", "met"),
    ("All Lines Adjuster license required", "Texas All Lines Adjuster License #2384711 (active)", "met"),
    ("Active Florida 6-20 All Lines Adjuster license required", "Inside Claims Representative, USAA, 2019 - 2022",
     "unknown"),
])
def test_another_states_licence_where_the_posting_takes_it_or_none_is_asked_is_no_hold(sentence, line, status):
    c = _licence_check(sentence, line)
    assert (c.status, c.other_state) == (status, False)


@pytest.mark.parametrize("line, status", [
    ("Colorado Journeyman Plumber License #JW.012345", "met"),
    ("Master Plumber License, Colorado #MP.004411", "met"),
    ("State of Ohio Journeyman Electrician License #EL-44821 (exp. 2026)", "unknown"),
    ("Ohio Residential Electrician (apprentice hours complete, journeyman exam scheduled Aug)", "unknown"),
])
def test_a_trades_grades_asked_are_that_trades_licences(line, status):
    """"Colorado Journeyman or Master Plumber license": another trade's journeyman licence is no plumber's held in
    another state, nor is its exam a plumber's licence to come."""
    c = _licence_check("Colorado Journeyman or Master Plumber license required", line)
    assert (c.status, c.other_state, c.not_held) == (status, False, False)
    assert status == "met" or c.resume == "the resume does not show Colorado Journeyman or Master Plumber license"


@pytest.mark.parametrize("line", ["B.A. Political Science, Georgia State University, 2019",
                                  "Bachelor of Arts in English, 2018"])
def test_a_degree_offered_with_years_in_place_of_a_certificate_meets_its_knockout(line):
    """"Paralegal certificate ..., or a bachelor's degree and 2 years of paralegal experience": a bachelor's in
    any field meets the licence knock-out (the years are the years knock-out's)."""
    sentence = ("Paralegal certificate from an ABA-approved program, or a bachelor's degree and 2 years of "
                "paralegal experience")
    ks = [k for k in posting_knockouts(f"- {sentence}") if k.kind in ("licence", "degree") and k.required]
    s = _resume(f"Experience\nParalegal, Georgia Legal Aid, 2020 - present\nEducation\n{line}\n")
    assert ks and all(status(k, s) == "met" for k in ks)
    assert status(ks[0], _resume("Experience\nParalegal, Georgia Legal Aid, 2020 - present\n")) == "unknown"


def test_a_resume_on_neither_the_licence_nor_the_course_offered_leaves_the_licence_unnamed():
    """A course under way is something a resume says: one that names neither still leaves the licence unnamed
    (the checklist holds the score where it is the job's own), as "or eligible" does not."""
    c = _licence_check("Active New York State Real Estate Salesperson license (or currently completing the 77-hour "
                       "pre-licensing course)", "Notary Public, New York, active")
    assert c.status == "unknown" and c.unnamed and not c.not_held


# Walk-through thirty-seven: the ATP is the licence an airline's first officer flies under; an
# airman certificate of a lower grade is no ATP.
def test_an_airline_pilots_certificate_is_a_licence_knockout_either_grade_meets_when_both_are_asked():
    [k] = [k for k in posting_knockouts("Minimum Qualifications\n- FAA Airline Transport Pilot (ATP) certificate "
                                        "or Restricted ATP (R-ATP)\n") if k.kind == "licence"]
    assert k.required and len(k.alternatives) == 2
    atp = seeker(text="Certificates\nFAA Airline Transport Pilot (ATP) Certificate - Airplane Multi-Engine Land")
    assert status(k, atp) == "met"
    for held in ("FAA Restricted ATP (R-ATP) Certificate, AMEL", "R-ATP, CFI, CFII", "ATP, CFI, CFII, MEI"):
        assert status(k, seeker(text=f"Certificates\n{held}")) == "met", held
    student = seeker(text="Certificates: Private Pilot (ASEL), Instrument Rating, Commercial Pilot (in progress, "
                          "checkride scheduled Jan 2027). FAA Second-Class Medical.")
    assert status(k, student) == "unknown"
    # the full certificate asked alone is not met by the restricted one, nor by a molecule's letters
    [full] = [k for k in posting_knockouts("- ATP certificate required\n") if k.kind == "licence"]
    assert status(full, seeker(text="Certificates\nR-ATP, CFI, CFII, MEI")) == "unknown"
    assert status(full, seeker(text="Skills\nATP assays, ATP levels in cell culture")) == "unknown"
    # and the full one shows a commercial pilot's certificate, never the reverse
    [commercial] = [k for k in posting_knockouts("- FAA Commercial Pilot certificate required\n")
                    if k.kind == "licence"]
    assert status(commercial, atp) == "met"
    assert status(k, seeker(text="Certificates\nFAA Commercial Pilot certificate, AMEL")) == "unknown"


@pytest.mark.parametrize("held, universal, type_two", [
    ("EPA Section 608 Universal Certification", "met", "met"),
    ("EPA 608 Type I, II and III certified", "met", "met"),
    ("EPA 608 Type I and II", "unknown", "met"),
    ("EPA Section 608 Type II certification", "unknown", "met"),
    ("EPA Section 608 Type I certification (small appliances)", "unknown", "unknown"),
    ("Type II diabetes educator; EPA 608 Type I", "unknown", "unknown"),
])
def test_epa_608_universal_holds_every_type_and_a_type_holds_only_itself(held, universal, type_two):
    [asks_universal] = [k for k in posting_knockouts("- EPA 608 Universal certification required\n")
                        if k.kind == "licence"]
    [asks_type_two] = [k for k in posting_knockouts("- EPA Section 608 Type II certification required\n")
                       if k.kind == "licence"]
    resume = seeker(text=f"Certifications\n{held}")
    assert (status(asks_universal, resume), status(asks_type_two, resume)) == (universal, type_two)


def test_a_lower_grade_the_posting_takes_in_brackets_meets_it():
    [k] = [k for k in posting_knockouts("- EPA Section 608 Universal certification (Type II at minimum) required\n")
           if k.kind == "licence"]
    assert k.name == "EPA Section 608 Universal certification"
    assert status(k, seeker(text="Certifications\nEPA 608 Type II certified")) == "met"
    assert status(k, seeker(text="Certifications\nEPA 608 Type I certified")) == "unknown"
    [cdl] = [k for k in posting_knockouts("- Class A CDL (at least Class B) required\n") if k.kind == "licence"]
    assert status(cdl, seeker(text="Licenses\nClass B CDL, Texas")) == "met"
    # a bracket that names no lower grade offers none
    [plain] = [k for k in posting_knockouts("- EPA 608 Universal certification (required at hire)\n")
               if k.kind == "licence"]
    assert plain.alternatives == []


@pytest.mark.parametrize("sentence, stage, held, short", [
    ("CFA charter required (or Level III candidate)", "CFA Level II", "CFA Level III Candidate",
     "CFA Level II Candidate"),
    ("CFA charterholder or CFA Level II candidate required", "CFA Level I", "CFA Level II Candidate",
     "CFA Level I Candidate"),
    ("CFA charter (or Level 2) required", "CFA Level II", "Passed CFA Level II, 2024", "Passed CFA Level I"),
])
def test_a_stage_of_a_credential_the_posting_takes_in_its_place_meets_it(sentence, stage, held, short):
    """"CFA charter required (or Level III candidate)": the bracket's stage is an alternative, as a resume holds
    it (a candidate for a level has passed the one below), met by a Level III candidate (to check before), not
    by a candidate for the level below."""
    [k] = [k for k in posting_knockouts(f"- {sentence}\n") if k.kind == "licence"]
    assert k.alternatives[-1] == stage
    assert status(k, seeker(text=f"Certifications\n{held}")) == "met"
    assert status(k, seeker(text=f"Certifications\n{short}")) == "unknown"


# The Nurse Licensure Compact: a nurse's licence of a member state may be a multistate one, which counts in
# every other member; the resume seldom says which.
@pytest.mark.parametrize("sentence, line", [
    ("Active Florida RN license required", "RN, Texas Board of Nursing"),
    ("Current Ohio RN license required", "Registered Nurse (RN), Kentucky, exp. 2028"),
    ("Active Florida LPN license required", "LPN, Georgia Board of Nursing"),
    ("Active Virginia RN license", "Registered Nurse - North Carolina, active"),
])
def test_a_nurses_licence_of_another_compact_state_is_to_check_naming_the_compact(sentence, line):
    c = _licence_check(sentence, line)
    assert (c.status, c.other_state) == ("unknown", False)
    assert "are both in the Nurse Licensure Compact: to check whether the resume's licence is a multistate one" \
        in c.resume


@pytest.mark.parametrize("sentence, line", [
    ("Active Florida RN license required", "RN, California Board of Registered Nursing"),   # CA is no member
    ("Active California RN license required", "RN, Texas Board of Nursing"),               # nor is the state asked
    ("Current Texas RN license required", "Registered Nurse, Illinois, active"),
    ("Active New York RN license required", "RN, Florida Board of Nursing"),
    # the compact covers no advanced practice nurse, nor a licence of another kind
    ("Active Florida nurse practitioner license required", "Nurse Practitioner (FNP-C), Georgia"),
    ("Active Colorado Journeyman Electrician license required", "Texas Journeyman Electrician License #12345"),
])
def test_a_licence_outside_the_compact_held_in_another_state_still_holds(sentence, line):
    c = _licence_check(sentence, line)
    assert (c.status, c.other_state) == ("unknown", True)
    assert "Compact" not in c.resume


def test_a_posting_taking_the_compact_and_a_line_saying_multistate_name_it_too():
    offered = _licence_check("Active Florida RN license or multistate compact license", "RN, Texas Board of Nursing")
    assert (offered.status, offered.other_state) == ("unknown", False)
    assert offered.resume.endswith("the posting accepts multistate compact license; Texas and Florida are both in "
                                   "the Nurse Licensure Compact: to check whether the resume's licence is a "
                                   "multistate one")
    said = _licence_check("Active Ohio RN license required", "Multistate RN license (compact), Kentucky")
    assert said.resume.endswith("; Kentucky and Ohio are both in the Nurse Licensure Compact")


# Walk-through 38: a flight instructor's certificates are licences; the instrument and multi-engine
# instructor's hold the instructor's, never the reverse.
@pytest.mark.parametrize("held, cfi, cfii", [
    ("Certified Flight Instructor (CFI), CFII", "met", "met"),
    ("CFI, CFII, MEI", "met", "met"),
    ("FAA Flight Instructor Certificate - Airplane Single-Engine", "met", "unknown"),
    ("CFI-I, MEI", "met", "met"),
    ("MEI", "met", "unknown"),
    ("Commercial Pilot, Instrument Rating (CFI checkride scheduled March 2027)", "unknown", "unknown"),
    ("Private Pilot Certificate", "unknown", "unknown"),
])
def test_a_flight_instructors_certificates_meet_their_knockouts(held, cfi, cfii):
    [asks_cfi] = [k for k in posting_knockouts("Requirements\n- Current CFI required\n") if k.kind == "licence"]
    [asks_cfii] = [k for k in posting_knockouts("Requirements\n- Must hold a current CFII\n") if k.kind == "licence"]
    s = seeker(text=f"Certificates\n{held}")
    assert (status(asks_cfi, s), status(asks_cfii, s)) == (cfi, cfii)


def test_a_way_in_an_item_of_its_own_is_to_check_never_held():
    """"- RRT ... required" / "- CRT will be considered with RRT obtained within 12 months of hire": a CRT without
    the RRT is to check, the way named, as where one sentence says both (walk-through 38)."""
    [rrt] = [k for k in posting_knockouts("Requirements\n- Registered Respiratory Therapist (RRT) credential from the "
                                          "NBRC required\n- CRT will be considered with RRT obtained within 12 months "
                                          "of hire\n") if k.kind == "licence" and k.required]
    c = check(rrt, seeker(text="Licenses\nCertified Respiratory Therapist (CRT), NBRC, 2024"))
    assert (c.status, c.not_held, c.unnamed) == ("unknown", False, "")
    assert c.resume.endswith("the posting offers another way: CRT will be considered with RRT obtained within 12 "
                             "months of hire")


# Walk-through thirty-nine: the credentials allied-health and trade jobs are done under, read from
# the posting's line and found on the resume's, whatever its other words.
@pytest.mark.parametrize("sentence, held, not_held", [
    ("NABCEP PV Associate (PVA) credential or higher",
     ["NABCEP PV Associate (PVA), 2023", "NABCEP PV Installation Professional (PVIP) #1234", "NABCEP Associate"],
     ["Journeyman Electrician, California", "PVA glue and adhesives", "NABCEP PV Associate (exam scheduled)"]),
    ("Registered Dietitian Nutritionist (RD/RDN) credential with the Commission on Dietetic Registration (CDR)",
     ["MS, RDN, LD", "Registered Dietitian (RD), CDR #889911", "RD/LDN, Colorado"],
     ["Dietetic Technician, Registered (NDTR), Commission on Dietetic Registration", "1200 OAK RD, DENVER CO",
      "Dietetic intern, ACEND-accredited program"]),
    ("Current CST certification through the NBSTSA (required)",
     ["Certified Surgical Technologist (CST), NBSTSA", "CST, BLS"],
     ["Available 7am-7pm CST", "Sterile Processing Technician (CRCST)"]),
    ("NBCOT certification (OTR)",
     ["NBCOT Registered Occupational Therapist (OTR), 2021", "OTR/L, NBCOT #12345", "NBCOT certified OTR"],
     ["NBCOT certified, COTA, since 2020", "CDL-A, 3 years OTR", "Certified Occupational Therapy Assistant"]),
    ("Current North Carolina massage and bodywork therapist license (LMBT), in good standing",
     ["North Carolina LMBT #12345, active", "Licensed Massage and Bodywork Therapist, North Carolina"],
     ["Front Desk Associate, YMCA of Western North Carolina", "LMBT #12345",
      "Licensed Massage Therapist, South Carolina"]),
])
def test_a_credential_the_job_is_done_under_is_read_and_found(sentence, held, not_held):
    for line in held:
        assert _licence_check(sentence, line).status == "met", line
    for line in not_held:
        assert _licence_check(sentence, line).status == "unknown", line


@pytest.mark.parametrize("line, status", [
    ("Ohio Occupational Therapist license (OTR/L) #OT.012345", "met"),
    ("Ohio OT License #OT.0123, active", "met"),
    ("Ohio Occupational Therapy License", "met"),
    ("Ohio Occupational Therapy Assistant license (COTA/L), active", "unknown"),
    ("Michigan Occupational Therapist license", "unknown"),
])
def test_a_state_ot_license_is_shown_spelled_out_or_short_never_by_an_assistants(line, status):
    for sentence in ("Current Ohio OT license (OTR/L) or eligibility for Ohio licensure",
                     "Current Ohio occupational therapist license required"):
        assert _licence_check(sentence, line).status == status, (sentence, line)


@pytest.mark.parametrize("line, held", [
    ("NREMT-P, exp. 03/2027", True),
    ("EMT-P (National Registry), 2020", True),
    ("NREMT EMT-Basic, exp. 03/2027", False),
    ("Firefighter / EMT-B", False),
])
def test_the_registrys_paramedic_by_its_letters_is_no_emt_basic(line, held):
    """"Current Arizona Paramedic certification or NREMT-P" was read as asking "NREMT" (the letters cut at their
    dash), which a firefighter's "NREMT EMT-Basic" held, "to check it is Arizona's": an EMT-Basic is no paramedic,
    and "NREMT-P" and "EMT-P" name the paramedic (still read as needing Arizona's, which a national one does not)."""
    from matcher.resumes.licences import credential_ids

    check_ = _licence_check("Current Arizona Paramedic certification or NREMT-P", line)
    assert check_.status == "unknown"
    assert ("does not show" not in check_.resume and line in check_.resume) is held, check_.resume
    assert ("paramedic" in credential_ids(line)) is held


@pytest.mark.parametrize("line, status", [
    ("CDL Class A with HAZMAT and tanker endorsements", "met"),
    ("Class A CDL, clean MVR", "met"),
    ("Tennessee Commercial Driver License, Class B - Passenger (P) and School Bus (S) endorsements", "unknown"),
    ("Tennessee CDL Class B with P and S endorsements.", "unknown"),
])
def test_a_licence_asked_in_a_grade_its_bracket_names_is_not_met_by_a_lower_grade(line, status):
    """"Valid Class A Commercial Driver's License (CDL-A)" was met by a school bus driver's Class B licence:
    the name without its bracket ("Commercial Driver's License") was taken as a form of it, as a bracket
    saying whose it is or spelling it out is left off; a bracket naming a grade of the credential the rest
    names (CDL-A, which implies a CDL) asks that grade."""
    assert _licence_check("Valid Class A Commercial Driver's License (CDL-A)", line).status == status, line


@pytest.mark.parametrize("line, status", [
    ("Hazardous Materials Operations", "met"),
    ("Hazmat Ops level, 2019", "met"),
    ("Hazmat Awareness", "unknown"),                    # a lower level
    ("CDL-A with Hazmat endorsement", "unknown"),       # a driver's endorsement
])
def test_a_hazmat_level_asked_is_read_whole(line, status):
    """A firefighter posting's 'Hazmat Operations certification' asked 'Hazmat' (the CDL's endorsement), so a
    firefighter listing 'Hazardous Materials Operations' read 'the resume does not show Hazmat' and the row
    partial 0.40; the level after Hazmat is the credential's name."""
    assert _licence_check("Hazmat Operations certification", line).status == status, line


@pytest.mark.parametrize("sentence, line", [
    ("ARRT certification in Radiography, ARRT (R), required",
     "Eligible to sit for the ARRT Radiography exam in June 2027."),
    ("ARRT certification in Radiography, ARRT (R), required", "Will sit for the ARRT (R) exam in July 2027"),
    ("Current CST certification through the NBSTSA (required)", "Eligible to take the NBSTSA CST exam in May 2027"),
])
def test_eligible_to_sit_the_exam_is_a_licence_still_to_come(sentence, line):
    """Walk-through 39 B #10: a student eligible to sit the exam holds no registration yet."""
    c = _licence_check(sentence, line)
    assert c.status == "unknown" and c.not_held and "still to come" in c.resume


# Walk-through 40 B #10: the licences personal-service and court-reporting jobs are done under, each its
# own: a barber's is no cosmetologist's (the "Class A" and "TDLR" they share show nothing), another
# state's is not met, and the licence's short name with its number is.
@pytest.mark.parametrize("sentence, held, not_held", [
    ("Current Texas Class A Cosmetology Operator License (TDLR)",
     ["Texas Class A Cosmetology Operator License, TDLR #1784432 (active, exp. 2027)",
      "Texas Cosmetology Operator #123456", "Licensed Cosmetologist, Texas (TDLR #1784432)",
      "Texas Cosmetology License #123456, active"],
     ["Texas Class A Barber License (TDLR), active", "Texas Esthetician License (TDLR) #55512",
      "California Cosmetology License (Board of Barbering and Cosmetology), #KK 612044, active",
      "Ogle School of Hair, Skin & Nails, Austin TX - Cosmetology program (1500 hours), 2017",
      "Texas Manicurist License #5567", "Cosmetology student, Texas, expected 2027"]),
    ("Texas Class A Barber License required",
     ["Texas Class A Barber License (TDLR), active", "Licensed Barber, Texas #88812"],
     ["Texas Class A Cosmetology Operator License, TDLR #1784432", "Texas Barber College, 2015"]),
    ("Active California Esthetician License issued by the Board of Barbering and Cosmetology (required)",
     ["California Esthetician License #Z 12345", "Licensed Esthetician, California, #Z 12345"],
     ["California Cosmetology License (Board of Barbering and Cosmetology), #KK 612044, active",
      "California Barber License #B 1234", "Texas Esthetician License (TDLR) #55512"]),
    ("Current Texas Manicurist License required",
     ["Texas Manicurist License #5567", "Licensed Nail Technician, Texas #5567"],
     ["Texas Class A Barber License (TDLR), active", "Florida Nail Specialist License #FV 12345"]),
    ("Valid California Certified Shorthand Reporter (CSR) license",
     ["California CSR #14021", "Certified Shorthand Reporter, California, CSR No. 14021",
      "CSR License #14021 (California)"],
     ["Registered Professional Reporter (RPR), NCRA", "Bilingual CSR, Comcast, Sacramento, California, 2019 - 2021",
      "Texas CSR #8812", "Court reporting student, 180 WPM, California"]),
])
def test_a_licence_of_personal_services_is_its_own_trades(sentence, held, not_held):
    for line in held:
        assert _licence_check(sentence, line).status == "met", line
    for line in not_held:
        assert _licence_check(sentence, line).status == "unknown", line


# The licence asked named with no state at all is named: to check it is the state's, quoted, and no licence
# the resume "does not name" (which would hold the score as the job's own).
@pytest.mark.parametrize("sentence, line", [
    ("Current Texas Class A Cosmetology Operator License (TDLR)", "Cosmetology Operator #123456"),
    ("Valid California Certified Shorthand Reporter (CSR) license", "CSR #14021"),
    ("Current North Carolina massage and bodywork therapist license (LMBT), in good standing", "LMBT #12345"),
    ("Current Texas RN license required", "RN License #12345, active"),
])
def test_the_licence_named_with_no_state_is_to_check_not_unnamed(sentence, line):
    c = _licence_check(sentence, line)
    assert (c.status, c.unnamed, c.other_state, c.elsewhere) == ("unknown", "", False, line)
    assert "names no state" in c.resume


# Walk-through 40 B #6: the apprentice route a posting offers in place of its licence is met by a line that
# shows the person an apprentice of the trade now, however the board or the trade writes it; not by a
# student, a past apprenticeship, one sought, another state's or another trade's.
_FUNERAL = ("Ohio Funeral Director and Embalmer license, or currently registered as an apprentice with the Ohio Board "
            "of Embalmers and Funeral Directors")


@pytest.mark.parametrize("sentence, line, expected", [
    (_FUNERAL, "Registered Embalmer and Funeral Director Apprentice, Ohio Board of Embalmers and Funeral Directors "
               "(since August 2025)", "met"),
    (_FUNERAL, "Registered Funeral Director Apprentice, Ohio Board of Embalmers and Funeral Directors (2025)", "met"),
    (_FUNERAL, "Embalmer/Funeral Director Apprentice, Columbus, Ohio, 2025 - present", "met"),
    (_FUNERAL, "Apprentice embalmer, Schoedinger Funeral Service, Columbus (since 2025)", "met"),
    (_FUNERAL, "Funeral Service Apprentice, Miller Funeral Home, Dayton, OH, June 2025 - Present", "met"),
    (_FUNERAL, "Registered apprentice (funeral directing), Ohio, 2025", "met"),
    (_FUNERAL, "Embalmer Apprentice, Ohio (since 2025); completed 25 cases under a licensed embalmer", "met"),
    (_FUNERAL, "Completed funeral service apprenticeship, Ohio, 2014", "unknown"),
    (_FUNERAL, "Cincinnati College of Mortuary Science: studying mortuary science, expected May 2027", "unknown"),
    (_FUNERAL, "Funeral Service Apprentice — Miller-Stoltz Funeral Home, Springfield, OH — 2012 to 2014", "unknown"),
    (_FUNERAL, "Seeking a funeral director apprenticeship in central Ohio", "unknown"),
    (_FUNERAL, "Registered Funeral Director Apprentice, Kentucky Board of Embalmers and Funeral Directors", "unknown"),
    (_FUNERAL, "Electrical Apprentice, IBEW Local 683, Columbus, Ohio, 2024 - present", "unknown"),
    (_FUNERAL, "Trained and supervised apprentices, Smith Funeral Home, Ohio", "unknown"),
    ("Valid Ohio Journeyman Electrician license or registered apprentice",
     "Electrical Apprentice, registered with the State, 2024 - present", "met"),
    ("Valid Ohio Journeyman Electrician license or registered apprentice",
     "Apprentice Plumber, Ohio registration #44712", "unknown"),
    ("Ohio Plumber license, or registered as an apprentice plumber with the State (required)",
     "Apprentice Plumber, Ohio registration #44712", "met"),
    ("Ohio Plumber license, or registered as an apprentice plumber with the State (required)",
     "Plumbing apprentice, Local 50, Toledo, Ohio, 2023 - present", "met"),
    # no apprentice route: the apprentices are those the licence holder leads
    ("Master or Journeyman Electrician license required to supervise apprentices",
     "Electrical Apprentice, registered with the State, 2024 - present", "unknown"),
    # nor, with no route, does an apprentice's line meet the licence by the words they share
    ("Ohio Funeral Director and Embalmer license required",
     "Registered Funeral Director Apprentice, Ohio Board of Embalmers and Funeral Directors (2025)", "unknown"),
    ("Valid Ohio Plumber license required", "Apprentice Plumber, Ohio registration #44712", "unknown"),
    ("Valid Ohio Plumber license required", "Licensed Plumber, Ohio registration #44712; trains apprentices", "met"),
])
def test_an_apprentice_route_is_met_by_an_apprentice_of_the_trade_now(sentence, line, expected):
    assert _licence_check(sentence, line).status == expected, line


def test_one_held_beside_an_exam_to_sit_for_another_kind_is_held():
    assert _licence_check("ARRT certification in Radiography, ARRT (R), required",
                          "ARRT (R), registered 2019; eligible to sit for the CT exam").status == "met"
    # another kind's exam to come, written in brackets, is no radiography still to come
    c = _licence_check("ARRT certification in Radiography, ARRT (R), required", "ARRT (CT) exam scheduled 2027")
    assert c.status == "unknown" and not c.not_held


@pytest.mark.parametrize("resume, status", [
    ("Working With Children Check - WWC1234567E (current)\nNational Police Certificate - 2026", "met"),
    ("National Police Certificate - 2026\nWorking With Children Check - WWC1234567E (current)", "met"),
    ("Current Working With Children Check and National Police Certificate", "met"),
    ("National Police Certificate - 2026", "unknown"),
    ("Working With Children Check - WWC1234567E (current)", "unknown"),
])
def test_two_credentials_asked_in_one_line_are_met_by_two_lines_each_naming_one(resume, status):
    """Walk-through 39 B #8: the knock-out wanted one line naming both."""
    c = _licence_check("Current Working With Children Check and National Police Certificate", resume)
    assert c.status == status


def test_one_of_two_credentials_still_to_come_is_to_come_and_one_name_with_and_inside_is_one():
    c = _licence_check("Current Working With Children Check and National Police Certificate",
                       "Working With Children Check - WWC1234567E (current)\n"
                       "National Police Certificate - applied for, pending")
    assert c.status == "unknown" and c.not_held and "pending" in c.resume
    # "Airframe and Powerplant" is one certificate: an airframe certificate alone shows none
    assert _licence_check("FAA Airframe and Powerplant (A&P) certificate required",
                          "FAA Airframe certificate").status == "unknown"
    # nor is a noun alone before "and" a credential of its own
    from matcher.resumes.licences import licence_line

    line = "Certificate and License in Cosmetology, Texas"
    assert licence_line("Certificate and License in Cosmetology", [line]) == line


@pytest.mark.parametrize("sentence, line, status", [
    ("ARRT (MR) certification required", "ARRT (R)(CT), 2019", "unknown"),
    ("ARRT (MR) certification required", "ARRT (R), 2019", "unknown"),
    ("ARRT (CT) certification required", "ARRT (R), 2019", "unknown"),
    ("ARRT (CT) certification required", "ARRT (R)(CT), 2019", "met"),
    ("ARRT (MR) certification required", "R.T.(R)(MR)(ARRT)", "met"),
    ("ARRT (R) certification required", "ARRT (R)(CT), 2019", "met"),
])
def test_an_arrt_category_asked_is_met_only_by_its_own_code(sentence, line, status):
    """The other names of ARRT's credential ("ARRT (R)", "RT(R)") are no names of another of its categories: "ARRT
    (R)(CT)" met "ARRT (MR) certification required"."""
    assert _licence_check(sentence, line).status == status


@pytest.mark.parametrize("home, result", [
    ("Macon, Georgia", "met"),
    ("Atlanta, GA", "met"),
    ("Toledo, Ohio", "blocked"),
    ("", "unknown"),
])
def test_where_the_resume_lives_meets_a_residence_ask_or_blocks(home, result):
    k = Knockout("residence", "Must live in one of these states: Florida, Georgia, Texas",
                 places=["Florida", "Georgia", "Texas"])
    s = Seeker(Credentials(), "Customer Service Representative", 6.0, True, Preferences(), home)
    c = check(k, s)
    assert c.status == result
    if result == "blocked":
        assert c.resume == ("you live in Ohio (Toledo, Ohio); the job takes those who live in Florida, Georgia, "
                            "Texas")


@pytest.mark.parametrize("sentence, home, text, status, said", [
    ("Must reside within 30 miles of Dayton, OH", "Kettering, OH", "", "met",
     "you live in Kettering, OH, about 5 miles from Dayton, OH"),
    ("Must reside within 30 miles of Dayton, OH", "Phoenix, AZ", "", "blocked",
     "you live in Phoenix, AZ, about 1600 miles from Dayton, OH; the job takes those who live within 30 miles of "
     "Dayton, OH"),
    ("Must reside within 30 miles of Dayton, OH", "Columbus, OH", "", "blocked", "about 65 miles from Dayton"),
    ("Must reside within 30 miles of Dayton, OH", "Phoenix, AZ", "Willing to relocate", "unknown",
     "the resume says you would relocate (Willing to relocate): to confirm"),
    ("Must reside within 30 miles of Dayton, OH", "Phoenix, AZ", "Not willing to relocate", "blocked", "1600 miles"),
    ("Must reside within 30 miles of Dayton, OH", "", "", "unknown", "the resume does not say where you live"),
    # a town too small for the gazetteer: no distance is made up
    ("Must reside within 30 miles of Dayton, OH", "Yellow Springs, OH", "", "unknown", "the distance is not known"),
    ("Must live within 50 km of Ottawa, ON or be willing to relocate", "Phoenix, AZ", "Open to relocation", "met",
     "the resume says you would relocate (Open to relocation)"),
    ("Must live within 50 km of Ottawa, ON or be willing to relocate", "Phoenix, AZ", "", "unknown",
     "the posting takes those willing to relocate: to confirm"),
    ("Must reside in Ohio or be willing to relocate", "Phoenix, AZ", "Willing to relocate to the Midwest", "met",
     "you would relocate"),
    ("Must reside in Ohio or be willing to relocate", "Toledo, Ohio", "", "met", "you live in Toledo, Ohio"),
])
def test_a_distance_to_live_within_is_measured_from_the_resumes_city(sentence, home, text, status, said):
    """"Must reside within 30 miles of Dayton, OH" against the resume's address: the distance between the two
    cities where the gazetteer knows both, else to check; "or be willing to relocate" met by a resume saying so,
    and a resume saying so makes a strict ask to check, not blocked."""
    [k] = [k for k in posting_knockouts(f"Requirements\n- {sentence}\n", "Dayton, OH") if k.kind == "residence"]
    c = check(k, Seeker(Credentials(), f"Summary\nHVAC technician.\n{text}\n", 6.0, True, Preferences(), home))
    assert c.status == status and said in c.resume


@pytest.mark.parametrize("sentence, home, status", [
    ("Must be local to the DFW area", "Plano, TX", "met"),
    ("Must be local to the DFW area", "Dallas, TX", "met"),
    ("Must be local to the DFW area", "Austin, TX", "blocked"),
    ("Candidates must be local to Chicago, IL", "Evanston, IL", "met"),
    ("Must be local to Austin, TX or willing to relocate", "Dallas, TX", "unknown"),
    ("Must live in the Dallas area", "Plano, TX", "met"),
    ("Must live in the Dallas area", "Austin, TX", "blocked"),
    ("Local candidates only", "Irving, TX", "met"),
    ("Local candidates only", "Houston, TX", "blocked"),
])
def test_being_local_to_a_metro_is_a_commute_from_it(sentence, home, status):
    """"Must be local to the DFW area" asked where to live but was no knock-out (a must-have row missing for a
    seeker in Dallas); it is a residence within a commute of the place's centre, so a suburb is local too."""
    [k] = [k for k in posting_knockouts(f"Requirements\n- {sentence}\n", "Irving, TX") if k.kind == "residence"]
    assert check(k, Seeker(Credentials(), "Summary\nData engineer.\n", 6.0, True, Preferences(), home)).status \
        == status


@pytest.mark.parametrize("text, status", [("", "unknown"), ("Willing to relocate", "met")])
def test_a_territory_to_live_in_is_to_confirm_unless_its_way_is_met(text, status):
    k = Knockout("residence", "Must live within the territory or be willing to relocate", mode="territory")
    assert check(k, Seeker(Credentials(), f"Summary\n{text}\n", 6.0, True, Preferences(), "Denver, CO")).status \
        == status


@pytest.mark.parametrize("home, status", [("Atlanta, GA", "blocked"), ("Newark, NJ", "met"), ("", "unknown")])
def test_a_territory_drawn_by_its_states_is_those_states(home, status):
    """"Must live within the territory: Northeast (NY, NJ, PA, MA, CT)" was to confirm, "the posting does not say
    where its territory is", for an Atlanta seller: the states it draws are where to live (walk-through: office)."""
    [k] = [k for k in posting_knockouts("Requirements\n- Must live within the territory: Northeast (NY, NJ, PA, MA, "
                                        "CT)\n", "Remote (US)") if k.kind == "residence"]
    assert (k.mode, k.places) == ("", ["NY", "NJ", "PA", "MA", "CT"])
    assert check(k, Seeker(Credentials(), "Summary\nSeller.\n", 6.0, True, Preferences(), home)).status == status


@pytest.mark.parametrize("line", ["Driver's license: none (public transit / bike)", "I do not have a driver's license.",
                                  "No driver's license (use public transit)", "Driver's License: No"])
def test_a_licence_the_resume_says_it_does_not_hold_is_said_not_held(line):
    """"Driver's license: none" met "Valid driver's license" (walk-through 41 C #1): it is to check,
    quoting the line, and holds the score as a licence said expired does."""
    asks = posting_knockouts("- Valid driver's license and acceptable driving record")
    [k] = [k for k in asks if k.kind == "licence"]
    c = check(k, seeker(text=f"Summary\nField technician.\n{line}\n"))
    assert (c.status, c.resume, c.not_held) == ("unknown", f"the resume says it holds no {k.name}: {line}", True)
    assert check(k, seeker(text="Summary\nField technician.\nDriver's license: yes\n")).status == "met"


def test_a_refresher_over_a_year_old_holds_the_hazwoper_ask():
    """A 2019 40-hour course met "40-hour OSHA HAZWOPER certification with current 8-hour refresher"
    though its refresher was last taken in 2023 (walk-through 41 C #4)."""
    import datetime

    ks = [k for k in posting_knockouts("- 40-hour OSHA HAZWOPER certification with current 8-hour refresher")
          if k.kind == "licence"]
    line = "8-Hour HAZWOPER Refresher - last completed March 2023"
    text = f"Certifications\n40-Hour OSHA HAZWOPER (29 CFR 1910.120) - 2019\n{line}\n"
    checks = [check(k, seeker(Credentials(today=datetime.date(2026, 12, 1)), text=text)) for k in ks]
    assert [c.status for c in checks] == ["met", "unknown"]
    assert checks[1].resume == f"the resume's 8-hour refresher has expired: {line}" and checks[1].not_held
    checks = [check(k, seeker(Credentials(today=datetime.date(2023, 6, 1)), text=text)) for k in ks]
    assert [c.status for c in checks] == ["met", "met"]


def test_an_expired_red_card_is_said_to_have_expired():
    [k] = [k for k in posting_knockouts("- Current NWCG Incident Qualification Card (Red Card) as FFT2")
           if k.kind == "licence"]
    line = "NWCG Red Card: FFT1 (expired 2020; annual refresher RT-130 scheduled April 2027)"
    c = check(k, seeker(text=f"Certifications\n{line}\n"))
    assert (c.status, c.resume, c.not_held) == ("unknown", f"the resume's {k.name} has expired: {line}", True)


@pytest.mark.parametrize("title, degree, status, said", [
    ("Investment Banking Analyst - Class of 2027", Degree("bachelor", "finance", 2027, 5, True, "B.S. Finance"),
     "met", "expected 2027-05"),
    ("Investment Banking Analyst - Class of 2027", Degree("bachelor", "economics", 2012, None, False, "B.A. 2012"),
     "blocked", "graduated 2012-06; the posting takes those graduating in 2027"),
    ("Software Engineer, New Grad 2026", Degree("bachelor", "computer science", 2027, 5, True, "B.S. CS"),
     "blocked", "expected 2027-05; the posting takes those graduating in 2026"),
    ("Software Engineer, New Grad 2026", Degree("bachelor", "computer science", 2015, 5, False, "B.S. CS, 2015"),
     "blocked", "graduated 2015-05; the posting takes those graduating in 2026"),
])
def test_a_campus_hiring_title_takes_that_years_graduates_and_says_why_not(title, degree, status, said):
    """A campus title's year is a graduation window: that year's graduates are eligible, an experienced hire's
    old degree is ruled out with a note naming the window (it said only "graduated 2012-06")."""
    [k] = [k for k in posting_knockouts(f"{title}\n\nRequirements\n- Excel\n") if k.kind == "graduation"]
    c = check(k, seeker(Credentials(degrees=[degree])))
    assert (c.status, c.resume) == (status, said)


@pytest.mark.parametrize("degree, status", [
    (Degree("bachelor", "finance", 2027, 5, True, "B.S. Finance, Expected May 2027"), "met"),
    (Degree("bachelor", "economics", 2012, None, False, "B.A. Economics, 2012"), "blocked"),
])
def test_a_degree_under_way_asked_is_met_by_a_student_not_by_an_old_degree(degree, status):
    """"Pursuing a Bachelor's degree" (a "2027 Summer Analyst"): a student is eligible (was to check, "not yet
    held"), a 2012 graduate is not (was eligible)."""
    text = ("2027 Summer Analyst\n\nRequirements\n"
            "- Pursuing a Bachelor's degree in Finance, Economics or a related field\n")
    fit = eligibility(posting_knockouts(text), seeker(Credentials(degrees=[degree])))
    assert fit.status == {"met": "eligible", "blocked": "blocked"}[status]


@pytest.mark.parametrize("line, status", [
    ("Colorado Professional Teacher License, Elementary Education (K-6), exp. 2029", "met"),
    ("Colorado Professional Teacher License, Secondary Mathematics (7-12)", "unknown"),
])
def test_an_endorsement_is_shown_by_its_area_on_the_licence_line(line, status):
    """A teaching licence lists its endorsement areas without the word: "Colorado Professional Teacher License,
    Elementary Education (K-6)" did not show "Elementary Education (K-6) endorsement" (knock-out to check, row
    partly 0.40, score 58.4; now met, covered, 62.6); another area still does not."""
    sentence = ("Valid Colorado Teaching License with Elementary Education (K-6) endorsement, or eligibility for a "
                "Colorado license")
    [k] = [k for k in posting_knockouts(sentence) if "endorsement" in k.name]
    text = f"Licensure\n{line}\n"
    creds = read_credentials(text, [line], dt.date(2026, 11, 30))
    assert check(k, Seeker(creds, text, 6.0, True, Preferences())).status == status


@pytest.mark.parametrize("sentence, name, expected", [
    # the state by its own letters, the field after "in" part of the name
    ("- NYS Certification in Childhood Education (Grades 1-6) required", "NYS Certification in Childhood Education",
     "met"),
    ("- New York State certification in Childhood Education required",
     "New York State certification in Childhood Education", "met"),
    # a certificate of another field is another credential
    ("- New York State Certification in Special Education required",
     "New York State Certification in Special Education", "unknown"),
    # standing is no field
    ("- RN license in Good Standing", "RN license", "unknown"),
])
def test_a_states_certification_in_a_field_is_shown_by_that_states_line_naming_the_field(sentence, name, expected):
    text = "CERTIFICATIONS\nNew York State Professional Certificate, Childhood Education (Grades 1-6)\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert k.name == name
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("sentence, line, expected", [
    # the independent clinical licence as Ohio names it is asked beside the LCSW, and shows it and the grades below
    ("- Active, unrestricted LISW or LCSW license in the State of Ohio", "LISW-S, State of Ohio CSWMFT Board", "met"),
    ("- LCSW required", "Licensed Independent Social Worker (LISW), Ohio, 2021", "met"),
    ("- LMSW required", "Licensed Clinical Social Worker (LCSW), New York, 2020", "met"),
    # never one above
    ("- LCSW required", "Licensed Master Social Worker (LMSW), New York, 2022", "unknown"),
    ("- LMSW required", "Licensed Social Worker (LSW), Ohio, 2023", "unknown"),
    # hours toward a licence are no licence
    ("- LCSW required", "Licensed Social Worker (LSW), Ohio; completing supervised hours toward LISW", "unknown"),
])
def test_a_social_workers_licence_shows_its_grade_and_those_below(sentence, line, expected):
    text = f"LICENSURE\n{line}\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("sentence, place, expected", [
    ("- Current Michigan licensure as LMSW, LCSW, LLPC or LPC (limited licensees supervised)", "Michigan", "met"),
    ("- Michigan license as a Licensed Master Social Worker (LMSW) required", "Michigan", "met"),
    # the state said before "as" is the licence's place
    ("- Current Ohio licensure as LMSW, LCSW, LLPC or LPC", "Ohio", "unknown"),
])
def test_a_states_licensure_as_named_licences_asks_one_of_them_in_that_state(sentence, place, expected):
    text = "LICENSURE\nLicensed Master Social Worker (LMSW), State of Michigan, License #6801\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert "licen" not in k.name.lower().replace("licensed", "") and k.places == [place]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("sentence, line, expected", [
    # a counsellor's licence as its state names it: Florida's LMHC, the LPC's other names
    ("- Active Florida license as LMHC, LCSW or LMFT", "Florida Licensed Mental Health Counselor, MH18822", "met"),
    ("- Active Florida license as LMHC, LCSW or LMFT", "Licensed Marriage and Family Therapist, Florida", "met"),
    ("- LPC required", "Licensed Clinical Professional Counselor (LCPC), Illinois", "met"),
    ("- LMHC required", "Licensed Professional Counselor (LPC), Texas", "met"),
    # an intern is still to be licensed
    ("- Active Florida license as LMHC, LCSW or LMFT", "Registered Mental Health Counselor Intern, Florida", "unknown"),
    ("- LMHC required", "LMHC-Intern, New York", "unknown"),
])
def test_a_counsellors_licence_is_read_by_the_names_states_give_it(sentence, line, expected):
    text = f"LICENSURE\n{line}\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("sentence, line, expected", [
    # a respiratory therapist's state licence by its letters or its words, either way round
    ("- Current Arizona RCP license or eligible for licensure prior to start date",
     "Arizona Respiratory Care Practitioner License #RCP-20931, exp 03/2027", "met"),
    ("- Current Arizona Respiratory Care Practitioner license", "Arizona RCP license, 2019", "met"),
    ("- Ohio Respiratory Care Professional license required", "Licensed Respiratory Therapist, Ohio", "met"),
    # NBRC's credential is no state's licence
    ("- Current Arizona RCP license", "NBRC Registered Respiratory Therapist (RRT), 2017", "unknown"),
])
def test_a_respiratory_therapists_state_licence_is_read_by_its_letters_or_its_words(sentence, line, expected):
    text = f"LICENSURE\n{line}\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("line, expected", [
    ("Arizona Standard Professional Teaching Certificate, Elementary Education (1-8)", "met"),
    ("Arizona Substitute Certificate, 2024", "met"),
    ("California Multiple Subject Teaching Credential (Clear)", "unknown"),
])
def test_a_licence_or_any_valid_one_of_a_kind_asks_either(line, expected):
    """'Arizona Substitute Certificate or any valid Arizona teaching certificate' asked the substitute
    certificate alone, the "or any valid" read as a way to it: an Arizona teacher's certificate was not shown."""
    text = f"CERTIFICATIONS\n{line}\n"
    [k] = [k for k in posting_knockouts("- Arizona Substitute Certificate or any valid Arizona teaching certificate")
           if k.kind == "licence"]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


@pytest.mark.parametrize("line, expected", [
    ("Registered Nurse (RN), Ohio Board of Nursing, active", "met"),
    ("Registered Nurse (RN), Michigan, active", "unknown"),
])
def test_licensure_as_a_licensed_person_asks_that_persons_licence(line, expected):
    """'Current licensure as a Registered Nurse in the State of Ohio' asked a licence named 'licensure' that no
    line shows, in a place named 'State'."""
    text = f"LICENSURE\n{line}\n"
    [k] = [k for k in posting_knockouts("- Current licensure as a Registered Nurse in the State of Ohio")
           if k.kind == "licence"]
    assert (k.name, k.places) == ("Registered Nurse licensure", ["Ohio"])
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected


def test_a_licence_named_among_the_benefits_is_no_knockout():
    assert not [k for k in posting_knockouts("Benefits include clinical supervision toward independent licensure for"
                                             " LSW/LPC holders in our associate track.") if k.kind == "licence"]


@pytest.mark.parametrize("sentence, line, expected", [
    ("We are looking for a licensed Outpatient Therapist to join our clinic.", "LPCC, State of Ohio, 2020", "met"),
    ("Must be a licensed therapist.", "Licensed Independent Social Worker (LISW-S), 2019", "met"),
    # another kind of therapist is licensed as its own
    ("We are hiring a Licensed Massage Therapist.", "LPCC, State of Ohio, 2020", "unknown"),
    # ... and its credential is no talk therapist's licence
    ("Must be a licensed therapist.", "NBRC Registered Respiratory Therapist (RRT), 2017", "unknown"),
    ("We are looking for a licensed Outpatient Therapist.", "Licensed Massage Therapist, Florida", "unknown"),
    ("Must be a licensed therapist.", "Florida Licensed Mental Health Counselor, MH18822", "met"),
])
def test_a_licensed_talk_therapist_is_met_by_a_licence_of_talk_therapy(sentence, line, expected):
    text = f"LICENSURE\n{line}\n"
    [k] = [k for k in posting_knockouts(sentence) if k.kind == "licence"]
    assert check(k, seeker(read_credentials(text, text.split("\n"), dt.date(2026, 12, 1)), text)).status == expected
