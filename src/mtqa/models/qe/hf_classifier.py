"""QE with any local Hugging Face sequence-classification checkpoint (TransQuest style).

The source and translation go in as a text pair; the model's single regression output is the
score. Only local folders are accepted: nothing is fetched from a model hub.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from mtqa.errors import ConfigError, ModelError
from mtqa.models.qe.base import QEResult, QEUnit, base_signature, register_backend
from mtqa.models.weights_cache import sha256_file

Scale = Literal["clip", "sigmoid", "invert"]
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


@register_backend("hf-classifier")
class HFClassifier:
    """A local AutoModelForSequenceClassification with one output.

    ``scale`` maps the raw output to [0, 1]: "clip" (outputs already in [0, 1], e.g. DA scaled),
    "sigmoid" (logits or z-scores), "invert" (1 - output, for HTER-trained models).
    """

    name = "hf-classifier"
    requires_reference = False

    def __init__(
        self,
        model: str | Path | None = None,
        scale: Scale = "clip",
        batch_size: int = 16,
        max_length: int = 256,
        encoder: Any = None,  # accepted for a uniform call; this backend has its own model
    ) -> None:
        if model is None:
            raise ConfigError("QE backend 'hf-classifier' needs model=<local folder>")
        self.path = Path(model)
        if not (self.path / "config.json").is_file():
            raise ConfigError(
                f"{self.path}: not a local Hugging Face model folder (no config.json); "
                "models are never downloaded"
            )
        if scale not in ("clip", "sigmoid", "invert"):
            raise ConfigError(f"unknown scale {scale!r} (expected clip, sigmoid or invert)")
        self.scale = scale
        self.batch_size = batch_size
        self.max_length = max_length

    @cached_property
    def _loaded(self) -> tuple[Any, Any]:
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        try:
            tok = AutoTokenizer.from_pretrained(str(self.path), local_files_only=True)
            model = AutoModelForSequenceClassification.from_pretrained(
                str(self.path), local_files_only=True
            )
        except (OSError, ValueError) as err:
            raise ModelError(f"{self.path}: cannot load the QE model ({err})") from None
        if model.config.num_labels != 1:
            raise ModelError(
                f"{self.path}: expected a regression model with one output, "
                f"got num_labels={model.config.num_labels}"
            )
        model.eval()
        return tok, model

    def _scale(self, x: float) -> float:
        if self.scale == "sigmoid":
            return 1.0 / (1.0 + math.exp(-x))
        if self.scale == "invert":
            x = 1.0 - x
        return min(1.0, max(0.0, x))

    def predict(self, units: Sequence[QEUnit]) -> list[QEResult]:
        import torch

        tok, model = self._loaded
        out: list[QEResult] = []
        for i in range(0, len(units), self.batch_size):
            batch = units[i : i + self.batch_size]
            enc = tok(
                [u.source for u in batch],
                [u.target for u in batch],
                padding=True,
                truncation=True,
                max_length=self.max_length,
                return_tensors="pt",
            )
            with torch.no_grad():
                logits = model(**enc).logits[:, 0].tolist()
            out += [QEResult(round(self._scale(float(x)), 4)) for x in logits]
        return out

    @cached_property
    def weights_hash(self) -> str:
        for name in _WEIGHT_FILES:
            if (self.path / name).is_file():
                return sha256_file(self.path / name)
        return "unknown"

    def signature(self) -> dict[str, str]:
        return base_signature(
            self.name, str(self.path), weights=self.weights_hash[:16], scale=self.scale
        )
