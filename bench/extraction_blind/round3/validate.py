#!/usr/bin/env python3
"""Validate round3 truth.json against the site files (stdlib only).

Checks: every site has index.html; every truth page exists; every key occurs
(lowercase, NFC, whitespace-collapsed) in the page's visible text (PDF: text of
Tj strings); keys are lowercase and need keys are distinct within a page;
kinds / trap types / language codes valid; robots traps really disallowed;
every truth page reachable from / by same-site links; PDF xref offsets exact;
4-7 HTML pages per site; minimum counts met.
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
TRAPS = {"filled", "event", "robots", "general_appeal", "service", "hours",
         "how_to_apply", "job", "blog", "past"}
PAGE_LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar", "ne"}
MIN = {"needs": 60, "traps": 30, "sites": 10, "other_langs": 5, "pdf_sites": 3, "robots_sites": 2}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


class TextLinks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.links, self.skip = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a":
            for k, v in attrs:
                if k == "href" and v:
                    self.links.append(v)
        self.text.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.text.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data)


def parse_html(path):
    p = TextLinks()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return norm(html.unescape("".join(p.text))), p.links


def pdf_text(path):
    data = open(path, "rb").read()
    parts = []
    for m in re.finditer(rb"\((?:\\.|[^\\)])*\)\s*Tj", data):
        s = m.group(0)
        s = s[1:s.rindex(b")")]
        s = re.sub(rb"\\(.)", rb"\1", s)
        parts.append(s.decode("latin-1"))
    return norm(" ".join(parts))


def check_pdf_xref(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-1.4"):
        err(f"{path}: not PDF 1.4")
    sx = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    if data[sx:sx + 4] != b"xref":
        err(f"{path}: startxref offset wrong")
        return
    entries = re.findall(rb"(\d{10}) 00000 n ", data[sx:])
    for i, off in enumerate(entries, 1):
        o = int(off)
        if not data[o:].startswith(f"{i} 0 obj".encode()):
            err(f"{path}: xref offset for object {i} wrong")


def robots_disallows(site_dir, page):
    rp = os.path.join(site_dir, "robots.txt")
    if not os.path.exists(rp):
        return False
    dis = [l.split(":", 1)[1].strip() for l in open(rp) if l.lower().startswith("disallow:")]
    return any(d and ("/" + page).startswith(d) for d in dis)


def crawl(site_dir):
    """BFS from /index.html over same-site links (ignores robots, for reachability)."""
    seen, q = set(), deque(["index.html"])
    while q:
        page = q.popleft()
        if page in seen:
            continue
        seen.add(page)
        fp = os.path.join(site_dir, page)
        if not os.path.isfile(fp) or not page.endswith(".html"):
            continue
        _, links = parse_html(fp)
        for href in links:
            u = urlparse(urljoin("http://site/" + page, href))
            if u.scheme not in ("http", "https") or u.netloc != "site":
                continue
            path = u.path.lstrip("/") or "index.html"
            if path.endswith("/"):
                path += "index.html"
            if path not in seen:
                q.append(path)
    return seen


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    n_needs = n_traps = 0
    langs, kinds, ttypes = Counter(), Counter(), Counter()
    pdf_sites, robots_sites = set(), set()
    for slug, site in sites.items():
        sd = os.path.join(SITES, slug)
        if not os.path.isfile(os.path.join(sd, "index.html")):
            err(f"{slug}: missing index.html")
            continue
        html_pages = [os.path.relpath(os.path.join(r, f), sd) for r, _, fs in os.walk(sd) for f in fs if f.endswith(".html")]
        if not 4 <= len(html_pages) <= 7:
            err(f"{slug}: {len(html_pages)} html pages (want 4-7)")
        reach = crawl(sd)
        for p in html_pages + [os.path.relpath(os.path.join(r, f), sd) for r, _, fs in os.walk(sd) for f in fs if f.endswith(".pdf")]:
            if p not in reach:
                err(f"{slug}: {p} not linked from index.html")
        texts = {}

        def text_of(page):
            if page not in texts:
                fp = os.path.join(sd, page)
                if not os.path.isfile(fp):
                    err(f"{slug}: page {page} does not exist")
                    texts[page] = None
                elif page.endswith(".pdf"):
                    texts[page] = pdf_text(fp)
                    check_pdf_xref(fp)
                else:
                    texts[page] = parse_html(fp)[0]
            return texts[page]

        by_page = {}
        for kind, items in (("need", site.get("needs", [])), ("trap", site.get("traps", []))):
            for it in items:
                page = it["page"]
                t = text_of(page)
                keys = it.get("keys") or []
                if not 1 <= len(keys) <= 4:
                    err(f"{slug}/{page}: {kind} has {len(keys)} keys")
                for k in keys:
                    if k != k.lower():
                        err(f"{slug}/{page}: key not lowercase: {k!r}")
                    if t is not None and norm(k) not in t:
                        err(f"{slug}/{page}: key {k!r} not in page text")
                if kind == "need":
                    n_needs += 1
                    if it.get("kind") not in KINDS:
                        err(f"{slug}/{page}: bad kind {it.get('kind')}")
                    if it.get("page_language") not in PAGE_LANGS:
                        err(f"{slug}/{page}: bad page_language {it.get('page_language')}")
                    if not isinstance(it.get("languages"), list):
                        err(f"{slug}/{page}: languages must be a list")
                    langs[it["page_language"]] += 1
                    kinds[it["kind"]] += 1
                    by_page.setdefault(page, []).append(keys)
                    if page.endswith(".pdf"):
                        pdf_sites.add(slug)
                else:
                    n_traps += 1
                    if it.get("type") not in TRAPS:
                        err(f"{slug}/{page}: bad trap type {it.get('type')}")
                    ttypes[it["type"]] += 1
                    if it["type"] == "robots":
                        robots_sites.add(slug)
                        if not robots_disallows(sd, page):
                            err(f"{slug}/{page}: robots trap not disallowed by robots.txt")
                    elif robots_disallows(sd, page):
                        err(f"{slug}/{page}: page is robots-disallowed but trap type is {it['type']}")
        for page, klists in by_page.items():
            if robots_disallows(sd, page):
                err(f"{slug}/{page}: a TRUE need sits on a robots-disallowed page")
            for i, a in enumerate(klists):
                for j, b in enumerate(klists):
                    if i != j and any(norm(x) in norm(y) for x in a for y in b):
                        err(f"{slug}/{page}: need keys not distinctive: {a} vs {b}")
    other = {l for l in langs if l != "en"}
    checks = [("needs", n_needs, MIN["needs"]), ("traps", n_traps, MIN["traps"]),
              ("sites", len(sites), MIN["sites"]), ("other_langs", len(other), MIN["other_langs"]),
              ("pdf_sites", len(pdf_sites), MIN["pdf_sites"]), ("robots_sites", len(robots_sites), MIN["robots_sites"])]
    for name, got, want in checks:
        if got < want:
            err(f"count {name}={got} < {want}")
    print(f"sites={len(sites)} needs={n_needs} traps={n_traps}")
    print("need page_language:", dict(sorted(langs.items())))
    print("need kind:", dict(sorted(kinds.items())))
    print("trap type:", dict(sorted(ttypes.items())))
    print("pdf sites:", sorted(pdf_sites), " robots sites:", sorted(robots_sites))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
