"""Coverage rules (MT1xx, MT2xx): omitted/added sentences, boilerplate, length, untranslated."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.neighbours import REPEAT_SHARE, rendered_in, repeated_from
from mtqa.rules.orgs import named_pairs
from mtqa.text.newswire import BOILERPLATE, boilerplate_kind, is_source_furniture, says_kind

# log(English non-space chars / Korean non-space chars) on human news translations, measured on
# ../shared/corpora (NTREX-128 0.673 +- 0.239, FLORES 0.771 +- 0.188, Park test 0.781 +- 0.355).
LOG_RATIO_MEAN = 0.73
LOG_RATIO_STD = 0.25
LOG_RATIO_LIMIT = 3.2  # standard deviations before a unit's length ratio is flagged
MIN_CHARS_FOR_RATIO = 12  # Korean non-space characters; short units vary too much
MERGED_CONFIDENCE = 0.35  # an omission whose content a neighbouring translation seems to render
REPEAT_CONFIDENCE = 0.8  # an added sentence that repeats a neighbouring English sentence

_HANGUL_CHARS = r"[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]+"
HANGUL = re.compile(rf"{_HANGUL_CHARS}(?:\s+{_HANGUL_CHARS})*")
# One untranslated run for MT201: Hangul words with the digits and marks between them (강남 3구).
_UNTRANSLATED = re.compile(rf"{_HANGUL_CHARS}(?:[\s\d·ㆍ,.%-]+{_HANGUL_CHARS})*")
# A romanization or original spelling in parentheses after a Korean name (칸예 웨스트(Kanye West)):
# Latin letters, digits, spaces and a little punctuation; parts separated by "·", "," or "/".
LATIN_PARENS = re.compile(
    r"[(（]\s*([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9\s.,'’&/·-]*)[)）]"
)
_PARTS = re.compile(r"[·,/]")


def _nonspace(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def has_words(text: str) -> bool:
    """Whether ``text`` has a letter or a digit (a lone quotation mark split off has none)."""
    return any(c.isalnum() for c in text)


def korean_length(text: str, english: str) -> int:
    """Non-space characters of Korean text, less romanized spellings that ``english`` repeats.

    A Latin-script spelling in parentheses after a Korean name is left out when the English
    writes it (the English has the name once); one the English lacks may mark an omission.
    """
    n = _nonspace(text)
    for m in LATIN_PARENS.finditer(text):
        parts = [p.strip() for p in _PARTS.split(m.group(1)) if p.strip()]
        found = [p for p in parts if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", english, re.I)]
        # All parts repeated: the parentheses and separators go too.
        n -= _nonspace(m.group(0)) if found == parts else sum(_nonspace(p) for p in found)
    return n


def _lone_hit(view: UnitView, source: bool, confidence: float) -> Hit:
    """MT101/MT102's finding on a sentence alone in its unit (a 1-0 or 0-1 bead): at
    ``confidence``, or at :data:`MERGED_CONFIDENCE` when a neighbouring unit renders it."""
    text = view.source_text if source else view.target_text
    span = (0, len(text))
    mine, lacks, other, verb = (
        ("source", "translation", "English", "render")
        if source
        else ("translated", "source", "Korean", "say")
    )
    again = None if source else repeated_from(view)
    if again is not None:  # "Experts said X. Experts said X.": the MT repeats a sentence
        side = "previous" if again < view.unit.index else "next"
        return Hit(
            f"translated sentence repeats the {side} English sentence; the Korean says it once",
            target=span,
            confidence=REPEAT_CONFIDENCE,
        )
    near = rendered_in(view, source)
    if near is None:
        message = f"{mine} sentence has no {lacks}"
    else:
        side = "previous" if near.neighbour < view.unit.index else "next"
        matched = round(near.share * near.words)
        message = (
            f"{mine} sentence has no {lacks} of its own; the {side} {other} sentence may {verb} "
            f"it ({matched} of {near.words} content words match there)"
        )
        confidence = MERGED_CONFIDENCE
    return Hit(
        message,
        source=span if source else None,
        target=None if source else span,
        confidence=confidence,
    )


@rule(
    "MT101",
    "omission",
    "Accuracy/Omission",
    Severity.MAJOR,
    "A source sentence has no translation.",
    "The aligner placed a Korean sentence in a unit with no English sentence (a 1-0 bead): the "
    "sentence was dropped, or translated so freely that nothing in the English matches it. "
    "Newswire furniture that English editions drop (a copyright notice, the reporter's e-mail "
    "address, a byline on its own line, a photo credit) is not reported. When a neighbouring "
    "English sentence renders the sentence's content words (machine translation often joins two "
    "Korean sentences into one English sentence), the finding is kept at a low confidence "
    f"({MERGED_CONFIDENCE}) that fails no gate, unless that English lacks every figure of 100 "
    "or more, percentage or decimal the sentence gives and matches few of its words. Uses the "
    "sentence encoder for that test.",
    (
        Example(
            "정부는 30일 대책을 발표했다. 시행은 다음 달부터다.",
            "The government announced measures on the 30th.",
            "The second sentence (it takes effect next month) is missing.",
        ),
    ),
    merge_runs=True,
    uses_encoder=True,
)
def omission(view: UnitView) -> Iterator[Hit]:
    if view.unit.source and not view.unit.target and has_words(view.source_text):
        if is_source_furniture(view.source_text):
            return
        yield _lone_hit(view, True, 0.9 if _nonspace(view.source_text) >= 8 else 0.6)


@rule(
    "MT102",
    "addition",
    "Accuracy/Addition",
    Severity.MAJOR,
    "A translated sentence has no source.",
    "The aligner placed an English sentence in a unit with no Korean sentence (a 0-1 bead): text "
    "was added that the article does not contain. Boilerplate lines are reported as MT104; a "
    "'sentence' with no letter or digit (a closing quotation mark the segmenter split off) is "
    "not reported. A sentence that repeats a neighbouring English sentence (at least "
    f"{int(REPEAT_SHARE * 100)}% of its content words there: machine translation looping on a "
    f"sentence) is reported at {REPEAT_CONFIDENCE}. When a neighbouring Korean sentence says what "
    "the sentence says (its content words match there, as for MT101), the finding is kept at a "
    f"low confidence ({MERGED_CONFIDENCE}) that fails no gate. Uses the sentence encoder for that "
    "test.",
    (
        Example(
            "정부는 30일 대책을 발표했다.",
            "The government announced measures on the 30th. Experts welcomed the plan.",
            "The second English sentence has no Korean source.",
        ),
    ),
    merge_runs=True,
    uses_encoder=True,
)
def addition(view: UnitView) -> Iterator[Hit]:
    if view.unit.target and not view.unit.source and has_words(view.target_text):
        if BOILERPLATE.search(view.target_text):
            return
        yield _lone_hit(view, False, 0.9 if len(view.target_text.split()) >= 4 else 0.6)


@rule(
    "MT103",
    "length-ratio",
    "Accuracy/Omission",
    Severity.MINOR,
    "An aligned unit is much shorter or longer than its source.",
    "The English of an aligned unit is far shorter (part of the sentence may be missing) or far "
    f"longer (something may have been added) than human news translations are: the log ratio of "
    f"non-space characters is more than {LOG_RATIO_LIMIT} standard deviations from its mean "
    "(measured on NTREX-128, FLORES and Park news references). Latin-script text in parentheses "
    "in the Korean (a romanized name after its Hangul spelling, 칸예 웨스트(Kanye West)) is not "
    "counted when the English writes it too: the English has the name once. Nor are "
    "organizations named on both sides: an official English name is far longer than the Korean "
    "short name (국토교통부, 'Ministry of Land, Infrastructure and Transport').",
    (
        Example(
            "정부는 30일 부동산 대책과 함께 세제 개편안을 발표하고 다음 달부터 시행하기로 했다.",
            "The government made an announcement.",
            "Most of the sentence's content is missing in the English.",
        ),
    ),
)
def length_ratio(view: UnitView) -> Iterator[Hit]:
    if not (view.unit.source and view.unit.target):
        return
    ko, en = korean_length(view.source_text, view.target_text), _nonspace(view.target_text)
    # An organization's official English name is far longer than its Korean short name
    # (국토교통부, 'Ministry of Land, Infrastructure and Transport'): left out on both sides.
    for korean, english in named_pairs(view):
        ko, en = ko - _nonspace(korean), en - _nonspace(english)
    if ko < MIN_CHARS_FOR_RATIO or en <= 0:
        return
    z = (math.log(en / ko) - LOG_RATIO_MEAN) / LOG_RATIO_STD
    if abs(z) < LOG_RATIO_LIMIT:
        return
    shorter = z < 0
    yield Hit(
        f"translation is {'much shorter' if shorter else 'much longer'} than the source "
        f"({en} vs {ko} characters; {abs(z):.1f} standard deviations from the usual ratio)",
        source=(0, len(view.source_text)),
        target=(0, len(view.target_text)),
        confidence=min(0.9, 0.4 + 0.1 * (abs(z) - LOG_RATIO_LIMIT)),
        severity=Severity.MAJOR if abs(z) > LOG_RATIO_LIMIT + 2 else None,
    )


# MT104 in a unit with Korean: the kinds of boilerplate reported (confidence), and the longest
# sentence taken for one (a long sentence about copyright is content). Agency tags and addresses
# are left alone there: English editions add their own dateline and links.
IN_UNIT_KINDS = {"prompt": 0.8, "credit": 0.8, "notice": 0.7, "end": 0.8}
IN_UNIT_MAX_WORDS = 25
# A notice line, not a sentence that mentions copyright ("a copyright dispute").
NOTICE_LINE = re.compile(r"©|ⓒ|\(c\)|all rights reserved|unauthori[sz]ed|reproduction", re.I)
TRAILING_NOTICE = re.compile(
    r"(?:\((?:Yonhap|AP|AFP|Reuters|Xinhua|Kyodo)\)\s*(?:--|—|–|-)?\s*)?"
    r"(?:(?:©|ⓒ|\(c\))[^.]{0,40}\.?\s*)?all rights reserved\.?\s*$"
    # or the whole notice in brackets: '(Yonhap News Agency, all rights reserved)'
    r"|[(\[][^()\[\]]{0,40}\ball rights reserved\.?[)\]]\s*$",
    re.I,
)


# The end mark of wire copy glued to the last sentence ('... abroad. (END)').
TRAILING_END = re.compile(r"(?<=[.!?\"”'’]\s)[(\[]END[)\]]\s*$")


@rule(
    "MT104",
    "boilerplate",
    "Accuracy/Addition",
    Severity.MAJOR,
    "Boilerplate crept into the translation.",
    "An English sentence with no Korean source looks like boilerplate: a copyright line, a "
    "'click here' or subscription prompt, a URL or e-mail address, an agency tag, a "
    "'translated by' note, a wire copy's end mark, (END) (0.9). Also, at 0.8 (0.7 for a "
    f"copyright line), a sentence of up to {IN_UNIT_MAX_WORDS} words aligned to Korean that is a "
    "prompt, a credit, an end mark or a copyright line the Korean does not state (no 구독, "
    "클릭, 번역, 저작권, (끝)...): the aligner often pairs it with "
    "the Korean copyright notice or e-mail line the English edition drops.",
    (
        Example(
            "정부는 30일 대책을 발표했다.",
            "The government announced measures on the 30th. (c) 2024 Yonhap. All rights reserved.",
            "The copyright line is not part of the article.",
        ),
    ),
    merge_runs=True,
)
def boilerplate(view: UnitView) -> Iterator[Hit]:
    if not view.unit.target:
        return
    if not view.unit.source:
        m = BOILERPLATE.search(view.target_text)
        if m:
            yield Hit(
                f"boilerplate with no source: {m.group(0)!r}",
                target=(0, len(view.target_text)),
                confidence=0.9,
            )
        return
    # Aligned to Korean (often the Korean copyright line or e-mail the English drops): a short
    # prompt, credit or notice the unit's Korean does not itself state was added.
    reported = 0  # where the last sentence reported ends
    for a, b, text in view.sentence_spans(source=False):
        found = boilerplate_kind(text)
        if (
            found is not None
            and found[0] in IN_UNIT_KINDS
            and len(text.split()) <= IN_UNIT_MAX_WORDS
            and not says_kind(view.source_text, found[0])
            and not (found[0] == "notice" and not NOTICE_LINE.search(text))
        ):
            yield Hit(
                f"boilerplate the Korean does not contain: {found[1].group(0)!r}",
                target=(a, b),
                confidence=IN_UNIT_KINDS[found[0]],
            )
            reported = b
    # or glued to the end of the unit's last sentence ('... in the U.S. (Yonhap) -- All rights
    # reserved.'), which a sentence splitter leaves inside that sentence
    for pattern, kind in ((TRAILING_NOTICE, "notice"), (TRAILING_END, "end")):
        tail = pattern.search(view.target_text)
        if tail is not None and tail.start() >= reported and not says_kind(view.source_text, kind):
            yield Hit(
                f"boilerplate the Korean does not contain: {tail.group(0).strip()!r}",
                target=(tail.start(), tail.end()),
                confidence=IN_UNIT_KINDS[kind],
            )


@rule(
    "MT201",
    "untranslated",
    "Accuracy/Untranslated",
    Severity.MAJOR,
    "Korean text was left in the English.",
    "Hangul appears in the translation. Korean kept in parentheses after its English rendering "
    "(a gloss such as 'hanbok (한복)') is reported with low confidence, unless the Korean has "
    "it in parentheses too ('Jeong Nu-ri (고양시청)' for 정누리(고양시청)): that is a bracket "
    "left untranslated.",
    (
        Example(
            "그는 서울시청에서 기자회견을 열었다.",
            "He held a press conference at 서울시청.",
            "'서울시청' (Seoul City Hall) was not translated.",
        ),
    ),
)
def untranslated(view: UnitView) -> Iterator[Hit]:
    text = view.target_text
    for m in _UNTRANSLATED.finditer(text):
        a, b = m.span()
        # a gloss adds the Korean of the words before it; where the Korean has these words
        # in brackets too (정누리(고양시청)), the bracket was left untranslated
        gloss = (
            text[max(0, a - 1) : a] == "("
            and text[b : b + 1] == ")"
            and f"({m.group(0)})" not in view.source_text
        )
        yield Hit(
            f"untranslated Korean: {m.group(0)!r}",
            source=_find_in_source(view, m.group(0)),
            target=(a, b),
            confidence=0.3 if gloss else 0.95,
            severity=Severity.MINOR if gloss else None,
        )


def _find_in_source(view: UnitView, korean: str) -> tuple[int, int] | None:
    i = view.source_text.find(korean)
    return (i, i + len(korean)) if i >= 0 else None
