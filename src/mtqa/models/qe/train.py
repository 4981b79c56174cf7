"""Training the QE head: data from NTREX-128 only, targets from references, seeded.

Examples (all from NTREX-128; FLORES and the Park corpus are kept for evaluation):

- the human reference as a translation (target ``human_target``, 0.85: good but often free);
- each real MT system's output (target: sentence chrF++ against the reference, / 100);
- two-sentence units of real translations, and the same units with one sentence dropped;
- synthetic broken pairs: the source with an unrelated sentence, a truncated translation, a
  translation ending in a repetition loop.  Broken pairs get ``BROKEN_FACTOR`` x their chrF++,
  because an editor counts a missing or looping sentence as a critical error that chrF++ does not;
- ``subst_share`` of the sentences once more, as a translation (human or MT) with 1-3 content
  words swapped for corpus words of about the same frequency (fluent but wrong in content, the
  typical error of a weaker system such as M2M-100, rare in the two NTREX systems' outputs);
  target ``SUBST_FACTOR`` x chrF++.

The loss is the squared error on the targets plus ``rank_weight`` x a RankNet loss over every
pair of examples of ``ranked_kinds`` (real MT, two-sentence units with and without a dropped
sentence) in a batch whose targets differ by more than ``rank_gap`` (sentence-level ranking is
what the score is for; the squared error alone spends the head on telling human and broken
examples from MT), plus ``pair_weight`` x a RankNet loss over translations of the same source
sentence (``pair_kinds``: the MT systems' outputs and the swapped-word ones), which is the
comparison a system ranking makes. Choosing these on NTREX validation documents only (seeds 0-2):
the swapped words and same-source pairs left the validation Kendall tau within seed noise and
raised the human references' mean score by about 0.01 against the best MT system; adding the
human references to the same-source pairs put them above MT but cost about 0.05 tau, so they
are not paired. The head sees the evidence features and a ``proj_dim``-dimensional PCA
of the source embedding (how hard the source is), not the 1,536 embedding features, which
overfit the training news outlets.

Documents are split into training and validation sets; the head with the best validation loss
is kept. The same seed, data and encoder give the same head, bit for bit, on one machine.

With ``joint_epochs`` > 0 (and an encoder that is a real model), the joint model is trained next
on the same examples and split (:mod:`mtqa.models.qe.joint_train`), and the weight of the head
in the blend is chosen on the validation documents. It takes about 25 minutes on two CPU cores.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np

import mtqa
from mtqa.corpora import read_lines
from mtqa.errors import InputError
from mtqa.models.base import Encoder
from mtqa.models.qe.base import QEUnit
from mtqa.models.qe.features import EVIDENCE, FEATURE_VERSION, Featurizer
from mtqa.models.qe.head import HeadConfig, QEHead, cosine_gate, load_head, save_head
from mtqa.models.qe.joint import blend, joint_path, save_joint
from mtqa.models.weights_cache import cache_root, sha256_file

BROKEN_FACTOR = 0.5
SUBST_FACTOR = 1.0  # target factor for translations with swapped content words
# Function words never swapped by :func:`_substitute` (content words are the rest).
_FUNCTION_TEXT = (
    "about above after again against also among been before being below between both could "
    "does doing down during each even ever from further have having here however into just "
    "more most much must only other over same should some such than that their them then "
    "there these they this those through under until very were what when where which while "
    "whom whose will with within without would your said says"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
_CONTENT_WORD = re.compile(r"^([^A-Za-z]*)([A-Za-z]{4,})([^A-Za-z]*)$")


@dataclass(frozen=True)
class Example:
    unit: QEUnit
    target: float
    kind: str  # "human", "mt", "pair", "dropped", "shuffled", "truncated", "loop", "subst"
    doc: str
    system: str = ""  # for "mt": which MT system


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 0
    hidden: tuple[int, ...] = (32,)
    dropout: float = 0.1
    input_dropout: float = 0.0
    proj_dim: int = 16  # PCA dimensions of the source embedding (0: all embedding features)
    rank_weight: float = 1.0  # RankNet loss between real MT examples, beside the squared error
    rank_gap: float = 0.02  # ... over pairs whose chrF++ / 100 differ by more than this
    ranked_kinds: tuple[str, ...] = ("mt", "pair", "dropped")  # what the RankNet loss compares
    lr: float = 5e-4
    weight_decay: float = 1e-2
    epochs: int = 30
    batch_size: int = 64
    val_share: float = 0.15
    synthetic_share: float = 0.15  # of sentences, per kind of synthetic example
    human_target: float = 0.85  # human references are good but free: not a perfect 1.0
    subst_share: float = 0.6  # of sentences: translations with 1-3 content words swapped
    pair_weight: float = 1.0  # RankNet over translations of the same source sentence ...
    pair_kinds: tuple[str, ...] = ("mt", "subst")  # ... of these kinds
    limit_docs: int | None = None
    joint_epochs: int = 5  # epochs of the joint (cross-encoder) model; 0: feature head only


@dataclass
class TrainData:
    """Where the data came from: line-aligned ko.txt, en.txt, doc_ids.txt and MT outputs."""

    folder: Path
    mt_files: list[Path]
    files: dict[str, str] = field(default_factory=dict)  # path -> sha256

    def _name(self, path: Path) -> str:
        """``corpora/...`` for files of the shared corpora (portable records), else the path."""
        from mtqa.corpora import shared_corpora

        root = shared_corpora()
        try:
            if root is not None:
                return str(Path("corpora") / path.resolve().relative_to(root.resolve()))
        except ValueError:
            pass
        return str(path)

    def read(
        self, limit_docs: int | None
    ) -> tuple[list[str], list[str], list[str], list[list[str]]]:
        paths = [self.folder / n for n in ("ko.txt", "en.txt", "doc_ids.txt")] + self.mt_files
        for p in paths:
            if not p.is_file():
                raise InputError(p, "training file not found")
            self.files[self._name(p)] = sha256_file(p)
        ko, en, ids = (read_lines(p) for p in paths[:3])
        mts = [read_lines(p) for p in self.mt_files]
        for p, lines in zip(paths[1:], [en, ids, *mts], strict=True):
            if len(lines) != len(ko):
                raise InputError(p, f"{len(lines)} lines, but ko.txt has {len(ko)}")
        if limit_docs is not None:
            keep = set(list(dict.fromkeys(ids))[:limit_docs])
            rows = [i for i, d in enumerate(ids) if d in keep]
            ko, en, ids = [ko[i] for i in rows], [en[i] for i in rows], [ids[i] for i in rows]
            mts = [[m[i] for i in rows] for m in mts]
        return ko, en, ids, mts


@lru_cache(maxsize=1)
def _chrf_metric() -> Any:
    from sacrebleu.metrics import CHRF

    return CHRF(word_order=2)


def _chrf(hyp: str, ref: str) -> float:
    """Sentence chrF++ / 100."""
    return float(_chrf_metric().sentence_score(hyp, [ref]).score) / 100.0 if ref.strip() else 0.0


def _truncate(text: str, rng: random.Random) -> str:
    words = text.split()
    keep = max(1, int(len(words) * rng.uniform(0.3, 0.7)))
    return " ".join(words[:keep])


def _loop(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) < 4:
        return " ".join([text] * 6)
    cut = rng.randint(2, len(words) - 1)
    span = rng.randint(1, 3)
    unit = words[max(0, cut - span) : cut]
    return " ".join(words[:cut] + unit * rng.randint(5, 20))


@dataclass(frozen=True)
class ContentWords:
    """Lower-case content words of a corpus: each word's frequency band (log2 of its count),
    the words of each band (sorted), and each word's most frequent spelling."""

    band: dict[str, int]
    by_band: dict[int, list[str]]
    form: dict[str, str]

    @classmethod
    def of(cls, texts: Sequence[str]) -> ContentWords:
        forms: dict[str, dict[str, int]] = {}
        for t in texts:
            for w in t.split():
                m = _CONTENT_WORD.match(w)
                if m and m.group(2).lower() not in _FUNCTION_WORDS:
                    f = forms.setdefault(m.group(2).lower(), {})
                    f[m.group(2)] = f.get(m.group(2), 0) + 1
        band = {w: int(math.log2(sum(f.values()))) for w, f in forms.items()}
        by_band: dict[int, list[str]] = {}
        for w in sorted(band):
            by_band.setdefault(band[w], []).append(w)
        form = {w: max(sorted(f), key=lambda k: f[k]) for w, f in forms.items()}
        return cls(band, by_band, form)


