"""The JSON API through Flask's test client, over a fake-model index of the seeds."""

from __future__ import annotations

import io
import logging
import re

import pytest

from .helpers import RESUME_TEXT, make_pdf

SECRET = "s3cret-key"
RECORD = {"id": "api-rust-1", "title": "Rust Engineer", "company": "Ferris Inc",
          "location": "Berlin", "text": "Requirements\n- 3+ years of Rust in production.\n"
                                        "- Experience with PostgreSQL and Kubernetes.\n"}


def assert_error(response, status: int) -> dict:
    """Every API error has exactly one shape."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    assert isinstance(body["error"], str) and body["error"] and "\n" not in body["error"]
    return body


def upload(client, data: bytes, filename: str, **fields):
    fields["file"] = (io.BytesIO(data), filename)
    return client.post("/api/v1/match", data=fields, content_type="multipart/form-data")


# -- POST /api/v1/match -------------------------------------------------------------------
def test_match_json_is_one_element_of_cli_rank_json(client, web_index):
    from matcher.embed.models import get_embedder
    from matcher.index.index import Index
    from matcher.ranking.catalog import Catalog
    from matcher.resumes.read import resume_from_text

    response = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 3})
    assert response.status_code == 200
    body = response.get_json()

    # What `matcher rank --format json` prints for the same resume, built the same way.
    with Index.open(web_index, get_embedder("fake")) as index:
        catalog = Catalog.from_index(index)
    resume = resume_from_text(RESUME_TEXT)
    expected = {"resume": resume.name, "preferences": {"where": [], "needs_sponsorship": False},
                "notices": [], "matches": [m.to_dict() for m in catalog.rank(resume, 3)]}
    assert body == expected
    assert [m["rank"] for m in body["matches"]] == [1, 2, 3]
    scores = [m["score"] for m in body["matches"]]
    assert scores == sorted(scores, reverse=True)
    explanation = body["matches"][0]["explanation"]
    assert {"requirements", "covered", "skills_missing", "years_asked"} <= set(explanation)


def test_match_tells_its_notices_once_for_the_request(client):
    from .test_notices import sample

    body = client.post("/api/v1/match", json={"text": sample("es"), "top_k": 2,
                                              "where": ["Springfield", "remote"]}).get_json()
    assert body["notices"] == [
        {"code": "resume_not_english",
         "message": "The resume does not read as English: matcher reads English resumes only, so its skills, "
                    "years and qualifications were mostly not found."},
        {"code": "place_ambiguous",
         "message": "'Springfield' was read as Springfield, Missouri, United States; add a state or country to "
                    "choose another (e.g. 'Springfield, MA')."}]
    assert len(body["matches"]) == 2 and all("notices" not in m for m in body["matches"])
    # the same in a form, the places in one text
    form = client.post("/api/v1/match", data={"text": sample("es"), "top_k": "2", "where": "Springfield; remote"})
    assert form.get_json()["notices"] == body["notices"]


def test_match_multipart_text_file(client):
    response = upload(client, RESUME_TEXT.encode(), "jordan.txt", top_k="2")
    assert response.status_code == 200
    body = response.get_json()
    assert body["resume"] == "jordan.txt"
    assert len(body["matches"]) == 2


def test_match_pdf_upload(client):
    response = upload(client, make_pdf(RESUME_TEXT), "jordan.pdf")
    assert response.status_code == 200
    body = response.get_json()
    assert body["resume"] == "jordan.pdf"
    assert len(body["matches"]) == 5
    covered = [c for m in body["matches"] for c in m["explanation"]["covered"]]
    assert covered and all(c["evidence"] for c in covered)


def test_match_multipart_text_field_and_query_parameters(client):
    response = client.post("/api/v1/match?top_k=1", data={"text": RESUME_TEXT})
    assert response.status_code == 200
    assert len(response.get_json()["matches"]) == 1


def test_explain_false_leaves_out_explanations(client):
    body = client.post("/api/v1/match", json={"text": RESUME_TEXT, "explain": False}).get_json()
    assert body["matches"] and all("explanation" not in m for m in body["matches"])
    body = client.post("/api/v1/match?explain=false", json={"text": RESUME_TEXT}).get_json()
    assert all("explanation" not in m for m in body["matches"])


def test_filters(client):
    everything = client.post("/api/v1/match", json={"text": RESUME_TEXT}).get_json()["matches"]
    remote = client.post("/api/v1/match", json={"text": RESUME_TEXT, "remote_only": True})
    remote = remote.get_json()["matches"]
    assert remote and len(remote) < len(everything)
    assert all(m["remote"] for m in remote)

    company = next(m["company"] for m in everything if m["company"])
    only = client.post("/api/v1/match", json={"text": RESUME_TEXT, "company": company.upper()})
    assert {m["company"] for m in only.get_json()["matches"]} == {company}

    rich = client.post("/api/v1/match", json={"text": RESUME_TEXT, "min_salary": "1,000,000"})
    for m in rich.get_json()["matches"]:
        # Postings that state no salary stay; stated ones below the floor go.
        assert m["salary_max"] is None and m["salary_min"] is None


@pytest.mark.parametrize("params", [
    {"top_k": 0}, {"top_k": 101}, {"top_k": "ten"}, {"top_k": True},
    {"remote_only": "maybe"}, {"explain": "perhaps"}, {"min_salary": "lots"},
    {"min_salary": -5}, {"location": 42}, {"company": "x" * 500},
])
def test_bad_parameters_are_400(client, params):
    assert_error(client.post("/api/v1/match", json={"text": RESUME_TEXT, **params}), 400)


@pytest.mark.parametrize("value", [20, "17.5", "$20"])
def test_a_min_salary_below_a_thousand_is_refused_as_an_hourly_rate_or_thousands(client, value):
    """"20" is no yearly pay: as $20 a year it would keep every posting, so it is refused with both readings."""
    body = assert_error(client.post("/api/v1/match", json={"text": RESUME_TEXT, "min_salary": value}), 400)
    assert "reads as an hourly rate or thousands" in body["error"]
    assert client.post("/api/v1/match", json={"text": RESUME_TEXT, "min_salary": 0}).status_code == 200


def test_bad_bodies(client):
    assert_error(client.post("/api/v1/match", data="plain words", content_type="text/plain"), 415)
    assert_error(client.post("/api/v1/match"), 415)
    assert_error(client.post("/api/v1/match", data="{not json", content_type="application/json"),
                 400)
    assert_error(client.post("/api/v1/match", json=["a", "list"]), 400)
    assert_error(client.post("/api/v1/match", json={"resume": "no text key"}), 400)
    assert_error(client.post("/api/v1/match", json={"text": 12}), 400)
    assert_error(client.post("/api/v1/match", json={"text": "   "}), 400)
    assert_error(client.post("/api/v1/match", data={"top_k": "3"},
                             content_type="multipart/form-data"), 400)


# -- fields: unknown, repeated or mistyped ones are a 400, never ignored -------------------
def _two_files(client):
    files = [(io.BytesIO(RESUME_TEXT.encode()), "a.txt"), (io.BytesIO(b"Nurse, ICU, 5 years"), "b.txt")]
    return client.post("/api/v1/match", data={"file": files}, content_type="multipart/form-data")


@pytest.mark.parametrize("send, words", [
    (lambda c: upload(c, RESUME_TEXT.encode(), "cv.txt", top="-1"),
     "unknown field 'top'; expected one of: file, text, top_k, remote_only, location, company, "
     "min_salary, where, needs_sponsorship, explain"),
    (lambda c: upload(c, RESUME_TEXT.encode(), "cv.txt", foo="bar"), "unknown field 'foo'"),
    (lambda c: c.post("/api/v1/match", data={"text": RESUME_TEXT, "topk": "3"}), "unknown field 'topk'"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "bogus": 1}),
     "unknown field 'bogus'; expected one of: text, top_k,"),
    (lambda c: c.post("/api/v1/match?top=3", json={"text": RESUME_TEXT}),
     "unknown query parameter 'top'; expected one of: top_k,"),
    (lambda c: upload(c, RESUME_TEXT.encode(), "cv.txt", text=RESUME_TEXT), "not both"),
    (_two_files, "'file' is given more than once"),
    (lambda c: c.post("/api/v1/match", data={"text": RESUME_TEXT, "top_k": ["1", "2"]}),
     "'top_k' is given more than once"),
    (lambda c: c.post("/api/v1/match?top_k=1", json={"text": RESUME_TEXT, "top_k": 2}),
     "in the query string and in the body"),
    (lambda c: c.post("/api/v1/match", data={"text": RESUME_TEXT, "file": "cv.pdf"},
                      content_type="multipart/form-data"), "'file' must be a file part"),
    (lambda c: c.post("/api/v1/match", data={"text": (io.BytesIO(b"Go"), "cv.txt")},
                      content_type="multipart/form-data"), "'text' must be a text field"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "remote_only": "yes"}),
     "remote_only must be true or false, not the text 'yes'"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "explain": 0}),
     "explain must be true or false, not 0"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "needs_sponsorship": None}),
     "needs_sponsorship must be true or false, not null"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": "5"}),
     "top_k must be a whole number, not the text '5'"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 2.5}),
     "top_k must be a whole number, not 2.5"),
    (lambda c: c.post("/api/v1/match", json={"text": RESUME_TEXT, "min_salary": [1]}),
     "min_salary must be a number or text, not a list"),
])
def test_unknown_repeated_or_mistyped_fields_are_400(client, send, words):
    body = assert_error(send(client), 400)
    assert words in body["error"], body["error"]


def test_every_documented_match_field_is_taken(client):
    from matcher.web.openapi import MATCH_PARAMS
    from matcher.web.requests import parse_match_params

    class Asked(dict):  # the names parse_match_params reads are the documented ones
        def get(self, key, default=None):
            names.add(key)
            return super().get(key, default)

    names: set = set()
    parse_match_params(Asked())
    assert names == set(MATCH_PARAMS)
    every = {"top_k": 3, "remote_only": False, "location": "", "company": "", "min_salary": "50k",
             "where": ["remote"], "needs_sponsorship": False, "explain": True}
    assert client.post("/api/v1/match", json={"text": RESUME_TEXT, **every}).status_code == 200
    form = {name: "remote" if name == "where" else str(value).lower() for name, value in every.items()}
    assert upload(client, RESUME_TEXT.encode(), "cv.txt", **form).status_code == 200
    assert client.post("/api/v1/match?top_k=2&explain=false", data={"text": RESUME_TEXT}).status_code == 200
    # `where` may repeat in a form or a query, one place each (as `matcher rank --where`)
    both = client.post("/api/v1/match?where=Berlin", data={"text": RESUME_TEXT, "where": ["remote", "TX"]})
    assert both.status_code == 400  # ... but in one place: the query string or the body
    repeated = client.post("/api/v1/match", data={"text": RESUME_TEXT, "where": ["remote", "TX"]})
    assert repeated.status_code == 200 and len(repeated.get_json()["preferences"]["where"]) == 2
    # a form's file input left empty, next to pasted text, is no file
    empty = client.post("/api/v1/match", data={"text": RESUME_TEXT, "file": (io.BytesIO(b""), "")},
                        content_type="multipart/form-data")
    assert empty.status_code == 200


def test_bad_uploads(client):
    assert_error(upload(client, b"MZ\x90\x00binary", "resume.exe"), 415)
    assert_error(upload(client, b"", "empty.txt"), 400)
    assert_error(upload(client, b"%PDF-1.4\nthis is not really a pdf\n%%EOF", "broken.pdf"), 422)


def test_upload_over_the_limit_is_413(make_app):
    client = make_app(MAX_UPLOAD_MB=0.05).test_client()
    big = (RESUME_TEXT * 200).encode()
    assert len(big) > 0.05 * 1024 * 1024 + 64 * 1024
    body = assert_error(upload(client, big, "big.txt"), 413)
    assert "0.05 MB" in body["error"]
    # Just over the file cap but inside the body allowance: the file reader refuses it.
    body = assert_error(upload(client, b"a" * int(0.05 * 1024 * 1024 + 10), "big.txt"), 413)
    assert_error(client.post("/api/v1/match", json={"text": "x" * 200_000}), 413)


def test_uploads_never_touch_the_disk(client, monkeypatch):
    import werkzeug.formparser

    def no_disk(*args, **kwargs):
        raise AssertionError("an upload was spooled to a temporary file")

    # Werkzeug spools file parts over 500 KiB to disk unless the app keeps them in memory.
    monkeypatch.setattr(werkzeug.formparser, "SpooledTemporaryFile", no_disk, raising=False)
    # One long line: cut into a few hundred sentences, under the resume's sentence cap.
    padded = RESUME_TEXT + "\n" + ("Maintained internal tooling " * 25_000)
    assert len(padded) > 600_000
    response = upload(client, padded.encode(), "long.txt")
    assert response.status_code == 200


def test_no_index_is_409(make_app, tmp_path):
    client = make_app(INDEX_DIR=str(tmp_path / "nothing-here")).test_client()
    assert_error(client.post("/api/v1/match", json={"text": RESUME_TEXT}), 409)


# -- postings -------------------------------------------------------------------------------
def test_list_postings_by_offset_and_page(client):
    first = client.get("/api/v1/postings?limit=2").get_json()
    assert first["total"] == 5 and first["offset"] == 0 and first["limit"] == 2
    assert len(first["postings"]) == 2 and first["next"]
    seen = [p["id"] for p in first["postings"]]
    page = first
    while page["next"]:
        page = client.get(page["next"]).get_json()
        seen += [p["id"] for p in page["postings"]]
    assert len(seen) == len(set(seen)) == 5
    assert page["next"] is None

    paged = client.get("/api/v1/postings?page=3&per_page=2").get_json()
    assert paged["page"] == 3 and paged["per_page"] == 2 and paged["offset"] == 4
    assert [p["id"] for p in paged["postings"]] == seen[4:] and paged["next"] is None
    assert client.get("/api/v1/postings?page=1&per_page=2").get_json()["next"] == \
        "/api/v1/postings?page=2&per_page=2"
    row = first["postings"][0]
    assert {"id", "title", "company", "location", "remote", "href"} <= set(row)
    assert client.get(row["href"]).status_code == 200


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "page=0",
                                   "per_page=1000", "limit=abc"])
def test_list_postings_bad_paging_is_400(client, query):
    assert_error(client.get("/api/v1/postings?" + query), 400)


def test_get_posting(client):
    first = client.get("/api/v1/postings?limit=1").get_json()["postings"][0]
    posting = client.get(f"/api/v1/postings/{first['id']}").get_json()
    assert posting["id"] == first["id"]
    assert {"title", "requirements", "skills", "sections"} <= set(posting)
    assert_error(client.get("/api/v1/postings/no-such-posting"), 404)


SEED = "003_9161710239a7ba33"


def test_similar_postings(client, web_index):
    from matcher.embed.models import get_embedder
    from matcher.index.index import Index

    response = client.get(f"/api/v1/postings/{SEED}/similar?k=2")
    assert response.status_code == 200
    body = response.get_json()
    with Index.open(web_index, get_embedder("fake")) as index:
        # what `matcher similar --format json` prints, plus "ok"
        expected = [s.to_dict() for s in index.similar(SEED, 2)]
    assert body == {"ok": True, "posting_id": SEED, "similar": expected}
    assert len(body["similar"]) == 2 and SEED not in [s["posting_id"] for s in body["similar"]]
    assert set(body["similar"][0]) == {"posting_id", "title", "company", "location", "similarity"}
    everyone = client.get(f"/api/v1/postings/{SEED}/similar").get_json()["similar"]
    assert len(everyone) == 4  # k defaults to 10: every other posting of five
    assert [s["similarity"] for s in everyone] == sorted((s["similarity"] for s in everyone),
                                                         reverse=True)


@pytest.mark.parametrize("query", ["k=0", "k=-1", "k=abc", "k=101", "k=1.5", "k=10000000000"])
def test_similar_bad_k_is_400(client, query):
    body = assert_error(client.get(f"/api/v1/postings/{SEED}/similar?{query}"), 400)
    assert body["error"].startswith("k must be")


def test_similar_unknown_posting_and_no_index(client, make_app, tmp_path):
    body = assert_error(client.get("/api/v1/postings/no-such-posting/similar"), 404)
    assert "no-such-posting" in body["error"]
    empty = make_app(INDEX_DIR=str(tmp_path / "nothing-here")).test_client()
    assert_error(empty.get(f"/api/v1/postings/{SEED}/similar"), 409)


def test_similar_loads_faiss_once_per_index_generation(make_app, monkeypatch):
    from matcher.index.vectors import VectorIndex

    loads = []
    original = VectorIndex.load.__func__

    def counted(cls, path):
        loads.append(path)
        return original(cls, path)

    monkeypatch.setattr(VectorIndex, "load", classmethod(counted))
    app = make_app(API_KEY=SECRET)
    client = app.test_client()
    for _ in range(3):
        assert client.get(f"/api/v1/postings/{SEED}/similar").status_code == 200
    assert len(loads) == 1
    # A write makes a new generation: the next lookup loads the FAISS file again, once,
    # and sees the write.
    auth = {"Authorization": f"Bearer {SECRET}"}
    assert client.delete("/api/v1/postings/000_08d9c04a1e8f909e", headers=auth).status_code == 200
    before = len(loads)
    for _ in range(2):
        found = client.get(f"/api/v1/postings/{SEED}/similar").get_json()["similar"]
        assert "000_08d9c04a1e8f909e" not in [s["posting_id"] for s in found] and len(found) == 3
    assert len(loads) == before + 1


def test_writes_are_disabled_without_a_configured_key(client):
    body = assert_error(client.post("/api/v1/postings", json=RECORD,
                                    headers={"Authorization": "Bearer anything"}), 403)
    assert "MATCHER_API_KEY" in body["error"]
    assert_error(client.delete("/api/v1/postings/000_08d9c04a1e8f909e"), 403)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"},
                                     {"Authorization": SECRET}, {"Authorization": "Basic " + SECRET},
                                     {"Authorization": "Bearer "}])
def test_writes_need_the_right_key(make_app, headers):
    client = make_app(API_KEY=SECRET).test_client()
    response = client.post("/api/v1/postings", json=RECORD, headers=headers)
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert_error(client.delete("/api/v1/postings/000_08d9c04a1e8f909e", headers=headers), 401)


def test_add_update_delete_postings(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    auth = {"Authorization": f"Bearer {SECRET}"}
    assert client.post("/api/v1/postings", json=RECORD, headers=auth).get_json() == \
        {"added": 1, "updated": 0, "unchanged": 0, "postings": 6}
    assert client.post("/api/v1/postings", json=[RECORD], headers=auth).get_json()["unchanged"] == 1
    changed = dict(RECORD, title="Senior Rust Engineer")
    second = dict(RECORD, id="api-rust-2")
    counts = client.post("/api/v1/postings", json=[changed, second], headers=auth).get_json()
    assert counts == {"added": 1, "updated": 1, "unchanged": 0, "postings": 7}
    assert client.get("/api/v1/postings/api-rust-1").get_json()["title"] == "Senior Rust Engineer"

    # The running app sees new postings without a restart.
    ids = {m["posting_id"] for m in client.post(
        "/api/v1/match", json={"text": RESUME_TEXT, "top_k": 100}).get_json()["matches"]}
    assert {"api-rust-1", "api-rust-2"} <= ids

    assert client.delete("/api/v1/postings/api-rust-2", headers=auth).get_json() == \
        {"ok": True, "deleted": "api-rust-2"}
    assert_error(client.get("/api/v1/postings/api-rust-2"), 404)
    assert_error(client.delete("/api/v1/postings/api-rust-2", headers=auth), 404)
    ids = {m["posting_id"] for m in client.post(
        "/api/v1/match", json={"text": RESUME_TEXT, "top_k": 100}).get_json()["matches"]}
    assert "api-rust-2" not in ids and "api-rust-1" in ids
    assert client.get("/healthz").get_json()["postings"] == 6


def test_bad_posting_records(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    auth = {"Authorization": f"Bearer {SECRET}"}
    body = assert_error(client.post("/api/v1/postings", json=[RECORD, {"id": "x"}],
                                    headers=auth), 400)
    assert "record 2" in body["error"]  # names the bad record
    assert_error(client.post("/api/v1/postings", json=[], headers=auth), 400)
    assert_error(client.post("/api/v1/postings", json=[1, 2], headers=auth), 400)
    assert_error(client.post("/api/v1/postings", json="text", headers=auth), 400)
    assert_error(client.post("/api/v1/postings", data="id,text", headers=auth,
                             content_type="text/csv"), 415)
    body = assert_error(client.post("/api/v1/postings", json=[RECORD, dict(RECORD, id="b", titel="x")],
                                    headers=auth), 400)
    assert body["error"] == ("request body record 2: unknown field 'titel'; expected one of: id, text, "
                             "description, title, company, location, url, salary, remote")
    body = assert_error(client.post("/api/v1/postings?dry_run=1", json=RECORD, headers=auth), 400)
    assert "unknown query parameter 'dry_run'" in body["error"]
    # Nothing of a rejected batch was written.
    assert client.get("/api/v1/postings").get_json()["total"] == 5
    # The field names are read as the CLI reads a feed's: "Title" is title.
    capitalised = {key.capitalize(): value for key, value in RECORD.items()}
    assert client.post("/api/v1/postings", json=capitalised, headers=auth).get_json()["added"] == 1
    # ... and the other names a feed may give a field, as `matcher index add` takes them.
    aliased = {"id": "api-rust-9", "text": RECORD["text"], "Job Title": "Rust Engineer", "employer": "Ferris"}
    assert client.post("/api/v1/postings", json=aliased, headers=auth).get_json()["added"] == 1


# -- errors, limits, operations --------------------------------------------------------
def test_unknown_routes_and_methods(client):
    assert_error(client.get("/api/v1/nothing"), 404)
    response = client.get("/api/v1/match")
    assert_error(response, 405)
    assert "POST" in response.headers["Allow"]
    assert_error(client.put("/api/v1/postings/abc"), 405)


def test_rate_limit_is_429_with_retry_after(make_app):
    app = make_app(RATE_LIMIT="2/minute")
    client = app.test_client()
    for _ in range(2):
        assert client.post("/api/v1/match", json={"text": RESUME_TEXT}).status_code == 200
    response = client.post("/api/v1/match", json={"text": RESUME_TEXT})
    body = assert_error(response, 429)
    assert "2 per 1 minute" in body["error"]
    assert int(response.headers["Retry-After"]) > 0
    # Reading endpoints are not limited; another app counts on its own.
    assert client.get("/api/v1/postings").status_code == 200
    assert client.get(f"/api/v1/postings/{SEED}/similar").status_code == 200
    other = make_app(RATE_LIMIT="2/minute").test_client()
    assert other.post("/api/v1/match", json={"text": RESUME_TEXT}).status_code == 200


def test_unexpected_errors_are_500_json_and_not_logged_with_resume_text(make_app, caplog,
                                                                         monkeypatch):
    app = make_app()
    app.config["TESTING"] = False  # let the handler catch it, as in production
    app.config["PROPAGATE_EXCEPTIONS"] = False

    def broken(resume, *args, **kwargs):
        # An exception whose message quotes the resume, as a careless library might.
        raise RuntimeError(resume.text[:200])

    monkeypatch.setattr(app.extensions["matcher"], "match", broken)
    with caplog.at_level(logging.DEBUG):
        response = app.test_client().post("/api/v1/match", json={"text": RESUME_TEXT})
    body = assert_error(response, 500)
    assert "7 years" not in body["error"]
    assert "RuntimeError" in caplog.text
    assert "Backend engineer" not in caplog.text and "Tokio" not in caplog.text


def test_matching_logs_no_resume_text(client, caplog):
    with caplog.at_level(logging.DEBUG):
        client.post("/api/v1/match", json={"text": RESUME_TEXT})
        upload(client, b"%PDF-1.4 broken", "broken.pdf")
    assert "Tokio" not in caplog.text and "jordan@example.com" not in caplog.text


def test_healthz(client):
    body = client.get("/healthz").get_json()
    assert body["ok"] is True and body["model"] == "fake" and body["postings"] == 5


def test_metrics(make_app):
    first, second = make_app(), make_app()  # one registry each: no duplicate metrics
    client = first.test_client()
    client.post("/api/v1/match", json={"text": RESUME_TEXT})
    client.get("/api/v1/postings/none")
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert 'matcher_http_requests_total{endpoint="api.match",method="POST",status="200"} 1.0' in text
    assert 'matcher_http_requests_total{endpoint="api.get_posting",method="GET",status="404"} 1.0' \
        in text
    assert 'matcher_http_request_duration_seconds_count{endpoint="api.match"} 1.0' in text
    assert "matcher_match_duration_seconds_count 1.0" in text
    assert "matcher_index_postings 5.0" in text
    assert "api.match" not in second.test_client().get("/metrics").get_data(as_text=True)


# -- the OpenAPI document ----------------------------------------------------------------
def _routes(app) -> dict[str, set[str]]:
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static" or not (rule.rule.startswith("/api/v1")
                                             or rule.endpoint.startswith("ops.")):
            continue
        path = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        routes.setdefault(path, set()).update(m.lower() for m in rule.methods - {"HEAD", "OPTIONS"})
    return routes


def test_openapi_matches_the_routes_both_ways(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = {path: {m for m in ops if m in {"get", "post", "put", "patch", "delete"}}
                  for path, ops in doc["paths"].items()}
    assert documented == _routes(client.application)
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op["responses"], (path, method)
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    assert "{" + param["name"] + "}" in path


def test_openapi_schema_references_resolve(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    refs = set(re.findall(r'"#/components/schemas/([A-Za-z]+)"', client.get(
        "/api/v1/openapi.json").get_data(as_text=True)))
    assert refs and refs <= set(doc["components"]["schemas"])


def test_generated_requests_conform_to_the_document(make_app):
    """Schemathesis: requests generated from the document, valid and invalid, never get a
    500, and every answer has a documented status, content type and shape."""
    schemathesis = pytest.importorskip("schemathesis")
    from hypothesis import HealthCheck, given, settings
    from schemathesis import checks as generic
    from schemathesis.generation.modes import GenerationMode
    from schemathesis.specs.openapi import checks as openapi_checks

    app = make_app(API_KEY=SECRET, RATE_LIMIT="100000/minute")
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    conformance = [generic.not_a_server_error, openapi_checks.status_code_conformance,
                   openapi_checks.content_type_conformance,
                   openapi_checks.response_schema_conformance]
    auth = {"Authorization": f"Bearer {SECRET}"}
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode, checks, examples in ((GenerationMode.POSITIVE, conformance, 10),
                                       (GenerationMode.NEGATIVE, [generic.not_a_server_error], 8)):
            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(max_examples=examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            def check(case):
                headers = auth if case.method in ("POST", "DELETE") and "postings" in case.path \
                    else None
                response = case.call(headers=headers)
                # Run at once, inside this turn of the loop: `checks` is this turn's.
                case.validate_response(response, checks=checks, headers=headers)  # noqa: B023

            if mode == GenerationMode.NEGATIVE and not (operation.query or operation.body):
                continue  # no query or body to break (a path id can be any string)
            check()


# -- nothing sent is ignored: repeated keys, aliases together, remote, query strings -----------
def _raw_json(client, path: str, text: str, **kwargs):
    return client.post(path, data=text, content_type="application/json", **kwargs)


def test_a_json_key_given_twice_is_a_400_naming_it(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    body = assert_error(_raw_json(client, "/api/v1/match", '{"text": "nurse", "text": "driver"}'), 400)
    assert "'text' is given more than once" in body["error"]
    auth = {"Authorization": f"Bearer {SECRET}"}
    record = '{"id": "dk-a", "id": "dk-b", "text": "Requirements\\n- 3+ years of Go"}'
    body = assert_error(_raw_json(client, "/api/v1/postings", record, headers=auth), 400)
    assert "'id' is given more than once" in body["error"]
    # Nested objects too, and the same key in two objects is no repeat.
    nested = '[{"id": "a", "text": "Go", "title": "x", "title": "y"}]'
    assert "'title'" in assert_error(_raw_json(client, "/api/v1/postings", nested, headers=auth), 400)["error"]
    assert client.get("/api/v1/postings").get_json()["total"] == 5


@pytest.mark.parametrize("names", [("text", "description"), ("title", "Job Title"), ("title", "TITLE"),
                                   ("company", "employer"), ("remote", "Work Type")])
def test_a_record_field_under_two_of_its_names_is_a_400_naming_both(make_app, names):
    client = make_app(API_KEY=SECRET).test_client()
    record = dict(RECORD)
    for name in names:
        record[name] = record.get(name.lower(), "true" if "remote" in names else "Rust Engineer")
    body = assert_error(client.post("/api/v1/postings", json=record,
                                    headers={"Authorization": f"Bearer {SECRET}"}), 400)
    assert f"{names[0]!r} and {names[1]!r} are the same field" in body["error"]
    assert client.get("/api/v1/postings").get_json()["total"] == 5


@pytest.mark.parametrize("value, stored", [(True, True), (False, False), ("yes", True), ("No", False),
                                           ("fully remote", True), ("on-site", False), (1, True), (0, False),
                                           (None, None), ("", None)])
def test_remote_values_the_feeds_read_are_stored(make_app, value, stored):
    client = make_app(API_KEY=SECRET).test_client()
    response = client.post("/api/v1/postings", json=dict(RECORD, remote=value),
                           headers={"Authorization": f"Bearer {SECRET}"})
    assert response.status_code == 200, response.get_json()
    rows = client.get("/api/v1/postings?limit=100").get_json()["postings"]
    assert [r["remote"] for r in rows if r["id"] == RECORD["id"]] == [stored]


@pytest.mark.parametrize("value", ["maybe", 2, -1, 1.5, ["remote"], {"remote": True}])
def test_remote_values_nobody_can_read_are_a_400(make_app, value):
    client = make_app(API_KEY=SECRET).test_client()
    body = assert_error(client.post("/api/v1/postings", json=dict(RECORD, remote=value),
                                    headers={"Authorization": f"Bearer {SECRET}"}), 400)
    assert body["error"].startswith("request body record 1: 'remote' must be true or false")
    assert client.get("/api/v1/postings").get_json()["total"] == 5


@pytest.mark.parametrize("query, said", [
    ("/api/v1/postings?limt=5", "unknown query parameter 'limt'; expected one of: offset, limit, page, per_page"),
    ("/api/v1/postings?limit=2&limit=50", "query parameter 'limit' is given more than once"),
    ("/api/v1/postings?page=1&offset=0", "not both"),
    ("/api/v1/postings?per_page=5&limit=5", "not both"),
    ("/api/v1/postings/{id}/similar?kk=1", "unknown query parameter 'kk'; expected one of: k"),
    ("/api/v1/postings/{id}/similar?k=1&k=2", "query parameter 'k' is given more than once"),
    ("/api/v1/postings/{id}?full=1", "unknown query parameter 'full'; this endpoint takes none"),
    ("/api/v1/openapi.json?v=2", "unknown query parameter 'v'"),
    ("/healthz?verbose=1", "unknown query parameter 'verbose'"),
    ("/metrics?x=1", "unknown query parameter 'x'"),
])
def test_every_get_route_refuses_unknown_and_repeated_query_parameters(client, query, said):
    posting_id = client.get("/api/v1/postings").get_json()["postings"][0]["id"]
    body = assert_error(client.get(query.replace("{id}", posting_id)), 400)
    assert said in body["error"]


def test_documented_query_parameters_still_work(client):
    assert client.get("/api/v1/postings?limit=2&offset=1").get_json()["limit"] == 2
    assert client.get("/api/v1/postings?page=2&per_page=2").get_json()["page"] == 2
    posting_id = client.get("/api/v1/postings").get_json()["postings"][0]["id"]
    assert len(client.get(f"/api/v1/postings/{posting_id}/similar?k=2").get_json()["similar"]) == 2
    # where may repeat in a query, one place each.
    response = client.post("/api/v1/match?where=Texas&where=remote", json={"text": RESUME_TEXT})
    assert response.status_code == 200


# -- messages that say what is wrong ---------------------------------------------------------
def test_a_json_body_that_is_not_an_object_is_named(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    body = assert_error(_raw_json(client, "/api/v1/match", "null"), 400)
    assert "must be an object" in body["error"] and "not valid JSON" not in body["error"]
    body = assert_error(_raw_json(client, "/api/v1/postings", "null",
                                  headers={"Authorization": f"Bearer {SECRET}"}), 400)
    assert body["error"].endswith("not null")


def test_an_integer_too_long_to_read_is_out_of_range_not_bad_json(client):
    body = assert_error(_raw_json(client, "/api/v1/match", '{"text": "nurse", "top_k": ' + "9" * 5000 + "}"), 400)
    assert body["error"] == "top_k is out of range: a number of 5,000 digits"
    body = assert_error(_raw_json(client, "/api/v1/match", '{"text": "nurse", "top_k": 1e999}'), 400)
    assert body["error"] == "top_k is out of range: 1e999"


@pytest.mark.parametrize("data, content_type", [
    (b'--xx\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nnurse',
     "multipart/form-data; boundary=xx"),
    (b"abc", "multipart/form-data"),
])
def test_a_malformed_multipart_body_is_said_to_be_malformed(client, data, content_type):
    body = assert_error(client.post("/api/v1/match", data=data, content_type=content_type), 400)
    assert body["error"].startswith("the multipart/form-data body is malformed")
    page = client.post("/match", data=data, content_type=content_type)
    assert page.status_code == 400 and "malformed" in page.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/api", "/api/", "/api/x", "/api/v2", "/healthz/x"])
def test_everything_under_api_answers_json(client, path):
    assert_error(client.get(path), 404)


def test_pages_outside_api_stay_html(client):
    response = client.get("/apix")
    assert response.status_code == 404 and response.mimetype == "text/html"


# -- the contract as an integrator reads it (job-board walk-through) ---------------------
def _schema_keys_missing(value, schema: dict, schemas: dict, where: str) -> list[str]:
    """The keys of ``value`` (nested through objects and arrays) its schema does not name."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
    missing = []
    if isinstance(value, dict) and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                missing.append(f"{where}.{key}")
            else:
                missing += _schema_keys_missing(item, schema["properties"][key], schemas, f"{where}.{key}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            missing += _schema_keys_missing(item, schema["items"], schemas, f"{where}[]")
    return missing


def test_every_field_of_a_posting_and_a_match_is_in_the_schema(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    record = {"id": "ko-1", "title": "Go Engineer", "salary": "$120,000 - $150,000",
              "url": "https://example.com/ko-1",
              "text": "Requirements\n- 5+ years of Go required.\n- Must be a US citizen.\n"
                      "- We are unable to sponsor visas.\n- Bachelor's degree in Computer Science."}
    assert client.post("/api/v1/postings", json=record,
                       headers={"Authorization": f"Bearer {SECRET}"}).status_code == 200
    posting = client.get("/api/v1/postings/ko-1").get_json()
    assert posting["knockouts"] and posting["sections"] and posting["requirements"]
    assert set(posting) == set(schemas["Posting"]["properties"])
    assert _schema_keys_missing(posting, schemas["Posting"], schemas, "Posting") == []
    for name in ("Knockout", "Requirement", "Section", "Posting"):  # each field says what it is
        assert all("type" in p or "enum" in p or "$ref" in p for p in schemas[name]["properties"].values())
    result = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 100}).get_json()
    assert _schema_keys_missing(result, schemas["MatchResult"], schemas, "MatchResult") == []
    row = client.get("/api/v1/postings?limit=1").get_json()
    assert _schema_keys_missing(row, schemas["PostingPage"], schemas, "PostingPage") == []


