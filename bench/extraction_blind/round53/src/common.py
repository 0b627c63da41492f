"""Small helpers shared by the round 53 site modules (truth entries only)."""


def N(page, keys, kind, lang, languages=(), layout=None, note=None):
    """A true need."""
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, type_, keys, note=None):
    """A trap: something on a page that is NOT an open need."""
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
