from __future__ import annotations

import random
import unicodedata

import pytest

from mtqa.records import Document, Sentence
from mtqa.text.korean import KoreanAnalyzer
from mtqa.text.segment import segment, split_english


def assert_partition(doc: Document, sentences: list[Sentence]) -> None:
    """Every non-whitespace character is in exactly one sentence; spans are trimmed and exact."""
    text = doc.text
    covered = [0] * len(text)
    for i, s in enumerate(sentences):
        assert s.index == i
        assert s.text == text[s.start : s.end]
        assert s.text and s.text == s.text.strip()
        assert "\n" not in s.text  # line breaks are hard boundaries
        for k in range(s.start, s.end):
            covered[k] += 1
    assert [s.start for s in sentences] == sorted(s.start for s in sentences)
    for k, ch in enumerate(text):
        assert covered[k] <= 1 if ch.isspace() else covered[k] == 1, (k, ch)
    paragraphs = [s.paragraph for s in sentences]
    assert paragraphs == sorted(paragraphs)


def en(text: str) -> list[str]:
    doc = Document.from_text("d", text, "en")
    sentences = segment(doc)
    assert_partition(doc, sentences)
    return [s.text for s in sentences]


@pytest.fixture(scope="session")
def analyzer() -> KoreanAnalyzer:
    return KoreanAnalyzer()


def ko(text: str, analyzer: KoreanAnalyzer) -> list[str]:
    doc = Document.from_text("d", text, "ko")
    sentences = segment(doc, analyzer)
    assert_partition(doc, sentences)
    return [s.text for s in sentences]


ENGLISH = [
    ("The U.S. economy grew 3.5% last year. Analysts expected less.", 2),
    ("The U.K. government agreed. The EU did not.", 2),
    ("Dr. Kim met Mr. Lee in Seoul. They talked.", 2),
    ("Gov. Newsom and Sen. Warren spoke. Both declined to comment.", 2),
    ("Lt. Col. Park and Gen. Kim attended. Sgt. Lee did not.", 2),
    ('"It is hard," Ms. Sumbung said. Then she left.', 2),
    ("The talks start on Jan. 5 in Geneva. Officials confirmed it.", 2),
    ("He ranked No. 3 in the world. He was happy.", 2),
    ("The deal is worth $1.2 billion. It closes in May.", 2),
    ("The index closed at 2,456.78. Trading was light.", 2),
    ("Output rose 5%. Exports fell 3.1%.", 2),
    ("J.K. Rowling wrote a new book. It sold well.", 2),
    ("Kim J. Lee won the award. She thanked her team.", 2),
    ("Some fruits, e.g. apples, are cheap. Others are not.", 2),
    ("Officials said vs. last year the rate doubled. It is high.", 2),
    ("It cost approx. 5 dollars. Nobody paid.", 2),
    ('He said, "We will go." Then he left.', 2),
    ("“We will fight,” he said. “We will win.”", 2),
    ("'It is over,' she said. 'We lost.'", 2),
    ('"Why now?" he asked. Nobody answered.', 2),
    ("Is this true? Nobody knows! We will see.", 3),
    ("He paused... and then continued. The crowd cheered.", 2),
    ("He paused… and then continued. The crowd cheered.", 2),
    ("The company (founded in 1998 by S. Park. Inc.) grew fast. It has 500 staff.", 2),
    ("The vote was 52-48 (see Fig. 2). It passed.", 2),
    ("Samsung Electronics Co. said profit fell. Shares dropped.", 2),
    ("Apple Inc. reported results. Revenue was $90 bn.", 2),
    ("It happened at 3 p.m. on Monday. Police arrived later.", 2),
    ("The ship left at 9 a.m. It arrived at noon.", 2),
    ("He moved to the U.S. in 2010. He became a citizen.", 2),
    ("I served in the U.S. Army for years. It was hard.", 2),
    ("He was born in Washington, D.C. The city is large.", 2),
    ("He works for the U.N. He is a diplomat.", 2),
    ("Visit www.example.com for details. Thanks.", 2),
    ("He scored 3.5 pts. in game no. 4. It was a record.", 2),
    ('I said "O.K., fine." Then I left.', 2),
    ("Prices rose. 2019 was worse.", 2),
    ("He said no. Then he left.", 2),
    ("MR. SMITH WENT HOME. HE SLEPT.", 2),
]


@pytest.mark.parametrize(("text", "count"), ENGLISH)
def test_english_news_sentences(text: str, count: int) -> None:
    sentences = en(text)
    assert len(sentences) == count, sentences
    assert " ".join(sentences) == text


def test_quote_closing_stays_with_its_sentence() -> None:
    assert en('He said, "We will go." Then they left.') == [
        'He said, "We will go."',
        "Then they left.",
    ]
    assert en("(He left.) Then she came.") == ["(He left.)", "Then she came."]


