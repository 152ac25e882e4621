"""Acronyms and short names a document defines: "Full Name (ACR)" and "Southern Health and
Social Care Trust (Southern Trust)". Resolution then knows the short form as the full name.

>>> acronym_definitions("the Ethnic Minorities and Youth Support Team Wales (EYST)")
{'EYST': 'Ethnic Minorities and Youth Support Team Wales'}
>>> acronym_definitions("United Lincolnshire Hospitals NHS Trust (ULHT)")
{'ULHT': 'United Lincolnshire Hospitals NHS Trust'}

A trust's acronym often leaves out its closing kind words ("NHS Trust", "NHS Foundation
Trust"), and a mixed-case one spells only its capitals:

>>> acronym_definitions("The Westbay and Telford Hospital NHS Trust (WaTH)")
{'WaTH': 'Westbay and Telford Hospital NHS Trust'}

An acronym may come in two all-capital words:

>>> acronym_definitions("The North East Coast Academic Health Science Network (NEC AHSN)")
{'NEC AHSN': 'North East Coast Academic Health Science Network'}
"""

from __future__ import annotations

import re
from functools import lru_cache

_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|and|for|the|in|on|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|in|on|&)){0,9})"
    r"\s+\(([A-Z]{2,9}\s[A-Z]{2,9}|[A-Z][A-Za-z&]{1,9})\)"  # "(NWC AHSN)" or "(EYST)"
)
_JOINERS = {"of", "and", "for", "the", "in", "on", "&"}
_KIND_TAIL = frozenset({"NHS", "HSC", "Trust", "Foundation", "FT"})


def _named_part(words: list[str]) -> list[str]:
    """The words without the closing kind words ("Westbay Hospital" of "Westbay Hospital NHS
    Trust")."""
    end = len(words)
    while end > 1 and words[end - 1] in _KIND_TAIL:
        end -= 1
    return words[:end]


def _initials(words: list[str]) -> str:
    out = []
    for word in words:
        if word in _JOINERS:
            continue
        if word.isupper() and len(word) > 1 and word.isalpha():
            out.append(word)
        else:
            out.append(word[0])
    return "".join(out).upper()


def _groups(words: list[str]) -> list[tuple[str, ...]]:
    """What each word may give an acronym: an initial, or all its letters when it is one
    itself ("NHS": "N" or "NHS")."""
    out: list[tuple[str, ...]] = []
    for word in words:
        if word in _JOINERS:
            continue
        first = word[0].upper()
        whole = word if word.isupper() and len(word) > 1 and word.isalpha() else first
        out.append((first, whole) if whole != first else (first,))
    return out


def _abbreviates(letters: str, words: list[str]) -> bool:
    """The letters spell the words' initials (an acronym word in full or by its initial),
    leaving out at most one inner word ("NIHR" for N-I-H-C-R, "ULHT" for U-L-H-NHS-T)."""
    groups = _groups(words)

    def spell(at: int, gi: int, skips: int) -> bool:
        if gi == len(groups):
            return at == len(letters)
        if 0 < gi < len(groups) - 1 and skips and spell(at, gi + 1, skips - 1):
            return True
        return any(
            letters.startswith(option, at) and spell(at + len(option), gi + 1, skips)
            for option in groups[gi]
        )

    return bool(groups) and spell(0, 0, 1)


def _subsequence(letters: str, initials: str) -> bool:
    """ "EYST" in E-M-Y-S-T-W: same first letter, in order, at most two words left out."""
    if not initials or letters[0] != initials[0] or len(initials) - len(letters) > 2:
        return False
    rest = iter(initials)
    return all(ch in rest for ch in letters)


def acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms a text defines as "Full Name (ACR)": the shortest tail of words that spells it.
    Also short names defined the same way: "Southern Health and Social Care Trust (Southern
    Trust)", whose words all occur, in order, in the full name.

    >>> acronym_definitions("the Ethnic Minorities and Youth Support Team Wales (EYST)")
    {'EYST': 'Ethnic Minorities and Youth Support Team Wales'}
    >>> acronym_definitions("the Q Improvement Lab (Q Lab)")
    {'Q Lab': 'Q Improvement Lab'}
    """
    return dict(_definitions(text))  # a copy: the caller may change it


@lru_cache(maxsize=4)
def _definitions(text: str) -> dict[str, str]:
    """acronym_definitions, read once per text: a document's text is asked for by the entity
    step, the references step and the prose reader in turn."""
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        letters = acronym.replace("&", "").replace(" ", "")
        letters = (
            "".join(ch for ch in letters if ch.isupper()) if not letters.isupper() else letters
        )
        tails = [
            words[start:] for start in range(len(words) - 1, -1, -1) if words[start] not in _JOINERS
        ]
        tail = next(
            (t for t in tails if _abbreviates(letters, t) or _abbreviates(letters, _named_part(t))),
            None,
        ) or next((t for t in tails if len(t) >= 3 and _subsequence(letters, _initials(t))), None)
        if tail:
            found.setdefault(acronym, " ".join(tail))
    for match in _SHORT_NAME.finditer(text):
        full, short = match.group(1).split(), match.group(2).split()
        for start in range(len(full) - 1, -1, -1):
            if full[start] != short[0]:
                continue
            rest = iter(full[start + 1 :])
            if len(full) - start > len(short) and all(w in rest for w in short[1:]):
                found.setdefault(" ".join(short), " ".join(full[start:]))
            break
    return found


_SHORT_NAME = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|and|for|the|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|the|&)){1,9})"
    r"\s+\(((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]+){1,3})\)"
)
