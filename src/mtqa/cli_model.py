"""``mtqa model``: what encoder mtqa uses, and exporting it as a standard Hugging Face folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click

from mtqa.errors import InputError, ModelError

_MODEL_OPTION = click.option(
    "--model",
    "name",
    default=None,
    metavar="NAME",
    help="Encoder: 'bundled' (default), a local model folder or a Hugging Face hub id.",
)


@click.group("model")
def model() -> None:
    """Inspect or export the sentence encoder."""


@model.command("info")
@_MODEL_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the details as JSON.")
def info(name: str | None, as_json: bool) -> None:
    """Print the encoder's id, origin, license, weights hash and size."""
    from mtqa.models.encoder import load_encoder

    enc = load_encoder(name)
    details = {
        "model_id": enc.model_id,
        "source": enc.source,
        "license": enc.license,
        "weights_sha256": enc.weights_hash,
        "dims": enc.dim,
        "layers": enc.layers,
        "max_tokens_per_window": enc.window,
        "query_prefix": enc.prefix,
        "bf16": enc.bf16,
        **_shipped_qe(enc.weights_hash),
    }
    if as_json:
        click.echo(json.dumps(details, indent=2, ensure_ascii=False))
        return
    for key, value in details.items():
        click.echo(f"{key + ':':24}{value}")


def _shipped_qe(weights_hash: str) -> dict[str, str]:
    """The QE models that ship for this encoder (``--qe estimator`` / ``estimator-joint``),
    from their training record; nothing for an encoder they were not trained on."""
    from mtqa.models.qe.estimator import RECORD_FILE, shipped_head_path

    record = json.loads((shipped_head_path().parent / RECORD_FILE).read_text("utf-8"))
    if record["encoder"]["weights_hash"] != weights_hash:
        return {}
    out = {"qe_head_sha256": str(record["head_sha256"])}
    joint = record.get("joint")
    if joint:
        out["qe_joint_sha256"] = str(joint["sha256"])
        w = float(joint["blend_head_weight"])
        out["qe_joint_blend"] = f"{w:g} x head + {1 - w:g} x joint (--qe estimator-joint)"
    return out


@model.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@_MODEL_OPTION
@click.option("--force", is_flag=True, help="Overwrite files in a non-empty DIRECTORY.")
def export(directory: Path, name: str | None, force: bool) -> None:
    """Write the encoder as a Hugging Face folder (AutoModel/AutoTokenizer can load it)."""
    from mtqa.models.encoder import load_encoder

    if directory.exists() and any(directory.iterdir()) and not force:
        raise InputError(directory, "directory is not empty (use --force to overwrite)")
    enc = load_encoder(name)
    try:
        directory.mkdir(parents=True, exist_ok=True)
        enc.model.save_pretrained(directory)
        enc.tokenizer.save_pretrained(directory)
        for extra in ("config_sentence_transformers.json", "README.md"):
            if enc.folder is not None and (enc.folder / extra).is_file():
                shutil.copyfile(enc.folder / extra, directory / extra)
        st_config = directory / "config_sentence_transformers.json"
        if enc.prefix and not st_config.is_file():
            st_config.write_text(json.dumps({"prompts": {"query": enc.prefix}}, indent=2) + "\n")
    except OSError as err:
        raise ModelError(f"{directory}: cannot write the model ({err.strerror or err})") from None
    click.echo(f"wrote {enc.model_id} to {directory}")
