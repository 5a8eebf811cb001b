"""Benchmark corpora: postings and resumes made deterministically from real text.

The postings are recombined from the seed postings (``seeds/``): each one
takes a title, a company, a location and a salary from small pools, and
sections whose sentences are drawn from the seeds' own sections of that
kind.  Sentences are varied the way real postings vary (another language,
database or cloud in the same place, other years, other lead-in words, a
domain clause), so that the corpus is not a few sentences repeated, while
the boilerplate (benefits, EEO text) repeats as it does on a real board.

The same ``(n, seed)`` always gives the same texts, byte for byte.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from matcher.postings.feeds import load_postings
from matcher.postings.parse import Posting

# Terms that are swapped for another of their group: the sentence stays a
# plausible requirement, its words (and vector) change.
TECH_GROUPS = [
    ["Rust", "Python", "Go", "Java", "Kotlin", "TypeScript", "C++", "Scala", "Ruby", "Elixir", "C#"],
    ["PostgreSQL", "Postgres", "MySQL", "Redis", "ScyllaDB", "Cassandra", "MongoDB", "DynamoDB",
     "Elasticsearch", "SQLite"],
    ["AWS", "GCP", "Azure"],
    ["Kubernetes", "Nomad", "ECS", "OpenShift"],
    ["Tokio", "Axum", "Actix", "Django", "Flask", "Spring Boot", "FastAPI", "Rails", "Express"],
    ["Datadog", "Prometheus", "Grafana", "OpenTelemetry", "Sentry", "CloudWatch", "New Relic"],
    ["GraphQL", "gRPC", "REST", "WebSocket"],
    ["Google Pub/Sub", "Kafka", "RabbitMQ", "SQS", "NATS"],
    ["Terraform", "Pulumi", "Ansible", "CloudFormation"],
]
LEAD_INS = [
    ["Experience with", "Hands-on experience with", "Proven experience with",
     "Practical experience with", "Professional experience with"],
    ["Strong", "Solid", "Deep", "Excellent"],
    ["Familiarity with", "Working knowledge of", "Exposure to"],
]
DOMAINS = ["fintech", "healthcare", "e-commerce", "gaming", "logistics", "ad tech", "developer tools",
           "security", "media streaming", "marketplaces", "climate tech", "edtech"]
# Clauses real requirements end with; with the swaps above they make most sentences distinct.
TAILS = [", ideally in {domain}", " at {scale}", ", preferably with {tech}", "; {tech} is a plus",
         " in a {domain} setting", ", ideally at {scale} in {domain}", " (we use {tech})",
         ", or equivalent experience", " in a fast-paced environment"]
REQUIREMENT_TAIL = 0.75
SCALES = ["scale", "high scale", "startup scale", "millions of users", "thousands of requests per second",
          "petabyte scale", "global scale"]
SENIORITY = ["Junior", "", "Senior", "Senior", "Staff", "Principal", "Lead"]
ROLES = ["Software Engineer", "Backend Engineer", "Backend Software Engineer", "Platform Engineer",
         "Systems Engineer", "Infrastructure Engineer", "Site Reliability Engineer", "Developer",
         "Data Engineer", "Full Stack Engineer"]
FOCUS = ["", "", "Rust", "Python", "Go", "API Platform", "Payments", "Observability", "Storage",
         "Developer Experience", "Search", "Distributed Systems"]
COMPANY_PARTS = (["Nor", "Vel", "Quant", "Lum", "Arc", "Hel", "Brid", "Cas", "Del", "Orb", "Zen", "Tal"],
                 ["vex", "ora", "ify", "ium", "stack", "grid", "loop", "base", "mint", "path", "wave"])
LOCATIONS = ["Remote", "Remote (US)", "Remote, Europe", "San Francisco, CA", "New York, NY", "Austin, TX",
             "Seattle, WA", "Toronto, Canada", "London, UK", "Berlin, Germany", "Amsterdam, Netherlands",
             "Denver, CO", "Boston, MA", "Chicago, IL"]
HEADINGS = {
    "about": ["About the Role", "Description", "The Role", "Overview"],
    "responsibilities": ["Responsibilities", "What You Will Do", "What you'll be doing", "Your Impact"],
    "requirements": ["Requirements", "What You Bring", "What you should have", "Who You Are",
                     "Qualifications"],
    "nice": ["Nice to Have", "Bonus Points", "Nice to haves", "Preferred Qualifications"],
    "benefits": ["Benefits", "What We Offer", "Perks"],
    "legal": ["Equal Opportunity"],
}

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_YEARS = re.compile(r"\b(\d{1,2})(\+?)\s+years\b")


@dataclass
class Pools:
    """Sentences of the seeds by section kind, and their requirements by must/nice."""
    about: list[str]
    responsibilities: list[str]
    must: list[str]
    nice: list[str]
    benefits: list[str]
    legal: list[str]

    @classmethod
    def from_postings(cls, postings: list[Posting]) -> Pools:
        by_kind: dict[str, list[str]] = {k: [] for k in ("about", "responsibilities", "benefits",
                                                          "legal", "company")}
        for posting in postings:
            for section in posting.sections:
                if section.kind in by_kind:
                    for line in section.text.split("\n"):
                        by_kind[section.kind] += [s.strip() for s in _SPLIT.split(line)
                                                  if len(s.strip()) > 20]
        return cls(
            about=_unique(by_kind["about"] + by_kind["company"]),
            responsibilities=_unique(by_kind["responsibilities"]),
            must=_unique(r.text for p in postings for r in p.requirements if r.kind == "must"),
            nice=_unique(r.text for p in postings for r in p.requirements if r.kind == "nice"),
            benefits=_unique(by_kind["benefits"]) or ["Competitive salary and equity."],
            legal=_unique(by_kind["legal"]) or ["We are an equal opportunity employer."],
        )


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


_TECH_RE = re.compile(r"(?<![\w+#])(" + "|".join(
    re.escape(t) for t in sorted({t for g in TECH_GROUPS for t in g}, key=len, reverse=True))
    + r")(?![\w+#])")
_GROUP_OF = {t: g for g in TECH_GROUPS for t in g}
_ALL_TECH = sorted(_GROUP_OF)


def vary(sentence: str, rng: random.Random, strength: float = 0.6, tail: float = 0.3) -> str:
    """A variant of ``sentence``: techs swapped within their group, years and lead-ins changed
    (each with probability ``strength``), a clause added (probability ``tail``)."""
    def swap(m: re.Match) -> str:
        term = m.group(1)
        return rng.choice(_GROUP_OF[term]) if rng.random() < strength else term

    out = _TECH_RE.sub(swap, sentence)
    out = _YEARS.sub(lambda m: f"{rng.randint(2, 10)}{m.group(2)} years"
                     if rng.random() < strength else m.group(0), out)
    for group in LEAD_INS:
        for phrase in group:
            if out.startswith(phrase) and rng.random() < strength:
                out = rng.choice(group) + out[len(phrase):]
                break
    if rng.random() < tail:
        out = out.rstrip(".")
        for _ in range(1 + (rng.random() < tail / 2)):
            out += rng.choice(TAILS).format(domain=rng.choice(DOMAINS), tech=rng.choice(_ALL_TECH),
                                            scale=rng.choice(SCALES))
        out += "."
    return out


def posting_text(i: int, pools: Pools, seed: int = 0) -> str:
    """The text of synthetic posting ``i``: front matter and markdown sections."""
    rng = random.Random(f"{seed}:{i}")
    seniority, role, focus = rng.choice(SENIORITY), rng.choice(ROLES), rng.choice(FOCUS)
    title = " ".join(x for x in (seniority, role) if x) + (f", {focus}" if focus else "")
    company = rng.choice(COMPANY_PARTS[0]) + rng.choice(COMPANY_PARTS[1])
    if rng.random() < 0.5:
        company += rng.choice([" Labs", " Inc.", " Technologies", " Systems", ""])
    lines = ["---", f"title: {title}", f"company: {company}",
             f"location: {rng.choice(LOCATIONS)}"]
    if rng.random() < 0.7:
        low = rng.randrange(80, 220, 5) * 1000
        lines.append(f'salary: "${low:,} - ${low + rng.randrange(20, 90, 5) * 1000:,}"')
    lines += ["---", ""]

    def section(kind: str, items: list[str], bullets: bool = True) -> None:
        lines.append(f"## {rng.choice(HEADINGS[kind])}")
        if bullets:
            lines.extend(f"- {item}" for item in items)
        else:
            lines.append(" ".join(items))
        lines.append("")

    def sample(pool: list[str], lo: int, hi: int, strength: float, tail: float) -> list[str]:
        k = min(len(pool), rng.randint(lo, hi))
        return [vary(s, rng, strength, tail) for s in rng.sample(pool, k)]

    section("about", sample(pools.about, 2, 4, 0.5, 0.2), bullets=False)
    section("responsibilities", sample(pools.responsibilities, 4, 8, 0.5, 0.3))
    # Requirements vary most: on a real board most of them are worded by each employer.
    section("requirements", sample(pools.must, 6, 10, 0.8, REQUIREMENT_TAIL))
    section("nice", sample(pools.nice, 2, 6, 0.8, REQUIREMENT_TAIL))
    # Boilerplate repeats verbatim across postings, as it does on a real board.
    section("benefits", rng.sample(pools.benefits, min(len(pools.benefits), rng.randint(2, 5))))
    section("legal", [pools.legal[rng.randrange(len(pools.legal))]], bullets=False)
    return "\n".join(lines)


def generate_postings(n: int, seeds_dir: str | Path, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` synthetic postings as ``(id, text)`` pairs, the same for the same arguments."""
    pools = Pools.from_postings(load_postings([seeds_dir]))
    return [(f"bench-{i:06d}", posting_text(i, pools, seed)) for i in range(n)]


