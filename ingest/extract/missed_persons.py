"""Persons the model missed, found from the document's other names (used by
ingest.extract.document_entities): "Dr Mulholland" (a title and a surname, with its particles:
"Dr Hein le Roux"), a title with a known given name and a surname ("Dr Euan Lockerbie"), or
with a surname the document names alone ("Dr Marguerite Ellacombe" beside "Dr Ellacombe"), a bare
surname of a person the document names in full ("Lockwood, a GP at ..."), the given name of
the one person the document names in full with it, where no other name goes on ("Siobhán is
Head of Improvement at ..." under a speaker's name line), and a given name with an age
("Seamus, 87, from Lurgan")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import capitalised
from ingest.extract.initialled import is_title
from ingest.extract.name_parts import hyphen_tail, particle_tail
from ingest.extract.sentences import token_texts


def missed_persons(
    doc: Doc, ents: list[Span], gaz: Gazetteer, org_heads: frozenset[str]
) -> list[Span]:
    """PERSON spans for the names the module docstring lists, outside `ents`."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    within = {i for e in ents if len(e) > 1 for i in range(e.start, e.end)}  # longer names
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
    given = _given_names(ents)
    alone_names = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}  # "Dr Ellacombe"
    out = []
    words = token_texts(doc)
    lower = {w for w in words if w.islower()}  # a word the text also writes in lower case
    for i, word in enumerate(words):
        if i in taken or not capitalised(word) or not word.isalpha():
            continue
        token = doc[i]
        after_title = (
            i > 0
            and is_title(doc[i - 1].text)
            and (i + 1 >= len(doc) or not capitalised(doc[i + 1].text))
        )
        known = (
            token.text in surnames
            and (i + 1 >= len(doc) or not capitalised(doc[i + 1].text))
            and not (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)
        )  # not the tail of a double-barrelled name: "Prys-Jenkins"
        alone = (  # "Siobhán is Head of ...": the given name of one person named in full
            given.get(word) == 1
            and word.lower() not in lower
            and not token.is_stop
            and (i + 1 >= len(doc) or not capitalised(doc[i + 1].text))
            and not (i > 0 and (capitalised(doc[i - 1].text) or doc[i - 1].text == "-"))
        )
        aged = (
            gaz.given_name(token.text)
            and doc[i + 1 : i + 3].text[:1] == ","
            and i + 2 < len(doc)
            and doc[i + 2].like_num
        )  # "Seamus, 87, from Lurgan"
        titled = (  # "Dr Euan Lockerbie, GP and Clinical Lead": a title, a known given name
            i > 0  # and one capitalised word after it, the surname
            and is_title(doc[i - 1].text)
            and i + 1 < len(doc)
            and (gaz.given_name(token.text) or doc[i + 1].text in alone_names)
            and i + 1 not in within  # (a one-word place is a surname here: "Lockerbie")
            and capitalised(doc[i + 1].text)
            and doc[i + 1].is_alpha
            and doc[i + 1].lower_ not in org_heads
            and (i + 2 >= len(doc) or not capitalised(doc[i + 2].text) or doc[i + 2].text == "-")
        )
        if titled and not gaz.is_stopped(doc[i : i + 2].text, "PERSON"):
            end = hyphen_tail(doc, i + 2)  # "Dr Euan Prys-Jenkins"
            out.append(
                Span(doc, i, end, label="PERSON", kb_id=doc[i:end].text, span_id="rule:titled")
            )
            taken.update(range(i, end))
            continue
        if (
            (after_title or known or aged or alone)
            and not gaz.is_stopped(token.text, "PERSON")
            and token.lower_ not in org_heads
            and gaz.place(token.text) is None
        ):
            end = hyphen_tail(doc, i + 1)  # "Dr Prys-Jenkins"
            end = particle_tail(doc, end) if after_title else end  # "Dr Hein le Roux"
            out.append(
                Span(doc, i, end, label="PERSON", kb_id=doc[i:end].text, span_id="rule:surname")
            )
    return out


def _given_names(ents: list[Span]) -> dict[str, int]:
    """How many persons named in full (a given name and a surname) have each given name."""
    count: dict[str, int] = {}
    for name in {e.text for e in ents if e.label_ == "PERSON" and len(e) >= 2}:
        first = name.split()[0]
        if first.isalpha() and capitalised(first) and not is_title(first):
            count[first] = count.get(first, 0) + 1
    return count
