"""Small helpers shared by the round 37 site sources (written for this round)."""


def need(page, keys, kind, lang, languages=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def trap(page, typ, keys, note=None):
    d = {"page": page, "type": typ, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
