"""Amounts with a unit asked and stated (matcher.ranking.measures), and the checklist rows they decide."""

from __future__ import annotations

import pytest

from matcher.postings.parse import parse_posting
from matcher.ranking.catalog import Catalog
from matcher.ranking.measures import measures_asked, measures_shown
from matcher.resumes.read import resume_from_text


@pytest.mark.parametrize("text, asked", [
    ("Typing speed of 40 WPM or more", [("typing", 40)]),
    ("Ability to type at least 35 WPM (tested)", [("typing", 35)]),
    ("Typing 60+ WPM", [("typing", 60)]),
    ("45 wpm typing test", [("typing", 45)]),
    ("Type 35-40 words per minute", [("typing", 35)]),      # a floor: its least
    ("10-key 8,000 KPH", [("keying", 8000)]),
    ("Home high-speed internet (25 Mbps download minimum, wired connection)", [("internet", 25)]),
    ("Download speed of at least 25 Mbps", [("internet", 25)]),
    ("Internet: 100 Mbps download / 10 Mbps upload", [("internet", 100)]),
    ("Ability to lift 50 lbs", [("lift", 50)]),
    ("Lift up to 50 pounds", [("lift", 50)]),
    ("Able to stand for 8 hours and lift 25 lbs", [("lift", 25)]),
    ("Lift 25 lbs frequently and 50 lbs occasionally", [("lift", 50)]),   # the work's demand: its most
    ("Push/pull up to 100 lbs", [("push", 100)]),
    # each amount moved as the words since the last amount say: a push is no lift asked
    ("Must be able to lift up to 50 lbs and push/pull up to 100 lbs", [("lift", 50), ("push", 100)]),
    ("Able to lift and move 50 lb cases and push/pull loads up to 250 lbs with a hand truck",
     [("lift", 50), ("push", 250)]),
    ("Push/pull up to 75 lbs and lift 30 lbs", [("push", 75), ("lift", 30)]),
    ("Must be able to reach 82 inches without assistance (overhead bins)", [("reach", 82)]),
    ("Travel up to 50% including occasional overnights", [("travel", 50)]),
    ("50% travel", [("travel", 50)]),
    ("Territory requires 50-75% travel", [("travel", 75)]),
    ("Travel: approximately 30% of the time", [("travel", 30)]),
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", [("steno", 225), ("accuracy", 97.5)]),
    ("Accuracy rate of 98% or higher", [("accuracy", 98)]),
    # a height climbed or worked at: the work's demand, its most
    ("Comfortable working at heights of 300+ ft in all weather", [("height", 3600)]),
    ("Ability to climb 40-ft extension ladders", [("height", 480)]),
    ("Climb towers of 100-300 feet", [("height", 3600)]),
    ("Work aloft at 60 m on wind turbines", [("height", pytest.approx(2362, abs=1))]),
    ("Work at heights above 6 ft with fall protection", [("height", 72)]),
    # no amount of a known kind: a share of something else, weight not lifted, a height, a driving speed
    ("Ran 5,000 ft of fiber on towers", []),                 # a length run, no height
    ("Installed 200 ft of conduit", []),
    ("Based at 5,280 ft elevation", []),                      # an altitude, no height climbed
    ("Overnight travel 2-3 nights a month", []),
    ("Drove a 25% increase in sales", []),
    ("Grew travel bookings 25%", []),
    ("Handled 40% of travel bookings", []),
    ("Cut travel costs by 30%", []),
    ("Managed 50 lbs of inventory", []),
    ("Moved 2,000 lbs pallets by forklift", []),
    ("Built a campus network at 10 Gbps", []),
    ("Must be between 5'2\" and 6'3\" to reach overhead bins", []),
    ("Maintain speed under 100 kph on rural routes", []),
    ("3+ years of customer service experience", []),
])
def test_the_amounts_a_requirement_asks(text, asked):
    assert [(a.kind.name, pytest.approx(a.asked)) for a in measures_asked(text)] == asked


