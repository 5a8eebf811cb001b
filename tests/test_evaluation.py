"""Ranking metrics on lists small enough to check by hand, and the eval data loader."""

import itertools
import math

import numpy as np
import pytest

from matcher.errors import InputError
from matcher.evaluation.pairs import (
    average_precision,
    load_pairs,
    metrics_for,
    ndcg_at,
    precision_at,
    roc_auc,
)


def test_ndcg():
    assert ndcg_at([2, 1, 0]) == pytest.approx(1.0)
    # gains 0,2: dcg = 3/log2(3); ideal = 3/1
    assert ndcg_at([0, 2]) == pytest.approx(1 / math.log2(3))
    assert ndcg_at([0, 0]) is None


def test_average_precision_and_precision_at():
    assert average_precision([True, False, True]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([False, False]) is None
    assert precision_at([True, False, True, False], k=2) == 0.5


def test_roc_auc_counts_ties_half():
    assert roc_auc([3, 2, 1], [True, False, False]) == 1.0
    assert roc_auc([1, 1], [True, False]) == 0.5
    assert roc_auc([1, 2], [True, True]) is None


@pytest.mark.parametrize("items", [
    [(0.5, 2), (0.5, 0), (0.5, 1), (0.2, 1), (0.9, 0)],
    [(1.0, 0), (1.0, 1), (1.0, 0), (1.0, 2), (0.0, 1), (0.0, 0), (0.0, 2)],
    [(0.3, 1), (0.3, 1), (0.7, 0), (0.7, 0), (0.7, 2)] * 3,   # 15 items: the top 10 cuts a group
])
def test_tied_scores_count_as_the_mean_over_every_order_of_the_ties(items):
    """The exact expectations equal the mean over every order of the tied items, so no
    method earns credit from the order ties happen to be listed in."""
    groups = {}
    for score, gain in items:
        groups.setdefault(score, []).append(gain)
    ordered = [groups[s] for s in sorted(groups, reverse=True)]
    orders = [sum(choice, []) for choice in itertools.product(
        *[[list(p) for p in set(itertools.permutations(g))] for g in ordered])]
    tied = metrics_for({"q": items})
    assert tied["ndcg@10"] == pytest.approx(np.mean([ndcg_at(o) for o in orders]))
    assert tied["ap"] == pytest.approx(np.mean([average_precision([g >= 1 for g in o]) for o in orders]))
    assert tied["p@10"] == pytest.approx(np.mean([precision_at([g >= 1 for g in o]) for o in orders]))
    listed_first = metrics_for({"q": sorted(items, key=lambda t: -t[1])})
    assert listed_first == tied      # the order items are given in changes nothing


def test_metrics_for_orders_by_score():
    perfect = metrics_for({"q": [(0.9, 2), (0.5, 1), (0.1, 0)]})
    reversed_ = metrics_for({"q": [(0.1, 2), (0.5, 1), (0.9, 0)]})
    assert perfect["ndcg@10"] == pytest.approx(1.0) and perfect["roc_auc"] == 1.0
    assert reversed_["ndcg@10"] < perfect["ndcg@10"] and reversed_["roc_auc"] == 0.0


def test_load_pairs_formats_and_errors(tmp_path):
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text('{"posting": "Rust dev", "resume": "I write Rust", "label": 2}\n'
                     '{"posting": "Rust dev", "resume": "I bake", "label": "No Fit"}\n')
    pairs = load_pairs(jsonl)
    assert [p.gain for p in pairs] == [2, 0] and pairs[0].posting_id == pairs[1].posting_id
    csv_file = tmp_path / "pairs.csv"
    csv_file.write_text("jd_id,job_description_text,resume_text,label\nJD1,Rust dev,I write Rust,Good Fit\n")
    assert load_pairs(csv_file)[0].gain == 2
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"posting": "x", "label": 1}\n')
    with pytest.raises(InputError, match="record 1"):
        load_pairs(bad)
    bad.write_text('{"posting": "x", "resume": "y", "label": "great"}\n')
    with pytest.raises(InputError, match="label"):
        load_pairs(bad)
    with pytest.raises(InputError, match="no such file"):
        load_pairs(tmp_path / "missing.csv")
    other = tmp_path / "pairs.txt"
    other.write_text("x")
    with pytest.raises(InputError, match=".csv or .jsonl"):
        load_pairs(other)


