"""A ministry's acronym may spell the words the text writes its name in ("Ministry of Foreign
Affairs" is the "MFA"), not the canonical name the builder gives it ("Foreign Ministry of X"):
the acronym then stood as an unknown body, and a spokesperson "of the MFA" held an office in it.

Every sentence here is invented; the class is shown in two wordings (a briefing whose header
names the ministry in capitals, a release naming it in mixed case), built with the real model
through :func:`kg.extract.extract`.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article

_BRIEFING = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF ESTONIA\n"
    "Press briefing given by MFA Spokesperson Dorina Castellane\n\n"
    "3 June 2026, Tallinn\n\n"
    "D. CASTELLANE: Good afternoon. The minister travels to Helsinki on Friday for talks on the ferry link.\n\n"
    "Q (Radio Nord): Will the ferry link reopen?\n\n"
    "A: The ferry link will reopen to lorries on 20 June.\n"
)
_RELEASE = (
    "Ministry of Foreign Affairs of Lithuania\n"
    "Briefing note, 4 June 2026\n\n"
    "The MFA confirmed on Tuesday that the rail link to Riga will run again from Monday. The MFA "
    "spokesperson, Dorina Castellane, said talks with Latvia would continue.\n"
)


@pytest.mark.parametrize(
    ("text", "ministry"),
    [(_BRIEFING, "agency/foreign-ministry-estonia"), (_RELEASE, "agency/foreign-ministry-lithuania")],
)
def test_an_acronym_of_the_written_name_is_the_ministry(nlp: Language, text: str, ministry: str) -> None:
    out = extract(nlp(text), Article("t", text, "test", published=date(2026, 6, 4)))
    keys = {e.key for e in out.entities}
    assert "organization/mfa" not in keys, keys
    assert [(p.holder, p.post_in) for p in out.positions] == [("person/dorina-castellane", ministry)]
