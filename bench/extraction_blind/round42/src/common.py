"""Helpers for round 42's site sources (truth entries and shared HTML bits)."""


def N(page, keys, kind, lang, languages=(), layout="", note=""):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def T(page, type_, keys, note=""):
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
