"""Ranking: a resume against the catalog (or a posting against resumes), explained."""

from matcher.ranking.catalog import Catalog, Filters, rank_resumes
from matcher.ranking.notices import Notice, notices
from matcher.ranking.signals import Explanation, Match

__all__ = ["Catalog", "Explanation", "Filters", "Match", "Notice", "notices", "rank_resumes"]