def _substitute(text: str, vocab: ContentWords, rng: random.Random) -> str:
    """``text`` with 1-3 content words swapped for other words of about the same frequency:
    fluent, but wrong in content (a weak system's typical error)."""
    words = text.split()
    slots = [
        (i, m)
        for i, w in enumerate(words)
        if (m := _CONTENT_WORD.match(w)) and m.group(2).lower() in vocab.band
    ]
    for i, m in rng.sample(slots, min(len(slots), rng.randint(1, 3))):
        word = m.group(2)
        pool = [w for w in vocab.by_band[vocab.band[word.lower()]] if w != word.lower()]
        if pool:
            new = vocab.form[rng.choice(pool)]
            new = new[:1].upper() + new[1:] if word[:1].isupper() else new
            words[i] = f"{m.group(1)}{new}{m.group(3)}"
    return " ".join(words)


def build_examples(
    ko: Sequence[str],
    en: Sequence[str],
    ids: Sequence[str],
    mts: Sequence[Sequence[str]],
    seed: int,
    synthetic_share: float,
    human_target: float = 0.85,
    systems: Sequence[str] | None = None,
    subst_share: float = 0.0,
) -> list[Example]:
    """Real and synthetic examples with their targets (see the module docstring).

    ``systems`` names the MT outputs (default ``mt0``, ``mt1``, ...)."""
    rng = random.Random(seed)
    out: list[Example] = []
    n = len(ko)
    names = list(systems) if systems is not None else [f"mt{j}" for j in range(len(mts))]
    for i in range(n):
        out.append(Example(QEUnit(ko[i], en[i]), human_target, "human", ids[i]))
        for mt, name in zip(mts, names, strict=True):
            out.append(Example(QEUnit(ko[i], mt[i]), _chrf(mt[i], en[i]), "mt", ids[i], name))
    outputs = [list(en), *[list(m) for m in mts]]
    k = max(1, int(n * synthetic_share))

    def translation(i: int) -> str:
        return rng.choice(outputs)[i]

    for i in rng.sample(range(n), min(k, n)):
        others = [j for j in range(n) if ids[j] != ids[i]]
        if others:
            j = rng.choice(others)
            t = translation(j)
            out.append(
                Example(QEUnit(ko[i], t), BROKEN_FACTOR * _chrf(t, en[i]), "shuffled", ids[i])
            )
    for i in rng.sample(range(n), min(k, n)):
        t = _truncate(translation(i), rng)
        out.append(Example(QEUnit(ko[i], t), BROKEN_FACTOR * _chrf(t, en[i]), "truncated", ids[i]))
    for i in rng.sample(range(n), min(k, n)):
        t = _loop(translation(i), rng)
        out.append(Example(QEUnit(ko[i], t), BROKEN_FACTOR * _chrf(t, en[i]), "loop", ids[i]))
    pairs = [i for i in range(n - 1) if ids[i] == ids[i + 1]]
    for i in rng.sample(pairs, min(k, len(pairs))):
        src, ref = f"{ko[i]} {ko[i + 1]}", f"{en[i]} {en[i + 1]}"
        sys_ = rng.choice(outputs)
        full = f"{sys_[i]} {sys_[i + 1]}"
        out.append(Example(QEUnit(src, full), _chrf(full, ref), "pair", ids[i]))
        part = sys_[i + rng.randint(0, 1)]
        out.append(Example(QEUnit(src, part), BROKEN_FACTOR * _chrf(part, ref), "dropped", ids[i]))
    if subst_share > 0:
        vocab = ContentWords.of([t for o in outputs for t in o])
        for i in rng.sample(range(n), min(max(1, int(n * subst_share)), n)):
            t = _substitute(translation(i), vocab, rng)
            out.append(Example(QEUnit(ko[i], t), SUBST_FACTOR * _chrf(t, en[i]), "subst", ids[i]))
    return out


