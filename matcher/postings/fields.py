"""A posting's fields: title, company, location, salary, remote and url.

Record fields and YAML front matter are checked (``validated``) and put under
their canonical names; the rest is read from the text: the job-board header
('# Title' / '### Company' / '#### $174,000/yr remote, US'), a title line's company, length
and place ('Travel ICU RN - 13 weeks - Seattle, WA', 'HR Generalist - Queen City Foods -
Charlotte, NC'), "Location: ..." lines anywhere, a title named in the prose, the company the
first sentence names as hiring ("Harvest Foods is hiring a Data Analyst") and, without a location
line, the place the opening sentences put the job in ("hiring in Reno, NV!"), pay ranges
(``parse_salary``, made yearly; in the body only where a line speaks of pay: ``line_salary``)
and whether the job is remote.
"""

from __future__ import annotations

import math
import re
import unicodedata

from matcher.errors import InputError
from matcher.postings.kinds import named_skills
from matcher.postings.knockout_rules import HYBRID_WORK, REMOTE_FIELD
from matcher.postings.sections import LABEL, MD_HEADING, field_name, heading_kind, is_bullet
from matcher.text import JOB_WORD, PICTOGRAPHS, ROLE_WORD, strip_line_marks

__all__ = ["ID_MAX_CHARS", "SALARY_CONTEXT", "SALARY_MAX", "SURROGATE", "as_remote", "at_weekly_hours", "checked_id",
           "commission_only", "commission_pay", "company_after_title", "company_in_prose", "currency_code",
           "format_money", "kind_of", "line_salary", "location_in_prose", "parse_salary", "pay_by_hours_flown",
           "posted_pay", "read_header", "remote_from", "salary_currency", "salary_from", "text_fields",
           "title_in_prose", "validated", "web_url", "weekly_hours", "without_postcode"]


# --- salary and remote --------------------------------------------------------
# A currency as a posting states it: a symbol ("$", "£", "€", "₹", "A$", "US$") or a code
# ("DKK 50,000", "60,000 SEK").  Indian pay is often in lakhs a year: "12-18 LPA" is 1,200,000
# to 1,800,000 rupees.
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|DKK|SEK|NOK|CHF|INR|PLN|SGD|HKD|MXN"
# Thousands are grouped by commas, or by dots where Europe writes them ("€45.000", "50.000 kr.").
# Where French is written, by spaces ("45 000 $"), the currency after the amount.
# A code may stand before a dollar sign, saying whose dollar it is: "AUD $78,000", "NZD$70,000".
_AMOUNT = (r"(?P<c{0}>(?:US|AU|A|CA|C|NZ|S)?\$|[£€₹]|\b(?:" + _CODES + r")(?:[ \t]?\$|\s)?)?"
           r"\s?(?P<a{0}>(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+(?![\d.])"
           r"|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?=[ \u00a0\u202f]?(?:[$€£]|kr\b|(?:" + _CODES + r")\b))"
           r"|\d+)(?:\.\d+)?)"
           r"(?:\s?(?P<k{0}>[kK]\b))?(?:[ \u00a0\u202f]?(?P<t{0}>\$|€|£)(?![ \t]?\d))?")
# the unit in any case: "$17-$19/HR", "$20 PER HOUR", "$900/WK" (a board's title line in capitals); an hour flown
# ("$31.50/flight hour", "$62 per block hour", "$70/credit hour": a crew's pay, no hours a year to make it yearly)
_PERIOD = (r"\s?(?i:/\s?|per\s|an?\s)(?P<p{0}>(?i:(?:flight|block|credit)[ -]hours?|hour|hr|year|yr|annum|month|mo"
           r"|week|wk|day))\b")
_LAKHS = r"\s?(?P<lakhs>LPA\b|(?i:lakhs?|lacs?)\b(?:\s(?:per annum|p\.\s?a\.|a year))?)"
_SALARY = re.compile(_AMOUNT.format(1) + f"(?:{_PERIOD.format(1)})?"
                     r"(?:\s*(?:-|–|—|to)\s*" + _AMOUNT.format(2) + ")?"
                     r"(?P<code>\s?(?:(?:" + _CODES + r")\b|€|kr\b\.?))?" + f"(?:{_LAKHS})?"
                     f"(?:{_PERIOD.format(2)}|\\s(?P<adverb>(?i:annually|yearly|hourly|weekly))\\b)?")
_CURRENCY = re.compile(r"(?:US|AU|A|CA|C|NZ|S)?\$|[£€₹]|\b(?:" + _CODES + r"|kr)\b"
                       r"|(?P<lakhs>\bLPA\b|(?i:\blakhs?\b|\blacs?\b))")
# Words that say a line speaks of pay (an amount alone may be a deal, a budget or a quota:
# "closing $500k+ deals", "a $2,000,000 annual budget").  "CTC" is the Indian cost to company.
SALARY_CONTEXT = re.compile(r"salary|compensation|\bpay\b|\bbase\b|range|\bote\b|\bctc\b|\blpa\b|wage"
                            r"|/\s?(yr|year|hr|hour|wk|week)\b|per (year|hour|annum|month|week)|annually|hourly"
                            r"|\ban hour\b|\bweekly\b", re.I)
_HOURS_A_YEAR = 2080
# A day rate ("$480/day", "$280 - $340 per day") is made yearly at the days worked a year: those of a
# rotation the posting states (``rotation_days``), else 260, five days a week (2080 hours at 8 a day).
_DAYS_A_YEAR = 260
# A rotation of days on and off, or a hitch: "14 on / 14 off", "14/14 rotation", "21/21 hitch", "28 days on,
# 28 days off", "7 & 7 schedule"; not a date nor a shift rota by hours ("24 on / 48 off shift": hours).
_ROTATION = re.compile(r"(?i)\b(?P<on>\d{1,2})[ \t]*(?:days?[ \t]+)?on[ \t]*[/,&-]?[ \t]*(?P<off>\d{1,2})[ \t]*"
                       r"(?:days?[ \t]+)?off\b(?![ \t]+shift)"
                       r"|\b(?P<on2>[1-4]?\d)[ \t]*(?:/|&|x|and)[ \t]*(?P<off2>[1-4]?\d)[ \t]+(?:day[ \t]+)?"
                       r"(?:rotations?|hitch(?:es)?|schedule|swing)\b")
# A daily allowance, not pay: "Per diem: $50/day", "$50/day meal allowance".
_ALLOWANCE_BEFORE = re.compile(r"(?i)\b(?:per[- ]diem|allowance|meals?|lodging|subsistence|stipend)\b[^$£€\d]{0,20}\Z")
_ALLOWANCE_AFTER = re.compile(r"(?i)[ \t]*(?:for[ \t]+)?(?:per[- ]diem|(?:meal|travel|daily)?[ \t]*allowance|meals?"
                              r"|lodging|subsistence)\b")


def rotation_days(text: str) -> float | None:
    """The days worked a year on the rotation a text states ("14 on / 14 off" -> 182.5, "14/7 rotation"
    -> 243.3), or None; a rotation of more days off than on is one of hours, no day rate's."""
    m = _ROTATION.search(text or "")
    if not m:
        return None
    on, off = int(m.group("on") or m.group("on2")), int(m.group("off") or m.group("off2"))
    return round(365 * on / (on + off), 1) if on and off and off <= 2 * on else None


# The hours a week a part-time or contract job states: "Part-Time (25 hrs/week)", "20 hrs/week",
# "30 hrs/wk", "25 hours per week", "32 hours a week".
_WEEKLY_HOURS = re.compile(r"(?i)\b(?P<h>\d{1,2}(?:\.\d)?)(?:[ \t]*(?:-|–|to)[ \t]*(?P<h2>\d{1,2}))?[ \t]*"
                           r"(?:hrs?|hours?)\.?[ \t]*(?:/|per|a|an|each)[ \t]*(?:week|wk)\b")
# The hours beside "part-time" without "a week", which is what they are: "(Part-Time, 20 hrs)",
# "Part time - 24 hours", "20 hrs, part-time"; not a shift's length ("part-time, 12-hour shifts").
_HOURS = r"(?P<h>\d{1,2}(?:\.\d)?)(?:[ \t]*(?:-|–|to)[ \t]*(?P<h2>\d{1,2}))?[ \t]*(?:hrs?|hours?)\b\.?"
_NOT_A_WEEK = r"(?![ \t]*(?:/|per|a|an|each)?[ \t]*(?:days?|shifts?|nights?|daily|weekends?)\b)(?![-–])"
_PART_TIME_HOURS = (re.compile(r"(?i)\bpart[- \t]?time\b[ \t]*[,:;(–—-]?[ \t]*(?:\(?[ \t]*)?" + _HOURS + _NOT_A_WEEK),
                    re.compile(r"(?i)\b" + _HOURS + _NOT_A_WEEK + r"[ \t]*[,;)–—-]?[ \t]*\(?[ \t]*part[- \t]?time\b"))
# What agents earn under commission is no pay the employer offers: an amount told as what some
# earn on average or at best ("Commission-based (avg. agent earns $70,000 - $110,000 per year)",
# "top producers earn $150k+", "earning potential of $90,000"; not "You will earn $25/hour"),
# and any amount on a line that pays by commission alone ("100% commission: $60,000 - $120,000
# a year").  A base with commission is pay ("$45,000 - $65,000 base + commission"), as are
# on-target earnings ("OTE $140,000", which the employer sets).
_EARNINGS_TOLD = re.compile(r"(?i)\b(?:avg\.?|average|median|typical(?:ly)?|potential(?:ly)?|top[ \t]+(?:producers?"
                            r"|performers?|earners?|agents?))\b[^$£€\d]{0,30}?\bearn"
                            r"|\bearn(?:s|ing)?[ \t]+(?:an[ \t]+)?(?:average|avg\.?)\b"
                            r"|\b(?:earning|income)[ \t]+potential\b|\b(?:average|avg\.?|potential|expected)[ \t]+"
                            r"(?:annual[ \t]+)?(?:earnings|income)\b")
_COMMISSION_ONLY = re.compile(r"(?i)\bcommission[- ](?:based|only)\b|\b(?:100[ \t]*%|straight|pure)[ \t]+commission\b"
                              r"|\bcommission[ \t]+only\b")
_BASE_PAY = re.compile(r"(?i)\b(?:base|salary|salaried|hourly|wage|draw|stipend|guaranteed)\b")
# A posting that says it pays by commission alone, no base: "100% commission", "commission-only
# position", "straight commission", "uncapped commission, no base", "no base salary".  "Commission-
# based" alone does not say there is no base, nor "uncapped commission" ("base plus uncapped
# commission").  Not where denied ("not a commission-only role") nor beside a base, a draw or a
# wage on its line ("$500 weekly draw against 100% commission").
_NO_BASE_WORDS = r"\bno[ \t]+(?:base(?:[ \t]+(?:salary|pay|wage|rate))?|salary)\b(?![ \t]*[A-Za-z])"
_PAID_BY_COMMISSION = re.compile(r"(?i)\bcommission[- ]only\b|\bcommission[ \t]+only\b|\b(?:100[ \t]*%|straight|pure)"
                                 r"[ \t]+commission\b|" + _NO_BASE_WORDS)
_NOT_BEFORE = re.compile(r"(?i)\b(?:not|no|never|isn['’]t|aren['’]t|without)\b[^.;:,]{0,20}\Z")
_NO_BASE = re.compile("(?i)" + _NO_BASE_WORDS)


