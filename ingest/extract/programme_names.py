"""Names that a text shows to be a programme's, not a body's (used by
ingest.extract.document_entities and ingest.extract.person_spans): a name followed by a
programme's head noun ("… family weight management programme"), or set beside a description
of it as one ("QualityWatch, the joint research programme of …"); and the person-shaped names
the document writes, somewhere, before such a head noun (a programme's wherever it stands)."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from graph.reference.words import STOP_WORDS
from ingest.extract.org_shape import PROGRAMME_HEADS
from ingest.extract.sentences import doc_text, token_starts


def names_a_programme(doc: Doc, end: int) -> bool:
    """Whether a name is followed, after at most four lower-case words, by a programme's
    head noun ("… family weight management programme", "… pilot"), not a role ("programme
    lead")."""
    for k in range(end, min(end + 5, len(doc))):
        token = doc[k]
        if not (token.is_alpha and token.is_lower) or token.lower_ in STOP_WORDS:
            return False  # "Ann Bell led the review": a sentence, not a programme's name
        if token.lower_ in PROGRAMME_HEADS:
            after = doc[k + 1] if k + 1 < len(doc) else None
            return after is None or after.lower_ not in ROLE_AFTER
    return False


ROLE_AFTER = frozenset({"lead", "leads", "manager", "director", "officer", "coordinator", "board"})


POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def described_as_programme(doc: Doc, end: int) -> bool:
    """Whether a name is set beside a description of it as a programme, in apposition
    ("QualityWatch, the joint research programme of …", "Improving Quality Together (IQT),
    the national quality improvement learning framework for NHS Wales")."""
    k = end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3  # its short form: "(IQT)"
    elif k < len(doc) and doc[k].text == ")":
        k += 1  # (the span took the short form's opening bracket and letters)
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("the", "a", "an"):
        return False
    for j in range(k + 2, min(k + 10, len(doc))):
        token = doc[j]
        if token.lower_ in PROGRAMME_HEADS:  # (not "the service's improvement manager")
            return j + 1 >= len(doc) or doc[j + 1].lower_ not in ROLE_AFTER | POSSESSIVE
        if not token.is_alpha or not (token.is_lower or token.ent_type_ in ("NORP", "NATION_ADJ")):
            return False
    return False


MENTIONS_READ = 20  # a name's mentions looked at for a programme's head noun after it


def programme_named(doc: Doc, names: set[str]) -> set[str]:
    """The names of two words or more the document writes, somewhere, before a programme's
    head noun ("the Strong Valleys community development programme"): a programme's name
    wherever it stands ("Strong Valleys funded four workers")."""
    found: set[str] = set()
    text, starts = doc_text(doc), token_starts(doc)
    for name in (n for n in names if len(n.split()) >= 2):
        at = text.find(name)
        for _ in range(MENTIONS_READ):
            if at < 0:
                break
            end = bisect.bisect_left(starts, at + len(name))  # the token after the name
            if end < len(starts) and names_a_programme(doc, end):
                found.add(name)
                break
            at = text.find(name, at + 1)
    return found
