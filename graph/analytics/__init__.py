"""Network insight over the derived graph (either store's `graph()`): boundary spanners,
communities, crossing shares (`network.py`) and the topic × nation / sector gap map
(`gaps.py`). Which graphs the measures run on is defined in `projection.py`; which side of a
boundary a node is on comes from `graph.derive.sides`. A topic scope is given as a set of topic
and challenge keys (`query.scope_keys` turns the words a user typed into one).

May import: `graph.model`, `graph.errors`, `graph.derive`, `graph.reference`.
"""

from __future__ import annotations

from graph.analytics.network import BridgesAnswer, CommunitiesAnswer, bridges, find_communities

__all__ = ["BridgesAnswer", "CommunitiesAnswer", "bridges", "find_communities"]
