"""Small helpers shared by the round 39 site modules."""


def need(page, keys, kind, page_language, languages=(), layout="", note=""):
    d = {"page": page, "keys": list(keys), "kind": kind,
         "page_language": page_language, "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def trap(page, type_, keys, note=""):
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
