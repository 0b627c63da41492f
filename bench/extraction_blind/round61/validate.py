#!/usr/bin/env python3
"""Sanity checks for blind extraction round 61 (stdlib only).

Copied from round 34's validate.py (itself from round 33 / 32 / 30 / 1).
Changes for round 61:
- used slugs come from /tmp/r61/used_slugs.txt and used towns from
  /tmp/r61/used_towns.txt; every slug must be new, and its town (TOWNS) must be
  neither a used town nor a dash-bounded token run of any used slug;
- trap type `not_accepted` ("we do not accept ..." lists) is allowed;
- every site has robots.txt;
- minimums: 13 sites, 65 pages, 12 PDFs on at least 8 sites, 110 needs,
  180 traps, robots-disallowed pages on at least 8 sites, at least 3 needs in
  each of the 9 target languages, English 40-60 % of needs, so/hmn/om/vi needs
  on at least two sites each, filled traps on pages in all 9 languages;
  4-7 pages per site; 1-3 keys per need; exactly one broken internal link per
  site.

- every site has index.html; every truth `page` exists
- crawl from index.html over same-site <a href> links: true-need pages and
  non-robots trap pages must be reachable and allowed by robots.txt; robots
  traps must be reachable (linked) but disallowed
- every key occurs in the page's visible text (HTML tags/comments/scripts
  stripped; PDF text taken from `(..) Tj` strings); keys are lowercase
- page_language agrees with <html lang>
- keys of different needs on one page do not contain one another, and trap
  keys do not collide with need keys on the same page
- each PDF has a correct xref table
- minimum counts; prints a summary table
"""
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours", "recap", "bio", "offer",
              "how_to_apply", "job", "blog", "not_accepted"}
USED_SLUGS = "/tmp/r61/used_slugs.txt"
USED_TOWNS = "/tmp/r61/used_towns.txt"
# town part of each slug (checked against every used town and every earlier slug)
TOWNS = {
    "glenville-shell-rock-food-shelf": "glenville",
    "delavan-hiddo-somali-family-center": "delavan",
    "rapidan-ceg-ntoo-hmong-church": "rapidan",
    "elba-st-aloysius-catholic-parish": "elba",
    "pemberton-gaachana-oromo-association": "pemberton",
    "hartland-hsa-thoo-lei-karen-church": "hartland",
    "millville-area-public-library": "millville",
    "lake-wilson-prairie-fc-youth-soccer": "lake-wilson",
    "waldorf-abune-teklehaimanot-church": "waldorf",
    "hammond-masjid-al-furqan": "hammond",
    "jeffers-lang-viet-community": "jeffers",
    "hadley-kitchen-table-mutual-aid": "hadley",
    "bellechester-elementary-parent-teacher-league": "bellechester",
    "ceylon-first-step-refugee-services": "ceylon",
}
errors = []


