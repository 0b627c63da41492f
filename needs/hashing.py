"""The content hash that identifies a need's content (dedupes scraped and submitted alike)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case-, width- and whitespace-insensitive form of a piece of text."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return _SPACE.sub(" ", text).strip()


def content_hash(*, title: str, description: str, organization_id: int) -> str:
    """SHA-256 of the normalised title + description + organization."""
    payload = "\x1f".join([normalise(title), normalise(description), str(organization_id)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
