"""A register's marks: who was there by the marks of a presence column ("✓", "Apols", a
meeting's dated column), read by the legend the document gives them ("A = apologies sent")
before the common marks, and a header that repeats its columns to set two or three people
side by side in each row (used by ingest.extract.people_tables).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.extract.listed import text_of
from ingest.extract.people_labels import PRESENCE, present
from ingest.extract.sections import Role
from ingest.types import RawDocument

_DATED = re.compile(  # a column headed by the date of a meeting: "5 Feb", "14/03", "January"
    r"^(?:\d{1,2}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,4})?"
    r"|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$",
    re.IGNORECASE,
)


def repeat_width(header: Sequence[str]) -> int:
    """The width of a group of columns a header repeats across ("Name | Organisation | ✓ /
    Apols | Name | Organisation | ✓ / Apols": 3), each group one person; 0 when it repeats
    none.

    >>> repeat_width(["Name", "Role", "Name", "Role"]), repeat_width(["Name", "Role", "Team"])
    (2, 0)
    """
    labels = [" ".join(c.split()).lower() for c in header]
    for width in range(2, len(labels) // 2 + 1):
        if (
            len(labels) % width == 0
            and any(labels[:width])
            and all(labels[k] == labels[k % width] for k in range(len(labels)))
        ):
            return width
    return 0


def groups(
    body: list[int], cells: list[list[str]], width: int
) -> tuple[list[int], list[list[str]]]:
    """Each row's groups of `width` cells as rows of their own, a group of blank cells left
    out (the last row of an odd number of people)."""
    rows: list[int] = []
    grouped: list[list[str]] = []
    for i, row in zip(body, cells, strict=True):
        for k in range(0, len(row), width):
            if any(c.strip() for c in row[k : k + width]):
                rows.append(i)
                grouped.append(list(row[k : k + width]))
    return rows, grouped


_LEGEND = re.compile(  # "✓ = attended; A = apologies sent; – = not yet a member"
    r"(?:^|(?<=[\s;,(]))(?P<mark>[^\s=;,:()]{1,3})\s*=\s*"
    r"(?P<means>[^\W\d_](?:(?!\s+[^\s=;,:()]{1,3}\s*=)[^;,.=()\n]){1,40})"
)
LEGEND_BLOCKS = 3  # blocks above a table that may give the legend of its marks
_NOT_THERE = re.compile(r"(?:not|non|did\s+not|didn['’]t|left|declined)\b", re.IGNORECASE)


def legend_of(raw: RawDocument, first: int) -> dict[str, Role]:
    """The marks of a register (its first row `first`) as the text just above spells them out:
    mark -> present or not."""
    legend: dict[str, Role] = {}
    for block in raw.blocks[max(0, first - LEGEND_BLOCKS) : first]:
        legend = legend_in(text_of(raw, block)) | legend
    return legend


def legend_in(text: str) -> dict[str, Role]:
    """The marks a legend spells out, in either language of a bilingual one; a mark that
    says neither present nor absent ("L = late") is left out.

    >>> said = legend_in("✓ = yma / present   ✗ = absennol / absent; A = apologies; L = late")
    >>> sorted((k, v.value) for k, v in said.items())
    [('A', 'apologies'), ('✓', 'attendance'), ('✗', 'apologies')]
    """
    legend: dict[str, Role] = {}
    for found in _LEGEND.finditer(text):
        for means in found["means"].split("/"):
            means = means.strip()
            said = present(means) or (Role.APOLOGIES if _NOT_THERE.match(means) else None)
            if said is not None:
                legend.setdefault(found["mark"], said)
                break
    return legend


def mark(cell: str, legend: dict[str, Role]) -> Role | None:
    """What a register's cell says, by the document's own legend first ("A": apologies)."""
    said = cell.strip()
    return legend.get(said) or present(said)


def presence_label(label: str) -> bool:
    """A header that says its column is who was there: "Present", "At study meeting?", or a
    legend of the marks it holds ("✓ / Apols", "Y/N").

    >>> presence_label("✓ / Apols"), presence_label("Attended?"), presence_label("Role")
    (True, True, False)
    """
    if PRESENCE.search(label):
        return True
    marks = [present(part) for part in re.split(r"\s*/\s*|\s+or\s+", label.strip())]
    return Role.ATTENDANCE in marks and Role.APOLOGIES in marks and None not in marks


def dated_presence(header: Sequence[str], cells: list[list[str]], legend: dict[str, Role]) -> int:
    """The column of a register of meetings by date ("Name | Role | 5 Feb" over "… | ✓", "…
    | ✗") that gives this meeting's presence: the last dated column whose cells say present
    or not; -1 when there is none."""
    found = -1
    for k, label in enumerate(header):
        if not _DATED.match(label.strip()):
            continue
        marks = [mark(row[k], legend) for row in cells if k < len(row) and row[k].strip()]
        if marks and all(marks):
            found = k
    return found


_SIGNED = re.compile(r"(?:signed|signature|sign(?:ed)?\s+(?:in|here))\??", re.IGNORECASE)


def unsigned(header: Sequence[str], cells: list[list[str]]) -> set[int]:
    """The rows of a sign-in sheet whose "Signed" (or "Signature") cell is blank while others
    are filled: people booked who did not come. None when no row is signed or all are.

    >>> unsigned(["Name", "Signed"], [["A", "signed"], ["B", ""], ["C"]])
    {1, 2}
    """
    column = next((k for k, c in enumerate(header) if _SIGNED.fullmatch(c.strip())), -1)
    if column < 0:
        return set()
    blank = {n for n, row in enumerate(cells) if column >= len(row) or not row[column].strip()}
    return blank if 0 < len(blank) < len(cells) else set()
