"""Other encoders (a tiny random BERT saved to tmp_path), loader errors, the caches."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from mtqa.errors import ModelError
from mtqa.models.embed_cache import CachedEncoder, EmbeddingCache
from mtqa.models.encoder import HFEncoder, _windows, load_encoder
from mtqa.models.weights_cache import MANIFEST, WEIGHTS, cached_folder

WORDS = "the bank of korea kept its base rate seoul city said it will raise fares".split()  # noqa: SIM905


def _save_tiny_bert(folder: Path, max_positions: int = 32, prompt: str | None = None) -> Path:
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", *WORDS, "."])}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.Lowercase()
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B [SEP]",
        special_tokens=[("[CLS]", 2), ("[SEP]", 3)],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        model_max_length=max_positions,
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=max_positions,
    )
    BertModel(config, add_pooling_layer=False).save_pretrained(folder)
    fast.save_pretrained(folder)
    if prompt is not None:
        st = {"prompts": {"query": prompt}}
        (folder / "config_sentence_transformers.json").write_text(json.dumps(st))
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> HFEncoder:
    folder = _save_tiny_bert(tmp_path_factory.mktemp("tiny-bert"), max_positions=32)
    return load_encoder(str(folder))


def test_other_encoder_embeds(tiny: HFEncoder) -> None:
    vecs = tiny.embed(["The bank of Korea.", "Seoul city said it will raise fares.", ""])
    assert vecs.shape == (3, 16) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert tiny.prefix == ""  # no e5 prompt for a model that declares none
    assert len(tiny.weights_hash) == 64
    assert load_encoder(tiny.model_id) is tiny


def test_other_encoder_token_offsets(tiny: HFEncoder) -> None:
    text = "Seoul  city said."
    (states,) = tiny.token_states([text], layer=1)
    assert [text[s:e] for s, e in states.offsets] == ["Seoul", "city", "said", "."]
    assert states.vectors.shape == (4, 16)


def test_prompt_from_sentence_transformers_config(tmp_path: Path) -> None:
    enc = load_encoder(str(_save_tiny_bert(tmp_path, prompt="query: ")))
    assert enc.prefix == "query: "
    (states,) = enc.token_states(["the bank"], layer=-1)
    assert states.offsets.tolist() == [[0, 3], [4, 8]]  # prompt tokens removed


def test_long_input_is_windowed(tiny: HFEncoder) -> None:
    text = " ".join(WORDS * 10)  # 160 tokens for a model that takes 32
    vec = tiny.embed([text])
    assert vec.shape == (1, 16) and np.isfinite(vec).all()
    (states,) = tiny.token_states([text], layer=2)
    assert len(states.offsets) == len(WORDS) * 10
    assert states.offsets[-1].tolist() == [len(text) - len(WORDS[-1]), len(text)]


def test_windows_cover_and_overlap() -> None:
    assert _windows(5, 10) == [(0, 5)]
    wins = _windows(100, 30)
    assert wins[0][0] == 0 and wins[-1][1] == 100
    assert all(b - a == 30 for a, b in wins)
    assert all(nxt[0] < cur[1] for cur, nxt in zip(wins, wins[1:], strict=False))


@pytest.mark.parametrize("name", ["/no/such/model/folder", "./missing-model"])
def test_bad_path_is_a_model_error(name: str) -> None:
    with pytest.raises(ModelError) as err:
        load_encoder(name)
    assert name in str(err.value) and "\n" not in str(err.value)


def test_corrupt_model_folder_is_a_model_error(tmp_path: Path) -> None:
    folder = _save_tiny_bert(tmp_path)
    (folder / "config.json").write_text("{not json")
    with pytest.raises(ModelError) as err:
        load_encoder(str(folder))
    assert str(folder) in str(err.value) and "\n" not in str(err.value)


def test_unreachable_hub_id_is_a_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError) as err:
        load_encoder("mtqa-test/no-such-encoder")
    assert "mtqa-test/no-such-encoder" in str(err.value) and "\n" not in str(err.value)


def test_model_without_hidden_states_is_a_model_error(tmp_path: Path) -> None:
    from transformers import T5Config, T5Model

    config = T5Config(vocab_size=40, d_model=8, d_kv=4, d_ff=16, num_layers=1, num_heads=2)
    T5Model(config).save_pretrained(tmp_path)
    _save_tiny_bert(tmp_path / "tok")
    for f in (tmp_path / "tok").glob("*token*"):
        f.rename(tmp_path / f.name)
    with pytest.raises(ModelError) as err:
        load_encoder(str(tmp_path))
    assert "\n" not in str(err.value)


def test_embedding_cache_skips_known_texts(tiny: HFEncoder, tmp_path: Path) -> None:
    cached = CachedEncoder(tiny, EmbeddingCache(tmp_path / "emb.sqlite3"))
    texts = ["The bank of Korea.", "Seoul city said.", "The bank of Korea."]
    first = cached.embed(texts)
    assert cached.misses == 2 and cached.hits == 0
    again = CachedEncoder(tiny, EmbeddingCache(tmp_path / "emb.sqlite3"))
    second = again.embed(texts)
    assert again.hits == 3 and again.misses == 0
    assert np.array_equal(first, second)
    assert np.allclose(first, tiny.embed(texts), atol=1e-6)


def test_weights_cache_rebuilds_a_corrupt_folder(tmp_path: Path) -> None:
    builds: list[Path] = []

    def build(out: Path) -> None:
        builds.append(out)
        (out / WEIGHTS).write_bytes(b"weights" * 100)
        (out / "config.json").write_text("{}")

    first = cached_folder("k", build, root=tmp_path)
    assert first.rebuilt and cached_folder("k", build, root=tmp_path).rebuilt is False
    (first.path / WEIGHTS).write_bytes(b"weights")  # partial write
    again = cached_folder("k", build, root=tmp_path)
    assert again.rebuilt and again.weights_hash == first.weights_hash and len(builds) == 2
    (again.path / MANIFEST).unlink()  # a crash before the manifest was written
    assert cached_folder("k", build, root=tmp_path).rebuilt
    assert [p.name for p in tmp_path.joinpath("models").iterdir()] == ["k"]  # no temp left


def test_a_layer_past_the_depth_is_the_last_layer(tiny: HFEncoder) -> None:
    (deep,) = tiny.token_states(["seoul city said"], layer=8)  # the rules' layer; tiny has 2
    (last,) = tiny.token_states(["seoul city said"], layer=-1)
    assert np.array_equal(deep.vectors, last.vectors)
    with pytest.raises(ValueError, match="layer must be within"):
        tiny.token_states(["seoul city said"], layer=-9)
