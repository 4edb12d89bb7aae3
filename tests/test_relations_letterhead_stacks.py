"""A release's letterhead stacks its issuing body from the broadest down, one line each: every lower
line names a body inside the top one ("National Police" / "Migration Unit"), except that a ministry
below a department is the department's own ministry. Two ministries, or bodies of two states, on
the opening lines are two authors, not one body inside another."""

from __future__ import annotations

import pytest
from named_entities import related_pairs
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "inner", "outer"),
    [
        (
            "National Police of Ecuador\nMigration Unit\nPress statement\n\n"
            "Quito, 9 July - Officers of the Migration Unit held 40 travellers without papers at a bus "
            "terminal in the capital overnight, and all were handed to prosecutors.",
            "agency/migration-unit-ecuador",
            "agency/police-ecuador",
        ),
        (
            "Uruguay Ministry of Health\nNational Laboratory Directorate\nNews release\n\n"
            "Montevideo, 2 June - The National Laboratory Directorate confirmed 12 cases of dengue in "
            "Uruguay this week, twice the figure for May.",
            "agency/national-laboratory-directorate-uruguay",
            "agency/health-ministry-uruguay",
        ),
        (
            "Department of Forestry\nMinistry of Environment and Climate Change\nPress release\n\n"
            "PORT VILA, 4 May - Rangers of the Department of Forestry seized 300 logs cut without a "
            "permit on the northern islands of Vanuatu, the department said on Monday.",
            "agency/department-of-forestry-vanuatu",
            "agency/environment-ministry-vanuatu",
        ),
    ],
)
def test_relations_letterhead_stacks_a_lower_line_is_part_of_the_top_body(
    nlp: Language, text: str, inner: str, outer: str
) -> None:
    assert (inner, outer) in related_pairs(nlp, text, "partOf")


@pytest.mark.parametrize(
    "text",
    [
        "Ministry of Health of Chile\nMinistry of Health of Argentina\n\n"
        "Mendoza, 3 March - The two ministries agreed to vaccinate the herders who graze flocks across the pass.",
        "National Police of Chile\nNational Police of Argentina\n\n"
        "Mendoza, 3 March - The two forces agreed to run joint patrols on the mountain road from Monday.",
    ],
)
def test_relations_letterhead_stacks_two_authors_nest_nothing(nlp: Language, text: str) -> None:
    pairs = related_pairs(nlp, text, "partOf")
    assert not {(s, o) for s, o in pairs if s.startswith("agency/") and o.startswith("agency/")}
