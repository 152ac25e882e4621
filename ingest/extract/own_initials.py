"""A person's initials set beside their name, which are theirs and name no body: the letters
of a key before the entry that spells them out ("TB — Tom Birtwhistle, Parent Engagement
Officer, …"), the letters in brackets after a name that the rest of the minutes use for it
("Harjinder Bassi-Rowe, Chair (HBR)"), and an avatar's letters before a name in a people
list ("RI Rachel Imrie, Health Visitor, …"). Used by the people-list parser
(ingest.extract.people_lists) and by the model's spans (ingest.extract.model_spans)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from graph.reference.names import TITLE_BEFORE, initials_fit
from ingest.extract.name_parts import is_title

CAPITAL = "[A-ZÀ-ÖØ-ÞŴŶ]"  # a capital letter, accented too ("Úna", "Ŵyn")
LETTERS = r"[A-Z](?:[a-z]{0,2}-?[A-Z]){1,3}"  # a person's initials: "KM", "GMcA", "SEO", "JG-O"
KEY_SIGNS = frozenset("=–—-:|")  # what sets a key's letters before whose they are: "TB — …",
# or a key's table: "TB | Tom Bell, …"
KEY_SIGN = "[" + re.escape("".join(sorted(KEY_SIGNS))) + "]"
_KEY_LEAD = re.compile(  # "TB — Tom Bell", "KM = Dr Ken Mathers": letters, then whose they are
    rf"(?P<letters>{LETTERS})\s*{KEY_SIGN}\s+(?P<entry>"
    + TITLE_BEFORE
    + rf"?(?P<name>{CAPITAL}[\w'’-]+\s+{CAPITAL}[\w'’-]+))"
)


_OWN_INITIALS = re.compile(  # "Harjinder Bassi-Rowe, Chair (HBR)": the letters key the name
    rf"(?P<name>{CAPITAL}[\w'’-]+(?:\s+{CAPITAL}[\w'’-]+){{1,3}})(?:,[^,()]{{0,40}})?\s*"
    rf"\((?P<letters>{LETTERS})\)"
)


def own_initials_blanked(text: str) -> str:
    """A name's own initials in brackets after it blanked, offsets kept: they key the name
    for the rest of the minutes, and are no body ("Gillian Ashworth-Pyke (GAP) - Chief
    Officer").

    >>> own_initials_blanked("Ann Bell (AB) - Chief Officer; Bo Li (NHS Fife)")
    'Ann Bell      - Chief Officer; Bo Li (NHS Fife)'
    """
    if "(" not in text:
        return text
    for found in _OWN_INITIALS.finditer(text):
        if _fits(found) >= 0:
            a, b = found.start("letters") - 1, found.end("letters") + 1
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def _fits(found: re.Match[str]) -> int:
    """Where the name that the letters in brackets are the initials of starts in the words
    before them (-1: none): a title or a role run into it left out ("Dr Pádraig Mac
    Lochlainn (PML)", "Consultant Bo Li (BL)")."""
    name, at = found["name"], found.start("name")
    for word in re.finditer(r"\S+", name):
        rest = name[word.start() :]
        if len(rest.split()) < 2:
            break
        if initials_fit(found["letters"], rest):
            return at + word.start()
    return -1


def initialled_starts(text: str) -> list[int]:
    """Where each name keyed by its own initials in brackets starts, when a value runs two or
    more such entries on with nothing between them ("Dr Ann Bell (AB), Consultant Bo Li (BL),
    Nurse"): each is an entry of its own, whatever punctuation is missing.

    >>> initialled_starts("Dr Ann Bell (AB), Consultant Bo Li (BL), Nurse")
    [3, 29]
    """
    if text.count("(") < 2:
        return []
    starts = [at for found in _OWN_INITIALS.finditer(text) if (at := _fits(found)) >= 0]
    return starts if len(starts) >= 2 else []


def key_mark(text: str) -> int:
    """Where the entry starts in a line of a key to initials ("TB — Tom Bell, Officer"), the
    letters being that name's initials; 0 for any other line.

    >>> key_mark("TB — Tom Bell, Officer"), key_mark("NHS — Tom Bell")
    (5, 0)
    """
    lead = _KEY_LEAD.match(text)
    if lead is None or not initials_fit(lead["letters"], lead["name"]):
        return 0
    return lead.start("entry")


def initials_avatar(doc: Doc, i: int) -> bool:
    """Whether token i is the initials a people list sets before a name, as an avatar
    ("RI Rachel Imrie, Health Visitor", "TM Dr Tariq Mahmood"): two or three capitals opening
    a line, then a name (a title aside) whose words start with them."""
    letters = doc[i].text
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    if i > 0 and "\n" not in doc[i - 1].text_with_ws and not doc[i - 1].is_space:
        return False
    k = i + 1
    if k < len(doc) and is_title(doc[k].text):
        k += 1 + (k + 1 < len(doc) and doc[k + 1].text == ".")
    words = doc[k : k + len(letters)]
    return len(words) == len(letters) and all(
        t.is_title and t.text[0] == c for t, c in zip(words, letters, strict=True)
    )
