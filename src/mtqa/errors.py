"""Errors that end a run with a one-line message and exit code 2."""

from __future__ import annotations

from pathlib import Path


class MtqaError(Exception):
    """A user-facing error: the CLI prints ``str(err)`` on one line and exits with 2."""

    exit_code = 2


class InputError(MtqaError):
    """Bad input: names the file and what is wrong with it."""

    def __init__(self, path: str | Path | None, problem: str) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        super().__init__(f"{self.path}: {problem}" if self.path else problem)


class ModelError(MtqaError):
    """A model that cannot be loaded or used."""


class ConfigError(MtqaError):
    """A bad configuration value or file."""