def test_an_integer_id_is_taken_as_its_digits_as_feeds_take_it(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    auth = {"Authorization": f"Bearer {SECRET}"}
    assert client.post("/api/v1/postings", json={"id": 5, "text": "Go dev"}, headers=auth).status_code == 200
    assert client.get("/api/v1/postings/5").get_json()["id"] == "5"
    # a whole float is JSON Schema's integer too: 6.0 is 6
    assert client.post("/api/v1/postings", json={"id": 6.0, "text": "Go dev"}, headers=auth).status_code == 200
    assert client.get("/api/v1/postings/6").get_json()["id"] == "6"
    for bad in (5.5, True, {"n": 5}, [5]):
        body = assert_error(client.post("/api/v1/postings", json={"id": bad, "text": "Go dev"},
                                        headers=auth), 400)
        assert "'id' must be text or a whole number" in body["error"]
    schema = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]["PostingRecord"]
    assert schema["properties"]["id"]["type"] == ["string", "integer"]


@pytest.mark.parametrize("path, key, expected", [
    ("/api/v1/postings?limit=2.0", "limit", 2), ("/api/v1/postings?offset=1.0", "offset", 1),
    ("/api/v1/postings?page=2.0&per_page=2.00", "per_page", 2)])
def test_a_whole_number_written_with_a_point_is_whole(client, path, key, expected):
    assert client.get(path).get_json()[key] == expected


