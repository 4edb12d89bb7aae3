"""Turns of radio and TV transcripts that open with a time stamp, bites captioned on a lower third,
callers named in a label's aside, and a guest labelled by a form of address and given name.

Every sentence here is invented. A stamp ("[00:02:10]", "(1:04)", "00:14:03 -") before a turn's
label is furniture: the turn is still its speaker's. A lower third in the script's own case
("lower third: jo roe - farmer") names the quoted bite below it, unless it captions the programme's
reporter. A phone-in's "CALLER (Ana, Northtown):" is Ana's turn; "SHEIKHA ANA:" is the turn of the
"Sheikha Ana Roe" the text presents; a correspondent introduced "in Town, Name" narrates.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.model import Article


def _statements(nlp: Language, text: str) -> list[tuple[str, str]]:
    got = extract(nlp(text), Article("t", text, "test", published=date(2026, 4, 14)))
    return [(s.speaker, s.quote) for s in got.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "NORTH COAST RADIO - EVENING EDITION\nPresenter: Elspeth Pirrie\n\n"
            "[00:00:04] PIRRIE: Good evening. The ferry to Norway was cancelled again today.\n\n"
            "[00:00:19] PIRRIE: The harbour master, Baltazar Quenning, spoke to us this afternoon.\n\n"
            "[00:00:31] CLIP - QUENNING (Harbour Master):\n"
            '"The swell is four metres at the pier head. No captain will bring a ship in tonight."\n\n'
            "[00:00:44] PIRRIE: The next crossing is planned for Thursday.",
            "person/baltazar-quenning",
            "The swell is four metres",
        ),
        (
            "PHONE-IN TRANSCRIPT\nHost: Solveig Dunmarrow\n\n"
            "00:12:40 - HOST: Welcome back. With me is the regional health director, Idris Fallowmere.\n\n"
            "00:12:52 - FALLOWMERE: Thank you. We have opened two more clinics in the valley since March, "
            "and a third opens in June.\n\n"
            "00:13:20 - HOST: What about the waiting lists?\n\n"
            "00:13:24 - FALLOWMERE: They are shorter than last year, but still too long in the north.",
            "person/idris-fallowmere",
            "They are shorter than last year",
        ),
        (
            "(0:02) ANCHOR: Border checks resumed this morning on the road to Austria.\n\n"
            "(0:09) CLIP - TEODORA HADLEIGH (Customs Office), through an interpreter:\n"
            '"We check every lorry. It takes time, but it is the law."\n\n'
            "(0:21) ANCHOR: Queues stretched for six kilometres by noon.",
            "person/teodora-hadleigh",
            "We check every lorry",
        ),
    ],
)
def test_stamped_turns_keep_their_speaker(nlp: Language, text: str, speaker: str, opening: str) -> None:
    assert any(s == speaker and q.startswith(opening) for s, q in _statements(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "EVENING NEWS SCRIPT\n\n[VO] Farmers blocked the ring road for a second day.\n\n[SOT]\n"
            "lower third: orlaith venmore - dairy farmer, eastfield\n"
            '"We sell milk below what it costs us. We will stay until someone listens."\n\n'
            "[VO] The ministry meets the farmers' union on Friday.",
            "person/orlaith-venmore",
            "We sell milk below",
        ),
        (
            "LATE BULLETIN\n\n[VO] The interior minister, Colonel Yusra Ostrander, visited the camp.\n\n"
            "lower third: col. yusra ostrander – minister of the interior\n"
            '"Nobody will sleep outside this winter. The new tents arrive on Monday."\n\n'
            "[VO] Aid groups say more beds are needed.",
            "person/yusra-ostrander",
            "Nobody will sleep outside",
        ),
    ],
)
def test_lower_third_names_the_quoted_bite(nlp: Language, text: str, speaker: str, opening: str) -> None:
    assert any(s == speaker and q.startswith(opening) for s, q in _statements(nlp, text))


def test_reporters_lower_third_names_no_bite(nlp: Language) -> None:
    text = (
        "SLUG: FLOODS / REPORTER: Kestrel Arbuthnot\n\n[VO] The river rose a metre overnight.\n\n"
        "[STAND-UP]\nlower third: kestrel arbuthnot - riverside\n"
        '"The water is still rising here, and more rain is expected tonight."\n\n[BACK TO STUDIO]'
    )
    assert not [s for s, _ in _statements(nlp, text) if s == "person/kestrel-arbuthnot"]


@pytest.mark.parametrize(
    ("label", "name"),
    [("CALLER (Tessaly, Harlockby)", "tessaly"), ("LISTENER (Brindlecombe, Cobbenhall)", "brindlecombe")],
)
def test_callers_aside_names_the_speaker(nlp: Language, label: str, name: str) -> None:
    text = (
        "MORNING CALL - programme transcript\nHost: Solveig Dunmarrow\n\n"
        "[00:01:02] HOST: Our first caller is on the line.\n\n"
        f"[00:01:06] {label}: I run a bakery near the bridge. Since the detour started, half my customers "
        "have stopped coming.\n\n"
        "[00:01:30] HOST: Thank you for calling."
    )
    assert any(s == f"person/{name}" and q.startswith("I run a bakery") for s, q in _statements(nlp, text))


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("With me is the Director of Ports, Sheikha Nadira Pellegrue Quillane.", "SHEIKHA NADIRA"),
        ("Our guest is Dr. Nadira Pellegrue Quillane, who runs the port authority.", "DR. NADIRA"),
    ],
)
def test_label_of_address_and_given_name(nlp: Language, intro: str, label: str) -> None:
    text = (
        f"[00:00:05] HOST: Good morning. {intro}\n\n"
        f"[00:00:20] {label}: Thank you. Cargo through the port rose by a fifth this year, and we are "
        "building a second quay.\n\n"
        "[00:00:41] HOST: When will it open?\n\n"
        f"[00:00:44] {label}: The first berth opens next spring."
    )
    speakers = {s for s, q in _statements(nlp, text) if q.startswith(("Thank you. Cargo", "The first berth"))}
    assert speakers and all(s.endswith("pellegrue-quillane") for s in speakers)


def test_correspondent_introduced_after_the_place_narrates(nlp: Language) -> None:
    text = (
        "HOST: Our correspondent in Harlockby, Marten Okonkwo-Vale, is at the station.\n\n"
        "OKONKWO-VALE: The trains are running again, but only one an hour.\n\n"
        "HOST: Thank you, Marten."
    )
    assert not [s for s, _ in _statements(nlp, text) if "okonkwo" in s]
