"""Benchmark reference-free QE on held-out data (never used in training).

- FLORES-200 devtest, three real MT systems: system ranking by mean QE vs by corpus chrF, segment
  Kendall tau between QE and sentence chrF, beside the raw-cosine baseline; human references.
- park-news-koen/test: AUC of real pairs vs shuffled pairs, and of two-sentence units vs the same
  units with one sentence dropped.
- Throughput and peak RSS of QE on 1,000 sentence pairs.

Run: ``.venv/bin/python bench/qe.py [--head PATH] [--park N]``. Writes reports/bench/qe.json.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from sacrebleu.metrics import CHRF
from scipy.stats import kendalltau

from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.corpora import read_lines, require_shared_corpora
from mtqa.models.encoder import load_encoder
from mtqa.models.qe import QEUnit, get_backend
from mtqa.models.qe.features import EVIDENCE
from mtqa.models.qe.joint import blend
from mtqa.models.qe.train import _auc, featurize_cached

SYSTEMS = {
    "nllb-200-distilled-1.3B": "nllb-200-distilled-1.3B.txt",
    "opus-mt-tc-big": "opus-mt-tc-big-kor-eng.txt",
    "m2m100-418M": "m2m100_418M.txt",
}


def _tau(a: list[float], b: list[float]) -> float:
    return round(float(kendalltau(a, b).statistic), 4)


VARIANTS = ("feature_head", "with_joint", "joint_alone")


def _scores(est: Any, units: list[QEUnit]) -> tuple[np.ndarray, np.ndarray]:
    """(QE scores of the benchmarked backend, raw cosine) from cached features."""
    v = _variants(est, units)
    return v["qe"], v["cosine"]


def _variants(est: Any, units: list[QEUnit]) -> dict[str, np.ndarray]:
    """The benchmarked backend's scores ("qe"), raw cosine, the feature head alone (the
    ``estimator`` backend), blended with the joint model (``estimator-joint``) and the joint
    model alone, side by side; features cached on disk."""
    x = featurize_cached(est.encoder, units)
    head = est.head.score(x)
    out = {"cosine": x[:, x.shape[1] - len(EVIDENCE) + EVIDENCE.index("cosine")]}
    out["feature_head"] = head
    if est.joint is not None:
        joint = est.joint.score(units)
        out["joint_alone"] = blend(head, joint, 0.0)  # the head only where no joint score
        out["with_joint"] = blend(head, joint, est.joint.config.blend)
    out["qe"] = out["with_joint"] if est.use_joint else head
    return out


def flores(est: Any, root: Path) -> dict[str, Any]:
    folder = root / "flores200-devtest"
    ko, ref = read_lines(folder / "ko.txt"), read_lines(folder / "en.txt")
    chrf, chrfpp = CHRF(), CHRF(word_order=2)
    out: dict[str, Any] = {"sentences": len(ko), "systems": {}}
    pooled: dict[str, list[float]] = defaultdict(list)
    for name, file in SYSTEMS.items():
        hyp = read_lines(root / "mt-outputs" / "flores200-devtest" / file)
        v = _variants(est, [QEUnit(k, h) for k, h in zip(ko, hyp, strict=True)])
        sent = [chrf.sentence_score(h, [r]).score for h, r in zip(hyp, ref, strict=True)]
        sentpp = [chrfpp.sentence_score(h, [r]).score for h, r in zip(hyp, ref, strict=True)]
        row = {
            "corpus_chrf": round(chrf.corpus_score(hyp, [ref]).score, 2),
            "mean_qe": round(float(v["qe"].mean()), 4),
            "mean_cosine": round(float(v["cosine"].mean()), 4),
            "kendall_tau_qe_vs_sentence_chrf": _tau(list(v["qe"]), sent),
            "kendall_tau_qe_vs_sentence_chrfpp": _tau(list(v["qe"]), sentpp),
            "kendall_tau_cosine_vs_sentence_chrf": _tau(list(v["cosine"]), sent),
        }
        for k in VARIANTS:
            if k in v:
                row[f"mean_{k}"] = round(float(v[k].mean()), 4)
                row[f"kendall_tau_{k}_vs_sentence_chrf"] = _tau(list(v[k]), sent)
                pooled[k] += list(v[k])
        out["systems"][name] = row
        pooled["qe"] += list(v["qe"])
        pooled["cosine"] += list(v["cosine"])
        pooled["chrf"] += sent
    human = _variants(est, [QEUnit(k, r) for k, r in zip(ko, ref, strict=True)])
    out["human_reference"] = {
        f"mean_{k}": round(float(human[k].mean()), 4)
        for k in ("qe", "cosine", *VARIANTS)
        if k in human
    }
    sys_ = out["systems"]
    by_chrf = sorted(sys_, key=lambda s: -sys_[s]["corpus_chrf"])
    out["ranking"] = {"by_chrf": by_chrf}
    for k in ("qe", "cosine", *VARIANTS):
        if f"mean_{k}" not in out["human_reference"]:
            continue
        order = sorted(sys_, key=lambda s, k=k: -sys_[s][f"mean_{k}"])
        best = max(s[f"mean_{k}"] for s in sys_.values())
        out["ranking"][f"by_{k}"] = order
        out["ranking"][f"{k}_matches_chrf"] = order == by_chrf
        out["ranking"][f"{k}_human_at_least_best_mt"] = out["human_reference"][f"mean_{k}"] >= best
    out["ranking"]["human_at_least_best_mt"] = out["ranking"]["qe_human_at_least_best_mt"]
    out["pooled_kendall_tau"] = {
        f"{k}_vs_sentence_chrf": _tau(pooled[k], pooled["chrf"]) for k in pooled if k != "chrf"
    }
    return out


def park(est: Any, root: Path, n: int, seed: int = 0) -> dict[str, Any]:
    folder = root / "park-news-koen" / "test"
    ko, en = read_lines(folder / "ko.txt")[:n], read_lines(folder / "en.txt")[:n]
    rng = random.Random(seed)
    perm = list(range(len(en)))
    while any(i == p for i, p in enumerate(perm)):
        rng.shuffle(perm)
    real = [QEUnit(k, e) for k, e in zip(ko, en, strict=True)]
    shuffled = [QEUnit(ko[i], en[perm[i]]) for i in range(len(ko))]
    starts = list(range(0, len(ko) - 1, 2))
    pairs = [QEUnit(f"{ko[i]} {ko[i + 1]}", f"{en[i]} {en[i + 1]}") for i in starts]
    dropped = [QEUnit(f"{ko[i]} {ko[i + 1]}", en[i + rng.randint(0, 1)]) for i in starts]
    (q_real, c_real), (q_shuf, c_shuf) = _scores(est, real), _scores(est, shuffled)
    (q_pair, c_pair), (q_drop, c_drop) = _scores(est, pairs), _scores(est, dropped)
    return {
        "pairs": len(real),
        "auc_real_vs_shuffled": {
            "qe": round(_auc(q_real, q_shuf), 4),
            "cosine": round(_auc(c_real, c_shuf), 4),
        },
        "two_sentence_units": len(pairs),
        "auc_full_vs_one_dropped": {
            "qe": round(_auc(q_pair, q_drop), 4),
            "cosine": round(_auc(c_pair, c_drop), 4),
        },
        "mean_qe": {
            "real": round(float(q_real.mean()), 4),
            "shuffled": round(float(q_shuf.mean()), 4),
            "full": round(float(q_pair.mean()), 4),
            "dropped": round(float(q_drop.mean()), 4),
        },
    }


def throughput(est: Any, root: Path, n: int) -> dict[str, Any]:
    """Uncached QE (embedding, alignment, head, joint model) on ``n`` FLORES pairs."""
    folder = root / "flores200-devtest"
    ko = read_lines(folder / "ko.txt")
    hyp = read_lines(root / "mt-outputs" / "flores200-devtest" / SYSTEMS["opus-mt-tc-big"])
    units = [QEUnit(ko[i % len(ko)], hyp[i % len(ko)]) for i in range(n)]
    est.predict(units[:16])  # warm-up
    t0 = time.perf_counter()
    est.predict(units)
    dt = time.perf_counter() - t0
    return {"sentences": n, "seconds": round(dt, 2), "sentences_per_s": round(n / dt, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--head", type=Path, help="QE head (default: the shipped one)")
    parser.add_argument(
        "--qe",
        choices=("estimator", "estimator-joint"),
        default="estimator",
        help="the backend whose scores are 'qe' (the others are reported beside it)",
    )
    parser.add_argument("--park", type=int, default=1000, help="Park test pairs to use")
    parser.add_argument("--n", type=int, default=1000, help="pairs for the throughput run")
    args = parser.parse_args()
    root = require_shared_corpora()
    encoder = load_encoder()
    est = get_backend(args.qe, encoder=encoder, head_path=args.head)
    result: dict[str, Any] = {"signature": est.signature()}
    result["throughput"] = throughput(est, root, args.n)
    result["flores"] = flores(est, root)
    result["park_test"] = park(est, root, args.park)
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    path = write_result("qe", result)
    f = result["flores"]
    print(f"wrote {path}")
    print("ranking by chrF:", f["ranking"]["by_chrf"], "by QE:", f["ranking"]["by_qe"])
    for name, s in f["systems"].items():
        print(
            f"{name:26} chrF {s['corpus_chrf']:6.2f}  QE {s['mean_qe']:.4f}  "
            f"tau QE {s['kendall_tau_qe_vs_sentence_chrf']:+.3f}  "
            f"tau joint alone {s.get('kendall_tau_joint_alone_vs_sentence_chrf', 0):+.3f}  "
            f"tau cosine {s['kendall_tau_cosine_vs_sentence_chrf']:+.3f}"
        )
    print("human reference QE", f["human_reference"]["mean_qe"])
    print(
        "park:",
        result["park_test"]["auc_real_vs_shuffled"],
        result["park_test"]["auc_full_vs_one_dropped"],
    )
    print("throughput:", result["throughput"], "peak RSS MB", result["peak_rss_mb"])


if __name__ == "__main__":
    main()
