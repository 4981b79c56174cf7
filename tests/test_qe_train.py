"""QE features and head training, with a fake encoder (no model, no corpus)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from mtqa.models.base import TokenStates
from mtqa.models.qe import QEUnit
from mtqa.models.qe.features import (
    EVIDENCE,
    TOKEN_MATCH,
    Featurizer,
    hangul_share,
    length_z,
    token_match,
)
from mtqa.models.qe.head import load_head
from mtqa.models.qe.train import TrainConfig, TrainData, build_examples, split_docs, train
from qe_fakes import DIM, FakeEncoder

KO = [
    "정부는 30일 새 부동산 대책을 발표했다.",
    "시행은 다음 달부터다.",
    "서울 시민들은 대체로 환영했다.",
    "김 장관은 기자회견에서 이렇게 말했다.",
    "부산에서는 비가 내렸다.",
    "경찰은 사고 원인을 조사하고 있다.",
]
EN = [
    "The government announced new real estate measures on the 30th.",
    "They take effect next month.",
    "Seoul residents largely welcomed them.",
    "Minister Kim said this at a press conference.",
    "It rained in Busan.",
    "Police are investigating the cause of the accident.",
]
MT = [
    "The government announced a new real estate plan on the 30th.",
    "Enforcement is from next month.",
    "Seoul citizens generally welcomed.",
    "Kim said so at the press conference.",
    "It rained in Pusan.",
    "The police are investigating the cause of the accident.",
]


def test_length_z_and_hangul_share() -> None:
    assert abs(length_z("가나다라마바사아자차", "abcdefghijklmnopqrstu")) < 1.0
    assert length_z("가나다라마바사아자차", "ab") < -3
    assert length_z("가나", "") == -6.0
    assert hangul_share("The 대통령 said") == pytest.approx(3 / 10)
    assert hangul_share("All English") == 0.0


def test_features_shape_and_evidence() -> None:
    units = [QEUnit(k, e) for k, e in zip(KO[:3], EN[:3], strict=True)]
    units.append(QEUnit(KO[0], "The the the the the the the the"))
    x = Featurizer(FakeEncoder()).transform(units)
    assert x.shape == (4, 4 * DIM + len(EVIDENCE))
    assert x.dtype == np.float32
    ev = dict(zip(EVIDENCE, x[3, 4 * DIM :], strict=True))
    assert ev["loop_share"] == 1.0
    assert dict(zip(EVIDENCE, x[0, 4 * DIM :], strict=True))["loop_share"] == 0.0
    # The embedding block is [h_src; h_mt; h_src*h_mt; |h_src-h_mt|].
    h_src, h_mt = x[0, :DIM], x[0, DIM : 2 * DIM]
    assert np.allclose(x[0, 2 * DIM : 3 * DIM], h_src * h_mt)
    assert np.allclose(x[0, 3 * DIM : 4 * DIM], np.abs(h_src - h_mt))
    assert ev["cosine"] == pytest.approx(float(x[3, :DIM] @ x[3, DIM : 2 * DIM]), abs=1e-5)


def test_token_match_scores_matched_tokens_above_unmatched_ones() -> None:
    # Source tokens 0 and 1 are rendered by target tokens 0 and 1; source token 2 by nothing, and
    # target token 2 has no source: recall and precision fall, one token unmatched each way.
    sim = np.array([[0.9, 0.1, 0.2], [0.2, 0.8, 0.1], [0.1, 0.3, 0.2]], dtype=np.float32)
    tm = dict(zip(TOKEN_MATCH, token_match(sim), strict=True))
    assert tm["tok_recall"] == pytest.approx((0.9 + 0.8 + 0.3) / 3)
    assert tm["tok_precision"] == pytest.approx((0.9 + 0.8 + 0.2) / 3)
    assert tm["tok_recall_min"] == pytest.approx(0.3)
    assert tm["tok_unmatched_src"] == pytest.approx(1 / 3)
    assert tm["tok_unmatched_tgt"] == pytest.approx(1 / 3)
    assert tm["tok_log_ratio"] == pytest.approx(0.0)
    full = dict(zip(TOKEN_MATCH, token_match(np.eye(3, 4, dtype=np.float32)), strict=True))
    assert full["tok_recall"] == pytest.approx(1.0) and full["tok_unmatched_src"] == 0.0
    assert full["tok_unmatched_tgt"] == pytest.approx(1 / 4)
    assert not token_match(np.zeros((0, 3), dtype=np.float32)).any()


def test_examples_have_targets_in_range_and_broken_ones_score_lower() -> None:
    ids = ["a", "a", "a", "b", "b", "b"]
    ex = build_examples(KO, EN, ids, [MT], seed=0, synthetic_share=0.5)
    kinds = {e.kind for e in ex}
    assert {"human", "mt", "shuffled", "truncated", "loop", "pair", "dropped"} <= kinds
    assert all(0.0 <= e.target <= 1.0 for e in ex)
    assert all(e.target == 0.85 for e in ex if e.kind == "human")
    mean = {k: np.mean([e.target for e in ex if e.kind == k]) for k in kinds}
    assert mean["human"] > mean["mt"] > mean["shuffled"]
    assert mean["pair"] > mean["dropped"]
    assert build_examples(KO, EN, ids, [MT], 0, 0.5) == ex  # seeded
    assert {e.system for e in ex if e.kind == "mt"} == {"mt0"}


def test_substituted_translations_swap_a_few_content_words_for_similar_frequency_ones() -> None:
    import random

    from mtqa.models.qe.train import ContentWords, _substitute

    vocab = ContentWords.of(EN + MT)
    assert "government" in vocab.band and "the" not in vocab.band  # short words are kept
    assert "said" not in vocab.band  # function words too
    for seed in range(10):
        text = EN[0]
        out = _substitute(text, vocab, random.Random(seed))
        assert out == _substitute(text, vocab, random.Random(seed))  # seeded
        changed = [(a, b) for a, b in zip(text.split(), out.split(), strict=True) if a != b]
        assert 1 <= len(changed) <= 3
        for a, b in changed:
            word, new = a.strip(".").lower(), b.strip(".").lower()
            assert vocab.band[new] == vocab.band[word]
        assert out.endswith(".")  # punctuation around a swapped word is kept
    ids = ["a", "a", "a", "b", "b", "b"]
    plain = build_examples(KO, EN, ids, [MT], seed=0, synthetic_share=0.5)
    ex = build_examples(KO, EN, ids, [MT], 0, 0.5, subst_share=0.5)
    assert ex[: len(plain)] == plain  # the other examples do not change
    subst = ex[len(plain) :]
    assert len(subst) == 3 and {e.kind for e in subst} == {"subst"}
    assert all(0.0 <= e.target < 1.0 for e in subst)


def test_source_pairs_rank_translations_of_the_same_sentence_only() -> None:
    from mtqa.models.qe.train import Example, source_pairs

    ex = [
        Example(QEUnit("가", "a"), 0.85, "human", "d"),
        Example(QEUnit("가", "b"), 0.5, "mt", "d"),
        Example(QEUnit("가", "c"), 0.49, "mt", "d"),  # within the gap of the one above
        Example(QEUnit("나", "d"), 0.2, "mt", "d"),  # another source
        Example(QEUnit("가", "e"), 0.1, "loop", "d"),  # not a paired kind
    ]
    pairs = source_pairs(ex, ("human", "mt"), 0.02)
    assert sorted(map(tuple, pairs.tolist())) == [(0, 1), (0, 2)]
    assert source_pairs(ex, ("mt",), 0.02).shape == (0, 2)


def test_split_is_by_document_and_seeded() -> None:
    docs = [f"d{i}" for i in range(20)]
    assert split_docs(docs, 0.2, 0) == split_docs(docs, 0.2, 0)
    assert len(split_docs(docs, 0.2, 0)) == 4
    assert split_docs(docs, 0.2, 0) != split_docs(docs, 0.2, 1)


def _write_corpus(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True)
    (folder / "ko.txt").write_text("\n".join(KO * 2) + "\n", encoding="utf-8")
    (folder / "en.txt").write_text("\n".join(EN * 2) + "\n", encoding="utf-8")
    ids = ["a"] * 3 + ["b"] * 3 + ["c"] * 3 + ["d"] * 3
    (folder / "doc_ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    mt = folder / "mt.txt"
    mt.write_text("\n".join(MT * 2) + "\n", encoding="utf-8")
    return folder, mt


def test_train_end_to_end_is_deterministic(tmp_path: Path) -> None:
    folder, mt = _write_corpus(tmp_path / "data")
    config = TrainConfig(seed=3, epochs=3, hidden=(4,), val_share=0.25, synthetic_share=0.5)
    enc = FakeEncoder()
    cache = tmp_path / "cache"
    r1 = train(TrainData(folder, [mt]), tmp_path / "a", enc, config, cache_dir=cache)
    r2 = train(TrainData(folder, [mt]), tmp_path / "b", enc, config, cache_dir=cache)
    assert r1["head_sha256"] == r2["head_sha256"]
    config4 = TrainConfig(**{**vars(config), "seed": 4})
    r3 = train(TrainData(folder, [mt]), tmp_path / "c", enc, config4, cache_dir=cache)
    assert r3["head_sha256"] != r1["head_sha256"]
    assert r1["data"]["examples"]["subst"] == int(12 * config.subst_share)
    plain = TrainConfig(**{**vars(config), "subst_share": 0.0, "pair_weight": 0.0})
    r4 = train(TrainData(folder, [mt]), tmp_path / "d", enc, plain, cache_dir=cache)
    r5 = train(TrainData(folder, [mt]), tmp_path / "e", enc, plain, cache_dir=cache)
    assert r4["head_sha256"] == r5["head_sha256"] != r1["head_sha256"]
    assert "subst" not in r4["data"]["examples"]
    record = json.loads((tmp_path / "a" / "qe_head.json").read_text("utf-8"))
    assert record["seed"] == 3 and record["encoder"]["model_id"] == "fake-encoder"
    names = {str(folder / n) for n in ("ko.txt", "en.txt", "doc_ids.txt")} | {str(mt)}
    assert set(record["data"]["files"]) == names
    assert all(len(h) == 64 for h in record["data"]["files"].values())
    assert "kendall_tau_mt_vs_chrf" in record["scores"]["validation"]
    assert "kendall_tau_mt_vs_chrf[mt]" in record["scores"]["validation"]  # per system
    assert record["features"]["embedding"] == "PCA-16 of h_src"
    head = load_head(tmp_path / "a" / "qe_head.safetensors")
    assert head.config.n_in == 4 * DIM + len(EVIDENCE) and head.config.proj_dim == 16
    assert head.config.meta["encoder_weights_hash"] == FakeEncoder.weights_hash


def test_missing_training_file_is_a_clear_error(tmp_path: Path) -> None:
    from mtqa.errors import InputError

    folder, mt = _write_corpus(tmp_path / "data")
    (folder / "doc_ids.txt").unlink()
    with pytest.raises(InputError, match="doc_ids.txt: training file not found"):
        train(TrainData(folder, [mt]), tmp_path / "o", FakeEncoder(), TrainConfig(epochs=1))


def test_cosine_gate_scales_down_only_pairs_as_far_apart_as_unrelated_ones() -> None:
    import numpy as np

    from mtqa.models.qe.head import HeadConfig, QEHead, cosine_gate

    rng = np.random.default_rng(0)
    gate = cosine_gate(rng.normal(0.76, 0.02, 500), rng.normal(0.87, 0.02, 500))
    assert gate is not None
    lo, hi = (float(v) for v in gate.split(","))
    assert 0.74 < lo < 0.78 and 0.8 < hi < 0.85
    assert cosine_gate(rng.normal(0.9, 0.01, 50), rng.normal(0.8, 0.01, 50)) is None
    features = ("cosine", "other")
    plain = QEHead(HeadConfig(n_in=2, hidden=(2,), features=features))
    gated = QEHead(HeadConfig(n_in=2, hidden=(2,), features=features, meta={"cosine_gate": gate}))
    gated.load_state_dict(plain.state_dict())
    x = np.zeros((3, 2), dtype=np.float32)
    x[:, 0] = [0.5, (lo + hi) / 2, 0.95]
    base, out = plain.score(x), gated.score(x)
    assert out[0] == 0.0
    assert out[1] == pytest.approx(base[1] / 2, rel=1e-3)
    assert out[2] == pytest.approx(base[2])


def test_surface_features_read_source_difficulty_and_kept_numbers() -> None:
    from mtqa.models.qe.surface import SURFACE, digit_f, surface_features
    from mtqa.text.korean import Token

    assert digit_f("3,000명", "3000 people") == 1.0
    assert digit_f("2019년 3월", "in March 2018") == 0.0
    assert digit_f("없음", "none") == 1.0
    toks = [Token("BBC", "SL", 0, 3), Token("는", "JX", 3, 4), Token("3", "SN", 5, 6)]
    kept = dict(zip(SURFACE, surface_features(toks, "BBC는 3", "The BBC said 3"), strict=True))
    lost = dict(
        zip(SURFACE, surface_features(toks, "BBC는 3", "The broadcaster said"), strict=True)
    )
    assert kept["src_foreign_share"] == pytest.approx(1 / 3)
    assert kept["src_num_share"] == pytest.approx(1 / 3)
    assert kept["latin_recall"] == 1.0 and lost["latin_recall"] == 0.0
    assert kept["digit_f"] == 1.0 and lost["digit_f"] == 0.0 and lost["digit_any"] == 1.0


def test_rank_loss_is_small_only_when_the_order_matches_the_targets() -> None:
    import torch

    from mtqa.models.qe.train import rank_loss

    y = torch.tensor([0.2, 0.5, 0.9, 0.1])
    ranked = torch.tensor([True, True, True, False])
    right = rank_loss(torch.tensor([-2.0, 0.0, 2.0, 9.0]), y, ranked, 0.02)
    wrong = rank_loss(torch.tensor([2.0, 0.0, -2.0, -9.0]), y, ranked, 0.02)
    assert float(right) < 0.2 < 2.0 < float(wrong)
    # Pairs closer than the gap, and rows not ranked, do not count.
    flat = rank_loss(
        torch.tensor([5.0, -5.0, 0.0, 0.0]),
        torch.tensor([0.5, 0.51, 0.3, 0.9]),
        torch.tensor([True, True, False, False]),
        0.02,
    )
    assert float(flat) == 0.0


def test_projected_head_uses_the_source_pca_and_round_trips(tmp_path: Path) -> None:
    from mtqa.models.qe.head import HeadConfig, QEHead, save_head

    rng = np.random.default_rng(0)
    features = ("cosine", "other")
    x = rng.standard_normal((50, 4 * DIM + 2)).astype(np.float32)
    head = QEHead(HeadConfig(n_in=x.shape[1], hidden=(3,), features=features, proj_dim=2))
    head.set_projection(x, slice(0, DIM))
    head.set_scaler(x)
    proj = head.get_buffer("proj").numpy()
    assert proj.shape == (4 * DIM, 2) and not proj[DIM:].any() and proj[:DIM].any()
    moved = x.copy()
    moved[:, DIM:-2] += 5.0  # columns outside h_src do not change the score
    assert np.allclose(head.score(x), head.score(moved))
    save_head(head, tmp_path / "h.safetensors")
    back = load_head(tmp_path / "h.safetensors")
    assert back.config.proj_dim == 2
    assert np.allclose(back.score(x), head.score(x), atol=2e-3)


def test_token_features_are_kept_in_the_embedding_cache(tmp_path: Path) -> None:
    from mtqa.models.embed_cache import CachedEncoder, EmbeddingCache

    class Counting(FakeEncoder):
        dim = DIM

        def __init__(self) -> None:
            self.state_texts: list[str] = []

        def token_states(self, texts: Sequence[str], layer: int = 8) -> list[TokenStates]:
            self.state_texts += list(texts)
            return super().token_states(texts, layer)

    units = [
        QEUnit("정부는 대책을 발표했다.", "The government announced measures."),
        QEUnit("경찰은 원인을 조사한다.", "Police are investigating the cause."),
    ]
    inner = Counting()
    first = Featurizer(CachedEncoder(inner, EmbeddingCache(tmp_path / "e.sqlite3"))).transform(
        units
    )
    assert len(inner.state_texts) == 4
    again = Counting()
    second = Featurizer(CachedEncoder(again, EmbeddingCache(tmp_path / "e.sqlite3"))).transform(
        units
    )
    assert again.state_texts == []  # every unit's token features came from the cache
    assert np.allclose(first, second)
    assert np.allclose(first, Featurizer(FakeEncoder()).transform(units))  # no cache: same values
