"""The one rule for matching words against documents' text: a question's parts that name no
topic (query.text_scope) and the topics a curator accepted from the text (graph.derive.
open_topics) are both found in passages and titles by it.

A passage (or title) **matches** a part when it has the part's most distinctive word and words
making up at least half of the part's weight; each word (graph.reference.words.terms) weighs
the square of its inverse document frequency over all passages, so in "menopause support at
work" the rare "menopause" carries the part and the common "support" and "work" add little.
Both words of a two-word part are needed, however rare one of them is: "hearing loss",
"glaucoma monitoring" (air quality monitoring is no match). A word also matches its
inflections (the same Snowball English stem and one of -s, -es, -ed, -ing, -ly away:
"gambling harm" finds "people harmed by gambling", "physical" finds "physically"), never its
derivations ("continuity" does not find "continued"). A hyphenated word is also its parts:
"gluten free diet" finds "gluten-free diet", and "gluten-free" asked finds "gluten free".
A closed compound asked finds it written as two words and the other way round: "earwax" finds
"ear wax" (and "ear-wax"), "ear wax" finds "earwax".

A word asked also matches its **negated forms** ("continence" matches "incontinence",
"inequality" answers "equality", "unemployment" answers "employment", "inactivity" answers
"activity"): work on the lack of a thing is work on the thing. Only that direction (asking
"information" never matches "formation"), only for words of at least 7 letters, and only the
prefixes in-, im-, ir-, il-, un- and non-.

The word naming a kind of condition ("disease", "disorder", "syndrome", "condition",
"illness") is not needed when others are asked with it: notes on "sickle cell disease" write
"sickle cell", on "coeliac disease" "coeliac".

A part also matches its **abbreviation** where the documents define it ("motor neurone
disease (MND)", "Huntington's disease (HD)", "tuberculosis (TB)", "myalgic encephalomyelitis /
chronic fatigue syndrome (ME/CFS)"): once some passage or title writes the part (perhaps with
another name after a slash) followed by capitals in brackets that spell its letters in order
from its first (its initials, or a short form of one word; before a slash, the first
capitals), every item that writes those capitals as a word matches the part, as notes that
spell a condition out once and then abbreviate it do.
Only the capitals count ("MS" for "multiple sclerosis", never "Ms"), and never without the
definition somewhere in the documents.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import snowballstemmer

from graph.reference.words import STOP_WORDS, terms

_STEMMER = snowballstemmer.stemmer("english")

COVERAGE = 0.5  # share of a part's word weight a passage must have
SPACED_FROM = 6  # letters a closed compound needs before it is looked for as two words
NEGATIONS = ("in", "im", "ir", "il", "un", "non", "non-")
NEGATED_FROM = 7  # letters a word needs before its negated forms count as it
_LINKING = frozenset({"and", "of", "the", "in", "for", "to", "with", "on"})
_PART_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_APOSTROPHE = re.compile(r"['’]")


@dataclass(frozen=True, slots=True)
class Title:
    """A workshop's or evidence item's title, matched like a passage but never quoted."""

    subject: str
    text: str


@dataclass(frozen=True)
class Matched:
    """What a part matched, by the one rule for both callers: the quotable passages (headings
    left out), the subjects about it (their title or a heading matches, or two passages do)
    and those that only mention it (one passage)."""

    passages: list[Any]
    about: list[str]
    mentions: list[str]


@dataclass
class TextIndex:
    """Every passage and workshop or evidence title as a set of words, with their weights."""

    items: list[Any]  # passages: anything with `subject` and `text`
    titles: dict[int, str] = field(default_factory=dict)  # item -> subject (a title item)
    words: list[frozenset[str]] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=dict)
    stems: dict[str, set[str]] = field(default_factory=dict)  # stem -> the words with it

    @classmethod
    def build(cls, passages: list[Any], titles: dict[str, str]) -> TextIndex:
        items = list(passages)
        index = cls(items)
        for subject, title in sorted(titles.items()):
            index.titles[len(items)] = subject
            items.append(Title(subject, title))
        postings: dict[str, list[int]] = defaultdict(list)
        for i, item in enumerate(items):
            found = frozenset(_split_compounds(terms(item.text), keep=True))
            index.words.append(found)
            for word in found:
                postings[word].append(i)
        index.postings = dict(postings)
        for word in index.postings:
            index.stems.setdefault(stem(word), set()).add(word)
        return index

    def inflections(self, word: str) -> list[str]:
        """The words some item has that are `word` or an inflection of it."""
        base = _base(word)
        found = {w for w in self.stems.get(stem(word), ()) if _base(w) == base}
        return sorted(found | {word})

    def variants(self, word: str) -> list[str]:
        """`word`, its inflections and its negated forms (and theirs) that some item has."""
        out = self.inflections(word)
        if len(word) >= NEGATED_FROM:
            for p in NEGATIONS:
                out += [w for w in self.inflections(p + word) if w in self.postings]
        return out

    def abbreviated(self, part: str) -> set[int]:
        """The items that write, as a word in capitals, a short form the documents define for
        `part` ("motor neurone disease (MND)", "tuberculosis (TB)"); else none. The capitals
        spell the part's letters in order from its first: its initials, or letters of one
        word ("TB"), never any capitals that happen to follow it."""
        words = _PART_WORD.findall(part)
        if not words:
            return set()
        spelled = r"[\s-]+".join(_APOSTROPHE.sub("['’]", re.escape(w)) for w in words)
        defined = re.compile(  # "tuberculosis (TB)", "myalgic encephalomyelitis / chronic
            # fatigue syndrome (ME/CFS)": another name after a slash, then the short form
            rf"(?i:{spelled})(?:\s*/\s*[\w'’ -]{{1,40}}?)?\s*\(\s*({_SHORT})s?\s*\)"
        )
        first = terms(words[0])
        candidates = self._with(first[0]) if first else range(len(self.items))
        forms = {
            found.group(1)
            for i in candidates
            for found in defined.finditer(self.items[i].text)
            if _spells(found.group(1).split("/")[0], part)
        }
        hits: set[int] = set()
        for short in forms:
            used = re.compile(rf"(?<![\w/-]){re.escape(short)}s?(?![\w/-])")
            with_it = self._with(terms(short)[-1]) if terms(short) else range(len(self.items))
            hits |= {i for i in with_it if used.search(self.items[i].text)}
        return hits

    def spaced(self, word: str) -> set[int]:
        """The items that write `word`, a closed compound, as two words ("ear wax", "ear-wax"
        for "earwax"; "walking aid" never for "walkingaid" unless written so): both halves
        words of the index, the two side by side in the item's text.

        >>> index = TextIndex.build([Title("a", "Ear wax removal in practice")], {})
        >>> index.spaced("earwax"), index.spaced("removal")
        ({0}, set())
        """
        if len(word) < SPACED_FROM or "-" in word:
            return set()
        out: set[int] = set()
        for k in range(3, len(word) - 2):
            head, tail = word[:k], word[k:]
            if head not in self.postings or tail not in self.postings:
                continue
            both = set(self._with(head)) & set(self._with(tail))
            written = re.compile(rf"\b{re.escape(head)}[\s-]+{re.escape(tail)}", re.IGNORECASE)
            out |= {i for i in both if written.search(self.items[i].text)}
        return out

    def _with(self, word: str) -> list[int]:
        """The items that have `word` or one of its inflections."""
        return sorted({i for w in self.inflections(word) for i in self.postings.get(w, [])})

    def matched(self, part: str) -> Matched | None:
        """The passages and subjects `part` matches (Matched); None when nothing does."""
        hits = self.match(part)
        if not hits:
            return None
        items = [self.items[i] for i in hits if i not in self.titles]
        passages = [p for p in items if not p.heading]  # a heading is about it, never quoted
        per_subject = Counter(p.subject for p in passages if p.subject)
        titled = {self.titles[i] for i in hits if i in self.titles}
        titled |= {p.subject for p in items if p.heading and p.subject}  # a heading names it
        about = sorted(titled | {s for s, n in per_subject.items() if n >= 2})
        return Matched(passages, about, sorted(set(per_subject) - set(about)))

    def match(self, part: str) -> list[int]:
        """The items that match `part` (see the module docstring), in index order."""
        wanted = sorted(set(_split_compounds(terms(_rejoined(part)), keep=False)))
        if set(wanted) - CONDITION_HEADS:  # "sickle cell disease" is written "sickle cell"
            wanted = [w for w in wanted if w not in CONDITION_HEADS]
        if not wanted:
            return []
        short = self.abbreviated(part)
        forms = {w: self.variants(w) for w in wanted}
        spaced = {w: self.spaced(w) for w in wanted}  # "earwax" written "ear wax"
        if len(wanted) == 2:  # "ear wax" written "earwax"
            closed = set(self._with(wanted[0] + wanted[1])) | set(self._with(wanted[1] + wanted[0]))
            spaced = {w: spaced[w] | closed for w in wanted}
        postings = {
            w: sorted({i for f in forms[w] for i in self.postings.get(f, [])} | spaced[w])
            for w in wanted
        }
        n = len(self.items)
        weight = {
            w: (math.log((n + 1) / (len(postings[w]) + 1)) + 1.0) ** 2 if postings[w] else 0.0
            for w in wanted
        }
        if not any(weight.values()):
            return []  # no passage has any of the words
        anchor = max(wanted, key=lambda w: (weight[w], w))
        total = sum(weight.values()) or 1.0

        def has(i: int, w: str) -> bool:
            return i in spaced[w] or any(f in self.words[i] for f in forms[w])

        needed = 1.0 if len(wanted) == 2 else COVERAGE  # a pair names one thing: both words
        spelled = [
            i
            for i in postings[anchor]
            if sum(weight[w] for w in wanted if has(i, w)) / total >= needed
        ]
        return sorted(set(spelled) | short)


_SHORT = r"[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7})?"  # "TB", "MND", "ME/CFS"


def _spells(short: str, part: str) -> bool:
    """Whether the capitals `short` spell letters of `part` in order, from its first: "MND"
    for "motor neurone disease", "TB" for "tuberculosis"; not "NHS" for "tuberculosis".

    >>> _spells("MND", "motor neurone disease"), _spells("TB", "tuberculosis")
    (True, True)
    >>> _spells("NHS", "tuberculosis"), _spells("BT", "tuberculosis")
    (False, False)
    """
    letters = iter(part.lower())
    return short[0].lower() == part[:1].lower() and all(c in letters for c in short.lower())


CONDITION_HEADS = frozenset(  # words naming a kind of condition, not which one
    {"disease", "disorder", "condition", "syndrome", "illness", "degeneration"}
)


def _rejoined(part: str) -> str:
    """A letter that opened a hyphenated word, set apart when the question was folded, joined
    back to it ("e cigarettes" is "e-cigarettes", "x ray" "x-ray"; "a" and "i" are words).

    >>> _rejoined("e cigarettes and x ray use")
    'e-cigarettes and x-ray use'
    """
    return _LETTER_APART.sub(r"\1-", part)


_LETTER_APART = re.compile(r"(?<![\w'’-])([b-hj-z])\s+(?=[a-z]{2,})", re.IGNORECASE)


def _split_compounds(words: list[str], keep: bool) -> list[str]:
    """`words` with each hyphenated one also as its parts (`keep`) or only as them: "gluten
    free diet" asked finds "gluten-free diet" written, and the other way round.

    >>> _split_compounds(["gluten-free", "diet"], keep=True)
    ['gluten-free', 'gluten', 'free', 'diet']
    """
    out = []
    for word in words:
        parts = [p for p in word.split("-") if len(p) > 1 and p not in STOP_WORDS]
        if keep or len(parts) < 2:
            out.append(word)
        if len(parts) > 1:
            out += parts
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word's stem: 'harmed', 'harms' -> 'harm'; 'physically' -> 'physic'."""
    return str(_STEMMER.stemWord(word))


_INFLECTIONS = ("ies", "ied", "ing", "es", "ed", "ly", "s", "d")


def _base(word: str) -> str:
    """A word without one inflection, a final e or a doubled last consonant: 'harmed',
    'harm' -> 'harm'; 'caring', 'care' -> 'car'; 'planned' -> 'plan'; 'continuity' stays.

    >>> [_base(w) for w in ("harmed", "caring", "care", "planned", "physically", "studies")]
    ['harm', 'car', 'car', 'plan', 'physical', 'studi']
    """
    for suffix in _INFLECTIONS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "i"
            break
    if word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word
