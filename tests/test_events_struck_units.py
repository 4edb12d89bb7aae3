"""An attack on a force's patrol ("a Border Guard patrol came under fire", "a patrol of the Border
Guard was attacked", "gunmen ambushed a Border Guard patrol", "opened fire on a patrol of the
Border Guard") has that force as its target; a patrol that attacks is the agent, not the target.

Every story here is invented for the test; entities are built by hand so that only event reading
is tested.
"""

from __future__ import annotations

from datetime import date

import pytest
from named_entities import named_events
from spacy.language import Language

#: A Wednesday.
PUB = date(2026, 6, 10)

NAMES = {
    "Kestrup": ("checkpoint/kestrup", "Checkpoint"),
    "Border Guard": ("agency/border-guard", "Agency"),
}


def _attack(nlp: Language, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    (ev,) = [e for e in named_events(nlp, text, NAMES, PUB) if e.type == "MilitaryOperation"]
    return ev.target, ev.agent


@pytest.mark.parametrize(
    "text",
    [
        "A Border Guard patrol came under fire near Kestrup on Sunday night.",
        "A patrol of the Border Guard was attacked near Kestrup on Sunday night.",
        "Gunmen ambushed a Border Guard patrol near Kestrup on Sunday, wounding two officers.",
        "Unknown attackers opened fire on a patrol of the Border Guard near Kestrup.",
    ],
)
def test_events_attack_on_a_patrol_targets_its_force(nlp: Language, text: str) -> None:
    target, _ = _attack(nlp, text)
    assert "agency/border-guard" in target


def test_events_attacking_patrol_is_no_target(nlp: Language) -> None:
    target, agent = _attack(nlp, "A Border Guard patrol attacked a smugglers' camp near Kestrup on Sunday.")
    assert ("agency/border-guard" in target, agent) == (False, ("agency/border-guard",))
