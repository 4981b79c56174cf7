"""An on-disk embedding cache, so that re-running a batch does not embed the same text again.

One sqlite3 file (``<cache>/embeddings.sqlite3``) maps (encoder key, sha256 of the text) to the
float32 vector. The encoder key holds the weights hash, the prompt prefix, the precision and the
windowing (:attr:`HFEncoder.cache_key`), so a different model or setting never reads another's
vectors. For encoders with ``embed_sums`` the stored vector is the un-normalized token sum (key
suffix ``|sum``), from which both the embedding and pooled runs of sentences are derived.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from mtqa.models.base import TokenStates, normalize_rows
from mtqa.models.weights_cache import cache_root

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_sha TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model, text_sha)
) WITHOUT ROWID
"""
_BATCH = 500  # sqlite host-parameter limit stays far away


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


class EmbeddingCache:
    """Vectors by (model key, text) in a sqlite3 file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_root() / "embeddings.sqlite3"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db.commit()

    def get(self, model: str, texts: Sequence[str], dim: int) -> list[np.ndarray | None]:
        keys = [_sha(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        unique = sorted(set(keys))
        for i in range(0, len(unique), _BATCH):
            chunk = unique[i : i + _BATCH]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT text_sha, vector FROM embeddings"
                f" WHERE model = ? AND text_sha IN ({marks})",
                [model, *chunk],
            )
            for sha, blob in rows:
                vec = np.frombuffer(blob, dtype=np.float32)
                if vec.shape == (dim,):
                    found[sha] = vec
        return [found.get(k) for k in keys]

    def put(self, model: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        rows = [
            (model, _sha(t), np.ascontiguousarray(v, dtype=np.float32).tobytes())
            for t, v in zip(texts, vectors, strict=True)
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    def through(
        self,
        model: str,
        texts: Sequence[str],
        dim: int,
        compute: Callable[[list[str]], np.ndarray],
    ) -> tuple[np.ndarray, int, int]:
        """Vectors of ``texts`` under ``model``: cached ones read, the others computed by
        ``compute`` (each distinct text once, sorted) and stored. Returns the (n, dim) float32
        vectors, how many texts were read from the cache and how many distinct ones computed."""
        cached = self.get(model, texts, dim)
        todo = sorted({t for t, v in zip(texts, cached, strict=True) if v is None})
        fresh: dict[str, np.ndarray] = {}
        if todo:
            vecs = np.asarray(compute(todo)).reshape(len(todo), dim)
            self.put(model, todo, vecs)
            fresh = dict(zip(todo, vecs, strict=True))
        out = np.zeros((len(texts), dim), dtype=np.float32)
        for i, (t, v) in enumerate(zip(texts, cached, strict=True)):
            out[i] = v if v is not None else fresh[t]
        return out, len(texts) - sum(v is None for v in cached), len(todo)

    def close(self) -> None:
        self._db.close()


class CachedEncoder:
    """An encoder whose :meth:`embed` reads and fills an :class:`EmbeddingCache`."""

    def __init__(self, encoder: Any, cache: EmbeddingCache | None = None) -> None:
        self.encoder = encoder
        self.cache = cache or EmbeddingCache()
        self.model_id: str = encoder.model_id
        self.weights_hash: str = encoder.weights_hash
        self.hits = 0
        self.misses = 0

    def __getattr__(self, name: str) -> Any:  # source, license, dim, ... of the wrapped encoder
        return getattr(self.encoder, name)

    def embed_sums(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """The wrapped encoder's ``embed_sums`` (its ``embed`` where it has none), cached."""
        sums = getattr(self.encoder, "embed_sums", None)
        key = str(getattr(self.encoder, "cache_key", self.encoder.weights_hash))
        if sums is not None:
            key += "|sum"
        run = sums or self.encoder.embed
        out, hits, computed = self.cache.through(
            key, texts, int(self.encoder.dim), lambda todo: run(todo, batch_size=batch_size)
        )
        self.hits += hits
        self.misses += computed
        return out

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return normalize_rows(self.embed_sums(texts, batch_size))

    def token_states(self, texts: Sequence[str], layer: int = 8) -> list[TokenStates]:
        result: list[TokenStates] = self.encoder.token_states(texts, layer=layer)
        return result