# Pay by commission, with or without a base, that states no figure: "commission-based", "base plus
# uncapped commission", "Competitive base + commission", "Uncapped commission", "commission structure";
# not a commission that accredits ("Commission on Dental Accreditation"), a commissioned officer,
# commissioning a system or a notary's commission.
_COMMISSION_PAY = re.compile(r"(?i)\bcommission[- ]based\b|\b(?:uncapped|unlimited|generous|competitive|lucrative"
                             r"|tiered|attractive)[ \t]+commissions?\b|\b(?:base|salary|hourly|wage|pay)[ \t]*"
                             r"(?:\+|plus|and|&|with)[ \t]*(?:an?[ \t]+)?(?:(?:uncapped|unlimited)[ \t]+)?"
                             r"commissions?\b"
                             r"|\bcommissions?[ \t]+(?:structure|plan|pay|paid|potential)\b")


def commission_pay(text: str) -> str:
    """The first line of ``text`` that says the pay is by commission (``_COMMISSION_PAY``:
    "Compensation: commission-based", "Pay: base plus uncapped commission"), stripped of its
    bullet; "" when none does.  A posting stating no salary beside it states no pay a minimum
    salary can judge."""
    for line in (text or "").split("\n"):
        if _COMMISSION_PAY.search(line):
            return line.strip(" -*•\t")[:120]
    return ""


def commission_only(text: str) -> str:
    """The words of a posting's line that say it pays by commission alone, no base
    (``_PAID_BY_COMMISSION``: "100% commission", "Uncapped commission, no base"), "" when none does."""
    for line in (text or "").split("\n"):
        m = _PAID_BY_COMMISSION.search(line)
        if m is None or _NOT_BEFORE.search(line, 0, m.start()):
            continue
        if _BASE_PAY.search(_NO_BASE.sub(" ", line)):
            continue   # "$500 weekly draw against 100% commission", "base salary, or commission only"
        return line.strip(" -*•\t")[:120]
    return ""


# A maximum alone: "up to $90,000", "Up to $25/hr".
_UP_TO = re.compile(r"(?i)\b(?:up[ \t]+to|maximum(?:[ \t]+of)?|max\.?)[ \t]*\Z")


# The hours a month a job pays or guarantees: "Guaranteed 75 hours per month", "80 hrs/month".
_MONTHLY_HOURS = re.compile(r"(?i)\b(?P<h>\d{2,3})[ \t]*(?:hrs?|hours?)\.?[ \t]*(?:/|per|a|an|each)[ \t]*"
                            r"(?:month|mo)\b")
# The days a week a job is worked, and a shift's length where stated: "4 days/week (Mon-Thu)",
# "three days per week", "a four-day work week", "3 days a week, 10-hour shifts".
_DAY_COUNT = r"(?P<d>[1-6]|three|four|five|six)"
_DAYS_A_WEEK = re.compile(r"(?i)\b" + _DAY_COUNT + r"[ \t-]*(?:days?[ \t]*(?:/|per|a|an|each)[ \t]*(?:week|wk)\b"
                          r"|day[ \t-]*work[ \t-]*week\b)")
_SHIFT_LENGTH = re.compile(r"(?i)\b(?P<h>\d{1,2})[ \t-]*(?:hour|hr)[ \t-]*shifts?\b")
# Days or hours of something else than the work paid: the office of a hybrid job ("in the office 3
# days a week"), travel, overtime, study, volunteering.
_OTHER_TIME = re.compile(r"(?i)\b(?:office|on-?site|in[- ]person|hybrid|remote|travel\w*|overtime|volunteer\w*|study"
                         r"|training|class\w*|on[- ]call)\b")
_DAY_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6}


def _other_time(text: str, m: re.Match) -> bool:
    """Whether the hours or days ``m`` found are of something else than the work paid
    (``_OTHER_TIME`` within a few words either side)."""
    return bool(_OTHER_TIME.search(text[max(0, m.start() - 30):m.start()])
                or _OTHER_TIME.search(text[m.end():m.end() + 20]))


def weekly_hours(text: str) -> float | None:
    """The hours a week a text states the job takes (``_WEEKLY_HOURS``, or hours beside "part-time":
    ``_PART_TIME_HOURS``; of a range, its middle:
    "20-25 hrs/week" -> 22.5), or those a month it pays ("Guaranteed 75 hours per month" ->
    17.3), or its days a week at 8 hours or at the shifts it states ("4 days/week" -> 32); or
    None; more than 60 or fewer than 4 are no such statement, nor those of the office, travel
    or overtime (``_OTHER_TIME``)."""
    text = text or ""
    m = _WEEKLY_HOURS.search(text) or next(filter(None, (r.search(text) for r in _PART_TIME_HOURS)), None)
    if m is not None:
        hours = (float(m.group("h")) + float(m.group("h2") or m.group("h"))) / 2
    elif (m := _MONTHLY_HOURS.search(text)) and not _other_time(text, m):
        hours = round(float(m.group("h")) * 12 / 52, 1)
    elif (m := _DAYS_A_WEEK.search(text)) and not _other_time(text, m):
        shift = _SHIFT_LENGTH.search(text)
        days = _DAY_WORDS.get(m.group("d").lower()) or int(m.group("d"))
        hours = days * (int(shift.group("h")) if shift else 8)
    else:
        return None
    return hours if 4 <= hours <= 60 else None


def parse_salary(text: str, bare: bool = False, hours: float | None = None, days: float | None = None
                 ) -> tuple[float | None, float, str] | None:
    """(min, max, matched text) of the first plausible yearly pay in text, or None.

    "$174,000/yr - $235,000/yr", "$150k-$180k", "$190,000-$204,000", "£28,407 - £34,581 per
    annum", "DKK 50,000 - 60,000 per month", "INR 12 - 18 LPA", "45 000 $ - 52 000 $"; hourly,
    weekly and monthly figures are turned into yearly ones, lakhs into units.  Hourly pay is
    made yearly at the hours a week the text states ("$25/hour, 20 hrs/week"), else at
    ``hours`` (the posting's), else at 40; a day rate at the days a year of the rotation the
    text states ("$550-$650/day, 14 on / 14 off": 182.5), else at ``days``, else at 260
    (``_DAYS_A_YEAR``); a daily allowance is none ("Per diem: $50/day").  A maximum alone ("up
    to $90,000") has no minimum (None).  What agents earn under commission is none ("avg. agent earns $70,000", a
    commission-only line: ``_EARNINGS_TOLD``).  The amounts are in the currency the text
    states (``salary_currency`` of the matched text).  Without ``bare`` an amount needs a
    currency mark ("LPA" is one), so "400,000 requests" is not a salary.
    """
    hours = weekly_hours(text) or hours or _HOURS_A_YEAR / 52
    days = rotation_days(text) or days or _DAYS_A_YEAR
    commission_only = _COMMISSION_ONLY.search(text) and not _BASE_PAY.search(text)
    for m in _SALARY.finditer(text):
        if not (bare or m.group("c1") or m.group("c2") or m.group("t1") or m.group("t2") or m.group("code")
                or m.group("lakhs")):
            continue
        if commission_only or _EARNINGS_TOLD.search(text[max(0, m.start() - 60):m.start()]):
            continue   # earned under commission, not paid (``_EARNINGS_TOLD``)
        if _rent(text, m):
            continue   # a booth rent the stylist pays
        low = _number(m.group("a1")) * (1000 if m.group("k1") else 1)
        high = _number(m.group("a2")) * (1000 if m.group("k2") else 1) if m.group("a2") else low
        if m.group("k2") and not m.group("k1") and low < 1000:
            low *= 1000  # "$150-180k": the k belongs to both
        period = (m.group("p2") or m.group("p1") or m.group("adverb") or "year").lower()
        if period == "day" and (_ALLOWANCE_BEFORE.search(text, 0, m.start()) or _ALLOWANCE_AFTER.match(text, m.end())):
            continue   # a daily allowance, not pay
        per_year = hours * 52 if period.startswith("h") else 12 if period.startswith("mo") \
            else 52 if period.startswith("w") else days if period == "day" else 1
        per_year *= 100_000 if m.group("lakhs") else 1
        low, high = round(low * per_year, 2), round(high * per_year, 2)
        if 10_000 <= low <= high <= 5_000_000:
            up_to = _UP_TO.search(text, 0, m.start()) if not m.group("a2") else None
            if up_to:
                return None, high, text[up_to.start():m.end()].strip()
            return low, high, m.group(0).strip()
    return None


# A job worked as needed, by the day: "Medical Interpreter (Per Diem)", "RN - PRN", "Per diem:
# minimum of two 8-hour shifts per month"; not a daily allowance ("$2,100/week + per diem",
# "per diem for meals").
_PER_DIEM_JOB = re.compile(r"(?im)(?<![+&][ \t])(?<!plus[ \t])(?<!and[ \t])\b(?:per[- ]diem|PRN)\b"
                           r"(?=[ \t]*(?:[:)\]|]|[-–—][ \t]|\Z|$)|[ \t]+(?:position|role|basis|schedule|shifts?|status"
                           r"|staff|pool|only|opening|employment))")


def _by_the_hour(pay: str) -> bool:
    """Whether a salary's text gives pay by the hour ("$29.50 - $34.00/hour"): its yearly figure
    changes with the hours."""
    return parse_salary(pay, bare=True, hours=20) != parse_salary(pay, bare=True, hours=40)


def _by_the_day(pay: str) -> bool:
    """Whether a salary's text gives pay by the day ("$480/day"): its yearly figure changes with the days."""
    return parse_salary(pay, bare=True, days=100) != parse_salary(pay, bare=True, days=200)


def at_weekly_hours(salary: tuple[float | None, float | None, str] | None, text: str, body: str = ""
                    ) -> tuple[float | None, float | None, str] | None:
    """A salary read from hourly pay (its text "$24 - $28/hour") made yearly at the hours a week
    the posting's header ``text`` states ("Part-Time (25 hrs/week)"), or where it states none its
    ``body`` ("Guaranteed 75 hours per month", "4 days/week (Mon-Thu)"), rather than at 40; no
    yearly figure for a job worked as needed that the header or the pay's line says is one
    (``_PER_DIEM_JOB``: "(Per Diem)"), its text kept, so the hourly rate is shown and never a
    year at 40 hours; a day rate ("$280 - $340 per day") made yearly at the days of the rotation the
    header or body states ("21/21 hitch": 182.5 days), rather than at 260; any other salary, or one whose
    own text states its hours or rotation, as it is."""
    if salary and salary[1] is not None and _by_the_day(salary[2]) and not rotation_days(salary[2]) \
            and (days := rotation_days(text) or rotation_days(body)):
        return parse_salary(salary[2], bare=True, days=days) or salary
    if not salary or salary[1] is None or not _by_the_hour(salary[2]):
        return salary
    pay_line = next((line for line in body.split("\n") if salary[2] in line), "")
    if _PER_DIEM_JOB.search(text + "\n" + pay_line):
        return None, None, salary[2]
    hours = weekly_hours(text) or weekly_hours(body)
    if not hours or weekly_hours(salary[2]):
        return salary
    return parse_salary(salary[2], bare=True, hours=hours) or salary


