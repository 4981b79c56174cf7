"""The default QE backends: bundled-encoder features + a small trained feed-forward head, and
the same blended with a joint model that reads source and translation together.

Reference-free. Scores are predicted sentence chrF++-like quality in [0, 1].

- ``estimator`` (the default): the feature head alone. It reads sentence-level evidence
  (coverage, numbers, length) and ranks segments best; one encoder pass per sentence.
- ``estimator-joint``: ``w`` x the feature head + (1 - ``w``) x the joint model
  (:mod:`mtqa.models.qe.joint`; ``w`` chosen on NTREX validation documents, stored with it).
  The joint model compares the two sentences token by token and separates systems and human
  translations better, at one more encoder pass per unit (a cold check runs about 40% slower).

Spans are degenerate repetition loops in the translation. The shipped ``mtqa/data/qe_head.*``
and ``qe_head_joint.safetensors`` are reproduced by ``mtqa train-qe --seed 0`` (see the record).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from mtqa.errors import ModelError
from mtqa.models.base import Encoder
from mtqa.models.qe.base import QEResult, QESpan, QEUnit, base_signature, register_backend
from mtqa.models.qe.features import Featurizer
from mtqa.models.qe.head import QEHead, load_head
from mtqa.models.qe.joint import JointScorer, blend, joint_path
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
        joint: bool = False,
    ) -> None:
        self.head_path = Path(head_path) if head_path else shipped_head_path()
        if not self.head_path.is_file():
            raise ModelError(f"{self.head_path}: QE head not found")
        self._encoder = encoder
        self.encoder_name = encoder_name
        self.batch_size = batch_size
        self.use_joint = joint
        if joint:
            self.name = "estimator-joint"

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
    def joint(self) -> JointScorer | None:
        """The joint model beside the head, when there is one and the encoder can run it (a
        real model in float32 or bf16; not a stand-in, not dynamic int8)."""
        path = joint_path(self.head_path)
        enc = self.encoder
        usable = (
            hasattr(enc, "model") and hasattr(enc, "tokenizer") and not getattr(enc, "int8", False)
        )
        if not (path.is_file() and usable):
            return None
        return JointScorer(path, enc)

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
        head = self.head.score(self.featurizer.transform(units, self.batch_size))
        scores = self.with_joint(units, head)
        return [
            QEResult(round(float(s), 4), loop_spans(u.target))
            for s, u in zip(scores, units, strict=True)
        ]

    def with_joint(self, units: Sequence[QEUnit], head_scores: np.ndarray) -> np.ndarray:
        """The final scores: for ``estimator-joint``, the feature head's blended with the joint
        model's (where there is one); for ``estimator``, the head's."""
        if not self.use_joint or self.joint is None:
            return head_scores
        return blend(head_scores, self._joint_scores(units, self.joint), self.joint.config.blend)

    def _joint_scores(self, units: Sequence[QEUnit], joint: JointScorer) -> np.ndarray:
        """The joint model's scores, read from and added to the encoder's on-disk cache when it
        has one (so a re-run scores no pair twice)."""
        from mtqa.models.embed_cache import EmbeddingCache

        cache = getattr(self.encoder, "cache", None)
        if not isinstance(cache, EmbeddingCache):
            return joint.score(units, self.batch_size)
        key = f"qe-joint|{joint.hash}|{'bf16' if joint.bf16 else 'fp32'}"
        by_text = {f"{u.source}\x00{u.target}": u for u in units}
        scores, _, _ = cache.through(
            key,
            [f"{u.source}\x00{u.target}" for u in units],
            1,
            lambda todo: joint.score([by_text[t] for t in todo], self.batch_size),
        )
        return scores[:, 0].astype(np.float64)

    def signature(self) -> dict[str, str]:
        joint = {"joint": "none"}
        if self.use_joint and self.joint is not None:
            joint = {"joint": self.joint.hash[:16], "blend": f"{self.joint.config.blend:g}"}
        return base_signature(
            self.name,
            self.encoder.model_id,
            encoder_weights=self.encoder.weights_hash[:16],
            head=self.head_hash[:16],
            **joint,
        )


@register_backend("estimator-joint")
def estimator_joint(**options: Any) -> Estimator:
    """The estimator with its joint model blended in (see the module docstring)."""
    return Estimator(**options, joint=True)
