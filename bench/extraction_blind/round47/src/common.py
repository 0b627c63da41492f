"""Truth-entry helpers for the round-47 site modules."""


def N(page, keys, kind, lang, langs=(), layout="", note=""):
    """A true need on `page`."""
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang, "languages": list(langs)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, typ, keys, note=""):
    """A trap on `page` (something that must not be extracted as a need)."""
    d = {"page": page, "type": typ, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
