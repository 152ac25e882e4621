"""Who to connect, and which organisations are active, on a challenge or topic — across a
boundary from a person or a nation.

Score (why): each link from a person to a topic in scope counts the link's kind weight times
the topic's weight (query.scope). Kind weights say how strong a sign of expertise the link
is: wrote evidence on it 3.0; spoke at, chaired or facilitated a workshop on it 2.0; lists it
as expertise in a directory 2.0; contributed to the challenge 2.0; was quoted or named in a
sentence about it 1.5; attended a workshop on it 1.0; named in evidence on it with no part
stated 0.5. Within one kind, the n-th link counts 1/n, so ten workshops do not outweigh one
report. Organisations: published evidence 3.0; a
person who works there linked to it 1.0 (same damping). Anyone linked to the topic asked (or
a narrower one) ranks above anyone linked only through the broader topic, whatever their
scores. The order is then spread over the pieces of work behind the list (query.rank.spread:
each person already listed through the same report or workshop scales the next one's score by
SAME_SOURCE for the order only). Ties are broken by name, so the same graph always gives the
same order.

Consent: only people whose directory entry says yes are recommended; "no" and unknown are
withheld and counted.
"""

from __future__ import annotations

from collections import defaultdict

from graph.errors import InputError
from graph.model import Label
from graph.nogc import no_gc
from query.backend import Edge, Facets, TopicLink, side_of
from query.rank import (
    ORG_KINDS,
    PERSON_KINDS,
    POOL,
    rank_organisations,
    rank_people,
    spread,
)
from query.scope import Context, Resolved, first_showing, nation_name, quote
from query.text_scope import only_mentions
from query.types import (
    Boundary,
    ConnectAnswer,
    Connection,
    OrganisationItem,
    OrganisationsAnswer,
    PersonCard,
    Reason,
    Step,
    TopicMatch,
)

REL_OF_KIND = {
    "wrote": "AUTHORED",
    "attended": "ATTENDED",
    "spoke at": "ATTENDED",
    "listed expertise": "INTERESTED_IN",
    "contributed to": "CONTRIBUTED_TO",
    "said about": "INTERESTED_IN",
    "named in": "NAMED_IN",
    "published": "PUBLISHED",
    "works with": "WORKS_AT",
}


def _ordered(links: list[TopicLink]) -> list[TopicLink]:
    """A fixed order, whatever order the store returned them in: ties resolve the same way.
    (A person's links to one topic differ in kind or via; an organisation's "works with" links
    can repeat one person, and then their quotes decide.)"""
    return sorted(
        links,
        key=lambda k: (
            k.entity,
            k.topic,
            k.kind,
            k.via,
            [(q.doc_id, q.start) for q in k.quotes] if k.quotes else [],
        ),
    )


def side(facets: Facets, boundary: Boundary) -> set[str]:
    return set(side_of(facets, boundary))


def _reasons(links: list[TopicLink], resolved: Resolved, kinds: dict[str, float]) -> list[Reason]:
    merged: dict[tuple[str, str], Reason] = {}
    for link in links:
        weight, _relation, topic = resolved.weights[link.topic]
        key = (link.kind, link.via)
        reason = merged.get(key)
        if reason is None or reason.weight < kinds[link.kind] * weight:
            quotes = [q for q in map(quote, link.quotes) if q is not None]
            merged[key] = Reason(
                kind=link.kind,
                via=link.via_name,
                topic=topic,
                weight=kinds[link.kind] * weight,
                quotes=quotes,
            )
    reasons = sorted(merged.values(), key=lambda r: (-r.weight, r.kind, r.via))
    seen: set[tuple[str, str]] = set()
    for reason in reasons:  # a sentence quoted for a stronger reason is not quoted again
        reason.quotes = first_showing(reason.quotes, seen)
    return reasons


def _shared(links: list[TopicLink], resolved: Resolved) -> list[TopicMatch]:
    found = {resolved.weights[link.topic] for link in links}
    return [
        TopicMatch(topic=name, relation=rel, weight=w)  # type: ignore[arg-type]
        for w, rel, name in sorted(found, key=lambda f: (-f[0], f[2]))
    ]


def _why(name: str, reasons: list[Reason]) -> str:
    parts = []
    for reason in reasons[:3]:
        if reason.kind == "said about":
            parts.append(f"is quoted on {reason.topic}")
        elif reason.kind == "listed expertise":
            parts.append(f"lists {reason.topic} as expertise")
        elif reason.via == reason.topic:
            parts.append(f"{reason.kind} {reason.topic}")
        else:
            parts.append(f"{reason.kind} “{reason.via}” ({reason.topic})")
    return f"{name} " + "; ".join(parts)


