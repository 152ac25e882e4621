"""A narrow topic nothing in the store is about ("polypharmacy", when the documents speak of
medication reviews) is answered with its broader topics, as if they were asked, and the
answer's scope says so; a narrow topic with anything of its own (evidence, learning or a
person) keeps its own scope. Both stores answer it the same way: they are asked the same
three questions of the contract (query.backend).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.reference.topics import taken_in
from query.scope import NARROWER, SAME, topic_matches

if TYPE_CHECKING:
    from query.scope import Context, Resolved


def widened(ctx: Context, resolved: Resolved) -> Resolved:
    """`resolved`, its broader topics promoted when its own topics have nothing in the store."""
    own = [k for k, (_w, rel, _n) in resolved.weights.items() if rel in ("same", "narrower")]
    wider = [k for k, (_w, rel, _n) in resolved.weights.items() if rel == "broader"]
    if (
        not own
        or not wider
        or resolved.text_parts
        or len(own) != len(resolved.weights) - len(wider)
    ):
        return resolved  # a challenge, or words matched in the text too
    backend = ctx.backend
    people = any(rows for _key, rows, _sides in backend.person_ranking(own, None))
    if people or backend.evidence(own) or backend.learning(own):
        return resolved
    for key in wider:  # the broader topic as if asked, its other narrower topics too
        _w, _rel, name = resolved.weights[key]
        resolved.weights[key] = (SAME, "broader", name)
        for child in sorted(taken_in(ctx.narrower, key) - set(resolved.weights)):
            resolved.weights[child] = (NARROWER, "narrower", ctx.topics[child].name)
    names = ", ".join(sorted(resolved.weights[k][2] for k in wider))
    resolved.scope = resolved.scope.model_copy(
        update={
            "topics": topic_matches(resolved.weights),
            "note": f"nothing in the store is about “{resolved.scope.asked}” itself: "
            f"answered with {names}",
        }
    )
    return resolved
