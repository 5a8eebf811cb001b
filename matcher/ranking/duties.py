"""Kinds of work a posting asks in words a resume does not use: "Experience presenting to elected or
appointed boards" shown by "Present at Planning Commission and City Council hearings"; "Comfortable
with sales goals" by "Renewed 85% of training packages; top seller in Q2 2025"; "Previous experience
working with children" by "transporting K-12 students".

Each duty (``DUTIES``) says how a posting asks it, which resume lines show it (covered) and which
show its work without what makes it this duty (partly: "Sold memberships" for sales goals).  A row
asking a duty is shown by such lines; any other line, whatever its words, partly at most: a slide
deck for a team is no board, a sales tax return no sales goal (``matcher.ranking.checklist``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["DUTIES", "duty_asked", "duty_lines"]

# Those who govern and hear a presentation: a board (of directors, trustees, supervisors, education), a
# council, a commission or its commissioners, trustees, a legislature, elected officials.
_GOVERNING = (r"(?:boards?(?!\s+(?:games?|exams?|certif\w*|eligib\w*|review))|council(?:s|members?)?"
              # a commission named or "the commission", not pay ("to customers for commission")
              r"|(?:(?-i:Commissions?)|(?<=the )commissions?|(?<=boards and )commissions)"
              r"(?!\s*(?:-|\s)(?:based|only|plan|structure|earnings|income|sales))|commissioners|trustees"
              r"|select ?(?:board|men)|aldermen|legislat(?:ure|ures|ors|ive (?:committees?|hearings?))"
              r"|governing bod(?:y|ies)|elected (?:or appointed )?officials)\b")
# Presenting to them: "presenting to elected or appointed boards", "present at Planning Commission and
# City Council hearings", "Presented quarterly results to the Board of Directors", "Briefed the City
# Council", "Advised the Board of Trustees", "Delivered monthly updates to the board", "testified before
# the state legislature", "board presentations"; the governing body heard, not a thing presented
# ("Presented circuit board layouts to the team", "Presented storyboards").
_PRESENTS_TO_BOARD = re.compile(
    r"(?i)\b(?:present(?:s|ed|ing|ations?)?|speak(?:s|ing)?|spoke|testif(?:y|ied|ies|ying)|appear(?:ed|ing)"
    r"|deliver(?:ed|ing)|report(?:ed|ing)|pitch(?:ed|ing)|updates?|liaison|recommendations?|staff reports?)\b"
    r"[^.;]{0,60}?\b(?:to|before|at|for)\s+(?:the\s+|an?\s+|our\s+|its\s+)?(?:[\w&'’-]+\s+){0,4}?" + _GOVERNING
    + r"|\b(?:brief(?:s|ed|ing)?|advis(?:e|ed|es|ing)|address(?:ed|es|ing)?|updat(?:e|ed|es|ing))\s+(?:the\s+)?"
    r"(?:[\w&'’-]+\s+){0,3}?" + _GOVERNING
    + r"|\b(?:board|council|commission)[- ](?:level\s+)?(?:presentations?|briefings?|meetings?\s+presentations?)\b")
# Presenting to anyone, the work without the board: "Presented findings to leadership"; not a paper
# written for a briefing ("briefing papers").
_PRESENTS = re.compile(r"(?i)\b(?:present(?:s|ed|ing|ations?)|briefed|testified|public (?:speaking|hearings?)|keynote"
                       r"|briefings?(?!\s+(?:papers?|books?|notes|memos?|documents?|materials)))\b")

# Selling against a target asked: "Comfortable with sales goals", "able to meet sales targets",
# "Quota-driven", "track record of exceeding quota", "carried a $1.2M quota"; not a quota of output or
# goods, whose kind stands before it ("Meet daily picking quotas", "hourly quotas", "shipping quotas").
_QUOTA = (r"(?:^|(?<=[^\w\s])|\b(?:sales|revenue|bookings|the|a|your|their|my|monthly|quarterly|annual|yearly"
          r"|individual|team|exceed\w*|meet\w*|met|carr(?:y|ied|ies|ying)|hit\w*|beat\w*|achiev\w*|of|over|above|to"
          r"|against|with)\s+|[$€£][\d.,]+\s*[kmb]?\s+)quotas?\b")
_SALES_TARGET_ASKED = re.compile(
    r"(?i)\b(?:sales|selling|revenue|bookings|membership)\s+(?:goals?|targets?|quotas?)\b"
    r"|" + _QUOTA + r"(?![- ]?(?:system|visa|cap)\b)"
    r"|\b(?:target|goal|quota|commission)[- ](?:driven|oriented|based)\s+(?:\w+\s+)?(?:sales|selling)\b"
    r"|\bsales\b[^.;]{0,30}\b(?:target|goal|quota|commission)[- ](?:driven|oriented|based)\b")
_SALES_WORD = (r"(?:\b(?:sales|sell(?:s|ing|er|ers)?|sold|revenue|bookings|upsell\w*|upsold|cross-sell\w*"
               r"|memberships?|packages|renewals?)\b|" + _QUOTA + ")")
# A target met, carried or set in selling: "exceeded quota by 20%", "carried a $1.2M quota", "met 110% of
# monthly sales goal", "118% of plan", "top seller in Q2 2025", "#1 in sales", "ranked #1 in region",
# "President's Club 2023", "Set quarterly sales targets for 12 reps"; a goal of another kind stays no
# sales goal ("met fundraising goals", "exceeded patient satisfaction targets").
_SALES_TARGET_MET = re.compile(
    r"(?i)(?=.*" + _SALES_WORD + r")(?:.*\b(?:met|meet(?:s|ing)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat"
    r"|hit|achiev(?:ed|es|ing)|attain(?:ed|ing|ment)|reach(?:ed|ing)|overachiev\w*|outperform\w*|topped"
    r"|carr(?:y|ied|ies|ying)|set(?:ting)?|establish(?:ed|ing)|assign(?:ed|ing)|own(?:ed|ing))\b[^.;]{0,50}\b(?:quotas?|goals?|targets?|plan|budget)\b"
    r"|.*\b\d{2,3}(?:\.\d+)?\s*%\s+(?:of|to)\s+(?:\w+\s+){0,3}?(?:quotas?|goals?|targets?|plan)\b)"
    r"|\bquota\s+attainment\b|\b\d{2,3}\s*%\s+attainment\b"
    r"|\btop[- ](?:sell(?:er|ing)|sales(?:person|man|woman|rep\w*|associate|consultant)?|producer|biller|closer"
    r"|earner)\b|#\s?1\s+(?:in\s+)?(?:sales|seller)\b"
    r"|\branked\s+(?:#\s?\d+|no\.?\s?\d+|number\s+(?:one|\d+)|first|top\s+\d*)\s*(?:%\s*)?(?:in|of|among|out of|across)"
    r"\s+(?:[\w#-]+\s+){0,3}?(?:regions?|district|territor(?:y|ies)|reps|representatives|sales\w*|stores|associates"
    r"|advisors|agents|branch(?:es)?|markets?|company|nation(?:wide)?|country)\b"
    r"|\bpresident'?s'?\s+club\b|\bcircle of excellence\b")
# Selling, no target said: "Sold memberships and personal training packages", "Upsold service plans",
# "Grew territory revenue 40%".
_SELLS = re.compile(r"(?i)\b(?:sold|sell(?:s|ing)?\b(?!\s+(?:by|date))|upsold|upsell\w*|cross-s(?:old|ell\w*)"
                    r"|closed\s+(?:\w+\s+){0,2}(?:deals|sales|accounts)|renewed\s+(?:\w+\s+){0,2}(?:memberships?"
                    r"|packages|contracts|subscriptions|policies|accounts)"
                    r"|sales\s+(?:associate|representative|rep|consultant|executive|manager|specialist|advisor)"
                    r"|(?:grew|increased|doubled|tripled|boosted)\s+(?:\w+\s+){0,3}?(?:sales|revenue|bookings))\b")

# Working with children asked: "Previous experience working with children", "Must enjoy being around kids",
# "Experience with youth", "childcare experience"; not a children's hospital or health plan ("Experience with
# Children's Health insurance").
_CHILDREN = (r"(?:young\s+)?(?:children(?!['’]s)|kids|youth|infants|toddlers|adolescents|teens|teenagers|minors"
             r"|young people)")
_CHILDREN_ASKED = re.compile(
    r"(?i)\b(?:work(?:ing)?|experience|comfortable|enjoys?|interacting|caring|being)\s+(?:\w+\s+){0,2}?"
    r"(?:with|around|for)\s+" + _CHILDREN + r"\b"
    r"|\b(?:child[ -]?care|youth (?:work|development|programs?))\s+experience\b"
    r"|\bexperience\s+(?:in|with)\s+(?:child[ -]?care|youth (?:work|development|programs?))\b")
# A line of work with children: its words for them or for where they are ("transporting K-12 students", "a calm
# way with kids", "Helped a 2nd grade teacher with reading groups", "Bartlett Elementary School", "Pediatric
# Dental Assistant"); not a children's hospital's name alone nor a certificate of pediatric life support.
_WITH_CHILDREN = re.compile(
    r"(?i)\b(?:children(?!['’]s\s+(?:hospital|health|medical))|kids|youth|infants|toddlers|preschool(?:ers)?|pre-?k"
    r"|kindergart\w*|k-?12|elementary|middle school|junior high|high school students|adolescents|teens|teenagers"
    r"|juveniles|minors|campers|babysit\w*|nann(?:y|ies)|day ?care|child[ -]?care|pediatrics"
    r"|pediatric\s+(?:patients?|units?|clinics?|practices?|dent\w*|offices?|nurs\w*|wards?|floors?|care|therap\w*"
    r"|ICU|emergency|home|assistant)"
    r"|(?:[1-9]|1[0-2])(?:st|nd|rd|th)[- ]grade(?:rs)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth)[- ]grade(?:rs)?|grades?\s+(?:k|\d{1,2})|students?\s+in\s+grades?)\b")
# Teaching, coaching or serving people who may be children, no age said: "Trained 40 students", "soccer coach".
_WITH_LEARNERS = re.compile(r"(?i)\b(?:students?|pupils|schools?|tutor\w*|camps?|coach\w*|mentor\w*)\b")


# Keeping a child's family informed asked: "Communicate with parents about their child's progress", "Build
# relationships with families", "Partner with parents", "parent communication"; not caring for patients and their
# families ("Communicate with patients, families and staff" names its patients first).
_FAMILY = r"(?:parents|families|guardians)"   # not "parent company", "parent accounts"
_FAMILY_ASKED = re.compile(
    r"(?i)\b(?:communicat\w*|partner\w*|relationships?|engag\w*|conferenc\w*|updat\w*|inform\w*|talk\w*|meet\w*)\b"
    r"[^.;]{0,30}?\b(?:with|to)\s+(?:the\s+|their\s+|all\s+)?" + _FAMILY + r"\b"
    r"|\b(?:parent|family)[- ](?:communication|engagement|partnerships?|relations)\b")
# A line keeping families informed: "talk with parents at pickup and at conferences", "parent conferences",
# "Parent-teacher conferences", "Sent weekly newsletters to families", "Called parents about attendance"; a line
# naming parents alone ("Greeted parents at drop-off") shows the families, not what they were told.
_WITH_FAMILY = re.compile(
    r"(?i)\b(?:communicat\w*|talk\w*|spoke|speak\w*|met|meet\w*|conferenc\w*|updat\w*|inform\w*|report\w*"
    r"|call\w*|e-?mail\w*|newsletters?|partner\w*|relationships?)\b[^.;]{0,40}?\b" + _FAMILY + r"\b"
    r"|\b(?:parent|family)[- ](?:teacher[- ])?(?:conferences?|communication|meetings?|newsletters?|engagement)\b"
    r"|\b" + _FAMILY + r"\b[^.;]{0,30}?\bconferences?\b")
_FAMILY_NAMED = re.compile(r"(?i)\b" + _FAMILY + r"\b")


# Writing or editing asked by the one who does it: "Excellent writer and editor", "Strong copywriter", "Strong writing
# and editing skills"; not the people one manages ("managing freelance writers") nor "written communication" (a
# quality: ``matcher.ranking.qualities``).
_WRITING = r"(?:writing|editing|copywriting|copy[- ]?editing|proofreading)"
_WRITER_ASKED = re.compile(
    r"(?i)\b(?:excellent|strong|skilled|exceptional|gifted|talented|great|solid|polished|superb|outstanding"
    r"|experienced|accomplished|natural|proven|confident|clear|crisp|meticulous)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:copy[- ]?)?(?:writer|editor|proofreader|storyteller)\b"
    r"|\b" + _WRITING + r"(?:\s*(?:,|and|&|/)\s*" + _WRITING + r")*\s+(?:skills?|abilit(?:y|ies))\b")
# A line of pieces written or edited ("Edited 40 articles a month", "Wrote 12 long-form whitepapers and e-books",
# "Copyedited and proofread manuscripts to AP style").
_WRITES = re.compile(
    r"(?i)\b(?:wrote|writ(?:e|es|ing)|written|author(?:ed|s|ing)|ghost-?wr(?:ote|ite|ites|iting|itten)"
    r"|draft(?:ed|s|ing)|edit(?:ed|s|ing)|copy-?edit(?:ed|s|ing)|proofread(?:s|ing)?|publish(?:ed|es|ing))\b"
    r"[^.;]{0,50}?\b(?:articles?|blogs?|posts|stories|features|columns?|copy|content|whitepapers?|white papers"
    r"|e-?books?|newsletters?|press releases?|manuscripts?|scripts?|case studies|speeches|web ?pages|books?"
    r"|chapters?|essays?|reviews|op-eds?|guides|proposals|grants?)\b")
# Writing or editing named, no piece said: "Writing and editing for the marketing team", "Editorial Assistant", a
# title or a summary's claim ("Staff Writer", "Content marketer and editor"); not a staff of them ("6 writers").
_WRITING_NAMED = re.compile(r"(?i)\b(?:writ(?:e|es|ing|ten|er)|wrote|edit(?:s|ed|ing|or|orial)?|copy-?edit\w*"
                            r"|copywrit\w*|proofread\w*)\b")


@dataclass(frozen=True)
class Duty:
    name: str
    asked: re.Pattern   # how a posting asks it
    shown: re.Pattern   # a resume line that shows it: covered
    partly: re.Pattern  # a line that shows its work without its object: partly


DUTIES = (
    Duty("presenting to a board", _PRESENTS_TO_BOARD, _PRESENTS_TO_BOARD, _PRESENTS),
    Duty("selling to a target", _SALES_TARGET_ASKED, _SALES_TARGET_MET, _SELLS),
    Duty("working with children", _CHILDREN_ASKED, _WITH_CHILDREN, _WITH_LEARNERS),
    Duty("keeping families informed", _FAMILY_ASKED, _WITH_FAMILY, _FAMILY_NAMED),
    Duty("writing and editing", _WRITER_ASKED, _WRITES, _WRITING_NAMED),
)


@lru_cache(maxsize=65_536)
def duty_asked(text: str) -> Duty | None:
    """The duty a requirement asks (``DUTIES``), or None."""
    return next((duty for duty in DUTIES if duty.asked.search(text)), None)


def duty_lines(duty: Duty, sentences: list[str]) -> tuple[list[int], list[int]]:
    """The resume lines that show ``duty`` (covered) and those that show its work only (partly)."""
    shown = [k for k, line in enumerate(sentences) if duty.shown.search(line)]
    partly = [k for k, line in enumerate(sentences) if k not in shown and duty.partly.search(line)]
    return shown, partly