def test_a_whole_float_is_an_integer_as_json_schema_says(client):
    body = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 3.0}).get_json()
    assert len(body["matches"]) == 3
    assert len(client.get(f"/api/v1/postings/{SEED}/similar?k=2.0").get_json()["similar"]) == 2
    for send in (lambda: client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 3.5}),
                 lambda: client.get("/api/v1/postings?limit=2.5"),
                 lambda: client.get(f"/api/v1/postings/{SEED}/similar?k=1e1"),
                 lambda: client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 1e300})):
        assert_error(send(), 400)
    body = assert_error(client.get("/api/v1/postings?offset=" + "9" * 5000), 400)
    assert "out of range" in body["error"]


def test_a_form_encoded_match_is_documented_and_other_bodies_are_415(client):
    form = client.post("/api/v1/match", data=f"text={RESUME_TEXT[:200]}&top_k=2",
                       content_type="application/x-www-form-urlencoded")
    assert form.status_code == 200 and len(form.get_json()["matches"]) == 2
    content = client.get("/api/v1/openapi.json").get_json()["paths"]["/api/v1/match"]["post"][
        "requestBody"]["content"]
    assert set(content) == {"multipart/form-data", "application/x-www-form-urlencoded",
                            "application/json"}
    for other in ("text/plain", "application/xml"):
        assert_error(client.post("/api/v1/match", data="text=x", content_type=other), 415)


