"""Footnotes of Markdown notes that name people (used by ingest.readers.markdown): a name
given short in the text and in full in its footnote ("led by Deirdre[^1]" over "[^1]:
Deirdre Ní Bhriain-Quigley, Green Gym Coordinator, …") is read as the full name."""

from __future__ import annotations

import itertools
import re

NOTE_DEFINED = re.compile(r"\[\^([^\]\s]{1,40})\]:[ \t]*(?=.)")  # a footnote's text: "[^2]: …"
_NAMED_LABEL = re.compile(r"[A-Za-z][\w-]{2,39}")  # "members", "apologies"; not "1"
_TITLE_WORD = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Cllr|Sir|Dame)\.?\s+")
_NAME_WORD = re.compile(r"^[A-Z][\w'’-]+$")
MAX_NOTED = 200  # footnotes read for the names they give; more is no set of people


def noted_names(body: str) -> str:
    r"""A name given short in the text and in full in its footnote ("led by Deirdre[^1], with
    Tiarnan[^2] keeping time" over "[^2]: Tiarnan McCaughey, Link Worker, Colin Neighbourhood
    Partnership."): the short name and its mark become the full name, so the sentence names
    the person its note does.

    >>> noted_names("Led by Jo[^1] and Dr Bell[^2].\n\n[^1]: Jo Roe, GP\n[^2]: Dr Ann Bell, OT")
    'Led by Jo Roe and Dr Ann Bell.\n\n[^1]: Jo Roe, GP\n[^2]: Dr Ann Bell, OT'
    """
    if "[^" not in body:
        return body
    full: dict[str, str] = {}
    lines = body.split("\n")
    notes = ((line, NOTE_DEFINED.match(line)) for line in lines)
    for line, found in itertools.islice(((ln, f) for ln, f in notes if f), MAX_NOTED):
        name = _TITLE_WORD.sub("", line[found.end() :].split(",")[0].strip().rstrip("."))
        words = name.split()
        if 2 <= len(words) <= 5 and all(_NAME_WORD.match(w) or w.islower() for w in words):
            full[found.group(1)] = name
    if not full:
        return body

    def named(match: re.Match[str]) -> str:
        short, label = match.group(1), match.group(2)
        name = full.get(label)
        if name is None or short.split()[-1] not in name.split():
            return match.group(0)
        titled = _TITLE_WORD.match(short)
        return (titled.group(0) if titled else "") + name

    out = []
    for line in lines:  # the notes themselves stay as written
        out.append(line if NOTE_DEFINED.match(line) else _NOTED_REF.sub(named, line))
    return "\n".join(out)


def named_note(line: str) -> re.Match[str] | None:
    """A footnote's text under a label that names what it lists ("[^members]: A — Role, Org;
    B …", "[^apologies]: C …"), not a number: its label is group 1, its text from the end.

    >>> named_note("[^members]: Ann Bell").group(1), named_note("[^1]: Ann Bell")
    ('members', None)
    """
    found = NOTE_DEFINED.match(line)
    return found if found and _NAMED_LABEL.fullmatch(found.group(1)) else None


_NOTED_REF = re.compile(
    r"((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Cllr)\.?\s+)?[A-Z][\w'’-]+)\[\^([^\]\s]{1,40})\]"
)
