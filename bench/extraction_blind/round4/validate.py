#!/usr/bin/env python3
"""Validate round4 blind extraction set (stdlib only).

Checks: every site has index.html; every truth page exists; every page listed in
truth (and every HTML file) is reachable from index.html via same-site links;
robots traps are disallowed by robots.txt and no true need is; every key is
lowercase and appears verbatim in the page's visible text (PDF text for PDFs);
keys are distinct among a page's needs; PDFs have exact xref offsets; enums are
valid; minimum counts are met."""
import json, os, re, sys, unicodedata
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse, unquote
from urllib import robotparser

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours",
              "how_to_apply", "job", "blog", "past"}
PAGE_LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
MIN = {"sites": 10, "needs": 60, "traps": 35, "filled": 12, "non_en_langs": 5,
       "pdf_sites": 3, "robots_sites": 2}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s).strip()


class TextAndLinks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.lang = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag in ("p", "div", "li", "td", "th", "tr", "br", "h1", "h2", "h3", "h4",
                   "dt", "dd", "summary", "details", "section", "article", "ul", "table"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def parse_html(path):
    p = TextAndLinks()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    return norm("".join(p.parts)), p.links, p.lang


def pdf_text(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-1.4"):
        err(f"{path}: not PDF 1.4")
    # xref offsets
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF", data)
    if not m:
        err(f"{path}: no startxref")
    else:
        xo = int(m.group(1))
        if data[xo:xo + 4] != b"xref":
            err(f"{path}: startxref offset wrong")
        else:
            lines = data[xo:].split(b"\n")
            n = int(lines[1].split()[1])
            for i in range(1, n):
                off = int(lines[2 + i].split()[0])
                if not data[off:].startswith(f"{i} 0 obj".encode()):
                    err(f"{path}: xref offset for object {i} wrong")
    if b"/Helvetica" not in data:
        err(f"{path}: no Helvetica font")
    out = []
    for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data):
        s = s.replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
        out.append(s.decode("latin-1"))
    return norm(" ".join(out))


def page_text(site, page):
    path = os.path.join(SITES, site, page)
    if not os.path.isfile(path):
        return None
    if page.lower().endswith(".pdf"):
        return pdf_text(path)
    return parse_html(path)[0]


def crawl(site):
    """Return set of reachable same-site paths (ignoring robots)."""
    root = os.path.join(SITES, site)
    seen, q = set(), deque(["index.html"])
    while q:
        page = q.popleft()
        if page in seen:
            continue
        full = os.path.join(root, page)
        if not os.path.isfile(full):
            continue
        seen.add(page)
        if not page.endswith((".html", ".htm")):
            continue
        _, links, _ = parse_html(full)
        base = "http://site.test/" + page
        for href in links:
            u = urlparse(urljoin(base, href))
            if u.scheme not in ("http", "https") or u.netloc != "site.test":
                continue
            path = unquote(u.path).lstrip("/")
            if path == "" or path.endswith("/"):
                path += "index.html"
            q.append(path)
    return seen


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    c = Counter()
    langs, pdf_sites, robots_sites = set(), set(), set()
    layout_langs = Counter()
    for site, st in sites.items():
        root = os.path.join(SITES, site)
        if not os.path.isfile(os.path.join(root, "index.html")):
            err(f"{site}: missing index.html")
            continue
        html_files = [os.path.relpath(os.path.join(d, f), root)
                      for d, _, fs in os.walk(root) for f in fs if f.endswith((".html", ".htm"))]
        if not 4 <= len(html_files) <= 7:
            err(f"{site}: {len(html_files)} html pages (want 4-7)")
        reach = crawl(site)
        for f in html_files:
            if f not in reach:
                err(f"{site}: {f} not reachable from index.html")
        rp = None
        if os.path.isfile(os.path.join(root, "robots.txt")):
            rp = robotparser.RobotFileParser()
            rp.parse(open(os.path.join(root, "robots.txt")).read().splitlines())
        allowed = lambda p: rp is None or rp.can_fetch("*", "http://site.test/" + p)
        for f in html_files:
            _, _, lang = parse_html(os.path.join(root, f))
            layout_langs[(lang or "MISSING")] += 1
        for kind, items in (("needs", st.get("needs", [])), ("traps", st.get("traps", []))):
            seen_keys = {}
            for it in items:
                page = it["page"]
                txt = page_text(site, page)
                tag = f"{site}/{page} {kind} {it['keys']}"
                if txt is None:
                    err(f"{tag}: page missing")
                    continue
                if page not in reach:
                    err(f"{tag}: page not reachable")
                if page.endswith(".pdf"):
                    pdf_sites.add(site)
                if not 1 <= len(it["keys"]) <= 4:
                    err(f"{tag}: need 1-4 keys")
                for k in it["keys"]:
                    if k != k.lower():
                        err(f"{tag}: key not lowercase: {k}")
                    if norm(k) not in txt:
                        err(f"{tag}: key not in page text: {k!r}")
                if kind == "needs":
                    c["needs"] += 1
                    if it["kind"] not in KINDS:
                        err(f"{tag}: bad kind")
                    if it["page_language"] not in PAGE_LANGS:
                        err(f"{tag}: bad page_language")
                    langs.add(it["page_language"])
                    if not isinstance(it.get("languages"), list):
                        err(f"{tag}: languages must be a list")
                    if not allowed(page):
                        err(f"{tag}: need on robots-disallowed page")
                    c["kind:" + it["kind"]] += 1
                    c["lang:" + it["page_language"]] += 1
                    seen_keys.setdefault(page, []).append(it["keys"])
                else:
                    c["traps"] += 1
                    if it["type"] not in TRAP_TYPES:
                        err(f"{tag}: bad trap type")
                    c["trap:" + it["type"]] += 1
                    if it["type"] == "robots":
                        robots_sites.add(site)
                        if allowed(page):
                            err(f"{tag}: robots trap page is not disallowed")
            # distinctiveness: first key of each need must not appear among other needs' keys
            for page, klist in seen_keys.items():
                for i, ks in enumerate(klist):
                    others = [k for j, o in enumerate(klist) if j != i for k in o]
                    if ks[0] in others:
                        err(f"{site}/{page}: primary key {ks[0]!r} not distinctive")
    c["sites"] = len(sites)
    c["filled"] = c["trap:filled"]
    c["non_en_langs"] = len(langs - {"en"})
    c["pdf_sites"] = len(pdf_sites)
    c["robots_sites"] = len(robots_sites)
    for k, v in MIN.items():
        if c[k] < v:
            err(f"count {k}={c[k]} below minimum {v}")
    for k in sorted(c):
        print(f"{k:24s} {c[k]}")
    print("html lang attributes:", dict(layout_langs))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
