"""Joint QE: the encoder reads source and translation together (MonoTransQuest / CometKiwi style).

The feature head (:mod:`mtqa.models.qe.head`) sees the two sentences through separate
embeddings; here both go through the encoder as one pair (``<s> source </s></s> translation
</s>``), so attention compares them token by token. The encoder is adapted with low-rank
adapters (LoRA: ``W + (alpha / r) B A`` on every attention and feed-forward projection), and a
small MLP on the mean-pooled last layer predicts the score. Only the adapters and the MLP are
stored (a few MB of float16); at run time they are merged into a private copy of the encoder's
layers (the word embeddings stay shared), so the alignment encoder is untouched and a pass costs
what a plain one does.

A pair longer than the encoder takes (``max_tokens``) gets no joint score (NaN): the estimator
then uses its feature head alone for that unit rather than score a silently truncated pair.
"""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from mtqa.errors import ModelError
from mtqa.models.qe.base import QEUnit
from mtqa.models.weights_cache import sha256_file

# The projections adapted in every layer (BertLayer attribute paths).
TARGETS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


@dataclass(frozen=True)
class JointConfig:
    rank: int = 16
    alpha: float = 32.0
    hidden: int = 128
    max_tokens: int = 512
    blend: float = 0.5  # weight of the feature head's score in the estimator's blend
    meta: dict[str, str] = field(default_factory=dict)  # encoder model id and weights hash


def joint_path(head_path: Path) -> Path:
    """Where the joint model of the head at ``head_path`` lives: ``<stem>_joint.safetensors``."""
    return head_path.with_name(f"{head_path.stem}_joint.safetensors")


class LoRALinear(nn.Module):
    """``base(x) + scale * x A^T B^T``; ``B`` starts at zero, so training starts from ``base``."""

    def __init__(self, base: nn.Linear, rank: int, alpha: float, generator: torch.Generator):
        super().__init__()
        self.base = base
        self.scale = alpha / rank
        bound = 1.0 / base.in_features**0.5
        a = (torch.rand(rank, base.in_features, generator=generator) * 2 - 1) * bound
        self.A = nn.Parameter(a)
        self.B = nn.Parameter(torch.zeros(base.out_features, rank))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.A.t() @ self.B.t()) * self.scale


def private_copy(model: Any) -> Any:
    """A deep copy of ``model`` that shares its word embeddings (the largest, frozen tensor)."""
    words = model.embeddings.word_embeddings
    return copy.deepcopy(model, {id(words): words})


def _linear(layer: nn.Module, path: str) -> tuple[nn.Module, str]:
    *parents, name = path.split(".")
    owner = layer
    for p in parents:
        owner = getattr(owner, p)
    return owner, name


def attach_adapters(model: Any, config: JointConfig, seed: int) -> list[LoRALinear]:
    """Replace the ``TARGETS`` of every layer of ``model`` (a private copy) by trainable
    adapters; everything else is frozen. Returns the adapters in a fixed order."""
    gen = torch.Generator().manual_seed(seed)
    for p in model.parameters():
        p.requires_grad_(False)
    adapters = []
    for layer in model.encoder.layer:
        for path in TARGETS:
            owner, name = _linear(layer, path)
            base = getattr(owner, name)
            if not isinstance(base, nn.Linear):
                raise ModelError(f"joint QE needs plain Linear layers, found {type(base).__name__}")
            lora = LoRALinear(base, config.rank, config.alpha, gen)
            setattr(owner, name, lora)
            adapters.append(lora)
    return adapters


def adapter_state(adapters: Sequence[LoRALinear]) -> dict[str, torch.Tensor]:
    return {f"lora.{i}.{k}": getattr(a, k).detach() for i, a in enumerate(adapters) for k in "AB"}


def make_mlp(dim: int, hidden: int) -> nn.Sequential:
    return nn.Sequential(nn.Linear(dim, hidden), nn.Tanh(), nn.Linear(hidden, 1))


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)


def token_limit(model: Any, max_tokens: int) -> int:
    """``max_tokens``, or fewer where the model has fewer positions."""
    return min(max_tokens, int(getattr(model.config, "max_position_embeddings", max_tokens)))


def pair_ids(tokenizer: Any, units: Sequence[QEUnit], max_tokens: int) -> list[list[int] | None]:
    """Token ids of each (source, translation) pair; None where the pair is longer than
    ``max_tokens`` (those are never truncated)."""
    from mtqa.models.encoder import _quiet_transformers

    with _quiet_transformers():  # no "longer than the maximum" warning: long pairs are skipped
        enc = tokenizer([u.source for u in units], [u.target for u in units], truncation=False)
    return [ids if len(ids) <= max_tokens else None for ids in enc["input_ids"]]