def split_docs(docs: Sequence[str], val_share: float, seed: int) -> set[str]:
    """The validation documents: a seeded ``val_share`` of the distinct document ids."""
    uniq = sorted(set(docs))
    random.Random(seed).shuffle(uniq)
    return set(uniq[: max(1, round(len(uniq) * val_share))])


def _units_hash(encoder: Encoder, units: Sequence[QEUnit]) -> str:
    h = hashlib.sha256(f"{FEATURE_VERSION}|{encoder.weights_hash}|".encode())
    key = getattr(encoder, "cache_key", None)
    h.update(str(key).encode())
    for u in units:
        h.update(u.source.encode() + b"\x00" + u.target.encode() + b"\x01")
    return h.hexdigest()[:24]


def featurize_cached(
    encoder: Encoder, units: Sequence[QEUnit], cache_dir: Path | None = None
) -> np.ndarray:
    """Features for ``units``, cached on disk by encoder, feature version and texts."""
    folder = cache_dir or cache_root() / "qe-features"
    path = folder / f"{_units_hash(encoder, units)}.npy"
    if path.is_file():
        return np.load(path)
    x = Featurizer(encoder).transform(units)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.npy")
    np.save(tmp, x)
    tmp.replace(path)
    return x


def _kendall(a: Sequence[float], b: Sequence[float]) -> float:
    from scipy.stats import kendalltau

    return float(kendalltau(a, b).statistic) if len(a) > 1 else float("nan")


