"""Helpers shared by the round 59 site modules: truth entries for needs and traps."""


def need(page, keys, kind, page_language, languages=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind,
         "page_language": page_language, "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def trap(page, type_, keys, note=None):
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
