from __future__ import annotations

import json
import re
from pathlib import Path

from mtqa.gate import GatePolicy
from mtqa.report import ReportWriter
from mtqa.report.safe import csv_cell, script_json, xml_text
from mtqa.report.sample import make_document, make_hostile_document, make_run


def test_script_json_cannot_end_a_script() -> None:
    value = {"x": "</script><!-- <script> & \u2028\u2029"}
    text = script_json(value)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == value


def test_xml_text_and_csv_cells() -> None:
    assert xml_text("a\x00b\x1bc\ud800") == "a\ufffdb\ufffdc\ufffd"
    assert csv_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert csv_cell("-3%") == "'-3%" and csv_cell("Seoul") == "Seoul" and csv_cell(3) == 3


def test_hostile_text_is_escaped_everywhere(tmp_path: Path) -> None:
    out = tmp_path / "r"
    w = ReportWriter(out, make_run(), GatePolicy(), {"html", "json", "csv", "junit", "github"})
    w.add(make_hostile_document())
    w.add(make_document(0, sentences=5))
    w.close()
    pages = [out / "index.html", *(out / "articles").iterdir()]
    for page in pages:
        html = page.read_text("utf-8")
        # Only our own two script elements (data + code) and no live markup from the article.
        assert html.count("<script") <= 2, page
        assert "<img" not in html and "<svg onload" not in html and "<b>bold" not in html
        assert 'href="javascript' not in html
    article = next(p for p in (out / "articles").iterdir() if "evil" in p.name)
    html = article.read_text("utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert" in html
    data = html.split('<script type="application/json" id="mtqa-data">', 1)[1].split("</script>")[0]
    assert json.loads(data)["findings"][0]["code"] == "MT900"
    assert all(p.resolve().parent == (out / "articles").resolve() for p in pages[1:])


def test_no_remote_resources(tmp_path: Path) -> None:
    out = tmp_path / "r"
    w = ReportWriter(out, make_run(), GatePolicy(), {"html"})
    w.add(make_document(3, sentences=6))
    w.close()
    for page in [out / "index.html", *(out / "articles").iterdir()]:
        html = page.read_text("utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
        assert "@import" not in html and "url(" not in html
        assert "Content-Security-Policy" in html
