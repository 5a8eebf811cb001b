"""The OpenAPI 3.1 document of the JSON API, served at ``/api/v1/openapi.json``.

Written by hand as data, next to the code it describes; tests/test_api.py
checks it against ``app.url_map`` both ways (every route documented with its
methods, nothing documented that is not routed), so the two cannot drift.
"""

from __future__ import annotations

from matcher import __version__
from matcher.ranking.notices import CODES as NOTICE_CODES

ERROR_CODES = {
    "400": "Bad input: a parameter, field or record that cannot be used, one the endpoint "
           "does not know (a query parameter too), or one given twice.",
    "401": "Missing or wrong API key.",
    "403": "Writes are disabled: no API key is configured on the server.",
    "404": "No such posting.",
    "409": "The index is missing, empty or built with another model.",
    "413": "The body is larger than the upload limit (MATCHER_MAX_UPLOAD_MB), or holds more "
           "than 1,000 posting records.",
    "415": "A file type matcher does not read, or a body of a content type the endpoint "
           "does not list.",
    "422": "Readable input that holds nothing usable (a scanned PDF, say).",
    "429": "Rate limit exceeded (MATCHER_RATE_LIMIT); Retry-After (sent with a 429 only) "
           "says how many seconds to wait.",
}


# Sent with every answer of a rate-limited endpoint (POST /api/v1/match), errors included.
RATE_LIMIT_HEADERS = {
    "X-RateLimit-Limit": {"schema": {"type": "integer"}, "description":
                          "Requests allowed per window by the tightest MATCHER_RATE_LIMIT rule."},
    "X-RateLimit-Remaining": {"schema": {"type": "integer"}, "description":
                              "Requests left in the current window."},
    "X-RateLimit-Reset": {"schema": {"type": "integer"}, "description":
                          "When the window resets, in seconds since the Unix epoch."},
}


def _errors(*codes: str) -> dict:
    return {code: {"description": ERROR_CODES[code],
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            for code in codes}


def _json(schema_name: str, description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}}


def _query(name: str, schema: dict, description: str) -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema,
            "description": description}


MATCH_PARAMS = {
    "top_k": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10,
              "description": "How many postings to return."},
    "remote_only": {"type": "boolean", "default": False, "description": "Only remote postings."},
    "location": {"type": "string", "maxLength": 200,
                 "description": "Only postings whose location contains this text (a US state by its name "
                                "or its code: \"Texas\" finds \"Austin, TX\")."},
    "company": {"type": "string", "maxLength": 200,
                "description": "Only postings whose company contains this text."},
    "min_salary": {"type": ["number", "string"], "minimum": 0,
                   "description": "Drop postings whose stated yearly salary is below this (a "
                                  "number, or a text such as \"120k\" or \"120,000\"); "
                                  "postings that state none stay; one that pays by commission "
                                  "alone, no base, has a salary of 0 and goes; one paid by commission "
                                  "with no figure stays, its pay to check (a salary check)."},
    "where": {"oneOf": [{"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 200}},
                        {"type": "string"}],
              "description": "Where the seeker would work: each a country, a US state (name or two-letter "
                             "code), a city (\"Boston, MA\") or \"remote\"; a list in JSON, or one text "
                             "with places separated by ';'. Postings elsewhere are blocked and ranked last."},
    "needs_sponsorship": {"type": "boolean", "default": False,
                          "description": "The seeker needs visa sponsorship: postings that refuse it or "
                                         "require citizenship are blocked and ranked last."},
    "explain": {"type": "boolean", "default": True,
                "description": "Include the explanation of each match."},
}

POSTING_ID = {"name": "posting_id", "in": "path", "required": True, "schema": {"type": "string"},
              "description": "The posting's id (a file stem or a record's `id`)."}

