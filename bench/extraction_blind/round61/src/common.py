"""Small helpers shared by the site modules of round 61."""


def N(page, keys, kind, lang, langs=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(langs)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, type_, keys, note=None):
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
