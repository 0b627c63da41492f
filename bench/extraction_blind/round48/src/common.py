"""Helpers shared by the round-48 site modules (truth entries)."""


def N(page, keys, kind, lang, langs=(), layout="", note=""):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang, "languages": list(langs)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, typ, keys, note=""):
    d = {"page": page, "type": typ, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
