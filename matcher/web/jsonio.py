"""JSON in and out of the web app without NaN or Infinity, which are not JSON."""

from __future__ import annotations

import json
import math

from flask.json.provider import DefaultJSONProvider


class NonFiniteNumber(ValueError):
    """A JSON number that is not a finite float (NaN, Infinity, 1e999)."""


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise NonFiniteNumber(f"the number {text[:40]} is out of range")
    return number


def _refuse_constant(name: str):
    raise NonFiniteNumber(f"{name} is not a JSON number")


def _finite(value):
    """``value`` with every non-finite float replaced by None (JSON null)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


class StrictJSONProvider(DefaultJSONProvider):
    """JSON in and out without NaN or Infinity: they are not JSON.  Reading refuses them
    (and numbers that overflow a float, such as 1e999); writing maps them to null."""

    def loads(self, s, **kwargs):
        kwargs.setdefault("parse_constant", _refuse_constant)
        kwargs.setdefault("parse_float", _finite_float)
        return json.loads(s, **kwargs)

    def dumps(self, obj, **kwargs):
        kwargs.setdefault("allow_nan", False)
        try:
            return super().dumps(obj, **kwargs)
        except ValueError:
            return super().dumps(_finite(obj), **kwargs)
