"""The index: SQLite (the truth), FAISS (summary vectors, rebuildable), a manifest."""

from matcher.index.index import Index

__all__ = ["Index"]
