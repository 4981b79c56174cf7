"""``mtqa stats --decisions DIR``: how often editors agreed with each rule."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from mtqa.decisions import load_decisions, precision_by_rule
from mtqa.errors import MtqaError


@click.command("stats")
@click.option(
    "--decisions",
    "path",
    required=True,
    type=click.Path(path_type=Path),
    help="An exported decisions file, or a folder of them.",
)
def stats(path: Path) -> None:
    """Print precision per rule (accepted / decided) from editors' exported decisions."""
    try:
        decisions = load_decisions(path)
    except MtqaError as err:
        click.echo(f"error: {err}", err=True)
        raise SystemExit(err.exit_code) from None
    table = Table(title=f"{len(decisions)} decisions from {path}")
    for name in ("rule", "accepted", "dismissed", "precision"):
        table.add_column(name, justify="left" if name == "rule" else "right")
    for s in precision_by_rule(decisions):
        precision = f"{s.precision:.2f}" if s.precision is not None else "-"
        table.add_row(s.code, str(s.accepted), str(s.dismissed), precision)
    Console().print(table)
