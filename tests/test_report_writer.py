from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from mtqa.errors import InputError
from mtqa.gate import GatePolicy
from mtqa.records import Severity
from mtqa.report import FORMATS, ReportWriter, RunSummary
from mtqa.report.safe import SafeNames
from mtqa.report.sample import make_document, make_run

POLICY = GatePolicy(fail_on=Severity.CRITICAL)


def build(out: Path, docs: list[dict], formats: set[str] | frozenset[str] = FORMATS) -> RunSummary:
    w = ReportWriter(out, make_run(), POLICY, formats)
    for d in docs:
        w.add(d)
    return w.close({"paired": len(docs), "unpaired": [], "errors": []})


def test_writes_every_format(tmp_path: Path) -> None:
    docs = [make_document(i, sentences=8, reference=i == 1) for i in range(4)]
    out = tmp_path / "report"
    summary = build(out, docs)
    names = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert {
        "index.html",
        "findings.json",
        "findings.csv",
        "documents.csv",
        "junit.xml",
        "github-annotations.txt",
        "documents.jsonl",
    } <= names
    assert len([n for n in names if n.startswith("articles/")]) == 4
    data = json.loads((out / "findings.json").read_text("utf-8"))
    assert data["schema"] == "mtqa.report/1" and data["documents"] == docs
    assert data["summary"]["documents"] == 4
    found = pd.read_csv(out / "findings.csv")
    assert len(found) == sum(len(d["findings"]) for d in docs)
    assert set(found["doc_id"]) == {d["doc_id"] for d in docs if d["findings"]}
    table = pd.read_csv(out / "documents.csv")
    assert list(table["doc_id"]) == [d["doc_id"] for d in docs]
    failing = {d["doc_id"] for d in docs if any(f["severity"] == "critical" for f in d["findings"])}
    assert set(table.loc[table["gate"] == "fail", "doc_id"]) == failing
    assert summary.failed == len(failing)
    assert "meta.desk" in table.columns


def test_junit_is_valid_xml_with_one_case_per_article(tmp_path: Path) -> None:
    docs = [make_document(i, sentences=8) for i in range(3)]
    docs[0]["findings"][0]["message"] = 'ctrl \x00\x1b & <tag> "q"'
    docs[0]["findings"][0]["severity"] = "critical"
    build(tmp_path / "r", docs, {"junit"})
    root = ET.parse(tmp_path / "r" / "junit.xml").getroot()
    cases = root.iter("testcase")
    by_name = {c.get("name"): c for c in cases}
    assert set(by_name) == {d["doc_id"] for d in docs}
    failure = by_name[docs[0]["doc_id"]].find("failure")
    assert failure is not None and "& <tag>" in (failure.text or "")
    assert root.get("tests") == "3"


def test_existing_report_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "report"
    build(out, [make_document(i, sentences=6) for i in range(3)], {"html", "json"})
    w = ReportWriter(out, make_run(), POLICY, {"html", "json"})
    w.add(make_document(9, sentences=6))
    # While writing, the old report is intact and no new file leaked into it.
    assert len(list((out / "articles").iterdir())) == 3
    w.close()
    assert [p.name for p in (out / "articles").iterdir()] == ["news-00009.html"]
    assert [p.name for p in tmp_path.iterdir()] == ["report"]  # no temporary folders left


def test_failure_leaves_the_old_report(tmp_path: Path) -> None:
    out = tmp_path / "report"
    build(out, [make_document(1, sentences=6)], {"json"})
    before = (out / "findings.json").read_bytes()
    with pytest.raises(RuntimeError), ReportWriter(out, make_run(), POLICY, {"json"}) as w:
        w.add(make_document(2, sentences=6))
        raise RuntimeError("pipeline died")
    assert (out / "findings.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text("x")
    with pytest.raises(InputError) as err:
        ReportWriter(path, make_run(), POLICY, {"html"})
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="pdf"):
        ReportWriter(tmp_path / "r", make_run(), POLICY, {"pdf"})


def test_safe_names_are_unique_and_plain() -> None:
    names = SafeNames()
    ids = ["a/b", "a_b", "A_B", "../../etc/passwd", "기사 1", "기사 2", "CON", "", "x" * 300]
    out = [names.name(i) for i in ids]
    assert len({o.lower() for o in out}) == len(ids)
    assert all(o and len(o) <= 100 and all(c.isalnum() or c in "_-" for c in o) for o in out)
    assert out[1] == "a_b"  # already safe ids keep their name
    assert SafeNames().name("기사 1") != SafeNames().name("기사 2")


def test_findings_json_streams_documents_from_disk(tmp_path: Path) -> None:
    # The writer keeps summaries, never whole documents.
    w = ReportWriter(tmp_path / "r", make_run(), POLICY, {"json"})
    w.add(make_document(0, sentences=6))
    held = [v for v in vars(w).values() if isinstance(v, list)]
    assert all(not any(isinstance(x, dict) for x in v) for v in held)
    w.close()


def test_without_a_gate_reports_say_so(tmp_path: Path) -> None:
    docs = [make_document(i, sentences=4) for i in range(2)]
    w = ReportWriter(tmp_path / "r", make_run(), GatePolicy(), {"html", "csv"})
    for d in docs:
        w.add(d)
    w.close({"paired": 2, "unpaired": [], "errors": []})
    assert "no gate set" in (tmp_path / "r" / "index.html").read_text("utf-8")
    page = next((tmp_path / "r" / "articles").glob("*.html")).read_text("utf-8")
    assert "not set" in page and "PASS" not in page
    assert set(pd.read_csv(tmp_path / "r" / "documents.csv")["gate"]) == {"none"}
