"""Small helpers shared by the round 41 site sources."""


def N(page, keys, kind, lang, languages=(), layout="", note=""):
    """A true need."""
    return {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
            "languages": list(languages), "layout": layout, "note": note}


def T(page, type_, keys, note=""):
    """A trap (must not be extracted)."""
    return {"page": page, "type": type_, "keys": list(keys), "note": note}
