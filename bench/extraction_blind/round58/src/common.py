"""Helpers shared by the round 58 site modules: truth entries for needs and traps."""


def N(page, keys, kind, lang, languages=(), layout=None, note=None):
    """A true need on `page` (path relative to the site root)."""
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, type_, keys, note=None):
    """A trap: text on `page` that looks like a need but is not one."""
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
