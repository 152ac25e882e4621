"""A person's "same" / "not the same" rulings on entity names, kept by the store and
re-applied on every build of the graph (so they survive re-ingest)."""

from __future__ import annotations

from graph.errors import InputError, NotFoundError
from graph.model import Decision, Label, ResolutionDecision, fold
from graph.stores.contract import GraphStore

RESOLVABLE = (Label.PERSON, Label.ORGANISATION, Label.PLACE, Label.PROFESSION)


def _labels_of(store: GraphStore, name: str) -> set[Label]:
    """Labels of graph nodes whose name or alias folds to `name`."""
    target = fold(name)
    found: set[Label] = set()
    for _key, data in store.graph().nodes(data=True):
        if fold(data["name"]) == target or target in {fold(a) for a in data.get("aliases", ())}:
            found.add(Label(data["label"]))
    return {label for label in found if label in RESOLVABLE}


def _suggest(store: GraphStore, name: str) -> list[str]:
    from rapidfuzz import fuzz, process

    names = sorted(
        {d["name"] for _k, d in store.graph().nodes(data=True) if Label(d["label"]) in RESOLVABLE}
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
    """Record a ruling on two names; replaces any earlier ruling on the same pair."""
    if fold(a) == fold(b):
        raise InputError(f"{a!r} and {b!r} are the same name")
    if label is None:
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
    kept = [
        d for d in store.decisions() if not (d.label == label and {fold(d.a), fold(d.b)} == pair)
    ]
    store.set_decisions([*kept, ruling])
    return ruling