def test_skillspan_scoring_by_hand(tmp_path):
    """Two sentences: 'We use Slack.' names a tool the company uses (not claimed as
    asked); 'Experience with Python and Docker' has gold spans on Python only."""
    import json

    from click.testing import CliRunner

    from matcher.cli import cli
    from matcher.evaluation.skillspan import evaluate_skillspan

    rows = [{"idx": 1, "source": "tech", "tokens": ["We", "use", "Slack", "."],
             "tags_knowledge": ["O", "O", "O", "O"]},
            {"idx": 1, "source": "tech", "tokens": ["Experience", "with", "Python", "and", "Docker"],
             "tags_knowledge": ["O", "O", "B", "O", "O"]},
            {"idx": 2, "source": "house", "tokens": ["Java"], "tags_knowledge": ["B"]}]
    path = tmp_path / "skillspan-tiny.json"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    asked = evaluate_skillspan(path)
    assert (asked["claimed"], asked["correct"], asked["gold"], asked["found"]) == (2, 1, 1, 1)
    assert asked["precision"] == 0.5 and asked["recall"] == 1.0
    every = evaluate_skillspan(path, asked=False)
    assert (every["claimed"], every["correct"]) == (3, 1)

    result = CliRunner().invoke(cli, ["eval", str(path)])
    assert result.exit_code == 0, result.output
    assert "| what a posting asks (matcher) | 0.500 | 1.000 |" in result.output
    assert "| every mention | 0.333 | 1.000 |" in result.output
    # The house source (jobs of every kind) is measured on its own: its one posting names Java.
    assert "| whole postings of every kind of job (`house` source) | 1.000 | 1.000 |" in result.output


def test_paired_difference_by_hand():
    from matcher.evaluation.pairs import paired_difference
    # Two queries; ranking a puts the relevant item first in both, b in one of them.
    a = {"q1": [(2.0, 1), (1.0, 0)], "q2": [(2.0, 1), (1.0, 0)]}
    b = {"q1": [(2.0, 1), (1.0, 0)], "q2": [(1.0, 1), (2.0, 0)]}
    mean, lo, hi = paired_difference(a, b, "ap")
    assert mean == pytest.approx(0.25)  # AP 1 vs 1, and 1 vs 0.5
    assert 0.0 <= lo <= mean <= hi <= 0.5
    assert paired_difference(a, b, "ap") == (mean, lo, hi)  # seeded: the same every run
    same = paired_difference(a, a, "ndcg@10")
    assert same == (0.0, 0.0, 0.0)
    assert all(math.isnan(x) for x in paired_difference({"q": [(1.0, 0)]}, {"q": [(1.0, 0)]}, "ap"))


def test_out_of_fold_scales_never_see_the_held_out_pairs():
    from matcher.evaluation.fusion import fitted_scales, fused_value, out_of_fold

    signals = {("p1", "r1"): {"bm25": 10.0, "tfidf": 0.1, "dense": 0.5, "years": float("nan")},
               ("p1", "r2"): {"bm25": 20.0, "tfidf": 0.2, "dense": 0.6, "years": 1.0},
               ("p2", "r1"): {"bm25": 30.0, "tfidf": 0.3, "dense": 0.7, "years": 0.0},
               ("p2", "r2"): {"bm25": 40.0, "tfidf": 0.4, "dense": 0.8, "years": 0.5},
               ("p3", "r3"): {"bm25": 50.0, "tfidf": 0.5, "dense": 0.9, "years": 1.0}}
    labels = {("p1", "r1"): 2, ("p2", "r2"): 1, ("p3", "r3"): 0}
    folds = []
    by_resume = out_of_fold(signals, labels, "resume", folds)
    assert len(folds) == 3 and set(by_resume) == set(signals)
    # r3's pair is scored with scales fitted on r1's and r2's pairs alone.
    train = [v for (_, r), v in signals.items() if r != "r3"]
    assert by_resume[("p3", "r3")] == fused_value(signals[("p3", "r3")], fitted_scales(train))
    # Leaving p1 out also leaves out r1, the resume labelled with it: p3's pair alone trains.
    by_posting = out_of_fold(signals, labels, "posting")
    only = fitted_scales([signals[("p3", "r3")], signals[("p2", "r2")]])
    assert by_posting[("p1", "r2")] == fused_value(signals[("p1", "r2")], only)


def test_out_of_fold_values_are_ranked_as_matcher_ranks_them():
    from matcher.evaluation.pairs import refitted_place
    from matcher.ranking.signals import CAPPED_SCORE, FIT_FLOOR, calibrated

    high, higher, low, lower = 3.0, 4.0, -1.0, -2.0
    held, raised, free = ("most must-haves are missing", ""), ("", "every must-have shown"), ("", "")
    assert float(calibrated([high])[0]) > CAPPED_SCORE and float(calibrated([low])[0]) < FIT_FLOOR
    # Held at the cap while most must-haves are missing, and ordered by the fused value there.
    assert round(refitted_place(high, held)) == CAPPED_SCORE
    assert refitted_place(high, held) < refitted_place(higher, held) < refitted_place(high, free)
    # Raised to the floor while every must-have is shown, ordered by the fused value there too.
    assert round(refitted_place(low, raised)) == FIT_FLOOR
    assert refitted_place(low, free) < refitted_place(lower, raised) < refitted_place(low, raised)
    # Between them the score is the calibrated value, bounded or not.
    assert refitted_place(low, held) == refitted_place(low, free)
    assert refitted_place(high, raised) == refitted_place(high, free)
    assert round(refitted_place(low, free), 4) == round(float(calibrated([low])[0]), 4)


