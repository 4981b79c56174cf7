"""The feed-forward QE head (COMET-QE / CometKiwi style) and its on-disk form.

A head may first project the embedding features (all columns before the named evidence ones) to
``proj_dim`` dimensions with a fixed linear map stored with it (training fits a PCA of the source
embedding, so that ~6,000 examples need not fit 1,536 weights per hidden unit). The inputs are
standardized with the training set's mean and standard deviation (stored with the weights), then
a small MLP with a sigmoid output predicts a quality score in [0, 1]. Weights are
stored as float16 safetensors with the configuration in the file's metadata.

A head may carry a *mismatch gate* (``meta["cosine_gate"] = "lo,hi"``, set by training): the score
is multiplied by ``clip((cosine - lo) / (hi - lo), 0, 1)``, so a translation whose sentence cosine
to the source is as low as an unrelated sentence's cannot score well whatever the MLP says. ``lo``
is the median cosine of unrelated (shuffled) training pairs, ``hi`` the 1st percentile of real
ones, so 99% of real training pairs are untouched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from mtqa.errors import ModelError
from mtqa.models.weights_cache import sha256_file


@dataclass(frozen=True)
class HeadConfig:
    n_in: int
    hidden: tuple[int, ...] = (64,)
    dropout: float = 0.1
    input_dropout: float = 0.0  # dropout on the standardized features (training only)
    features: tuple[str, ...] = ()  # names of the evidence features (after the embedding ones)
    proj_dim: int = 0  # project the embedding features to this many dimensions (0: use them all)
    meta: dict[str, str] = field(default_factory=dict)  # encoder model id and weights hash, ...


class QEHead(nn.Module):
    """[Project] -> standardize -> [Dropout] -> [Linear -> Tanh -> Dropout]* -> Linear, sigmoid."""

    def __init__(self, config: HeadConfig) -> None:
        super().__init__()
        self.config = config
        self.n_embed = config.n_in - len(config.features)
        width = config.proj_dim + len(config.features) if config.proj_dim else config.n_in
        if config.proj_dim:
            self.register_buffer("proj_mean", torch.zeros(self.n_embed))
            self.register_buffer("proj", torch.zeros(self.n_embed, config.proj_dim))
        self.register_buffer("mean", torch.zeros(width))
        self.register_buffer("std", torch.ones(width))
        layers: list[nn.Module] = [nn.Dropout(config.input_dropout)] if config.input_dropout else []
        for h in config.hidden:
            layers += [nn.Linear(width, h), nn.Tanh(), nn.Dropout(config.dropout)]
            width = h
        layers.append(nn.Linear(width, 1))
        self.mlp = nn.Sequential(*layers)

    def set_projection(self, rows: np.ndarray, columns: slice) -> None:
        """Project onto the top ``proj_dim`` principal components of ``rows`` (training
        features), computed from the embedding ``columns`` only; other columns get zero weight
        (as do components beyond the rank of ``rows``)."""
        emb = rows[:, : self.n_embed].astype(np.float64)
        mean = emb.mean(0)
        _u, _s, vt = np.linalg.svd(emb[:, columns] - mean[columns], full_matrices=False)
        proj = np.zeros((self.n_embed, self.config.proj_dim))
        comps = vt[: self.config.proj_dim].T
        proj[columns, : comps.shape[1]] = comps
        self.get_buffer("proj_mean").copy_(torch.from_numpy(mean.astype(np.float32)))
        self.get_buffer("proj").copy_(torch.from_numpy(proj.astype(np.float32)))

    def inputs(self, x: torch.Tensor) -> torch.Tensor:
        """The MLP's inputs before standardizing: the features, or their projection."""
        if not self.config.proj_dim:
            return x
        emb = (x[:, : self.n_embed] - self.get_buffer("proj_mean")) @ self.get_buffer("proj")
        return torch.cat([emb, x[:, self.n_embed :]], dim=1)

    def set_scaler(self, x: np.ndarray) -> None:
        """Standardize with the mean and standard deviation of the training features ``x``."""
        with torch.no_grad():
            z = self.inputs(torch.from_numpy(np.asarray(x, dtype=np.float32))).numpy()
        self.get_buffer("mean").copy_(torch.from_numpy(z.mean(0).astype(np.float32)))
        self.get_buffer("std").copy_(
            torch.from_numpy(np.maximum(z.std(0), 1e-4).astype(np.float32))
        )

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        mean, std = self.get_buffer("mean"), self.get_buffer("std")
        out: torch.Tensor = self.mlp((self.inputs(x) - mean) / std).squeeze(-1)
        return out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.logits(x))

    @torch.no_grad()
    def score(self, x: np.ndarray) -> np.ndarray:
        """Scores in [0, 1] for a (n, n_in) feature matrix."""
        if x.shape[1] != self.config.n_in:
            raise ModelError(
                f"QE head expects {self.config.n_in} features, got {x.shape[1]} "
                "(was it trained with another encoder?)"
            )
        self.eval()
        out = self(torch.from_numpy(np.asarray(x, dtype=np.float32))).numpy().astype(np.float64)
        gate = self.config.meta.get("cosine_gate")
        if gate and "cosine" in self.config.features:
            lo, hi = (float(v) for v in gate.split(","))
            names = self.config.features
            col = self.config.n_in - len(names) + names.index("cosine")
            out = out * np.clip((np.asarray(x[:, col], dtype=np.float64) - lo) / (hi - lo), 0, 1)
        return out


def cosine_gate(cos_unrelated: np.ndarray, cos_real: np.ndarray) -> str | None:
    """The ``meta["cosine_gate"]`` value from training cosines (see the module docstring).

    None when the encoder does not separate unrelated pairs from real ones (no gate then).
    """
    if not len(cos_unrelated) or not len(cos_real):
        return None
    lo, hi = float(np.median(cos_unrelated)), float(np.percentile(cos_real, 1))
    return f"{lo:.6f},{hi:.6f}" if lo < hi else None


def save_head(head: QEHead, path: Path) -> str:
    """Write ``head`` (float16 weights + config metadata); returns the file's sha256."""
    from safetensors.torch import save_file

    c = head.config
    config = {
        "n_in": c.n_in,
        "hidden": list(c.hidden),
        "dropout": c.dropout,
        "input_dropout": c.input_dropout,
        "features": list(c.features),
        "proj_dim": c.proj_dim,
        "meta": c.meta,
    }
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in head.state_dict().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(state, str(path), metadata={"config": json.dumps(config, sort_keys=True)})
    return sha256_file(path)


def load_head(path: Path) -> QEHead:
    """The head stored at ``path``; ModelError with the file name when it cannot be read."""
    from safetensors import safe_open

    try:
        with safe_open(str(path), framework="pt") as f:
            meta: dict[str, Any] = json.loads((f.metadata() or {})["config"])
            state = {k: f.get_tensor(k).to(torch.float32) for k in f.keys()}  # noqa: SIM118
        config = HeadConfig(
            n_in=int(meta["n_in"]),
            hidden=tuple(int(h) for h in meta["hidden"]),
            dropout=float(meta["dropout"]),
            input_dropout=float(meta.get("input_dropout", 0.0)),
            features=tuple(meta["features"]),
            proj_dim=int(meta.get("proj_dim", 0)),
            meta=dict(meta["meta"]),
        )
        head = QEHead(config)
        head.load_state_dict(state, strict=True)
    except (OSError, KeyError, ValueError, RuntimeError) as err:
        raise ModelError(f"{path}: cannot load the QE head ({err})") from None
    head.eval()
    return head