def _number(amount: str) -> float:
    """"120,000" -> 120000, "50.000" (dots grouping thousands) -> 50000, "12.50" -> 12.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", amount):
        return float(amount.replace(".", ""))
    return float(re.sub(r"[,\s]", "", amount))


def salary_currency(text: str) -> str:
    """The currency a salary's text states, as it states it ("$", "£", "€", "A$", "DKK"; a code
    rather than a symbol), "INR" for lakhs ("12-18 LPA"), or "" when it states none ("394000")."""
    found = list(_CURRENCY.finditer(text or ""))
    # a code says more than a symbol: "$65,000 - $75,000 CAD" is in Canadian dollars
    m = next((m for m in found if m.group().isalpha()), found[0] if found else None)
    return "" if m is None else "INR" if m.group("lakhs") else m.group()


# The ISO 4217 code of a currency as a posting writes it; "$" alone names no one dollar.
_ISO = {"£": "GBP", "€": "EUR", "₹": "INR", "US$": "USD", "AU$": "AUD", "A$": "AUD", "CA$": "CAD", "C$": "CAD",
        "NZ$": "NZD", "S$": "SGD"}


def currency_code(stated: str) -> str:
    """The ISO 4217 code of a ``salary_currency`` ("£" -> "GBP", "DKK" -> "DKK"), or "" for
    "$" alone (US, Canadian or Australian), "kr" alone (Danish, Swedish or Norwegian) and
    for none stated."""
    return stated if stated.isalpha() and stated.isupper() else _ISO.get(stated, "")


def format_money(amount: float, currency: str = "", cents: bool = False) -> str:
    """An amount with its currency: "£30,000", "DKK 600,000"; "$" when none is stated (the US
    boards most postings come from); with ``cents``, "$16.28"."""
    currency = currency or "$"
    shown = f"{amount:,.2f}" if cents else f"{amount:,.0f}"
    return f"{currency}{shown}" if not currency.isalpha() else f"{currency} {shown}"


_PER = {"h": "an hour", "d": "a day", "w": "a week", "m": "a month", "f": "per flight hour", "b": "per block hour",
        "c": "per credit hour"}
# A rent the worker pays the salon, beside its amount: "$225/week booth rental", "booth rent: $200/week",
# "chair rental $150 a week", "renting a station for $900/month"; no pay.
_RENT_BEFORE = re.compile(r"(?i)\b(?:(?:booth|chair|station|suite)[ \t-]+(?:rent(?:al)?|lease|fee)s?|rent(?:ing)?[ \t]+"
                          r"(?:an?[ \t]+)?(?:booth|chair|station|suite))\b[^;|]{0,12}\Z")
_RENT_AFTER = re.compile(r"(?i)[ \t]*(?:for[ \t]+)?(?:an?[ \t]+|the[ \t]+)?(?:booth|chair|station|suite)[ \t-]+"
                         r"(?:rent(?:al)?|lease|fee)s?\b")


def _rent(text: str, m: re.Match) -> bool:
    """Whether an amount ``m`` is a rent the worker pays (``_RENT_BEFORE``, ``_RENT_AFTER``)."""
    return bool(_RENT_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _RENT_AFTER.match(text, m.end()))


def pay_by_hours_flown(text: str) -> tuple[None, None, str] | None:
    """Pay by the hour flown that a field states ("Pay: $31.50/flight hour to start"): its amount and period as
    written ("$31.50/flight hour"), no yearly figure (the hours flown a year are not given); None for none."""
    m = next((m for m in _SALARY.finditer(text or "") if re.match(r"(?i)(?:flight|block|credit)",
                                                                  m.group("p2") or m.group("p1") or "")), None)
    return (None, None, m.group(0).strip()) if m else None


def posted_pay(text: str) -> str:
    """The pay a salary's text states by the hour, week or month, as a person reads it ("$17-$19/HR"
    -> "$17 - $19 an hour", "$16.28/hr" -> "$16.28 an hour", "avg $1,450/week" -> "$1,450 a
    week", "$480/day" -> "$480 a day"), or "" for a yearly figure or none: an hourly worker
    compares pay by the hour; "" too for a line that pays by commission alone, whose figures are
    earnings, no pay (``commission_only``)."""
    if commission_only(text):
        return ""
    m = next((m for m in _SALARY.finditer(text or "") if m.group("a1") and not _rent(text, m)), None)
    period = (m.group("p2") or m.group("p1") or m.group("adverb") or "").lower() if m else ""
    per = _PER.get(period[:1])
    if m is None or not per or m.group("lakhs"):
        return ""
    currency = salary_currency(m.group(0))

    def amount(a: str, k: str | None) -> str:
        value = _number(a) * (1000 if k else 1)
        return format_money(value, currency, cents=value != int(value))

    low = amount(m.group("a1"), m.group("k1"))
    high = amount(m.group("a2"), m.group("k2")) if m.group("a2") else ""
    up_to = "up to " if not high and _UP_TO.search(text, 0, m.start()) else ""
    return f"{low} - {high} {per}" if high and high != low else f"{up_to}{low} {per}"


def line_salary(line: str, heading: str = "") -> tuple[float, float, str] | None:
    """The pay a line of a posting's body states (``parse_salary``), or None: an amount on a
    line that speaks of pay or under a heading that does (``SALARY_CONTEXT``: "Salary",
    "$25/hour", "Compensation" / "$150k - $180k"), or a range that stands on its line with at
    most two words beside it ("$150k - $180k + equity").  "10+ years of sales, closing $500k+
    deals" states no pay."""
    found = parse_salary(line)
    if found is None or SALARY_CONTEXT.search(line) or SALARY_CONTEXT.search(heading):
        return found
    # what a "+" or "plus" adds after the range is more of the pay: "£45,000 - £55,000 + 25 days holiday +
    # pension", "$70,000 - $85,000 plus exam raises."
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"(?i)(?:\+|\bplus\b).*", "", line.replace(found[2], " ", 1)))
    return found if found[0] != found[1] and len(words) <= 2 else None


_REMOTE_NO = re.compile(r"(?m)\b(not|no) (a )?remote\b|" + HYBRID_WORK.pattern + r"|\bon-?site\b(?! interview)"
                        r"|\bin[- ]office\b", re.I)
_REMOTE_YES = re.compile(r"\b(fully|100%|completely|entirely) remote\b|\bremote[- ](first|friendly|only|position|role"
                         r"|job|opportunity)\b|\b(position|role|job) is (fully )?remote\b|\bwork from anywhere\b"
                         r"|\bremote \((us|usa|united states|uk|eu|europe|global|worldwide|anywhere|across)", re.I)


def remote_from(text: str, location: str) -> bool | None:
    """Whether a posting is remote by its location or text; field work at remote sites is not
    (``REMOTE_FIELD``: "Remote field position, home base Dallas, TX")."""
    text, location = REMOTE_FIELD.sub("field", text), REMOTE_FIELD.sub("field", location)
    if re.search(r"\bremote\b", location, re.I):
        return True
    if _REMOTE_NO.search(location):
        return False
    if _REMOTE_YES.search(text):
        return True
    return False if _REMOTE_NO.search(text) else None


# --- header and fields ----------------------------------------------------------
_TRUNCATED = re.compile(r"(?:[ \t]*(?:\.[ \t]*){2,}|[ \t]*…)\Z")
_NOT_A_TITLE = re.compile(r"\b(we|we're|you|your|our|is|are|join|looking|hiring|seeking|will)\b", re.I)
_TITLE_AT_COMPANY = re.compile(r"^(.+?)\s+(?:at|@)\s+([A-Z][\w&.,' -]{1,40})$")
# Full or part time, one or a choice of both: "Full Time", "Part-time", "Full or Part Time",
# "Full-Time/Part-Time", "Full & Part-Time", "FT/PT".
_FULL_OR_PART = (r"(?:(?:full|part)(?:[- ]?time)?[ \t]*(?:or|/|&|and)[ \t]*)?(?:full|part)[- ]?time"
                 r"|ft[ \t]*/[ \t]*pt|pt[ \t]*/[ \t]*ft")
# How the job is held, after its title: "Line Cook - Full Time", "Nurse (Part-time)", "Stylist - Full or Part Time".
_EMPLOYMENT_AFTER = re.compile(r"[ \t]*(?:[-–—|,][ \t]*|\([ \t]*)(?:" + _FULL_OR_PART + r")(?:[ \t]*\))?[ \t]*\Z",
                               re.I)
# The company and its place on the line after a plain title: "Harbor Table — Portland, ME",
# "Midwest Parts Distribution - Columbus, OH"; the place must be one the gazetteer knows.
# The mark between a header line's parts: a spaced dash, a bar or a dot, or two or three hyphens
# typed for a dash ("The Lakeland Ledger -- Tampa, FL").
_SPACED_MARK = r"[ \t]+(?:-{2,3}|[-–—|·])[ \t]+"
_COMPANY_PLACE = re.compile(r"^([A-Z][\w&.,'’ -]{1,60}?)" + _SPACED_MARK + r"([A-Z][\w .,'’()/-]{1,60})$")
# Where prose names the job: "As a Senior Rust Developer, you", "We are looking for a skilled
# Software Developer", "is recruiting a Research Assistant", "a position as Associate
# Professor in ...", "seeking motivated warehouse workers".  "hiring" and "as" need an
# article after them ("the hiring manager", "as needed" name no job).
_TITLE_CUE = re.compile(r"\b(?:(?:[Aa]s|hiring|appoint)(?=\s+(?:an?|two|three|several)\s)"
                        r"|looking\s+for|searching\s+for|seeking|recruiting|(?:position|role|job)\s+as)\s+")
_TITLE_LEAD = re.compile(r"(?:(?:an?|the|our|two|three|four|five|several|a\s+number\s+of|new|full-time|part-time)\s+)*",
                         re.I)
# Words that describe the person, not the job: "skilled", "highly motivated and independent".
_DESCRIBES = re.compile(r"^(?:\w+(?:ed|ly|ive|ful|ous|ent|ant|ic|able|ible)|and|or|new|great|good|strong|keen|smart"
                        r"|bright|talented|skilled|passionate|experienced|dedicated|proactive|hands-on|self-driven"
                        r"|full-time|part-time|ambitious|enthusiastic|independent|driven|energetic|responsible)$", re.I)
# A company's standing, not a job: "as a leader in its field", "as a partner in the industry".
_STANDING = re.compile(r"\s+in\s+(?:its|their|the|our|this|his|her)\s+(?:field|industry|market|sector|space|area"
                       r"|region|domain|profession)s?\b", re.I)
_TITLE_WORD = re.compile(r"[\w+#/&'’-]+(?:\.[\w+#/&'’-]+)*")
# Words that end the phrase naming the job ("people who work with our engineers" names none).
_PHRASE_END = re.compile(r"(?i:who|which|that|to|with|for|in|at|on|from|by|of|within|where|whose|will|would|can"
                         r"|is|are|our|your|their|its|the)$")


def _canonical(d: dict) -> dict:
    """Known fields of a record, front matter or "Key: value" lines under their canonical names."""
    out: dict = {}
    for key, value in d.items():
        name = field_name(key)
        if name and name not in out and value not in (None, ""):
            out[name] = value
    return out