def test_calibration_table_counts_fits_per_band():
    from matcher.evaluation.fusion import calibration_table

    scores = {("a", "1"): 5.0, ("a", "2"): 7.0, ("b", "1"): 35.0, ("b", "2"): 100.0}
    fits = {("a", "1"), ("b", "2")}
    rows = calibration_table(scores, lambda k: k in fits)
    assert [(r["band"], r["pairs"], r["fit"]) for r in rows] == [("0-10", 2, 1), ("30-40", 1, 0),
                                                                 ("90-100", 1, 1)]


def _catalog_files(tmp_path):
    """A tiny eval directory: two postings in a SkillSpan file, one in a cnam-style CSV, and two
    resumes, with grades for each resume against all three postings."""
    import csv
    import json

    rows = [{"idx": 7, "source": "tech", "tokens": ["Senior", "Rust", "Developer"], "tags_knowledge": ["O", "B", "O"]},
            {"idx": 7, "source": "tech", "tokens": ["5+", "years", "of", "Rust", "and", "Tokio", "at",
                                                   "<ORGANIZATION>"], "tags_knowledge": ["O"] * 8},
            {"idx": 3, "source": "house", "tokens": ["Pastry", "Chef"], "tags_knowledge": ["O", "O"]},
            {"idx": 3, "source": "house", "tokens": ["Bake", "bread", "and", "cakes", "every", "morning", "."],
             "tags_knowledge": ["O"] * 7}]
    (tmp_path / "skillspan-dev.json").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    rust = "Backend engineer.\nBuilt Rust and Tokio services for 6 years.\nSkills: Rust, Tokio, PostgreSQL"
    baker = "Pastry chef.\nBaked bread and cakes for 10 years in a bakery."
    with open(tmp_path / "cnam-100.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["jd_id", "job_description_text", "resume_text", "label"])
        w.writerow(["JD01", "Bakery Assistant\nHelp bake bread and pastries at dawn.", rust, "No Fit"])
        w.writerow(["JD01", "Bakery Assistant\nHelp bake bread and pastries at dawn.", baker, "Good Fit"])
    from matcher.evaluation.pairs import load_pairs
    ids = {p.resume: p.resume_id for p in load_pairs(tmp_path / "cnam-100.csv")}
    postings = ["skillspan-dev.json:tech:7", "skillspan-dev.json:house:3", "cnam-100.csv:JD01"]
    grades = {ids[rust]: [2, 0, 0], ids[baker]: [0, 2, 1]}
    return {"resumes": [{"resume": f"cnam-100.csv:{rid}", "labeller": f"{letter}1",
                         "postings": [{"posting": p, "grade": g, "reason": ""} for p, g in zip(postings, gs)]}
                        for letter, (rid, gs) in zip("AB", grades.items())]}


def test_catalog_set_reads_its_texts_and_ranks(tmp_path, fake_embedder):
    from matcher.evaluation.catalog import evaluate_catalog, format_catalog_report, read_texts, sources

    labels = _catalog_files(tmp_path)
    assert sources(labels) == {"cnam-100.csv", "skillspan-dev.json"}
    texts = read_texts(labels, tmp_path)
    # A SkillSpan posting as it was graded: a line a sentence, the redaction placeholders left out.
    assert texts["skillspan-dev.json:tech:7"] == "Senior Rust Developer\n5+ years of Rust and Tokio at"
    report = evaluate_catalog(tmp_path, fake_embedder, labels)
    assert (report["resumes"], report["postings"], report["pairs"]) == (2, 3, 6)
    assert report["grades"] == {2: 2, 1: 1, 0: 3} and report["blocked"] == {"pairs": 0, "fit": 0}
    part = report["potential fit or better"]
    assert part["queries"] == 2 and set(part["methods"]) >= {"matcher", "BM25", "TF-IDF cosine", "  signal: opening"}
    # Each resume's own trade comes first for matcher and for the baselines alike.
    assert part["methods"]["matcher"]["ndcg@10"] == pytest.approx(1.0)
    assert part["methods"]["BM25"]["roc_auc"] == pytest.approx(1.0)
    text = format_catalog_report(report)
    assert "### Relevant = good fit only (2 resumes)" in text and "| matcher |" in text
    # Each set of resumes (the labeller's letter) is also measured alone.
    assert set(report["sets"]) == {"A", "B"} and report["sets"]["A"]["queries"] == 1
    assert report["sets"]["B"]["methods"]["matcher"]["roc_auc"] == pytest.approx(1.0)
    assert "| A | 1 | 1.000 / 1.000 |" in text and "| B | 1 |" in text


def test_catalog_labels_errors(tmp_path):
    import json

    from matcher.evaluation.catalog import load_labels, read_texts

    bad = tmp_path / "labels.json"
    bad.write_text(json.dumps({"resumes": [{"resume": "cnam-100.csv:x", "postings": [{"posting": "p", "grade": 5}]}]}))
    with pytest.raises(InputError, match="not the expected form"):
        load_labels(bad)
    with pytest.raises(InputError, match="cannot read catalog labels"):
        load_labels(tmp_path / "missing.json")
    labels = _catalog_files(tmp_path)
    labels["resumes"][0]["postings"][0]["posting"] = "skillspan-dev.json:tech:99"
    with pytest.raises(InputError, match="1 texts not in"):
        read_texts(labels, tmp_path)
    with open(tmp_path / "skillspan-dev.json", "a") as f:
        f.write("{not json\n")
    with pytest.raises(InputError, match="line 5: not JSON"):
        read_texts(labels, tmp_path)


@pytest.mark.skipif(not (__import__("pathlib").Path(__file__).parents[2] / "shared" / "eval" / "cnam-100.csv").exists(),
                    reason="../shared/eval is not here")
def test_the_shipped_catalog_labels_name_texts_of_the_eval_data():
    from pathlib import Path

    from matcher.evaluation.catalog import load_labels, read_texts

    labels = load_labels()
    texts = read_texts(labels, Path(__file__).parents[2] / "shared" / "eval")
    assert len(labels["resumes"]) == 88 and all(len(r["postings"]) == 50 for r in labels["resumes"])
    assert all(texts[r["resume"]] for r in labels["resumes"])


def test_per_query_figures_show_which_query_a_method_wins():
    from matcher.evaluation.pairs import format_report, per_query, per_query_table

    # Two queries: the method ranks the first perfectly and the second backwards; the mean hides it.
    queries = {"q1": [(0.9, 2), (0.5, 0)], "q2": [(0.9, 0), (0.5, 1)]}
    table = per_query(queries)
    assert table["q1"]["ndcg@10"] == pytest.approx(1.0) and table["q1"]["ap"] == pytest.approx(1.0)
    assert table["q2"]["ap"] == pytest.approx(0.5) and table["q2"]["ndcg@10"] < 1.0
    # A query with no relevant item has no figure, shown as a dash.
    assert per_query({"q3": [(0.9, 0), (0.5, 0)]})["q3"] == {"ndcg@10": None, "ap": None}
    lines = per_query_table({"matcher": table, "  signal: years": per_query({"q1": [(1, 2), (1, 0)],
                                                                             "q2": [(0, 0), (1, 1)]})},
                            ["matcher", "  signal: years"])
    assert lines[2] == "| method | q1 | q2 |"
    assert lines[4].startswith("| matcher | 1.000 / 1.000 | ") and lines[5].startswith("| signal: years | ")
    report = {"pairs": 4, "postings": 2, "resumes": 2,
              "directions": {"recruiter": {"matcher": metrics_for(queries)}},
              "per_query": {"recruiter": {"matcher": table}}}
    assert "| matcher | 1.000 / 1.000 | " in format_report(report)


def test_evaluate_reports_each_posting_of_a_small_recruiter_direction(fake_embedder):
    from matcher.evaluation.pairs import Pair, evaluate

    baker = "Pastry chef.\nBaked bread and cakes for 10 years in a bakery."
    driver = "Truck driver.\nDrove a tractor-trailer for 8 years. CDL Class A."
    bakery = "Bakery Assistant\nHelp bake bread and pastries at dawn."
    trucking = "CDL Truck Driver\nDrive a tractor-trailer on regional routes. CDL Class A required."
    pairs = [Pair("P1", bakery, "R1", baker, 2), Pair("P1", bakery, "R2", driver, 0),
             Pair("P2", trucking, "R1", baker, 0), Pair("P2", trucking, "R2", driver, 2)]
    report = evaluate(pairs, fake_embedder)
    for direction in ("recruiter", "seeker"):
        table = report["per_query"][direction]
        assert {"matcher", "BM25", "  signal: years"} <= set(table)
        assert set(table["matcher"]) == ({"P1", "P2"} if direction == "recruiter" else {"R1", "R2"})
    assert report["per_query"]["recruiter"]["BM25"]["P2"]["ap"] == pytest.approx(1.0)
