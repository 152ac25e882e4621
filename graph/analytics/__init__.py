"""Network insight over the derived graph (either store's `graph()`): boundary spanners,
communities, crossing shares (`network.py`) and the topic × nation / sector gap map
(`gaps.py`). Which graphs the measures run on is defined in `projection.py`."""

from __future__ import annotations

import networkx as nx

from graph.analytics.network import BridgesAnswer, CommunitiesAnswer, bridges, find_communities


def scope_keys(graph: nx.MultiDiGraph, asked: str | None) -> set[str] | None:
    """The topic and challenge keys a CHALLENGE_OR_TOPIC stands for, resolved as the questions
    do, keeping the topic itself and its narrower topics (weight 0.8 or more) but not its
    broader one (0.4), which would widen the scope to a whole branch; None: the whole graph."""
    if asked is None:
        return None
    from query.context import Context
    from query.embedded import EmbeddedBackend

    weights = Context(EmbeddedBackend(graph)).resolve(asked).weights
    return {key for key, (weight, _, _) in weights.items() if weight >= 0.8}


__all__ = ["BridgesAnswer", "CommunitiesAnswer", "bridges", "find_communities", "scope_keys"]
