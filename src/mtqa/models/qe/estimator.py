"""The default QE backend: bundled-encoder features + a small trained feed-forward head.

Reference-free. Scores are the head's predicted sentence chrF++-like quality in [0, 1]; spans
are degenerate repetition loops in the translation. The head shipped in ``mtqa/data/qe_head.*``
is reproduced by ``mtqa train-qe --seed 0`` (see its JSON record).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path

from mtqa.errors import ModelError
from mtqa.models.base import Encoder
from mtqa.models.qe.base import QEResult, QESpan, QEUnit, base_signature, register_backend
from mtqa.models.qe.features import Featurizer
from mtqa.models.qe.head import QEHead, load_head
from mtqa.models.weights_cache import sha256_file
from mtqa.text.repetition import find_loops

HEAD_FILE = "qe_head.safetensors"
RECORD_FILE = "qe_head.json"


def shipped_head_path() -> Path:
    """The head that comes with mtqa."""
    return Path(str(importlib.resources.files("mtqa") / "data" / HEAD_FILE))


def loop_spans(target: str) -> list[QESpan]:
    """Repetition loops in a translation as QE spans."""
    return [
        QESpan(
            "target",
            lp.start,
            lp.end,
            "major",
            0.9,
            f"repetition loop: {lp.unit!r} repeated {lp.repeats} times",
        )
        for lp in find_loops(target)
    ]


@register_backend("estimator")
class Estimator:
    """COMET-QE-style estimator on the bundled (or a named) encoder."""

    name = "estimator"
    requires_reference = False

    def __init__(
        self,
        head_path: str | Path | None = None,
        encoder: Encoder | None = None,
        encoder_name: str | None = None,
        batch_size: int = 32,
    ) -> None:
        self.head_path = Path(head_path) if head_path else shipped_head_path()
        if not self.head_path.is_file():
            raise ModelError(f"{self.head_path}: QE head not found")
        self._encoder = encoder
        self.encoder_name = encoder_name
        self.batch_size = batch_size

    @cached_property
    def encoder(self) -> Encoder:
        if self._encoder is not None:
            return self._encoder
        from mtqa.models.encoder import load_encoder

        return load_encoder(self.encoder_name)

    @cached_property
    def head(self) -> QEHead:
        return load_head(self.head_path)

    @cached_property
    def head_hash(self) -> str:
        return sha256_file(self.head_path)

    @cached_property
    def featurizer(self) -> Featurizer:
        return Featurizer(self.encoder)

    def predict(self, units: Sequence[QEUnit]) -> list[QEResult]:
        if not units:
            return []
        trained_on = self.head.config.meta.get("encoder_weights_hash")
        if trained_on and trained_on != self.encoder.weights_hash:
            raise ModelError(
                f"{self.head_path}: QE head was trained on encoder weights {trained_on[:12]}, "
                f"not on {self.encoder.model_id} ({self.encoder.weights_hash[:12]}); "
                "retrain it with `mtqa train-qe`"
            )
        scores = self.head.score(self.featurizer.transform(units, self.batch_size))
        return [
            QEResult(round(float(s), 4), loop_spans(u.target))
            for s, u in zip(scores, units, strict=True)
        ]

    def signature(self) -> dict[str, str]:
        return base_signature(
            self.name,
            self.encoder.model_id,
            encoder_weights=self.encoder.weights_hash[:16],
            head=self.head_hash[:16],
        )
