"""A word-embedding table kept in its 4-bit Q4_0 blocks, dequantized row by row when looked up.

The bundled encoder's vocabulary (250,037 x 384) is 384 MB in float32 but 54 MB as the Q4_0
blocks it ships in. Kept in float32 (a memory map of the converted weights), every row a batch
touches stays resident, so a long run grows towards the whole table. Looking rows up in Q4_0 gives
the same float32 values bit for bit: a block value is ``(q - 8) * d`` with a 4-bit ``q`` and an
fp16 scale ``d``, a product float32 holds exactly, as :func:`mtqa.models.e5_bundled.dequantize_q4_0`
computes it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch

QK = 32  # values per Q4_0 block


class Q4Embedding(torch.nn.Module):
    """``torch.nn.Embedding`` lookups from Q4_0 blocks (inference only).

    ``scales`` is (rows, blocks) fp16 and ``nibbles`` (rows, blocks, 16) uint8: byte ``j`` of a
    block holds value ``j`` in its low nibble and value ``j + 16`` in its high one. Its state dict
    holds the dequantized float32 ``weight``, so a model saved with it loads as a plain one.
    """

    def __init__(self, scales: np.ndarray, nibbles: np.ndarray) -> None:
        super().__init__()
        rows, blocks = scales.shape
        if nibbles.shape != (rows, blocks, QK // 2):
            raise ValueError(f"Q4_0 nibbles {nibbles.shape} do not match scales {scales.shape}")
        self.num_embeddings = rows
        self.embedding_dim = blocks * QK
        self.scales: torch.Tensor
        self.nibbles: torch.Tensor
        self.register_buffer("scales", torch.from_numpy(np.array(scales, np.float16)), False)
        self.register_buffer("nibbles", torch.from_numpy(np.array(nibbles, np.uint8)), False)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        q = self.nibbles[ids]
        low = (q & 15).float() - 8.0
        high = (q >> 4).float() - 8.0
        values = torch.cat([low, high], dim=-1) * self.scales[ids].float().unsqueeze(-1)
        return values.flatten(-2)

    def dequantized(self) -> torch.Tensor:
        """The whole float32 table (rows x dim), as the float32 ``nn.Embedding`` held it."""
        return self.forward(torch.arange(self.num_embeddings))

    def _save_to_state_dict(self, destination: Any, prefix: str, keep_vars: bool) -> None:
        destination[prefix + "weight"] = self.dequantized()

    def extra_repr(self) -> str:
        return f"{self.num_embeddings}, {self.embedding_dim}, q4_0"
