"""A post named by the body that holds it, before the person in it ("Hywel Dda's Community
Pharmacy Lead, Anwen Tudur-Harries", "Community Pharmacy Wales's Services Development
Pharmacist, Jagdeep Sohal-Evans"): the owner is the person's organisation, never a person,
and its possessive is no part of the role (used by ingest.extract.people_lists).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.extract.name_parts import ROLE_HEADS
from ingest.extract.people_line_parts import PersonEntry

_OWNER = re.compile(r"(?P<owner>[A-Z].*?)['’]s?")  # a possessive name: "Hywel Dda's"
_OWNED_ROLE = re.compile(  # "NHS Fife's Lead Nurse": the body, then the post
    r"(?P<owner>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|and|for|the|&))*?)['’]s\s+(?P<post>\S.*)"
)


def owned_posts(entries: list[PersonEntry]) -> list[PersonEntry]:
    """`entries` with each post its owner names put with the person who holds it: "Hywel
    Dda's" (read as a name) with its role, then the person alone, make one entry; a role
    "NHS Fife's Lead Nurse" is the post "Lead Nurse" at NHS Fife.

    >>> e = owned_posts([PersonEntry("Hywel Dda's", "Pharmacy Lead", end=25, name_end=11),
    ...     PersonEntry("Anwen Tudur", start=27, end=38, name_start=27, name_end=38)])
    >>> [(p.name, p.role, p.organisations, p.start) for p in e]
    [('Anwen Tudur', 'Pharmacy Lead', ('Hywel Dda',), 0)]
    >>> [(p.role, p.organisations) for p in owned_posts([PersonEntry("Ann Bell",
    ...     "NHS Fife's Lead Nurse")])]
    [('Lead Nurse', ('NHS Fife',))]
    >>> [(p.role, p.organisations) for p in owned_posts([PersonEntry("Ann Bell",
    ...     "Director of Women and Children's Services")])]
    [("Director of Women and Children's Services", ())]
    """
    out: list[PersonEntry] = []
    i = 0
    while i < len(entries):
        entry = entries[i]
        owner = _OWNER.fullmatch(entry.name) if entry.name.endswith(("'s", "’s")) else None
        held = entries[i + 1] if i + 1 < len(entries) else None
        if owner and entry.role and held is not None and not held.role:
            bodies = (owner["owner"], *held.organisations)
            out.append(replace(held, role=entry.role, organisations=bodies, start=entry.start))
            i += 2
            continue
        owned = _OWNED_ROLE.fullmatch(entry.role) if not entry.organisations else None
        if owned and _a_post(owned["post"]) and not _a_post(owned["owner"]):
            entry = replace(entry, role=owned["post"], organisations=(owned["owner"],))
        out.append(entry)
        i += 1
    return out


def _a_post(words: str) -> bool:
    """Whether words end on a post's head word ("Community Pharmacy Lead"), or open with one
    ("Director of Women and Children" is a post, no owner).

    >>> _a_post("Services Development Pharmacist"), _a_post("Director of Women and Children")
    (True, True)
    >>> _a_post("Community Pharmacy Wales")
    False
    """
    said = words.lower().split()
    return bool(said) and (said[-1] in ROLE_HEADS or said[0] in ROLE_HEADS)
