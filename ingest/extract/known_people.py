"""People known by name before a document is read: the rows of the directories in the batch
and in the store. A known full name written in a document is that person's name, whatever the
model made of it: nothing ("whose Head of Cardiac Policy, Iestyn Morgan-Bowen, attends"), a
place ("Iestyn"), an organisation, or half of it ("Iestyn Morgan"). Used by
ingest.extract.document_entities as the last of its decisions; the names reach it in the
Doc's user data (KNOWN_PEOPLE), set by the extractor for the batch it is given.

Only a name of two or more words, each in title case (lower-case particles allowed inside:
"Hein le Roux"), and no body or place the gazetteer knows ("Marie Curie"), is matched, and
only where written exactly so, as whole words. A span the model found that reaches beyond the
name is left alone: "Mary Seacole House" stays an organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.reference.names import PARTICLES, capitalised, clean_person
from ingest.extract.sentences import doc_text, token_starts, token_texts

KNOWN_PEOPLE = "qkg_known_people"  # doc.user_data key: the KnownPeople for this document
MAX_NAME_CHARS = 60
_WORD = re.compile(r"[^\W\d_]+")
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")


class KnownPeople:
    """Full names to find in documents, looked up by their first word.

    >>> known = KnownPeople(["Dr Iestyn Morgan-Bowen", "Ann", "hein le Roux", "Hein le Roux"])
    >>> sorted(known.names)
    ['Hein le Roux', 'Iestyn Morgan-Bowen']
    """

    def __init__(
        self,
        names: Iterable[str],
        is_body: Callable[[str], bool] | None = None,
        present: set[str] | None = None,
    ) -> None:
        """`present`: the words of the documents to be read (words_in), when known: a name
        neither of whose first two words is one of them is passed over at once."""
        self._by_first: dict[str, list[str]] = {}
        for raw in names:
            if present is not None and not any(w in present for w in _WORD.findall(raw)[:2]):
                continue
            name = clean_person(_BRACKETED.sub("", raw))  # "Ann Bell (NHS Fife)": one of two
            if not _name_shaped(name) or (is_body is not None and is_body(name)):
                continue
            first = name.split()[0].split("-")[0]
            starting = self._by_first.setdefault(first, [])
            if name not in starting:
                starting.append(name)
        for starting in self._by_first.values():
            starting.sort(key=len, reverse=True)  # the longest name written there wins

    @property
    def names(self) -> set[str]:
        return {name for starting in self._by_first.values() for name in starting}

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def found(self, doc: Doc) -> list[Span]:
        """Each known name written in full in `doc`, as a PERSON span."""
        text = doc_text(doc)
        out: list[Span] = []
        for word, start in zip(token_texts(doc), token_starts(doc), strict=True):
            for name in self._by_first.get(word, ()):
                end = start + len(name)
                if text.startswith(name, start) and (
                    end == len(text) or not (text[end].isalnum() or text[end] == "-")
                ):
                    span = doc.char_span(start, end, label="PERSON")
                    if span is not None:
                        out.append(span)
                        break
        return out

    def spans(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """`ents` with each known name found in `doc` a PERSON, replacing the spans that lay
        inside it; a name inside a longer span is left to that span."""
        found = self.found(doc)
        if not found:
            return ents
        kept = list(ents)
        for name in found:
            overlapping = [e for e in kept if e.start < name.end and name.start < e.end]
            if any(e.start < name.start or e.end > name.end for e in overlapping):
                continue  # part of a longer name the model found
            if any(e.label_ == "PERSON" and len(e) == len(name) for e in overlapping):
                continue
            kept = [e for e in kept if e not in overlapping]
            kept.append(name)
        return filter_spans(kept)


def words_in(texts: Iterable[str]) -> set[str]:
    """The words written in some texts, for KnownPeople's `present`.

    >>> sorted(words_in(["Dr Ann Bell-Jones, 2024", "ann"]))
    ['Ann', 'Bell', 'Dr', 'Jones', 'ann']
    """
    return {word for text in texts for word in _WORD.findall(text)}


def _name_shaped(name: str) -> bool:
    """Two or more words, each in title case or a particle, within the length of a name."""
    words = name.split()
    return (
        2 <= len(words) <= 5
        and len(name) <= MAX_NAME_CHARS
        and capitalised(words[0])
        and capitalised(words[-1])
        and all(capitalised(w) or w in PARTICLES for w in words)
        and not any(c.isdigit() for c in name)
    )
