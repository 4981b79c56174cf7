"""Re-splitting real documents whose sentences were joined into one paragraph.

Each NTREX-128 / FLORES-200 document's lines are joined with spaces and segmented again. A line
of these corpora is usually one sentence, but NTREX starts each document with an unpunctuated
headline (which joins with the next sentence) and some lines hold two sentences, so the measures
are: how many line ends that close with sentence punctuation are found again (recall), and the
number of segments of the joined text over the number when every line is its own paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mtqa.corpora import documents
from mtqa.records import Document
from mtqa.text.korean import KoreanAnalyzer
from mtqa.text.segment import segment
from test_segment import analyzer, assert_partition

pytestmark = pytest.mark.corpus
__all__ = ["analyzer"]  # the shared kiwipiepy fixture

_PUNCT_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")

# (corpus, Korean file, language): (least recall, least ratio, greatest ratio), set a few points
# below/above what was measured (see the report printed by the test).
CASES = {
    ("ntrex128", "ko.txt", "en"): (0.98, 0.90, 0.96),
    ("ntrex128", "ko.txt", "ko"): (0.92, 0.87, 0.94),
    ("flores200-devtest", "ko.quotes-fixed.txt", "en"): (0.98, 0.97, 1.01),
    ("flores200-devtest", "ko.quotes-fixed.txt", "ko"): (0.98, 0.97, 1.01),
}


@pytest.mark.parametrize(("corpus", "ko_file", "lang"), list(CASES))
def test_rejoined_documents_split_back(
    corpora: Path, analyzer: KoreanAnalyzer, corpus: str, ko_file: str, lang: str
) -> None:
    lines_total = joined_total = separate_total = found = expected = 0
    for doc_id, ko_lines, en_lines in documents(corpora / corpus, ko=ko_file):
        lines = [line.strip() for line in (ko_lines if lang == "ko" else en_lines)]
        separate = Document.from_text(doc_id, "\n".join(lines), lang)
        joined = Document.from_text(doc_id, " ".join(lines), lang)
        separate_sents, joined_sents = segment(separate, analyzer), segment(joined, analyzer)
        assert_partition(separate, separate_sents)
        assert_partition(joined, joined_sents)
        ends = {s.end for s in joined_sents}
        offset = 0
        for line in lines[:-1]:
            offset += len(line)
            if _PUNCT_END.search(line):
                expected += 1
                found += offset in ends
            offset += 1
        lines_total += len(lines)
        joined_total += len(joined_sents)
        separate_total += len(separate_sents)
    recall, ratio = found / expected, joined_total / separate_total
    print(
        f"\n{corpus} {lang}: {lines_total} lines, {separate_total} segments line by line, "
        f"{joined_total} joined (ratio {ratio:.3f}, {joined_total / lines_total:.3f} of lines); "
        f"line ends found again {found}/{expected} = {recall:.3f}"
    )
    least_recall, least_ratio, most_ratio = CASES[(corpus, ko_file, lang)]
    assert recall >= least_recall
    assert least_ratio <= ratio <= most_ratio