@pytest.mark.parametrize("asked, line, found", [
    ("Typing speed of 40 WPM or more", "Typing speed: 28 WPM", ("missing", "28 WPM shown, 40 asked")),
    ("Typing speed of 40 WPM or more", "Typing speed: 55 WPM", ("covered", "")),
    ("Typing speed of 40 WPM or more", "Typing 40 wpm", ("covered", "")),
    ("Ability to type at least 35 WPM (tested)", "Typing 20 WPM", ("missing", "20 WPM shown, 35 asked")),
    ("10-key 8,000 KPH", "10-key: 6,500 KPH", ("missing", "6,500 KPH shown, 8,000 asked")),
    ("Home high-speed internet (25 Mbps download minimum, wired connection)",
     "Home internet: 10 Mbps DSL (wireless only)", ("missing", "10 Mbps shown, 25 asked")),
    ("Home high-speed internet (25 Mbps download minimum, wired connection)",
     "Home internet: 300 Mbps fiber, Wi-Fi only", ("missing", "wi-fi only shown, wired asked")),
    ("Home high-speed internet (25 Mbps download minimum, wired connection)",
     "Home internet: 1 Gbps fiber with Ethernet", ("covered", "")),
    ("Ability to lift 50 lbs", "Medical restriction: can lift no more than 20 lbs.",
     ("missing", "20 lbs shown, 50 asked")),
    ("Ability to lift 50 lbs", "Lifted 60-lb caskets daily with a partner", ("covered", "")),
    ("Ability to lift 50 lbs", "Lift and carry 25 kg", ("covered", "")),             # 55 lbs
    ("Ability to lift 50 lbs", "Lift and carry 20 kg", ("missing", "20 kg shown, 50 lbs asked")),
    ("Must be able to reach 82 inches without assistance", "Can reach 76 inches.",
     ("missing", "76 inches shown, 82 asked")),
    ("Must be able to reach 82 inches without assistance", "Can reach 82 inches.", ("covered", "")),
    ("Must be able to reach 82 inches without assistance", "Reach: 210 cm", ("covered", "")),
    ("Travel up to 50% including occasional overnights", "Willing to travel up to 25%; no overnights.",
     ("missing", "25% travel shown, 50% asked")),
    ("Travel up to 50% including occasional overnights", "Territory work, travel 50-60%", ("covered", "")),
    ("Travel up to 50% including occasional overnights", "Willing to travel.", ("covered", "")),
    ("Travel up to 50% including occasional overnights", "Willing to travel; no overnights",
     ("missing", "no overnights shown, overnights asked")),
    ("Travel up to 50%", "Not willing to travel", ("missing", "no travel shown, 50% travel asked")),
    ("Travel up to 50%", "Willing to travel; no overnights", ("covered", "")),   # none asked
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", "Machine shorthand: 180 WPM, 95% accuracy",
     ("missing", "180 WPM shown, 225 asked")),
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", "Machine shorthand: 240 WPM, 95% accuracy",
     ("missing", "95% accuracy shown, 97.5% asked")),
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", "Machine shorthand: 240 WPM, 98.6% accuracy",
     ("covered", "")),
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", "Certified realtime at 240 WPM",
     ("partial", "97.5% accuracy asked, not stated")),
    ("Ability to write realtime at 225 WPM with 97.5% accuracy", "Typing 58 WPM",
     ("missing", "58 WPM shown, 225 asked")),
    ("Typing speed of 40 WPM or more", "Typing: 65 net WPM (tested)", ("covered", "")),
    ("Comfortable working at heights of 300+ ft in all weather", "Climbed towers up to 450 ft in all weather",
     ("covered", "")),
    ("Comfortable working at heights of 300+ ft in all weather", "300-450 ft self-support and guyed towers",
     ("covered", "")),
    ("Comfortable working at heights of 300+ ft in all weather", "Climbed wind turbines to 100 m", ("covered", "")),
    ("Comfortable working at heights of 300+ ft in all weather",
     "I am afraid of heights and do not climb above 50 ft.", ("missing", "50 ft shown, 300 asked")),
    ("Comfortable working at heights of 300+ ft in all weather", "Climbed towers up to 150 ft",
     ("missing", "150 ft shown, 300 asked")),
    ("Comfortable working at heights of 300+ ft in all weather", "Climbed to 60 m on broadcast towers",
     ("missing", "60 m shown, 300 ft asked")),
    ("Comfortable working at heights of 300+ ft in all weather", "I am afraid of heights.",
     ("missing", "afraid of heights shown, 300 ft asked")),
    ("Comfortable working at heights of 300+ ft in all weather", "Fear of heights; ground work only",
     ("missing", "fear of heights shown, 300 ft asked")),
    ("Ability to climb 40-ft extension ladders", "Cannot climb ladders above 20 ft (knee injury)",
     ("missing", "20 ft shown, 40 asked")),
    # no amount of the kind asked stated: read by its words (a stenotype's speed is no typing speed)
    ("Comfortable working at heights of 300+ ft in all weather", "Pulled 2,000 ft of coax", None),
    ("Comfortable working at heights of 300+ ft in all weather", "Comfortable at heights", None),
    ("Typing speed of 40 WPM or more", "Machine shorthand: 180 WPM, 95% accuracy", None),
    ("Ability to lift 50 lbs", "Managed 50 lbs of inventory", None),
    ("Travel up to 50%", "Increased travel bookings 25% year over year", None),
    ("Travel up to 50%", "Drove a 25% increase in sales", None),
    ("Typing speed of 40 WPM or more", "Fast, accurate typist", None),
])
def test_an_amount_stated_is_compared_with_the_one_asked(asked, line, found):
    shown = measures_shown(measures_asked(asked), asked, [line])
    assert (shown[0], shown[2]) == found if found else shown is None


