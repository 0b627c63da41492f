"""OpenAI ``text-embedding-3-small`` shortened to 1024 dimensions, via ``/v1/embeddings``.

Used when ``EMBEDDING_BACKEND=openai`` and ``OPENAI_API_KEY`` is set. Plain HTTP
(httpx), no SDK; ``OPENAI_BASE_URL`` also points it at any OpenAI-compatible server.
"""

from __future__ import annotations

from typing import Any

from .base import HOSTED_DIMENSIONS, Kind
from .hosted import HTTPEmbeddingBackend


class OpenAIBackend(HTTPEmbeddingBackend):
    """``POST {OPENAI_BASE_URL}/embeddings`` with ``dimensions=1024``.

    Up to ``OPENAI_BATCH_SIZE`` (2048, the API maximum) texts a request, and at most
    300,000 UTF-8 bytes a request (byte-level BPE never yields more tokens than bytes,
    so this stays under the API's 300K-token request limit). OpenAI embeddings have no
    query/passage distinction, so ``kind`` does not change the request.
    """

    provider = "OpenAI"
    api_model = "text-embedding-3-small"
    native_dimensions = HOSTED_DIMENSIONS
    default_base_url = "https://api.openai.com/v1"
    api_key_setting = "OPENAI_API_KEY"
    base_url_setting = "OPENAI_BASE_URL"
    batch_size_setting = "OPENAI_BATCH_SIZE"
    default_batch_size = 2048
    max_batch_size = 2048
    max_request_bytes = 300_000

    def request_body(self, batch: list[str], *, kind: Kind) -> dict[str, Any]:
        return {
            "model": self.api_model,
            "input": batch,
            "dimensions": self.native_dimensions,
            "encoding_format": "float",
        }
