"""Helpers shared by the round 57 site modules: truth entries side by side with the pages."""


def need(page, keys, kind, lang, languages=(), layout="", note=""):
    d = {"page": page, "keys": list(keys), "kind": kind, "page_language": lang,
         "languages": list(languages)}
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


def robots(path, extra=""):
    """A robots.txt that disallows one directory for every agent."""
    return extra + "User-agent: *\nDisallow: %s\n" % path