def _origin(
    ctx: Context, from_person: str | None, nation: str | None, across: Boundary | None
) -> tuple[str | None, str | None, set[str], Boundary | None]:
    """(origin key, origin label, origin side, boundary) from --from / --nation / --across."""
    if from_person and nation:
        raise InputError("give --from PERSON or --nation NATION, not both")
    if nation:
        if across not in (None, "nation"):
            raise InputError(f"--nation crosses the nation boundary, not --across {across}")
        name = nation_name(nation)
        return None, name, {name}, "nation"
    if from_person:
        entry = ctx.find(from_person, (Label.PERSON.value, Label.ORGANISATION.value))
        facets = ctx.backend.facets([entry.key])[entry.key]
        return entry.key, entry.name, side(facets, across) if across else set(), across
    if across:
        raise InputError(f"--across {across} needs --from PERSON or --nation NATION")
    return None, None, set(), None


def connect(
    ctx: Context,
    asked: str,
    across: Boundary | None = None,
    from_person: str | None = None,
    nation: str | None = None,
    limit: int = 10,
) -> ConnectAnswer:
    ctx, resolved = ctx.ask(asked)
    origin_key, origin, origin_side, boundary = _origin(ctx, from_person, nation, across)
    answer = ConnectAnswer(
        scope=resolved.scope,
        across=boundary,
        origin=origin,
        origin_side=sorted(origin_side),
        results=[],
    )
    with no_gc():  # thousands of candidates, all dropped before the block ends
        ranked = rank_people(ctx, resolved, origin_key, origin_side, boundary, limit * POOL, answer)
    quoted = [key for _s, _n, key in ranked] + ([origin_key] if origin_key else [])
    links: dict[str, list[TopicLink]] = defaultdict(list)
    if quoted:  # the links of the people who may be shown (and the origin), with their quotes
        for link in _ordered(ctx.backend.topic_links(resolved.keys, Label.PERSON.value, quoted)):
            links[link.entity].append(link)
    shown = spread(ranked, links, resolved, limit)
    facets = ctx.backend.facets([key for _s, _n, key, _b, _w in shown])
    origin_links = links.pop(origin_key, []) if origin_key else []
    seen: dict[str, list[Edge]] = {}
    if origin_key:  # the people who share no topic with the origin: their neighbours at once
        topics = {link.topic for link in origin_links}
        apart = [k for _s, _n, k, _b, _w in shown if not topics & {link.topic for link in links[k]}]
        if apart:
            seen.update(ctx.backend.neighbours_of([origin_key, *apart]))
    for neg_score, name, key, before, source in shown:
        reasons = _reasons(links[key], resolved, PERSON_KINDS)
        after = ""
        if before:  # placed below some of equal or lower score: say why
            others = "1 other" if before == 1 else f"{before} others"
            after = f"; listed after {others} from “{source}”"
        card = facets[key]
        answer.results.append(
            Connection(
                person=PersonCard(
                    name=name,
                    roles=card.roles,
                    organisations=card.organisations,
                    nations=card.nations,
                    professions=card.professions,
                    sectors=card.sectors,
                    consent=card.consent,
                ),
                score=-neg_score,
                shared_topics=_shared(links[key], resolved),
                why=_why(name, reasons) + after,
                reasons=reasons,
                path=_path(ctx, origin_key, origin_links, key, links[key], resolved, seen),
            )
        )
    return answer


def _to_topic(ctx: Context, who: str, link: TopicLink, resolved: Resolved) -> list[Step]:
    """who -[how]-> via -[ADDRESSES/ABOUT/MENTIONS]-> topic, with the link's best quote."""
    steps = [
        Step(
            source=ctx.name_of(who),
            relationship=REL_OF_KIND[link.kind],
            target=link.via_name,
            quote=quote(link.quotes[0]) if link.quotes else None,
        )
    ]
    if link.via != link.topic:
        rel = "ABOUT" if link.topic in ctx.challenges else "ADDRESSES"
        rel = "MENTIONS" if only_mentions(link.topic) else rel
        steps.append(
            Step(source=link.via_name, relationship=rel, target=resolved.weights[link.topic][2])
        )
    return steps


def _reverse(steps: list[Step]) -> list[Step]:
    return [
        Step(source=s.target, relationship=_flip(s.relationship), target=s.source, quote=s.quote)
        for s in reversed(steps)
    ]


