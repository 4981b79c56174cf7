"""Quality estimation (QE) backends behind one interface, picked by name."""

from mtqa.models.qe.base import (
    QEBackend,
    QEResult,
    QESpan,
    QEUnit,
    available_backends,
    check_units,
    get_backend,
    register_backend,
    signature_string,
)

__all__ = [
    "QEBackend",
    "QEResult",
    "QESpan",
    "QEUnit",
    "available_backends",
    "check_units",
    "get_backend",
    "register_backend",
    "signature_string",
]
