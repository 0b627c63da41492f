"""Need extraction: readable page text in, validated candidate needs out.

Backends are chosen by ``settings.EXTRACTION_BACKEND`` the way Django chooses
``EMAIL_BACKEND``: ``"heuristic"`` (offline, deterministic, the default) or ``"llm"``
(an OpenAI-compatible chat model).  Nothing here writes to the database; ``sync_needs``
decides what the candidates mean for a source's stored needs.
"""

from .base import (
    ExtractedNeed,
    ExtractionError,
    Extractor,
    PageInput,
    get_extractor,
)

__all__ = ["ExtractedNeed", "ExtractionError", "Extractor", "PageInput", "get_extractor"]