def read_header(lines: list[str]) -> tuple[dict, int]:
    """Title, company, salary and location from the top lines, and where the body starts.

    Knows the job-board shape '# Title' / '### Company' / '#### 💰 $174,000/yr 🌎 remote, US',
    a plain 'Title' / 'Company — City, ST', and a company's name, a place or a board's badge
    above the title ('Harbor Health' / 'ICU Registered Nurse').
    """
    found: dict = {}
    pos = 0
    for _ in range(3):
        while pos < len(lines) and not lines[pos].strip():
            pos += 1
        if pos >= len(lines):
            break
        line = lines[pos]
        md = MD_HEADING.match(line)
        text = _header_text(line)
        if "title" not in found:   # "Now hiring: Barista", "EDTECH STARTUP IS HIRING!!  Curriculum Developer"
            text, cut = _title_without_extras(text, md)
            if cut.get("salary"):
                found.setdefault("salary", cut["salary"])
        label = LABEL.match(text)
        if not text or len(text) > 100 or (is_bullet(line) and not _EMOJI_AROUND.match(line)) \
                or (label and len(label.group(1).split()) <= 4 and not _titled_label(label.group(1))):
            break
        text = _tidy_title(text) if "title" not in found else text
        salary = parse_salary(text, bare=True) if md else None
        if salary and "salary" not in found:
            found["salary"] = salary
            rest = " ".join(w for w in text.replace(salary[2], " ").split() if re.search("[A-Za-z]", w))
            found["location"] = re.sub(r"\s*,\s*", ", ", rest)
        elif "title" not in found and set(found) <= {"company", "location", "salary"} \
                and (titled := _title_of(text, md, loose=_company_below(lines[pos + 1:])
                                         or _board_field_below(lines[pos + 1:])
                                         or _employer_below(lines[pos + 1:])))[0] \
                and not _name_above_title(titled[0], lines[pos + 1:]):
            title, company, place = titled
            found["title"] = _EMPLOYMENT_AFTER.sub("", title) or title
            if company:
                found["company"] = company
            if place and "location" not in found:
                found["location"] = place
        elif not found and (above := _above_title(text, lines[pos + 1:])) is not None:
            found.update(above)
        elif "title" in found and "company" not in found and md and not heading_kind(text) \
                and len(text.split()) <= 6:
            found["company"] = text
        elif "title" in found and ("company" not in found or "location" not in found
                                   and _STORE_NUMBER.search(found["company"])) and (placed := _company_place(text)):
            # a store's number on the title line ("Shift Supervisor - Dollar Plus #4471"), its
            # company's full name and place below ("Dollar Plus Stores - Kent, WA")
            found["company"], found["location"] = placed
            if "salary" not in found and (pay := parse_salary(text)) and pay[2] not in placed[1]:
                found["salary"] = pay   # the pay the place was read without: "Aurora, CO. $16.50 - $18.00 an hour"
        elif "title" in found and "company" not in found and (company := _company_alone(text, lines[pos + 1:])):
            found["company"] = company   # "Bennett Ross Kline LLP" / "Dallas, TX (Hybrid)"
        elif "title" in found and (terms := _terms_line(text)) and not set(terms) <= set(found):
            for name, value in terms.items():   # "Remote (US) | Full-time | $68,000 - $82,000"
                found.setdefault(name, value)
        elif set(found) >= {"title", "company"} and "location" not in found and _place_line(text):
            found["location"] = text
        else:
            break
        pos += 1
    return found, pos


# A call for staff before the title on its line: "Now hiring: Barista (Part-Time)", "We're hiring!
# Line Cook", "HIRING - Line Cook", a shout in capitals ending in "!" ("EDTECH STARTUP IS HIRING!!
# Curriculum Developer").
_CALL_BEFORE = re.compile(r"^(?:(?i:(?:we(?:'re|’re|[ \t]+are)[ \t]+)?(?:now[ \t]+|urgently[ \t]+"
                          r"|actively[ \t]+)?hiring)[ \t]*(?:[:!]+|[-–—|](?=[ \t]))"
                          r"|(?=[^a-z]*[A-Z]{3})[^a-z:!]{3,60}!+)[ \t]+(?=[A-Z])")
# A part of a title line that offers a bonus, not the pay: "$10,000 sign on bonus!".
_BONUS = re.compile(r"(?i)\b(?:bonus|sign[- ]?on|signing|relocation|referral)\b")


# A job board's tag on a title line, after the title: what the job offers a newcomer or how it
# pays, not what it is ("Caregiver - no experience necessary, will train! $17/hr", "HOME HEALTH
# AIDE - $17-$19/HR - Flexible Hours!! Weekly Pay", "Line Cook needed! $18-21/hr + tips share").
_BOARD_TAG = re.compile(
    r"(?i)(?:no[ \t]+(?:prior[ \t]+|previous[ \t]+)?(?:experience|exp\.?)(?:[ \t]+(?:is[ \t]+)?(?:necessary|needed"
    r"|required|req(?:'d|\.)?))?|(?:we[ \t]+|we'll[ \t]+|will[ \t]+)+train(?:[ \t]+you)?|paid[ \t]+training"
    r"|training[ \t]+provided|(?:very[ \t]+)?flexible[ \t]+(?:hours|schedules?|shifts)"
    r"|(?:weekly|daily|same[- ]day|bi-?weekly|instant|great|competitive|top)[ \t]+pay|paid[ \t]+(?:weekly|daily)"
    r"|immediate[ \t]+(?:start|hire|openings?)|start[ \t]+(?:today|asap|now|immediately)"
    r"|(?:apply|interview(?:ing)?)[ \t]+(?:now|today)|(?:now[ \t]+)?hiring(?:[ \t]+(?:now|immediately|today))?"
    r"|urgent(?:ly)?(?:[ \t]+(?:hiring|needed))?|(?:great|full|excellent|good|full-time)[ \t]+benefits"
    r"|tips(?:[ \t]+share)?|all[ \t]+shifts)")


def _board_tags(part: str) -> bool:
    """Whether a part of a title line is only a board's tags (``_BOARD_TAG``), with or without
    the pay: "no experience necessary, will train", "Flexible Hours", "+ tips share"."""
    pay = parse_salary(part)
    rest = part.replace(pay[2], " ", 1) if pay else part
    pieces = [p.strip(" \t-–—.") for p in re.split(r"[,;!+&/]|\band\b", rest)]
    return any(pieces) and all(not p or _BOARD_TAG.fullmatch(p) for p in pieces)


def _pay_part(part: str) -> tuple[float | None, float, str] | None:
    """The pay a part of a header line states, when the part says little else ("$180,000-$220,000",
    "$95,000 – $115,000 + equity"); None for a bonus ("$10,000 sign on bonus!") or a sentence."""
    found = parse_salary(part)
    if found is None or _BONUS.search(part):
        return None
    words = re.findall(r"[^\W\d_]{2,}", re.sub(r"\+.*", "", part.replace(found[2], " ", 1)))
    return found if len(words) <= 2 else None


# A sentence's stop between a header line's place and its pay, read as a bar: "Aurora, CO. $16.50 -
# $18.00 an hour" (marked: the pay stands for "\ue000"); not a stop inside a name ("St. Louis").
_STOP_BEFORE_PAY = re.compile(r"(?<=[A-Za-z)])\.[ \t]+(?=\ue000)")


def _header_parts(text: str) -> list[str]:
    """A header line cut at its spaced dashes and bars (``_title_parts``), and at a stop before its
    pay (``_STOP_BEFORE_PAY``), a pay range kept whole ("Remote | $68,000 - $82,000" in two parts)."""
    pay = parse_salary(text)
    if pay is None:
        return _title_parts(text)
    marked = text.replace(pay[2], "\ue000", 1)
    stopped = _STOP_BEFORE_PAY.sub(" | ", marked)
    if stopped == marked and not _TITLE_PARTS.search(pay[2]):
        return _title_parts(text)
    return [part.replace("\ue000", pay[2]) for part in _title_parts(stopped)]


def _title_without_extras(text: str, md: re.Match | None) -> tuple[str, dict]:
    """A first header line without what stands around its job title, and what that said: a call
    for staff before it (``_CALL_BEFORE``), the pay ("... — New York, NY — $180,000-$220,000":
    {"salary": ...}) or a bonus ("ICU Registered Nurse - Night Shift - $10,000 sign on bonus!")
    in its last parts.  Each is cut only when what is left reads as a title."""
    cut: dict = {}
    call = _CALL_BEFORE.match(text)
    if call and _title_of(_tidy_title(text[call.end():]), md, loose=True)[0]:
        text = text[call.end():].strip()
    # a part also ends at a shout's "!": "Caregiver - no experience necessary, will train! $17/hr"
    parts = [piece for part in _header_parts(text) for piece in re.split(r"(?<=!)[ \t]+", part) if piece.strip()]
    pays: list = []   # what each of the last parts says, from the end, while each is pay, a bonus or tags
    for part in reversed(parts[1:]):
        paid = re.search(r"\d", part) and re.search(r"[$£€₹]|\b(?:" + _CODES + r")\b", part)
        pay = _pay_part(part.strip()) if paid else None
        tags = _board_tags(part.rstrip("!"))
        if pay is None and not tags and not (paid and _BONUS.search(part)):
            break
        pays.append(pay or (parse_salary(part) if tags else None))
    # as many of them cut as leave a title: "Caregiver", not "Caregiver - no experience necessary,"
    for n in range(len(pays), 0, -1):
        rest = _tidy_title(text[:text.rindex(parts[-n])].rstrip())
        if rest and _title_of(rest, md, loose=True)[0]:
            found = next(filter(None, pays[:n]), None)
            if found:
                cut["salary"] = found
            return rest, cut
    return text, cut


def _terms_line(text: str) -> dict:
    """The location and pay of a header line in parts after bars or spaced dashes that says only
    where, how and for what pay the job is done ("Remote (US) | Full-time | $68,000 - $82,000"
    -> the place "Remote (US)" and the pay; "Remote, US only | $95,000 – $115,000"), or {}: a
    part that is none of these, or nothing to leave out of the place (no pay, no terms)."""
    from matcher.eligibility.places import resolve

    parts = [p.strip() for p in _header_parts(text)]
    if len(parts) < 2:
        return {}
    found: dict = {}
    places: list[str] = []
    for part in parts:
        pay = _pay_part(part)
        if pay:
            found.setdefault("salary", pay)
        elif not (_HELD.fullmatch(part) or _LENGTH.fullmatch(part) or _BONUS.search(part)):
            if not (_WORKPLACE.fullmatch(part) or resolve(without_postcode(part))):
                return {}
            places.append(part)
    if len(places) == len(parts):
        return {}
    if places:
        found["location"] = " | ".join(places)
    return found


# What a scraped title line carries after the title: an empty pair of brackets whose words
# were removed ("Senior Java Developer ( FIRE ) ( )"), a postal code ("iOS Developer 02000"),
# separators left dangling ("iOS Developer ( f/m/d ) | | |", "Front End Developer -"); a hiring class's year is the
# title's ("Flight Attendant - Class of 2027", "Teaching Fellow, Cohort 2027"), a store's number its
# store's ("Sales Associate - Store 01234").
_TITLE_NOISE = re.compile(r"[ \t]*(?:\([ \t]*\)|(?<=[A-Za-z)])(?<!\b[Oo]f)(?<![Cc]lass)(?<![Cc]ohort)(?<![Ss]tore)"
                          r"(?<![Bb]ranch)[ \t]+\d{4,6}|[-–—|·,])[ \t]*\Z")
# A job board's field on the line below the title: "Date posted: 2021-07-23 Likes: 0 ...".
_BOARD_FIELD = re.compile(r"^\W*(?:Date posted|Posted on|Posting date)[ \t]?:", re.I)


def _tidy_title(text: str) -> str:
    """A title line without what a scrape left after the title (``_TITLE_NOISE``)."""
    while (tidied := _TITLE_NOISE.sub("", text)) != text and tidied:
        text = tidied
    return text


