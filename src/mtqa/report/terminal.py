"""The run's summary as a rich table, and a progress bar for long batches."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from mtqa.report.summary import RunSummary


def summary_table(result: RunSummary, worst: int = 10) -> Table:
    """The worst articles (failing first) with scores, counts and gate status."""
    counts = result.counts()
    table = Table(
        title=f"{len(result.documents)} articles, "
        + (
            f"{result.failed} failing the gate"
            if any(d.gated for d in result.documents)
            else r"no gate set (--fail-on, --min-qe or \[tool.mtqa.gate])"
        ),
        caption=(
            f"{counts['critical']} critical, {counts['major']} major, {counts['minor']} minor "
            f"findings · report: {result.outdir}"
        ),
    )
    for name in ("article", "QE", "critical", "major", "minor", "gate"):
        table.add_column(name, justify="left" if name in ("article", "gate") else "right")
    for d in result.worst(worst):
        qe = d.scores.get("qe")
        table.add_row(
            d.doc_id,
            f"{qe:.3f}" if isinstance(qe, int | float) else "-",
            str(d.counts["critical"]),
            str(d.counts["major"]),
            str(d.counts["minor"]),
            {"fail": "[red]fail[/red]", "pass": "[green]pass[/green]"}.get(d.status, "-"),
        )
    return table


def print_summary(result: RunSummary, console: Console | None = None, worst: int = 10) -> None:
    (console or Console(stderr=True)).print(summary_table(result, worst))


class Advance(Protocol):
    def __call__(self, n: int = 1, label: str | None = None) -> None: ...


@contextmanager
def progress(
    total: int | None, label: str = "checking", console: Console | None = None
) -> Iterator[Advance]:
    """``with progress(n) as advance: ... advance()``; quiet when the console is not a terminal."""
    console = console or Console(stderr=True)
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,
        transient=True,
    )
    with bar:
        task = bar.add_task(label, total=total)

        def advance(n: int = 1, label: str | None = None) -> None:
            if label is None:
                bar.advance(task, n)
            else:
                bar.update(task, advance=n, description=label)

        yield advance
