"""Small helpers shared by the site modules of round 56 (truth entries in the round 34 schema)."""


def need(page, keys, kind, lang, langs=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang, "languages": list(langs)}
    if note:
        d["note"] = note
    if layout:
        d["layout"] = layout
    return d


def trap(page, type_, keys, note=None):
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