def _titled_label(name: str) -> bool:
    """Whether a "Name: text" line's name is a job title, the rest its team or product
    ("Angular Developer: Security Services Onboarding"), not a field ("Location: Remote")."""
    return field_name(name) is None and heading_kind(name) is None and bool(JOB_WORD.search(name))


def _board_field_below(following: list[str]) -> bool:
    """Whether the next line is a job board's field ("Date posted: ..."): the line above it is
    the job's title, any job noun naming the job ("Senior Threat Hunter")."""
    below = next((line for line in following if line.strip()), "")
    return bool(_BOARD_FIELD.match(below))


# Emoji around a header line are its decoration, not its words: "☕ Now hiring: Barista (Part-Time) ☕",
# "🚀 Senior Engineer 🚀", "💵 $18-$22/hr"; an emoji before a line in the header marks no item.
_EMOJI_AROUND = re.compile(rf"^\s*{PICTOGRAPHS}\s*|\s*{PICTOGRAPHS}\s*$")


def _header_text(line: str) -> str:
    # A board cuts a long title short with an ellipsis ("... Senior Associate - Corporate &
    # Investment..."): the title, not a sentence.
    md = MD_HEADING.match(line)
    return _TRUNCATED.sub("", _EMOJI_AROUND.sub("", (md.group(1) if md else line).strip()))


# A capitalised word naming who does something ("Processor", "Originator", "Scheduler"): a job
# noun when the line stands above the company's name and place; not the nouns of that shape
# that name a place or an organisation ("Harbor Health Center").
_AGENT_NOUN = re.compile(r"\b(?!(?:Cent|Harb|Tow|Wat|Riv|Corn|Flo|Do|Man|Chamb|Clust|Shelt|Quart|Theat|Pow|Col"
                         r"|Lab|Mot|Sect|Partn|Bord|Hang|Comput|Pap|Lett|Summ|Wint|Silv|Copp|Ord|Numb|Monit|Mirr"
                         r"|Fact|Vect|Maj|Seni|Juni|Interi|Exteri|Premi|Sup|Oth|Und|Ov|Aft|Bett|Care|Fronti|Pione"
                         r"|Anch|Arb|Min|Sens|Matt|Met|Corrid|Tract|Trail|Contain)(?:er|or)s?\b)"
                         r"[A-Z][a-z]{2,}(?:er|or)s?\b")
# A person noun by its form, the last word of a short header line: who does something
# (``_AGENT_NOUN``: "Sonographer"), who practises ("Phlebotomist", "Perfusionist") or who is
# skilled in ("Dietitian", "Electrician", "Librarian"; not a nation's "-ian": "Canadian").  Not
# the nouns of that shape that name no one ("Checklist", "Assist", "Computer", "Senior") or a
# church's name a hospital goes by ("Houston Methodist").
_PERSON_NOUN = re.compile(r"(?!(?:Check|Play|Short|Wait|Wish|Black|White|Hit)lists?\Z|[A-Za-z]*sists?\Z"
                          r"|(?:Baptist|Methodist|Adventist|Presbyterian|Christian)s?\Z)"
                          r"(?:[A-Z][a-z]{2,}(?:ist|ician|itian|arian|odian|orian)s?\Z|" + _AGENT_NOUN.pattern + r"\Z)")
# A trade's title that is no doer's "-er" noun: "Deckhand", "Floorhand", "Ranch Hand", "Roustabout",
# "Tugboat Mate", "Boatswain", "Lineman" (field and marine work); not a mate of the heart ("Soulmate").
_TRADE_NOUN = re.compile(r"(?<![A-Za-z])(?i:(?:deck|floor|farm|ranch|dock|yard|derrick|motor|chain|lead|hired|stable)"
                         r"[ \t-]?hands?|roustabouts?|mates?|boatswains?|bosuns?|linem[ae]n)(?![A-Za-z])")
# A trade of ``ROLE_WORD`` after the place or the shift it works in, or its rank: "Hotel Concierge", "Lobby
# Concierge", "Restaurant Cook", "Night Porter", "Head Baker"; such words are no given name ("Jordan Baker").
_QUALIFIED_ROLE = re.compile(r"(?i:(?:hotel|lobby|resort|club|restaurant|kitchen|catering|cafe|café|bakery|spa"
                             r"|residential|building|front|guest|night|overnight|weekend|day|evening|head|lead|senior"
                             r"|junior|assistant|chief|executive)[ \t]+){1,2}(?:" + ROLE_WORD.pattern + r")")
# "Line Cook needed!", "Barista wanted": the title and a call for it.
_CALLED_FOR = re.compile(r"[ \t]+(?:(?:is |are )?(?:urgently )?(?:needed|wanted|required)|(?:now )?hiring)[ \t]*!*\Z",
                         re.I)


# Job nouns of a title line that are other words in prose: "Senior HR Business Partner",
# "HRBP", "Mortgage Loan Originator" ("Partners" is a company's name: "Buckeye Health Partners"); and a
# nurse's letters in capitals ("RN Residency Program - Critical Care", "ICU RN", "LPN - Long Term Care", "CNA -
# Nights" had no title).
_TITLE_NOUN = re.compile(r"(?<![A-Za-z])(?:(?i:partner|originator|hrbp)|RN|LPN|LVN|CNA|APRN|CRNA)(?![A-Za-z])")


def _title_line(text: str, md: re.Match | None, loose: bool = False) -> str:
    """The job title a header line is, without how the job is held ("Line Cook - Full Time")
    or a call for it ("Line Cook needed!"), or "": a short line that is no sentence and names
    a job (a trade whose name is also a surname or a verb only alone: "Cook", "Dishwasher -
    Part Time", "Server"; "Jordan Baker" is a name).  ``loose``: the line stands above the
    company's name and place, so any job noun names a job ("Universal Banker II", "Loan
    Processor (Consumer & Auto)")."""
    text = _CALLED_FOR.sub("", text)
    bare = _EMPLOYMENT_AFTER.sub("", text) or text
    if len(text.split()) > 12 or text[-1] in ".!?" or _NOT_A_TITLE.search(text):
        return ""
    if JOB_WORD.search(text) or _TITLE_NOUN.search(text) or (md and not heading_kind(text)) \
            or (loose and (ROLE_WORD.search(text) or _AGENT_NOUN.search(_cased(bare)) or _TRADE_NOUN.search(text))
                and _plain_title(_title_parts(bare)[0])) \
            or _trades_alone(_title_parts(bare)[0]) \
            or _QUALIFIED_ROLE.fullmatch(bare) \
            or (_TRADE_NOUN.search(text) and _plain_title(_title_parts(bare)[0])) or _by_form(_cased(bare)):
        return bare
    return ""


def _trades_alone(text: str) -> bool:
    """Whether a title's first part is only a trade of ``ROLE_WORD`` or a server or host, each one
    word, alone or as alternatives ("Server", "Server / Waitstaff", "Host/Hostess"): its name is no
    given name beside another word of the line."""
    names = [name.strip() for name in text.split("/")]
    return all(len(name.split()) == 1 and (ROLE_WORD.fullmatch(name) or name.lower() in ("server", "host"))
               for name in names)


def _cased(text: str) -> str:
    """A title line in capitals as a title is written ("WILDLAND FIREFIGHTER" -> "Wildland Firefighter"), so
    its nouns read by their form; any other line as it is."""
    return text.title() if text.isupper() and len(re.findall(r"[A-Z]", text)) > 3 else text


def _name_above_title(title: str, following: list[str]) -> bool:
    """Whether a header line read as a title by its form alone is a name above the job's
    title ("Pioneer" / "Registered Nurse"): the next line is a title."""
    if not _by_form(title) or JOB_WORD.search(title) or ROLE_WORD.search(title):
        return False
    below = next((line for line in following if line.strip()), "")
    return bool(below) and not is_bullet(below) and bool(_title_of(_header_text(below), MD_HEADING.match(below))[0])


def _by_form(title: str) -> bool:
    """Whether a header line is a job title by its last word's form alone (``_PERSON_NOUN``):
    "Phlebotomist", "Pediatric Dietitian (Days)", "Sonographer"; a few capitalised words, no
    sentence.  A doer's "-er" or "-or" after other words is as often a surname ("Jordan
    Baker"), so it counts alone on its line only."""
    words = (_BRACKETS_AFTER.sub("", title) or title).split()
    if not words or not _plain_title(title) or not _PERSON_NOUN.match(words[-1]):
        return False
    return len(words) == 1 or not _AGENT_NOUN.fullmatch(words[-1])


# What a title line may say after the title, each part after a spaced dash or a bar, or in
# brackets at its end: how long the job lasts ("13 weeks", "6-month contract"), how it is held
# ("Full Time", "Contract", "Per Diem") and where ("Seattle, WA", "Remote", "Texas").
_TITLE_PARTS = re.compile(_SPACED_MARK)
# A store or branch by its number alone, a part of a title line: "Store #1234", "Branch 0457".
_STORE_PART = re.compile(r"(?i)(?:store|branch|location|restaurant|shop|unit)[ \t]*(?:#|no\.?)?[ \t]*\d{1,6}")
# A workplace in brackets at a title's end: "Mortgage Loan Originator (Remote - US)".
_WORKPLACE_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<place>(?i:(?:fully |100% )?remote|hybrid|on-?site)\b[^()]*)\)\Z")


def _title_parts(text: str) -> list[str]:
    """A title line cut at its spaced dashes and bars outside brackets ("Loan Originator
    (Remote - US) - Acme Lending" in two parts)."""
    parts, start = [], 0
    for m in _TITLE_PARTS.finditer(text):
        if text.count("(", start, m.start()) <= text.count(")", start, m.start()):
            parts.append(text[start:m.start()])
            start = m.end()
    return parts + [text[start:]]


# How long a contract runs: "13 weeks", "six-month".
_SPAN = r"(?:\d{1,2}|one|two|three|four|five|six|eight|nine|ten|twelve|thirteen)[- \t]?(?:weeks?|wks?|months?|mos?)"
_LENGTH = re.compile(r"(?i)\(?[ \t]*" + _SPAN + r"(?:[- \t](?:contract|assignment|term))?[ \t]*\)?")
_HELD = re.compile(r"(?i)\(?[ \t]*(?:" + _FULL_OR_PART + r"|contract(?:[- ]to[- ]hire)?|temporary|temp|per diem|prn"
                   r"|seasonal|permanent|locum(?:s| tenens)?)[ \t]*\)?")
_LENGTH_AFTER = re.compile(r"[ \t]*\([ \t]*" + _SPAN + r"[^()]*\)\Z", re.I)


# A company's legal form at the end of its name: "Midwest Components Inc.", "Acme, LLC".
_LEGAL_FORM = re.compile(r"[ \t,]+(?:(?i:inc|incorporated|llc|l\.l\.c|llp|ltd|limited|corp|corporation|co|company|plc"
                         r"|gmbh|pty|pvt)|AG|AS|AB|BV|B\.V|KG|NV|Oy|SA|S\.A|SRL)\.?\Z")
# A firm's name by its form: "Hammond & Sons", "Baker and Associates", "Keane Bros.", "Lakeshore
# General Contractors" (a plural trade after a name names the firm; a job title is one person).
_FIRM = re.compile(r"(?:&|\band)[ \t]+(?:Sons?|Daughters?|Brothers|Bros\.?|Associates|Partners|Co\.?)(?![\w])"
                   r"|(?<=[a-z])[ \t]+(?:Contractors|Builders|Consultants|Associates|Partners|Architects|Engineers"
                   r"|Attorneys|Advisors|Realtors|Surveyors|Outfitters|Roofers|Plumbers|Electricians)\Z")
