"""A name alone on its line, and on the next line the person's role and organisation (used by
ingest.extract.affiliations): award finalists, speaker lists, witnesses and contacts laid out as

    Morag Keillor
    Advanced Nurse Practitioner, NHS Lanarkshire

The next line with text must be short, name no person, and say no more than a role and the
bodies it is held at (no verb; "former" or "previously" mark a past role and give nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from graph.reference.names import TITLES
from ingest.extract.sentences import doc_text, ents_of, starting

ROLE_LINE_WORDS = 16  # a longer next line is prose, not a role line
PAST = frozenset({"former", "formerly", "previously", "retired", "until", "ex"})
VERBS = frozenset("said says is was has have had will are were said:".split())
Found = tuple[Span, Span, str]


def _line(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def _alone(person: Span, text: str) -> bool:
    """Nothing but titles, post-nominals and punctuation shares the person's line."""
    start, end = _line(text, person.start_char)
    rest = text[start : person.start_char].split() + text[person.end_char : end].split()
    return all(
        w.lower().rstrip(".") in TITLES or w.isupper() or not any(c.isalnum() for c in w)
        for w in rest
    )


class LineAffiliations:
    def __init__(self, is_role: Callable[[str], bool]) -> None:
        self.is_role = is_role

    def __call__(self, doc: Doc) -> Iterator[Found]:
        persons = [e for e in ents_of(doc) if e.label_ == "PERSON"]
        orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        text = doc_text(doc)
        if not persons or not orgs or "\n" not in text:
            return
        for person in persons:
            if not _alone(person, text):
                continue
            _, end = _line(text, person.start_char)
            while end + 1 < len(text) and text[end + 1] == "\n":
                end += 1  # the next line with text (readers keep a blank line between blocks)
            if end + 1 >= len(text):
                continue
            start, stop = _line(text, end + 1)
            line = doc.char_span(start, stop, alignment_mode="expand")
            if line is None or not len(line) or len(line.text.split()) > ROLE_LINE_WORDS:
                continue
            if starting(persons, line.start, line.end):
                continue
            if any(t.lower_ in PAST | VERBS or t.text in (".", "!", "?") for t in line[:-1]):
                continue  # a past role, or a sentence rather than a role line
            found = [o for o in starting(orgs, line.start, line.end) if o.end <= line.end]
            first = line[0]
            if found and (first.i == found[0].start or self.is_role(first.lower_)):
                for org in found:
                    yield person, org, "rule:name-line,role-line"
