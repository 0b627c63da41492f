"""The embedding backend interface, shared helpers and backend selection.

Importable without any Django model (organization search and matching both use it);
``django.conf.settings`` is read lazily, only when a backend is chosen or built.

Every vector leaves a backend at its model's native width (384 for the local model, 1024
for the hosted ones) and is stored so (``halfvec``, authz/vectors.py: padding to one width
made the rows 5x larger and exact scans 3-10x slower, docs/benchmarks.md). Vectors are
L2-normalised, so cosine similarity is a dot product. Vectors from different models are
never comparable: store ``model_name`` beside each one (every query filters on it).
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any, Literal

import numpy as np

HOSTED_DIMENSIONS = 1024
"""Width asked of the hosted models (Voyage ``output_dimension``, OpenAI ``dimensions``)."""

Kind = Literal["query", "passage"]
KINDS: tuple[str, ...] = ("query", "passage")

BACKEND_NAMES: tuple[str, ...] = ("local", "voyage", "openai")


class EmbeddingError(RuntimeError):
    """An embedding could not be produced.

    Messages name the backend, the HTTP status or the cause -- never the texts, which
    may be members' interests.
    """


def setting(name: str, default: Any) -> Any:
    """Read a Django setting lazily (falls back to ``default`` if unset or unconfigured)."""
    from django.conf import settings

    try:
        return getattr(settings, name, default)
    except Exception:  # settings not configured (e.g. a bare script): use the default
        return default


def clean_text(text: str) -> str:
    """Collapse whitespace (and NUL bytes, which C strings would cut at) to single spaces.

    Part of the pinned preprocessing of every backend: the same meaning gives the same
    vector whatever the spacing in a form or a scraped page.
    """
    if not isinstance(text, str):
        raise EmbeddingError(f"texts must be str, not {type(text).__name__}")
    return " ".join(text.replace("\x00", " ").split())


def check_kind(kind: str) -> None:
    """Reject an unknown ``kind`` early (a typo would silently change vectors)."""
    if kind not in KINDS:
        raise EmbeddingError(f"kind must be one of {KINDS}, not {kind!r}")


def batched(items: Sequence[str], size: int) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(start_index, batch)`` slices of at most ``size`` items."""
    if size < 1:
        raise EmbeddingError(f"batch size must be at least 1, not {size}")
    for start in range(0, len(items), size):
        yield start, list(items[start : start + size])


class EmbeddingBackend(ABC):
    """Turns texts into unit vectors of ``native_dimensions`` components.

    ``model_name`` identifies the producing model *and* its preprocessing; it is stored
    beside each vector so that vectors of different models are never compared.
    """

    model_name: str
    native_dimensions: int

    @property
    def dimensions(self) -> int:
        """Width of the vectors this backend returns (and that are stored)."""
        return self.native_dimensions

    def embed(self, texts: list[str], *, kind: Kind = "query") -> list[list[float]]:
        """Embed ``texts`` in order; each vector L2-normalised, at the native width.

        ``kind`` says whether the texts are queries or passages, for models that treat
        them differently (see each backend). Whitespace is collapsed first; a text that
        is then empty is refused. Raises ``EmbeddingError`` on failure.
        """
        check_kind(kind)
        if isinstance(texts, str):
            raise EmbeddingError("embed() takes a list of texts, not a single str")
        cleaned = [clean_text(t) for t in texts]
        if not cleaned:
            return []
        for position, text in enumerate(cleaned):
            if not text:  # an empty text has no meaning to match; callers skip it
                raise EmbeddingError(f"text at position {position} is empty")
        native = self._embed(cleaned, kind=kind)
        if len(native) != len(cleaned):
            raise EmbeddingError(
                f"{self.model_name}: got {len(native)} vectors for {len(cleaned)} texts"
            )
        try:
            matrix = np.asarray(native, dtype=np.float64)
        except ValueError as exc:  # ragged rows
            raise EmbeddingError(f"{self.model_name}: vectors of unequal length") from exc
        if matrix.ndim != 2 or matrix.shape[1] != self.native_dimensions:
            raise EmbeddingError(
                f"{self.model_name}: got vectors of shape {matrix.shape}, "
                f"expected {self.native_dimensions} dimensions"
            )
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        if not np.all(np.isfinite(matrix)) or np.any(norms == 0.0):
            raise EmbeddingError(f"{self.model_name}: a zero or non-finite vector")
        return (matrix / norms).tolist()

    def embed_one(self, text: str, *, kind: Kind = "query") -> list[float]:
        """Embed a single text (convenience for search queries)."""
        return self.embed([text], kind=kind)[0]

    @abstractmethod
    def _embed(self, texts: list[str], *, kind: Kind) -> list[Sequence[float]]:
        """Return one native-width vector per (already cleaned) text, in order."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.model_name}>"


_cache: dict[tuple[int, str], EmbeddingBackend] = {}
_cache_lock = threading.Lock()


def _build(name: str) -> EmbeddingBackend:
    if name == "local":
        from .local import LocalBackend

        return LocalBackend()
    if name == "voyage":
        from .voyage import VoyageBackend

        return VoyageBackend()
    if name == "openai":
        from .openai import OpenAIBackend

        return OpenAIBackend()
    raise EmbeddingError(f"unknown EMBEDDING_BACKEND {name!r}; choose one of {BACKEND_NAMES}")


def get_backend(name: str | None = None) -> EmbeddingBackend:
    """The backend named ``name`` or ``settings.EMBEDDING_BACKEND`` ("local" by default).

    Built once per process (keyed by pid, so a forked worker never shares its parent's
    HTTP connections or model handle) and reused.
    """
    chosen = (name or setting("EMBEDDING_BACKEND", "local") or "local").strip().lower()
    key = (os.getpid(), chosen)
    backend = _cache.get(key)
    if backend is None:
        with _cache_lock:
            backend = _cache.get(key)
            if backend is None:
                backend = _build(chosen)
                _cache[key] = backend
    return backend


def reset_backends() -> None:
    """Forget the cached backends (after a settings change, e.g. in tests)."""
    with _cache_lock:
        _cache.clear()
