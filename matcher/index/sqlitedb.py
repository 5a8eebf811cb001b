"""sqlite-utils, imported without pandas.

sqlite-utils imports pandas whenever it is installed (Ray's extra brings it), only to
store ``pandas.Timestamp`` as TEXT, which matcher never writes; that import costs a
quarter of a second in every command, ``matcher index list`` included.  It is imported
here with pandas hidden for that one import; pandas stays importable for whoever needs
it afterwards (Ray Data).
"""

from __future__ import annotations

import sys


def _import():
    if "pandas" in sys.modules:  # already paid for
        import sqlite_utils.migrations
        return sqlite_utils
    sys.modules["pandas"] = None  # `import pandas` raises ImportError, which sqlite-utils expects
    try:
        import sqlite_utils.migrations
    finally:
        del sys.modules["pandas"]
    return sqlite_utils


sqlite_utils = _import()
Migrations = sqlite_utils.migrations.Migrations

__all__ = ["Migrations", "sqlite_utils"]