def _auc(pos: Sequence[float] | np.ndarray, neg: Sequence[float] | np.ndarray) -> float:
    from scipy.stats import mannwhitneyu

    if not len(pos) or not len(neg):
        return float("nan")
    return float(mannwhitneyu(pos, neg).statistic) / (len(pos) * len(neg))


def evaluate(examples: Sequence[Example], scores: np.ndarray) -> dict[str, float]:
    """Validation figures: Kendall tau on real MT, AUC of correct vs broken, means per kind."""
    by_kind: dict[str, list[float]] = {}
    for e, s in zip(examples, scores, strict=True):
        by_kind.setdefault(e.kind, []).append(float(s))
    mt = [(float(s), e.target) for e, s in zip(examples, scores, strict=True) if e.kind == "mt"]
    res: dict[str, float] = {f"mean_{k}": round(float(np.mean(v)), 4) for k, v in by_kind.items()}
    res["kendall_tau_mt_vs_chrf"] = round(_kendall([m[0] for m in mt], [m[1] for m in mt]), 4)
    for name in sorted({e.system for e in examples if e.kind == "mt"}):
        pairs = [
            (float(s), e.target)
            for e, s in zip(examples, scores, strict=True)
            if e.kind == "mt" and e.system == name
        ]
        res[f"kendall_tau_mt_vs_chrf[{name}]"] = round(
            _kendall([p[0] for p in pairs], [p[1] for p in pairs]), 4
        )
    real = by_kind.get("human", []) + by_kind.get("mt", [])
    for kind in ("shuffled", "truncated", "loop"):
        res[f"auc_real_vs_{kind}"] = round(_auc(real, by_kind.get(kind, [])), 4)
    res["auc_pair_vs_dropped"] = round(_auc(by_kind.get("pair", []), by_kind.get("dropped", [])), 4)
    return res


def rank_loss(logits: Any, targets: Any, ranked: Any, gap: float) -> Any:
    """RankNet: mean softplus(-(s_i - s_j)) over ``ranked`` pairs with target_i > target_j + gap."""
    import torch

    s, t = logits[ranked], targets[ranked]
    better = (t[:, None] - t[None, :]) > gap
    if not bool(better.any()):
        return logits.sum() * 0.0
    return torch.nn.functional.softplus(-(s[:, None] - s[None, :])[better]).mean()


def source_pairs(examples: Sequence[Example], kinds: Sequence[str], gap: float) -> np.ndarray:
    """(k, 2) row indices (better, worse): examples of ``kinds`` that translate the same source
    sentence, with targets more than ``gap`` apart."""
    by_source: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        if e.kind in kinds:
            by_source.setdefault(e.unit.source, []).append(i)
    pairs = [
        (i, j)
        for rows in by_source.values()
        for i in rows
        for j in rows
        if examples[i].target > examples[j].target + gap
    ]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


@dataclass(frozen=True)
class Split:
    """Features, targets, which rows the RankNet loss compares, and same-source row pairs
    (better, worse) for the paired RankNet loss."""

    x: np.ndarray
    y: np.ndarray
    ranked: np.ndarray
    pairs: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.int64))


