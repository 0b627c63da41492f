"""Helpers shared by the round 54 site modules."""


def N(page, keys, kind, lang, languages=(), layout=None, note=None):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
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


def links(items, sep=" "):
    return sep.join('<a href="%s">%s</a>' % (h, t) for h, t in items)
