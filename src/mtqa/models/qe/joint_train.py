"""Training the joint QE model (:mod:`mtqa.models.qe.joint`) on the head's training examples.

Same examples, targets and document split as the feature head; the loss is the squared error
of the sigmoid output plus ``rank_weight`` x RankNet over every pair of examples in a batch
whose targets differ by more than ``rank_gap``. Batches hold examples of similar length (fewer
pad tokens) in a seeded order; the learning rate warms up over the first tenth of the steps and
then falls linearly to zero. The epoch kept is the one whose validation scores have the highest
Kendall tau with the targets on ``rank_rows`` (the MT outputs: ranking them is what the score
is for), or the lowest validation loss when no rows are given. The blend weight
of the feature head is the one (in steps of 0.1) whose blended score has the highest Kendall
tau with chrF++ on the validation documents' MT outputs.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from mtqa.models.qe.joint import (
    JointConfig,
    adapter_state,
    attach_adapters,
    blend,
    logits,
    make_mlp,
    pair_ids,
    pair_logits,
    private_copy,
    token_limit,
)


@dataclass(frozen=True)
class JointTrainConfig:
    seed: int = 0
    epochs: int = 5
    lr: float = 5e-4  # adapters
    mlp_lr: float = 1e-3
    batch_size: int = 16
    rank_weight: float = 1.0
    rank_gap: float = 0.02
    rank: int = 16
    alpha: float = 32.0
    hidden: int = 128
    max_tokens: int = 256  # longer training pairs are left out


@dataclass
class JointFit:
    adapters: dict[str, torch.Tensor]
    mlp: torch.nn.Module
    config: JointConfig
    history: list[dict[str, float]]
    val_scores: np.ndarray  # NaN where a validation pair was too long


def _batches(lengths: Sequence[int], size: int, rng: random.Random) -> list[list[int]]:
    order = sorted(range(len(lengths)), key=lambda i: (lengths[i], rng.random()))
    chunks = [order[s : s + size] for s in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def _loss(z: torch.Tensor, y: torch.Tensor, cfg: JointTrainConfig) -> torch.Tensor:
    from mtqa.models.qe.train import rank_loss

    loss = torch.nn.functional.mse_loss(torch.sigmoid(z), y)
    if cfg.rank_weight:
        every = torch.ones(len(y), dtype=torch.bool)
        loss = loss + cfg.rank_weight * rank_loss(z, y, every, cfg.rank_gap)
    return loss


def fit_joint(
    encoder: Any,
    train_units: Sequence[Any],
    train_y: Sequence[float],
    val_units: Sequence[Any],
    val_y: Sequence[float],
    cfg: JointTrainConfig,
    meta: dict[str, str],
    rank_rows: np.ndarray | None = None,
) -> JointFit:
    """Adapters + MLP trained on (unit, target) pairs; ``encoder`` needs ``model``/``tokenizer``."""
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    jc = JointConfig(rank=cfg.rank, alpha=cfg.alpha, hidden=cfg.hidden, meta=dict(meta))
    model = private_copy(encoder.model)
    adapters = attach_adapters(model, jc, cfg.seed)
    mlp = make_mlp(int(model.config.hidden_size), cfg.hidden)
    pad = encoder.tokenizer.pad_token_id or 0
    bf16 = bool(getattr(encoder, "bf16", False))
    ids = pair_ids(encoder.tokenizer, train_units, token_limit(model, cfg.max_tokens))
    rows = [i for i, r in enumerate(ids) if r is not None]
    y = torch.tensor([float(train_y[i]) for i in rows])
    seqs = [r for r in ids if r is not None]
    val_ids = pair_ids(encoder.tokenizer, val_units, token_limit(model, jc.max_tokens))
    params = [p for a in adapters for p in (a.A, a.B)]
    opt = torch.optim.AdamW(
        [{"params": params, "lr": cfg.lr}, {"params": mlp.parameters(), "lr": cfg.mlp_lr}],
        weight_decay=0.01,
    )
    per_epoch = math.ceil(len(seqs) / cfg.batch_size)
    total = max(1, per_epoch * cfg.epochs)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1.0, 0.1 * total)) * max(0.0, (total - s) / total)
    )

    def validate() -> tuple[float, np.ndarray]:
        model.eval()
        out = pair_logits(model, mlp, val_ids, pad, bf16, 64)
        model.train()
        ok = ~np.isnan(out)
        if not ok.any():
            return float("inf"), out
        z_t = torch.from_numpy(out[ok]).float()
        y_t = torch.tensor(np.asarray(val_y, dtype=np.float32)[ok])
        return float(_loss(z_t, y_t, cfg)), 1.0 / (1.0 + np.exp(-out))

    model.train()
    best: tuple[float, dict[str, torch.Tensor], dict[str, Any], np.ndarray] | None = None
    history: list[dict[str, float]] = []
    for epoch in range(cfg.epochs):
        total_loss = 0.0
        for chunk in _batches([len(s) for s in seqs], cfg.batch_size, rng):
            z = logits(model, mlp, [seqs[i] for i in chunk], pad, bf16)
            loss = _loss(z, y[chunk], cfg)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([*params, *mlp.parameters()], 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total_loss += float(loss.detach()) * len(chunk)
        val_loss, val_scores = validate()
        entry = {"epoch": epoch + 1, "train_loss": total_loss / len(seqs), "val_loss": val_loss}
        key = val_loss
        if rank_rows is not None and rank_rows.any():
            entry["val_tau"] = _tau(val_scores, np.asarray(val_y, dtype=np.float64), rank_rows)
            key = -entry["val_tau"]
        history.append(entry)
        if best is None or key < best[0]:
            best = (
                key,
                {k: v.clone() for k, v in adapter_state(adapters).items()},
                {k: v.clone() for k, v in mlp.state_dict().items()},
                val_scores,
            )
    assert best is not None
    mlp.load_state_dict(best[2])
    return JointFit(best[1], mlp, jc, history, best[3])


def _tau(scores: np.ndarray, targets: np.ndarray, rows: np.ndarray) -> float:
    """Kendall tau of ``scores`` with ``targets`` over ``rows`` that have a score; -1 where
    none can be computed (so any real one wins)."""
    from mtqa.models.qe.train import _kendall

    ok = rows & ~np.isnan(scores)
    t = _kendall(scores[ok], targets[ok])
    return -1.0 if math.isnan(t) else t


def choose_blend(
    head_scores: np.ndarray, joint_scores: np.ndarray, targets: np.ndarray, mask: np.ndarray
) -> tuple[float, float]:
    """(head weight, Kendall tau) maximizing tau over ``mask`` rows (0.1 steps; ties: more
    head weight). Rows without a joint score use the head's."""
    best = (1.0, -2.0)
    for w in np.round(np.linspace(1.0, 0.0, 11), 1):
        t = _tau(blend(head_scores, joint_scores, float(w)), targets, mask)
        if t > best[1] + 1e-9:
            best = (float(w), t)
    return best