def test_split_english_offsets() -> None:
    text = "One. Two! Three? Four"
    assert split_english(text) == [4, 9, 16]


def test_line_breaks_and_paragraphs() -> None:
    text = "Headline without period\nFirst body line. Still first.\nSecond line\n\n\nNew paragraph."
    doc = Document.from_text("d", text, "en")
    sentences = segment(doc)
    assert_partition(doc, sentences)
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Headline without period", 0),
        ("First body line.", 1),
        ("Still first.", 1),
        ("Second line", 1),
        ("New paragraph.", 2),
    ]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    doc = Document.from_text("d", "Title\nPara one. Two.\nPara two.\n", "en")
    assert [(s.text, s.paragraph) for s in segment(doc)] == [
        ("Title", 0),
        ("Para one.", 1),
        ("Two.", 1),
        ("Para two.", 2),
    ]


def test_crlf_offsets_map_to_the_original() -> None:
    raw = "\ufeffTitle\r\n\r\n  He left. She stayed.\r\n"
    doc = Document.from_text("d", raw.lstrip("\ufeff"), "en")
    sentences = segment(doc)
    assert_partition(doc, sentences)
    assert [s.text for s in sentences] == ["Title", "He left.", "She stayed."]
    for s in sentences:
        a, b = doc.original_span(s.start, s.end)
        assert doc.raw[a:b] == s.text


def test_empty_and_blank_documents() -> None:
    assert en("") == []
    assert en(" \n\u3000\n\t") == []


KOREAN = [
    ('그는 "우리는 간다."라고 말했다. 경제는 3.5% 성장했어요. 좋다.', 3),
    ("“우리는 이긴다.” 그가 말했다.", 2),
    ("미국(U.S.)은 2.5% 올랐다. 다음 문장이다.", 2),
    ("정부는 1.2조 원을 투입한다.이는 처음이다.", 2),
    ("그는 ‘물렸어요! 물렸어요!’라고 외쳤다. 다음 날 그는 떠났다.", 2),
    ("삼성전자는 “올해 매출이 5% 늘 것”이라고 밝혔다. 그러나 시장은 회의적이다.", 2),
    ("괜찮아요? 네, 괜찮습니다.", 2),
    # The quote opened on an earlier line: the quotative particle still continues the sentence.
    ('정말 감사합니다."라고 게시했다. 다음 날 그는 떠났다.', 2),
    ("크게 우려됩니다.” 라고 그가 말했다.", 1),
    ('그는 이렇게 말했다. "우리는 간다." 그리고 떠났다.', 3),
]


@pytest.mark.parametrize(("text", "count"), KOREAN)
def test_korean_sentences(text: str, count: int, analyzer: KoreanAnalyzer) -> None:
    sentences = ko(text, analyzer)
    assert len(sentences) == count, sentences
    assert "".join(sentences).replace(" ", "") == text.replace(" ", "")


def test_korean_lines_and_decomposed_jamo(analyzer: KoreanAnalyzer) -> None:
    composed = "제목\r\n\r\n정부는 발표했다. 시장은 반응했다.\r\n둘째 줄이다."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    doc = Document.from_text("d", decomposed, "ko")
    sentences = segment(doc, analyzer)
    assert_partition(doc, sentences)
    assert [s.text for s in sentences] == [
        "제목",
        "정부는 발표했다.",
        "시장은 반응했다.",
        "둘째 줄이다.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 1]
    a, b = doc.original_span(sentences[1].start, sentences[1].end)
    assert unicodedata.normalize("NFC", doc.raw[a:b]) == "정부는 발표했다."


def test_korean_uses_a_default_analyzer() -> None:
    doc = Document.from_text("d", "첫 문장이다. 둘째 문장이다.", "ko")
    assert len(segment(doc)) == 2


FRAGMENTS = [
    "The U.S. said so.",
    "Dr. Lee (aged 52.) left.",
    '"We go," he said.',
    "It rose 3.5%!",
    "Why?",
    "...",
    "…",
    " ",
    "\u00a0",
    "\u3000",
    "\t",
    "\n",
    "\r\n",
    "\n\n",
    "정부는 밝혔다.",
    "“좋아요.”라고 말했다.",
    "가\u0301",
    "e.g. this",
    "(",
    ")",
    '"',
    "A.",
    "x",
    "😀",
]


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_partition_property_on_random_texts(lang: str, analyzer: KoreanAnalyzer) -> None:
    rng = random.Random(20240601)
    for _ in range(150 if lang == "en" else 40):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 25)))
        doc = Document.from_text("d", text, lang)
        assert_partition(doc, segment(doc, analyzer))


def test_korean_analyzers_share_one_kiwi_model() -> None:
    from mtqa.text.korean import KoreanAnalyzer

    assert KoreanAnalyzer().kiwi is KoreanAnalyzer().kiwi
