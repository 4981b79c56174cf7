"""Command line: parse options -> RunConfig -> pipeline -> reporters -> exit code.

Exit codes: 0 passed, 1 the gate failed, 2 usage or input error (one line naming the file).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

import mtqa
from mtqa.config import FORMATS, RunConfig, load_config
from mtqa.errors import MtqaError


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v.strip().upper() for item in values for v in item.split(",") if v.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(mtqa.__version__, prog_name="mtqa")
def cli() -> None:
    """Quality checks for Korean news articles translated into English."""


@cli.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("translation", required=False, type=click.Path(path_type=Path))
@click.option(
    "--ref", "reference", type=click.Path(path_type=Path), help="Reference translation(s)."
)
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(path_type=Path),
    help="Report folder (replaced atomically).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="mtqa.toml or pyproject.toml (default: nearest one with [tool.mtqa]).",
)
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (e.g. MT3,MT401).")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip.")
@click.option("--encoding", help="Input encoding (default: detect UTF-8/UTF-16/CP949).")
@click.option("--aligner", type=click.Choice(["length", "embedding"]), help="Sentence aligner.")
@click.option("--encoder", help="Encoder: a local folder or hub id (default: bundled e5-small).")
@click.option(
    "--qe",
    "qe",
    help="QE: estimator (default), estimator-joint, hf-classifier:MODEL_DIR, or none.",
)
@click.option("--termbase", type=click.Path(path_type=Path), help="Termbase (CSV or TBX).")
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical", "never"]),
    help="Fail the gate on a finding at or above this severity (default: never).",
)
@click.option("--min-qe", type=float, help="Fail the gate on document QE below this value.")
@click.option(
    "--decisions",
    type=click.Path(path_type=Path),
    help="Editor decisions (file or folder) to apply: dismissed findings stay dismissed.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(FORMATS),
    help="Output formats (repeatable; default html, json, csv).",
)
@click.option(
    "--pair",
    type=click.Choice(["id", "auto"]),
    default="id",
    show_default=True,
    help="Pair documents by file name/id, or by content (auto).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary table.")
def check(
    source: Path,
    translation: Path | None,
    reference: Path | None,
    outdir: Path,
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    encoding: str | None,
    aligner: str | None,
    encoder: str | None,
    qe: str | None,
    termbase: Path | None,
    fail_on: str | None,
    min_qe: float | None,
    decisions: Path | None,
    formats: tuple[str, ...],
    pair: str,
    quiet: bool,
) -> None:
    """Check SOURCE (Korean) against TRANSLATION (English).

    SOURCE and TRANSLATION are two files (one article) or two folders of <id>.txt files paired
    by name; or SOURCE alone is a manifest (.csv, .tsv, .jsonl) with columns id, source,
    translation and optional reference and metadata columns.
    """
    from mtqa.runner import run_check

    gate: dict[str, Any] = {}
    if fail_on is not None:
        gate["fail_on"] = fail_on
    if min_qe is not None:
        gate["min_qe"] = min_qe
    config: RunConfig = load_config(config_path).with_options(
        select=_split(select),
        ignore=_split(ignore),
        encoding=encoding,
        aligner=aligner,
        encoder=encoder,
        qe=qe,
        termbase=termbase,
        formats=formats or None,
        gate=gate or None,
    )
    code = run_check(
        config,
        source,
        translation,
        reference,
        outdir,
        decisions=decisions,
        pairing=pair,
        quiet=quiet,
    )
    raise SystemExit(code)


@cli.group(invoke_without_command=True)
@click.pass_context
def rules(ctx: click.Context) -> None:
    """List the rules (code, name, category, severity)."""
    if ctx.invoked_subcommand is None:
        from mtqa.rules.base import all_rules

        for r in all_rules():
            click.echo(f"{r.code}  {r.name:<24} {str(r.severity):<8} {r.category:<28} {r.summary}")


@rules.command("docs")
@click.argument("outdir", type=click.Path(path_type=Path), default=Path("docs/rules"))
def rules_docs(outdir: Path) -> None:
    """Write one documentation page per rule code into OUTDIR."""
    from mtqa.rules.docs import write_docs

    files = write_docs(outdir)
    click.echo(f"wrote {len(files)} pages to {outdir}")


def _register_optional() -> None:
    """Attach command groups that live in their own modules."""
    from mtqa.cli_model import model
    from mtqa.cli_qe import train_qe
    from mtqa.cli_report import stats

    cli.add_command(model)
    cli.add_command(train_qe)
    cli.add_command(stats)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; user errors become one line on stderr and exit code 2."""
    _register_optional()
    try:
        rv = cli.main(args=argv, prog_name="mtqa", standalone_mode=False)
    except MtqaError as e:
        click.echo(f"mtqa: error: {e}", err=True)
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return 2 if e.exit_code not in (0, 1) else e.exit_code
    except click.Abort:
        click.echo("mtqa: aborted", err=True)
        return 130
    except SystemExit as e:
        return int(e.code or 0)
    return int(rv or 0)


def run() -> None:
    sys.exit(main())
