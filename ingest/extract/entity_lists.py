"""Names decided by the list they stand in (used by ingest.extract.document_entities): in a
list with persons a name shaped like a person's is one ("authored by Therese Lloyd, Arne
Wolters and Adam Steventon"), two title-case words between listed persons are a person, and in
a list with organisations a name is an organisation ("with Family Action, Healthy London
Partnership and Together Creative"). A name with a job title's or a body's word in it is
never made a person this way ("Michelle Doyle, Homeless Nurse, Labre Hub", "Ann Box,
Respiratory Nurse Specialist, Westbay Hospital": a list of one person's parts).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span

from graph.reference.names import capitalised

LIST_GLUE = frozenset({",", "and", "&"})


def listed_with_persons(ents: list[Span], not_names: frozenset[str] = frozenset()) -> set[str]:
    """Names in a list with persons ("authored by Therese Lloyd, Arne Wolters and Adam
    Steventon"): the model's ORG there is a person when it is shaped like one."""
    out: set[str] = set()
    for a, b in pairwise(ents):
        gap = a.doc[a.end : b.start]
        if not len(gap) or len(gap) > 2 or any(t.text not in LIST_GLUE for t in gap):
            continue
        for one, other in ((a, b), (b, a)):
            words = [t for t in one if t.is_alpha]
            if one.start > 0 and one.doc[one.start - 1].lower_ in ("of", "at", "for"):
                continue  # "Chief Executive of Mental Health Matters, Jane Hughes said"
            if (
                other.label_ == "PERSON"
                and one.label_ == "ORG"
                and 2 <= len(words) <= 3
                and all(capitalised(t.text) and t.lower_ not in not_names for t in words)
            ):
                out.add(one.text)
    return out


def names_in_lists_of_persons(
    doc: Doc, ents: list[Span], not_names: frozenset[str] = frozenset()
) -> list[Span]:
    """Two title-case words the model left out, between persons in a list: "Carlotta Greci,
    Creina Lilburne, Stephen O’Neill"."""
    persons = sorted((e for e in ents if e.label_ == "PERSON"), key=lambda e: e.start)
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for a, b in pairwise(persons):
        gap = doc[a.end : b.start]
        if not 4 <= len(gap) <= 5:
            continue
        inner = [t for t in gap if t.text not in LIST_GLUE]
        glue_ok = gap[0].text == "," and gap[-1].text in LIST_GLUE
        if (
            glue_ok
            and len(inner) == 2
            and all(capitalised(t.text) and t.is_alpha and t.i not in taken for t in inner)
            and not any(t.lower_ in not_names for t in inner)
            and inner[1].i == inner[0].i + 1
        ):
            span = doc[inner[0].i : inner[1].i + 1]
            out.append(Span(doc, span.start, span.end, label="PERSON", span_id="rule:listed"))
    return out


def listed_with_organisations(weak: list[Span], accepted: list[Span]) -> list[Span]:
    """Names in a list with organisations are organisations too: "in collaboration with
    Family Action, Healthy London Partnership and Together Creative"."""
    orgs = [e for e in accepted if e.label_ == "ORG"]
    out = []
    for span in weak:
        doc = span.doc
        for org in orgs:
            gap = doc[org.end : span.start] if org.end <= span.start else doc[span.end : org.start]
            if len(gap) and len(gap) <= 2 and all(t.text in (",", "and", "&") for t in gap):
                out.append(span)
                break
    return out
