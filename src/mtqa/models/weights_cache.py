"""A verified on-disk cache of converted models (Hugging Face folders with a sha256 manifest).

Layout: ``<cache>/models/<key>/`` holds the files a converter wrote (``model.safetensors``,
``config.json``, tokenizer files) and ``sha256.json``, the hash of every one of them. A folder is
trusted only when every hash matches; anything else (a truncated file, a missing manifest, a
crash mid-write) is rebuilt. New folders are written beside the final one and renamed into place.
The cache root is ``$MTQA_CACHE`` or the user cache directory (platformdirs).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "sha256.json"
WEIGHTS = "model.safetensors"
_CHUNK = 1 << 22


def cache_root() -> Path:
    """``$MTQA_CACHE`` if set, else the platform's user cache directory for mtqa."""
    env = os.environ.get("MTQA_CACHE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("mtqa", appauthor=False))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class CachedFolder:
    path: Path
    weights_hash: str  # sha256 of model.safetensors, verified on this load
    rebuilt: bool  # True when this call (re)built the folder


def _verify(folder: Path) -> str | None:
    """The weights hash if every file listed in the manifest is present and intact."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        files: dict[str, str] = manifest["files"]
        if WEIGHTS not in files:
            return None
        for name, digest in files.items():
            if sha256_file(folder / name) != digest:
                return None
        return files[WEIGHTS]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_manifest(folder: Path) -> None:
    files = {
        p.name: sha256_file(p)
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != MANIFEST
    }
    tmp = folder / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps({"files": files}, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def cached_folder(
    key: str, build: Callable[[Path], None], root: Path | None = None
) -> CachedFolder:
    """The verified folder for ``key``, calling ``build(tmp_dir)`` to (re)create it if needed."""
    root = root or cache_root()
    final = root / "models" / key
    digest = _verify(final)
    if digest is not None:
        return CachedFolder(final, digest, rebuilt=False)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}.", dir=final.parent))
    try:
        build(tmp)
        _write_manifest(tmp)
        if final.exists():  # corrupt or partial: move aside, then drop it
            trash = Path(tempfile.mkdtemp(prefix=f".{key}.old.", dir=final.parent))
            os.replace(final, trash / "old")
            shutil.rmtree(trash, ignore_errors=True)
        try:
            os.replace(tmp, final)
        except OSError:
            if _verify(final) is None:  # nobody else won a race: a real failure
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    digest = _verify(final)
    if digest is None:
        raise OSError(f"{final}: cache folder failed verification right after writing")
    return CachedFolder(final, digest, rebuilt=True)
