from __future__ import annotations

from pathlib import Path

import pytest

from lexicontools import SHARED, with_termbase
from mtqa.errors import InputError
from mtqa.lexicon.termbase import load_termbase, view_terms
from ruletools import make_view

CSV = (
    "ko,en,variants,notes,type\n"
    "김지사,Governor Kim,Gov. Kim|Kim Dong-yeon,desk,title\n"
    "공수처,CIO,Corruption Investigation Office for High-ranking Officials;"
    "anti-corruption agency,,org\n"
)

TBX = """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1">
  <descrip type="subjectField">politics</descrip>
  <langSet xml:lang="ko"><tig><term>북한</term></tig></langSet>
  <langSet xml:lang="en">
    <tig><term>North Korea</term></tig>
    <tig><term>DPRK</term>
      <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
</termEntry>
<termEntry id="2">
  <langSet xml:lang="ko"><tig><term>김지사</term></tig></langSet>
  <langSet xml:lang="en-US"><tig><term>Governor Kim</term></tig>
    <tig><term>Gov. Kim</term></tig></langSet>
</termEntry>
</body></text></martif>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_parsing(tmp_path: Path) -> None:
    tb = load_termbase(write(tmp_path, "tb.csv", CSV))
    assert tb is not None and len(tb) == 2
    term = tb.get("공수처")
    assert term is not None
    assert term.variants == (
        "Corruption Investigation Office for High-ranking Officials",
        "anti-corruption agency",
    )
    assert term.kind == "org"
    assert tb.get("김지사").accepted == ("Governor Kim", "Gov. Kim", "Kim Dong-yeon")  # type: ignore[union-attr]


def test_tbx_parsing(tmp_path: Path) -> None:
    tb = load_termbase(write(tmp_path, "tb.tbx", TBX))
    assert tb is not None
    nk = tb.get("북한")
    assert nk is not None and nk.en == "North Korea" and nk.deprecated == ("DPRK",)
    assert "politics" in nk.notes
    assert tb.get("김지사").variants == ("Gov. Kim",)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("bad.tbx", "<martif><text><body><termEntry>", "malformed TBX"),
        ("empty.tbx", "<martif><text><body></body></text></martif>", "not a TBX"),
        ("cols.csv", "korean,english\n김지사,Governor Kim\n", "lacks column"),
        ("half.csv", "ko,en\n김지사,\n", "line 2"),
        ("tb.json", "{}", "unknown termbase format"),
    ],
)
def test_malformed_files(tmp_path: Path, name: str, text: str, problem: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(InputError) as err:
        load_termbase(path)
    assert problem in str(err.value) and name in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_file_and_none(tmp_path: Path) -> None:
    assert load_termbase(None) is None
    with pytest.raises(InputError, match="not found"):
        load_termbase(tmp_path / "nope.csv")


def test_reload_on_change(tmp_path: Path) -> None:
    path = write(tmp_path, "tb.csv", CSV)
    assert len(load_termbase(path)) == 2  # type: ignore[arg-type]
    path.write_text("ko,en\n김지사,Governor Kim\n", encoding="utf-8")
    import os

    os.utime(path, (1, 1))
    assert len(load_termbase(path)) == 1  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["김지사는 말했다", "김지사의 발언", "김지사가 밝혔다", "김지사님께서"]
)
def test_find_with_particles(tmp_path: Path, text: str) -> None:
    tb = load_termbase(write(tmp_path, "tb.csv", CSV))
    assert tb is not None
    tokens = SHARED.korean.tokenize(text)
    for toks in (tokens, None):
        found = tb.find(text, toks)
        assert [(a, b, t.ko) for a, b, t in found] == [(0, 3, "김지사")]


@pytest.mark.parametrize("text", ["김지사장은 말했다", "박김지사"])
def test_no_match_inside_longer_word(tmp_path: Path, text: str) -> None:
    tb = load_termbase(write(tmp_path, "tb.csv", CSV))
    assert tb is not None
    assert tb.find(text, SHARED.korean.tokenize(text)) == []


def test_view_terms_uses_resources(tmp_path: Path) -> None:
    path = write(tmp_path, "tb.csv", CSV)
    view = make_view("김지사는 공수처를 비판했다.", "Kim criticized the CIO.", with_termbase(path))
    assert [t.ko for _, _, t in view_terms(view)] == ["김지사", "공수처"]
    assert view_terms(make_view("김지사는 말했다.", "Kim said.")) == []


@pytest.mark.parametrize(
    ("entry", "text", "found"),
    [
        ("김지사", "김 지사는 말했다", "김 지사"),  # a title is written apart from the name
        ("김 지사", "김지사는 말했다", "김지사"),  # the entry's own space is optional
        ("국제통화기금", "국제 통화 기금은 밝혔다", "국제 통화 기금"),  # parts of two syllables
        ("서울시장", "서울 시장이 밝혔다", "서울 시장"),
    ],
)
def test_find_with_or_without_spaces(tmp_path: Path, entry: str, text: str, found: str) -> None:
    tb = load_termbase(write(tmp_path, "tb.csv", f"ko,en\n{entry},X\n"))
    assert tb is not None
    hits = tb.find(text, SHARED.korean.tokenize(text))
    assert [text[a:b] for a, b, _ in hits] == [found]
    assert tb.get(found) is tb.get(entry) is not None


@pytest.mark.parametrize(
    ("entry", "text"),
    [
        ("이사장", "이 사장은 말했다"),  # "this president", not the chairman: one-syllable part
        ("국방부", "국 방부"),
        ("김지사", "김 지 사"),
    ],
)
def test_no_match_across_a_space_that_splits_a_word(tmp_path: Path, entry: str, text: str) -> None:
    tb = load_termbase(write(tmp_path, "tb.csv", f"ko,en\n{entry},X\n"))
    assert tb is not None
    assert tb.find(text, SHARED.korean.tokenize(text)) == []