def test_a_limit_stated_binds_and_the_most_shown_counts():
    lift = measures_asked("Ability to lift 50 lbs")
    lines = ["Lifted 60-lb caskets daily", "Medical restriction: can lift no more than 20 lbs."]
    assert measures_shown(lift, "Ability to lift 50 lbs", lines) == ("missing", 1, "20 lbs shown, 50 asked")
    typing = measures_asked("Typing speed of 40 WPM or more")
    assert measures_shown(typing, "", ["Typing 28 WPM (2019)", "Typing 62 WPM (2025)"]) == ("covered", 1, "")


def test_rows_asking_amounts_are_decided_by_the_amounts(seed_index):
    seed_index.remove([p.id for p in seed_index.store.postings()])
    seed_index.add([parse_posting("# Remote Customer Service Representative\nMust have:\n"
                                  "- 1+ year of customer service experience\n- Typing speed of 40 WPM or more\n"
                                  "- Travel up to 50% including occasional overnights\n", "cs")])
    catalog = Catalog.from_index(seed_index)
    rows = {}
    for name, lines in (("slow", "Typing speed: 28 WPM\nWilling to travel up to 25%; no overnights."),
                        ("fast", "Typing speed: 55 WPM\nWilling to travel.")):
        resume = resume_from_text(f"Customer Service Representative\n{lines}\nExperience\n"
                                  "Customer Service Representative, Verizon, 2019 - Present\n"
                                  "- Answered 60 calls a day on billing and plans\n", name)
        (m,) = catalog.rank(resume)
        rows[name] = {r.text.split()[0]: r for r in m.explanation.requirements}
    slow, fast = rows["slow"], rows["fast"]
    assert (slow["Typing"].status, slow["Typing"].evidence, slow["Typing"].note) == \
        ("missing", None, "28 WPM shown, 40 asked")
    assert (slow["Travel"].status, slow["Travel"].note) == ("missing", "25% travel shown, 50% asked")
    assert (fast["Typing"].status, fast["Typing"].evidence, fast["Typing"].note) == \
        ("covered", "Typing speed: 55 WPM", "")
    assert (fast["Travel"].status, fast["Travel"].evidence) == ("covered", "Willing to travel.")


ROOFS = "Ability to climb ladders and walk steep roofs up to 8/12 pitch"


@pytest.mark.parametrize("line, found", [
    ("Storm deployments as a daily-rate independent adjuster; roof inspections up to 10/12 pitch", ("covered", "")),
    ("Walked roofs up to 8/12 pitch", ("covered", "")),
    ("Walk roofs up to 6/12 pitch only (knee injury)", ("missing", "6/12 pitch shown, 8/12 asked")),
    # a date is no pitch, nor a pitch with no roof's word beside it
    ("Inspected roofs on 3/12/2024", None),
    ("Started 8/12 on the roofing crew", None),
])
def test_a_roofs_pitch_asked_is_compared_with_the_pitch_a_line_states(line, found):
    """"Ability to climb ladders and walk steep roofs up to 8/12 pitch" read only by its words: a field adjuster's
    "roof inspections up to 10/12 pitch" left it missing (0.40; now covered) (walk-through 42 A)."""
    assert [(a.kind.name, a.asked) for a in measures_asked(ROOFS)] == [("pitch", 8.0)]
    shown = measures_shown(measures_asked(ROOFS), ROOFS, [line])
    assert (shown[0], shown[2]) == found if found else shown is None


