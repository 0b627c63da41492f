"""Voyage AI ``voyage-3-large`` (1024 dimensions) through its HTTP embeddings API.

Used when ``EMBEDDING_BACKEND=voyage`` and ``VOYAGE_API_KEY`` is set.
"""

from __future__ import annotations

from typing import Any

from .base import HOSTED_DIMENSIONS, Kind
from .hosted import HTTPEmbeddingBackend

VOYAGE_INPUT_TYPES = {"query": "query", "passage": "document"}


class VoyageBackend(HTTPEmbeddingBackend):
    """``POST {VOYAGE_API_URL}/embeddings``; up to ``VOYAGE_BATCH_SIZE`` (128) texts a request.

    ``kind`` maps to Voyage's ``input_type`` (``query`` / ``document``), which prepends
    a retrieval prompt on Voyage's side; callers that store vectors for symmetric
    matching should use one ``kind`` for both sides (the default, ``query``).
    """

    provider = "Voyage"
    api_model = "voyage-3-large"
    native_dimensions = HOSTED_DIMENSIONS
    default_base_url = "https://api.voyageai.com/v1"
    api_key_setting = "VOYAGE_API_KEY"
    base_url_setting = "VOYAGE_API_URL"
    batch_size_setting = "VOYAGE_BATCH_SIZE"
    default_batch_size = 128
    max_batch_size = 1000  # API limit on inputs per request
    max_request_bytes = 120_000  # voyage-3-large allows 120K tokens per request

    def request_body(self, batch: list[str], *, kind: Kind) -> dict[str, Any]:
        return {
            "model": self.api_model,
            "input": batch,
            "input_type": VOYAGE_INPUT_TYPES[kind],
            "output_dimension": self.native_dimensions,
            "output_dtype": "float",
            "truncation": True,
        }