# -- resumes --------------------------------------------------------------------------
RESUME_ROLES = [("Senior Backend Engineer", "Acme Corp"), ("Software Engineer", "Beta Inc"),
                ("Platform Engineer", "Gamma Systems"), ("Site Reliability Engineer", "Delta Cloud"),
                ("Backend Developer", "Epsilon Labs"), ("Staff Engineer", "Zeta Payments")]
RESUME_BULLETS = [
    "Built async services in Rust with Tokio and Axum serving 50k requests per second.",
    "Ran PostgreSQL and Redis in production on Kubernetes (k8s) in AWS.",
    "Led incident response and set SLOs with Datadog dashboards.",
    "Wrote Python services and a GraphQL API; CI/CD with GitHub Actions and Docker.",
    "Designed a multi-tenant billing platform on Go microservices and Kafka.",
    "Cut p99 latency by 40% by profiling hot paths and adding caching.",
    "Migrated a monolith to gRPC services with zero downtime.",
    "Mentored four engineers and ran the team's design reviews.",
    "Owned the on-call rotation and wrote runbooks for the storage tier.",
    "Introduced OpenTelemetry tracing across 30 services.",
    "Built data pipelines in Python and Airflow feeding a Snowflake warehouse.",
    "Managed infrastructure as code with Terraform across three AWS accounts.",
    "Implemented OAuth/OIDC login and JWT-based service authentication.",
    "Tuned PostgreSQL queries and indexes, halving database CPU.",
    "Wrote a load-testing harness and capacity plans for peak traffic.",
    "Shipped a public REST API used by 2,000 external developers.",
    "Contributed patches to open-source Rust crates and wrote technical blog posts.",
    "Worked with product and design to scope features and ship iteratively.",
]


