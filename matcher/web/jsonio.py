"""JSON in and out of the web app without NaN or Infinity, which are not JSON."""

from __future__ import annotations

import json
import math
import sys

from flask.json.provider import DefaultJSONProvider


class NonFiniteNumber(ValueError):
    """A JSON number that is not a finite float (NaN, Infinity, 1e999), or an integer too
    long for Python to read (over ``sys.get_int_max_str_digits()`` digits)."""


class RepeatedKey(ValueError):
    """A JSON object that names one key twice: the parser would keep the last silently."""


class _OutOfRange:
    """Where a number out of range was read; refused with its key by ``_object``."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        digits = len(self.text.lstrip("-"))
        return f"a number of {digits:,} digits" if digits > 40 else self.text


def _finite_float(text: str):
    number = float(text)
    return number if math.isfinite(number) else _OutOfRange(text)


def _int(text: str):
    limit = sys.get_int_max_str_digits()
    return _OutOfRange(text) if limit and len(text.lstrip("-")) > limit else int(text)


def _object(pairs: list) -> dict:
    """A JSON object, refused when it repeats a key or holds a number out of range."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise RepeatedKey(f"{key[:60]!r} is given more than once; send it once")
        if isinstance(value, _OutOfRange):
            raise NonFiniteNumber(f"{key[:60]} is out of range: {value}")
        out[key] = value
    return out


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
    (``NonFiniteNumber``, naming the key of a number that overflows a float, such as
    1e999, or is too long to read) and an object that repeats a key (``RepeatedKey``);
    writing maps non-finite numbers to null."""

    def loads(self, s, **kwargs):
        kwargs.setdefault("parse_constant", _refuse_constant)
        found: list[_OutOfRange] = []

        def noted(read):
            def parse(text: str):
                value = read(text)
                if isinstance(value, _OutOfRange):
                    found.append(value)
                return value
            return parse

        kwargs.setdefault("parse_float", noted(_finite_float))
        kwargs.setdefault("parse_int", noted(_int))
        kwargs.setdefault("object_pairs_hook", _object)
        data = json.loads(s, **kwargs)
        if found:  # not inside an object (which names its key): in a list, or alone
            raise NonFiniteNumber(f"a number is out of range: {found[0]}")
        return data

    def dumps(self, obj, **kwargs):
        kwargs.setdefault("allow_nan", False)
        try:
            return super().dumps(obj, **kwargs)
        except ValueError:
            return super().dumps(_finite(obj), **kwargs)
