from __future__ import annotations

from pathlib import Path

from rich.console import Console

from mtqa.gate import GatePolicy
from mtqa.records import Severity
from mtqa.report import ReportWriter
from mtqa.report.github import annotation_lines, command, escape_data, escape_property
from mtqa.report.sample import make_document, make_run
from mtqa.report.terminal import print_summary, progress
from mtqa.report.textpos import line_col


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    line = command("error", "bad\nthing", file="dir/a,b:c.txt", line=3, col=None)
    assert line == "::error file=dir/a%2Cb%3Ac.txt,line=3::bad%0Athing"


def test_line_col_counts_crlf_as_one_break() -> None:
    text = "제목\r\n\r\n첫 문장. 둘째\n셋째\r넷째"
    for target in ("첫", "둘째", "셋째", "넷째"):
        offset = text.index(target)
        line, col = line_col(text, offset)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        assert lines[line - 1][col - 1 :].startswith(target)


def test_annotations_point_at_the_target_span() -> None:
    doc = make_document(4, sentences=9, crlf=True)
    policy = GatePolicy(fail_on=Severity.CRITICAL, min_confidence=0.0)
    lines = list(annotation_lines(doc, policy))
    findings = doc["findings"]  # all count: none dismissed, no confidence floor
    assert len(lines) >= len(findings)
    text = doc["target"]["text"].replace("\r\n", "\n").split("\n")
    for f, line in zip(findings, lines[: len(findings)], strict=True):
        assert line.startswith(
            "::error " if f["severity"] == "critical" else ("::warning ", "::notice ")
        )
        if not f["target"]:
            continue
        props = dict(p.split("=", 1) for p in line.split("::")[1].split(" ", 1)[1].split(","))
        row, col = int(props["line"]), int(props["col"])
        assert text[row - 1][col - 1 :].startswith(f["target"]["text"])


def test_dismissed_findings_are_not_annotated() -> None:
    doc = make_document(2, sentences=9)
    for f in doc["findings"]:
        f["status"] = "dismissed"
    assert list(annotation_lines(doc, GatePolicy(fail_on=Severity.MINOR))) == []


def test_terminal_summary_and_progress(tmp_path: Path) -> None:
    w = ReportWriter(tmp_path / "r", make_run(), GatePolicy(fail_on=Severity.MAJOR), {"json"})
    with progress(3, console=Console(file=open(tmp_path / "p.txt", "w"))) as advance:  # noqa: SIM115
        for i in range(3):
            w.add(make_document(i, sentences=6))
            advance()
    result = w.close()
    console = Console(record=True, width=120)
    print_summary(result, console)
    out = console.export_text()
    assert "3 articles" in out and "news-00000" in out
    assert f"{result.failed} failing" in out