SCHEMAS = {
    "Error": {
        "type": "object", "required": ["ok", "error", "status"],
        "properties": {"ok": {"const": False}, "error": {"type": "string"},
                       "status": {"type": "integer"}},
    },
    "MatchText": {
        "type": "object", "required": ["text"], "additionalProperties": False,
        "properties": {"text": {"type": "string", "minLength": 1, "pattern": "\\S",
                                "description": "The resume as plain text."},
                       **{k: {kk: vv for kk, vv in v.items() if kk != "description"}
                          for k, v in MATCH_PARAMS.items()}},
    },
    "MatchUpload": {
        "type": "object", "oneOf": [{"required": ["file"]}, {"required": ["text"]}],
        "additionalProperties": False,
        "properties": {"file": {"type": "string", "format": "binary",
                                "description": "A .pdf, .docx, .txt or .md resume."},
                       "text": {"type": "string", "pattern": "\\S",
                                "description": "Or the resume as text."},
                       **{k: {kk: vv for kk, vv in v.items() if kk != "description"}
                          for k, v in MATCH_PARAMS.items()}},
    },
    "Match": {
        "type": "object",
        "required": ["rank", "posting_id", "title", "company", "location", "score"],
        "properties": {
            "rank": {"type": "integer"}, "posting_id": {"type": "string"},
            "title": {"type": "string"}, "company": {"type": "string"},
            "location": {"type": "string"}, "remote": {"type": ["boolean", "null"]},
            "salary_min": {"type": ["number", "null"]}, "salary_max": {"type": ["number", "null"]},
            "salary_currency": {"type": "string", "description":
                                "The ISO 4217 code of the currency the salary states (GBP, EUR, DKK); \"\" "
                                "for none stated, or \"$\" alone (which dollar is not said)."},
            "url": {"type": "string"},
            "score": {"type": "number", "description":
                      "0 to 100: the calibrated chance that a person labels the pair a fit "
                      "(at most 45 while most must-haves are missing, a licence asked is expired or still to come, "
                      "or the resume does not name the job's own licence: explanation.held says which; at least 25, "
                      "a possible fit, while no knock-out rules the job out and the resume shows every must-have: "
                      "explanation.raised says so)."},
            "eligibility": {"type": "object", "description":
                            "status (eligible / unknown / blocked) and the knock-outs checked: blockers, "
                            "unknown and met, each {kind, status, posting (the posting's sentence), resume "
                            "(what the resume or the seeker's choice says)}; kind salary: a minimum salary "
                            "given, against a posting paid by commission with no figure (to check); kind age: an age "
                            "the posting asks, always to check (matcher reads no resume's age). Blocked "
                            "postings rank after every other."},
            "explanation": {"type": "object", "description":
                            "verdict (likely / possible / unlikely / poor fit), requirements (each of "
                            "kind must / nice / condition, a condition of the work being for the "
                            "seeker to confirm and outside coverage; each "
                            "covered / partial / missing with the resume line that shows it, or "
                            "not_shown for a soft ask (soft: true, one that asks only qualities: "
                            "\"Excellent communication skills\") that no line shows at work, never in "
                            "missing_must, or to_confirm for an age asked or a screen before hire (\"Must pass "
                            "DOT drug screen\"; note says so: outside coverage) and for a condition of "
                            "the work no line shows (\"Ability to work Saturdays\"); and "
                            "evidence_more: the lines that show its other skills; note: why its line "
                            "shows it only partly, or an amount asked is not met, where matcher can say, "
                            "\"German A2, B2 asked\", \"28 WPM shown, 40 asked\", "
                            "else empty), "
                            "coverage, covered, missing_must, skills_matched, skills_missing "
                            "(\"A or B\" when one of them is asked), skills_nice_missing, "
                            "years_asked, years_found (the years in the work the must-have stating "
                            "years_asked names, as its row and knock-out count them; with none "
                            "asked, in roles whose title is like the posting's), title (the posting's title, "
                            "the resume's closest title and their similarity, or null), "
                            "signals (bm25, tfidf, dense, opening, years, coverage), "
                            "contributions (each signal's part of fused), fused, and held (why the "
                            "score is at most 45, or null)."},
        },
    },
    "MatchResult": {
        "type": "object", "required": ["resume", "matches"],
        "description": "One element of `matcher rank --format json`.",
        "properties": {"resume": {"type": "string"},
                       "preferences": {"type": "object", "description":
                                       "where (the places as understood) and needs_sponsorship"},
                       "notices": {"type": "array", "items": {"$ref": "#/components/schemas/Notice"},
                                   "description": "Where matcher's reading of the request is weak or a guess, "
                                                  "said once for the whole request; empty when there is "
                                                  "nothing to say."},
                       "matches": {"type": "array", "items": {"$ref": "#/components/schemas/Match"}}},
    },
    "Notice": {
        "type": "object", "required": ["code", "message"],
        "description": "A one-line note on how matcher read the request; it never quotes the resume.",
        "properties": {
            "code": {"type": "string", "enum": list(NOTICE_CODES), "description":
                     "resume_not_english: the resume reads as another language (matcher reads English only); "
                     "no_skills_or_roles: no skill and no dated role found, nor years stated; no_dated_roles: "
                     "no dated role and no years stated, so years were not counted; place_ambiguous: a `where` "
                     "city name names several cities, and the biggest was taken. New codes may be added."},
            "message": {"type": "string", "description": "The note in words, one line."}},
    },
    "PostingRow": {
        "type": "object", "required": ["id"],
        "properties": {"id": {"type": "string"}, "title": {"type": ["string", "null"]},
                       "company": {"type": ["string", "null"]},
                       "location": {"type": ["string", "null"]},
                       "remote": {"type": ["boolean", "null"]},
                       "salary_min": {"type": ["number", "null"]},
                       "salary_max": {"type": ["number", "null"]},
                       "added_at": {"type": ["string", "null"]}, "href": {"type": "string"}},
    },
    "PostingPage": {
        "type": "object", "required": ["total", "offset", "limit", "postings", "next"],
        "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"},
                       "limit": {"type": "integer"}, "page": {"type": "integer"},
                       "per_page": {"type": "integer"},
                       "postings": {"type": "array",
                                    "items": {"$ref": "#/components/schemas/PostingRow"}},
                       "next": {"type": ["string", "null"],
                                "description": "The address of the next page, null on the last."}},
    },
    "Section": {
        "type": "object", "required": ["kind", "heading", "text"],
        "properties": {"kind": {"type": "string", "description":
                                "What the section holds: about, responsibilities, requirements, "
                                "nice (nice-to-haves), benefits, legal, company or other."},
                       "heading": {"type": "string", "description": "Its heading as written (\"\" for none)."},
                       "text": {"type": "string"}},
    },
    "Requirement": {
        "type": "object", "required": ["text", "kind"],
        "properties": {"text": {"type": "string", "description": "The posting's line, as written."},
                       "kind": {"enum": ["must", "nice", "condition"], "description":
                                "A must-have, a nice-to-have, or a condition of the work for the "
                                "seeker to confirm (\"Able to lift 50 lbs\")."},
                       "years": {"type": ["number", "null"], "description": "Years it asks, if any."},
                       "section": {"type": "string", "description": "The heading it stands under."},
                       "skills": {"type": "array", "items": {"type": "string"}, "description":
                                  "The skills it names (\"A or B\" when one of them is asked)."},
                       "alternatives": {"type": ["array", "null"],
                                        "items": {"type": "array", "items": {"type": "string"}},
                                        "description": "Its skills as groups any one skill of which is "
                                                       "enough (\"PostgreSQL or MySQL\": one group of two; "
                                                       "\"Python and Rust\": two of one); null for a posting "
                                                       "indexed before they were stored."}},
    },
    "Knockout": {
        "type": "object", "required": ["kind", "sentence", "required"],
        "description": "A condition that rules a seeker out (what `eligibility` in a match checks). "
                       "Fields that do not apply to the kind are empty (\"\", [], null or false).",
        "properties": {
            "kind": {"enum": ["years", "degree", "clearance", "citizenship", "sponsorship",
                              "workplace", "residence", "graduation", "licence"]},
            "sentence": {"type": "string", "description": "The posting's sentence that states it."},
            "required": {"type": "boolean", "description":
                         "false when stated but not a knock-out (\"preferred\", \"sponsorship "
                         "available\")."},
            "years": {"type": ["number", "null"], "description": "years: the minimum asked."},
            "level": {"type": "string", "description":
                      "degree: high school, associate, bachelor, master or doctorate; clearance: "
                      "public trust, secret, top secret or ts/sci (\"\" = any); years: the degree "
                      "accepted in their place (\"\" = none)."},
            "fields": {"type": "array", "items": {"type": "string"}, "description":
                       "degree: the fields asked; years: what the years are in."},
            "related": {"type": "boolean", "description": "degree: \"or a related field\" was said."},
            "places": {"type": "array", "items": {"type": "string"}, "description":
                       "workplace: where the work is; citizenship: the countries; licence: where "
                       "it is valid."},
            "mode": {"enum": ["", "onsite", "hybrid", "remote", "enrolled", "territory"], "description":
                     "workplace: how the work is done (\"\" = not stated); graduation: \"enrolled\" when current "
                     "enrolment is asked; residence: \"territory\" for a territory the posting does not draw."},
            "offered": {"type": ["boolean", "null"], "description":
                        "sponsorship: false = \"unable to sponsor\", true = \"sponsorship available\"."},
            "start": {"type": "string", "description": "graduation: the window's start, YYYY-MM (\"\" = open)."},
            "end": {"type": "string", "description": "graduation: the window's end, YYYY-MM (\"\" = open)."},
            "name": {"type": "string", "description": "licence: the licence or certification as written."},
            "alternatives": {"type": "array", "items": {"type": "string"}, "description":
                             "licence: the names any one of which meets it ([] = just name)."},
            "excluded": {"type": "array", "items": {"type": "string"}, "description":
                         "workplace: places the work may not be done from."},
            "route": {"type": "string", "description":
                      "licence: another way in its item takes in its place, as written (\"CRT with RRT "
                      "obtained within 12 months of hire may be considered\"); without the licence, to check."},
            "radius_km": {"type": ["number", "null"], "description":
                          "residence: the distance from its place to live within, in km (\"within 30 miles of "
                          "Dayton, OH\": 48.3); null when it asks a place itself."},
        },
    },
    "Posting": {
        "type": "object", "required": ["id"],
        "description": "A parsed posting, as `matcher show --format json` prints it.",
        "properties": {"id": {"type": "string"}, "title": {"type": "string"},
                       "company": {"type": "string"}, "location": {"type": "string"},
                       "remote": {"type": ["boolean", "null"], "description": "null: not stated."},
                       "salary_min": {"type": ["number", "null"],
                                      "description": "The stated salary, yearly; null: none."},
                       "salary_max": {"type": ["number", "null"]},
                       "salary_text": {"type": "string", "description": "The salary as the record gave it."},
                       "salary_currency": {"type": "string", "description":
                                           "The ISO 4217 code of the currency the salary states (GBP, "
                                           "EUR, DKK), as in a match; \"\" for none stated, \"$\" alone "
                                           "or no salary."},
                       "url": {"type": "string", "description": "An http(s) address, or \"\"."},
                       "text": {"type": "string", "description": "The posting's text."},
                       "sections": {"type": "array", "items": {"$ref": "#/components/schemas/Section"}},
                       "requirements": {"type": "array",
                                        "items": {"$ref": "#/components/schemas/Requirement"}},
                       "skills": {"type": "array", "items": {"type": "string"},
                                  "description": "Every skill the posting names."},
                       "years": {"type": ["number", "null"],
                                 "description": "The years of experience the posting asks; null: none."},
                       "knockouts": {"type": "array", "items": {"$ref": "#/components/schemas/Knockout"}}},
    },
    "PostingRecord": {
        "type": "object", "required": ["id"], "additionalProperties": False,
        "description": "The fields of a line of the CLI's JSONL: `id` and `text` (or "
                       "`description`), optional title, company, location, url, salary, remote; "
                       "named in any case or by a feed's other names (`Job Title`, `employer`). "
                       "Any other field, a key given twice, or one field under two of its names "
                       "(`title` and `Job Title`, `text` and `description`) is a 400.",
        "properties": {"id": {"type": ["string", "integer"],
                              "description": "A string, or an integer taken as its digits (5 is "
                                             "\"5\"); a number with a decimal point, true or "
                                             "false, a list or an object is a 400."},
                       "text": {"type": "string"},
                       "description": {"type": "string"}, "title": {"type": "string"},
                       "company": {"type": "string"}, "location": {"type": "string"},
                       "url": {"type": "string"}, "salary": {"type": ["string", "number"]},
                       "remote": {"type": ["boolean", "integer", "string", "null"],
                                  "description": "true or false; or as a feed gives it: 1 or 0, or "
                                                 "a text such as \"yes\", \"no\", \"remote\", "
                                                 "\"fully remote\", \"on-site\", \"hybrid\" "
                                                 "(hybrid is not remote). null or \"\" say "
                                                 "nothing; any other value (\"maybe\", 2) is a "
                                                 "400."}},
    },
    "AddResult": {
        "type": "object", "required": ["added", "updated", "unchanged"],
        "properties": {"added": {"type": "integer"}, "updated": {"type": "integer"},
                       "unchanged": {"type": "integer"},
                       "postings": {"type": "integer", "description": "Postings in the index now."}},
    },
    "SimilarPosting": {
        "type": "object",
        "required": ["posting_id", "title", "company", "location", "similarity"],
        "properties": {"posting_id": {"type": "string"}, "title": {"type": ["string", "null"]},
                       "company": {"type": ["string", "null"]},
                       "location": {"type": ["string", "null"]},
                       "similarity": {"type": "number",
                                      "description": "Cosine of the two postings' summary "
                                                     "vectors, -1 to 1."}},
    },
    "SimilarResult": {
        "type": "object", "required": ["ok", "posting_id", "similar"],
        "description": "The postings most like one, most similar first (ties by id), never "
                       "the posting itself; as `matcher similar --format json` prints them.",
        "properties": {"ok": {"const": True}, "posting_id": {"type": "string"},
                       "similar": {"type": "array",
                                   "items": {"$ref": "#/components/schemas/SimilarPosting"}}},
    },
    "Deleted": {
        "type": "object", "required": ["ok", "deleted"],
        "properties": {"ok": {"const": True}, "deleted": {"type": "string"}},
    },
    "Health": {
        "type": "object", "required": ["ok", "version", "model", "postings"],
        "properties": {"ok": {"type": "boolean"}, "version": {"type": "string"},
                       "model": {"type": "string"}, "postings": {"type": "integer"},
                       "index": {"type": "string", "description": "Why the index is not usable."}},
    },
}

