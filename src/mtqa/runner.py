"""``mtqa check`` end to end: plan inputs, check in a stream, write reports, gate, exit code."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console

from mtqa.config import RunConfig
from mtqa.errors import InputError
from mtqa.io.readers import InputPlan, plan_inputs
from mtqa.pipeline import BatchOutcome, RunContext, iter_results, run_header
from mtqa.resources import Resources


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim`` (None on other C libraries)."""
    name = ctypes.util.find_library("c")
    try:
        trim = ctypes.CDLL(name).malloc_trim if name else None
    except (OSError, AttributeError):
        return None
    if trim is not None:
        trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_freed_memory() -> None:
    """Give the memory freed since the last call back to the system.

    glibc keeps what a document's arrays and tensors freed in its heaps, scattered enough that it
    rarely returns it by itself: about 300 MB of resident memory over a 1,000-sentence batch
    (bench/pipeline.py) that later documents only partly reuse. Trimming after each document
    returns it (a few milliseconds).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _auto_pair(plan: InputPlan, ctx: RunContext) -> InputPlan:
    """Pair source-only and translation-only articles by content (``--pair auto``)."""
    from mtqa.pairing_plan import pair_unpaired

    return pair_unpaired(plan, ctx)


def run_check(
    config: RunConfig,
    source: Path,
    translation: Path | None,
    reference: Path | None,
    outdir: Path,
    *,
    decisions: Path | None = None,
    pairing: str = "id",
    quiet: bool = False,
) -> int:
    """Check a batch and write its reports; returns the exit code (0 pass, 1 gate, 2 input)."""
    from mtqa.gate import GatePolicy
    from mtqa.report.terminal import print_summary, progress
    from mtqa.report.writer import ReportWriter

    if outdir.exists() and not outdir.is_dir():
        raise InputError(outdir, "the output folder exists and is a file")
    where = f"{config.source_file} [tool.mtqa.gate]" if config.source_file else "gate"
    policy = GatePolicy.from_mapping(config.gate, where)
    plan = plan_inputs(source, translation, reference, config.encoding)
    ctx = RunContext(config, Resources(termbase_path=config.termbase, encoder_name=config.encoder))
    if decisions is not None:
        from mtqa.decisions import load_decisions

        ctx.decisions = load_decisions(decisions)
    if pairing == "auto":
        plan = _auto_pair(plan, ctx)
    if len(plan.items) == 1 and not source.is_dir() and translation is not None:
        plan.items[0].load()  # a single bad file is an error straight away (exit 2)
    outcome = BatchOutcome()
    writer = ReportWriter(outdir, run_header(ctx), policy, set(config.formats))
    try:
        with progress(len(plan.items), console=Console(stderr=True, quiet=quiet)) as advance:
            for result in iter_results(plan.items, ctx, outcome, lambda _id: advance()):
                writer.add(result.to_dict())
                del result
                release_freed_memory()
    except BaseException:
        writer.abort()
        raise
    inputs = {
        "paired": len(plan.items),
        "checked": outcome.checked,
        # Articles not checked because the source or the translation is missing.
        "unpaired": [
            {"doc_id": u.doc_id, "missing": u.missing, "origin": u.origin}
            for u in plan.unpaired
            if u.missing != "reference"
        ],
        # Articles checked without reference metrics because --ref has no file for them.
        "without_reference": [u.doc_id for u in plan.unpaired if u.missing == "reference"],
        "errors": outcome.errors,
    }
    summary = writer.close(inputs)
    if not quiet:
        print_summary(summary)
        click.echo(f"report: {outdir / 'index.html'}", err=True)
    for err in outcome.errors:
        click.echo(f"mtqa: error: {err['message']}", err=True)
    for doc in summary.documents:
        if doc.reasons:
            click.echo(f"FAIL {doc.doc_id}: {'; '.join(doc.reasons)}", err=True)
    if outcome.errors:
        return 2
    return 0 if summary.passed else 1
