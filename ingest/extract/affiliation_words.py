"""The words between a person and an organisation in a sentence that say (or deny) that one
works at the other (ingest.extract.affiliations): what opens and closes a role, what blocks
the link, being and taking up a post, working, appointing, and who is no member of staff.
"""

from __future__ import annotations

from graph.reference.names import name_words
from ingest.extract.name_parts import SPACED_DASHES

WORDS = name_words()
DASHES = SPACED_DASHES
OPENERS = (
    frozenset(
        {
            ",",
            "(",
            "from",
            "of",
            "at",
            "is",
            "was",
            "who",
            "has",
            "had",
            "joined",
            "works",
            "worked",
            "leads",
            "led",
            "chairs",
            "chaired",
            "heads",
            "headed",
            "founded",
            "co-founded",
            "represents",
            "represented",
            "representing",
            "based",
            "with",
            "within",
            "for",
            "in",
            "now",
            "currently",
            "presently",
            "recently",
            "also",
            "will",
            "would",
            "as",
            "a",
            "an",
            "the",
        }
    )
    | DASHES
)
CLOSERS = (
    frozenset(
        {
            "at",
            "of",
            "for",
            "with",
            "from",
            "in",
            "within",
            ",",
            "(",
            "joined",
            "leads",
            "led",
            "chairs",
            "heads",
            "founded",
            "co-founded",
            "represents",
            "represented",
            "representing",
            "runs",
            "ran",
            "manages",
            "managed",
            "by",
            "lead",  # "P will lead O", "P is to join O": a post about to start
            "join",
            "chair",
            "head",
        }
    )
    | DASHES
)
BLOCK = frozenset(
    """said says say told tells praised thanked thanks met meets visited visits wrote writes called
    calls urged urges asked asks welcomed welcomes criticised criticized described describes
    explained explains added adds noted notes argued argues stated states spoke speaks presented
    presents compared reported reports cited cites quoted funded funds commissioned partnered
    collaborated interviewed contacted contacts and or but than while whereas against versus vs
    alongside between across to told thanked commended challenged left former formerly
    previously ex before until say tell praise thank meet visit write call urge ask welcome
    criticise describe explain add note argue speak present compare report cite quote fund
    commission interview contact attend collaborates collaborate supported supports retired
    resigned held confirmed confirms announced announces""".split()
)
PASSIVE_OK = frozenset(
    {"confirmed", "announced"}
)  # "P confirmed that ..." speaks; "P has been confirmed as chair of O" is appointed
BEING = frozenset({"been", "be", "was", "were", "is", "are"})
TAKING_UP = frozenset(
    """take join become lead chair head succeed continue remain serve work stay""".split()
)  # "P is expected to take up the post of R at O": "to" opens a role, not a direction
NOW = frozenset({"currently", "now", "presently", "also", "already"})
SPEAKING = frozenset({"speaking", "writing", "responding", "commenting"})
GLUE = frozenset({"of", "and", "for", "the", "a", "an", "in", "at", "to", "dr", "mr", "ms"})
WORKING = frozenset(
    """works worked working joins joined join leads chairs heads runs manages served serves
    employed based led chaired headed""".split()
)
APPOINTED = frozenset(
    ["appointed", "reappointed", "elected", "named", "promoted", "seconded", "recruited"]
)
APPOINTING = frozenset(["has", "have", "had", "today", "recently", "formally", "newly", "now"])
NOT_STAFF = frozenset(
    ["patient", "patients", "resident", "residents", "client", "clients", "user", "users"]
)
ROLE_WORDS = WORDS["role-word"] | WORDS["role-head"] | {"of", "and", "for"}