# An organisation by the word its name ends in, after a name: "Keystone Mutual Insurance Group",
# "Rose City Animal Hospital", "Scioto Valley Bank".  Read only on a line of its own under the
# title that names no skill as a whole ("Home Health", "Behavioral Health": the job's specialty).
_ORGANISATION_END = re.compile(r"(?<=[\w.])[ \t]+(?:Group|Holdings|Insurance|Mutual|Assurance|Health|Healthcare"
                               r"|Hospital|Clinic|Medical[ \t]+Center|Bank|Bancorp|Credit[ \t]+Union|Realty"
                               r"|Properties|Technologies|Laboratories|Labs|Diagnostics|Foundation|Institute"
                               r"|University|College|Agency|Industries|Enterprises|Logistics)\Z")
# A restaurant, hotel or shop by the word its name ends in, after a name: "Riverside Steakhouse", "Lakeside
# Suites Hotel", "QuickStop Convenience"; after a title's dash it is the employer, not the job's specialty.
_VENUE_END = re.compile(r"(?<=[\w.'’])[ \t]+(?:Steakhouse|Grill|Grille|Diner|Bistro|Cafe|Café|Restaurant|Tavern|Pub"
                        r"|Brewery|Brewing|Bakery|Coffee|Roasters|Pizzeria|Trattoria|Cantina|Eatery|Deli"
                        r"|Hotel|Inn|Suites|Resort|Lodge|Motel|Casino|Market|Grocery|Groceries|Supermarket|Convenience"
                        r"|Mart|Pharmacy|Boutique)\Z")
# A name with its article, every word after it capitalised: "The Copper Still", "The Rusty Anchor"; after a
# title's dash it is the employer, never the job's specialty.
_NAMED_WITH_THE = re.compile(r"The(?:[ \t]+(?:[A-Z][\w'’.-]*|&|and|of))*[ \t]+[A-Z][\w'’.-]*\Z")
# A public employer by its form, a body of a place: "Superior Court of California, County of Sacramento",
# "City of Aurora Police Department", "State of Ohio", "Department of Veterans Affairs".
_PUBLIC_BODY = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,3}(?:Court|County|City|State|Town(?:ship)?|Village|Commonwealth"
                          r"|Borough|Parish|Port|Department|Bureau|District)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
# A store or branch by its number after the company's name: "Dollar Plus #4471", "Safeway Store 1520".
_STORE_NUMBER = re.compile(r"[ \t]+(?:#|(?i:store|branch|location|unit|no\.?)[ \t]*#?)[ \t]*\d{1,6}[ \t]*\Z")
# Words that join a name's words and make it no longer: "Preservation & Development Authority".
_NAME_JOINERS = frozenset({"&", "and", "of", "the", "for", "de"})
# A part of a company, not a company: "Emergency Department", "Night Shift", "Platform Team".
_COMPANY_PART = re.compile(r"(?i)\b(?:teams?|departments?|dept|units?|divisions?|shifts?|floors?|wards?|desks?|squads?"
                           r"|pods?|practice areas?)\.?\Z")


def _title_of(text: str, md: re.Match | None, loose: bool = False) -> tuple[str, str, str]:
    """(title, company, place) of a header line that is a job title (``_title_line``), with
    what it says after the title set apart (``_TITLE_PARTS``): "Travel ICU RN - 13 weeks -
    Seattle, WA" -> ("Travel ICU RN", "", "Seattle, WA").  A job given a length is a job title
    even without a job word ("Travel ICU RN"); a place is set apart when it is qualified
    ("Seattle, WA"), a country, a state, a region or a work mode ("Java Developer - Mobile"
    keeps its word).  The company is the part between a job title and what was set apart
    ("HR Generalist - Queen City Foods - Charlotte, NC") or the last part when it has a legal
    form ("Payroll Specialist - Midwest Components Inc."), if it reads as a company's name
    (``_company_part``), or what follows "at" ("Line Cook at Harbor Table - Portland, ME").
    ("", "", "") when the line is no title; ``loose`` as ``_title_line`` takes it."""
    from matcher.eligibility.places import resolve

    parts = _title_parts(text)
    written = len(parts)
    places: list[str] = []
    lasts = False
    while len(parts) > 1:
        last = parts[-1].strip()
        if _LENGTH.fullmatch(last):
            lasts = True
        elif _STORE_PART.fullmatch(last):
            written += 1   # the store's number ("Sales Associate - Store #1234") names no place: set apart
        elif (mode := _WORKPLACE_AFTER.search(last)) and not resolve(without_postcode(last[:mode.start()])):
            # the job's specialty with its workplace in brackets ("Software Engineer - Backend (Remote)"):
            # the specialty stays in the title
            parts[-1], written = last[:mode.start()], written + 1
            places.insert(0, mode.group("place").strip())
            break
        elif not _HELD.fullmatch(last):
            found = resolve(without_postcode(last)) if re.search(r"[A-Za-z]", last) else []
            if not found or ("," not in last and not _WORKPLACE.fullmatch(last)
                             and any(p.kind == "city" for p in found)):
                break
            places.insert(0, last)
        parts.pop()
    apart = len(parts) < written
    company = ""
    if len(parts) > 1 and (apart or _LEGAL_FORM.search(parts[-1].strip()) or _STORE_NUMBER.search(parts[-1])
                           or _VENUE_END.search(parts[-1].strip()) or _NAMED_WITH_THE.match(parts[-1].strip())) \
            and _company_part(parts[-1].strip()) and _title_line(" - ".join(parts[:-1]).strip(), None):
        company = parts.pop().strip()
    title = " - ".join(parts).strip()
    if _LENGTH_AFTER.search(title):   # "Travel ICU RN (13 weeks)"
        title, lasts = _LENGTH_AFTER.sub("", title).strip(), True
    if (mode := _WORKPLACE_AFTER.search(title)) and not places:   # "Loan Originator (Remote - US)"
        title, places = title[:mode.start()].strip(), [mode.group("place").strip()]
        apart = True
    at = _TITLE_AT_COMPANY.match(title)
    if at and not company and _title_line(at.group(1), md):
        title, company = at.group(1), at.group(2)
    if not apart and not company and not lasts and title == " - ".join(_title_parts(text)).strip():
        # nothing set apart: the line is the title as written ("CDL-A Regional Driver — Home
        # Weekends": a tagline or the job's specialty after a dash is no company)
        return _title_line(text, md, loose), "", ""
    named = _title_line(title, md, loose) or (title if lasts and _plain_title(title) else "")
    return (named, company, " - ".join(places)) if named else ("", "", "")


def _company_part(text: str, alone: bool = False) -> bool:
    """Whether a part of a title line may be the company's name: a few words, the first
    capitalised, no sentence; with a legal form, that is enough ("Midwest Components Inc.");
    else two words or more ("Payments" is a team as often as a company) naming no job (that
    is the title's), no skill and no part of a company (the job's specialty: "Corporate &
    Investment Banking", "ICU", "Emergency Department").  ``alone``: the text is a line of its
    own, so a skill's name among its words is the company's ("Apex Aerostructures"), not all
    of them."""
    words = text.split()
    if not 0 < len([w for w in words if w.lower() not in _NAME_JOINERS]) <= 6 or not text[:1].isupper() \
            or _NOT_A_TITLE.search(text):
        return False
    if _LEGAL_FORM.search(text) or _FIRM.search(text):
        return True
    skills = all(named_skills(w) for w in words) if alone else named_skills(text)
    return len(words) > 1 and not ROLE_WORD.search(text) and not _COMPANY_PART.search(text) and not skills


# A part in brackets at a title's end: "Medical Coder (CPC Required)" asks a licence of the
# candidate and is still a title, not a "Requirements" heading.
_BRACKETS_AFTER = re.compile(r"[ \t]*\([^()]*\)\Z")


def _plain_title(text: str) -> bool:
    """A few capitalised words, no sentence: what a job given a length may be called.  Whether
    it names a section is read without a part in brackets at its end (``_BRACKETS_AFTER``)."""
    words = text.split()
    return 0 < len(words) <= 6 and text[:1].isupper() and text[-1] not in ".!?:" and not _NOT_A_TITLE.search(text) \
        and heading_kind(_BRACKETS_AFTER.sub("", text) or text) in (None, "other")   # "Travel ...": a job too


# A board's badge above the title: neither the company nor the place.
_BADGE = re.compile(r"(?i)(?:new|featured|urgent(?:ly hiring)?|hot( job)?|promoted|sponsored|actively hiring"
                    r"|" + _FULL_OR_PART + r"|contract|temporary|temp|internship|seasonal|per diem)!?")
_WORKPLACE = re.compile(r"(?i)(?:fully |100% )?remote(?:\b.*)?|hybrid(?:\b.*)?|on-?site")


def _above_title(text: str, following: list[str]) -> dict | None:
    """What a first line above the job title says, when the next line is the title and this
    one a few capitalised words, no sentence and no heading: the place ("Boston, MA",
    "Remote"), nothing (a board's badge: "New", "Full Time"), or the company ("Harbor
    Health" / "ICU Registered Nurse"); None when it is no such line."""
    from matcher.eligibility.places import resolve

    below = next((line for line in following if line.strip()), "")
    if not below or is_bullet(below) or len(text.split()) > 6 or not text[:1].isupper() \
            or (text[-1] in ".!?:" and not _BADGE.fullmatch(text)) or heading_kind(text) \
            or _NOT_A_TITLE.search(text) or LABEL.match(text) \
            or not _title_of(_header_text(below), MD_HEADING.match(below))[0]:
        return None
    if _BADGE.fullmatch(text):
        return {}
    return {"location": text} if _WORKPLACE.fullmatch(text) or resolve(without_postcode(text)) else {"company": text}


# A postcode beside the town it serves (``without_postcode``): British "BS5 6XX", "SW1A 1AA" and,
# at a part's end, "BS7"; Canadian "M5V 2T6"; Dutch "1012 AB" before the town; Polish "00-950",
# Swedish "114 55"; and numbers of four to six digits (Danish "2100", German "80331",
# Australian "NSW 2000", Indian "560001", US "78701-1234").  A Danish postal district's letter
# after the town goes with its number ("2100 København Ø").
_DISTRICT = re.compile(r"\b\d{4}[ \t]+([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_]{2,}[\w'’.-]*)*)[ \t]+[A-ZÆØÅ](?![\w.])")
_POSTCODE = re.compile(r"[ \t]*(?:-[ \t]*)?\b(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
                       r"|\d{4}[ \t]?[A-Z]{2}(?=[ \t]+[A-Z][a-z])|\d{2}-\d{3}(?=[ \t]+[A-Z])"
                       r"|\d{3}[ \t]\d{2}(?=[ \t]+[A-Z])"
                       r"|\d{5}-\d{4}|\d{4,6}|[A-Z]{1,2}\d{1,2}[A-Z]?(?=[ \t]*(?:[,()|]|\Z)))\b")


def without_postcode(place: str) -> str:
    """A place as a posting writes it without its postcode, the town kept: "Bristol BS5 6XX"
    -> "Bristol", "2100 København Ø, Denmark" -> "København, Denmark", "Leeds LS1 4DY
    (Hybrid)" -> "Leeds (Hybrid)", "Toronto, ON M5V 2T6" -> "Toronto, ON".  A text that
    would keep no word is returned as it is."""
    text = _POSTCODE.sub("", _DISTRICT.sub(r"\1", place))
    text = re.sub(r"[ \t]{2,}", " ", re.sub(r"\([ \t]*\)", "", text))
    text = re.sub(r"[ \t]+(?=[,)])|(?<=\()[ \t]+", "", text).strip(" \t,-–—|·")
    return text if re.search(r"[^\W\d_]{2,}", text) else place.strip()


_PLACE_IN_BRACKETS = re.compile(r"[ \t]*([^()]+?)[ \t]*\(([^()]+)\)[ \t]*")
# A town and its US state's code with no comma between them: "Portland OR", "St. Louis MO".
_TOWN_CODE = re.compile(r"(?P<town>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+(?P<code>[A-Z]{2})")


def _town_and_code(text: str) -> bool:
    """Whether a text is a US town and its state's code, no comma ("Portland OR"): the
    gazetteer must read a city in that very state ("Salon Verde" is none)."""
    from matcher.eligibility.places import resolve

    m = _TOWN_CODE.fullmatch(text.strip())
    return bool(m) and any(p.kind == "city" and p.country == "US" and p.state == m["code"] for p in resolve(m[0]))


def _place_without_pay(place: str) -> str:
    """A place part of a header line without the pay or terms in parts after it ("Dallas, TX |
    $38.00 - $46.00 per hour + shift differential" -> "Dallas, TX"); the place as written when
    it states no pay."""
    return _terms_line(place).get("location", place) if parse_salary(place) else place


# A full stop that ends a header line's first sentence, after a state's code or a word ("Denver, CO. Full-time,
# $21-$29/hr."); not a legal form's or a saint's ("Tug Co. - Norfolk", "St. Louis").
_SENTENCE_STOP = re.compile(r"(?:(?<=\b[A-Z]{2})|(?<=[a-z]{3})(?<!Corp)(?<!Bros))\.[ \t]+(?=[A-Z$£€])")


def _company_place(line: str) -> tuple[str, str] | None:
    """(company, location) of a "Company — City, ST", "Company, City, ST" or "Company (City,
    ST - hybrid)" line, or None:
    the place must be one the gazetteer knows and the company none.  The line may go on in
    parts after spaced dashes or bars: how the work is done and the pay ("Puget Sound
    Periodontics | Seattle, WA | On-site | $58–$68/hr", "Gulf Coast Estate Law, Houston,
    Texas — on-site only", "Midwest Credit Union — Remote (Ohio residents only)"); the
    location is what follows the company, less the pay."""
    from matcher.eligibility.places import resolve

    line = _SENTENCE_STOP.split(line, 1)[0]   # "Acme Inc., Bend, OR. $21.50/hr + hazard pay." -> "..., Bend, OR"
    m = _COMPANY_PLACE.match(line)
    parts = line.split(",")
    bracketed = _PLACE_IN_BRACKETS.fullmatch(line)   # "Stackwise (Denver, CO - hybrid)"
    readings = [bracketed.groups() if bracketed else ("", ""),
                (m.group(1), m.group(2)) if m else ("", ""),
                (",".join(parts[:-2]), ",".join(parts[-2:])) if len(parts) >= 3 else ("", ""),
                # "Salon Verde, Portland OR": a town and its state's code after the company
                (parts[0], parts[1]) if len(parts) == 2 and _town_and_code(parts[1]) else ("", ""),
                _company_then_place(line)]
    for company, place in readings:
        company, place = company.strip(), place.strip()
        if _LEGAL_FORM.match(" " + place.split()[0] if place else ""):
            continue   # "Prairie State Foods, Inc. · Lisle, IL": the legal form is the company's
        # a company may be "Global" ("Tidewater Global Logistics"), never a place
        # a heading is never followed by a city and its state: "Dollar Plus Stores - Kent, WA" is a
        # store's name ("Plus" alone would read as a heading of nice-to-haves)
        if not company[:1].isupper() or len(company.split()) > 6 or heading_kind(company) and "," not in place \
                or _NOT_A_TITLE.search(company) or _TITLE_PARTS.search(company) or _WORKPLACE.match(company) \
                or not _LEGAL_FORM.search(company) and _only_a_place(company, resolve(company)):
            continue
        if place and (resolve(without_postcode(place)) or _WORKPLACE.match(place)):
            return company, _place_without_pay(place)
    return None


_PLACE_QUALIFIERS = frozenset({"greater", "metro", "metropolitan", "area", "downtown", "north", "south", "east", "west",
                               "northern", "southern", "eastern", "western", "central", "county", "city", "region",
                               "bay", "valley", "state", "island", "islands", "coast", "uptown", "midtown"})


def _only_a_place(text: str, places: list) -> bool:
    """Whether a text names a place and nothing else: each of its words is a word of a place the
    gazetteer read in it ("Seattle, WA", "Greater Boston"), not a name that holds a town's name
    among its words ("Rustica Kitchen & Bar": Bar is a town in Montenegro).  A text with a comma
    and a place is taken as a place, as before ("Acme, based in Austin")."""
    places = [p for p in places if p.kind != "remote"]
    if not places or "," in text:   # "Acme, based in Austin": a place after a comma is one
        return bool(places)
    known = {w.lower() for p in places for w in re.findall(r"[^\W\d_]+", " ".join(
        (p.name, p.state, p.country, p.city, p.region)))}
    known |= _PLACE_QUALIFIERS
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in _NAME_JOINERS]
    return all(w in known or len(w) <= 2 for w in words) or len(words) <= 1


