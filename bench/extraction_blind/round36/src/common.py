"""Small helpers shared by the round 36 site sources (written for this round)."""


def N(page, keys, kind, page_language, languages=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": page_language,
         "languages": list(languages)}
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
