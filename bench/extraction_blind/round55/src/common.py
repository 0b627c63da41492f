"""Small helpers shared by the site modules of round 55 (this round only)."""


def N(page, keys, kind, lang, languages=(), layout="heading_paragraph", note=""):
    """A true need."""
    return {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
            "languages": list(languages), "layout": layout, "note": note}


def T(page, type_, keys, note=""):
    """A trap: something that must NOT be extracted as a need."""
    return {"page": page, "type": type_, "keys": list(keys), "note": note}
