"""Name normalisation shared by extraction and resolution.

>>> clean_person("Dr. Aileen Murray's")
'Aileen Murray'
>>> clean_person("Murray, Aileen")
'Aileen Murray'
>>> clean_org("the King's Fund's")
"King's Fund"
>>> PersonName.parse("A. Murray").initials_only
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.model import fold

TITLES = frozenset(
    """dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss mx mx. dame sir cllr
    cllr. councillor rev rev. reverend lord lady baroness baron the rt hon hon. hon sister
    nurse""".split()
)
SUFFIXES = frozenset("""obe mbe cbe frcgp frcp frcn frcpsych phd md msc mba rn bsc jr sr""".split())
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = ' \t\n,.;:()[]"“”‘’-–—'


def strip_possessive(text: str) -> str:
    text = text.strip()
    if text.endswith(("'s", "’s")):
        return text[:-2].rstrip()
    if text.endswith(("s'", "s’")):
        return text[:-1]
    return text


def clean_span_text(text: str) -> str:
    """Collapse white space, strip edge punctuation, a leading article and a trailing 's."""
    text = _SPACE.sub(" ", text).strip(_EDGE_PUNCT)
    if text[:4].lower() == "the ":
        text = text[4:]
    return strip_possessive(text).strip(_EDGE_PUNCT)


def clean_org(text: str) -> str:
    return clean_span_text(text)


def clean_person(text: str) -> str:
    """Drop titles, honours and possessives; turn "Surname, Given" into "Given Surname"."""
    text = clean_span_text(text)
    if text.count(",") == 1:
        left, right = (part.strip() for part in text.split(","))
        if left and right and " " not in left and right.split()[0].lower() not in SUFFIXES:
            text = f"{right} {left}"
    tokens = [t for t in text.split() if t]
    while tokens and tokens[0].lower().rstrip(".") in {t.rstrip(".") for t in TITLES}:
        tokens.pop(0)
    while tokens and tokens[-1].lower().strip(".,") in SUFFIXES:
        tokens.pop()
    return " ".join(tokens).strip(_EDGE_PUNCT)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split for matching: given names (or initials) and surname."""

    given: tuple[str, ...]  # folded
    surname: str  # folded

    @classmethod
    def parse(cls, name: str) -> PersonName:
        tokens = clean_person(name).replace(".", ". ").split()
        folded = [fold(t) for t in tokens]
        folded = [t for t in folded if t]
        if not folded:
            return cls((), "")
        # keep particles with the surname: "van der Berg", "de Souza", "Mac an t-Saoir"
        surname_parts = [folded.pop()]
        while folded and folded[-1] in {"van", "von", "der", "de", "da", "di", "le", "la", "mac"}:
            surname_parts.insert(0, folded.pop())
        return cls(tuple(folded), " ".join(surname_parts))

    @property
    def initials_only(self) -> bool:
        return bool(self.given) and all(len(g) == 1 for g in self.given)

    @property
    def first_initial(self) -> str:
        return self.given[0][0] if self.given else ""

    @property
    def is_full(self) -> bool:
        return bool(self.given) and not self.initials_only
