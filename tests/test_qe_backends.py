"""QE interface and registry; the Hugging Face sequence-classification backend on a tiny model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from mtqa.errors import ConfigError, ModelError
from mtqa.models.qe import (
    QEResult,
    QEUnit,
    available_backends,
    check_units,
    get_backend,
    register_backend,
    signature_string,
)
from mtqa.models.qe.base import base_signature


class _NeedsRef:
    name = "test-needs-ref"
    requires_reference = True

    def __init__(self, bonus: float = 0.0) -> None:
        self.bonus = bonus

    def predict(self, units: Sequence[QEUnit]) -> list[QEResult]:
        return [QEResult(min(1.0, 0.5 + self.bonus)) for _ in units]

    def signature(self) -> dict[str, str]:
        return base_signature(self.name, "none")


register_backend("test-needs-ref")(_NeedsRef)


def test_registry_lists_builtin_backends() -> None:
    names = available_backends()
    assert {"estimator", "hf-classifier", "test-needs-ref"} <= set(names)
    assert names == sorted(names)


def test_unknown_backend_names_the_known_ones() -> None:
    with pytest.raises(ConfigError) as err:
        get_backend("cometkiwi-xxl")
    assert "cometkiwi-xxl" in str(err.value)
    assert "estimator" in str(err.value) and "hf-classifier" in str(err.value)


def test_options_reach_the_backend() -> None:
    backend = get_backend("test-needs-ref", bonus=0.25)
    assert backend.predict([QEUnit("가", "a", "a")])[0].score == 0.75


def test_registering_a_name_twice_fails() -> None:
    with pytest.raises(ValueError, match="already registered"):
        register_backend("test-needs-ref")(_NeedsRef)


def test_missing_reference_fails_early() -> None:
    backend = get_backend("test-needs-ref")
    check_units(backend, [QEUnit("가", "a", "a")])
    with pytest.raises(ConfigError, match="needs a reference.*1 of 2"):
        check_units(backend, [QEUnit("가", "a", "a"), QEUnit("나", "b")])


def test_signature_names_backend_and_version() -> None:
    import mtqa

    sig = get_backend("test-needs-ref").signature()
    assert sig["backend"] == "test-needs-ref" and sig["mtqa"] == mtqa.__version__
    assert signature_string(sig).startswith("backend:test-needs-ref|model:none|")


def test_hf_classifier_needs_a_local_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="model="):
        get_backend("hf-classifier")
    with pytest.raises(ConfigError, match="no config.json"):
        get_backend("hf-classifier", model=tmp_path)


def _tiny_model(folder: Path, num_labels: int = 1) -> Path:
    """A randomly initialized BERT regression model with a word-level tokenizer."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "president", "met", "대통령", "만났다"]
    vocab = {w: i for i, w in enumerate(words)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", 2), ("[SEP]", 3)],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(words),
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=num_labels,
        initializer_range=0.5,  # outputs far enough apart to tell inputs apart
    )
    BertForSequenceClassification(config).save_pretrained(folder)
    fast.save_pretrained(folder)
    return folder


def test_hf_classifier_scores_pairs_with_a_tiny_model(tmp_path: Path) -> None:
    folder = _tiny_model(tmp_path / "tiny")
    units = [QEUnit("대통령 만났다", "the president met"), QEUnit("대통령", "the")] * 3
    backend = get_backend("hf-classifier", model=folder, scale="sigmoid", batch_size=4)
    results = backend.predict(units)
    assert len(results) == len(units)
    assert all(0.0 <= r.score <= 1.0 for r in results)
    # The same input gives the same score, different inputs (almost surely) different ones.
    assert results[0].score == results[2].score == results[4].score
    assert results[0].score != results[1].score
    # And the score is the model's own output, scaled.
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder).eval()
    with torch.no_grad():
        logit = model(**tok(["대통령"], ["the"], return_tensors="pt")).logits[0, 0]
    assert results[1].score == pytest.approx(float(torch.sigmoid(logit)), abs=1e-4)
    sig = backend.signature()
    assert sig["backend"] == "hf-classifier" and len(sig["weights"]) == 16


def test_hf_classifier_rejects_a_classifier_with_many_labels(tmp_path: Path) -> None:
    folder = _tiny_model(tmp_path / "tiny3", num_labels=3)
    backend = get_backend("hf-classifier", model=folder)
    with pytest.raises(ModelError, match="num_labels=3"):
        backend.predict([QEUnit("대통령", "the president")])