def _company_then_place(line: str) -> tuple[str, str]:
    """(company, location) of a line in parts after spaced dashes or bars whose first part is
    the company (or "Company, City, ST"), the rest its place and how the work is done; a part
    stating pay or the terms of the job ("Full-time, nights") is left out.  ("", "") when it
    has no such parts."""
    from matcher.eligibility.places import resolve

    pieces = re.split(f"({_SPACED_MARK})", line)
    if len(pieces) < 3:
        return "", ""
    company, rest = pieces[0].strip(), pieces[2::2]
    # "Prairie State Foods, Inc." is a name
    if "," in company and not _LEGAL_FORM.search(company):   # "Gulf Coast Estate Law, Houston, Texas — on-site only"
        names = company.split(",")
        for cut in range(1, len(names)):
            if resolve(without_postcode(",".join(names[cut:]))) and not resolve(",".join(names[:cut])):
                company, rest = ",".join(names[:cut]).strip(), [",".join(names[cut:]).strip()] + rest
                break
        else:
            return "", ""
    # the place and how the work is done; a part with only the pay or the terms ("Full-time, 3x12 night
    # shifts") is no place
    kept = [p.strip() for p in rest if p.strip() and (resolve(without_postcode(p)) or _WORKPLACE.search(p))]
    return company, " | ".join(kept)


def _company_below(following: list[str]) -> bool:
    """Whether the next line names the company and its place ("Scioto Valley Bank | Columbus,
    OH"): the line above it is the job's title."""
    below = next((line for line in following if line.strip()), "")
    return bool(below) and not is_bullet(below) and _company_place(_header_text(below)) is not None


# A part of an employer after its name: "Gulf State University, Office of Digital Learning".
_UNIT_AFTER = re.compile(r",[ \t]+|" + _SPACED_MARK)


def _employer_below(following: list[str]) -> bool:
    """Whether the next line names the employer alone (``_company_alone``: "Superior Court of California,
    County of Sacramento", "Mercy Hospital", "Acme Inc"): the line above it is the job's title, any job
    noun naming the job ("Official Court Reporter")."""
    at = next((k for k, line in enumerate(following) if line.strip()), None)
    return at is not None and not is_bullet(following[at]) \
        and bool(_company_alone(_header_text(following[at]), following[at + 1:]))


def _company_alone(text: str, following: list[str]) -> str:
    """The company a line after the title names alone, or "": a name with a legal form
    ("Larkin & Shaw LLP", though "Larkin" is also a town), one ending in an organisation's
    word that is no place and names no skill ("Keystone Mutual Insurance Group":
    ``_ORGANISATION_END``), or a few capitalised words above a line that is a place ("Dallas,
    TX (Hybrid)", "Location: Austin, TX", "Dallas, TX | $38.00 - $46.00 per hour").  A part
    of the employer after a comma or a spaced dash is left out ("Louisiana Department of
    Health - Office of Public Health" -> "Louisiana Department of Health")."""
    from matcher.eligibility.places import resolve

    if heading_kind(text) or not text[:1].isupper():
        return ""
    if (_LEGAL_FORM.search(text) or _FIRM.search(text)) and _company_part(text):
        return text
    if _ORGANISATION_END.search(text) and _company_part(text, alone=True) and not named_skills(text) \
            and not _place_line(text):
        return text
    if _PUBLIC_BODY.match(text) and len(text.split()) <= 10 and text[-1] not in ".!?:" and not LABEL.match(text):
        return _UNIT_AFTER.split(text)[0].strip()   # "Superior Court of California[, County of Sacramento]"
    below = _header_text(next((line for line in following if line.strip()), ""))
    label = LABEL.match(below)
    if label and field_name(label.group(1)) == "location":
        below = label.group(2).strip()
    if not below or not (_place_line(below) or _terms_line(below).get("location")):   # "Dallas, TX | $38/hr"
        return ""
    name = _UNIT_AFTER.split(text)[0].strip()
    if _LEGAL_FORM.search(text):
        name = text
    # a name that holds its town's is no place ("University of Wisconsin-Madison" above "Madison, WI")
    return name if _company_part(name, alone=True) and not (
        _place_line(name) and _only_a_place(name, resolve(without_postcode(name)))) else ""


def _place_line(text: str) -> bool:
    """Whether a header line is a location: a few words, no sentence, naming a place the
    gazetteer knows ("Dallas, TX (Hybrid - 3 days in office)", "Remote (US)")."""
    from matcher.eligibility.places import resolve

    return 0 < len(text.split()) <= 10 and text[:1].isupper() and text[-1] not in ".!?:" \
        and not _NOT_A_TITLE.search(text) and not LABEL.match(text) and bool(resolve(without_postcode(text)))


# A sentence that names the employer hiring: "Harvest Foods is hiring a Data Analyst", "Acme
# Mobility is looking for an Android Engineer", "Round Rock ISD seeks ...", "Acme, a
# logistics start-up, is recruiting ...".  The name: capitalised words, with "of", "and", "&"
# between them ("Bank of the West").
_HIRING = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z0-9][\w&.'’-]*|&|of|and|the|for)){0,6})"
                     r"(?:,[ \t][^,]{1,80},)?[ \t]+(?:(?:is|are)[ \t]+(?:now[ \t]+|currently[ \t]+|actively[ \t]+)?"
                     r"(?:hiring|looking[ \t]+for|seeking|searching[ \t]+for|recruiting)|seeks|(?:now[ \t]+)?hires)\b")
# Not a name: "The company is hiring", "Our client is seeking", "This team is looking for".
_NOT_A_NAME = re.compile(r"(?i)^(?:this|that|these|each|every|any|some|no|one|my|his|her|their|its|it|they|he|she"
                         r"|who|which|what|if|when|now|today|here|there|client|company|employer|hiring)\b")