LEADING = "Experience leading teams of 25+ employees"


@pytest.mark.parametrize("text, asked", [
    (LEADING, [25.0]), ("Supervisory experience (5+ direct reports)", [5.0]),
    ("5+ years of experience managing 10-15 people", [10.0]),
    # no one led: trained, hired, served, a company's size
    ("Trained 30 employees on safety", []), ("We are a company of 250 employees", []),
    ("Served 200+ customers daily", []), ("Hired 12 associates for the new store", []),
])
def test_people_led_asked(text, asked):
    assert [a.asked for a in measures_asked(text) if a.kind.name == "people led"] == asked


@pytest.mark.parametrize("line, found", [
    ("Led a team of 12 associates on 2nd shift", ("missing", "12 associates shown, 25 employees asked")),
    ("Supervise 15-20 associates", ("missing", "15-20 associates shown, 25 employees asked")),
    ("Lead a kitchen team of 14 cooks and 4 dishwashers", ("missing", "14 cooks shown, 25 employees asked")),
    # as many or more led, or none stated: the row is read by its words (it asks more than a count)
    ("Led a 38-Soldier transportation platoon", None), ("Managed a team of 40 employees", None),
    ("Led the receiving team", None), ("Trained 10 employees on forklifts", None),
])
def test_people_led_decide_a_row_only_where_they_fall_short(line, found):
    """"Experience leading teams of 25+ employees" was covered by any line that led ("Led a team of 12 associates"
    as much as "Led a 38-Soldier transportation platoon"): the most people a line says were led is compared with
    the count asked; short of it the row is missing, said so; reaching it the row is read by its words, as it
    often asks more than a count ("leading teams of 25+ in a distribution centre")."""
    shown = measures_shown(measures_asked(LEADING), LEADING, [line])
    assert (shown[0], shown[2]) == found if found else shown is None


CALL_VOLUME = "High-volume call center experience (60+ calls/day)"


@pytest.mark.parametrize("line, found", [
    ("Handled 40 inbound calls per day on billing questions", ("missing", "40 inbound calls shown, 60 asked")),
    ("Answered 45 calls daily for a utility", ("missing", "45 calls shown, 60 asked")),
    # as many or more a day, or none a day stated: the row is read by its words (it asks a call center's work too)
    ("Handled 80+ inbound calls per day on billing, device and plan questions", None),
    ("Answered member calls about accounts (approx. 60 calls a day)", None),
    ("Made 500 cold calls to book meetings", None), ("Handled 12 calls per hour", None),
])
def test_calls_a_day_decide_a_row_only_where_they_fall_short(line, found):
    """"High-volume call center experience (60+ calls/day)" was covered by "Handled 40 inbound calls per day" as
    much as by 80 (walk-through: office): the most calls a day a line states is compared with the count asked;
    short of it the row is missing, said so; reaching it the row is read by its words."""
    assert [(a.kind.name, a.asked) for a in measures_asked(CALL_VOLUME)] == [("calls a day", 60.0)]
    shown = measures_shown(measures_asked(CALL_VOLUME), CALL_VOLUME, [line])
    assert (shown[0], shown[2]) == found if found else shown is None


REQUISITIONS = "Proven ability to manage 20+ requisitions at a time"


@pytest.mark.parametrize("line, found", [
    ("Full-cycle recruiting for nursing roles (RN, LPN, CNA); 25-35 open reqs at a time", ("covered", "")),
    ("Carried 12 requisitions across finance and HR", ("missing", "12 requisitions shown, 20 asked")),
    ("Sourced on LinkedIn Recruiter and Indeed", None),
])
def test_requisitions_carried_are_compared_with_those_asked(line, found):
    """A recruiter's "25-35 open reqs at a time" left a healthcare recruiter posting's "Proven ability to manage 20+
    requisitions at a time" missing (0.10), "reqs" not its word (walk-through: office): the openings a line says
    were carried are compared with those asked; where the row asks years too, its years decide it."""
    shown = measures_shown(measures_asked(REQUISITIONS), REQUISITIONS, [line])
    assert (shown[0], shown[2]) == found if found else shown is None
    assert measures_asked("2+ years of full-cycle recruiting experience managing 20+ requisitions") == ()