def fit_head(
    train: Split, val: Split, config: TrainConfig, meta: dict[str, str], pca_rows: np.ndarray
) -> tuple[QEHead, list[dict[str, float]]]:
    """Train on squared error + RankNet (see the module docstring); keep the epoch with the
    lowest validation loss. ``pca_rows``: training rows whose source embeddings fit the PCA."""
    import torch

    torch.manual_seed(config.seed)
    head = QEHead(
        HeadConfig(
            n_in=train.x.shape[1],
            hidden=config.hidden,
            dropout=config.dropout,
            input_dropout=config.input_dropout,
            features=EVIDENCE,
            proj_dim=config.proj_dim,
            meta=dict(meta),
        )
    )
    if config.proj_dim:
        head.set_projection(train.x[pca_rows], slice(0, head.n_embed // 4))  # h_src
    head.set_scaler(train.x)
    opt = torch.optim.AdamW(head.parameters(), lr=config.lr, weight_decay=config.weight_decay)
    xt, yt, rt = (torch.from_numpy(a) for a in (train.x, train.y.astype(np.float32), train.ranked))
    xv, yv, rv = (torch.from_numpy(a) for a in (val.x, val.y.astype(np.float32), val.ranked))
    pt, pv = torch.from_numpy(train.pairs), torch.from_numpy(val.pairs)

    def loss_of(x: Any, y: Any, ranked: Any) -> Any:
        logits = head.logits(x)
        mse = torch.nn.functional.mse_loss(torch.sigmoid(logits), y)
        if not config.rank_weight:
            return mse
        return mse + config.rank_weight * rank_loss(logits, y, ranked, config.rank_gap)

    def pair_loss(x: Any, pairs: Any) -> Any:
        if not config.pair_weight or not len(pairs):
            return 0.0
        diff = head.logits(x[pairs[:, 0]]) - head.logits(x[pairs[:, 1]])
        return config.pair_weight * torch.nn.functional.softplus(-diff).mean()

    gen = torch.Generator().manual_seed(config.seed)
    best: tuple[float, dict[str, Any]] = (float("inf"), {})
    history = []
    for epoch in range(config.epochs):
        head.train()
        order = torch.randperm(len(xt), generator=gen)
        steps = -(-len(order) // config.batch_size)
        per_step = -(-len(pt) // steps)
        pair_order = torch.randperm(len(pt), generator=gen) if config.pair_weight else None
        total = 0.0
        for step, s in enumerate(range(0, len(order), config.batch_size)):
            idx = order[s : s + config.batch_size]
            opt.zero_grad()
            loss = loss_of(xt[idx], yt[idx], rt[idx])
            if pair_order is not None:
                p_idx = pair_order[step * per_step : (step + 1) * per_step]
                loss = loss + pair_loss(xt, pt[p_idx])
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(idx)
        head.eval()
        with torch.no_grad():
            val_loss = (
                float(loss_of(xv, yv, rv) + pair_loss(xv, pv)) if len(xv) else total / len(xt)
            )
        history.append({"epoch": epoch + 1, "train_loss": total / len(xt), "val_loss": val_loss})
        if val_loss < best[0]:
            best = (val_loss, {k: v.clone() for k, v in head.state_dict().items()})
    head.load_state_dict(best[1])
    head.eval()
    return head, history


def train(
    data: TrainData,
    out_dir: Path,
    encoder: Encoder,
    config: TrainConfig,
    name: str = "qe_head",
    cache_dir: Path | None = None,
) -> dict[str, Any]:
    """Train a head, write ``<name>.safetensors`` and ``<name>.json`` to ``out_dir``; the record."""
    import torch

    ko, en, ids, mts = data.read(config.limit_docs)
    systems = [p.stem for p in data.mt_files]
    examples = build_examples(
        ko,
        en,
        ids,
        mts,
        config.seed,
        config.synthetic_share,
        config.human_target,
        systems,
        config.subst_share,
    )
    x = featurize_cached(encoder, [e.unit for e in examples], cache_dir)
    y = np.array([e.target for e in examples], dtype=np.float32)
    val_docs = split_docs(ids, config.val_share, config.seed)
    is_val = np.array([e.doc in val_docs for e in examples])
    meta = {
        "encoder": encoder.model_id,
        "encoder_weights_hash": encoder.weights_hash,
        "feature_version": FEATURE_VERSION,
    }
    kinds = np.array([e.kind for e in examples])
    ranked = np.isin(kinds, config.ranked_kinds)
    val_ex = [e for e, v in zip(examples, is_val, strict=True) if v]
    train_ex = [e for e, v in zip(examples, is_val, strict=True) if not v]
    gap = config.rank_gap
    head, history = fit_head(
        Split(
            x[~is_val], y[~is_val], ranked[~is_val], source_pairs(train_ex, config.pair_kinds, gap)
        ),
        Split(x[is_val], y[is_val], ranked[is_val], source_pairs(val_ex, config.pair_kinds, gap)),
        config,
        meta,
        pca_rows=kinds[~is_val] == "human",  # one row per training source sentence
    )
    cos = x[:, x.shape[1] - len(EVIDENCE) + EVIDENCE.index("cosine")]
    gate = cosine_gate(
        cos[~is_val & (kinds == "shuffled")], cos[~is_val & np.isin(kinds, ["human", "mt"])]
    )
    if gate:
        head.config.meta["cosine_gate"] = gate
    out_dir.mkdir(parents=True, exist_ok=True)
    head_path = out_dir / f"{name}.safetensors"
    head_hash = save_head(head, head_path)
    shipped = load_head(head_path)  # score with the float16 weights as shipped
    head_val = shipped.score(x[is_val])
    joint = None
    if config.joint_epochs and hasattr(encoder, "model") and hasattr(encoder, "tokenizer"):
        joint = train_joint(
            encoder, train_ex, val_ex, head_val, config, meta, joint_path(head_path)
        )
    record: dict[str, Any] = {
        "head_file": head_path.name,
        "head_sha256": head_hash,
        "head_bytes": head_path.stat().st_size,
        "seed": config.seed,
        "config": asdict(config),
        "features": {
            "embedding": f"PCA-{config.proj_dim} of h_src"
            if config.proj_dim
            else "[h_src; h_mt; h_src*h_mt; |h_src-h_mt|]",
            "evidence": EVIDENCE,
        },
        "feature_version": FEATURE_VERSION,
        "encoder": {
            "model_id": encoder.model_id,
            "weights_hash": encoder.weights_hash,
            # features differ slightly between precisions: reproduce with the same one
            "precision": str(getattr(encoder, "precision", "fp32")),
        },
        "cosine_gate": gate,
        "targets": f"human reference {config.human_target}; "
        "MT: sentence chrF++ / 100 vs the reference; "
        f"broken synthetic pairs: {BROKEN_FACTOR} x chrF++ / 100; "
        f"swapped content words: {SUBST_FACTOR} x chrF++ / 100; "
        f"loss: squared error + {config.rank_weight} x RankNet within {config.ranked_kinds} "
        f"+ {config.pair_weight} x RankNet over same-source {config.pair_kinds}",
        "data": {
            "files": dict(data.files),
            "examples": {k: sum(1 for e in examples if e.kind == k) for k in _kinds(examples)},
            "documents": len(set(ids)),
            "validation_documents": sorted(val_docs),
        },
        "scores": {
            "train": evaluate(train_ex, shipped.score(x[~is_val])),
            "validation": evaluate(val_ex, head_val),
        },
        "history": [{k: round(v, 5) for k, v in h.items()} for h in history],
        "joint": joint,
        "versions": {
            "mtqa": mtqa.__version__,
            "torch": torch.__version__,
            "torch_threads": torch.get_num_threads(),
        },
    }
    (out_dir / f"{name}.json").write_text(
        json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return record


def train_joint(
    encoder: Encoder,
    train_ex: Sequence[Example],
    val_ex: Sequence[Example],
    head_val: np.ndarray,
    config: TrainConfig,
    meta: dict[str, str],
    path: Path,
) -> dict[str, Any]:
    """Train the joint model beside the head, pick the blend weight on validation, write it to
    ``path``; its part of the training record."""
    from mtqa.models.qe.joint_train import JointTrainConfig, choose_blend, fit_joint

    jcfg = JointTrainConfig(seed=config.seed, epochs=config.joint_epochs)
    targets = np.array([e.target for e in val_ex])
    is_mt = np.array([e.kind == "mt" for e in val_ex])
    fit = fit_joint(
        encoder,
        [e.unit for e in train_ex],
        [e.target for e in train_ex],
        [e.unit for e in val_ex],
        [e.target for e in val_ex],
        jcfg,
        meta,
        rank_rows=is_mt,
    )
    w, _ = choose_blend(head_val, fit.val_scores, targets, is_mt)
    config_ = replace(fit.config, blend=w)
    digest = save_joint(path, fit.adapters, fit.mlp, config_)
    joint_only = blend(head_val, fit.val_scores, 0.0)  # the head only where no joint score
    return {
        "file": path.name,
        "sha256": digest,
        "bytes": path.stat().st_size,
        "config": asdict(jcfg),
        "blend_head_weight": w,
        "history": [{k: round(v, 5) for k, v in h.items()} for h in fit.history],
        "scores": {
            "validation_joint_alone": evaluate(val_ex, joint_only),
            "validation_blended": evaluate(val_ex, blend(head_val, fit.val_scores, w)),
        },
    }


def _kinds(examples: Sequence[Example]) -> list[str]:
    return [k for k, _ in groupby(sorted(e.kind for e in examples))]
