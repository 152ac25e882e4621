"""People's names: the forms a name is recognised by, the pseudonym a withheld person is kept
under, and the redaction of withheld names from text.

A pseudonym is derived from the folded name (a SHA-256 digest with a fixed prefix), so the same
person gets the same one in both stores and in any order of ingest. It is a pseudonym, not
anonymity: someone who guesses the name can compute it and confirm the guess. It exists so
that no name can be read, while the questions can still count the person.

>>> sorted(name_forms("Dr Kevin James Doyle"))
['k doyle', 'kevin doyle', 'kevin james doyle']
>>> is_pseudonym(pseudonym("kevin doyle")), len(pseudonym("kevin doyle"))
(True, 21)
>>> withheld = {"kevin doyle", "k doyle"}.__contains__
>>> redact = NameRedactor(withheld, single={"doyle", "kevin"}, others={"tom doyle"})
>>> redact("Dr Kevin Doyle's team met K. Doyle; Doyle and Tom Doyle spoke. However Kevin left.")
"Dr [name withheld]'s team met [name withheld]; [name withheld] and Tom Doyle spoke. However \
[name withheld] left."
>>> redact("Kevin Doyle House, the Doyle Trust and the Kevin Doyle Centre", )
'[name withheld] House, the Doyle Trust and the [name withheld] Centre'
>>> NameRedactor(withheld, kept={"kevin doyle centre"})("at the Kevin Doyle Centre")
'at the Kevin Doyle Centre'
>>> NameRedactor(withheld, {"doyle"}, words={"kevin", "doyle", "k"})("Doyle's view")
"[name withheld]'s view"

"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from graph.model import fold
from graph.reference.names import FOLDED_PARTICLES, TITLES, PersonName, clean_person

NAME_MASK = "[name withheld]"
PSEUDONYM_PREFIX = "withheld-"
_TITLE_WORDS = frozenset(t.rstrip(".") for t in TITLES)

# a word that may be part of a name: letters, with inner apostrophes and hyphens (O'Neill,
# Mary-Jane), and an optional possessive that is not part of the name
_WORD = re.compile(r"[^\W\d_]\w*(?:['’-][^\W\d_]\w*)*")
_POSSESSIVE = re.compile(r"['’]s\b")
_GAP = re.compile(r"\s+|\.\s*")  # between the words of one name: space, or an initial's stop


def pseudonym(form: str) -> str:
    """The name a withheld person is kept under, from their folded name."""
    return PSEUDONYM_PREFIX + _digest(f"person|{form}", 12)


def is_pseudonym(name: str) -> bool:
    return name.startswith(PSEUDONYM_PREFIX)


@lru_cache(maxsize=262_144)
def form_hash(form: str) -> str:
    """How a withheld person's name form is kept, so that a later mention can be recognised."""
    return _digest(f"name|{form}", 16)


def _digest(text: str, size: int) -> str:
    return hashlib.sha256(f"qkg|{text}".encode()).hexdigest()[:size]


@lru_cache(maxsize=65_536)
def name_forms(name: str) -> frozenset[str]:
    """The folded forms a person's name is recognised by: the whole name, the first given name
    with the surname, and the first initial with the surname (when the name has both parts)."""
    whole = fold(clean_person(name))
    forms = {whole} if " " in whole else set()
    parsed = PersonName.parse(name)
    if parsed.given and parsed.surname:
        forms.add(" ".join((*parsed.given, parsed.surname)))
        forms.add(f"{parsed.first_initial} {parsed.surname}")
        if parsed.is_full:
            forms.add(f"{parsed.given[0]} {parsed.surname}")
    return frozenset(f for f in forms if f)


@lru_cache(maxsize=65_536)
def name_parts(name: str) -> frozenset[str]:
    """The single words a name is also called by (the first given name and the surname)."""
    parsed = PersonName.parse(name)
    parts = {parsed.surname} if parsed.surname and " " not in parsed.surname else set()
    if parsed.is_full:
        parts.add(parsed.given[0])
    return frozenset(parts)