def test_retry_after_only_with_a_429_and_bad_requests_count(make_app):
    client = make_app(RATE_LIMIT="3/minute").test_client()
    ok = client.post("/api/v1/match", json={"text": RESUME_TEXT})
    assert ok.status_code == 200 and "Retry-After" not in ok.headers
    assert ok.headers["X-RateLimit-Limit"] == "3" and ok.headers["X-RateLimit-Remaining"] == "2"
    assert int(ok.headers["X-RateLimit-Reset"]) > 1_000_000_000  # seconds since the epoch
    bad = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 0})
    assert bad.status_code == 400 and "Retry-After" not in bad.headers
    assert bad.headers["X-RateLimit-Remaining"] == "1"  # a bad request counts, as documented
    wrong = client.post("/api/v1/match", data="x", content_type="text/plain")
    assert wrong.status_code == 415 and wrong.headers["X-RateLimit-Remaining"] == "0"
    over = client.post("/api/v1/match", json={"text": RESUME_TEXT})
    assert over.status_code == 429 and int(over.headers["Retry-After"]) > 0
    headers = client.get("/api/v1/openapi.json").get_json()["paths"]["/api/v1/match"]["post"][
        "responses"]["200"]["headers"]
    assert set(headers) == {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}


def test_metrics_label_a_405_with_its_route(client):
    client.get("/api/v1/match")
    client.put("/api/v1/postings/x")
    client.get("/api/v1/nothing")
    text = client.get("/metrics").get_data(as_text=True)
    assert 'matcher_http_requests_total{endpoint="api.match",method="GET",status="405"} 1.0' in text
    assert 'matcher_http_requests_total{endpoint="api.get_posting",method="PUT",status="405"} 1.0' in text
    assert 'matcher_http_requests_total{endpoint="unmatched",method="GET",status="404"} 1.0' in text


