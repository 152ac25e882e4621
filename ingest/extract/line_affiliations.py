"""A name alone on its line, and on the next line the person's role and organisation (used by
ingest.extract.affiliations): award finalists, speaker lists, witnesses and contacts laid out as

    Morag Keillor
    Advanced Nurse Practitioner, NHS Lanarkshire

The next line with text must be short, name no person, and say no more than a role and the
bodies it is held at (no verb; "former" or "previously" mark a past role and give nothing). A
line of fields parted by bars or middle dots (a profile's headline: "Role at O1 | Q member |
Role, O2") is read field by field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span

from graph.reference.names import TITLES, is_post_nominal
from ingest.extract.body_banners import BANNER_PARTS
from ingest.extract.sentences import doc_text, ents_of, starting

POST_NOMINAL_WORDS = 5  # "FRCP Edin", "MB ChB FRCGP": letters, not a role
ROLE_LINE_WORDS = 16  # a longer next line (or field of it) is prose, not a role line
GLUE = frozenset({"of", "for", "and", "&", "the", "in"})
PAST = frozenset({"former", "formerly", "previously", "retired", "until", "ex"})
VERBS = frozenset("said says is was has have had will are were said:".split())
Found = tuple[Span, Span, str]
ALONE_CHARS = 160  # titles and post-nominals beside a name never run longer


def _line(text: str, char: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return start, len(text) if end < 0 else end


def _alone(person: Span, text: str) -> bool:
    """Nothing but titles, post-nominals and punctuation shares the person's line."""
    start, end = _line(text, person.start_char)
    if person.start_char - start + end - person.end_char > ALONE_CHARS:
        return False  # more than titles and letters (and no re-reading of a long line per name)
    rest = text[start : person.start_char].split() + text[person.end_char : end].split()
    return all(
        w.lower().rstrip(".") in TITLES or w.isupper() or not any(c.isalnum() for c in w)
        for w in rest
    )


def _fields(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The line's fields, parted by bars or middle dots ("Associate Director of QI at Barts
    Health NHS Trust | Q member | Honorary Senior Lecturer, Queen Mary University of London"),
    as character offsets without the spaces around them; the whole line when it has none."""
    out, a = [], start
    for match in BANNER_PARTS.finditer(text, start, stop):
        out.append((a, match.start()))
        a = match.end()
    out.append((a, stop))
    return [(x, y) for x, y in out if y > x]


class LineAffiliations:
    def __init__(self, is_role: Callable[[str], bool], role_heads: frozenset[str]) -> None:
        self.is_role = is_role
        self.role_heads = role_heads

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
            for a, b in _fields(text, start, stop):
                field = doc.char_span(a, b, alignment_mode="expand")
                if field is not None and len(field):
                    for org in self._role_field(field, persons, orgs):
                        yield person, org, "rule:name-line,role-line"

    def _role_field(self, line: Span, persons: list[Span], orgs: list[Span]) -> list[Span]:
        """The bodies of a role line (or of one field of it), if it says no more than a role."""
        line = _past_post_nominals(line)
        if len(line.text.split()) > ROLE_LINE_WORDS or starting(persons, line.start, line.end):
            return []
        if any(t.lower_ in PAST | VERBS or t.text in (".", "!", "?") for t in line[:-1]):
            return []  # a past role, or a sentence rather than a role line
        found = [o for o in starting(orgs, line.start, line.end) if o.end <= line.end]
        if not found:
            return []
        first = line[0]
        lead = line.doc[first.i : found[0].start]
        role = self.is_role(first.lower_) or (  # "Cabinet Member for Health …, Wigan Council"
            any(t.lower_ in self.role_heads for t in lead)
            and all(t.is_title or t.is_punct or t.lower_ in GLUE for t in lead)
        )
        return found if first.i == found[0].start or role else []


def _past_post_nominals(line: Span) -> Span:
    """A role line after the letters set before it ("FRCP Edin; Consultant in Acute
    Medicine, Forth Valley Royal Hospital"): from the word after their semicolon."""
    cut = next((t.i for t in line if t.text == ";"), None)
    if cut is None or cut + 1 >= line.end or not is_post_nominal(line[0].text):
        return line
    letters = line.doc[line.start : cut]
    if len(letters) > POST_NOMINAL_WORDS or not all(t.text[:1].isupper() for t in letters):
        return line
    return line.doc[cut + 1 : line.end]
