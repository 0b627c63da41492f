"""Same-site PDFs (volunteer applications, flyers, newsletters) read as pages of text.

``pypdf`` extracts the text layer; a scanned PDF without one yields no text (and so no
needs) rather than an error.  The download is capped like a page (``FETCH_MAX_BYTES``) and
only the first ``FETCH_MAX_PDF_PAGES`` pages are read, so a 300-page annual report cannot
stall a crawl.
"""

from __future__ import annotations

import io
import logging
import re

from django.conf import settings

logger = logging.getLogger(__name__)

PDF_TYPES = ("application/pdf", "application/x-pdf")


def looks_like_pdf(body: bytes) -> bool:
    return body[:1024].lstrip().startswith(b"%PDF-")


def pdf_text(body: bytes, *, max_pages: int | None = None) -> tuple[str, str]:
    """(title, text) of a PDF; ("", "") when it cannot be read.  Pages are separated by a
    blank line; lines keep their breaks so headings and list lines stay apart."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    limit = max_pages or int(getattr(settings, "FETCH_MAX_PDF_PAGES", 20))
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001 - an encrypted PDF is simply unreadable to us
                return "", ""
        chunks = []
        for page in reader.pages[:limit]:
            chunks.append(page.extract_text() or "")
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip()
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        logger.info("unreadable PDF (%s)", type(exc).__name__)
        return "", ""
    text = "\n\n".join(c.strip() for c in chunks if c.strip())
    text = re.sub(r"[ \t]+", " ", text)
    return title[:300], text
