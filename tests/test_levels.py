from matcher.eligibility.levels import CLEARANCE_LEVELS, DEGREE_LEVELS, clearance_level, degree_levels, rank_of


def levels(text):
    return [level for level, _, _ in degree_levels(text)]


def test_degree_words_and_abbreviations():
    assert levels("BS in Computer Science required") == ["bachelor"]
    assert levels("B.S., Computer Science, 2019") == ["bachelor"]
    assert levels("MS or PhD in Electrical Engineering") == ["master", "doctorate"]
    assert levels("Bachelor's or Master's degree") == ["bachelor", "master"]
    assert levels("M.B.A., Wharton") == ["master"]
    assert levels("High school diploma or GED") == ["high school", "high school"]


def test_lower_case_words_are_not_degrees():
    assert levels("Advanced ms excel and ba reporting") == []
    assert levels("Built dashboards as a team") == []


def test_clearance_levels():
    assert clearance_level("Active TS/SCI clearance with polygraph") == "ts/sci"
    assert clearance_level("Secret clearance required") == "secret"
    assert clearance_level("Top Secret") == "top secret"
    assert clearance_level("Must be able to obtain a security clearance") == ""
    assert clearance_level("We keep no secrets from our customers") is None


def test_order():
    assert rank_of("master", DEGREE_LEVELS) > rank_of("bachelor", DEGREE_LEVELS)
    assert rank_of("ts/sci", CLEARANCE_LEVELS) > rank_of("secret", CLEARANCE_LEVELS)
    assert rank_of("", DEGREE_LEVELS) == -1


def test_words_and_acronyms_that_only_look_like_degrees():
    # "24-bed ICU", "Med-Surg", "LLM pipelines" and "MFA" (multi-factor authentication) name no degree;
    # the dotted forms do.
    for text in ("Care for patients in a 24-bed ICU", "Med-Surg unit", "Built LLM pipelines",
                 "Rolled out MFA for 2,000 users"):
        assert levels(text) == [], text
    assert levels("B.Ed. in Primary Education") == ["bachelor"]
    assert levels("M.Ed., Curriculum and Instruction") == ["master"]
    assert levels("LL.M. in Tax Law") == ["master"]
    assert levels("MFA in Creative Writing") == ["master"]


def test_degrees_of_engineers_nurses_pharmacists_and_lawyers():
    assert levels("B.S.E. Mechanical Engineering, University of Michigan") == ["bachelor"]
    assert levels("BSE in Electrical Engineering") == ["bachelor"]
    assert levels("B.E. in Mechanical Engineering") == ["bachelor"]
    assert levels("A.A.S. Nursing") == ["associate"]
    assert levels("AAS, Welding Technology") == ["associate"]
    assert levels("PharmD, 2015") == levels("Pharm.D.") == levels("DNP") == ["doctorate"]
    assert levels("JD, Harvard Law School") == levels("J.D. required") == ["doctorate"]
    # the same letters as words or products name none
    for text in ("Configured JD Edwards ERP", "be ready to travel", "bse", "use aas for that"):
        assert levels(text) == [], text
