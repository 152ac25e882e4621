"""Affiliations stated through a reference instead of a name (used by ingest.extract.affiliations).

    the trust's chief people officer, P        P, the board's head of digital services
    Chair of the Trust P said                  P has been appointed as the board's R
    Its regional manager, P; their team leader, P (the last organisation before)
    P, our medical director / Our chief executive(,) P (the document's own organisation)
    P, who leads the University's School of Clinical Medicine
    P of the university's nursing school       P, service manager at the HSCP

"the K" resolves to the only organisation of kind K in the document (a "trust" is an
organisation whose name has "Trust" in it or that the gazetteer lists as a trust).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import TITLES
from ingest.extract.acronyms import acronym_definitions
from ingest.extract.factories import BLOCK_STARTS
from ingest.extract.sentences import doc_text, ents_of, sentence_at, sentence_of

# kind word -> (name words, gazetteer kinds)
KINDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "trust": (frozenset({"trust"}), frozenset({"trust", "hsc-trust"})),
    "board": (frozenset({"board"}), frozenset({"health-board", "icb"})),
    "council": (frozenset({"council"}), frozenset({"council"})),
    "university": (frozenset({"university"}), frozenset({"university"})),
    "committee": (frozenset({"committee"}), frozenset()),
    "hospice": (frozenset({"hospice"}), frozenset()),
    "hospital": (frozenset({"hospital", "infirmary"}), frozenset()),
    "charity": (frozenset(), frozenset({"charity"})),
    "partnership": (frozenset({"partnership"}), frozenset({"hscp"})),
    "hscp": (frozenset({"partnership"}), frozenset({"hscp"})),
    "icb": (frozenset({"icb"}), frozenset({"icb"})),
    "college": (frozenset({"college"}), frozenset({"royal-college"})),
    "society": (frozenset({"society"}), frozenset()),
    "foundation": (frozenset({"foundation"}), frozenset()),
    "institute": (frozenset({"institute"}), frozenset()),
    "academy": (frozenset({"academy"}), frozenset()),
    "agency": (frozenset({"agency"}), frozenset()),
    "authority": (frozenset({"authority"}), frozenset()),
    "network": (frozenset({"network"}), frozenset()),
    "practice": (frozenset({"practice", "surgery"}), frozenset()),
}
BYLINE = re.compile(r"^\s*(?:written\s+)?by\s+[A-Z]", re.IGNORECASE | re.MULTILINE)
OWN = frozenset({"our", "its", "their"})
STOP = frozenset({".", ";", ":", "?", "!", '"', "“", "”", "(", ")"})
PREPS = frozenset({"at", "of", "for", "from", "with", "in", "within"})
GUEST = frozenset("guest guests invited visiting external speaker speakers keynote".split())
JOINING = frozenset({"join", "joins", "joining", "leads", "lead", "chairs", "heads", "runs"})
JOIN_AUX = frozenset({",", "will", "is", "has", "to", "set", "expected", "now", "also", "who"})
TAKING = frozenset({"been", "be", "appointed", "named", "confirmed", "as", "become", "becomes"})
OPENING_BLOCKS = 3  # the title and the first paragraphs: what a piece is about


class Antecedents:
    """Finds (person, organisation span, rule) for persons introduced by a reference."""

    def __init__(
        self, gaz: Gazetteer, is_role: Callable[[str], bool], block: frozenset[str]
    ) -> None:
        self.gaz = gaz
        self.is_role = is_role
        self.block = block

    def __call__(self, doc: Doc) -> list[tuple[Span, Span, str]]:
        orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        if not orgs:
            return []
        expand = acronym_definitions(doc_text(doc))
        names = {(o.start, o.end): fold(expand.get(o.text, o.text)) for o in orgs}
        out = []
        for person in (e for e in ents_of(doc) if e.label_ == "PERSON"):
            ref = self._before(doc, person) or self._after(doc, person)
            if ref is None:
                continue
            word, rule = ref
            org = self._resolve(word, person, orgs, names)
            if org is not None:
                out.append((person, org, rule))
                out.extend((other, org, rule + "+coord") for other in _joined_before(person))
        return out

    # -- the reference ------------------------------------------------------------------------

    def _before(self, doc: Doc, person: Span) -> tuple[str, str] | None:
        """ "the trust's chief people officer, P" / "Its regional manager, P" / "our R, P" /
        "chair of the trust, P"."""
        i = person.start - 1
        while i > 0 and (doc[i].lower_.rstrip(".") in TITLES or doc[i].text == "."):
            i -= 1
        if i < 1:
            return None
        if doc[i].text == ",":
            j = i - 1
        elif self.is_role(doc[i].lower_) and not doc[i].ent_type_:
            j = i  # "Our Chief Executive Dr Jennifer Dixon"
        elif (
            self._kind(doc[i])
            and i >= 3
            and doc[i - 1].lower_ == "the"
            and doc[i - 2].lower_ in PREPS
            and self.is_role(doc[i - 3].lower_)
        ):  # "Chair of the Trust Anne Shaw said"
            return self._kind(doc[i]), "rule:role-of-the-kind,person"
        else:
            return None
        seen = 0
        while j >= 0 and seen <= 8:
            token = doc[j]
            if token.text in ("'s", "’s") and j >= 2 and doc[j - 2].lower_ == "the":
                return self._kind(doc[j - 1]), "rule:the-kind's-role,person"
            if token.lower_ in OWN:
                if any(t.lower_ in GUEST for t in doc[j + 1 : i]):
                    return None  # "Our invited speaker, Dr P": a guest, from elsewhere
                return token.lower_, "rule:its-role,person"
            if (
                self._kind(token)
                and j >= 2
                and doc[j - 1].lower_ == "the"
                and doc[j - 2].lower_ in PREPS
                and j < i
            ):  # "CEO of the trust, Clare Panniker, said"
                return self._kind(token), "rule:role-of-the-kind,person"
            if (
                token.ent_type_ in ("PERSON", "ORG")
                or token.text in STOP
                or token.text == ","
                or token.lower_ in self.block
            ):
                return None
            if not (token.is_lower or self.is_role(token.lower_) or token.ent_type_):
                return None
            j, seen = j - 1, seen + 1
        return None

    def _after(self, doc: Doc, person: Span) -> tuple[str, str] | None:
        """ "P, the board's head of X" / "P, our medical director" / "P of the university's"
        / "P, service manager for mental health at the HSCP" / "P, will join the Trust"."""
        i = person.end
        k = i
        while k < min(len(doc), i + 5) and doc[k].lower_ in JOIN_AUX | TAKING:
            k += 1
        if (
            k + 2 < len(doc)
            and doc[k].lower_ in JOINING
            and doc[k + 1].lower_ == "the"
            and self._kind(doc[k + 2])
            and not (k + 3 < len(doc) and doc[k + 3].text in ("'s", "’s"))
        ):
            return self._kind(doc[k + 2]), "rule:person-joins-the-kind"
        kind = _kind_owning(doc, k if k < len(doc) and doc[k].lower_ == "the" else len(doc))
        if kind and (k > i or doc[i].text == ","):  # "P has been appointed as the board's R"
            return self._kind(kind), "rule:person,the-kind's-role"
        if i + 2 >= len(doc) or (doc[i].text != "," and doc[i].lower_ not in PREPS | {"as"}):
            return None
        if doc[i + 1].lower_ == "the" and doc[i + 3 : i + 4].text in ("'s", "’s"):
            return self._kind(doc[i + 2]), "rule:person,the-kind's-role"
        if doc[i].text == "," and doc[i + 1].lower_ in OWN:
            return doc[i + 1].lower_, "rule:person,our-role"
        if doc[i].text != "," and doc[i].lower_ != "as":  # "P and Q as members of the Board"
            return None
        for j in range(i + 1, min(len(doc) - 1, i + 14)):
            token = doc[j]
            if (
                token.ent_type_ in ("PERSON", "ORG")
                or token.text in STOP
                or token.lower_ in self.block
            ):
                return None
            if (
                token.lower_ == "the"
                and j + 2 < len(doc)
                and doc[j + 2].text in ("'s", "’s")
                and self._kind(doc[j + 1])
            ):  # "P, who leads the University’s School of Clinical Medicine"
                return self._kind(doc[j + 1]), "rule:person,role-at-the-kind's"
            if token.lower_ in PREPS and doc[j + 1].lower_ == "the" and j + 2 < len(doc):
                kind = doc[j + 2]
                nxt = doc[j + 3] if j + 3 < len(doc) else None
                if nxt is not None and not (nxt.is_punct or nxt.is_lower):
                    continue  # "the Board Assurance Framework", not "the Board with"
                word = self._kind(kind)
                if word and j > i + 1:
                    return word, "rule:person,role-at-the-kind"
        return None

    def _kind(self, token: object) -> str:
        text = getattr(token, "lower_", "")
        return text if text in KINDS else ""

    # -- the organisation ---------------------------------------------------------------------

    def _resolve(
        self, word: str, person: Span, orgs: list[Span], folded: dict[tuple[int, int], str]
    ) -> Span | None:
        if not word:
            return None
        if word in ("its", "their"):  # the last organisation before the person, in this or the
            # last sentence ("employed by O; their team leader, P")
            sent = sentence_of(person)
            prev = sentence_at(person.doc, sent.start - 1) if sent.start > 0 else sent
            before = [o for o in orgs if prev.start <= o.start and o.end <= person.start]
            return before[-1] if before else None
        if word == "our":  # the document's own organisation: its first named one, unless the
            own = [o for o in orgs if not _venue(o)]  # (not where the day was held)
            if BYLINE.search(person.doc[:120].text[:400]) or not own or own[0].start > person.start:
                return None  # an author speaks, or the page names its own body nowhere before
            if own[0].start_char >= _opening_end(person.doc):
                return None  # a page names its own body in its opening, not a body named
            return own[0]  # later ("welcome P, who joins us from O", then "our nurse P")
        names, kinds = KINDS[word]
        # "the trust": an organisation with "Trust" in its name, else one the gazetteer calls so
        match = (
            [o for o in orgs if _head_word(folded[(o.start, o.end)]) in names]
            or [o for o in orgs if names & set(folded[(o.start, o.end)].split())]
            or [o for o in orgs if self._is_kind(o, kinds)]
        )
        distinct = {folded[(o.start, o.end)] for o in match}
        if len(distinct) > 1:  # several trusts: the one the piece opens with is "the trust"
            first = min(match, key=lambda o: o.start)
            return first if first.start_char < _opening_end(person.doc) else None
        if not distinct:
            return None
        before = [o for o in match if o.end <= person.start]
        return before[-1] if before else match[0]

    def _is_kind(self, org: Span, kinds: frozenset[str]) -> bool:
        entry = self.gaz.org(org.text)
        return entry is not None and entry.kind in kinds


def _kind_owning(doc: Doc, k: int) -> Token | None:
    """The kind word of "the [health] board's" starting at `k` ("the"), else None."""
    for n in (1, 2):
        if k + n + 1 < len(doc) and doc[k + n + 1].text in ("'s", "’s"):
            word = doc[k + n]
            return word if word.lower_ in KINDS and not word.ent_type_ else None
    return None


def _joined_before(person: Span) -> list[Span]:
    """The persons listed before this one with commas and "and" ("Gareth Wynne, Karen Bell
    and Rhian Jones as members of the Board")."""
    doc = person.doc
    out: list[Span] = []
    persons = [e for e in ents_of(doc) if e.label_ == "PERSON" and e.end <= person.start]
    current = person
    for other in reversed(persons):
        gap = doc[other.end : current.start]
        if not len(gap) or len(gap) > 2 or any(t.text not in (",", "and", "&") for t in gap):
            break
        out.append(other)
        current = other
    return out


_HELD_AT = re.compile(  # "Workshop held on Tuesday at", "Venue:", "took place in the"
    r"\b(?:held|took\s+place|met|meeting|venue|hosted)\b[^.;\n]{0,50}?(?:\bat|\bin|:)\s*"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _venue(org: Span) -> bool:
    """Whether an organisation is named as where a meeting was held ("Workshop held Tuesday
    10 February at Truro Methodist Church hall"), not as anyone's body."""
    text = doc_text(org.doc)
    return _HELD_AT.search(text[max(0, org.start_char - 80) : org.start_char]) is not None


def _opening_end(doc: Doc) -> int:
    """Where a piece's opening (its title and first paragraphs) ends, as a character offset
    (found once per doc: every "our R, P" of a long document asks)."""
    known = doc.user_data.get(_OPENING_END)
    if known is not None:
        return int(known)
    starts = doc.user_data.get(BLOCK_STARTS) or ()
    if len(starts) > OPENING_BLOCKS:
        end = int(heapq.nsmallest(OPENING_BLOCKS + 1, starts)[-1])
    else:
        end = min(doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0, 400)
    doc.user_data[_OPENING_END] = end
    return end


_OPENING_END = "qkg_opening_end"


def _head_word(folded: str) -> str:
    """The word saying what kind of body a folded name is: the one before "of" ("university
    of cambridge"), else the last ("cambridge university hospitals nhs foundation trust")."""
    words = folded.split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1] if words else ""
