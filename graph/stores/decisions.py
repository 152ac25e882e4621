"""A person's rulings, kept by the store and re-applied on every build of the graph (so they
survive re-ingest): "same" / "not the same" on entity names, and accepting or rejecting a
phrase of the documents as a topic (graph.derive.open_topics)."""

from __future__ import annotations

from rapidfuzz import fuzz, process

from graph.derive.resolve import QUALIFIED
from graph.errors import InputError, NotFoundError
from graph.model import Decision, Label, ResolutionDecision, fold
from graph.stores.contract import GraphStore

RESOLVABLE = (Label.PERSON, Label.ORGANISATION, Label.PLACE, Label.PROFESSION)


def _labels_of(store: GraphStore, name: str) -> set[Label]:
    """Labels of graph nodes whose name or alias folds to `name`; a person's name with an
    organisation of the graph in brackets, "Jane Smith (NHS Fife)", names a person (one of
    several who share a name: graph.derive.resolve keeps each apart by their organisation)."""
    found = _named(store, name)
    namesake = QUALIFIED.match(name)
    if not found and namesake:
        person = Label.PERSON in _named(store, namesake["base"])
        if person and Label.ORGANISATION in _named(store, namesake["qualifier"]):
            found.add(Label.PERSON)
    return {label for label in found if label in RESOLVABLE}


def _named(store: GraphStore, name: str) -> set[Label]:
    target = fold(name)
    found: set[Label] = set()
    for _key, data in store.graph().nodes(data=True):
        if fold(data["name"]) == target or target in {fold(a) for a in data.get("aliases", ())}:
            found.add(Label(data["label"]))
    return found


def _suggest(store: GraphStore, name: str, labels: tuple[Label, ...] = RESOLVABLE) -> list[str]:
    names = sorted(
        {
            d["name"]
            for _k, d in store.graph().nodes(data=True)
            if Label(d["label"]) in labels and not d.get("withheld")
        }
    )
    return [
        m[0] for m in process.extract(name, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
    ]


def decide(
    store: GraphStore,
    a: str,
    b: str,
    decision: Decision,
    label: Label | None = None,
    note: str = "",
) -> ResolutionDecision:
    """Record a ruling on two names; replaces any earlier ruling on the same pair. Both must
    name an entity of the graph (of `label`, when given), else NotFoundError."""
    if not fold(a) or not fold(b):
        raise InputError("say which two names: one of them is empty")
    if fold(a) == fold(b):
        raise InputError(f"{a!r} and {b!r} are the same name")
    if label is not None:
        kind = label.value.lower()
        if label not in RESOLVABLE:
            raise InputError(
                f"the label must be person, organisation, place or profession, not {kind}"
            )
        for name in (a, b):
            if label not in _labels_of(store, name):
                raise NotFoundError(f"no {kind} named {name!r}", _suggest(store, name, (label,)))
    else:
        common = _labels_of(store, a) & _labels_of(store, b)
        if not common:
            missing = a if not _labels_of(store, a) else b
            if not _labels_of(store, missing):
                raise NotFoundError(f"no entity named {missing!r}", _suggest(store, missing))
            raise InputError(f"{a!r} and {b!r} are different kinds of entity; they cannot merge")
        if len(common) > 1:
            kinds = ", ".join(sorted(label.value.lower() for label in common))
            raise InputError(f"both names exist as {kinds}: say which with --label")
        label = common.pop()
    ruling = ResolutionDecision(label, a, b, decision, note)
    pair = {fold(a), fold(b)}
    store.update_decisions(
        lambda current: [
            *(d for d in current if not (d.label == label and {fold(d.a), fold(d.b)} == pair)),
            ruling,
        ]
    )
    return ruling


def decide_topic(
    store: GraphStore, phrase: str, accept: bool, broader: str = "", note: str = ""
) -> ResolutionDecision:
    """Accept a phrase of the documents as a topic (under `broader`, a topic's label or
    alias), or reject it (never proposed again); replaces an earlier ruling on it."""
    phrase = " ".join(phrase.split())
    if not fold(phrase):
        raise InputError("say which phrase")
    topics = {
        fold(form): data["name"]
        for _k, data in store.graph().nodes(data=True)
        if data["label"] == Label.TOPIC.value and data.get("status") != "accepted"
        for form in (data["name"], *data.get("aliases", ()))
    }
    if accept and fold(phrase) in topics:
        raise InputError(f"{phrase!r} is a topic already ({topics[fold(phrase)]})")
    parent = ""
    if broader:
        parent = topics.get(fold(broader), "")
        if not parent:
            names = sorted(set(topics.values()))
            hits = process.extract(broader, names, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
            raise NotFoundError(f"no topic named {broader!r}", [h[0] for h in hits])
    decision = Decision.ACCEPT_TOPIC if accept else Decision.REJECT_TOPIC
    ruling = ResolutionDecision(Label.TOPIC, phrase, parent, decision, note)
    store.update_decisions(
        lambda current: [
            *(d for d in current if not (d.label == Label.TOPIC and fold(d.a) == fold(phrase))),
            ruling,
        ]
    )
    return ruling