class NameRedactor:
    """Replaces the names of withheld people in text with NAME_MASK.

    A run of capitalised words ("However Dr Kevin Doyle") is checked part by part, the longest
    first. A part of two or more words is left alone when it is in `kept` (what may be shown:
    an organisation's or place's name, "Aneurin Bevan University Health Board"), withheld when
    `withheld(folded part)` says so, and otherwise left alone when it is in `others` (another
    person's name, so that "Tom" withheld leaves "Tom Hargreaves" be). A single word is withheld
    when it is in `single`, is not part of a name decided, and ends its run ("Doyle said",
    "Dr Doyle", never "Simon Community").
    """

    def __init__(
        self,
        withheld: Callable[[str], bool],
        single: Collection[str] = (),
        kept: Collection[str] = (),
        others: Collection[str] = (),
        words: Collection[str] | None = None,
    ) -> None:
        """`words`, when known: every word of every withheld name (a text with none of them
        is left as it is without being read word by word)."""
        self.withheld = withheld
        self.single = frozenset(single)
        self.kept = frozenset(kept)
        self.others = frozenset(others)
        self.words = None if words is None else frozenset(words) | self.single

    def __call__(self, text: str) -> str:
        if self.words is not None:
            if not self.words:  # no name can be withheld
                return text
            plain = _POSSESSIVE.sub(" ", text)
            if self.words.isdisjoint(fold(plain).split()):
                return text
        spans = list(self.spans(text))
        for start, end in reversed(spans):
            text = f"{text[:start]}{NAME_MASK}{text[end:]}"
        return text

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each withheld name in `text`, in order."""
        for run in runs_of(text):
            decided: list[tuple[int, int, bool]] = []  # (first word, last word + 1, withheld)
            for size in range(len(run), 1, -1):
                for i in range(len(run) - size + 1):
                    if any(i < e and s < i + size for s, e, _w in decided):
                        continue
                    form = " ".join(w for _s, _e, w in run[i : i + size])
                    if form in self.kept:
                        decided.append((i, i + size, False))
                    elif self.withheld(form):
                        decided.append((i, i + size, True))
                    elif form in self.others:
                        decided.append((i, i + size, False))
            last = len(run) - 1
            word = run[last][2] if run else ""
            free = not any(s <= last < e for s, e, _w in decided)
            if free and word in self.single and word not in self.kept:
                decided.append((last, last + 1, True))
            for s, e, withheld in sorted(decided):
                if withheld:
                    yield run[s][0], run[e - 1][1]


def pairs_of(words: list[str]) -> set[str]:
    """Each pair of adjacent words, as "first second"."""
    return {f"{a} {b}" for a, b in pairwise(words)}


def word_pairs(texts: Iterable[str]) -> set[str]:
    """Every pair of adjacent words in the runs of these texts a name may be found in (a
    name of two or more words is in a text only if each of its pairs of words is)."""
    found: set[str] = set()
    for text in texts:
        for run in runs_of(text):
            found |= pairs_of(" ".join(w for _s, _e, w in run).split())
    return found


Run = tuple[tuple[int, int, str], ...]  # (start, end, folded word) of each word


@lru_cache(maxsize=32_768)
def runs_of(text: str) -> tuple[Run, ...]:
    """The runs of `text` (see `_runs`), read once per text: the store's scrub, each of the
    graph's rewriters and the word pairs all read the same sentences.

    >>> runs_of("met Dr. K. Doyle's team")
    (((4, 6, 'dr'), (8, 9, 'k'), (11, 16, 'doyle')),)
    """
    return tuple(tuple(run) for run in _runs(text))


def _runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Runs of words that may be a name, as (start, end, folded word): capitalised words (and
    name particles between them) with only spaces, or an initial's full stop, between them."""
    run: list[tuple[int, int, str]] = []
    last_end = -1
    for match in _WORD.finditer(text):
        word = match.group(0)
        if not run and not word[0].isupper():
            last_end = match.end()  # a lower-case word outside a run: no name starts here
            continue
        stem = word[:-2] if word.endswith(("'s", "’s")) else word
        end = match.start() + len(stem)
        folded = fold(stem)
        capital = word[0].isupper()
        joined = run and _GAP.fullmatch(text[last_end : match.start()]) is not None
        if joined and text[last_end : match.start()].startswith("."):
            joined = len(run[-1][2]) == 1 or run[-1][2] in _TITLE_WORDS  # "K. Doyle", "Dr. K"
        if capital or (joined and folded in FOLDED_PARTICLES):
            if not joined and run:
                yield _trim(run)
                run = []
            run.append((match.start(), end, folded))
        elif run:
            yield _trim(run)
            run = []
        last_end = match.end()
        if capital and stem != word:  # "Doyle's" ends the name
            yield _trim(run)
            run = []
            last_end = -1
    if run:
        yield _trim(run)


def _trim(run: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    while run and run[-1][2] in FOLDED_PARTICLES:
        run = run[:-1]
    return run
