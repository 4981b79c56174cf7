"""``mtqa train-qe``: reproduce the shipped QE head from a seed."""

from __future__ import annotations

from pathlib import Path

import click

from mtqa.errors import InputError


def _default_data() -> Path | None:
    from mtqa.corpora import shared_corpora

    root = shared_corpora()
    return root / "ntrex128" if root else None


@click.command("train-qe")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder for qe_head.safetensors, qe_head_joint.safetensors and qe_head.json.",
)
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    help="Folder with line-aligned ko.txt, en.txt, doc_ids.txt (default: shared ntrex128).",
)
@click.option(
    "--mt",
    "mt_files",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Real MT outputs, line-aligned with ko.txt (default: mt-outputs/<data folder>/*.txt).",
)
@click.option("--encoder", help="Encoder: a local folder (default: the bundled e5-small).")
@click.option("--epochs", type=int, default=30, show_default=True)
@click.option(
    "--joint-epochs",
    type=int,
    default=5,
    show_default=True,
    help="Epochs of the joint (source+translation) model; 0 trains the feature head only.",
)
@click.option("--limit-docs", type=int, help="Use only the first N documents (for a quick run).")
def train_qe(
    seed: int,
    out_dir: Path,
    data: Path | None,
    mt_files: tuple[Path, ...],
    encoder: str | None,
    epochs: int,
    joint_epochs: int,
    limit_docs: int | None,
) -> None:
    """Train the reference-free QE head on NTREX-128 and write it with its training record."""
    from mtqa.models.encoder import load_encoder
    from mtqa.models.qe.train import TrainConfig, TrainData, train

    folder = data or _default_data()
    if folder is None or not folder.is_dir():
        raise InputError(folder, "training data folder not found (give --data)")
    mts = list(mt_files) or sorted((folder.parent / "mt-outputs" / folder.name).glob("*.txt"))
    if not mts:
        raise InputError(folder, "no MT outputs found (give --mt FILE for each system)")
    config = TrainConfig(seed=seed, epochs=epochs, joint_epochs=joint_epochs, limit_docs=limit_docs)
    record = train(TrainData(folder, mts), out_dir, load_encoder(encoder), config)
    val = record["scores"]["validation"]
    click.echo(
        f"wrote {out_dir / record['head_file']} (sha256 {record['head_sha256'][:16]}); "
        f"validation Kendall tau {val['kendall_tau_mt_vs_chrf']}, "
        f"AUC real vs shuffled {val['auc_real_vs_shuffled']}"
    )
    joint = record.get("joint")
    if joint:
        blended = joint["scores"]["validation_blended"]
        click.echo(
            f"wrote {out_dir / joint['file']} (sha256 {joint['sha256'][:16]}); head weight "
            f"{joint['blend_head_weight']}, blended validation Kendall tau "
            f"{blended['kendall_tau_mt_vs_chrf']}"
        )
