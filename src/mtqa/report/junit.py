"""JUnit XML: one testcase per article; a failing article's failure lists its findings.

Test cases are serialized one at a time as articles arrive (:func:`testcase`) and wrapped in
``<testsuites>`` at the end (:func:`write`), so a big batch is never held in memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mtqa.gate import GatePolicy, counts_against, describe
from mtqa.report.safe import xml_text


def testcase(doc: Mapping[str, Any], reasons: list[str], policy: GatePolicy) -> str:
    """The ``<testcase>`` element of one article, as a string."""
    doc_id = xml_text(doc.get("doc_id", ""))
    origin = (doc.get("target") or {}).get("origin") or ""
    case = ET.Element("testcase", classname="mtqa", name=doc_id, file=xml_text(origin))
    findings = [f for f in doc.get("findings") or [] if counts_against(f, policy)]
    if reasons:
        failure = ET.SubElement(
            case,
            "failure",
            type="mtqa.gate",
            message=xml_text(f"{len(reasons)} gate violation(s): " + "; ".join(reasons)[:2000]),
        )
        lines = [*reasons, "", "Findings:"]
        for f in findings:
            lines.append(describe(f))
            for side in ("source", "target"):
                span = f.get(side)
                if span:
                    lines.append(
                        f"  {side} [{span.get('start')}:{span.get('end')}]: {span.get('text', '')}"
                    )
            if f.get("suggestion"):
                lines.append(f"  suggestion: {f['suggestion']}")
        failure.text = xml_text("\n".join(lines))
    elif findings:
        out = ET.SubElement(case, "system-out")
        out.text = xml_text("\n".join(describe(f) for f in findings))
    return ET.tostring(case, encoding="unicode")


def write(path: Path, parts: Path, tests: int, failures: int, name: str = "mtqa") -> None:
    """Wrap the test cases stored one per line in ``parts`` into a JUnit file at ``path``."""
    attrs = f'name="{name}" tests="{tests}" failures="{failures}" errors="0" skipped="0"'
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n')
        out.write(f"<testsuites {attrs}>\n<testsuite {attrs}>\n")
        if parts.exists():
            with parts.open(encoding="utf-8") as src:
                for line in src:
                    out.write(line)
        out.write("</testsuite>\n</testsuites>\n")
