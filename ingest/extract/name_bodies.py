"""Whether a run of words shaped like a person's name is a body's name instead (used by
ingest.extract.people_names and ingest.extract.model_spans): the first words of a body the
gazetteer knows ("Aneurin Bevan" of "Aneurin Bevan University Health Board"; such words
alone, "Cwm Taf Morgannwg", are Gazetteer.org_openings), a name ending in the area a body
serves ("Repair Highland", "Home-Start Wrexham"), or an address ("Gyle Square")."""

from __future__ import annotations

import re

from graph.reference.gazetteer import Gazetteer

ADDRESS_ENDS = frozenset(  # an address line's last word: "Gyle Square", "South Gyle Crescent"
    # (not "Park", "Lane", "House", "Court": surnames as often, "Ji-woo Park")
    "square crescent road street avenue drive terrace gardens".split()
)


def address_after(after: list[str]) -> bool:
    """Whether the words after a name open a street address (",", a house number, a
    capitalised word): the name is a building's ("Central House, 25 Camperdown Street").

    >>> address_after([",", "25", "Camperdown"]), address_after([",", "NHS", "Fife"])
    (True, False)
    """
    return (
        len(after) == 3
        and after[0] == ","
        and re.fullmatch(r"\d{1,4}[A-Za-z]?", after[1]) is not None
        and after[2][:1].isupper()
    )


AREAS = frozenset({"council area", "county", "region", "area"})  # never a surname's place


def placed_body(words: list[str], gaz: Gazetteer) -> bool:
    """Whether words shaped like a name, whose first the gazetteer does not know as a given
    name, are a body's name ending in the area it serves: "Repair Highland" (of "Care and
    Repair Highland"), "Home-Start Wrexham" (a compound first word, then any place); not
    "Alana Moffat" (a town's name is a surname as often).

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [placed_body(n.split(), gaz) for n in ("Repair Highland", "Home-Start Wrexham",
    ...     "Alana Moffat", "Ann Highland")]
    [True, True, False, False]
    """
    if len(words) < 2 or gaz.given_name(words[0]):
        return False
    place = gaz.place(words[-1])
    if place is None:
        return False
    return place.kind in AREAS or ("-" in words[0] and words[0].split("-")[-1][:1].isupper())


def opens_body(text: str, size: int, gaz: Gazetteer) -> bool:
    """Whether the name of `size` words that `text` opens with is the start of the name
    of a body the gazetteer knows ("Aneurin Bevan" of "Aneurin Bevan University Health
    Board · …", "Marie Curie" of "Marie Curie Hospice"), up to BODY_TAIL words on."""
    words = text.split()
    return any(
        gaz.org(" ".join(words[:k])) for k in range(size + 1, min(len(words), size + BODY_TAIL) + 1)
    )


BODY_TAIL = 5  # words after a name that may finish a body's name
