"""Golden tests: the example articles in corpora/example next to the findings an editor expects.

Runs the real default path (bundled encoder, embedding aligner, QE) through the CLI entry point.
Every expected finding must be reported (confidence >= 0.5), and every confident finding must
be expected: a flag on a correct rendering is a failure too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mtqa.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "example"
CONFIDENT = 0.5
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("golden") / "report"
    code = main(
        [
            "check",
            str(EXAMPLE / "ko"),
            str(EXAMPLE / "en"),
            "--ref",
            str(EXAMPLE / "ref"),
            "-o",
            str(out),
            "-q",
        ]
    )
    assert code == 0
    data: dict[str, Any] = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return data


def _text(span: dict[str, Any] | None) -> str | None:
    return None if span is None else span["text"]


def _matches(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    if not actual["code"].startswith(expected["code"]):
        return False
    for side in ("source", "target"):
        want, got = expected[side], _text(actual[side])
        if want is None:
            continue
        if got is None or not (want in got or (got and got in want)):
            return False
    return True


CASES = sorted(p.stem for p in (EXAMPLE / "expected").glob("*.json"))


@pytest.mark.parametrize("doc_id", CASES)
def test_article_findings(report: dict[str, Any], doc_id: str) -> None:
    expected = json.loads((EXAMPLE / "expected" / f"{doc_id}.json").read_text("utf-8"))["findings"]
    doc = next(d for d in report["documents"] if d["doc_id"] == doc_id)
    confident = [f for f in doc["findings"] if f["confidence"] >= CONFIDENT]
    unmatched = list(confident)
    missing = []
    for exp in expected:
        hit = next((a for a in unmatched if _matches(exp, a)), None)
        if hit is None:
            missing.append(exp)
        else:
            unmatched.remove(hit)
    assert not missing, f"expected findings not reported: {missing}"
    assert not unmatched, "unexpected findings: " + "; ".join(
        f"{f['code']} {f['message']}" for f in unmatched
    )


def test_every_sentence_appears_once_and_unpaired_listed(report: dict[str, Any]) -> None:
    for doc in report["documents"]:
        for side in ("source", "target"):
            n = len(doc[side]["sentences"])
            used = sorted(i for u in doc["units"] for i in u[side])
            assert used == list(range(n)), (doc["doc_id"], side)
    missing = {(u["doc_id"], u["missing"]) for u in report["inputs"]["unpaired"]}
    assert missing == {("seoul-subway-untranslated", "target")}
    # Articles with no reference file are checked, and listed as such.
    assert "bok-rate-decision" in report["inputs"]["without_reference"]
    assert "gyeonggi-heavy-rain" not in report["inputs"]["without_reference"]


def test_signature_records_what_produced_the_scores(report: dict[str, Any]) -> None:
    sig = report["signature"]
    assert sig["mtqa"]
    assert sig["encoder"]["weights_hash"] and sig["encoder"]["model_id"]
    assert sig["encoder"]["precision"] in ("fp32", "bf16")
    assert sig["rules"]["codes"] and sig["rules"]["hash"]
    assert "nw:2" in sig["metrics"]["chrf"]
    gyeonggi = next(d for d in report["documents"] if d["doc_id"] == "gyeonggi-heavy-rain")
    assert gyeonggi["scores"]["chrf"] is not None and gyeonggi["scores"]["bleu"] is not None
    assert all(d["scores"].get("qe") is not None for d in report["documents"])
