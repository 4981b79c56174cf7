from __future__ import annotations

from pathlib import Path

import pytest

from mtqa.corpora import shared_corpora


@pytest.fixture(scope="session")
def corpora() -> Path:
    """../shared/corpora, or skip with a clear reason."""
    path = shared_corpora()
    if path is None:
        pytest.skip(
            "shared corpora not found: expected ../shared/corpora beside the checkout "
            "(or set MTQA_SHARED_CORPORA)"
        )
    return path
