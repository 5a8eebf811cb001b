"""`matcher eval`: ranking quality on labelled pairs, skill extraction on SkillSpan."""

from matcher.evaluation.pairs import evaluate, format_report, load_pairs
from matcher.evaluation.skillspan import evaluate_skillspan

__all__ = ["evaluate", "evaluate_skillspan", "format_report", "load_pairs"]
