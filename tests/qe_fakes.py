"""A tiny deterministic stand-in for the encoder, for QE tests that must not load a model."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

from mtqa.models.base import TokenStates

DIM = 8


def _vec(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(DIM).astype(np.float32)
    return v / np.linalg.norm(v)


class FakeEncoder:
    """Hash-seeded vectors: equal texts (and words) get equal vectors."""

    model_id = "fake-encoder"
    weights_hash = "0" * 64

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return np.stack([_vec(t) for t in texts]) if texts else np.zeros((0, DIM), np.float32)

    def token_states(self, texts: Sequence[str], layer: int = 8) -> list[TokenStates]:
        out = []
        for t in texts:
            spans = [m.span() for m in re.finditer(r"\S+", t)]
            vecs = [_vec(t[a:b].lower()) for a, b in spans]
            out.append(
                TokenStates(
                    np.stack(vecs) if vecs else np.zeros((0, DIM), np.float32),
                    np.array(spans, dtype=np.int64).reshape(-1, 2),
                )
            )
        return out
