#!/usr/bin/env python3
"""Validate round2 truth.json against the site files (stdlib only).

Checks:
  * every site dir has index.html; every truth `page` exists in its site
  * every key is lowercase and occurs in the page's visible text (HTML stripped,
    entities decoded, NFC, case-folded; PDFs: text of the Tj strings)
  * every page in truth is reachable from /index.html by same-site links;
    robots traps must be linked but disallowed by robots.txt, all other entries
    must be crawlable (reachable through allowed pages and not disallowed)
  * kinds / trap types are from the allowed sets
  * keys are distinctive among the needs of one page
  * minimum counts (sites, needs, traps, languages, PDFs, robots sites)
Prints a summary with the counts used in README.md.
"""
import collections
import html
import json
import os
import posixpath
import re
import sys
import unicodedata
import urllib.parse
import urllib.robotparser
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours",
              "how_to_apply", "job", "blog", "past"}
errors = []


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


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
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def pdf_text(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = m.group(1)
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    # sanity-check xref offsets
    xref = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    if not data[xref:].startswith(b"xref"):
        errors.append("%s: startxref does not point at xref" % path)
    entries = re.findall(rb"(\d{10}) 00000 n ", data[xref:])
    for i, off in enumerate(entries, start=1):
        if not data[int(off):].startswith(b"%d 0 obj" % i):
            errors.append("%s: bad xref offset for object %d" % (path, i))
    return " ".join(out), len(re.findall(rb"/Type /Page\b", data))


def load_site(site_dir):
    pages = {}
    for root, _, files in os.walk(site_dir):
        for f in files:
            rel = os.path.relpath(os.path.join(root, f), site_dir).replace(os.sep, "/")
            p = os.path.join(root, f)
            if f.endswith(".html"):
                parser = TextAndLinks()
                parser.feed(open(p, encoding="utf-8").read())
                pages[rel] = {"text": norm(" ".join(parser.parts)), "links": parser.links,
                              "lang": parser.lang, "type": "html"}
            elif f.endswith(".pdf"):
                t, n = pdf_text(p)
                pages[rel] = {"text": norm(t), "links": [], "lang": None, "type": "pdf", "pdf_pages": n}
    return pages


def resolve(base, href):
    u = urllib.parse.urlparse(href)
    if u.scheme or u.netloc or href.startswith(("mailto:", "tel:", "#")):
        return None
    path = u.path
    if not path:
        return None
    if path.startswith("/"):
        full = path
    else:
        full = posixpath.join(posixpath.dirname("/" + base), path)
    full = posixpath.normpath(full)
    if full == "/" or full.endswith("/"):
        full = full + "index.html" if full.endswith("/") else "/index.html"
    return full.lstrip("/")


def crawl(pages, robots, obey):
    seen, queue, broken = set(), ["index.html"], set()
    while queue:
        p = queue.pop()
        if p in seen:
            continue
        if p not in pages:
            broken.add(p)
            continue
        if obey and robots and not robots.can_fetch("*", "http://site.test/" + p):
            continue
        seen.add(p)
        for h in pages[p]["links"]:
            r = resolve(p, h)
            if r is not None and r not in seen:
                queue.append(r)
    return seen, broken


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    dirs = sorted(d for d in os.listdir(SITES) if os.path.isdir(os.path.join(SITES, d)))
    if sorted(sites) != dirs:
        errors.append("site dirs %s != truth sites %s" % (dirs, sorted(sites)))
    stats = collections.Counter()
    need_lang, trap_types, kinds, layouts = (collections.Counter() for _ in range(4))
    html_langs, page_langs_all = collections.Counter(), set()
    robots_sites, pdf_sites, total_pages, broken_total = [], [], 0, {}
    for slug in dirs:
        sd = os.path.join(SITES, slug)
        pages = load_site(sd)
        total_pages += len(pages)
        if "index.html" not in pages:
            errors.append("%s: no index.html" % slug)
        if not 4 <= len(pages) <= 8:
            errors.append("%s: %d pages (want 4-8)" % (slug, len(pages)))
        robots = None
        if os.path.exists(os.path.join(sd, "robots.txt")):
            robots = urllib.robotparser.RobotFileParser()
            robots.parse(open(os.path.join(sd, "robots.txt")).read().splitlines())
        reach_all, broken = crawl(pages, robots, obey=False)
        reach_ok, _ = crawl(pages, robots, obey=True)
        if broken:
            broken_total[slug] = sorted(broken)
        for p, info in pages.items():
            if p not in reach_all:
                errors.append("%s/%s: not linked from index" % (slug, p))
            if info["type"] == "html":
                html_langs[info["lang"] or "(missing)"] += 1
            else:
                if slug not in pdf_sites:
                    pdf_sites.append(slug)
                stats["pdf_pages_total"] += info["pdf_pages"]
                stats["pdf_files"] += 1
        site = sites.get(slug, {"needs": [], "traps": []})
        for kind_name, entries in (("need", site["needs"]), ("trap", site["traps"])):
            for e in entries:
                p = e["page"]
                if p not in pages:
                    errors.append("%s: %s page %s missing" % (slug, kind_name, p))
                    continue
                if not 1 <= len(e["keys"]) <= 4:
                    errors.append("%s/%s: %d keys" % (slug, p, len(e["keys"])))
                for k in e["keys"]:
                    if k != k.lower():
                        errors.append("%s/%s: key not lowercase: %r" % (slug, p, k))
                    if norm(k) not in pages[p]["text"]:
                        errors.append("%s/%s: key %r not in page text" % (slug, p, k))
                is_robots = kind_name == "trap" and e["type"] == "robots"
                allowed = robots is None or robots.can_fetch("*", "http://site.test/" + p)
                if is_robots:
                    robots_sites.append(slug)
                    if allowed:
                        errors.append("%s/%s: robots trap but page is allowed" % (slug, p))
                    if p not in reach_all:
                        errors.append("%s/%s: robots trap page not linked" % (slug, p))
                else:
                    if not allowed or p not in reach_ok:
                        errors.append("%s/%s: %s not crawlable" % (slug, p, kind_name))
                for l in e.get("layout", []):
                    layouts[(kind_name, l)] += 1
                if kind_name == "need":
                    if e["kind"] not in KINDS:
                        errors.append("%s/%s: bad kind %s" % (slug, p, e["kind"]))
                    kinds[e["kind"]] += 1
                    need_lang[e["page_language"]] += 1
                    page_langs_all.add(e["page_language"])
                else:
                    if e["type"] not in TRAP_TYPES:
                        errors.append("%s/%s: bad trap type %s" % (slug, p, e["type"]))
                    trap_types[e["type"]] += 1
        # distinct keys among needs on one page
        by_page = collections.defaultdict(list)
        for e in site["needs"]:
            by_page[e["page"]].append(e)
        for p, es in by_page.items():
            for i, a in enumerate(es):
                for j, b in enumerate(es):
                    if i != j and any(ka in kb for ka in a["keys"] for kb in b["keys"]):
                        errors.append("%s/%s: keys of need %d occur in keys of need %d" % (slug, p, i, j))
        stats["needs"] += len(site["needs"])
        stats["traps"] += len(site["traps"])
    stats["sites"] = len(dirs)
    stats["pages"] = total_pages
    non_en = sorted(l for l in page_langs_all if l != "en")

    print("sites:", stats["sites"], " pages (html+pdf):", stats["pages"])
    print("needs:", stats["needs"], " traps:", stats["traps"])
    print("needs by page_language:", dict(need_lang.most_common()))
    print("needs by kind:", dict(kinds.most_common()))
    print("traps by type:", dict(trap_types.most_common()))
    print("html lang attributes:", dict(html_langs.most_common()))
    print("PDF sites:", pdf_sites, " files:", stats["pdf_files"], " pdf pages:", stats["pdf_pages_total"])
    print("robots-trap sites:", sorted(set(robots_sites)))
    print("broken same-site links:", broken_total)
    print("layout tags:")
    for (k, l), n in sorted(layouts.items()):
        print("   %-5s %-24s %d" % (k, l, n))

    if stats["sites"] < 10: errors.append("fewer than 10 sites")
    if stats["needs"] < 60: errors.append("fewer than 60 needs")
    if stats["traps"] < 30: errors.append("fewer than 30 traps")
    if len(non_en) < 5: errors.append("fewer than 5 non-English languages: %s" % non_en)
    if len(pdf_sites) < 3: errors.append("fewer than 3 PDF sites")
    if len(set(robots_sites)) < 2: errors.append("fewer than 2 robots sites")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
