"""One forward pass per text: token states kept from embed(), token-sum vectors, int8 opt-in."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from mtqa.errors import ConfigError
from mtqa.models import encoder as enc_mod
from mtqa.models.base import normalize_rows
from mtqa.models.encoder import HFEncoder, load_encoder, use_int8
from test_encoder_other import _save_tiny_bert

KO = [
    "한국은행은 목요일 기준금리를 연 3.5%로 동결했다.",
    "서울시는 내년부터 지하철 요금을 150원 인상한다고 밝혔다.",
    "손흥민이 두 골을 넣으며 토트넘의 승리를 이끌었다.",
]
EN = [
    "The Bank of Korea kept its base rate unchanged at 3.5 percent on Thursday.",
    "Seoul City said it will raise subway fares by 150 won starting next year.",
    "Son Heung-min scored two goals to lead Tottenham to victory.",
]


@pytest.mark.parametrize("value", ["2", "maybe"])
def test_bad_int8_setting_is_a_config_error(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("MTQA_INT8", value)
    with pytest.raises(ConfigError, match="MTQA_INT8"):
        use_int8()


def test_int8_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MTQA_INT8", raising=False)
    assert use_int8() is False
    monkeypatch.setenv("MTQA_INT8", "1")
    assert use_int8() is True


def test_int8_encoder_is_told_apart_and_close_to_fp32(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = str(_save_tiny_bert(tmp_path / "tiny"))
    texts = ["the bank of korea kept its base rate .", "seoul city said it will raise fares ."]
    monkeypatch.delenv("MTQA_INT8", raising=False)
    fp32 = load_encoder(folder)
    monkeypatch.setenv("MTQA_INT8", "1")
    int8 = load_encoder(folder)
    assert int8 is not fp32 and load_encoder(folder) is int8
    assert int8.model_id == f"{fp32.model_id} int8" and int8.weights_hash == fp32.weights_hash
    assert "|int8|" in int8.cache_key and int8.cache_key != fp32.cache_key
    assert "dynamic" in type(int8.model.encoder.layer[0].attention.self.query).__module__
    cosines = (int8.embed(texts) * fp32.embed(texts)).sum(axis=1)
    assert cosines.min() > 0.95


@pytest.fixture
def bundled() -> HFEncoder:
    encoder = load_encoder()
    encoder.clear_kept_states()
    encoder.keep_layer = enc_mod.STATE_LAYER
    return encoder


def _same_states(a: list, b: list) -> None:
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert np.array_equal(x.offsets, y.offsets)
        assert x.vectors.shape == y.vectors.shape
        assert np.allclose(x.vectors, y.vectors, atol=1e-4)


@pytest.mark.model
def test_token_states_after_embed_need_no_second_pass(bundled: HFEncoder) -> None:
    texts = KO + EN
    alone = bundled.token_states(texts, layer=8)  # computed, and kept
    bundled.clear_kept_states()
    vectors = bundled.embed(texts)
    hits = bundled.state_hits
    reused = bundled.token_states(texts, layer=8)
    assert bundled.state_hits == hits + len(texts)
    _same_states(reused, alone)
    assert np.allclose(vectors, bundled.embed(texts), atol=1e-5)
    other = bundled.token_states(texts[:1], layer=4)  # another layer: a fresh pass
    assert bundled.state_hits == hits + len(texts)
    assert not np.allclose(other[0].vectors, reused[0].vectors)


@pytest.mark.model
def test_no_states_are_kept_when_turned_off(bundled: HFEncoder) -> None:
    bundled.keep_layer = None
    bundled.embed(KO[:1])
    hits = bundled.state_hits
    bundled.token_states(KO[:1])
    assert bundled.state_hits == hits


@pytest.mark.model
def test_kept_states_are_bounded(bundled: HFEncoder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(enc_mod, "STATE_MEMO_TOKENS", 60)
    bundled.embed(KO + EN)
    kept = sum(len(st.vectors) for st in bundled._states.values())
    assert 0 < kept <= 60 and kept == bundled._state_tokens
    assert (EN[-1], 8) in bundled._states  # the latest are kept, the oldest dropped
    assert (KO[0], 8) not in bundled._states


@pytest.mark.model
def test_carriage_returns_embed_as_before_and_keep_no_states(bundled: HFEncoder) -> None:
    text = "한국은행은\r\n기준금리를 동결했다."
    vec = bundled.embed([text])
    bundled.keep_layer = None
    assert np.allclose(vec, bundled.embed([text]), atol=1e-6)
    bundled.keep_layer = enc_mod.STATE_LAYER
    assert (text, 8) not in bundled._states
    (states,) = bundled.token_states([text])
    assert text[states.offsets[-1][0] : states.offsets[-1][1]] == "."


@pytest.mark.model
def test_token_sums_pool_into_run_embeddings(bundled: HFEncoder) -> None:
    sums = bundled.embed_sums(EN)
    assert np.allclose(normalize_rows(sums), bundled.embed(EN), atol=1e-6)
    pooled = normalize_rows(sums[:2].sum(axis=0, keepdims=True))[0]
    joined = bundled.embed([" ".join(EN[:2])])[0]
    unrelated = bundled.embed([EN[2]])[0]
    assert float(pooled @ joined) > 0.9
    assert float(pooled @ joined) > float(unrelated @ joined)


@pytest.mark.model
def test_qe_scores_do_not_change_with_reused_states(bundled: HFEncoder) -> None:
    from mtqa.models.qe import QEUnit
    from mtqa.models.qe.estimator import Estimator

    units = [QEUnit(k, e) for k, e in zip(KO, EN, strict=True)] + [QEUnit(KO[0], EN[1])]
    bundled.keep_layer = None
    before = Estimator(encoder=bundled).featurizer.transform(units)
    bundled.keep_layer = enc_mod.STATE_LAYER
    bundled.embed(KO + EN)
    estimator = Estimator(encoder=bundled)
    after = estimator.featurizer.transform(units)
    assert np.abs(after - before).max() < 1e-4
    delta = estimator.head.score(after) - estimator.head.score(before)
    assert np.abs(delta).max() < 1e-4
