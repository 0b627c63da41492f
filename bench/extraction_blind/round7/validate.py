#!/usr/bin/env python3
"""Validate round-7 blind extraction set (stdlib only)."""
import html, json, os, re, sys
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
TRAPS = {"filled", "event", "robots", "general_appeal", "service", "hours", "how_to_apply", "job", "blog", "past"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
MIN_NEEDS, MIN_TRAPS, MIN_FILLED, MIN_NONEN_LANGS, MIN_SITES = 60, 50, 12, 8, 8
REQUIRED_LANGS = {"so", "hmn", "es", "om", "kar", "vi", "am", "ar"}  # >= 2 needs each
NONEN_SHARE = (0.35, 0.50)
MIN_BROKEN_LINKS, MIN_ROBOTS_PAGES, MIN_PDFS = 3, 1, 1

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def html_text(raw):
    raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return norm(html.unescape(raw))


def pdf_text(data):
    assert data.startswith(b"%PDF-1.4"), "not PDF 1.4"
    # check xref offsets are exact
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref does not point at xref"
    m = re.search(rb"xref\s+0 (\d+)\s+", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        off, _, typ = entry.split()[:3]
        if typ == b"n":
            assert data[int(off):].startswith(b"%d 0 obj" % i), "bad xref offset obj %d" % i
    parts = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        parts.append(s.decode("latin-1"))
    return norm(" ".join(parts))


def links(raw):
    return re.findall(r'(?i)href\s*=\s*["\']([^"\']+)["\']', raw)


def page_text(site, page):
    path = os.path.join(SITES, site, page)
    if not os.path.isfile(path):
        err("%s: missing page %s" % (site, page))
        return ""
    data = open(path, "rb").read()
    if page.endswith(".pdf"):
        try:
            return pdf_text(data)
        except Exception as e:  # noqa
            err("%s/%s: PDF problem: %s" % (site, page, e))
            return ""
    return html_text(data.decode("utf-8"))


BROKEN = []


def reachable(site):
    root = os.path.join(SITES, site)
    seen, todo = set(), ["index.html"]
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        fp = os.path.join(root, p)
        if not os.path.isfile(fp) or p.endswith(".pdf"):
            continue
        for h in links(open(fp, encoding="utf-8").read()):
            u = urlparse(urljoin("http://site/" + p, h))
            if u.netloc != "site" or not u.path or u.path == "/":
                continue
            todo.append(u.path.lstrip("/"))
    for p in sorted(seen):
        if p.endswith((".css", ".js")):
            continue  # stylesheet/script hrefs are not counted as broken page links
        if not os.path.isfile(os.path.join(root, p)):
            BROKEN.append("%s/%s" % (site, p))
    return {p for p in seen if os.path.isfile(os.path.join(root, p))}


def html_lang(site, page):
    if page.endswith(".pdf"):
        return "(pdf)"
    raw = open(os.path.join(SITES, site, page), encoding="utf-8").read()
    m = re.search(r"(?is)<html\b[^>]*?\blang\s*=\s*[\"']([^\"']*)[\"']", raw)
    return m.group(1).lower() if m else None


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    n_needs = n_traps = n_filled = 0
    need_langs = {}
    lang_mismatch = set()
    robots_pages = set()
    n_pages = n_pdfs = 0
    page_langs = set()
    trap_types = {}
    for site, t in sites.items():
        root = os.path.join(SITES, site)
        if not os.path.isfile(os.path.join(root, "index.html")):
            err("%s: no index.html" % site)
            continue
        pages = [f for f in os.listdir(root) if f.endswith((".html", ".htm", ".pdf"))]
        n_pages += len(pages)
        n_pdfs += sum(p.endswith(".pdf") for p in pages)
        if not 4 <= len(pages) <= 6:
            err("%s: %d pages (want 4-6)" % (site, len(pages)))
        reach = reachable(site)
        for p in pages:
            if p not in reach:
                err("%s: page %s not linked from index" % (site, p))
        robots = ""
        if os.path.isfile(os.path.join(root, "robots.txt")):
            robots = open(os.path.join(root, "robots.txt")).read()
        texts = {}
        keyowners = {}
        pagelang = {}
        for n in t["needs"]:
            n_needs += 1
            need_langs[n["page_language"]] = need_langs.get(n["page_language"], 0) + 1
            if pagelang.setdefault(n["page"], n["page_language"]) != n["page_language"]:
                err("%s/%s: needs on one page disagree on page_language" % (site, n["page"]))
            if not isinstance(n.get("languages"), list) or not all(isinstance(x, str) and x == x.lower() for x in n["languages"]):
                err("%s/%s: bad languages field" % (site, n["page"]))
            if not n["page"].endswith(".pdf"):
                declared = html_lang(site, n["page"])
                if declared is None or declared.split("-")[0] != n["page_language"]:
                    lang_mismatch.add("%s/%s (html lang=%s, page is %s)" % (site, n["page"], declared, n["page_language"]))
            txt = texts.setdefault(n["page"], page_text(site, n["page"]))
            if n["kind"] not in KINDS:
                err("%s: bad kind %s" % (site, n["kind"]))
            if n["page_language"] not in LANGS:
                err("%s: bad page_language %s" % (site, n["page_language"]))
            page_langs.add(n["page_language"])
            if not 1 <= len(n["keys"]) <= 4:
                err("%s: need on %s has %d keys" % (site, n["page"], len(n["keys"])))
            for k in n["keys"]:
                if k != k.lower():
                    err("%s: key not lowercase: %r" % (site, k))
                if norm(k) not in txt:
                    err("%s/%s: need key %r not in page text" % (site, n["page"], k))
                owner = keyowners.setdefault((n["page"], k), id(n))
                if owner != id(n):
                    err("%s/%s: key %r shared by two needs" % (site, n["page"], k))
            if "disallow: /" + n["page"] in robots.lower():
                err("%s: true need on robots-disallowed page %s" % (site, n["page"]))
        for tr in t["traps"]:
            n_traps += 1
            for k in tr["keys"]:
                if k != k.lower():
                    err("%s: trap key not lowercase: %r" % (site, k))
                for (pg, nk) in keyowners:
                    if pg == tr["page"] and (nk in k or k in nk):
                        err("%s/%s: trap key %r overlaps need key %r" % (site, pg, k, nk))
            if tr["type"] not in TRAPS:
                err("%s: bad trap type %s" % (site, tr["type"]))
            trap_types[tr["type"]] = trap_types.get(tr["type"], 0) + 1
            n_filled += tr["type"] == "filled"
            txt = texts.setdefault(tr["page"], page_text(site, tr["page"]))
            for k in tr["keys"]:
                if norm(k) not in txt:
                    err("%s/%s: trap key %r not in page text" % (site, tr["page"], k))
            if tr["type"] == "robots":
                robots_pages.add((site, tr["page"]))
                if "disallow: /" + tr["page"] not in robots.lower():
                    err("%s: robots trap page %s not disallowed" % (site, tr["page"]))
    nonen = page_langs - {"en"}
    share = 1 - need_langs.get("en", 0) / max(n_needs, 1)
    for lang in sorted(REQUIRED_LANGS):
        if need_langs.get(lang, 0) < 2:
            err("fewer than 2 needs with page_language %s" % lang)
    if not NONEN_SHARE[0] <= share <= NONEN_SHARE[1]:
        err("non-English share of needs %.2f outside %s" % (share, NONEN_SHARE))
    if len(BROKEN) < MIN_BROKEN_LINKS:
        err("too few broken links (%d)" % len(BROKEN))
    if len(robots_pages) < MIN_ROBOTS_PAGES:
        err("too few robots-disallowed pages")
    if n_pdfs < MIN_PDFS:
        err("too few PDFs")
    for cond, msg in [(len(sites) >= MIN_SITES, "sites"), (n_needs >= MIN_NEEDS, "needs"),
                      (n_traps >= MIN_TRAPS, "traps"), (n_filled >= MIN_FILLED, "filled traps"),
                      (len(nonen) >= MIN_NONEN_LANGS, "non-English page languages")]:
        if not cond:
            err("too few " + msg)
    print("sites=%d needs=%d traps=%d filled=%d non-en langs=%s" % (len(sites), n_needs, n_traps, n_filled, sorted(nonen)))
    print("trap types:", dict(sorted(trap_types.items())))
    print("pages=%d pdfs=%d needs by page language: %s (non-English share %.0f%%)" % (
        n_pages, n_pdfs, dict(sorted(need_langs.items())), 100 * share))
    print("robots pages:", sorted("%s/%s" % x for x in robots_pages))
    print("broken links (intentional):", BROKEN)
    print("pages whose <html lang> is missing/wrong (intentional):", sorted(lang_mismatch))
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else "FAILED (%d errors)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
