"""Skills: the taxonomy, the rules that confirm a mention, and what a posting asks."""

from matcher.skills.asking import asked_skills
from matcher.skills.taxonomy import Skill, SkillMention, Taxonomy, extract_skills, taxonomy

__all__ = ["Skill", "SkillMention", "Taxonomy", "asked_skills", "extract_skills", "taxonomy"]
