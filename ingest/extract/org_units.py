"""A unit named with its body is the body (used by ingest.extract.document_entities and
ingest.extract.people_affiliations): a department, school, team or academy is a part of an
organisation, not one of its own, so where a name gives both, the body is the organisation.

- **unit at body**: "Department of Clinical Neuroscience at the University of Eastbury",
  "the School of Public Health at Brown University", "Institute for Ageing at Tynefield
  University" -> the body after "at";
- **a unit, "at", then its body**, found as two names ("Institute for Ageing" at "Tynefield
  University"): the unit is no organisation of its own;
- **body, then its unit**: "WBHT Communications Team", "Improvement Wales Academy",
  "Northvale Trust Finance Directorate", "RCN Council", "AoMRC Council" -> the body before the
  unit, when it is an anchor (an acronym or an organisation the gazetteer knows): a body's
  own council or committee is part of it.

>>> body_of_unit("Department of Medicine at the University of Eastbury".split(), lambda s: False)
(5, 8)
>>> body_of_unit("WBHT Communications Team".split(), lambda s: False)
(0, 1)
>>> body_of_unit("Westbay Communications Team".split(), lambda s: False) is None
True
>>> body_of_unit("WbMRC Council".split(), lambda s: False), body_of_unit(
...     "Westbay Council".split(), lambda s: False)
((0, 1), None)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from graph.reference.names import name_words

WORDS = name_words()
UNIT_WORDS = frozenset(WORDS["org-unit"]) | {"teams", "departments", "academy", "institute"}
HEADS = UNIT_WORDS | frozenset(WORDS["org-head"]) | frozenset(WORDS["org-head-weak"])
TRAILING_UNITS = frozenset(  # a body's own parts, named after it ("KCHFT Communications Team")
    {"team", "teams", "department", "directorate", "division", "academy", "council", "committee"}
)
UNIT_WORDS_AFTER = 4  # the unit's own words at most: "Quality and Safety Team"


def body_of_unit(words: Sequence[str], known: Callable[[str], object]) -> tuple[int, int] | None:
    """The (start, end) of the body inside a name that also names one of its units, else None.
    `known` finds a phrase among the organisations the gazetteer knows (a false value if not)."""
    lower = [w.lower() for w in words]
    if "at" in lower:
        at = lower.index("at")
        start = at + 1 + (at + 1 < len(words) and lower[at + 1] == "the")
        body = " ".join(words[start:])
        if (
            at > 0
            and start < len(words)
            and any(w in HEADS for w in lower[:at])
            and words[start][:1].isupper()
            and (any(w in HEADS or w == "nhs" for w in lower[start:]) or known(body))
        ):
            return start, len(words)  # not "Hospital at Home"
    if len(words) >= 2 and lower[-1] in TRAILING_UNITS:
        for cut in range(len(words) - 1, max(0, len(words) - 1 - UNIT_WORDS_AFTER), -1):
            body = " ".join(words[:cut])
            if not all(w[:1].isupper() or w in ("and", "&") for w in words[cut:]):
                break
            if (cut == 1 and _acronym(words[0])) or known(body):
                return 0, cut
    return None


def _acronym(word: str) -> bool:
    """ "WBHT", "RCoA", "AoMRC": letters with two capitals or more, no lower-case run first."""
    return word.isalpha() and word[:1].isupper() and sum(c.isupper() for c in word) >= 2


def units_at_bodies(ents: list[Span]) -> list[Span]:
    """Without the organisations that are a unit named right before "at" and its body
    ("the Institute for Ageing at Tynefield University")."""
    starts = {e.start: e for e in ents if e.label_ == "ORG"}
    out = []
    for ent in ents:
        doc, end = ent.doc, ent.end
        if ent.label_ == "ORG" and end < len(doc) and doc[end].lower_ == "at":
            body = starts.get(end + 1) or (
                starts.get(end + 2) if end + 2 < len(doc) and doc[end + 1].lower_ == "the" else None
            )
            if body is not None and any(t.lower_ in UNIT_WORDS for t in ent):
                continue
        out.append(ent)
    return out


def bodies_of_places(ents: list[Span], known: Callable[[str], bool]) -> list[Span]:
    """An organisation the model cut before the area it serves, which its name ends with
    ("Third Sector" + "Dumfries and Galloway" in "Officer at Third Sector Dumfries and
    Galloway, presented …"): one organisation, when the body is none the gazetteer knows and
    the place follows it with nothing between, on the same line, to a comma or the line's
    end."""
    places = {e.start: e for e in ents if e.label_ in ("PLACE", "NATION")}
    out: list[Span] = []
    skip: set[int] = set()
    for ent in ents:
        if ent.start in skip:
            continue
        place = places.get(ent.end) if ent.label_ == "ORG" else None
        doc = ent.doc
        if (
            place is not None
            and not known(ent.text)
            and "\n" not in doc[ent.start : place.end].text_with_ws.rstrip()
            and (place.end >= len(doc) or doc[place.end].text in (",", ";", ")", "\n"))
        ):
            whole = Span(doc, ent.start, place.end, label="ORG", kb_id=ent.kb_id, span_id=ent.id)
            out.append(whole)
            skip.add(place.start)
            continue
        out.append(ent)
    return out


SITE_BEFORE = frozenset({"at", "in"})


def sites_of_bodies(ents: list[Span]) -> list[Span]:
    """Without the persons that are a body's site named short: "… at Spinney Hill for three
    months" where the document names "Spinney Hill Medical Centre" (a name after "at" or
    "in" that opens an organisation's name, the rest of it the body's kind)."""
    bodies = [tuple(t.text for t in e) for e in ents if e.label_ == "ORG" and e[-1].lower_ in HEADS]
    opening = {body[:n] for body in bodies for n in range(1, len(body))}
    out = []
    for ent in ents:
        doc = ent.doc
        words = tuple(t.text for t in ent)
        if (
            ent.label_ == "PERSON"
            and ent.start > 0
            and doc[ent.start - 1].lower_ in SITE_BEFORE
            and words in opening
        ):
            continue
        out.append(ent)
    return out
