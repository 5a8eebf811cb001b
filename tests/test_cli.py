"""The command line through click's CliRunner: every command and its errors."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from matcher.cli import cli

from .helpers import SEEDS


@pytest.fixture
def run(tmp_path):
    index_dir = tmp_path / "idx"

    def invoke(*args, index=index_dir):
        result = CliRunner().invoke(cli, ["--index-dir", str(index), *map(str, args)])
        assert "Traceback" not in result.output
        return result
    invoke.index_dir = index_dir
    return invoke


@pytest.fixture
def seeded(run):
    result = run("index", "add", SEEDS)
    assert result.exit_code == 0, result.output
    return run


def _snapshot(index_dir):
    return {p.name: p.read_bytes() for p in index_dir.iterdir() if p.is_file() and p.name != ".lock"
            and not p.name.endswith(("-wal", "-shm"))}


def test_help_and_version(run):
    assert run("--help").exit_code == 0
    assert "Example" in run("rank", "--help").output
    assert run("--version").output.startswith("matcher")


def test_index_add_list_stats_show(seeded):
    assert "5 unchanged" in seeded("index", "add", SEEDS).output
    listing = json.loads(seeded("index", "list", "--format", "json").output)
    assert len(listing) == 5 and {"id", "title", "company"} <= set(listing[0])
    stats = json.loads(seeded("index", "stats").output)
    assert stats["postings"] == 5 and stats["model"] == "fake"
    shown = seeded("show", "003_9161710239a7ba33")
    assert shown.exit_code == 0 and "Discord" in shown.output
    as_json = json.loads(seeded("show", "003_9161710239a7ba33", "--format", "json").output)
    assert as_json["id"] == "003_9161710239a7ba33" and as_json["requirements"]


def test_rank_json_shape(seeded, resume_file):
    result = seeded("rank", resume_file, "--format", "json", "--all")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["resume"] == "jordan.txt"
    matches = data[0]["matches"]
    assert [m["rank"] for m in matches] == [1, 2, 3, 4, 5]
    scores = [m["score"] for m in matches]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 100 for s in scores)
    for key in ("posting_id", "title", "company", "score", "explanation"):
        assert key in matches[0]
    assert matches[0]["explanation"]["covered"][0]["evidence"]
    # Same input, same output.
    assert seeded("rank", resume_file, "--format", "json", "--all").output == result.output


def test_rank_table_and_csv(seeded, resume_file):
    table = seeded("rank", resume_file, "--top", "2")
    assert table.exit_code == 0 and " 1. " in table.output and " 3. " not in table.output
    out = seeded("rank", resume_file, "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[0]["rank"] == "1"
    # the columns the README names
    assert list(rows[0]) == ["resume", "rank", "posting_id", "title", "company", "score", "verdict", "held",
                             "raised", "eligibility", "blockers", "covered", "requirements", "missing_must",
                             "skills_missing"]
    out = seeded("rank-resumes", "002_e398d6db5335ec34", resume_file, "--format", "csv").output
    assert list(next(csv.DictReader(io.StringIO(out)))) == ["rank", "resume", "score", "verdict", "held", "raised",
                                                            "eligibility", "blockers", "covered", "missing_must",
                                                            "skills_missing"]


def test_csv_rows_say_why_a_score_is_held(run, tmp_path):
    """A recruiter's CSV shows the hold the page and JSON show: a nurse's job against a resume
    with no nursing licence is held, and the column says why; a row not held leaves it empty."""
    posting = tmp_path / "rn.md"
    posting.write_text("# Registered Nurse\nRequirements\n- Active Texas RN license required\n"
                       "- 2+ years of acute care nursing experience\n", encoding="utf-8")
    nurse = tmp_path / "nurse.txt"
    nurse.write_text("Experience\nRegistered Nurse, St. Luke's Hospital, 2018 - 2024\n"
                     "Acute care nursing on a 30-bed med-surg unit.\nLicenses\nTexas RN License, active\n",
                     encoding="utf-8")
    clerk = tmp_path / "clerk.txt"
    clerk.write_text("Experience\nFile Clerk, Acme, 2018 - 2024\nFiled invoices.\n", encoding="utf-8")
    out = run("rank-resumes", str(posting), str(nurse), str(clerk), "--format", "csv")
    assert out.exit_code == 0, out.output
    rows = {r["resume"]: r for r in csv.DictReader(io.StringIO(out.output))}
    held = json.loads(run("rank-resumes", str(posting), str(clerk), "--format", "json").output)
    assert rows["clerk.txt"]["held"] and rows["clerk.txt"]["held"] == held["resumes"][0]["explanation"]["held"]
    assert rows["nurse.txt"]["held"] == ""
    assert run("index", "add", str(posting)).exit_code == 0
    ranked = list(csv.DictReader(io.StringIO(run("rank", str(clerk), "--format", "csv").output)))
    assert ranked[0]["held"] == rows["clerk.txt"]["held"]
    # the table says it under the posting's line, and nothing for a score not held
    assert f"held below likely fit: {rows['clerk.txt']['held']}" in run("rank", str(clerk)).output
    assert "held below" not in run("rank", str(nurse)).output


def test_rank_resumes_and_skills(seeded, resume_file, tmp_path):
    other = tmp_path / "chef.md"
    other.write_text("# Chef\nBaked bread for 10 years.\n")
    result = seeded("rank-resumes", "002_e398d6db5335ec34", resume_file, other, "--format", "json")
    assert result.exit_code == 0, result.output
    ranked = json.loads(result.output)["resumes"]
    assert [r["resume"] for r in ranked] == ["jordan.txt", "chef.md"]
    skills = json.loads(seeded("skills", "5 years of k8s and Postgres", "--format", "json").output)
    assert {"Kubernetes", "PostgreSQL"} <= {s["name"] for s in skills}


def test_similar(seeded):
    assert "Example" in seeded("similar", "--help").output
    result = seeded("similar", "003_9161710239a7ba33", "-k", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["posting_id"] == "003_9161710239a7ba33" and len(data["similar"]) == 2
    assert set(data["similar"][0]) == {"posting_id", "title", "company", "location", "similarity"}
    rows = list(csv.DictReader(io.StringIO(seeded("similar", "003_9161710239a7ba33",
                                                  "--format", "csv").output)))
    assert len(rows) == 4 and "003_9161710239a7ba33" not in [r["posting_id"] for r in rows]
    assert [r["posting_id"] for r in rows[:2]] == [s["posting_id"] for s in data["similar"]]
    table = seeded("similar", "003_9161710239a7ba33", "-k", "100")  # the most, as the API
    assert table.exit_code == 0 and table.output.count("\n") == 5  # header + every other
    # Read-only: the lookup writes nothing.
    before = _snapshot(seeded.index_dir)
    seeded("similar", "003_9161710239a7ba33")
    assert _snapshot(seeded.index_dir) == before


@pytest.mark.parametrize("args,message", [
    (["nope"], "no posting with id 'nope'"),
    (["003_9161710239a7ba33", "-k", "0"], "k must be"),
    (["003_9161710239a7ba33", "-k", "-3"], "k must be"),
])
def test_similar_errors_are_one_line(seeded, args, message):
    result = seeded("similar", *args)
    assert result.exit_code == 1 and message in result.output
    assert result.output.count("\n") == 1


def test_similar_k_must_be_a_number(seeded):
    result = seeded("similar", "003_9161710239a7ba33", "-k", "abc")
    assert result.exit_code != 0 and "'abc' is not a valid integer" in result.output


@pytest.mark.parametrize("name,content,message", [
    ("missing.pdf", None, "missing.pdf"),
    ("resume.exe", b"MZ", "resume.exe"),
    ("empty.txt", b"   \n", "empty"),
    ("fake.pdf", b"not a pdf at all", "fake.pdf"),
])
def test_bad_resumes_fail_cleanly(seeded, tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = _snapshot(seeded.index_dir)
    result = seeded("rank", path)
    assert result.exit_code != 0
    assert message in result.output and result.output.count("\n") <= 2
    assert _snapshot(seeded.index_dir) == before


def test_keep_going_ranks_the_rest(seeded, resume_file, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = seeded("rank", resume_file, tmp_path / "empty.txt", "--keep-going", "--format", "json")
    assert result.exit_code == 1 and "empty" in result.output


def test_a_defect_met_on_one_resume_is_one_line_and_keep_going_ranks_the_rest(seeded, tmp_path, monkeypatch):
    """A defect of matcher's (not of the input's form) never prints a traceback, nor the
    exception's message, which may quote the resume; --keep-going ranks the others."""
    import matcher.resumes.read as read

    from .helpers import RESUME_TEXT
    real = read.read_resume

    def broken(path, **kwargs):
        if "b-" in str(path):
            raise IndexError("string index out of range: Jane Doe's resume")
        return real(path, **kwargs)

    monkeypatch.setattr(read, "read_resume", broken)
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a-good.txt").write_text(RESUME_TEXT)
    (folder / "b-bad.txt").write_text(RESUME_TEXT)
    stopped = seeded("rank", folder, "--format", "json")
    assert stopped.exit_code == 1 and stopped.stdout == "" and "Traceback" not in stopped.stderr
    assert stopped.stderr.strip().startswith("Error: internal error (IndexError)") and "Jane" not in stopped.stderr
    going = seeded("rank", folder, "--format", "json", "--keep-going")
    assert going.exit_code == 1 and "b-bad.txt: internal error (IndexError)" in going.stderr
    assert [r["resume"] for r in json.loads(going.stdout)] == ["a-good.txt"]


