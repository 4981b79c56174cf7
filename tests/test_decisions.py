from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtqa.cli_report import stats
from mtqa.decisions import Decision, apply, load_decisions, precision_by_rule
from mtqa.errors import InputError
from mtqa.records import Finding, Severity, Span
from mtqa.report.sample import make_document


def write(path: Path, decisions: list[dict]) -> Path:
    path.write_text(json.dumps({"schema": "mtqa.decisions/1", "decisions": decisions}), "utf-8")
    return path


def dec(
    fp: str,
    decision: str,
    code: str = "MT101",
    doc_id: str = "news-00000",
    when: str = "2025-01-01T00:00:00Z",
) -> dict:
    return {
        "doc_id": doc_id,
        "fingerprint": fp,
        "code": code,
        "decision": decision,
        "comment": "",
        "source_text": "",
        "target_text": "",
        "decided_at": when,
    }


def test_apply_matches_by_fingerprint_not_position(tmp_path: Path) -> None:
    doc = make_document(0)
    f0, f1 = doc["findings"][:2]
    decisions = load_decisions(
        write(
            tmp_path / "d.json",
            [dec(f0["fingerprint"], "dismiss"), dec(f1["fingerprint"], "accept")],
        )
    )
    # The same article with findings in another order and shifted offsets.
    moved = [
        dict(f, source={**f["source"], "start": f["source"]["start"] + 40}) if f["source"] else f
        for f in reversed(doc["findings"])
    ]
    out = {f["fingerprint"]: f["status"] for f in apply(moved, decisions)}
    assert out[f0["fingerprint"]] == "dismissed"
    assert out[f1["fingerprint"]] == "accepted"
    assert sum(s == "open" for s in out.values()) == len(out) - 2
    assert all(f["status"] == "open" for f in doc["findings"])  # inputs untouched


def test_apply_needs_the_same_doc_id(tmp_path: Path) -> None:
    doc = make_document(0)
    fp = doc["findings"][0]["fingerprint"]
    d = load_decisions(write(tmp_path / "d.json", [dec(fp, "dismiss", doc_id="other")]))
    assert apply(doc["findings"], d)[0]["status"] == "open"


def test_apply_works_on_finding_records(tmp_path: Path) -> None:
    f = Finding(
        "doc",
        "MT1",
        "r",
        "Accuracy/Omission",
        Severity.MAJOR,
        0.9,
        "m",
        0,
        Span("source", 0, 2, "가나"),
        None,
        None,
        "abc123",
    )
    d = load_decisions(write(tmp_path / "d.json", [dec("abc123", "dismiss", doc_id="doc")]))
    assert apply([f], d)[0].status == "dismissed"


def test_folder_later_decision_wins(tmp_path: Path) -> None:
    write(tmp_path / "a.json", [dec("x", "dismiss", when="2025-01-01T00:00:00Z")])
    write(tmp_path / "b.json", [dec("x", "accept", when="2025-02-01T00:00:00Z")])
    d = load_decisions(tmp_path)
    assert len(d) == 1 and d.get("news-00000", "x").decision == "accept"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ('{"schema": "other", "decisions": []}', "not a decisions file"),
        ('{"schema": "mtqa.decisions/1", "decisions": [{"doc_id": "a"}]}', "lacks"),
        (
            '{"schema": "mtqa.decisions/1", "decisions": [{"doc_id": "a", "fingerprint": "b", '
            '"decision": "maybe"}]}',
            "'maybe'",
        ),
    ],
)
def test_malformed_files_name_the_file(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    with pytest.raises(InputError) as err:
        load_decisions(path)
    assert str(path) in str(err.value) and words in str(err.value)
    assert "\n" not in str(err.value)


def test_precision_by_rule() -> None:
    ds = [Decision("d", str(i), "MT1", "accept") for i in range(3)]
    ds += [Decision("d", "x", "MT1", "dismiss"), Decision("d", "y", "MT2", "dismiss")]
    table = {s.code: s for s in precision_by_rule(ds)}
    assert table["MT1"].precision == 0.75 and table["MT1"].decided == 4
    assert table["MT2"].precision == 0.0
    assert [s.code for s in precision_by_rule(ds)] == ["MT2", "MT1"]  # worst first


def test_stats_command(tmp_path: Path) -> None:
    write(tmp_path / "a.json", [dec("1", "accept", "MT7"), dec("2", "dismiss", "MT7")])
    result = CliRunner().invoke(stats, ["--decisions", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "MT7" in result.output and "0.50" in result.output
    bad = CliRunner().invoke(stats, ["--decisions", str(tmp_path / "missing.json")])
    assert bad.exit_code == 2 and "missing.json" in bad.output