def err(msg):
    errors.append(msg)


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.lang = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "html" and self.lang is None:
            self.lang = a.get("lang")
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'")
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
    path = os.path.join(site_dir, rel)
    if rel.endswith(".pdf"):
        check_pdf(path)
        return norm(pdf_text(open(path, "rb").read())), [], None
    p = Text()
    p.feed(open(path, encoding="utf-8").read())
    return norm(html.unescape("".join(p.parts))), p.links, p.lang


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
            _, links, _ = load_page(site_dir, rel)
            for href in links:
                u = urlparse(urljoin("http://site" + path, href))
                if u.scheme in ("http", "https") and u.netloc == "site":
                    queue.append(u.path)
    return seen, broken


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    tot_needs = tot_traps = tot_pages = 0
    by_lang_needs, by_lang_pages, kinds, ttypes = Counter(), Counter(), Counter(), Counter()
    pdf_sites, robots_sites, pdf_file_sites = set(), set(), set()
    lang_sites = defaultdict(set)
    filled_langs = Counter()
    rows = []
    if os.path.exists(USED_SLUGS) and os.path.exists(USED_TOWNS):
        used = [l.strip() for l in open(USED_SLUGS, encoding="utf-8") if l.strip()]
        used_towns = {l.strip() for l in open(USED_TOWNS, encoding="utf-8") if l.strip()}
        for slug in sites:
            if slug in used:
                err("%s: slug used by an earlier round" % slug)
            town = TOWNS.get(slug)
            if not town:
                err("%s: no town recorded in TOWNS" % slug)
                continue
            if not ("-" + slug + "-").startswith("-" + town + "-"):
                err("%s: slug does not start with its town %s" % (slug, town))
            if town in used_towns:
                err("%s: town %s is in the used-towns list" % (slug, town))
            for u in used:
                if ("-" + town + "-") in ("-" + u + "-"):
                    err("%s: town %s already used by %s" % (slug, town, u))
        if len(set(TOWNS.values())) != len(TOWNS):
            err("a town is used by two sites")
    else:
        err("used slugs/towns files not found (%s, %s)" % (USED_SLUGS, USED_TOWNS))
    for slug, s in sorted(sites.items()):
        sd = os.path.join(SITES, slug)
        if not os.path.isfile(os.path.join(sd, "index.html")):
            err("%s: no index.html" % slug)
            continue
        if not os.path.isfile(os.path.join(sd, "robots.txt")):
            err("%s: no robots.txt" % slug)
        reach, broken = crawl(sd)
        dis = robots_disallows(sd)
        files = [os.path.relpath(os.path.join(dp, f), sd) for dp, _, fs in os.walk(sd) for f in fs
                 if f.endswith((".html", ".htm", ".pdf"))]
        for f in files:
            if f not in reach:
                err("%s: file %s not reachable from index.html" % (slug, f))
        for f in files:
            if f.endswith((".html", ".htm")):
                lang = load_page(sd, f)[2]
                by_lang_pages[(lang or "?").split("-")[0]] += 1
            else:
                by_lang_pages["pdf"] += 1
                pdf_file_sites.add(slug)
        if not 4 <= len(files) <= 7:
            err("%s: %d pages (want 4-7)" % (slug, len(files)))
        tot_pages += len(files)
        cache = {}

        def page(rel):
            if rel not in cache:
                if not os.path.isfile(os.path.join(sd, rel)):
                    err("%s: page %s missing" % (slug, rel))
                    cache[rel] = ("", [], None)
                else:
                    cache[rel] = load_page(sd, rel)
            return cache[rel]

        def is_dis(rel):
            return any(("/" + rel).startswith(d) for d in dis)

        keys_by_page = defaultdict(list)
        for n in s["needs"]:
            text, _, lang = page(n["page"])
            if n["kind"] not in KINDS:
                err("%s: bad kind %s" % (slug, n["kind"]))
            if n["page"] not in reach:
                err("%s: need page %s unreachable" % (slug, n["page"]))
            if is_dis(n["page"]):
                err("%s: need page %s disallowed by robots" % (slug, n["page"]))
            if lang and lang.split("-")[0] != n["page_language"]:
                err("%s: %s lang=%s but page_language=%s" % (slug, n["page"], lang, n["page_language"]))
            for lg in n["languages"]:
                if lg not in LANGS:
                    err("%s: unknown language code %s" % (slug, lg))
            if not 1 <= len(n["keys"]) <= 3:
                err("%s: need on %s has %d keys" % (slug, n["page"], len(n["keys"])))
            for k in n["keys"]:
                if k != k.lower():
                    err("%s: key not lowercase: %s" % (slug, k))
                if norm(k) not in text:
                    err("%s: need key %r not in %s" % (slug, k, n["page"]))
            keys_by_page[n["page"]].append(n["keys"])
            by_lang_needs[n["page_language"]] += 1
            lang_sites[n["page_language"]].add(slug)
            kinds[n["kind"]] += 1
            if n["page"].endswith(".pdf"):
                pdf_sites.add(slug)
        for pg, groups in keys_by_page.items():
            for i, a in enumerate(groups):
                for j, b in enumerate(groups):
                    if i != j and any(ka in kb for ka in a for kb in b):
                        err("%s: keys of needs %s / %s on %s overlap" % (slug, a, b, pg))
        for t in s["traps"]:
            text, _, _ = page(t["page"])
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
            for k in t["keys"]:
                if norm(k) not in text:
                    err("%s: trap key %r not in %s" % (slug, k, t["page"]))
                for nk in keys_by_page.get(t["page"], []):
                    if any(k in x or x in k for x in nk):
                        err("%s: trap key %r collides with need keys %s on %s" % (slug, k, nk, t["page"]))
            ttypes[t["type"]] += 1
            if t["type"] == "filled":
                _, _, tl = page(t["page"])
                filled_langs[(tl or "pdf").split("-")[0]] += 1
        tot_needs += len(s["needs"])
        tot_traps += len(s["traps"])
        rows.append((slug, len(files), len(s["needs"]), len(s["traps"]), sorted(broken)))

    print("%-42s %5s %5s %5s  broken links" % ("site", "pages", "needs", "traps"))
    for r in rows:
        print("%-42s %5d %5d %5d  %s" % (r[0], r[1], r[2], r[3], ", ".join(r[4])))
    print("TOTAL sites=%d pages=%d needs=%d traps=%d" % (len(rows), tot_pages, tot_needs, tot_traps))
    print("needs by page_language:", dict(by_lang_needs))
    print("pages by <html lang>:", dict(by_lang_pages))
    print("needs by kind:", dict(kinds))
    print("traps by type:", dict(ttypes))
    print("sites with PDF needs:", sorted(pdf_sites))
    print("sites with robots traps:", sorted(robots_sites))
    print("sites with PDF files:", len(pdf_file_sites))
    print("filled traps by page language:", dict(filled_langs))
    if len(rows) < 13: err("fewer than 13 sites")
    if tot_pages < 65: err("fewer than 65 pages")
    if by_lang_pages["pdf"] < 12: err("fewer than 12 PDFs")
    if len(pdf_file_sites) < 8: err("PDFs on fewer than 8 sites")
    if tot_needs < 110: err("fewer than 110 needs")
    if tot_traps < 180: err("fewer than 180 traps")
    if len(robots_sites) < 8: err("robots traps on fewer than 8 sites")
    target = ("en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar")
    for l in target:
        if by_lang_needs[l] < 3: err("fewer than 3 needs in %s" % l)
    for l in ("so", "hmn", "om", "vi"):
        if len(lang_sites[l]) < 2: err("%s needs on fewer than 2 sites" % l)
    share = by_lang_needs["en"] / max(tot_needs, 1)
    print("English share of needs: %.1f %%" % (100 * share))
    if not 0.40 <= share <= 0.60: err("English share %.2f outside 40-60 %%" % share)
    for l in target:
        if not filled_langs[l]: err("no filled trap on a %s page" % l)
    for want in ("filled", "event", "robots", "general_appeal", "service", "hours", "how_to_apply",
                 "job", "bio", "blog", "not_accepted"):
        if not ttypes[want]: err("no trap of type %s" % want)
    for r in rows:
        if len(r[4]) != 1: err("%s: %d broken links (want exactly 1)" % (r[0], len(r[4])))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
