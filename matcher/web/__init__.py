"""The web face: the upload form, the JSON API and their shared request handling."""

from matcher.web.app import create_app

__all__ = ["create_app"]
