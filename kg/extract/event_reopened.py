"""Where a reopening happens: at the way across it reopens.

"The X border post will reopen on 3 March", "the two governments reopened the Y bridge": the
crossing is what reopens (the target, as for a closure) and also where the reopening takes place,
the place a reader asks about ("what reopened at X?"). A town that only names the crossing ("the
X and Y checkpoints") stays its target, and a state or body that reopens something is its agent.
"""

from __future__ import annotations

from kg.extract.index import EntityIndex

__all__ = ["reopened_places"]


def reopened_places(index: EntityIndex, targets: list[str]) -> list[str]:
    """The targets of a reopening that are ways across (crossings, checkpoints), in order."""
    return [k for k in targets if (e := index.by_key.get(k)) is not None and e.type == "Checkpoint"]
