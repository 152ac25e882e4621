"""People listed in groups, each under a label naming the group (used by
ingest.extract.people_blocks): a sign-in sheet typed out by setting, a list of who came set
out by organisation,

    Who came
      Ysgol Maes Derwen
          Siân Ellis-Rowlands (Headteacher; hosted)
          Gethin Parry (ALNCo; these notes)
      ACE Hub Wales
          Tegwen Morris (Training and Development Lead)

The labels are headings inside the people part (their meaning is the part's) over lines most
of which are people's. A label is no one's name, and when it names a body (known, with a
body's head word, an acronym, or a proper name of two words or more) the people under it with
no organisation of their own work there; a label naming a group of people ("Patients and
carers", "Online", "Clinicians") gives them none.

A part may also say once where everyone in it works ("All from Potteries Healthy Lifestyles
CIC unless shown.", "(all NHS Tayside unless stated)"): its people with no organisation of
their own work there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.reference.gazetteer import Gazetteer
from ingest.extract.listed import Listed
from ingest.extract.org_shape import BODY_END
from ingest.extract.people_affiliations import classify, org_text
from ingest.extract.people_lists import people_share
from ingest.extract.people_names import tokenize
from ingest.extract.people_tables import PEOPLE_ROLES, SHARE
from ingest.extract.sections import Section

BODY_KINDS = frozenset({"ORG", "ACRONYM"})
_STATED = re.compile(  # "All from X unless shown", "Everyone is from X unless otherwise stated"
    r"(?:^|\()\s*(?:all|everyone|everybody)(?:\s+(?:attendees|members|participants|are|is|were|"
    r"was))*\s+(?:from|of|at|with|work(?:s|ing)?\s+(?:at|for|in))?\s*(?:the\s+)?(?P<body>[^,;()]+?)"
    r"(?:\s+(?:staff|colleagues|employees))?,?\s+unless\s+(?:otherwise\s+)?(?:stated|shown|"
    r"noted|given|indicated|specified|marked|said)\b",
    re.IGNORECASE,
)
STATED_CHARS = 200  # a line saying where everyone works is short


def labels_group(section: Section, lines: list[str], gaz: Gazetteer) -> bool:
    """Whether a section's heading labels a group of the people listed under it: the heading
    says nothing of its own (its meaning is its people part's) and most lines under it are
    people's."""
    return (
        section.heading >= 0
        and section.said != section.heading
        and section.role in PEOPLE_ROLES
        and people_share(lines, gaz) >= SHARE
    )


def group_body(label: str, gaz: Gazetteer) -> str:
    """The body a group's label names, before any unit after it, or "" when it names none.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> group_body("BCUHB - School Nursing, Wrexham locality", gaz)
    'BCUHB'
    >>> group_body("Wrexham County Borough Council - Educational Psychology Service", gaz)
    'Wrexham County Borough Council'
    >>> [group_body(label, gaz) for label in ("Clinicians", "Patients and carers", "Online")]
    ['', '', '']
    """
    head = BODY_END.split(label.strip(), maxsplit=1)[0].strip()
    toks = tokenize(head)
    items = classify(toks, 0, len(toks), head, gaz) if toks else []
    if len(items) != 1:
        return ""
    words = head.split()
    kind = items[0].kind
    proper = kind == "WEAK" and len(words) >= 2 and not gaz.given_name(words[0])
    return org_text(head, gaz) if kind in BODY_KINDS or proper else ""


def in_body(found: list[Listed], body: str) -> list[Listed]:
    """The people of a group, those with no organisation of their own at the group's body."""
    if not body:
        return found
    return [
        item
        if item.entry.organisations or item.entry.former
        else replace(item, entry=replace(item.entry, organisations=(body,)))
        for item in found
    ]


def stated_body(lines: list[str], gaz: Gazetteer) -> str:
    """The body a part's line says everyone in it is from ("All from Potteries Healthy
    Lifestyles CIC unless shown."), or "".

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> stated_body(["All from Potteries Healthy Lifestyles CIC unless shown."], gaz)
    'Potteries Healthy Lifestyles CIC'
    >>> stated_body(["(all NHS Tayside staff unless stated)"], gaz)
    'NHS Tayside'
    >>> stated_body(["Present (everyone from NHS Fife unless shown)"], gaz)
    'NHS Fife'
    >>> stated_body(["All of them came unless stated"], gaz)
    ''
    """
    for line in lines:
        found = _STATED.search(line.strip()) if len(line) <= STATED_CHARS else None
        if found and (body := group_body(found.group("body"), gaz)):
            return body
    return ""
