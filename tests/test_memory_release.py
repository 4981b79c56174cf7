"""What keeps a whole check's memory down: Q4_0 word-embedding lookups that equal the float32
table bit for bit, a tokenizer loaded once from tokenizer.json, freed memory handed back after
each document. (Memory figures belong to bench/pipeline.py, not to tests.)"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from mtqa.config import RunConfig
from mtqa.errors import ModelError
from mtqa.models import e5_bundled
from mtqa.models.q4_embedding import Q4Embedding
from mtqa.runner import run_check


def _random_q4(rows: int, blocks: int, seed: int = 0) -> tuple[bytes, np.ndarray, np.ndarray]:
    """Q4_0 bytes of a (rows, blocks * 32) table, and the same as (scales, nibbles)."""
    rng = np.random.default_rng(seed)
    scales = rng.normal(0, 0.05, (rows, blocks)).astype(np.float16)
    nibbles = rng.integers(0, 256, (rows, blocks, 16), dtype=np.uint8)
    raw = np.zeros(rows * blocks, dtype=e5_bundled._Q4_BLOCK)
    raw["d"] = scales.reshape(-1)
    raw["qs"] = nibbles.reshape(-1, 16)
    return raw.tobytes(), scales, nibbles


def test_q4_lookup_equals_the_dequantized_table_bit_for_bit() -> None:
    rows, blocks = 50, 3
    raw, scales, nibbles = _random_q4(rows, blocks)
    table = e5_bundled.dequantize_q4_0(raw, rows * blocks * 32).reshape(rows, blocks * 32)
    emb = Q4Embedding(scales, nibbles)
    ids = torch.tensor([[0, 7, 49], [3, 3, 12]])
    looked_up = emb(ids).numpy()
    assert looked_up.shape == (2, 3, blocks * 32) and looked_up.dtype == np.float32
    assert np.array_equal(looked_up, table[ids.numpy()])
    assert np.array_equal(emb.dequantized().numpy(), table)


def test_q4_state_dict_holds_a_plain_weight() -> None:
    raw, scales, nibbles = _random_q4(10, 2, seed=1)
    emb = Q4Embedding(scales, nibbles)
    state = emb.state_dict()
    assert list(state) == ["weight"]
    plain = torch.nn.Embedding(10, 64)
    plain.load_state_dict(state)
    ids = torch.arange(10)
    assert torch.equal(plain(ids), emb(ids))


def test_q4_rejects_mismatched_blocks() -> None:
    with pytest.raises(ValueError, match="do not match"):
        Q4Embedding(np.zeros((4, 2), np.float16), np.zeros((4, 3, 16), np.uint8))


@pytest.mark.model
def test_bundled_word_embeddings_read_as_q4_match_the_file() -> None:
    scales, nibbles = e5_bundled.read_q4_blocks("emb.word")
    bundled = e5_bundled.read_bundled()
    table = bundled.state["embeddings.word_embeddings.weight"]
    assert scales.shape == (table.shape[0], table.shape[1] // 32)
    ids = np.linspace(0, table.shape[0] - 1, 500).astype(int)
    emb = Q4Embedding(scales, nibbles)
    assert np.array_equal(emb(torch.from_numpy(ids)).numpy(), table[ids])


@pytest.mark.model
def test_read_q4_blocks_names_the_file_for_an_unknown_tensor() -> None:
    with pytest.raises(ModelError, match="no tensor"):
        e5_bundled.read_q4_blocks("emb.nothing")


@pytest.mark.model
def test_bundled_encoder_runs_on_q4_and_gives_the_float32_model_outputs() -> None:
    from transformers import AutoTokenizer, BertModel

    from mtqa.models.encoder import load_encoder

    enc = load_encoder()
    assert isinstance(enc.model.embeddings.word_embeddings, Q4Embedding)
    assert enc.folder is not None
    plain = BertModel.from_pretrained(enc.folder, add_pooling_layer=False).eval()
    texts = [
        "query: 한국은행은 목요일 기준금리를 연 3.5%로 동결했다.",
        "query: The Bank of Korea kept its base rate  unchanged\u3000at 3.5 percent.",
    ]
    batch = enc.tokenizer(texts, padding=True, return_tensors="pt")
    with torch.inference_mode():
        ours = enc.model(**batch, output_hidden_states=True)
        theirs = plain(**batch, output_hidden_states=True)
    assert torch.equal(ours.last_hidden_state, theirs.last_hidden_state)
    assert torch.equal(ours.hidden_states[8], theirs.hidden_states[8])
    # A pass asks for the one layer it keeps; that layer's states are the same.
    with torch.inference_mode():
        one = enc.model(**batch, output_hidden_states=[8])
    assert torch.equal(one.hidden_states[8], theirs.hidden_states[8])
    assert sum(h is not None for h in one.hidden_states) == 1
    # The tokenizer read straight from tokenizer.json splits and places tokens as AutoTokenizer's.
    auto = AutoTokenizer.from_pretrained(enc.folder)
    a = auto(texts, add_special_tokens=False, return_offsets_mapping=True)
    b = enc.tokenizer(texts, add_special_tokens=False, return_offsets_mapping=True)
    assert a["input_ids"] == b["input_ids"] and a["offset_mapping"] == b["offset_mapping"]


@pytest.mark.model
def test_word_embeddings_that_differ_from_the_converted_model_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mtqa.models import encoder as encoder_module

    enc = encoder_module.load_encoder()
    assert enc.folder is not None
    scales, nibbles = e5_bundled.read_q4_blocks("emb.word")
    nibbles[0, 0, 0] ^= 1  # one value off in the first row, which the check samples
    monkeypatch.setattr(e5_bundled, "read_q4_blocks", lambda *_a: (scales, nibbles))
    model = SimpleNamespace(embeddings=SimpleNamespace(word_embeddings=None))
    with pytest.raises(ModelError, match="differ"):
        encoder_module._use_q4_word_embeddings(model, enc.folder, e5_bundled.bundled_path())
    assert model.embeddings.word_embeddings is None


def test_a_model_without_the_asked_layer_is_a_model_error() -> None:
    from mtqa.models.encoder import _layer_states

    for states in (None, (torch.zeros(1, 2, 4),) * 3, (None,) * 9):
        with pytest.raises(ModelError, match="no hidden states for layer 8"):
            _layer_states(SimpleNamespace(hidden_states=states), 8, "some/model")
    only_eighth = (None,) * 8 + (torch.ones(1, 2, 4),)
    kept = _layer_states(SimpleNamespace(hidden_states=only_eighth), 8, "m")
    assert kept.shape == (1, 2, 4) and kept.dtype == np.float32


def test_freed_memory_is_released_after_each_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mtqa.runner as runner

    calls: list[int] = []
    monkeypatch.setattr(runner, "release_freed_memory", lambda: calls.append(1))
    for side, text in (("ko", "정부는 30일 대책을 발표했다.\n"), ("en", "The government acted.\n")):
        (tmp_path / side).mkdir()
        for doc in ("a", "b", "c"):
            (tmp_path / side / f"{doc}.txt").write_text(text, encoding="utf-8")
    config = RunConfig(aligner="length", qe=None)
    code = run_check(config, tmp_path / "ko", tmp_path / "en", None, tmp_path / "out", quiet=True)
    assert code in (0, 1)
    assert len(calls) == 3


def test_release_freed_memory_runs_where_glibc_is_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    import mtqa.runner as runner

    runner._malloc_trim.cache_clear()
    monkeypatch.setattr(runner.ctypes.util, "find_library", lambda _name: None)
    try:
        assert runner._malloc_trim() is None
        runner.release_freed_memory()  # nothing to call: no error
    finally:
        runner._malloc_trim.cache_clear()
    assert runner._malloc_trim() is not None or runner.ctypes.util.find_library("c") is None
