"""Helpers shared by the round 49 site sources."""


def N(page, keys, kind, lang, languages=(), layout="", note=""):
    """A true need."""
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, type_, keys, note=""):
    """A trap (must not be extracted)."""
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
