"""One error type for the whole core.

The core raises ``MatcherError``; each face turns it into its own shape:
the CLI into one line on stderr and a non-zero exit, the API into
``{"ok": false, "error": ..., "status": ...}``, the pages into a message on
the form.  ``status`` is the HTTP status that fits the error.
"""


class MatcherError(Exception):
    """A problem with the user's input or the index, told in one line."""

    status = 400

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status

    def __str__(self) -> str:
        return self.message


class InputError(MatcherError):
    """A file, field or record that cannot be used (400)."""

    status = 400


class UnsupportedType(MatcherError):
    """A file type matcher does not read (415)."""

    status = 415


class TooLarge(MatcherError):
    """Input over the configured size limit (413)."""

    status = 413


class Unprocessable(MatcherError):
    """Well-formed input that holds nothing usable, e.g. a scanned PDF (422)."""

    status = 422


class NotFound(MatcherError):
    """An id that is not in the index (404)."""

    status = 404


class IndexProblem(MatcherError):
    """The on-disk index is missing, empty or built with another model (409)."""

    status = 409
