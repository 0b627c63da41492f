"""Helpers shared by the site modules of blind extraction round 60."""


def need(page, keys, kind, lang, languages=(), layout="", note=""):
    """A true need: `keys` are lowercase phrases that occur in the page's visible text."""
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
    if layout:
        d["layout"] = layout
    if note:
        d["note"] = note
    return d


def trap(page, type_, keys, note=""):
    """A tempting non-need of type `type_` (see validate.TRAP_TYPES)."""
    d = {"page": page, "type": type_, "keys": list(keys)}
    if note:
        d["note"] = note
    return d
