#!/usr/bin/env python3
"""Sanity checks for blind extraction round 13 (stdlib only).

Adapted from round 1's checker. It checks:
- every site has index.html; every truth `page` exists; 4-6 pages per site
- every HTML page declares <html lang="..."> (Arabic pages also dir="rtl")
- crawl from index.html over same-site <a href> links: every HTML/PDF file is
  reachable; true-need pages and non-robots trap pages are reachable and
  allowed by robots.txt; robots traps are reachable (linked) but disallowed;
  links to missing files are counted as dead links
- every key is lowercase, NFC, and occurs in the page's visible text
  (NFC-normalised, lowercased, whitespace collapsed, HTML tags / comments /
  scripts / styles stripped; PDF text taken from `(..) Tj` strings)
- page_language agrees with <html lang> (PDFs: a Latin-script language)
- kinds, trap types, language codes and layout tags come from known sets
- keys of different needs on one page do not contain one another, and trap
  keys do not collide with need keys on the same page
- a need's keys do not all appear on another page of the same site (each need
  is stated on exactly one page)
- each PDF has a correct header, xref table, startxref and stream /Length
- the minimum counts of the brief; prints a summary and OK, or the problems
  (exit status 1)
Usage: python3 validate.py [ROOT]   (ROOT defaults to this script's directory)
"""
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours",
              "how_to_apply", "job", "blog", "not_accepted", "policy"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
