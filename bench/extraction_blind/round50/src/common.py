"""Helpers shared by the site modules of round 50."""


def N(page, keys, kind, lang, langs=(), layout="", note=""):
    """A true need."""
    return {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
            "languages": list(langs), "layout": layout, "note": note}


def T(page, type_, keys, note=""):
    """A trap (not a need)."""
    return {"page": page, "type": type_, "keys": list(keys), "note": note}
