"""The line parser behind `people_lists`: one people line (a list item, an author line, a
table cell) -> PersonEntry records. The forms it reads are catalogued in `people_lists`.

A line is read as: an optional bullet, an optional label before a colon ("Authors:",
"Chair:", "Clinical Lead, NHS Fife:") or "By"/"Facilitated by", then groups between
semicolons; each group is names first (joined by commas and "and", each with its own
brackets) and then the affiliation they share, or a role first and the names after a dash
or colon. Any part that is neither a name, a role, an organisation, a place nor a note makes
the whole line not a people line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise

from graph.reference.gazetteer import Gazetteer
from ingest.extract.people_affiliations import (
    FUNCTION,
    ROLE_HEADS,
    ROLE_WORDS,
    SEPARATORS,
    Affiliation,
    classify,
    parse_affiliation,
)
from ingest.extract.people_line_parts import (
    REJECT,
    Draft,
    PersonEntry,
    contact_details,
    depths,
    glued_marks,
    line_label,
    part_after,
    skip_bullet,
)
from ingest.extract.people_names import (
    SUPERSCRIPTS,
    WORDS,
    NameMatch,
    Notes,
    mark_keys,
    match_name,
    tokenize,
)

__all__ = ["PersonEntry", "parse_line"]

DASHES = frozenset({"–", "—", "-", "·"})  # "Ann Bell · GP, NHS Fife": a middle dot too
ROLE_BEFORE_NAME = 4  # words of a job title written straight before a name


def _job_word(word: str, gaz: Gazetteer) -> bool:
    """A word a job title ends on: "radiographer", "Lead", "Nurse"."""
    low = word.lower()
    return low in ROLE_HEADS or bool(gaz.profession(low))


def _plural(word: str, gaz: Gazetteer) -> bool:
    """A job word in the plural: "sisters", "nurses", "Directors"."""
    low = word.lower()
    return low.endswith("s") and _job_word(low[:-1], gaz)


JOINERS = frozenset({"and", "&", "+"})  # words that join two entries: "A and B", "A + B"
JOINS = JOINERS | {","}  # and a comma between them
_LINKS = JOINS | {"with"}  # what may come between one name and the next on a list
_NEXT_OPENS = JOINS | {"("}  # what may follow a name that ends an entry
NEXT_AFTER = JOINS | {"/"}  # what may come before a new entry in an entry's tail

_PROSE = re.compile(rf"\b(?:{'|'.join(sorted(WORDS['prose'], key=len, reverse=True))})\b")
_BRACKETED = re.compile(r"\([^()]*\)")


def parse_line(
    text: str, gaz: Gazetteer, footnotes: Mapping[str, Notes] | None = None, trusted: bool = False
) -> list[PersonEntry]:
    """The people one line names; `trusted` accepts names the gazetteer does not know even
    with nothing after them (a table's Name column vouches for them)."""
    return _Line(text, gaz, footnotes, trusted).entries()


class _Line:
    def __init__(
        self,
        text: str,
        gaz: Gazetteer,
        footnotes: Mapping[str, Notes] | None,
        trusted: bool = False,
    ) -> None:
        text = glued_marks(text)
        self.text, self.gaz, self.trusted = text, gaz, trusted
        self.footnotes = {k.translate(SUPERSCRIPTS): v for k, v in (footnotes or {}).items()}
        # two lower-case prose words outside brackets ("said", "is", "we") make a sentence
        prose = len(_PROSE.findall(_BRACKETED.sub("", text), 0, 600)) >= 2
        self.toks = tokenize(text) if len(text) < 2000 and not prose else []
        self.depth = depths(self.toks)
        self.label = ""

    def entries(self) -> list[PersonEntry]:
        toks = self.toks
        a, b = skip_bullet(toks), len(toks)
        while b > a and toks[b - 1].text in (".", ",", ";"):
            b -= 1
        if a >= b:
            return []
        label, label_aff, a = line_label(
            self.toks, self.depth, a, b, self.text, self.gaz, lambda k: self._name(k, b)
        )
        if label == REJECT:
            return []
        self.label = label
        drafts: list[Draft] = []
        for ga, gb in self._split(a, b, ";"):
            got = self._group(ga, gb)
            if got is None:
                return []
            drafts.extend(got)
        return self._accepted(drafts, label_aff)

    # -- a group: the entries between semicolons -------------------------------------------------

    def _group(self, a: int, b: int) -> list[Draft] | None:
        toks = self.toks
        while a < b and toks[a].text.lower() in JOINS:
            a += 1
        if a >= b:
            return []
        found = self._names(a, b)
        if not found:
            return self._role_first(a, b) or self._body_first(a, b)
        names, i = found
        if names[0].match.strength == "weak":
            if (later := self._name_cell(a, b)) is not None:
                return later
            if names[0].bracket and (body := self._body_first(a, b)):
                return body  # "Porthcawl Pirates (first-aider: Carys Bell)": a club, its person
        b = contact_details(self.toks, i, b)
        while b > i and self.toks[b - 1].text in (".", ","):
            b -= 1
        last = names[-1].match
        tail: Affiliation | None = None
        rest: list[Draft] = []
        if i < b:
            if last.implicit or toks[i].text.lower() in ("from", "at", "of", "with"):
                start = i
            elif toks[i].text in SEPARATORS:
                start = i + 1
            else:
                return None
            nxt = self._next_entry(start, b)
            stop = nxt if nxt is not None else b
            while stop > start and toks[stop - 1].text.lower() in NEXT_AFTER:
                stop -= 1
            stop = part_after(self.toks, self.depth, start, stop)
            tail = parse_affiliation(toks, start, stop, self.text, self.gaz)
            if tail is None:
                return None
            if nxt is not None:
                more = self._group(nxt, b)
                if more is None:
                    return None
                rest = more
        self._share(names, tail)
        return names + rest

    def _names(self, a: int, b: int) -> tuple[list[Draft], int] | None:
        toks, names, i = self.toks, [], a
        while i < b:
            match = self._name(i, b)
            if match is None:
                break
            draft, i = self._own_brackets(match, b)
            if draft is None:
                return None
            names.append(draft)
            if match.implicit or i >= b or toks[i].text.lower() not in _LINKS:
                break
            j = i + 1
            if toks[i].text == "," and j < b and toks[j].text.lower() in JOINERS:
                j += 1
            following = self._name(j, b) if j < b else None
            if following is None or not self._continues(toks[i].text, following, b):
                break
            i = j
        return (names, i) if names else None

    def _own_brackets(self, match: NameMatch, b: int) -> tuple[Draft | None, int]:
        toks, k = self.toks, match.end
        draft = Draft(match, end=toks[k - 1].end)
        if not match.implicit and k < b and toks[k].text in ("(", "["):
            close = next(
                (
                    j
                    for j in range(k + 1, b)
                    if self.depth[j] == self.depth[k] and toks[j].text in (")", "]")
                ),
                None,
            )
            if close is None:
                return None, k
            own = parse_affiliation(toks, k + 1, close, self.text, self.gaz, in_brackets=True)
            if own is not None:
                draft.role, draft.orgs, draft.place = own.role, list(own.orgs), own.place
                draft.former, draft.own_orgs = own.former, bool(own.orgs)
            draft.end, draft.bracket = toks[close].end, True
            k = close + 1
            while k < b and toks[k].kind == "mark":
                draft.match = replace(draft.match, marks=(*draft.match.marks, toks[k].text))
                k += 1
        return draft, k

    def _continues(self, sep: str, following: NameMatch, b: int) -> bool:
        """After "and" any name goes on the list, after "with" a known one; after a comma a
        weak name only when more list follows it, so "Aileen Murray, Impact Initiatives" ends
        at the organisation."""
        if sep.lower() == "with":  # "Written by A with B"; "A with NHS Fife" is an affiliation
            return following.strength == "strong"
        if sep.lower() in JOINERS or following.strength != "weak" or following.marks:
            return True
        k = following.end
        return k >= b or self.toks[k].text in _NEXT_OPENS

    def _next_entry(self, start: int, b: int) -> int | None:
        """In a tail, where a new entry starts: "…, Nuffield Trust, and Samir Haddad, …",
        "A / WHSCT / Dr B / FGPF" (pairs of a name and a body parted by slashes)."""
        for p in range(start + 1, b):
            before = self.toks[p - 1].text.lower()
            if self.depth[p] or before not in NEXT_AFTER:
                continue
            match = self._name(p, b)
            if match is not None and match.strength == "strong":
                end = match.end
                if end >= b or self.toks[end].text in SEPARATORS | {"(", "["}:
                    return p
        return None

    def _role_first(self, a: int, b: int) -> list[Draft] | None:
        """ "Chief Executive – Daniel Okafor-Reid", "Clinical Lead, NHS Fife: Aileen Murray",
        and a job title set straight before the name: "reporting radiographer Ffion Hale,
        PTHB", "Consultant Radiologist Tomos Bell"."""
        toks = self.toks
        cut = next(
            (
                k
                for k in range(a + 1, b - 1)
                if self.depth[k] == self.depth[a]
                and (toks[k].text == ":" or toks[k].text in DASHES)
            ),
            None,
        )
        if cut is None:
            return self._titled_by_role(a, b) or self._name_after_comma(a, b)
        left = parse_affiliation(toks, a, cut, self.text, self.gaz)
        if left is None or not (left.role or left.orgs):
            return None
        right = self._group(cut + 1, b)
        if not right:
            return None
        for draft in right:
            draft.role = draft.role or left.role
            draft.orgs = draft.orgs or list(left.orgs)
        return right

    def _name_after_comma(self, a: int, b: int) -> list[Draft] | None:
        """A role, then the name alone after the last comma: "Perth and Kinross Council's
        Contracts Officer, Hamish Bell" (the name must be one the gazetteer knows)."""
        toks = self.toks
        k = next(
            (
                j
                for j in range(b - 2, a, -1)
                if toks[j].text == "," and self.depth[j] == self.depth[a]
            ),
            a,
        )
        name = self._name(k + 1, b) if k > a else None
        if name is None or name.strength != "strong" or name.end != b:
            return None
        left = parse_affiliation(toks, a, k, self.text, self.gaz)
        if left is None or not (left.role or left.orgs):
            return None
        return [Draft(name, role=left.role, orgs=list(left.orgs), end=toks[b - 1].end)]

    def _body_first(self, a: int, b: int) -> list[Draft] | None:
        """A body, then its person in brackets: "Fforestfach Medical Centre (Carys Bell,
        Practice Manager)" (a list of the practices represented, each with who came); a body
        alone among them names no one. A title-case run that is no known body is one before a
        person the gazetteer knows or one given a role: "Porthcawl Pirates (first-aider: Carys
        Bell)"."""
        toks = self.toks
        k = next((j for j in range(a + 1, b) if toks[j].text == "(" and self.depth[j] == 0), b)
        close = next((j for j in range(k + 1, b) if toks[j].text == ")"), b)
        items = classify(toks, a, k, self.text, self.gaz)
        kinds = [item.kind for item in items]
        if kinds not in (["ORG"], ["WEAK"]) or (k < b and close != b - 1):
            return None
        if k >= b:
            return []  # "…; Penlan Surgery; …": a body represented, no one named
        inner = self._group(k + 1, close)
        if inner is None:  # "(first-aider: Zoe Bell, who couldn't come
            # — …)": the role's holder, the note after them read with the entry
            comma = next((j for j in range(k + 1, close) if toks[j].text == ","), close)
            inner = self._role_first(k + 1, comma) if comma < close else None
        if not inner or (kinds == ["WEAK"] and not self._held(k, close, inner)):
            return None  # an unknown name is a body only before a role's holder or a name alone
        body = self.text[items[0].start : items[0].end]
        for draft in inner:
            draft.orgs = [body, *(o for o in draft.orgs if o != body)]
        return inner

    def _held(self, k: int, close: int, inner: list[Draft]) -> bool:
        """Whether brackets after an unknown name hold its holder: a role and a colon before a
        name ("(first-aider: Carys Bell)") or a known name alone ("(Carys Bell)"), not the
        unknown person's own role and body ("Cy Bell (Outreach Worker, Simon Community)")."""
        if any(self.toks[j].text == ":" for j in range(k + 1, close)):
            return True
        return len(inner) == 1 and inner[0].match.strength == "strong" and not inner[0].role

    def _name_cell(self, a: int, b: int) -> list[Draft] | None:
        """A record of cells whose name is not in the first one: "Tir Dewi | Regional
        Coordinator | Rhodri Bell" (a name the gazetteer knows, alone in its cell; the first
        cell, an unknown title-case run, is then the body, the others the role)."""
        toks = self.toks
        cells = self._split(a, b, "|")
        if len(cells) < 2:
            return None
        for ca, cb in cells[1:]:
            match = self._name(ca, cb)
            if match is None or match.strength != "strong" or match.end != cb:
                continue
            draft = Draft(match, end=toks[cb - 1].end)
            for oa, ob in cells:
                if oa == ca:
                    continue
                aff = parse_affiliation(toks, oa, ob, self.text, self.gaz)
                if aff is not None and (aff.role or aff.orgs):
                    draft.role = draft.role or aff.role
                    draft.orgs += [o for o in aff.orgs if o not in draft.orgs]
                elif all(t.text[:1].isupper() or t.kind != "word" for t in toks[oa:ob]):
                    draft.orgs.append(self.text[toks[oa].start : toks[ob - 1].end])
                else:
                    return None
            return [draft]
        return None

    def _titled_by_role(self, a: int, b: int) -> list[Draft] | None:
        """A job title of up to four words, ending on a job word, then a name the gazetteer
        knows: the role is that person's."""
        toks = self.toks
        for k in range(a + 1, min(b, a + ROLE_BEFORE_NAME + 1)):
            if toks[k - 1].kind != "word" or not _job_word(toks[k - 1].text, self.gaz):
                continue
            name = self._name(k, b)
            if name is None or name.strength != "strong":
                continue
            items = classify(toks, a, k, self.text, self.gaz)
            if [item.kind for item in items] != ["ROLE"]:
                continue
            right = self._group(k, b)
            if not right:
                return None
            role = self.text[items[0].start : items[0].end]
            shared = right if _plural(toks[k - 1].text, self.gaz) else right[:1]  # "outreach
            for draft in shared:  # sisters A and B": the role is each one's
                draft.role = ", ".join(r for r in (role, draft.role) if r)
            return right
        return None

    def _share(self, names: list[Draft], tail: Affiliation | None) -> None:
        """Brackets are shared back over the names before them ("A, B and C (O)"); the tail
        goes to the last name and the names before it that have no brackets of their own."""
        for n in range(len(names) - 1, 0, -1):
            if names[n].own_orgs:
                k = n - 1
                while k >= 0 and not names[k].bracket:
                    names[k].orgs = list(names[n].orgs)
                    k -= 1
        block = len(names) - 1  # the tail is for the last name and those sharing its place
        while block > 0 and not names[block - 1].bracket:
            block -= 1
        for n, draft in enumerate(names):
            if tail is not None and n >= block:
                draft.role = ", ".join(r for r in (draft.role, tail.role) if r)
                draft.orgs += [o for o in tail.orgs if o not in draft.orgs]
                draft.place = draft.place or tail.place
                draft.former = draft.former or tail.former
                draft.end = max(draft.end, tail.end)
            for key in mark_keys(draft.match.marks, self.footnotes):
                for org in self.footnotes[key]:
                    if org not in draft.orgs:
                        draft.orgs.append(org)

    # -- helpers ---------------------------------------------------------------------------------

    def _name(self, i: int, b: int) -> NameMatch | None:
        return match_name(self.toks, i, b, self.gaz, self.footnotes, lambda k: self._starts(k, b))

    def _starts(self, k: int, b: int) -> bool:
        """An organisation or a role starts at token k with nothing before it."""
        toks = self.toks
        stop = next((j for j in range(k, b) if toks[j].text in SEPARATORS | {"(", ";"}), b)
        span = self.text[toks[k].start : toks[b - 1].end]
        if self.gaz.org(span):
            return True
        items = classify(toks, k, stop, self.text, self.gaz)
        if len(items) != 1:
            return False
        words = self.text[items[0].start : items[0].end].split()
        if items[0].kind == "ORG":
            return items[0].strong and (len(words) >= 3 or words[0] in ("NHS", "University"))
        if items[0].kind == "ROLE" and len(words) == 1 and words[0].isupper():
            return bool(self.gaz.profession(words[0]))  # "Dr Sian Bell GP (cluster lead)"
        return (  # "Tom Hargreaves Improvement Designer": a title-case job title of known words
            items[0].kind == "ROLE"
            and len(words) >= 2
            and all(w[0].isupper() or w in FUNCTION for w in words)
            and all(w.lower() in ROLE_WORDS | FUNCTION or self.gaz.profession(w) for w in words)
        )

    def _split(self, a: int, b: int, sep: str) -> list[tuple[int, int]]:
        cuts = [k for k in range(a, b) if self.toks[k].text == sep and self.depth[k] == 0]
        bounds = [a - 1, *cuts, b]
        return [(s + 1, e) for s, e in pairwise(bounds) if e > s + 1]

    def _accepted(self, drafts: list[Draft], label_aff: Affiliation | None) -> list[PersonEntry]:
        strengths = [d.match.strength for d in drafts]
        any_strong = "strong" in strengths
        out: list[PersonEntry] = []
        for draft in drafts:
            if label_aff is not None:
                draft.role = draft.role or label_aff.role
                draft.orgs = draft.orgs or list(label_aff.orgs)
            strength = draft.match.strength
            if strength == "citation" and not (strengths.count("citation") > 1 or self.label):
                continue
            if strength == "weak" and not (
                draft.role or draft.orgs or any_strong or self.label or self.trusted
            ):
                continue
            first = self.toks[draft.match.start]
            out.append(
                PersonEntry(
                    name=draft.match.name,
                    role=draft.role,
                    organisations=tuple(draft.orgs),
                    place=draft.place,
                    former=draft.former,
                    start=first.start,
                    end=max(draft.end, draft.match.name_end),
                    name_start=draft.match.name_start,
                    name_end=draft.match.name_end,
                )
            )
        return out