PATHS = {
    "/api/v1/match": {
        "post": {
            "operationId": "match", "tags": ["matching"],
            "summary": "Rank the indexed postings for one resume.",
            "description": "Send a resume as a multipart `file` (or `text` field), as a "
                           "form-encoded `text` field (what `curl -d text=...` sends) or as JSON "
                           "`{\"text\": ...}`; any other body is a 415. Parameters go in the "
                           "query string or in the body. "
                           "Each request counts against MATCHER_RATE_LIMIT (per client "
                           "address), one refused as bad input (400, 415, 422) too. "
                           "An unknown field, one given twice (only `where` may repeat in a form "
                           "or query, one place each), a file and a text together, or a JSON "
                           "value of another type than documented is a 400.",
            "parameters": [_query(k, {kk: vv for kk, vv in v.items() if kk != "description"},
                                  v["description"]) for k, v in MATCH_PARAMS.items()],
            "requestBody": {"required": True, "content": {
                "multipart/form-data": {"schema": {"$ref": "#/components/schemas/MatchUpload"}},
                "application/x-www-form-urlencoded": {"schema": {
                    "$ref": "#/components/schemas/MatchText"}},
                "application/json": {"schema": {"$ref": "#/components/schemas/MatchText"}}}},
            "responses": {"200": {**_json("MatchResult", "The ranked postings."),
                                  "headers": RATE_LIMIT_HEADERS},
                          **_errors("400", "409", "413", "415", "422", "429")},
        },
    },
    "/api/v1/postings": {
        "get": {
            "operationId": "listPostings", "tags": ["postings"],
            "summary": "A page of the indexed postings.",
            "description": "Page with `offset`/`limit` or with `page`/`per_page` (1-based), "
                           "not both at once.",
            "parameters": [
                _query("offset", {"type": "integer", "minimum": 0, "maximum": 10**9, "default": 0},
                       "Rows to skip."),
                _query("limit", {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
                       "Rows to return."),
                _query("page", {"type": "integer", "minimum": 1, "maximum": 10**7},
                       "Page number, from 1."),
                _query("per_page", {"type": "integer", "minimum": 1, "maximum": 100},
                       "Rows per page."),
            ],
            "responses": {"200": _json("PostingPage", "One page of postings."),
                          **_errors("400", "409")},
        },
        "post": {
            "operationId": "addPostings", "tags": ["postings"], "security": [{"bearer": []}],
            "summary": "Add or update postings (one record or a list).",
            "description": "Every record is checked before anything is written; unchanged "
                           "postings are not embedded again.",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "oneOf": [{"$ref": "#/components/schemas/PostingRecord"},
                          {"type": "array", "minItems": 1,
                           "items": {"$ref": "#/components/schemas/PostingRecord"}}]}}}},
            "responses": {"200": _json("AddResult", "Counts of added, updated and unchanged."),
                          **_errors("400", "401", "403", "409", "413", "415")},
        },
    },
    "/api/v1/postings/{posting_id}": {
        "get": {
            "operationId": "getPosting", "tags": ["postings"], "parameters": [POSTING_ID],
            "summary": "One parsed posting.",
            "responses": {"200": _json("Posting", "The parsed posting."),
                          **_errors("400", "404", "409")},
        },
        "delete": {
            "operationId": "deletePosting", "tags": ["postings"], "parameters": [POSTING_ID],
            "security": [{"bearer": []}], "summary": "Remove one posting.",
            "responses": {"200": _json("Deleted", "The posting was removed."),
                          **_errors("400", "401", "403", "404", "409")},
        },
    },
    "/api/v1/postings/{posting_id}/similar": {
        "get": {
            "operationId": "similarPostings", "tags": ["postings"],
            "parameters": [POSTING_ID,
                           _query("k", {"type": "integer", "minimum": 1, "maximum": 100,
                                        "default": 10},
                                  "How many postings to return (fewer when the index holds "
                                  "fewer others).")],
            "summary": "The postings most like one, by their summary vectors.",
            "responses": {"200": _json("SimilarResult", "The most similar postings."),
                          **_errors("400", "404", "409")},
        },
    },
    "/api/v1/openapi.json": {
        "get": {"operationId": "openapi", "tags": ["meta"], "summary": "This document.",
                "responses": {"200": {"description": "The OpenAPI document.",
                                      "content": {"application/json": {"schema": {"type": "object"}}}},
                              **_errors("400")}},
    },
    "/healthz": {
        "get": {"operationId": "healthz", "tags": ["meta"],
                "summary": "Liveness, model and number of postings.",
                "responses": {"200": _json("Health", "The process is up."), **_errors("400")}},
    },
    "/metrics": {
        "get": {"operationId": "metrics", "tags": ["meta"],
                "summary": "Prometheus metrics: requests and latencies by endpoint, match "
                           "latency, index size.",
                "responses": {"200": {"description": "Prometheus text format.",
                                      "content": {"text/plain": {"schema": {"type": "string"}}}},
                              **_errors("400")}},
    },
}


def document() -> dict:
    """The OpenAPI document as a dict (a fresh copy each time)."""
    import copy

    return {
        "openapi": "3.1.0",
        "info": {"title": "matcher API", "version": __version__,
                 "description": "Rank job postings for a resume, requirement by requirement, "
                                "with explanations. Every error is "
                                "`{\"ok\": false, \"error\": \"...\", \"status\": N}`."},
        "servers": [{"url": "/"}],
        "paths": copy.deepcopy(PATHS),
        "components": {
            "schemas": copy.deepcopy(SCHEMAS),
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                           "description": "The operator's MATCHER_API_KEY."}},
        },
    }
