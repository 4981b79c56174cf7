"""The joint (source + translation) QE model: adapters, merging, training, blending, errors.

A tiny random BERT stands in for the encoder (built and saved by the test); the bundled model's
joint scores are checked in test_qe_estimator.py."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from mtqa.errors import ModelError
from mtqa.models.encoder import HFEncoder, load_encoder
from mtqa.models.qe import QEUnit
from mtqa.models.qe.joint import (
    JointScorer,
    attach_adapters,
    blend,
    joint_path,
    logits,
    pair_ids,
    private_copy,
    save_joint,
)
from mtqa.models.qe.joint_train import JointTrainConfig, choose_blend, fit_joint
from test_encoder_other import _save_tiny_bert

UNITS = [
    QEUnit("the bank of korea kept its base rate", "the bank of korea kept its base rate"),
    QEUnit("seoul city said it will raise fares", "seoul city said it will raise fares"),
    QEUnit("the bank of korea kept its base rate", "seoul city said"),
    QEUnit("seoul city said it will raise fares", "the bank kept"),
]
TARGETS = [0.9, 0.85, 0.1, 0.15]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> HFEncoder:
    return load_encoder(str(_save_tiny_bert(tmp_path_factory.mktemp("tiny-joint"))))


def _fit(tiny: HFEncoder, seed: int = 0, epochs: int = 4):  # type: ignore[no-untyped-def]
    cfg = JointTrainConfig(seed=seed, epochs=epochs, batch_size=2, rank=2, alpha=4.0, hidden=8)
    meta = {"encoder_weights_hash": tiny.weights_hash}
    return fit_joint(tiny, UNITS, TARGETS, UNITS, TARGETS, cfg, meta)


def test_training_learns_the_targets_and_leaves_the_encoder_alone(tiny: HFEncoder) -> None:
    before = tiny.embed(["seoul city said it will raise fares"])
    fit = _fit(tiny, epochs=30)
    assert np.allclose(tiny.embed(["seoul city said it will raise fares"]), before)
    assert len(fit.history) == 30 and fit.history[-1]["train_loss"] < fit.history[0]["train_loss"]
    good, bad = fit.val_scores[:2], fit.val_scores[2:]
    assert good.min() > bad.max()  # 4 examples, 30 epochs: it fits them
    assert len(fit.adapters) == 2 * 6 * tiny.layers  # A and B, six projections a layer


def test_training_is_seeded(tiny: HFEncoder) -> None:
    a, b, c = _fit(tiny, 0, 2), _fit(tiny, 0, 2), _fit(tiny, 1, 2)
    assert all(torch.equal(a.adapters[k], b.adapters[k]) for k in a.adapters)
    assert not all(torch.equal(a.adapters[k], c.adapters[k]) for k in a.adapters)


def test_merged_scorer_matches_the_adapted_model(tiny: HFEncoder, tmp_path: Path) -> None:
    fit = _fit(tiny, epochs=3)
    path = tmp_path / "qe_head_joint.safetensors"
    save_joint(path, fit.adapters, fit.mlp, fit.config)
    scorer = JointScorer(path, tiny)
    merged = scorer.score(UNITS)
    # The same float16 weights run unmerged, through the adapters.
    model = private_copy(tiny.model)
    adapters = attach_adapters(model, fit.config, 0)
    with torch.no_grad():
        for i, a in enumerate(adapters):
            a.A.copy_(fit.adapters[f"lora.{i}.A"].half().float())
            a.B.copy_(fit.adapters[f"lora.{i}.B"].half().float())
    model.eval()
    rows = pair_ids(tiny.tokenizer, UNITS, 32)
    with torch.inference_mode():
        z = logits(model, scorer.mlp, rows, tiny.tokenizer.pad_token_id, False)  # type: ignore[arg-type]
    assert np.allclose(merged, torch.sigmoid(z).numpy(), atol=1e-4)
    assert ((merged > 0) & (merged < 1)).all()


def test_pairs_longer_than_the_model_get_no_joint_score(tiny: HFEncoder, tmp_path: Path) -> None:
    fit = _fit(tiny, epochs=1)
    path = joint_path(tmp_path / "qe_head.safetensors")
    assert path.name == "qe_head_joint.safetensors"
    save_joint(path, fit.adapters, fit.mlp, fit.config)
    long = QEUnit(" ".join(["the bank of korea"] * 10), "seoul city said")
    scores = JointScorer(path, tiny).score([UNITS[0], long])
    assert not np.isnan(scores[0]) and np.isnan(scores[1])
    head = np.array([0.2, 0.4])
    assert blend(head, scores, 0.5)[1] == 0.4  # the head alone where no joint score
    assert blend(head, scores, 0.5)[0] == pytest.approx(0.1 + scores[0] / 2)


def test_a_joint_model_of_another_encoder_is_refused(tiny: HFEncoder, tmp_path: Path) -> None:
    fit = _fit(tiny, epochs=1)
    path = tmp_path / "x_joint.safetensors"
    other = type(fit.config)(**{**vars(fit.config), "meta": {"encoder_weights_hash": "f" * 64}})
    save_joint(path, fit.adapters, fit.mlp, other)
    with pytest.raises(ModelError, match="trained on encoder weights ffffffffffff"):
        JointScorer(path, tiny)
    path.write_bytes(b"not a safetensors file")
    with pytest.raises(ModelError, match="x_joint.safetensors: cannot load"):
        JointScorer(path, tiny)


def test_blend_weight_is_chosen_by_kendall_tau() -> None:
    rng = np.random.default_rng(0)
    targets = rng.random(40)
    noise = rng.random(40)
    mask = np.ones(40, dtype=bool)
    assert choose_blend(noise, targets, targets, mask)[0] == 0.0  # the joint score is perfect
    assert choose_blend(targets, noise, targets, mask)[0] == 1.0  # the head is
    w, tau = choose_blend(targets + noise, targets - noise, targets, mask)
    assert w == 0.5 and tau == pytest.approx(1.0)


def test_train_qe_writes_the_joint_model_and_the_estimator_blends_it(
    tiny: HFEncoder, tmp_path: Path
) -> None:
    from mtqa.models.qe.estimator import Estimator
    from mtqa.models.qe.train import TrainConfig, TrainData, train
    from test_qe_train import _write_corpus

    folder, mt = _write_corpus(tmp_path / "data")
    config = TrainConfig(epochs=2, hidden=(4,), val_share=0.25, synthetic_share=0.5, joint_epochs=1)
    record = train(TrainData(folder, [mt]), tmp_path / "out", tiny, config)
    joint = record["joint"]
    path = tmp_path / "out" / "qe_head_joint.safetensors"
    assert joint["file"] == path.name and path.is_file() and len(joint["sha256"]) == 64
    assert 0.0 <= joint["blend_head_weight"] <= 1.0
    assert "kendall_tau_mt_vs_chrf" in joint["scores"]["validation_blended"]
    est = Estimator(head_path=tmp_path / "out" / "qe_head.safetensors", encoder=tiny, joint=True)
    assert est.name == "estimator-joint"
    assert est.joint is not None and est.joint.config.blend == joint["blend_head_weight"]
    sig = est.signature()
    assert sig["joint"] == joint["sha256"][:16]
    assert sig["blend"] == f"{joint['blend_head_weight']:g}"
    blended = [r.score for r in est.predict(UNITS)]
    alone = Estimator(head_path=tmp_path / "out" / "qe_head.safetensors", encoder=tiny, joint=False)
    assert alone.signature()["joint"] == "none"
    head_only = [r.score for r in alone.predict(UNITS)]
    expected = blend(np.array(head_only), est.joint.score(UNITS), est.joint.config.blend)
    assert np.allclose(blended, expected, atol=1e-4)
    # with the run's embedding cache, a re-run scores no pair with the joint model again
    from mtqa.models.embed_cache import CachedEncoder, EmbeddingCache

    cached = CachedEncoder(tiny, EmbeddingCache(tmp_path / "cache.sqlite3"))
    est = Estimator(head_path=tmp_path / "out" / "qe_head.safetensors", encoder=cached, joint=True)
    assert est.joint is not None
    calls: list[int] = []
    real = est.joint.score
    est.joint.score = lambda units, batch_size=32: calls.append(len(units)) or real(units)  # type: ignore[method-assign]
    first = [r.score for r in est.predict(UNITS)]
    assert [r.score for r in est.predict(UNITS)] == first and calls == [len(UNITS)]


def test_joint_scores_are_cached_by_model_and_pair(tiny: HFEncoder, tmp_path: Path) -> None:
    from mtqa.models.embed_cache import CachedEncoder, EmbeddingCache
    from mtqa.models.qe.estimator import Estimator, shipped_head_path

    fit = _fit(tiny, epochs=1)
    head = tmp_path / "qe_head.safetensors"
    head.write_bytes(shipped_head_path().read_bytes())  # not run here: only its joint model
    save_joint(joint_path(head), fit.adapters, fit.mlp, fit.config)
    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    est = Estimator(head_path=head, encoder=CachedEncoder(tiny, cache), joint=True)
    assert est.joint is not None
    first = est._joint_scores(UNITS, est.joint)
    calls: list[int] = []
    real = est.joint.score
    est.joint.score = lambda units, batch_size=32: calls.append(len(units)) or real(units)  # type: ignore[method-assign]
    again = est._joint_scores([*UNITS, QEUnit("the bank", "the bank")], est.joint)
    assert calls == [1]  # only the new pair is scored
    assert np.allclose(again[:4], first, atol=1e-6)


def test_train_qe_command_writes_head_joint_model_and_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from mtqa.cli import main
    from test_qe_train import _write_corpus

    folder, mt = _write_corpus(tmp_path / "data")
    tiny_dir = _save_tiny_bert(tmp_path / "tiny")
    common = ["train-qe", "--data", str(folder), "--mt", str(mt), "--encoder", str(tiny_dir)]
    out = tmp_path / "out"
    assert main([*common, "--epochs", "1", "--joint-epochs", "1", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "qe_head.safetensors" in printed and "qe_head_joint.safetensors" in printed
    assert (out / "qe_head.json").is_file() and (out / "qe_head_joint.safetensors").is_file()
    plain = tmp_path / "plain"
    assert main([*common, "--epochs", "1", "--joint-epochs", "0", "--out", str(plain)]) == 0
    assert not (plain / "qe_head_joint.safetensors").exists()
    # a missing data folder is a one-line error naming it, exit code 2
    assert main(["train-qe", "--data", str(tmp_path / "nope"), "--out", str(plain)]) == 2
    err = capsys.readouterr().err.strip()
    assert "nope" in err and "not found" in err and len(err.splitlines()) == 1
