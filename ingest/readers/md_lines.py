"""What the lines of a Markdown paragraph are (used by ingest.readers.markdown): a bold line
that heads what follows, a minute's numbered bold head run into its paragraph, one "Key:
value" field wrapped over its lines, entries that each stand alone ("Ann Bell | GP | …"), a
bold label over entries on the lines under it ("**Names in this write-up**" / "NK — …"), or
lines of prose to join as CommonMark does."""

from __future__ import annotations

import itertools
import re

from markdown_it.token import Token

from ingest.readers.line_shapes import continues, ends_sentence
from ingest.readers.lines import classify_lines, is_heading_line, metadata_key
from ingest.types import BlockKind

RUN_IN_WORDS = 8  # a bold run-in head is this short
MIN_RUN_IN_CHARS = 4  # and this long: "Aim.", not "Q."
_SAYS = frozenset("we i you they it this there our he she so".split())  # a sentence's subject
_ITEM_HEAD = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\w)")  # "3. Matters arising."


def bold_head(line: str) -> bool:
    """A bold line standing alone that heads what follows: a heading's shape, or a
    minute's numbered item ending in a full stop ("**3. Matters arising.**")."""
    return is_heading_line(line) or (
        _ITEM_HEAD.match(line) is not None
        and line.endswith(".")
        and len(line.split()) <= RUN_IN_WORDS
    )


def run_in_head(children: list[Token], lines: list[str]) -> str | None:
    """The bold numbered head a paragraph runs in from, ending in a full stop ("**7. What the
    season taught us.** Agreed to record …"): a minute's item heading set in its first line.
    A bold "Key:" stays the key of its value; an unnumbered bold lead ("**Referral routes.**
    People said …") is a point made in its paragraph."""
    first = next((c for c in children if c.type != "text" or c.content.strip()), None)
    if first is None or first.type != "strong_open" or not lines:
        return None
    close = next((i for i, c in enumerate(children) if c.type == "strong_close"), -1)
    head = "".join(c.content for c in children[:close] if c.type == "text").strip()
    if (
        not head.endswith(".")
        or not _ITEM_HEAD.match(head)  # "**Referral routes.** People said …" is a point made
        or len(head) < MIN_RUN_IN_CHARS  # "**Q.** I have had …": a question's mark
        or any(c in head for c in ":?!,()")  # "**So my answer is: don't stop.**", a
        # citation's "**Bell A, Roe B (2023).**": a sentence or a reference, no heading
        or _ITEM_HEAD.sub("", head).split()[0].lower() in _SAYS  # "**We will pay for travel.**"
        or len(head.split()) > RUN_IN_WORDS
        or not lines[0].startswith(head)
        or not lines[0][len(head) :].strip()
    ):
        return None
    return head


WRAP_AT = 60  # a paragraph's lines this long or longer were wrapped by its writer


def one_field(lines: list[str]) -> bool:
    """A paragraph that is one "Key: value" field wrapped over its lines: the first line is
    the field, no other line is one, and each line but the last reaches the wrap width (a
    short line ends an entry: "Present: Ann Bell, GP" / "Bo Li, Nurse" are two)."""
    key = metadata_key(lines[0])
    return (
        len(lines) >= 2
        and bool(key)
        and bool(lines[0][lines[0].find(":") + 1 :].strip())
        and not any(metadata_key(line) for line in lines[1:])
        and all(len(line) >= WRAP_AT for line in lines[:-1])
    )


_FIELDS = re.compile(r",|\s[|·—–]\s")  # what parts an entry's fields: "A, GP" "A | GP" "A — GP"


def entries(lines: list[str]) -> bool:
    """Lines that stand alone, each of parted fields, none ending a sentence nor running on
    into the next (a letter's sign-off: "Dr Ann Bell, Research Fellow, Ulster University" /
    "Professor Bo Li, …", a rota's "Tir Dewi | Regional Coordinator | Rhodri Bell", or a name
    alone over "Group Coordinator, Itchy Skin Parents"): entries, not one wrapped paragraph.

    >>> entries(["Ann Bell | GP | Irfon Surgery", "Tir Dewi | Coordinator | Bo Li"])
    True
    >>> entries(["We met at the hall | and talked", "about the plan | for May."])
    False
    """
    return (
        len(lines) >= 2
        and all(line[:1].isupper() for line in lines)
        and all(_FIELDS.search(line) for line in lines[1:])
        and (_FIELDS.search(lines[0]) is not None or name_alone(lines[0]))
        and not any(ends_sentence(line) for line in lines)
        and not any(continues(a, b, loose=False) for a, b in itertools.pairwise(lines))
    )


NAME_WORDS = 4  # a name on a line of its own over a sign-off's "Role, Organisation"


def bold_label(children: list[Token], lines: list[str]) -> bool:
    """Whether a paragraph's first line is a bold label over entries on the lines below it
    ("**Names in this write-up**" / "NK — Nasreen Khaliq-Rahman, Infant Feeding Lead, …" /
    "TB — Tom …"): a heading over a list, though no blank line parts them."""
    children = [c for c in children if c.type != "text" or c.content]
    if len(lines) < 2 or not children or children[0].type != "strong_open":
        return False
    close = next((i for i, c in enumerate(children) if c.type == "strong_close"), -1)
    label = "".join(c.content for c in children[:close] if c.type == "text").strip()
    rest = lines[1:]
    return (
        close > 0
        and all(c.type != "softbreak" for c in children[:close])
        and label == lines[0].strip()
        and bold_head(label)
        and (entries(rest) or (len(rest) == 1 and bool(_FIELDS.search(rest[0]))))
        and not ends_sentence(rest[-1])
    )


def name_alone(line: str) -> bool:
    """A line that is only a name ("Niamh Devenney" over "Group Coordinator, …")."""
    words = line.split()
    return 2 <= len(words) <= NAME_WORDS and all(w[:1].isupper() for w in words)


def prose_line(line: str) -> bool:
    """A line of a paragraph that is neither a "Key: value" line nor a bullet or heading."""
    block = classify_lines([line], headings=False)
    return len(block) == 1 and block[0].kind is BlockKind.PARAGRAPH and not metadata_key(line)
