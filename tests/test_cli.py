"""The command line: exit codes, one-line errors naming the file, outputs, gate, decisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtqa.cli import main

KO = "정부는 30일 대책을 발표했다.\n\n이번 호우로 주민 2만5천 명이 대피했다.\n"
EN = "The government announced measures on the 30th.\n\nThe rain forced 2,500 residents to flee.\n"
FAST = ["--aligner", "length", "--qe", "none", "-q"]


def _pair(tmp_path: Path, ko: str = KO, en: str = EN) -> tuple[Path, Path]:
    (tmp_path / "ko.txt").write_text(ko, encoding="utf-8")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    return tmp_path / "ko.txt", tmp_path / "en.txt"


def _one_line_error(capsys: pytest.CaptureFixture[str], *names: str) -> str:
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    for name in names:
        assert name in lines[0]
    return lines[0]


def test_two_files_write_every_output(tmp_path: Path) -> None:
    ko, en = _pair(tmp_path)
    out = tmp_path / "out"
    assert main(["check", str(ko), str(en), "-o", str(out), *FAST]) == 0
    for name in ("index.html", "findings.json", "findings.csv", "documents.csv"):
        assert (out / name).is_file(), name
    assert list((out / "articles").glob("*.html"))
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    codes = {f["code"] for d in data["documents"] for f in d["findings"]}
    assert "MT302" in codes  # 2만5천 -> 2,500


def test_gate_fails_with_exit_1_and_a_reason_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ko, en = _pair(tmp_path)
    code = main(["check", str(ko), str(en), "-o", str(tmp_path / "o"), "--fail-on", "major", *FAST])
    assert code == 1
    err = capsys.readouterr().err
    assert "FAIL ko" in err and "MT302" in err


def test_select_limits_the_rules(tmp_path: Path) -> None:
    ko, en = _pair(tmp_path)
    out = tmp_path / "o"
    assert main(["check", str(ko), str(en), "-o", str(out), "--select", "MT1", *FAST]) == 0
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert all(c.startswith("MT1") for c in data["signature"]["rules"]["codes"])
    assert not [f for d in data["documents"] for f in d["findings"] if f["code"] == "MT302"]


def test_decisions_dismiss_the_same_finding_next_run(tmp_path: Path) -> None:
    ko, en = _pair(tmp_path)
    out = tmp_path / "o"
    assert main(["check", str(ko), str(en), "-o", str(out), *FAST]) == 0
    doc = json.loads((out / "findings.json").read_text(encoding="utf-8"))["documents"][0]
    f = next(f for f in doc["findings"] if f["code"] == "MT302")
    decisions = {
        "schema": "mtqa.decisions/1",
        "decisions": [
            {
                "doc_id": doc["doc_id"],
                "fingerprint": f["fingerprint"],
                "code": f["code"],
                "decision": "dismiss",
                "comment": "house style",
                "decided_at": "2026-11-29T10:00:00Z",
            }
        ],
    }
    dfile = tmp_path / "decisions.json"
    dfile.write_text(json.dumps(decisions), encoding="utf-8")
    # The text moves (a new first paragraph); the finding is matched by content, not position.
    _pair(tmp_path, "속보\n\n" + KO, "Breaking\n\n" + EN)
    args = ["check", str(ko), str(en), "-o", str(out), "--decisions", str(dfile), "--fail-on"]
    assert main([*args, "major", *FAST]) == 0
    doc2 = json.loads((out / "findings.json").read_text(encoding="utf-8"))["documents"][0]
    again = next(x for x in doc2["findings"] if x["code"] == "MT302")
    assert again["status"] == "dismissed"
    assert again["source"]["start"] != f["source"]["start"]


def test_manifest_with_metadata_and_unpaired(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KO, encoding="utf-8")
    rows = [
        {"id": "a", "source": "a.txt", "translation": EN, "desk": "politics"},
        {"id": "b", "source": "서울은 맑다.", "translation": "", "desk": "weather"},
    ]
    manifest = tmp_path / "batch.jsonl"
    manifest.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    out = tmp_path / "o"
    assert main(["check", str(manifest), "-o", str(out), *FAST]) == 0
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in data["documents"]] == ["a"]
    assert data["documents"][0]["meta"]["desk"] == "politics"
    assert [u["doc_id"] for u in data["inputs"]["unpaired"]] == ["b"]


def test_legacy_encoding_and_crlf_offsets_point_into_the_original(tmp_path: Path) -> None:
    ko = tmp_path / "ko.txt"
    ko.write_bytes(KO.replace("\n", "\r\n").encode("cp949"))
    en = tmp_path / "en.txt"
    en.write_bytes(("\ufeff" + EN.replace("\n", "\r\n")).encode("utf-16"))
    out = tmp_path / "o"
    assert main(["check", str(ko), str(en), "-o", str(out), *FAST]) == 0
    doc = json.loads((out / "findings.json").read_text(encoding="utf-8"))["documents"][0]
    f = next(f for f in doc["findings"] if f["code"] == "MT302")
    raw_ko, raw_en = doc["source"]["text"], doc["target"]["text"]
    assert "\r\n" in raw_ko
    assert raw_ko[f["source"]["start"] : f["source"]["end"]] == f["source"]["text"]
    assert raw_en[f["target"]["start"] : f["target"]["end"]] == "2,500"


@pytest.mark.parametrize(
    ("setup", "expect"),
    [
        (lambda p: (p / "ko.txt").write_text("", encoding="utf-8"), "empty"),
        (lambda p: (p / "ko.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe\x00" * 20), "binary"),
        (lambda p: (p / "ko.txt").write_bytes(b"\xff\xfe\xfa\xfb" * 5 + b"abc"), "ko.txt"),
    ],
)
def test_bad_source_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: object, expect: str
) -> None:
    _pair(tmp_path)
    setup(tmp_path)  # type: ignore[operator]
    code = main(
        [
            "check",
            str(tmp_path / "ko.txt"),
            str(tmp_path / "en.txt"),
            "-o",
            str(tmp_path / "o"),
            *FAST,
        ]
    )
    assert code == 2
    _one_line_error(capsys, "ko.txt", expect)
    assert not (tmp_path / "o").exists()


def test_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "en").mkdir()
    code = main(["check", str(tmp_path / "ko"), str(tmp_path / "en"), "-o", str(tmp_path / "o")])
    assert code == 2
    _one_line_error(capsys, "ko", "not found")


def test_output_folder_that_is_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ko, en = _pair(tmp_path)
    (tmp_path / "out").write_text("x", encoding="utf-8")
    assert main(["check", str(ko), str(en), "-o", str(tmp_path / "out"), *FAST]) == 2
    _one_line_error(capsys, "out")


def test_manifest_missing_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    m = tmp_path / "m.csv"
    m.write_text("id,source\na,서울\n", encoding="utf-8")
    assert main(["check", str(m), "-o", str(tmp_path / "o"), *FAST]) == 2
    _one_line_error(capsys, "m.csv", "translation")


def test_batch_with_one_bad_file_reports_the_rest_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ko").mkdir()
    (tmp_path / "en").mkdir()
    for name in ("good", "bad"):
        (tmp_path / "ko" / f"{name}.txt").write_text(KO, encoding="utf-8")
        (tmp_path / "en" / f"{name}.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "en" / "bad.txt").write_bytes(b"")
    out = tmp_path / "o"
    assert main(["check", str(tmp_path / "ko"), str(tmp_path / "en"), "-o", str(out), *FAST]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and "Traceback" not in err
    data = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert [d["doc_id"] for d in data["documents"]] == ["good"]
    assert data["inputs"]["errors"] and "bad.txt" in data["inputs"]["errors"][0]["origin"]


def test_bad_config_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ko, en = _pair(tmp_path)
    cfg = tmp_path / "mtqa.toml"
    cfg.write_text("[gate]\nfail_on = 'sometimes'\n", encoding="utf-8")
    args = ["check", str(ko), str(en), "-o", str(tmp_path / "o"), "--config", str(cfg), *FAST]
    assert main(args) == 2
    _one_line_error(capsys, "mtqa.toml", "fail_on")


def test_rules_listing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "MT101" in out and "MT502" in out
