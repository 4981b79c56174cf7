"""A whole real test set through `mtqa check`: nothing is lost (every input sentence, once)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from mtqa.cli import main
from mtqa.corpora import documents

pytestmark = [pytest.mark.corpus, pytest.mark.model]


def _nonspace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_flores_every_sentence_in_exactly_one_unit(corpora: Path, tmp_path: Path) -> None:
    docs = documents(corpora / "flores200-devtest", ko="ko.quotes-fixed.txt")
    for side in ("ko", "en"):
        (tmp_path / side).mkdir()
    for doc_id, ko, en in docs:
        (tmp_path / "ko" / f"{doc_id}.txt").write_text(" ".join(ko) + "\n", encoding="utf-8")
        (tmp_path / "en" / f"{doc_id}.txt").write_text(" ".join(en) + "\n", encoding="utf-8")
    out = tmp_path / "report"
    code = main(
        [
            "check",
            str(tmp_path / "ko"),
            str(tmp_path / "en"),
            "-o",
            str(out),
            "-q",
            "--qe",
            "none",
            "--format",
            "json",
        ]
    )
    assert code == 0
    report = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    assert len(report["documents"]) == len(docs) == 281
    assert report["inputs"]["unpaired"] == [] and report["inputs"]["errors"] == []
    one_to_one = total = 0
    for doc in report["documents"]:
        for side in ("source", "target"):
            sents = doc[side]["sentences"]
            used = sorted(i for u in doc["units"] for i in u[side])
            assert used == list(range(len(sents))), (doc["doc_id"], side)
            # The sentences hold all the text, each character once.
            assert _nonspace("".join(s["text"] for s in sents)) == _nonspace(doc[side]["text"])
        one_to_one += sum(1 for u in doc["units"] if u["kind"] == "1-1")
        total += len(doc["units"])
    # Human translations of single-sentence lines: most units are 1-1 (measured 0.9+).
    assert one_to_one / total > 0.85