@pytest.mark.parametrize("name,content,message", [
    ("feed.jsonl", '{"id": "a"}\n', "text"),
    ("feed.jsonl", '{"text": "Requirements\\n- Rust"}\n', "id"),
    ("feed.json", "{not json", "feed.json"),
    ("feed.xml", "<x/>", "feed.xml"),
])
def test_bad_posting_files_leave_the_index_unchanged(seeded, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    before = _snapshot(seeded.index_dir)
    result = seeded("index", "add", path)
    assert result.exit_code != 0 and message in result.output
    assert _snapshot(seeded.index_dir) == before


def test_missing_posting_path(seeded, tmp_path):
    result = seeded("index", "add", tmp_path / "nope")
    assert result.exit_code != 0 and "nope" in result.output


def test_empty_index_and_unknown_ids(run, resume_file, tmp_path):
    result = run("rank", resume_file)
    assert result.exit_code != 0 and "matcher index add" in result.output
    run("index", "add", SEEDS)
    assert run("show", "nope").exit_code != 0
    assert "nope" in run("index", "remove", "nope").output


def test_index_built_with_another_model_is_refused(seeded, resume_file):
    import sqlite3
    db = sqlite3.connect(seeded.index_dir / "matcher.db")
    db.execute("UPDATE meta SET value = 'other-model' WHERE key = 'model'")
    db.commit()
    db.close()
    result = seeded("rank", resume_file)
    assert result.exit_code != 0 and "rebuild --reembed" in result.output


def test_remove_and_rebuild(seeded):
    assert seeded("index", "remove", "000_08d9c04a1e8f909e").exit_code == 0
    assert json.loads(seeded("index", "stats").output)["postings"] == 4
    assert seeded("index", "rebuild").exit_code == 0


# -- the root options are taken after the command too ---------------------------------
def _leaf_commands(group, prefix=()):
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from _leaf_commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def test_every_command_that_opens_the_index_takes_the_root_options_after_its_name():
    for path, command in _leaf_commands(cli):
        options = {opt for param in command.params for opt in getattr(param, "opts", [])}
        if path == ("skills",):
            assert "--index-dir" not in options  # reads no index and embeds nothing
        elif path == ("eval",):
            assert "--model" in options and "--index-dir" not in options
        else:
            assert {"--index-dir", "--model"} <= options, path


def test_root_options_before_or_after_the_command_the_later_wins(tmp_path, resume_file, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the default index/ would land here
    built, other = tmp_path / "built", tmp_path / "other"

    def invoke(*args, env=None):
        result = CliRunner().invoke(cli, [*map(str, args)], env=env)
        assert "Traceback" not in result.output
        return result

    added = invoke("index", "add", SEEDS, "--index-dir", built)
    assert added.exit_code == 0, added.output
    assert (built / "matcher.db").exists() and not (tmp_path / "index").exists()
    pid = "003_9161710239a7ba33"
    for args in (("index", "list"), ("index", "stats"), ("show", pid), ("similar", pid),
                 ("rank", resume_file), ("rank-resumes", pid, resume_file), ("index", "rebuild")):
        for position in ([*args, "--index-dir", built], ["--index-dir", built, *args],
                         ["index", "--index-dir", built, *args[1:]] if args[0] == "index" else args):
            result = invoke(*position, env={"MATCHER_INDEX_DIR": str(built)} if position == args else None)
            assert result.exit_code == 0, (position, result.output)
    assert len(json.loads(invoke("--index-dir", other, "index", "list", "--index-dir", built,
                                 "--format", "json").output)) == 5
    refused = invoke("--index-dir", built, "index", "list", "--index-dir", other)
    assert refused.exit_code == 1 and str(other) in refused.output
    from_env = invoke("index", "stats", "--index-dir", other, env={"MATCHER_INDEX_DIR": str(built)})
    assert from_env.exit_code == 1 and str(other) in from_env.output
    # --model too: the index was built with the fake model
    assert "built with model 'fake'" in invoke("similar", pid, "--index-dir", built, "--model", "other").output
    assert invoke("--model", "other", "similar", pid, "--index-dir", built, "--model", "fake").exit_code == 0
    assert "--model" in invoke("eval", "--help").output


# -- batches over directories, option checks as the API's, counts and messages -------------
def test_index_add_names_the_files_it_skips_in_a_directory(seeded, tmp_path):
    feed = tmp_path / "feed"
    (feed / ".git").mkdir(parents=True)
    (feed / "nurse.txt").write_text("Registered Nurse\nRequirements\n- BLS certification\n")
    for name in ("flyer.pdf", "setup.exe", ".DS_Store", ".git/config"):
        (feed / name).write_bytes(b"%PDF-1.4 x")
    result = seeded("index", "add", feed)
    assert result.exit_code == 0 and "1 added" in result.stdout
    skipped = result.stderr.splitlines()
    assert [line for line in skipped if line.startswith("skipped")] == [
        f"skipped {feed / 'flyer.pdf'}: not a posting file (.txt .md .json .jsonl .csv .xml)",
        f"skipped {feed / 'setup.exe'}: not a posting file (.txt .md .json .jsonl .csv .xml)"]


@pytest.mark.parametrize("content,message", [
    (bytes((i * 167 + i // 7) % 256 for i in range(3000)), "not a text file"),
    ("\ufeffRegistered Nurse\nRequirements\n- BLS certification\n".encode("utf-16-le"), None),
])
def test_index_add_reads_posting_files_as_resumes_are_read(seeded, tmp_path, content, message):
    (tmp_path / "p.txt").write_bytes(content)
    before = _snapshot(seeded.index_dir)
    result = seeded("index", "add", tmp_path / "p.txt")
    if message:
        assert result.exit_code == 1 and message in result.output and result.output.count("\n") == 1
        assert _snapshot(seeded.index_dir) == before
    else:
        assert result.exit_code == 0, result.output
        assert json.loads(seeded("show", "p", "--format", "json").output)["title"] == "Registered Nurse"


@pytest.mark.parametrize("command", [["rank"], ["rank-resumes", "003_9161710239a7ba33"]])
def test_batch_commands_stop_at_an_unreadable_resume_or_keep_going(seeded, tmp_path, command):
    from .helpers import RESUME_TEXT
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a-good.txt").write_text(RESUME_TEXT)
    (folder / "b-empty.txt").write_text("")
    (folder / "c-notes.exe").write_bytes(b"MZ")
    stopped = seeded(*command, folder, "--format", "json")
    assert stopped.exit_code == 1 and stopped.stdout == ""
    assert "Error: b-empty.txt is empty; --keep-going ranks the others" in stopped.stderr
    going = seeded(*command, folder, "--format", "json", "--keep-going")
    assert going.exit_code == 1
    assert f"skipped {folder / 'c-notes.exe'}: not a resume file" in going.stderr
    assert "Error: b-empty.txt is empty\n" in going.stderr
    data = json.loads(going.stdout)
    names = [r["resume"] for r in data] if command == ["rank"] else [r["resume"] for r in data["resumes"]]
    assert names == ["a-good.txt"]
    assert "--keep-going" in seeded(*command, "--help").output


@pytest.mark.parametrize("command", [["rank"], ["rank-resumes", "003_9161710239a7ba33"]])
def test_a_directory_reads_a_docx_under_a_doc_name_and_tells_why_an_old_doc_is_passed_over(seeded, tmp_path,
                                                                                           command):
    """A directory's files are read as each given alone is: a .docx saved as .doc ranks, and an
    old Word .doc is passed over with the line it gets alone, not "not a resume file"."""
    from .helpers import RESUME_TEXT
    from .test_resumes import make_docx
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "a-saved-as.doc").write_bytes(make_docx(RESUME_TEXT.split("\n")))
    (folder / "b-old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = seeded(*command, folder, "--format", "json")
    assert result.exit_code == 0, result.output
    assert f"skipped {folder / 'b-old.doc'}: old Word .doc files are not read; save it as .docx or PDF" \
        in result.stderr
    assert "not a resume file" not in result.stderr
    data = json.loads(result.stdout)
    names = [r["resume"] for r in data] if command == ["rank"] else [r["resume"] for r in data["resumes"]]
    assert names == ["a-saved-as.doc"]


@pytest.mark.parametrize("value", ["nan", "-5", "inf", "1e12"])
def test_min_salary_is_checked_as_the_api_checks_it(seeded, resume_file, value):
    result = seeded("rank", resume_file, f"--min-salary={value}")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "--min-salary must be a yearly amount from 0 to 100,000,000" in result.output


def test_a_min_salary_below_a_thousand_is_refused_in_one_line_with_both_readings(seeded, resume_file):
    result = seeded("rank", resume_file, "--min-salary=20")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "--min-salary must be a yearly amount; 20 reads as an hourly rate or thousands: give 41,600" \
        in result.output


def test_where_takes_places_separated_by_semicolons_and_an_empty_list_is_none(seeded, resume_file):
    def places(*where):
        result = seeded("rank", resume_file, "--format", "json", *[f"--where={w}" for w in where])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)[0]["preferences"]["where"]
    assert places(";;;") == places("") == []
    assert places("MA; remote") == places("MA", "remote") == ["Massachusetts, United States", "Remote"]


def test_rank_table_prints_what_is_left_to_check(run, tmp_path):
    """The table prints the knock-outs left to check, as JSON, the API and the page have them: what the
    posting says, and under it what the resume says; they had been left out of it."""
    postings = tmp_path / "postings"
    postings.mkdir()
    (postings / "fork.txt").write_text("Forklift Operator\nAcme Logistics - Reno, NV\n\nRequirements\n"
                                       "- Must hold a current forklift certification\n- Bachelor's degree required\n")
    resume = tmp_path / "pat.txt"
    resume.write_text("Experience\nWarehouse Associate, Acme, Reno NV, 2019 - 2024\n- Picked and packed orders\n")
    assert run("index", "add", postings).exit_code == 0
    table = run("rank", resume)
    assert table.exit_code == 0, table.output
    assert ("! to check (licence): Must hold a current forklift certification\n"
            "         <- the resume does not show forklift certification") in table.output
    assert "! to check (degree): Bachelor's degree required\n         <- the resume names no degree" in table.output
    unknown = json.loads(run("rank", resume, "--format", "json").output)[0]["matches"][0]["eligibility"]["unknown"]
    assert [c["kind"] for c in unknown] == ["licence", "degree"]
    assert "to check" not in run("rank", resume, "--format", "csv").output


def test_rank_tells_each_resume_its_notices(seeded, resume_file, tmp_path):
    from .test_notices import sample

    spanish = tmp_path / "cv.txt"
    spanish.write_text(sample("es"), encoding="utf-8")
    result = seeded("rank", resume_file, spanish, "--format", "json", "--top", "1", "--where", "Springfield")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    ambiguous = {"code": "place_ambiguous",
                 "message": "'Springfield' was read as Springfield, Missouri, United States; add a state or country "
                            "to choose another (e.g. 'Springfield, MA')."}
    assert data[0]["resume"] == "jordan.txt" and data[0]["notices"] == [ambiguous]
    assert [n["code"] for n in data[1]["notices"]] == ["resume_not_english", "place_ambiguous"]
    assert list(data[0]) == ["resume", "preferences", "notices", "matches"]
    # The table prints them under each resume's postings; the CSV keeps its rows and says them on stderr.
    table = seeded("rank", spanish, "--top", "1").output
    assert table.index(" 1. ") < table.index("note: The resume does not read as English")
    assert "note:" not in seeded("rank", resume_file, "--top", "1").output
    csv_run = seeded("rank", spanish, "--format", "csv")
    assert "note:" not in csv_run.stdout and len(list(csv.DictReader(io.StringIO(csv_run.stdout)))) == 5
    assert "note: cv.txt: The resume does not read as English" in csv_run.stderr


def test_rank_resumes_tells_each_resume_its_notices(seeded, resume_file, tmp_path):
    """A recruiter ranking a folder learns which resumes matcher could barely read, as a seeker does."""
    from .test_notices import sample

    spanish = tmp_path / "cv.txt"
    spanish.write_text(sample("es"), encoding="utf-8")
    result = seeded("rank-resumes", "002_e398d6db5335ec34", resume_file, spanish, "--format", "json")
    assert result.exit_code == 0, result.output
    told = {r["resume"]: [n["code"] for n in r["notices"]] for r in json.loads(result.stdout)["resumes"]}
    assert told == {"jordan.txt": [], "cv.txt": ["resume_not_english"]}
    csv_run = seeded("rank-resumes", "002_e398d6db5335ec34", resume_file, spanish, "--format", "csv")
    assert "note:" not in csv_run.stdout and len(list(csv.DictReader(io.StringIO(csv_run.stdout)))) == 2
    assert "note: cv.txt: The resume does not read as English" in csv_run.stderr


def test_similar_k_has_the_api_limit(seeded):
    from matcher.cli.rank import SIMILAR_MAX
    from matcher.web.api import SIMILAR_MAX as API_MAX
    assert SIMILAR_MAX == API_MAX == 100
    result = seeded("similar", "003_9161710239a7ba33", "-k", "101")
    assert result.exit_code == 1 and "-k must be between 1 and 100, not 101" in result.output
    assert result.output.count("\n") == 1


@pytest.mark.parametrize("source", ["", "   "])
def test_skills_of_an_empty_source_says_it_is_empty(run, source):
    result = run("skills", source)
    assert result.exit_code == 1 and result.output == "Error: SOURCE is empty: give a file or some text\n"


def test_remove_counts_each_posting_once(seeded):
    result = seeded("index", "remove", "000_08d9c04a1e8f909e", "000_08d9c04a1e8f909e")
    assert result.exit_code == 0 and result.output.startswith("removed 1; 4 postings left")


# -- index add: every bad record, --keep-going, repeats, empty feeds, field names ------------
NURSE_TEXT = "Registered Nurse\nRequirements\n- BLS certification\n- 2+ years of ICU experience\n"


def _jsonl(path, *records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def _feed_with_bad_records(tmp_path, bad=3):
    good = [{"id": f"good-{n}", "text": NURSE_TEXT + f"- shift {n}\n"} for n in range(2)]
    broken = [{"id": "huge", "text": "x " * 40_000}, {"id": "no-text", "title": "Nurse"},
              {"id": "neg", "text": NURSE_TEXT, "salary": -5}]
    broken += [{"id": f"no-text-{n}", "title": "Nurse"} for n in range(bad - 3)]
    return _jsonl(tmp_path / "feed.jsonl", good[0], *broken[:bad], good[1])


def test_index_add_lists_every_bad_record_in_line_order_and_adds_nothing(seeded, tmp_path):
    feed = _feed_with_bad_records(tmp_path)
    before = _snapshot(seeded.index_dir)
    result = seeded("index", "add", feed)
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "Error: 3 records refused, nothing added; --keep-going adds the 2 good records:"
    assert [line.split(":")[0] for line in lines[1:]] == [f"  {feed} line {n}" for n in (2, 3, 4)]
    assert "50,000-character limit" in lines[1] and "has no 'text'" in lines[2] and "'salary'" in lines[3]
    assert _snapshot(seeded.index_dir) == before


def test_index_add_lists_at_most_twenty_bad_records(seeded, tmp_path):
    result = seeded("index", "add", _feed_with_bad_records(tmp_path, bad=25))
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and len(lines) == 22 and lines[-1] == "  and 5 more"


def test_index_add_keep_going_adds_the_good_records_and_names_each_bad_one(seeded, tmp_path):
    feed = _feed_with_bad_records(tmp_path)
    result = seeded("index", "add", feed, "--keep-going")
    assert result.exit_code == 1
    assert result.stdout.startswith("2 added, 0 updated, 0 unchanged; 7 postings")
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused ")]
    assert [line.split(":")[0] for line in refused] == [f"refused {feed} line {n}" for n in (2, 3, 4)]
    assert result.stderr.splitlines()[-1] == "Error: 3 records refused (named above)"
    assert seeded("show", "good-1").exit_code == 0 and seeded("show", "neg").exit_code == 1
    # a clean feed with --keep-going is exit status 0
    assert seeded("index", "add", SEEDS, "--keep-going").exit_code == 0


def test_index_add_reads_an_xml_job_feed(seeded, tmp_path):
    from .test_postings import INDEED_XML

    feed = tmp_path / "indeed.xml"
    feed.write_text(INDEED_XML)
    result = seeded("index", "add", feed)
    assert result.exit_code == 0 and result.stdout.startswith("2 added, 0 updated, 0 unchanged; 7 postings")
    shown = json.loads(seeded("show", "RN-4471", "--format", "json").stdout)
    assert shown["location"] == "Tacoma, WA, US" and shown["company"] == "Harbor Health"


def test_index_add_sync_leaves_just_the_feeds_postings(seeded, tmp_path):
    # the same feed again: nothing removed, and the count says so
    again = seeded("index", "add", SEEDS, "--sync")
    assert again.exit_code == 0 and again.stdout.startswith("0 added, 0 updated, 5 unchanged, 0 removed; 5 postings")
    # a nightly feed that no longer lists the seeds' jobs: they are removed, and counted
    feed = _jsonl(tmp_path / "nightly.jsonl", *({"id": f"rn-{n}", "text": NURSE_TEXT + f"- unit {n}\n"}
                                                for n in range(2)))
    synced = seeded("index", "add", feed, "--sync")
    assert synced.exit_code == 0 and synced.stdout.startswith("2 added, 0 updated, 0 unchanged, 5 removed; 2 postings")
    listed = json.loads(seeded("index", "list", "--format", "json").stdout)
    assert sorted(row["id"] for row in listed) == ["rn-0", "rn-1"]
    # without --sync an add removes nothing
    assert seeded("index", "add", SEEDS).stdout.startswith("5 added, 0 updated, 0 unchanged; 7 postings")


def test_index_add_sync_removes_nothing_when_a_record_is_refused_or_the_feed_is_empty(seeded, tmp_path):
    going = seeded("index", "add", _feed_with_bad_records(tmp_path), "--keep-going", "--sync")
    assert going.exit_code == 1 and going.stdout.startswith("2 added, 0 updated, 0 unchanged; 7 postings")
    assert "note: not synced: with records refused, no posting was removed" in going.stderr
    before = _snapshot(seeded.index_dir)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    stopped = seeded("index", "add", empty, "--sync")
    assert stopped.exit_code == 1 and stopped.stdout == ""
    assert stopped.stderr.splitlines()[-1].startswith(f"Error: nothing synced: {empty} holds no posting")
    assert _snapshot(seeded.index_dir) == before


def test_index_add_takes_a_repeated_record_once_but_refuses_an_id_with_two_contents(seeded, tmp_path):
    record = {"id": "rn-1", "title": "Registered Nurse", "text": NURSE_TEXT}
    result = seeded("index", "add", _jsonl(tmp_path / "twice.jsonl", record, record))
    assert result.exit_code == 0 and result.stdout.startswith("1 added")
    assert f"{tmp_path / 'twice.jsonl'} line 2: the same record as {tmp_path / 'twice.jsonl'} line 1 " \
           "(id 'rn-1'); taken once" in result.stderr
    other = _jsonl(tmp_path / "other.jsonl", record, {**record, "title": "ICU Nurse"})
    result = seeded("index", "add", other)
    assert result.exit_code == 1 and "line 2: duplicate id 'rn-1' with other content" in result.output


@pytest.mark.parametrize("name,content", [("empty.jsonl", ""), ("blank.jsonl", "\n  \n"),
                                          ("header.csv", "id,title,text\n"), ("none.json", "[]")])
def test_an_empty_feed_adds_nothing_and_is_no_error(seeded, tmp_path, name, content):
    (tmp_path / name).write_text(content)
    before = _snapshot(seeded.index_dir)
    result = seeded("index", "add", tmp_path / name)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "nothing to add from it" in result.stderr
    assert _snapshot(seeded.index_dir) == before


def test_a_file_that_is_not_a_feed_still_fails(seeded, tmp_path):
    (tmp_path / "junk.jsonl").write_bytes(bytes((i * 167 + i // 7) % 256 for i in range(3000)))
    result = seeded("index", "add", tmp_path / "junk.jsonl")
    assert result.exit_code == 1 and "not a text file" in result.output


def test_job_board_names_for_the_id_and_the_text_are_read(seeded, tmp_path):
    (tmp_path / "board.csv").write_text('Job ID,Job Title,Employer,Job Description\n'
                                        f'b-1,Registered Nurse,Harbor Health,"{NURSE_TEXT}"\n')
    _jsonl(tmp_path / "board.jsonl", {"job_id": "b-2", "body": NURSE_TEXT},
           {"Requisition ID": "b-3", "content": NURSE_TEXT + "- night shifts\n"},
           {"id": "b-4", "ref": "R-77", "text": NURSE_TEXT + "- weekends\n"})
    result = seeded("index", "add", tmp_path / "board.csv", tmp_path / "board.jsonl")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("4 added")
    assert json.loads(seeded("show", "b-1", "--format", "json").output)["company"] == "Harbor Health"
    # with an 'id' given, 'ref' is another field, and named as unused
    assert f"{tmp_path / 'board.jsonl'}: ignored field 'ref' (the record's 'id' is read instead): " \
           "matcher does not read it" in result.stderr


def test_unused_fields_are_named_once_per_file_with_a_suggestion(seeded, tmp_path):
    feed = _jsonl(tmp_path / "typo.jsonl", {"id": "t-1", "titel": "Welder", "text": NURSE_TEXT},
                  {"id": "t-2", "titel": "Welder", "Department": "Ops", "text": NURSE_TEXT + "- x\n"})
    result = seeded("index", "add", feed)
    assert result.exit_code == 0
    notes = [line for line in result.stderr.splitlines() if "ignored" in line]
    assert notes == [f"{feed}: ignored fields 'titel' (did you mean 'title'?), 'Department': "
                     "matcher does not read them"]


def test_a_semicolon_separated_csv_gets_a_hint(seeded, tmp_path):
    (tmp_path / "semi.csv").write_text("id;title;description\nx-1;Nurse;Requirements\n")
    result = seeded("index", "add", tmp_path / "semi.csv")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "the header looks ';'-separated" in result.output


def test_index_add_notes_a_posting_repeated_under_another_id(seeded, tmp_path):
    text = (SEEDS / "003_9161710239a7ba33.txt").read_text()
    feed = tmp_path / "feed"
    feed.mkdir()
    for name in ("copy-1", "copy-2"):
        (feed / f"{name}.txt").write_text(text)
    (feed / "elsewhere.txt").write_text(text.replace("United States", "Norway"))
    result = seeded("index", "add", feed)
    assert result.exit_code == 0 and result.stdout.startswith("3 added")
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert notes == ["note: posting 'copy-2' has the same text as 'copy-1' (added all the same)",
                     "note: posting 'copy-1' has the same text as '003_9161710239a7ba33' (added all the same)"]
    again = seeded("index", "add", feed)  # unchanged postings are not noted again
    assert again.exit_code == 0 and "note:" not in again.stderr


def test_remove_removes_the_ids_present_and_names_each_missing_one(seeded):
    result = seeded("index", "remove", "000_08d9c04a1e8f909e", "gone-1", "003_9161710239a7ba33", "gone-2")
    assert result.exit_code == 1
    assert result.stdout == "removed 2; 3 postings left\n"
    assert result.stderr == ("Error: no posting with id 'gone-1' in the index\n"
                             "Error: no posting with id 'gone-2' in the index\n")
    assert json.loads(seeded("index", "stats").output)["postings"] == 3
    none = seeded("index", "remove", "gone-1", "gone-2")
    assert none.exit_code == 1 and "none of the 2 ids is in the index; nothing removed" in none.stderr


# -- option values as the API reads them, in one line ---------------------------------------
@pytest.mark.parametrize("value", ["170k", "170K", "$170,000", "170000"])
def test_min_salary_takes_the_apis_forms(seeded, resume_file, value):
    result = seeded("rank", resume_file, f"--min-salary={value}", "--format", "json", "--all")
    assert result.exit_code == 0, result.output
    plain = seeded("rank", resume_file, "--min-salary=170000", "--format", "json", "--all")
    assert result.stdout == plain.stdout


def test_min_salary_that_is_no_amount_is_one_line(seeded, resume_file):
    result = seeded("rank", resume_file, "--min-salary=lots")
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert "--min-salary must be a yearly amount from 0 to 100,000,000 (such as 120000, 120k or $120,000), " \
           "not 'lots'" in result.output


@pytest.mark.parametrize("args,message", [
    (["--top", "0"], "Error: Invalid value for '--top': 0 is not in the range x>=1.\n"),
    (["--top", "x"], "Error: Invalid value for '--top': 'x' is not a valid integer range.\n")])
def test_a_bad_option_value_is_one_line_with_clicks_exit_status(seeded, resume_file, args, message):
    result = seeded("rank", resume_file, *args)
    assert result.exit_code == 2 and result.output == message


def test_show_json_gives_the_salary_currency_as_the_api_does(run, tmp_path):
    feed = tmp_path / "pay.jsonl"
    feed.write_text(json.dumps({"id": "eur-1", "title": "Baker", "salary": "€30.000 - €34.000",
                                "text": "Requirements\n- 2+ years of bakery work."}) + "\n")
    assert run("index", "add", feed).exit_code == 0
    assert json.loads(run("show", "eur-1", "--format", "json").output)["salary_currency"] == "EUR"


def test_the_table_tells_a_quality_not_shown_apart_from_a_must_have_missing(run, tmp_path):
    posting = tmp_path / "desk.txt"
    posting.write_text("# Front Desk Agent\nRequirements\n- Experience with Opera PMS\n"
                       "- Strong attention to detail\n", encoding="utf-8")
    assert run("index", "add", posting).exit_code == 0
    resume = tmp_path / "r.txt"
    resume.write_text("Experience\nCashier, Acme Foods, 2019 - 2024\nRan the register.\n", encoding="utf-8")
    out = run("rank", resume).output
    assert "- Experience with Opera PMS" in out and "- Strong attention to detail" not in out
    assert "? Strong attention to detail  (not shown: give an example in your resume or cover letter)" in out
    row = run("rank", resume, "--format", "csv").output.splitlines()[1]
    assert row.endswith("Experience with Opera PMS,Opera PMS")
