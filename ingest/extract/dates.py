"""Dates as documents write them ("Tuesday 12th September 2023", "March 3, 2025",
"2025-03-03", "3/10/2023"; a year alone), read by the header, title and banner readers."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19[89]|20[0-4])\d)"
DATE_FORMS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/{_YEAR}\b"),
]
YEAR = re.compile(rf"\b{_YEAR}\b")


def dates_in(text: str) -> list[tuple[str, int, int]]:
    """(ISO date, start, end) of every full date in `text`, in order.

    >>> dates_in("held on Tuesday 12th September 2023, and 3/10/2023")
    [('2023-09-12', 16, 35), ('2023-10-03', 41, 50)]
    """
    found = []
    for form in DATE_FORMS:
        for m in form.finditer(text):
            parts = m.groupdict()
            month = MONTHS.get((parts.get("month") or "").lower().rstrip(".")) or int(
                parts.get("m") or 0
            )
            day = int(parts.get("day") or parts.get("d") or 0)
            try:
                when = dt.date(int(parts["year"]), month, day)
            except (ValueError, TypeError):
                continue
            found.append((when.isoformat(), m.start(), m.end()))
    return sorted(set(found), key=lambda f: f[1])
