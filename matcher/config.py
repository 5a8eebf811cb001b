"""Settings as data: every knob has a name, a default, a kind and a help text.

One table (``SETTINGS``), read and validated once into a frozen ``Settings``
that the CLI and the web app both use.  ``matcher --help-settings`` prints
the table and the settings tables of the README and docs/API.md are
generated from it (``make docs``), so the three cannot drift apart.  Each
setting can be given as an environment variable ``MATCHER_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from matcher.errors import InputError

MIB = 1024 * 1024


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str
    shown_default: str = ""     # how the default reads in the docs, when not the value itself

    @property
    def env(self) -> str:
        return "MATCHER_" + self.name.upper()

    @property
    def default_text(self) -> str:
        if self.shown_default:
            return self.shown_default
        if isinstance(self.default, bool):
            return "on" if self.default else "off"
        return f"`{self.default}`" if self.default not in ("", None) else "(none)"


SETTINGS = [
    Setting("index_dir", "index", "Directory of the on-disk index (SQLite + FAISS + manifest); "
                                  "`matcher --index-dir DIR` overrides it."),
    Setting("model", "all-MiniLM-L6-v2",
            "Embedding model: `all-MiniLM-L6-v2` (bundled, offline; run as a float32 ONNX graph "
            "by onnxruntime, exported once on first use into `~/.cache/matcher/onnx` or "
            "`$MATCHER_CACHE_DIR/onnx`), `all-MiniLM-L6-v2-torch` (the same vectors from PyTorch, "
            "slower; interchangeable in one index), `all-MiniLM-L6-v2-int8` (the same quantised to "
            "int8, blockwise), any sentence-transformers name or a local path; `fake` is a "
            "deterministic hashing embedder for tests. It must be the model the index was built with "
            "(`matcher index rebuild --reembed` after a change)."),
    Setting("esco_csv", "", "Optional ESCO skills CSV (preferredLabel, altLabels, skillType) "
                            "loaded as an extra skill taxonomy."),
    Setting("max_upload_mb", 5.0, "Largest resume upload (file or pasted text), in MiB, decimals "
                                  "allowed; bigger bodies get 413 before they are read.",
            shown_default="`5`"),
    Setting("api_key", "", "Bearer key for the API's write endpoints; empty disables writes (403)."),
    Setting("rate_limit", "60/minute", "Limit on the match endpoints (API and form), per client "
                                       "address, e.g. `10/second;200/hour`."),
    Setting("trusted_proxies", 0,
            "Reverse proxies in front of matcher whose X-Forwarded-For/-Proto/-Host to trust, so "
            "that the rate limit counts each client (see SECURITY.md); 0 ignores those headers."),
    Setting("secret_key", "", "Flask secret for the form's CSRF token; random per process when empty.",
            shown_default="random"),
    Setting("secure_cookies", False, "Send the form's session cookie over HTTPS only (Secure); "
                                     "turn on when matcher is served behind TLS."),
    Setting("candidate_stage_min", 100_000,
            "Catalogs of at least this many postings are matched in two stages: the postings nearest "
            "the resume by summary vector (FAISS IVF, saved with the index) and the best by the other "
            "signals first, then only those scored exactly (docs/SCALING.md); smaller ones score every "
            "posting.", shown_default="`100000`"),
    Setting("candidates", 2000, "Postings each half of the candidate stage takes (nearest by vector, "
                                "best by BM25 and related years)."),
    Setting("coverage_pool", 20, "Postings a match reads the requirement coverage of first, the best by the "
                                 "score's other signals; any other that reaches the top is read too "
                                 "(docs/EVALUATION.md)."),
    Setting("log_level", "INFO", "Log level of `matcher serve`: DEBUG, INFO, WARNING or ERROR."),
]

_BY_NAME = {s.name: s for s in SETTINGS}
_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False,
             "off": False}
_LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


@dataclass(frozen=True)
class Settings:
    """Every setting, parsed and checked.  Build it with ``load``."""

    index_dir: str
    model: str
    esco_csv: str
    max_upload_mb: float
    api_key: str
    rate_limit: str
    trusted_proxies: int
    secret_key: str
    secure_cookies: bool
    candidate_stage_min: int
    candidates: int
    coverage_pool: int
    log_level: str

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * MIB)


def parse(setting: Setting, raw, label: str | None = None):
    """``raw`` (text from the environment, or a value given in code) as the setting's kind;
    a one-line ``InputError`` naming ``label`` (default: the variable) when it is not."""
    label = label or setting.env
    default = setting.default
    if isinstance(default, bool):
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text not in _BOOLEANS:
            raise InputError(f"{label} must be 1/0, true/false, yes/no or on/off, not {raw!r}")
        return _BOOLEANS[text]
    if isinstance(default, (int, float)):
        kind, noun = (float, "a number") if isinstance(default, float) else (int, "a whole number")
        if isinstance(raw, bool):
            raise InputError(f"{label} must be {noun}, not {raw!r}")
        try:
            value = kind(raw)
        except (TypeError, ValueError):
            raise InputError(f"{label} must be {noun}, not {raw!r}") from None
        if setting.name == "max_upload_mb" and not 0 < value < float("inf"):
            raise InputError(f"{label} must be above zero")
        if setting.name == "trusted_proxies" and value < 0:
            raise InputError(f"{label} must be zero or more")
        if setting.name in ("candidate_stage_min", "candidates", "coverage_pool") and value < 1:
            raise InputError(f"{label} must be 1 or more")
        return value
    value = "" if raw is None else str(raw)
    if setting.name == "log_level":
        value = value.strip().upper()
        if value not in _LOG_LEVELS:
            raise InputError(f"{label} must be one of {', '.join(_LOG_LEVELS)}, not {raw!r}")
    return value


def get(name: str, overrides: dict | None = None):
    """The value of one setting: explicit override, then environment, then default."""
    setting = _BY_NAME[name]
    if overrides and overrides.get(name) not in (None, ""):
        return parse(setting, overrides[name], label=name.upper())
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    return parse(setting, raw)


def load(overrides: dict | None = None) -> Settings:
    """Every setting, read once: ``overrides`` (by setting name), then ``MATCHER_*``
    variables, then defaults."""
    return Settings(**{f.name: get(f.name, overrides) for f in fields(Settings)})


def help_text() -> str:
    """The settings as ``matcher --help-settings`` prints them."""
    lines = ["Settings (environment variables; command-line options win where both exist):", ""]
    for s in SETTINGS:
        default = s.default_text.replace("`", "")
        lines.append(f"  {s.env}  (default: {default})")
        lines.append(f"      {s.help}")
    return "\n".join(lines)


def markdown_table() -> str:
    """The settings as the Markdown table in the README and docs/API.md."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    rows += [f"| `{s.env}` | {s.default_text} | {s.help} |" for s in SETTINGS]
    return "\n".join(rows)
