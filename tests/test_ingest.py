"""Ingest: files, folders and manifests -> Articles, and one clear error per bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.ingest import read_inputs
from kg.model import Article


def _errors(items: list) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def test_ingest_reads_text_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_inputs([tmp_path], published=date(2024, 1, 2)))
    assert [a.id for a in items] == ["a", "b"]
    assert all(isinstance(a, Article) and a.published == date(2024, 1, 2) for a in items)


def test_ingest_manifest_paths_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Flood waters rose in Sindh.", encoding="utf-8")
    lines = [
        {
            "id": "one",
            "path": "one.txt",
            "published": "2022-08-30",
            "title": "T",
            "publisher": "P",
            "url": "https://example.org/1",
        },
        {"id": "two", "text": "Inline text about Chad."},
    ]
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    one, two = read_inputs([manifest])
    assert isinstance(one, Article) and isinstance(two, Article)
    assert (one.id, one.published, one.title, one.publisher) == ("one", date(2022, 8, 30), "T", "P")
    assert one.text == "Flood waters rose in Sindh."
    assert two.text == "Inline text about Chad." and two.published is None


def test_ingest_bad_manifest_lines_name_their_line(tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        '{"id": "ok", "text": "Fine."}\n{not json\n{"text": "no id"}\n{"id": "x"}\n'
        '{"id": "d", "text": "t", "published": "yesterday"}\n{"id": "gone", "path": "missing.txt"}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([manifest]))
    errors = _errors(items)
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]
    assert [e.source.split(" ")[0] for e in errors] == [f"{manifest}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "malformed JSON" in errors[0].problem
    assert 'missing "id"' in errors[1].problem
    assert "no such file" in errors[4].problem


def test_ingest_rejects_missing_empty_binary_and_non_utf8(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 in Asunci\xf3n".encode("latin-1"))
    empty_dir = tmp_path / "nothing"
    empty_dir.mkdir()
    inputs = [
        tmp_path / "empty.txt",
        tmp_path / "binary.txt",
        tmp_path / "latin1.txt",
        tmp_path / "absent.txt",
        empty_dir,
    ]
    problems = [e.problem for e in _errors(list(read_inputs(inputs)))]
    assert problems == [
        "empty document",
        "binary file, not UTF-8 text",
        "not UTF-8 text (bad byte at offset 3)",
        "no such file or folder",
        "folder holds no .txt files",
    ]


def test_ingest_duplicate_ids_are_errors(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("One.", encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"id": "story", "text": "Two."}\n', encoding="utf-8")
    items = list(read_inputs([tmp_path / "story.txt", manifest]))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and "duplicate document id" in items[1].problem


def test_ingest_half_a_surrogate_pair_is_one_clear_error(tmp_path: Path) -> None:
    """JSON may escape half of a UTF-16 pair; such a field is no text, whichever field holds it."""
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(
        '{"id": "lone-high", "text": "Ferries left Ardmoor \\ud83d on Monday."}\n'
        '{"id": "lone-low", "title": "\\udc4b", "text": "Ferries left Ardmoor on Monday."}\n'
        '{"id": "pair", "text": "Ferries left Ardmoor \\ud83d\\udea2 on Monday."}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([manifest]))
    errors = _errors(items)
    assert [a.id for a in items if isinstance(a, Article)] == ["pair"]
    assert [e.source for e in errors] == [f"{manifest}:1", f"{manifest}:2"]
    assert "'text' holds \\ud83d at character 21" in errors[0].problem
    assert "'title' holds \\udc4b at character 0" in errors[1].problem
