"""Writing benchmark results with the machine's details (used by ``make bench``)."""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import mtqa

if TYPE_CHECKING:
    from mtqa.config import RunConfig


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "mtqa": mtqa.__version__,
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu_model"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import torch

        info["torch"] = torch.__version__
        info["torch_threads"] = torch.get_num_threads()
    except ImportError:
        pass
    return info


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def write_result(name: str, result: dict[str, Any], outdir: str | Path = "reports/bench") -> Path:
    """Write ``reports/bench/<name>.json`` with the result, the machine and a timestamp."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.json"
    payload = {
        "benchmark": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "machine": machine(),
        "result": result,
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def check_articles(
    articles: Sequence[tuple[str, Sequence[str], Sequence[str]]], config: RunConfig
) -> dict[str, Any]:
    """``mtqa check`` over (doc id, Korean lines, English lines) articles: the findings report.

    Each line becomes a paragraph of its article, as the batch files of a desk would have them.
    """
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp)
        for side in ("ko", "en"):
            (batch / side).mkdir()
        for doc_id, ko, en in articles:
            name = doc_id.replace("/", "_")
            (batch / "ko" / f"{name}.txt").write_text("\n\n".join(ko) + "\n", encoding="utf-8")
            (batch / "en" / f"{name}.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
        return check_folders(config, batch / "ko", batch / "en")


def check_folders(config: RunConfig, source: Path, translation: Path) -> dict[str, Any]:
    """``mtqa check`` over two folders of articles paired by file name: the findings report."""
    from mtqa.runner import run_check

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        run_check(config, source, translation, None, out, quiet=True)
        report: dict[str, Any] = json.loads((out / "findings.json").read_text("utf-8"))
    return report