def test_a_posting_gives_its_salary_currency_as_a_match_does(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    auth = {"Authorization": f"Bearer {SECRET}"}
    records = [{"id": "gbp-1", "title": "Night Auditor", "salary": "£30,000 - £36,000",
                "text": "Requirements\n- 2+ years of hotel night audit experience."},
               {"id": "usd-1", "title": "Night Auditor", "salary": "$40,000 - $46,000",
                "text": "Requirements\n- 2+ years of hotel night audit work."},
               {"id": "none-1", "title": "Night Auditor", "text": "Requirements\n- Night audit work."}]
    assert client.post("/api/v1/postings", json=records, headers=auth).status_code == 200
    currency = {r["id"]: client.get(f"/api/v1/postings/{r['id']}").get_json()["salary_currency"]
                for r in records}
    assert currency == {"gbp-1": "GBP", "usd-1": "", "none-1": ""}
    matches = client.post("/api/v1/match", json={"text": RESUME_TEXT, "top_k": 100}).get_json()["matches"]
    assert {m["posting_id"]: m["salary_currency"] for m in matches if m["posting_id"] in currency} == currency


def test_job_board_names_for_the_id_and_the_text_are_taken_as_feeds_take_them(make_app):
    client = make_app(API_KEY=SECRET).test_client()
    auth = {"Authorization": f"Bearer {SECRET}"}
    record = {"Job ID": "jb-1", "Job Title": "Welder", "Job Description": "Requirements\n- MIG welding."}
    assert client.post("/api/v1/postings", json=record, headers=auth).status_code == 200
    assert client.get("/api/v1/postings/jb-1").get_json()["title"] == "Welder"
    body = assert_error(client.post("/api/v1/postings", json={"id": "jb-2", "ref": "R-1", "text": "Go"},
                                    headers=auth), 400)
    assert "unknown field 'ref'" in body["error"]  # beside an 'id', a 'ref' is no field of a posting