def batch_tensors(rows: Sequence[Sequence[int]], pad: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(list(r))
        mask[i, : len(r)] = 1
    return ids, mask


def autocast(bf16: bool) -> Any:
    return torch.autocast("cpu", dtype=torch.bfloat16) if bf16 else contextlib.nullcontext()


def logits(
    model: Any, mlp: nn.Module, rows: Sequence[Sequence[int]], pad: int, bf16: bool
) -> torch.Tensor:
    """The MLP's logits for a batch of pair ids."""
    ids, mask = batch_tensors(rows, pad)
    with autocast(bf16):
        hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    return mlp(mean_pool(hidden.float(), mask)).squeeze(-1)


def pair_logits(
    model: Any,
    mlp: nn.Module,
    ids: Sequence[Sequence[int] | None],
    pad: int,
    bf16: bool,
    batch_size: int,
) -> np.ndarray:
    """The MLP's logit of each pair of :func:`pair_ids`, in batches of similar length; NaN
    where a pair has no ids (too long)."""
    out = np.full(len(ids), np.nan)
    present = {i: r for i, r in enumerate(ids) if r is not None}
    order = sorted(present, key=lambda i: len(present[i]))
    with torch.inference_mode():
        for s in range(0, len(order), batch_size):
            chunk = order[s : s + batch_size]
            z = logits(model, mlp, [present[i] for i in chunk], pad, bf16)
            out[chunk] = z.float().numpy()
    return out


def save_joint(
    path: Path, adapters: dict[str, torch.Tensor], mlp: nn.Module, config: JointConfig
) -> str:
    """Adapters and MLP as float16 safetensors, the config in the metadata; the file's sha256."""
    from safetensors.torch import save_file

    state = {k: v.to(torch.float16).contiguous() for k, v in adapters.items()}
    state |= {f"mlp.{k}": v.detach().to(torch.float16) for k, v in mlp.state_dict().items()}
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file(state, str(path), metadata={"config": json.dumps(asdict(config), sort_keys=True)})
    return sha256_file(path)


def _read(path: Path) -> tuple[JointConfig, dict[str, torch.Tensor]]:
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), framework="pt") as f:
            meta = json.loads((f.metadata() or {})["config"])
            state = {k: f.get_tensor(k).to(torch.float32) for k in f.keys()}  # noqa: SIM118
        config = JointConfig(**{**meta, "meta": dict(meta.get("meta", {}))})
    except (OSError, KeyError, ValueError, TypeError, SafetensorError) as err:
        raise ModelError(f"{path}: cannot load the joint QE model ({err})") from None
    return config, state


class JointScorer:
    """Scores (source, translation) pairs with the adapted encoder, in [0, 1]."""

    def __init__(self, path: Path, encoder: Any) -> None:
        self.path = path
        self.config, state = _read(path)
        self.hash = sha256_file(path)
        trained_on = self.config.meta.get("encoder_weights_hash")
        if trained_on and trained_on != encoder.weights_hash:
            raise ModelError(
                f"{path}: joint QE model was trained on encoder weights {trained_on[:12]}, "
                f"not on {encoder.model_id} ({encoder.weights_hash[:12]}); "
                "retrain it with `mtqa train-qe`"
            )
        self.tokenizer = encoder.tokenizer
        self.pad = encoder.tokenizer.pad_token_id or 0
        self.bf16 = bool(getattr(encoder, "bf16", False))
        self.model = private_copy(encoder.model)
        layers = list(self.model.encoder.layer)
        try:
            with torch.no_grad():
                i = 0
                for layer in layers:
                    for target in TARGETS:
                        owner, name = _linear(layer, target)
                        lin = getattr(owner, name)
                        a, b = state[f"lora.{i}.A"], state[f"lora.{i}.B"]
                        scale = self.config.alpha / self.config.rank
                        lin.weight += scale * (b @ a).to(lin.weight.dtype)
                        i += 1
                self.mlp = make_mlp(int(self.model.config.hidden_size), self.config.hidden)
                self.mlp.load_state_dict(
                    {k[4:]: v for k, v in state.items() if k.startswith("mlp.")}, strict=True
                )
        except (KeyError, RuntimeError, AttributeError) as err:
            raise ModelError(f"{path}: does not fit {encoder.model_id} ({err})") from None
        if i * 2 + len(self.mlp.state_dict()) != len(state):
            raise ModelError(f"{path}: does not fit {encoder.model_id} (adapter count)")
        self.model.eval()

    def score(self, units: Sequence[QEUnit], batch_size: int = 32) -> np.ndarray:
        """One score per unit; NaN for pairs longer than the encoder takes."""
        ids = pair_ids(self.tokenizer, units, token_limit(self.model, self.config.max_tokens))
        z = pair_logits(self.model, self.mlp, ids, self.pad, self.bf16, batch_size)
        return torch.sigmoid(torch.from_numpy(z).float()).numpy().astype(np.float64)


def blend(head_scores: np.ndarray, joint_scores: np.ndarray, w: float) -> np.ndarray:
    """``w`` x head + (1 - w) x joint; the head alone where there is no joint score."""
    mixed = w * head_scores + (1.0 - w) * joint_scores
    return np.where(np.isnan(joint_scores), head_scores, mixed)