def _flip(rel: str) -> str:
    return rel[1:] if rel.startswith("~") else f"~{rel}"


def _best(links: list[TopicLink], resolved: Resolved, topic: str | None = None) -> TopicLink:
    pool = [link for link in links if topic is None or link.topic == topic] or links
    return max(pool, key=lambda k: (PERSON_KINDS[k.kind] * resolved.weights[k.topic][0], k.via))


def _edges(ctx: Context, key: str, seen: dict[str, list[Edge]]) -> list[Edge]:
    """The edges of `key`; `seen` keeps them for one answer (and may be filled ahead)."""
    if key not in seen:
        seen[key] = ctx.backend.neighbours(key)
    return seen[key]


def _path(
    ctx: Context,
    origin: str | None,
    origin_links: list[TopicLink],
    key: str,
    links: list[TopicLink],
    resolved: Resolved,
    seen: dict[str, list[Edge]],
) -> list[Step]:
    """How the origin reaches this person: through a topic in scope they share, else a
    neighbour they share (an organisation, workshop or report); with no origin, or neither,
    how this person reaches the topic."""
    if origin is not None:
        shared = {k.topic for k in origin_links} & {k.topic for k in links}
        if shared:
            topic = max(shared, key=lambda t: (resolved.weights[t][0], t))
            mine = _to_topic(ctx, origin, _best(origin_links, resolved, topic), resolved)
            theirs = _to_topic(ctx, key, _best(links, resolved, topic), resolved)
            return mine + _reverse(theirs)
        near = {e.target if e.source == origin else e.source: e for e in _edges(ctx, origin, seen)}
        for edge in _edges(ctx, key, seen):
            other = edge.target if edge.source == key else edge.source
            if other in near and ctx.label_of(other) not in ("Nation", "Sector", "Profession"):
                first = near[other]
                steps = [
                    Step(
                        source=ctx.name_of(first.source),
                        relationship=first.rel,
                        target=ctx.name_of(first.target),
                        quote=quote(first.quote),
                    ),
                    Step(
                        source=ctx.name_of(edge.source),
                        relationship=edge.rel,
                        target=ctx.name_of(edge.target),
                        quote=quote(edge.quote),
                    ),
                ]
                if steps[0].source != ctx.name_of(origin):
                    steps[0] = _reverse([steps[0]])[0]
                if steps[1].target != ctx.name_of(key):
                    steps[1] = _reverse([steps[1]])[0]
                return steps
    return _to_topic(ctx, key, _best(links, resolved), resolved)


def organisations(
    ctx: Context,
    asked: str,
    across: Boundary | None = None,
    from_person: str | None = None,
    nation: str | None = None,
    limit: int = 20,
) -> OrganisationsAnswer:
    ctx, resolved = ctx.ask(asked)
    _key, origin, origin_side, boundary = _origin(ctx, from_person, nation, across)
    answer = OrganisationsAnswer(
        scope=resolved.scope, across=boundary, origin=origin, results=[], by_nation={}, by_sector={}
    )
    with no_gc():  # thousands of candidates, all dropped before the block ends
        top = rank_organisations(ctx, resolved, origin_side, boundary, limit)
    links: dict[str, list[TopicLink]] = defaultdict(list)
    if top:  # the links of the organisations shown, with their quotes
        found = ctx.backend.topic_links(
            resolved.keys, Label.ORGANISATION.value, [key for _s, _n, key in top]
        )
        for link in _ordered(found):
            links[link.entity].append(link)
    facets = ctx.backend.facets([key for _s, _n, key in top])
    people = ctx.backend.facets(
        sorted(
            {link.via for _s, _n, key in top for link in links[key] if link.kind == "works with"}
        )
    )
    for neg_score, name, key in top:
        card = facets[key]
        staff = sorted({link.via for link in links[key] if link.kind == "works with"})
        shown = sorted(people[p].name for p in staff if people[p].consent is True)
        answer.results.append(
            OrganisationItem(
                name=name,
                nations=card.nations,
                sectors=card.sectors,
                score=-neg_score,
                people=shown,
                people_withheld=len(staff) - len(shown),
                evidence=sorted({link.via_name for link in links[key] if link.kind == "published"}),
                reasons=[
                    r
                    for r in _reasons(links[key], resolved, ORG_KINDS)
                    if r.kind != "works with" or r.via in shown
                ][:5],
            )
        )
        for nation in card.nations or ["unknown"]:
            answer.by_nation.setdefault(nation, []).append(name)
        for sector in card.sectors or ["unknown"]:
            answer.by_sector.setdefault(sector, []).append(name)
    return answer
