"""Resumes: files and text in, ``Resume`` out (sections, dated roles, redaction)."""

from matcher.resumes.read import Resume, read_resume, read_resume_bytes, resume_from_text

__all__ = ["Resume", "read_resume", "read_resume_bytes", "resume_from_text"]