def company_in_prose(sentence: str) -> str:
    """The employer a posting's first prose sentence names as hiring ("Harvest Foods is hiring
    a Data Analyst" -> "Harvest Foods"), or "": not "We are hiring", "Our client is seeking",
    "The company is looking for" (after "The", two capitalised words: "The Home Depot"), nor a
    part of a company ("The Platform Team is hiring")."""
    m = _HIRING.match(sentence.strip())
    if m is None:
        return ""
    name = m.group("name")
    words = name.split()
    if _NOT_A_TITLE.search(name) or _NOT_A_NAME.match(name) or _COMPANY_PART.search(name) \
            or words[-1] in ("&", "of", "and", "the", "for") \
            or words[0] == "The" and sum(w[:1].isupper() for w in words[1:]) < 2:
        return ""
    return name


# Where the opening prose places the job: "Peak Logistics is hiring in Reno, NV!", "We're hiring
# forklift operators in Reno, NV", "This position is based in Denver, CO", "The role is located
# in Austin, Texas", "a Sous Chef for our Cincinnati, OH location", "to join our ICU team in
# Springfield, IL" (not "Acme, based in Austin, TX, builds ...": the company's place).
_PLACED_JOB = re.compile(r"\bhiring(?:[ \t]+[\w-]+){0,3}?[ \t]+in[ \t]+(?=[A-Z])"
                         r"|\b(?:for|at|in)[ \t]+our[ \t]+(?=[A-Z][^.!?;]{0,40}?[ \t](?:location|office|store"
                         r"|restaurant|branch|site|campus|facility|clinic|hospital|warehouse|plant|kitchen)s?\b)"
                         r"|\b(?:position|role|job|opening|opportunity|you|you['’]ll|you[ \t]+will|work)\b"
                         r"[^.!?,;]{0,30}?\b(?:based|located)[ \t]+(?:in|at|out[ \t]+of)[ \t]+(?=[A-Z])"
                         r"|\bjoin(?:ing)?[ \t]+(?:our|the)[ \t]+(?:[\w&/-]+[ \t]+){0,3}?(?:team|department|unit|staff)"
                         r"[ \t]+in[ \t]+(?=[A-Z])", re.I)
_PLACE_NAME = re.compile(r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
                         r"(?:,[ \t]*(?:[A-Z]{2}\b|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))?")


def location_in_prose(sentences: list[str]) -> str:
    """The place the opening sentences say the job is in (``_PLACED_JOB``), as written, or "":
    the gazetteer must know it ("hiring in several cities" names none)."""
    from matcher.eligibility.places import resolve

    for sentence in sentences:
        for cue in _PLACED_JOB.finditer(sentence):
            place = _PLACE_NAME.match(sentence, cue.end())
            if place and any(p.kind != "remote" for p in resolve(place.group())):
                return place.group().strip()
    return ""


def company_after_title(title: str, text: str) -> tuple[str, str]:
    """(title, company) of a title line's title whose last part, after a spaced dash or a bar,
    is one capitalised word that the posting's prose names as a company: "iOS Developer -
    Fieldnote" with "Fieldnote is ..." (or "Fieldnote's", "At Fieldnote,", "Join Fieldnote", "About us:
    Fieldnote is")
    -> ("iOS Developer", "Fieldnote").  Alone, such a word is as often a team or the job's
    specialty ("Java Developer - Payments"), so it stays in the title: (title, ""), as does a
    skill's name ("Backend Developer - Python" with "Python is a must")."""
    parts = _TITLE_PARTS.split(title)
    last = parts[-1].strip()
    rest = " - ".join(parts[:-1]).strip()
    if len(parts) < 2 or len(last.split()) != 1 or not last[:1].isupper() or ROLE_WORD.search(last) \
            or _COMPANY_PART.search(last) or named_skills(last) or not _title_line(rest, None):
        return title, ""
    name = re.escape(last)
    named = re.compile(rf"(?:^|(?<=[.!?:])\s+)(?:(?:At|Join)[ \t]+{name}\b|{name}(?:['’]s\b|[ \t]+(?:is|was|has)\b))",
                       re.M)
    return (rest, last) if named.search(text) else (title, "")


def text_fields(lines: list[str]) -> dict:
    """"Location: San Francisco"-style fields, wherever they are; long values are prose, not fields."""
    pairs = {}
    for line in lines:
        m = LABEL.match(strip_line_marks(line))
        if m and len(m.group(2)) <= 80 and field_name(m.group(1)) not in pairs:
            # an empty field takes no value from the next one: "Location: Time type: Fulltime"
            pairs[field_name(m.group(1))] = "" if _next_field(m.group(2)) else m.group(2).strip()
        # a board's header fields run into one line: "... Compensation: €50k Location options: Remote Job type: ..."
        for inline in _INLINE_WORKPLACE.finditer(line):
            pairs.setdefault("remote", inline.group(1))
    pairs.pop(None, None)
    return {name: value for name, value in pairs.items() if value}


# Another field's label where a value should be: "Time type:", "Start:", "Job benefits:" (not a
# place, "Copenhagen: hybrid", nor "Remote: US only").
_NEXT_FIELD = re.compile(r"([A-Z][\w&/-]*(?:[ \t]+[\w&/-]+){0,2})[ \t]?:(?:[ \t]|\Z)")


def _next_field(value: str) -> bool:
    m = _NEXT_FIELD.match(value)
    if m is None or field_name(m.group(1)) == "remote":
        return False
    return field_name(m.group(1)) is not None or heading_kind(m.group(1)) is not None \
        or bool(re.search(r"(?i)\b(?:type|date|start|level|size|options?|time|hours|schedule|posted|id)\Z", m.group(1)))
_INLINE_WORKPLACE = re.compile(r"(?i)(?<![\w-])(?:location options|workplace(?: type)?|work (?:type|mode)|remote)"
                               r"[ \t]?:[ \t]+(remote|fully remote|hybrid|on-?site|in[- ]office)\b")


def title_in_prose(text: str) -> str:
    """The job a posting's prose names (``_TITLE_CUE``), for a posting without a title line:
    the first job noun in the words after the cue (up to punctuation or a function word),
    with the capitalised words before it ("Registered Nurse") or, in lower case, the one
    noun before it ("warehouse workers", shown "Warehouse Workers"), and the capitalised
    words or job nouns after it ("Assistant Professor"); "" when none."""
    for cue in _TITLE_CUE.finditer(text[:2000]):
        start = _TITLE_LEAD.match(text, cue.end()).end()
        words: list[re.Match] = []
        for m in _TITLE_WORD.finditer(text, start):
            gap = text[words[-1].end() if words else start:m.start()]
            if gap.strip() or "\n" in gap or len(words) == 8 \
                    or _PHRASE_END.match(m.group()):
                break  # punctuation or a function word ends the phrase
            words.append(m)
        job = JOB_WORD.search(text, start, words[-1].end()) if words else None
        if job is None and words and _PERSON_NOUN.match(words[-1].group()):
            job = words[-1]   # "is seeking a Phlebotomist for": a person noun by its form
        if job is None:
            continue
        names = [w.group() for w in words]
        first = found = next(i for i, w in enumerate(words) if w.end() > job.start())
        last = next(i for i, w in enumerate(words) if w.end() >= job.end())
        while first > 0 and names[first - 1][:1].isupper():
            first -= 1
        if first == found > 0 and names[found].islower() and names[found - 1].isalpha() \
                and not _DESCRIBES.match(names[found - 1]):
            first -= 1
        while last + 1 < len(names) and (JOB_WORD.match(names[last + 1])
                                         or names[last + 1][:1].isupper() and names[last][:1].isupper()):
            last += 1
        if _STANDING.match(text, words[last].end()) and not any(w[:1].isupper() for w in names[first:last + 1]):
            continue   # "has firmly established as a leader in its field": the company's standing
        title = text[words[first].start():words[last].end()]
        # Shown as a title: "warehouse workers" -> "Warehouse Workers".
        return re.sub(r"(?<![\w'’])[a-z]", lambda c: c.group().upper(), title) if title.islower() else title
    return ""


# --- record fields --------------------------------------------------------------
def kind_of(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object",
            type(None): "null"}.get(type(value), type(value).__name__)


SURROGATE = re.compile("[\ud800-\udfff]")  # JSON's "\ud800" alone: not text UTF-8 can store


SALARY_MAX = 100_000_000  # a numeric salary above this is a mistake (or an attack), not a pay
ID_MAX_CHARS = 200
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def checked_id(value: object) -> str:
    """A posting id as stored: text NFC-normalised and stripped, or InputError saying why not.

    An id is printable text (no control, format or line-separator characters), without
    '/' or '\\' (it is a path segment in the API's addresses, and browsers read '\\' as
    '/'), not '.' or '..', at most ``ID_MAX_CHARS`` characters.  'café' typed with a
    combining accent and with a precomposed 'é' is one id.
    """
    text = str(value)
    if SURROGATE.search(text):
        raise InputError(f"posting id {text!r} is not valid Unicode text")
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        raise InputError("posting id is empty")
    if len(text) > ID_MAX_CHARS:
        raise InputError(f"posting id {text[:20]!r}... has {len(text):,} characters; "
                         f"the limit is {ID_MAX_CHARS}")
    if not text.isprintable():
        raise InputError(f"posting id {text!r} holds control or invisible characters")
    if "/" in text or "\\" in text:
        raise InputError(f"posting id {text!r} holds '/' or '\\'; ids are used in web addresses")
    if text in (".", ".."):
        raise InputError(f"posting id {text!r} is not allowed")
    return text


def web_url(value: object) -> str:
    """``value`` stripped if it is an http(s) address with a host, else ""."""
    text = str(value or "").strip()
    return text if re.match(r"https?://[^\s/?#]", text, re.I) and not _CONTROL.search(text) else ""


def _checked_salary(value: object) -> object:
    """A numeric salary must be finite and between 0 and ``SALARY_MAX``; text is parsed later."""
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value <= SALARY_MAX:
            shown = str(value) if abs(value) < 10 ** 15 else f"a {len(str(abs(value)))}-digit number"
            raise InputError(f"'salary' {shown} is out of range (0 to {SALARY_MAX:,})")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(f"'salary' must be a finite number, not {value}")
        if not 0 <= value <= SALARY_MAX:
            raise InputError(f"'salary' {value:g} is out of range (0 to {SALARY_MAX:,})")
    return value


def validated(meta: dict) -> dict:
    """Record fields under canonical names, checked: text fields are text, salary text or a
    finite number in range, url an http(s) address (anything else is refused: a
    ``javascript:`` or ``data:`` address would reach every face that shows it)."""
    out = _canonical(meta)
    for name, value in out.items():
        wrong = isinstance(value, (bool, list, dict)) if name != "remote" else isinstance(value, (list, dict))
        if wrong or (name == "remote" and isinstance(value, float)):
            raise InputError(f"'{name}' must be {'true/false' if name == 'remote' else 'text'}, "
                             f"not {kind_of(value)}")
        if name == "salary":
            _checked_salary(value)
        if name == "url" and not web_url(value):
            raise InputError(f"'url' must be an http:// or https:// address, not {str(value)[:60]!r}")
    return {k: _CONTROL.sub(" ", SURROGATE.sub("\ufffd", v)).strip() if isinstance(v, str) else v
            for k, v in out.items()}


def as_remote(value: object) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    words = str(value).strip().lower()
    if words in ("true", "yes", "y", "1") or re.search(r"\bremote\b", words) and not _REMOTE_NO.search(words):
        return True
    return False if words in ("false", "no", "n", "0") or _REMOTE_NO.search(words) else None


def salary_from(value: object) -> tuple[float | None, float | None, str] | None:
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return float(value), float(value), str(value)
    return parse_salary(str(value), bare=True) or (None, None, str(value).strip())
