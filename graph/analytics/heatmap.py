"""The gap map as a slide-ready PNG: one heatmap panel per measure (evidence, people,
learning), topics down the side, nations or sectors across, every cell annotated with its
count, zero cells hatched and labelled "gap"."""

from __future__ import annotations

from pathlib import Path

from graph.analytics.gaps import MEASURES, GapMap
from graph.errors import InputError


def draw(gaps: GapMap, path: Path, title: str | None = None) -> Path:
    """Write the heatmap to `path` (PNG, 150 dpi) with matplotlib's Agg backend."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.patches import Rectangle

    if not gaps.rows:
        raise InputError("the gap map is empty: nothing to draw (ingest documents first)")
    topics = [r.topic for r in gaps.rows]
    columns = gaps.columns
    panel_height = 0.42 * len(topics) + 1.6
    if len(columns) <= 8:  # side by side
        size = (max(12.0, 1.0 * len(columns) * len(MEASURES) + 4.0), max(3.5, panel_height + 0.6))
        fig, axes = plt.subplots(1, len(MEASURES), figsize=size, sharey=True)
    else:  # many columns (sectors): one above the other, so the slide stays readable
        size = (max(10.0, 0.8 * len(columns) + 4.0), len(MEASURES) * panel_height + 1.0)
        fig, axes = plt.subplots(len(MEASURES), 1, figsize=size, sharex=True)
    for ax, measure in zip(axes, MEASURES, strict=True):
        values = np.array([[getattr(r.cells[c], measure) for c in columns] for r in gaps.rows])
        image = ax.imshow(values, cmap="YlGnBu", aspect="auto", vmin=0, vmax=max(1, values.max()))
        ax.set_xticks(range(len(columns)), labels=columns, rotation=35, ha="right", fontsize=10)
        ax.set_yticks(range(len(topics)), labels=topics, fontsize=10)
        ax.set_title(measure.capitalize(), fontsize=13, fontweight="bold")
        for i in range(len(topics)):
            for j in range(len(columns)):
                value = int(values[i, j])
                if value == 0:
                    ax.add_patch(
                        Rectangle(
                            (j - 0.5, i - 0.5), 1, 1, fill=False, hatch="///", ec="#c0392b", lw=0
                        )
                    )
                    ax.text(j, i, "gap", ha="center", va="center", fontsize=8, color="#c0392b")
                else:
                    dark = value > 0.6 * values.max()
                    ax.text(
                        j,
                        i,
                        str(value),
                        ha="center",
                        va="center",
                        fontsize=10,
                        color="white" if dark else "black",
                    )
        fig.colorbar(image, ax=ax, fraction=0.046, pad=0.02, label=f"{measure} count")
    fig.suptitle(
        title or f"qkg gap map: topics by {gaps.by} (hatched cells: nothing recorded)",
        fontsize=15,
    )
    fig.tight_layout(rect=(0, 0, 1, 1 - 0.7 / size[1]))  # room for the title
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return path