NON_EN = {"es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
LATIN = {"en", "es", "so", "hmn", "om", "vi"}
LAYOUTS = {"definition_list", "table_layout_caps", "role_cards", "cards_no_heading",
           "wish_list", "shift_table", "tabs", "accordion", "details_accordion",
           "newsletter_buried", "story", "supply_drive", "faq", "pdf",
           "heading_paragraph", "icon_blurbs", "church_bulletin", "sidebar_urgent",
           "facebook_posts"}
# failure classes of issue 10 + site styles of the brief that must be covered
REQUIRED_LAYOUTS = LAYOUTS - {"heading_paragraph"}
REQUIRED_TRAPS = TRAP_TYPES - {"policy"}
errors = []


def err(msg):
    errors.append(msg)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.lang, self.dir = [], [], 0, None, None
        self.saw_html = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "html" and not self.saw_html:
            self.saw_html = True
            self.lang, self.dir = a.get("lang"), a.get("dir")
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(data):
    text = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = m.group(1)
        s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
        s = re.sub(rb"\\(.)", rb"\1", s)
        text.append(s.decode("cp1252"))
    return " ".join(text)


def check_pdf(path):
    data = open(path, "rb").read()
    if not data.startswith(b"%PDF-1.4"):
        err("%s: bad header" % path)
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        return err("%s: no startxref" % path)
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        return err("%s: startxref does not point at xref" % path)
    hdr = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    if not hdr:
        return err("%s: malformed xref header" % path)
    n = int(hdr.group(1))
    pos = xref + hdr.end()
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        if len(entry) != 20 or not entry.endswith(b" \n"):
            err("%s: xref entry %d malformed" % (path, i))
            continue
        off = int(entry[:10])
        if i == 0:
            continue
        if not data[off:].startswith(b"%d 0 obj" % i):
            err("%s: xref offset for obj %d wrong" % (path, i))
    if not re.search(rb"trailer\s*<<[^>]*/Size %d\b" % n, data):
        err("%s: trailer /Size does not match xref" % path)
    for m in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        start = m.end()
        ln = int(m.group(1))
        if data[start + ln:start + ln + 9] != b"endstream":
            err("%s: stream length wrong at %d" % (path, start))


def robots_disallows(site_dir):
    p = os.path.join(site_dir, "robots.txt")
    rules, active = [], False
    if not os.path.exists(p):
        return rules
    for line in open(p, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        k, _, v = line.partition(":")
        k, v = k.strip().lower(), v.strip()
        if k == "user-agent":
            active = (v == "*")
        elif k == "disallow" and active and v:
            rules.append(v)
    return rules


def load_page(site_dir, rel):
    """Returns (visible text, links, lang, dir)."""
    path = os.path.join(site_dir, rel)
    if rel.endswith(".pdf"):
        check_pdf(path)
        return norm(pdf_text(open(path, "rb").read())), [], None, None
    p = Text()
    p.feed(open(path, encoding="utf-8").read())
    return norm(html.unescape("".join(p.parts))), p.links, p.lang, p.dir


def crawl(site_dir):
    seen, broken, queue = set(), set(), ["/index.html"]
    while queue:
        url = queue.pop()
        path = urlparse(url).path
        if path.endswith("/"):
            path += "index.html"
        rel = path.lstrip("/")
        if rel in seen or rel in broken:
            continue
        full = os.path.join(site_dir, rel)
        if not os.path.isfile(full):
            broken.add(rel)
            continue
        seen.add(rel)
        if rel.endswith((".html", ".htm")):
            _, links, _, _ = load_page(site_dir, rel)
            for href in links:
                u = urlparse(urljoin("http://site" + path, href))
                if u.scheme in ("http", "https") and u.netloc == "site":
                    queue.append(u.path)
    return seen, broken


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    tot_needs = tot_traps = tot_pages = tot_broken = 0
    by_lang_needs, by_lang_pages, kinds, ttypes, layouts = (Counter() for _ in range(5))
    pdf_sites, robots_sites = set(), set()
    rows = []
    on_disk = sorted(d for d in os.listdir(SITES) if os.path.isdir(os.path.join(SITES, d)))
    for d in on_disk:
        if d not in sites:
            err("site directory %s has no entry in truth.json" % d)
    for slug, s in sorted(sites.items()):
        sd = os.path.join(SITES, slug)
        if not os.path.isfile(os.path.join(sd, "index.html")):
            err("%s: no index.html" % slug)
            continue
        reach, broken = crawl(sd)
        dis = robots_disallows(sd)
        files = sorted(os.path.relpath(os.path.join(dp, f), sd) for dp, _, fs in os.walk(sd) for f in fs
                       if f.endswith((".html", ".htm", ".pdf")))
        for f in files:
            if f not in reach:
                err("%s: file %s not reachable from index.html" % (slug, f))
        cache = {}

        def page(rel):
            if rel not in cache:
                if not os.path.isfile(os.path.join(sd, rel)):
                    err("%s: page %s missing" % (slug, rel))
                    cache[rel] = ("", [], None, None)
                else:
                    cache[rel] = load_page(sd, rel)
            return cache[rel]

        for f in files:
            if f.endswith((".html", ".htm")):
                raw = open(os.path.join(sd, f), encoding="utf-8").read()
                if raw != unicodedata.normalize("NFC", raw):
                    err("%s: %s is not NFC-normalised" % (slug, f))
                _, _, lang, dr = page(f)
                if not lang:
                    err("%s: %s has no <html lang>" % (slug, f))
                elif lang.split("-")[0].lower() not in LANGS:
                    err("%s: %s has unexpected lang %s" % (slug, f, lang))
                elif lang.split("-")[0].lower() == "ar" and dr != "rtl":
                    err("%s: %s is Arabic but not dir=rtl" % (slug, f))
                by_lang_pages[(lang or "?").split("-")[0].lower()] += 1
            else:
                page(f)
                by_lang_pages["pdf"] += 1
        if not 4 <= len(files) <= 6:
            err("%s: %d pages (want 4-6)" % (slug, len(files)))
        tot_pages += len(files)
        tot_broken += len(broken)

        def is_dis(rel):
            return any(("/" + rel).startswith(d) for d in dis)

        def check_key(k, what, pg, text):
            if k != k.lower():
                err("%s: %s key not lowercase: %r" % (slug, what, k))
            if k != unicodedata.normalize("NFC", k):
                err("%s: %s key not NFC: %r" % (slug, what, k))
            if not k.strip():
                err("%s: empty %s key on %s" % (slug, what, pg))
            elif norm(k) not in text:
                err("%s: %s key %r not in visible text of %s" % (slug, what, k, pg))

        keys_by_page = defaultdict(list)
        for n in s["needs"]:
            text, _, lang, _ = page(n["page"])
            if n["kind"] not in KINDS:
                err("%s: bad kind %s" % (slug, n["kind"]))
            if n["page_language"] not in LANGS:
                err("%s: bad page_language %s" % (slug, n["page_language"]))
            for l in n.get("languages", []):
                if l not in LANGS:
                    err("%s: bad language code %s" % (slug, l))
            if n.get("layout") and n["layout"] not in LAYOUTS:
                err("%s: unknown layout %s" % (slug, n["layout"]))
            if n["page"] not in reach:
                err("%s: need page %s unreachable" % (slug, n["page"]))
            if is_dis(n["page"]):
                err("%s: need page %s disallowed by robots" % (slug, n["page"]))
            if n["page"].endswith(".pdf"):
                if n["page_language"] not in LATIN:
                    err("%s: PDF need in non-Latin language %s" % (slug, n["page_language"]))
            elif lang and lang.split("-")[0].lower() != n["page_language"]:
                err("%s: %s lang=%s but page_language=%s" % (slug, n["page"], lang, n["page_language"]))
            if not 1 <= len(n["keys"]) <= 3:
                err("%s: need on %s has %d keys (want 1-3)" % (slug, n["page"], len(n["keys"])))
            for k in n["keys"]:
                check_key(k, "need", n["page"], text)
            # stated on exactly one page: not all keys also on another page
            for other in files:
                if other != n["page"] and not is_dis(other):
                    ot = page(other)[0]
                    if all(norm(k) in ot for k in n["keys"]):
                        err("%s: need %s (on %s) also appears on %s" % (slug, n["keys"], n["page"], other))
            keys_by_page[n["page"]].append(n["keys"])
            by_lang_needs[n["page_language"]] += 1
            kinds[n["kind"]] += 1
            layouts[n.get("layout", "?")] += 1
            if n["page"].endswith(".pdf"):
                pdf_sites.add(slug)
        for pg, groups in keys_by_page.items():
            for i, a in enumerate(groups):
                for j, b in enumerate(groups):
                    if i != j and any(norm(ka) in norm(kb) for ka in a for kb in b):
                        err("%s: keys of needs %s / %s on %s overlap" % (slug, a, b, pg))
        for t in s["traps"]:
            text = page(t["page"])[0]
            if t["type"] not in TRAP_TYPES:
                err("%s: bad trap type %s" % (slug, t["type"]))
            if t["page"] not in reach:
                err("%s: trap page %s unreachable (not linked)" % (slug, t["page"]))
            if t["type"] == "robots":
                robots_sites.add(slug)
                if not is_dis(t["page"]):
                    err("%s: robots trap %s not disallowed" % (slug, t["page"]))
            elif is_dis(t["page"]):
                err("%s: trap %s on disallowed page but type %s" % (slug, t["page"], t["type"]))
            if not 1 <= len(t["keys"]) <= 3:
                err("%s: trap on %s has %d keys (want 1-3)" % (slug, t["page"], len(t["keys"])))
            for k in t["keys"]:
                check_key(k, "trap", t["page"], text)
                for nk in keys_by_page.get(t["page"], []):
                    if any(norm(k) in norm(x) or norm(x) in norm(k) for x in nk):
                        err("%s: trap key %r collides with need keys %s on %s" % (slug, k, nk, t["page"]))
            ttypes[t["type"]] += 1
        for pg in [p for p in files if is_dis(p)]:
            if not any(t["page"] == pg and t["type"] == "robots" for t in s["traps"]):
                err("%s: disallowed page %s has no robots trap" % (slug, pg))
        tot_needs += len(s["needs"])
        tot_traps += len(s["traps"])
        rows.append((slug, len(files), len(s["needs"]), len(s["traps"]), sorted(broken)))

    print("%-38s %5s %5s %5s  dead links" % ("site", "pages", "needs", "traps"))
    for r in rows:
        print("%-38s %5d %5d %5d  %s" % (r[0], r[1], r[2], r[3], ", ".join(r[4])))
    print("TOTAL sites=%d pages=%d needs=%d traps=%d dead_links=%d"
          % (len(rows), tot_pages, tot_needs, tot_traps, tot_broken))
    print("needs by page_language:", dict(by_lang_needs.most_common()))
    print("pages by <html lang>:", dict(by_lang_pages.most_common()))
    print("needs by kind:", dict(kinds.most_common()))
    print("needs by layout:", dict(layouts.most_common()))
    print("traps by type:", dict(ttypes.most_common()))
    print("sites with PDF needs:", sorted(pdf_sites))
    print("sites with robots traps:", sorted(robots_sites))
    non_en = sorted(l for l in NON_EN if by_lang_needs[l])
    print("non-English need languages (%d):" % len(non_en), non_en)

    if len(rows) < 12: err("fewer than 12 sites")
    if tot_needs < 70: err("fewer than 70 needs")
    if tot_traps < 50: err("fewer than 50 traps")
    if ttypes["filled"] < 20: err("fewer than 20 filled traps")
    if len(non_en) < 6: err("needs in fewer than 6 non-English languages")
    if len(pdf_sites) < 3: err("fewer than 3 sites with needs in PDFs")
    if len(robots_sites) < 2: err("fewer than 2 robots sites")
    if tot_broken < 3: err("fewer than 3 dead links")
    for l in sorted(REQUIRED_LAYOUTS - set(layouts)):
        err("no need with layout %s" % l)
    for t in sorted(REQUIRED_TRAPS - set(ttypes)):
        err("no trap of type %s" % t)
    if errors:
        print("\nPROBLEMS (%d):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
