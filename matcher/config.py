"""Settings as data: every knob has a name, a default and a help text.

The app, the CLI's help and the README all read this one table.  Each
setting can be given as an environment variable ``MATCHER_<NAME>``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        return "MATCHER_" + self.name.upper()


SETTINGS = [
    Setting("index_dir", "index", "Directory of the on-disk index (SQLite + FAISS + manifest)."),
    Setting("model", "all-MiniLM-L6-v2",
            "Embedding model: 'all-MiniLM-L6-v2' (bundled, offline), 'all-MiniLM-L6-v2-int8' (the "
            "same quantised to int8 and run by onnxruntime, exported locally on first use), any "
            "sentence-transformers name or a local path; 'fake' is a deterministic hashing "
            "embedder for tests."),
    Setting("esco_csv", "", "Optional ESCO skills CSV (preferredLabel, altLabels, skillType) "
                            "loaded as an extra skill taxonomy."),
    Setting("max_upload_mb", 5.0, "Largest resume upload accepted, in MiB."),
    Setting("api_key", "", "Bearer key for the API's write endpoints; empty disables writes."),
    Setting("rate_limit", "60/minute", "Rate limit on the match endpoints, per client address."),
    Setting("trusted_proxies", 0,
            "Reverse proxies in front of matcher whose X-Forwarded-For/-Proto/-Host to trust "
            "(the client address the rate limit counts by); 0 trusts none."),
    Setting("secret_key", "", "Flask secret key for CSRF tokens; random per process when empty."),
    Setting("secure_cookies", False, "Send the form's session cookie over HTTPS only (Secure); "
                                     "turn on when matcher is served behind TLS."),
    Setting("log_level", "INFO", "Log level of the service."),
]

_BY_NAME = {s.name: s for s in SETTINGS}
_BOOLEANS = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False, "no": False,
             "off": False}


def get(name: str, overrides: dict | None = None):
    """The value of a setting: explicit override, then environment, then default."""
    setting = _BY_NAME[name]
    if overrides and overrides.get(name) not in (None, ""):
        return overrides[name]
    raw = os.environ.get(setting.env)
    if raw is None or raw == "":
        return setting.default
    from .errors import InputError
    if isinstance(setting.default, bool):
        if raw.strip().lower() not in _BOOLEANS:
            raise InputError(f"{setting.env} must be 1/0, true/false, yes/no or on/off, not {raw!r}")
        return _BOOLEANS[raw.strip().lower()]
    kind, noun = {int: (int, "a whole number"), float: (float, "a number")}.get(type(setting.default),
                                                                               (str, ""))
    try:
        return kind(raw)
    except ValueError:
        raise InputError(f"{setting.env} must be {noun}, not {raw!r}") from None


def index_dir(override: str | Path | None = None) -> Path:
    return Path(get("index_dir", {"index_dir": override}))
