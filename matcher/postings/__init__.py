"""Postings: text and records in, ``Posting`` out (sections, requirements, fields, feeds)."""

from matcher.postings.choices import skill_alternatives
from matcher.postings.feeds import load_postings, postings_from_records
from matcher.postings.parse import Posting, Requirement, format_posting, parse_posting

__all__ = ["Posting", "Requirement", "format_posting", "load_postings", "parse_posting",
           "postings_from_records", "skill_alternatives"]
