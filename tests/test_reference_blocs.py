"""Regional blocs of the membership table beyond Europe's: a text naming a bloc and a member state
gets the membership a reader knows, on the text's date (a state that left is no member after)."""

from __future__ import annotations

import pytest

from kg.reference.derive import DocumentView, derive


def _members(date: str, bloc: str, *codes: str) -> set[str]:
    doc = DocumentView("doc", date, {code: f"s/{code}" for code in codes})
    doc.bodies["o/bloc"] = {bloc}
    return {s for s, p, o in derive([doc]).relations["memberships"] if p == "memberOf" and o == "o/bloc"}


@pytest.mark.parametrize(
    ("bloc", "codes", "members"),
    [
        ("caribbean community", ("BB", "GD", "US"), {"s/BB", "s/GD"}),
        ("caricom", ("LC", "VC", "VE"), {"s/LC", "s/VC"}),
        ("shanghai cooperation organisation", ("UZ", "KG", "MN"), {"s/UZ", "s/KG"}),
        ("sco", ("IN", "BY", "TR"), {"s/IN", "s/BY"}),
        ("alliance of sahel states", ("ML", "NE", "SN"), {"s/ML", "s/NE"}),
        ("gcc", ("KW", "OM", "IQ"), {"s/KW", "s/OM"}),
    ],
)
def test_reference_bloc_members_named_with_their_bloc(bloc: str, codes: tuple[str, ...], members: set[str]) -> None:
    assert _members("2026-03-01", bloc, *codes) == members


@pytest.mark.parametrize("bloc", ["ecowas", "economic community of west african states"])
def test_reference_a_state_that_left_a_bloc_is_no_member_after(bloc: str) -> None:
    """Mali was in ECOWAS in 2020 and is not in 2026; Ghana is in both years."""
    assert _members("2020-05-01", bloc, "ML", "GH") == {"s/ML", "s/GH"}
    assert _members("2026-05-01", bloc, "ML", "GH") == {"s/GH"}


@pytest.mark.parametrize(
    ("bloc", "codes", "members"),
    [
        ("bimstec", ("TH", "MM", "CN"), {"s/TH", "s/MM"}),
        ("bay of bengal initiative for multi sectoral technical and economic cooperation", ("BT", "PK"), {"s/BT"}),
        ("sadc", ("BW", "KE"), {"s/BW"}),
        ("east african community", ("RW", "ET"), {"s/RW"}),
        ("melanesian spearhead group", ("VU", "AU"), {"s/VU"}),
        ("efta", ("CH", "AT"), {"s/CH"}),
        ("mercosur", ("UY", "CL"), {"s/UY"}),
    ],
)
def test_reference_blocs_of_asia_africa_the_pacific_and_the_americas(
    bloc: str, codes: tuple[str, ...], members: set[str]
) -> None:
    assert _members("2026-03-02", bloc, *codes) == members


def test_reference_a_late_member_of_a_bloc_counts_from_its_day() -> None:
    assert _members("2025-05-12", "asean", "TL", "SG") == {"s/SG"}
    assert _members("2026-05-12", "association of southeast asian nations", "TL", "SG") == {"s/TL", "s/SG"}
    assert _members("2021-01-20", "eac", "SO", "UG") == {"s/UG"}
