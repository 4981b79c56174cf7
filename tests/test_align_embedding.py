from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from mtqa.align.base import Aligner, check_cover
from mtqa.align.embedding import EmbeddingAligner, runs
from mtqa.align.evaluate import beads, sentences_from_lines


class WordEncoder:
    """A stand-in encoder: a text's vector is the sum of fixed random vectors of its ASCII words."""

    model_id = "test-words"
    weights_hash = "none"

    def __init__(self) -> None:
        self.calls = 0

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        self.calls += 1
        out = np.zeros((len(texts), 64))
        for k, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[k] += np.random.default_rng(zlib.crc32(word.encode())).normal(size=64)
            out[k] += 0.3  # a shared component, as real embeddings have
        return (out / np.linalg.norm(out, axis=1, keepdims=True)).astype(np.float32)

    def token_states(self, texts: Sequence[str], layer: int = 8) -> list:
        raise NotImplementedError


class SumWordEncoder(WordEncoder):
    """The stand-in with token sums: a text's sum vector is its word vectors summed."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def embed_sums(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        self.texts.extend(texts)
        out = np.zeros((len(texts), 64))
        for k, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[k] += np.random.default_rng(zlib.crc32(word.encode())).normal(size=64) + 0.3
        return out

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        sums = self.embed_sums(texts, batch_size)
        return (sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-12)).astype(
            np.float32
        )


MODES = ["pooled", "encoded", "refined"]


def align(aligner: Aligner, src: list[str], tgt: list[str]) -> list:
    units = aligner.align(sentences_from_lines(src), sentences_from_lines(tgt))
    check_cover(units, len(src), len(tgt))
    return units


def test_runs_join_neighbours() -> None:
    assert runs(["a ", "b", "c"], 2) == ["a b", "b c"]
    assert runs(["a"], 2) == []


@pytest.mark.parametrize("mode", MODES)
def test_follows_content_through_omission_and_addition(mode: str) -> None:
    src = [f"문장 {w} 입니다 가나다라" for w in ("alpha", "bravo", "charlie", "delta", "echo")]
    tgt = [
        "Sentence alpha here.",
        "Sentence bravo here.",
        "Sentence delta here.",  # charlie omitted
        "Subscribe now newsletter",  # added boilerplate
        "Sentence echo here.",
    ]
    aligner = EmbeddingAligner(SumWordEncoder(), runs=mode)
    assert beads(align(aligner, src, tgt)) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), ()),
        ((3,), (2,)),
        ((), (3,)),
        ((4,), (4,)),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_split_sentence_gives_one_to_two(mode: str) -> None:
    src = ["가나다 alpha", "가나다라마바사 bravo charlie", "가나다 delta"]
    tgt = ["alpha.", "bravo.", "charlie.", "delta."]
    aligner = EmbeddingAligner(SumWordEncoder(), runs=mode)
    assert beads(align(aligner, src, tgt)) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_embeddings_are_reused_across_calls() -> None:
    encoder = WordEncoder()
    aligner = EmbeddingAligner(encoder)
    src, tgt = ["가 alpha", "나 bravo"], ["alpha", "bravo"]
    align(aligner, src, tgt)
    calls = encoder.calls
    align(aligner, src, tgt)
    assert encoder.calls == calls


@pytest.mark.parametrize(("n_src", "n_tgt"), [(0, 0), (2, 0), (0, 3)])
def test_empty_sides(n_src: int, n_tgt: int) -> None:
    encoder = WordEncoder()
    units = align(EmbeddingAligner(encoder), ["가 a"] * n_src, ["a"] * n_tgt)
    assert [u.kind for u in units] == ["1-0"] * n_src + ["0-1"] * n_tgt
    assert encoder.calls == 0


def test_rejects_bad_max_concat() -> None:
    with pytest.raises(ValueError, match="max_concat"):
        EmbeddingAligner(WordEncoder(), max_concat=0)


def test_rejects_unknown_run_mode() -> None:
    with pytest.raises(ValueError, match="runs must be one of pooled, encoded"):
        EmbeddingAligner(WordEncoder(), runs="joined")


def test_pooled_runs_come_from_sentence_sums_without_encoding_runs() -> None:
    texts = ["alpha bravo", "charlie", "delta echo foxtrot"]
    encoder = SumWordEncoder()
    pooled = EmbeddingAligner(encoder, max_concat=3, runs="pooled").side(texts)
    assert encoder.texts == texts  # each sentence once, no joined runs
    sums = encoder.embed_sums(texts)
    for k in (1, 2, 3):
        for i in range(len(texts) - k + 1):
            want = sums[i : i + k].sum(axis=0)
            assert np.allclose(pooled[k - 1][i], want / np.linalg.norm(want), atol=1e-6)
    encoder.texts.clear()
    encoded = EmbeddingAligner(encoder, max_concat=3, runs="encoded").side(texts)
    assert set(runs(texts, 2)) <= set(encoder.texts)
    # The stand-in is a bag of words, so pooling its sums is exact.
    assert all(np.allclose(p, e, atol=1e-5) for p, e in zip(pooled, encoded, strict=True))


def test_pooled_mode_falls_back_to_embeddings_without_sums() -> None:
    encoder = WordEncoder()
    single, pair, *_ = EmbeddingAligner(encoder, runs="pooled").side(["alpha", "bravo"])
    want = single[0] + single[1]
    assert np.allclose(pair[0], want / np.linalg.norm(want), atol=1e-6)


@pytest.mark.model
@pytest.mark.parametrize(
    "mode",
    [
        "encoded",
        "refined",
        pytest.param(
            "pooled",
            marks=pytest.mark.xfail(
                strict=True, reason="pooled runs merge the omission with the boilerplate (2-2)"
            ),
        ),
    ],
)
def test_real_article_with_omission_and_boilerplate(mode: str) -> None:
    from mtqa.models.encoder import load_encoder

    ko = [
        "정부가 내년 최저임금을 시간당 1만 원으로 올리기로 했다.",
        "이는 올해보다 5% 오른 금액이다.",
        "경영계는 중소기업의 부담이 커질 것이라며 반발했다.",
        "노동계는 물가 상승을 따라잡기에는 부족하다고 주장했다.",
        "최저임금위원회는 다음 달 최종 결정을 내릴 예정이다.",
    ]
    en = [
        "The government has decided to raise next year's minimum wage to 10,000 won per hour.",
        "That is 5 percent more than this year.",
        # The employers' reaction (ko 2) is left out.
        "Labor groups argued that the increase is not enough to keep up with inflation.",
        "Copyright 2024 Yonhap News Agency. All rights reserved.",
        "The Minimum Wage Commission is expected to make a final decision next month.",
    ]
    units = align(EmbeddingAligner(load_encoder(), runs=mode), ko, en)
    assert beads(units) == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), ()),
        ((3,), (2,)),
        ((), (3,)),
        ((4,), (4,)),
    ]


@pytest.mark.model
def test_three_sentences_joined_into_one_are_a_wide_bead_not_an_omission() -> None:
    from mtqa.models.encoder import load_encoder
    from mtqa.records import Document
    from mtqa.text.segment import segment

    ko = (
        "정부는 29일 새 부동산 대책을 발표했다. 대출 규제는 다음 달부터 강화된다. "
        "그러나 시장의 반응은 엇갈렸다.\n\n한국은행은 기준금리를 동결했다."
    )
    en = (
        "The government announced new real estate measures on the 29th, with tighter lending "
        "rules from next month, but the market's response was mixed.\n\n"
        "The Bank of Korea kept its benchmark rate on hold."
    )
    src = segment(Document.from_text("t", ko, "ko"))
    tgt = segment(Document.from_text("t", en, "en"))
    assert (len(src), len(tgt)) == (4, 2)
    enc = load_encoder()
    wide = EmbeddingAligner(enc).align(src, tgt)
    narrow = EmbeddingAligner(enc, wide=False).align(src, tgt)
    assert [(u.source, u.target) for u in wide] == [((0, 1, 2), (0,)), ((3,), (1,))]
    assert any(not u.target for u in narrow)  # without 3-1 beads one sentence looks omitted


@pytest.mark.model
def test_a_badly_translated_line_stays_paired_with_its_source() -> None:
    """OPUS-MT on NTREX-128 (upi.176251), one paragraph per line: the aligner alone finds two
    skips cheaper than pairing the third line with its garbled translation."""
    from mtqa.models.encoder import load_encoder
    from mtqa.records import Document
    from mtqa.text.segment import segment

    ko = [
        "하지만 그 프리미어 리그 경기에서 스카이 블루스(Sky Blues)에게 첫 점수를 준 사람은 "
        "다름아닌 스털링입니다.",
        "그 골은 29분 만에 일어났습니다.",
        "아궤로는 그 경기에서 브라이튼의 구역 깊숙한 곳에서 공을 받았습니다.",
        "그는 좌측면을 따라 황홀한 패스를 르로이 사네(Leroy Sane)에게 보냈습니다.",
    ]
    en = [
        "But it was Stirling who gave Skye Blues her first score in that freer league match.",
        "It happened in 29 minutes.",
        "He got a ball at the far end of Brighton's block.",
        "He sent a fantastic pass along the left-hand side to Leroy Sane.",
    ]
    src = segment(Document.from_text("t", "\n\n".join(ko), "ko"))
    tgt = segment(Document.from_text("t", "\n\n".join(en), "en"))
    units = EmbeddingAligner(load_encoder()).align(src, tgt)
    assert [(u.source, u.target) for u in units] == [((i,), (i,)) for i in range(4)]


class CountingEncoder(SumWordEncoder):
    """Counts the texts it encodes."""

    def __init__(self) -> None:
        super().__init__()
        self.encoded: list[str] = []

    def embed_sums(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        self.encoded += list(texts)
        return super().embed_sums(texts, batch_size)


def test_refined_mode_encodes_only_the_runs_its_path_joins() -> None:
    src = ["가 alpha bravo", "나 charlie delta", "다 echo foxtrot", "라 golf hotel"]
    tgt = ["alpha bravo charlie delta", "echo foxtrot", "golf hotel"]
    encoder = CountingEncoder()
    aligner = EmbeddingAligner(encoder, runs="refined")
    units = align(aligner, src, tgt)
    assert ((0, 1), (0,)) in beads(units)
    runs_encoded = [t for t in encoder.encoded if t not in src and t not in tgt]
    # The only run embedded is the pair the path joins (pooled runs cost no pass).
    assert runs_encoded == [f"{src[0]} {src[1]}"]
