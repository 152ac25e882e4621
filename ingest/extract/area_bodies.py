"""NHS bodies named after the areas they serve (used by ingest.extract.entity_cleaning).

An NHS trust, board or integrated care body is often named for a list of areas, and the model
cuts the name at the list's commas and "and", or at a hyphen:

    Tees, Esk and Wear Valley Mental Health Foundation Trust   (not "Wear Valley" + a trust)
    Chelsea and Westminster NHS Foundation Trust Hospital       (not a person "Chelsea")
    North East and North Cumbria Integrated Care System         Staffordshire and Stoke ICB
    South-Eastern HSC Trust

A body's name ends in an NHS body's head ("NHS Trust", "Foundation Trust", "HSC Trust",
"Health and Social Care Trust", "ICB", "Integrated Care Board/System", "Health Board"); going
back from the head, the name runs over title-case words, hyphens, commas and one "and" (or
"&") until anything else: a lower-case word, a function word, a job title, a full stop. The run
is one organisation when its area words hold no other body's head ("Cornwall Council and
Cornwall Partnership NHS Foundation Trust" stays two) and no person of two or more names. It
replaces the entities it overlaps; it never shortens one. A head no organisation covers at all
takes its area words without a list ("at South Warwickshire NHS Foundation Trust", which the
model reads as a place and two loose words).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ingest.extract.sentences import token_lowers

HEADS: tuple[tuple[str, ...], ...] = (
    ("health", "and", "social", "care", "trust"),
    ("health", "&", "social", "care", "trust"),
    ("integrated", "care", "board"),
    ("integrated", "care", "system"),
    ("nhs", "foundation", "trust"),
    ("nhs", "trust"),
    ("foundation", "trust"),
    ("hsc", "trust"),
    ("health", "board"),
    ("icb",),
)
FIRST_WORDS = frozenset(head[0] for head in HEADS)  # a token no head starts with is passed by
JOINS = frozenset({"and", "&"})
INNER = frozenset({",", "-", "–"})
AFTER_HEAD = frozenset({"hospital", "hospitals"})  # "... NHS Foundation Trust Hospital"
MOST_WORDS = 10


def area_bodies(
    doc: Doc, ents: list[Span], is_head: Callable[[str], bool], is_role: Callable[[str], bool]
) -> list[Span]:
    """`ents` with each area-named NHS body read whole (see the module docstring)."""
    found: list[Span] = []
    lower = token_lowers(doc)
    for i in range(len(doc)):
        if lower[i] not in FIRST_WORDS:
            continue
        for head in HEADS:
            n = len(head)
            if tuple(lower[i : i + n]) != head or not doc[i].text[:1].isupper():
                continue
            end = i + n
            if end < len(doc) and lower[end] in AFTER_HEAD and doc[end].text[:1].isupper():
                end += 1
            bare = not any(e.label_ == "ORG" and e.start <= i < e.end for e in ents)
            start = _run_start(doc, i, is_head, is_role, ents, bare)
            if start is not None and start < i:
                found.append(Span(doc, start, end, label="ORG"))
            break
    held = {(e.start, e.end) for e in ents}
    found = [f for f in found if (f.start, f.end) not in held]  # already one entity, as it is
    if not found:
        return ents
    out = [e for e in ents if not any(_covers(f, e) for f in found)]
    kept = [f for f in found if not any(_longer(e, f) for e in out)]
    out = [e for e in out if not any(_overlap(f, e) for f in kept)]
    return sorted([*out, *kept], key=lambda e: e.start)


def _run_start(
    doc: Doc,
    head: int,
    is_head: Callable[[str], bool],
    is_role: Callable[[str], bool],
    ents: list[Span],
    bare: bool = False,
) -> int | None:
    """Where the area words before the head at `head` start, or None when they are not one
    body's name (another body's head or a known body before the last "and", a person of two
    or more names, two "and"s, a list with no "and")."""
    k, joins, commas, words, last_join = head - 1, 0, 0, 0, head
    while k >= 0 and words <= MOST_WORDS:
        token = doc[k]
        if token.lower_ in JOINS:
            joins, last_join = joins + 1, k
        elif token.text == ",":
            commas, last_join = commas + 1, min(last_join, k)
        elif token.text in INNER and (token.text == "," or _joined(doc, k)):
            pass  # "South-Eastern"; not the dash of "Ann Roe - Westshire NHS Trust"
        elif _area_word(token, is_role):
            if is_head(token.lower_) and last_join < head:
                return None  # "Cornwall Council and ...": two bodies
            words += 1
        else:
            break
        if joins > 1:
            break
        k -= 1
    if k >= 0 and doc[k].is_alpha and doc[k].text[:1].isupper() and not doc[k].is_stop:
        return None  # cut at a title-case word ("Public Health Wales and ..."): unclear start
    start = k + 1
    while start < head and (doc[start].lower_ in JOINS or doc[start].text in INNER):
        start += 1  # a run opens with a word
    run = doc[start:head]
    joins = sum(1 for t in run if t.lower_ in JOINS)  # inside the run, not before it
    commas = sum(1 for t in run if t.text == ",")
    if start >= head or joins > 1 or (commas and not joins):
        return None
    for ent in ents:
        inside = start <= ent.start and ent.end <= head
        if inside and ent.label_ == "PERSON" and len(ent) >= 2:
            return None
        if inside and ent.label_ in ("NATION", "GOV"):
            return None
        known = ent.label_ == "ORG" and (ent.id_ == "gazetteer" or ent.id_[:3] == "gov")
        if inside and ent.end <= last_join and known:
            return None  # "NHS Fife and ...": a known body first
    hyphen = any(t.text in ("-", "–") and not t.whitespace_ for t in doc[start:head])
    return start if joins or hyphen or bare else None


def _joined(doc: Doc, k: int) -> bool:
    """A hyphen inside a word ("South-Eastern"), no space either side."""
    return k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _area_word(token: Token, is_role: Callable[[str], bool]) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_stop
        and not is_role(token.lower_)
        and token.lower_ not in ("nhs", "the")
    )


def _covers(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _longer(ent: Span, found: Span) -> bool:
    """An entity that already holds the run and more: keep it."""
    return ent.start <= found.start and found.end <= ent.end and len(ent) > len(found)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end