def resume_text(pages: int, variant: int = 0, seed: int = 0) -> str:
    """A plain-text resume of about ``pages`` pages (one page is ~20 bullet lines)."""
    rng = random.Random(f"resume:{seed}:{pages}:{variant}")
    years = rng.randint(3, 12)
    out = ["Alex Example", "alex@example.com | +1 (555) 010-0199", "", "Summary",
           f"Backend engineer with {years} years of experience building distributed systems "
           f"in {rng.choice(['Rust', 'Python', 'Go', 'Java'])} and "
           f"{rng.choice(['Python', 'TypeScript', 'Kotlin', 'C++'])}.", "", "Experience"]
    end = 2025
    for job in range(3 * pages):
        title, company = RESUME_ROLES[(job + variant) % len(RESUME_ROLES)]
        start = end - rng.randint(1, 3)
        out.append(f"{title}, {company}, Jan {start} - " + ("Present" if job == 0 else f"Dec {end}"))
        out += ["- " + vary(b, rng, 0.5) for b in rng.sample(RESUME_BULLETS, 6)]
        end = start - 1
    out += ["", "Skills", "Rust, Python, Go, PostgreSQL, Redis, Kubernetes, AWS, Docker, Kafka, Terraform",
            "", "Education", f"B.Sc. Computer Science, {end - 4} - {end}"]
    return "\n".join(out) + "\n"
