#!/usr/bin/env python3
"""Checks for blind extraction round 55 (stdlib only; pypdf used for an extra check when importable).

* truth.json schema: needs have page, keys, kind, page_language, languages, layout, note;
  traps have page, type, keys, note; kinds, trap types and language codes are from fixed sets
* slugs are new (not in /tmp/r55/used_slugs.txt) and no town of this round appears as a
  dash-bounded token run in an earlier slug
* every site has index.html and robots.txt; every truth page exists
* crawl from /index.html over same-site <a href> links: every HTML/PDF file is reachable; need pages
  and non-robots trap pages are allowed by robots.txt; robots traps are linked but disallowed;
  exactly one broken internal link per site
* every key is lowercase and occurs in the page's visible text (tags, comments, scripts and styles
  stripped; PDF text from `(..) Tj` strings; if pypdf is importable, also in pypdf's text)
* page_language agrees with <html lang>; every HTML page declares lang (except the pages of the
  FrontPage-era site listed in NO_LANG_OK, which are English without a lang attribute)
* keys of different needs on one page do not contain one another; trap keys do not collide with
  need keys on the same page
* each PDF has a correct xref table and stream lengths
* minimum counts; prints a summary
"""
import html
import io
import json
import os
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
USED_SLUGS = "/tmp/r55/used_slugs.txt"
KINDS = {"volunteer", "skilled", "donation", "other"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours", "recap", "bio", "offer",
              "how_to_apply", "job", "blog"}
NEED_FIELDS = ("page", "keys", "kind", "page_language", "languages", "layout", "note")
TRAP_FIELDS = ("page", "type", "keys", "note")
TOWNS = {
    "cottonwood-karen-morning-star-church": "cottonwood",
    "winnebago-ubah-somali-center": "winnebago",
    "morton-despensa-el-sembrador": "morton",
    "aurora-hmong-family-circle": "aurora",
    "gilbert-tinh-thuong-senior-center": "gilbert",
    "pillager-riverview-residents-association": "pillager",
    "glyndon-oromo-welcome-center": "glyndon",
    "harris-bete-mariam-orthodox-church": "harris",
    "kingston-al-raha-family-center": "kingston",
    "darwin-senior-friendship-center": "darwin",
    "danube-first-steps-resettlement": "danube",
    "trimont-elementary-pto": "trimont",
}
# FrontPage-era site whose pages carry no lang attribute on purpose (the extractor must detect English)
NO_LANG_OK = {"darwin-senior-friendship-center"}
MIN = {"sites": 12, "pages": 65, "pdfs": 10, "needs": 110, "traps": 200}

try:
    import pypdf  # optional
except Exception:  # pragma: no cover
    pypdf = None

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
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
        s = m.group(1)
        s = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
        s = re.sub(rb"\\(.)", rb"\1", s)
        out.append(s.decode("cp1252"))
    return " ".join(out)


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
    n, pos = int(hdr.group(1)), xref + hdr.end()
    for i in range(n):
        entry = data[pos + 20 * i: pos + 20 * (i + 1)]
        if len(entry) != 20 or not entry.endswith(b" \n"):
            err("%s: xref entry %d malformed" % (path, i))
            continue
        if i and not data[int(entry[:10]):].startswith(b"%d 0 obj" % i):
            err("%s: xref offset for obj %d wrong" % (path, i))
    for m in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        start, ln = m.end(), int(m.group(1))
        if data[start + ln:start + ln + 9] != b"endstream":
            err("%s: stream length wrong at %d" % (path, start))


def pypdf_text(path):
    reader = pypdf.PdfReader(io.BytesIO(open(path, "rb").read()))
    return norm(" ".join(p.extract_text() or "" for p in reader.pages))


def robots_disallows(site_dir):
    p = os.path.join(site_dir, "robots.txt")
    rules, active = [], False
    if not os.path.exists(p):
        err("%s: no robots.txt" % site_dir)
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
        path = urlparse(queue.pop()).path
        if path.endswith("/"):
            path += "index.html"
        rel = path.lstrip("/")
        if rel in seen or rel in broken:
            continue
        if not os.path.isfile(os.path.join(site_dir, rel)):
            broken.add(rel)
            continue
        seen.add(rel)
        if rel.endswith((".html", ".htm")):
            for href in load_page(site_dir, rel)[1]:
                u = urlparse(urljoin("http://site" + path, href))
                if u.scheme in ("http", "https") and u.netloc == "site":
                    queue.append(u.path)
    return seen, broken


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    if os.path.exists(USED_SLUGS):
        used = [l.strip() for l in open(USED_SLUGS, encoding="utf-8") if l.strip()]
        for slug in sites:
            if slug in used:
                err("%s: slug used by an earlier round" % slug)
            town = TOWNS.get(slug)
            if not town:
                err("%s: no town recorded" % slug)
                continue
            for u in used:
                if ("-" + town + "-") in ("-" + u + "-"):
                    err("%s: town %s already used by %s" % (slug, town, u))
    else:
        print("warning: %s not found, slug check skipped" % USED_SLUGS)

    tot = Counter()
    by_lang_needs, by_lang_pages, kinds, ttypes, layouts = Counter(), Counter(), Counter(), Counter(), Counter()
    pdf_sites, robots_sites, rows = set(), set(), []
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
            if f.endswith((".html", ".htm")):
                lang = load_page(sd, f)[2]
                if not lang and slug not in NO_LANG_OK:
                    err("%s: %s has no <html lang>" % (slug, f))
                by_lang_pages[(lang or "?").split("-")[0]] += 1
            else:
                by_lang_pages["pdf"] += 1
                tot["pdfs"] += 1
        if not 4 <= len(files) <= 8:
            err("%s: %d pages (want 4-8)" % (slug, len(files)))
        if len(broken) != 1:
            err("%s: %d broken internal links (want exactly 1): %s" % (slug, len(broken), sorted(broken)))
        tot["pages"] += len(files)
        cache, pcache = {}, {}

        def page(rel):
            if rel not in cache:
                if not os.path.isfile(os.path.join(sd, rel)):
                    err("%s: page %s missing" % (slug, rel))
                    cache[rel] = ("", [], None)
                else:
                    cache[rel] = load_page(sd, rel)
            return cache[rel]

        def alt_text(rel):
            if pypdf is None or not rel.endswith(".pdf"):
                return None
            if rel not in pcache:
                pcache[rel] = pypdf_text(os.path.join(sd, rel))
            return pcache[rel]

        def is_dis(rel):
            return any(("/" + rel).startswith(d) for d in dis)

        def check_keys(what, keys, rel, text):
            for k in keys:
                if k != k.lower():
                    err("%s: key not lowercase: %r" % (slug, k))
                if norm(k) not in text:
                    err("%s: %s key %r not in %s" % (slug, what, k, rel))
                alt = alt_text(rel)
                if alt is not None and norm(k) not in alt:
                    err("%s: %s key %r not in pypdf text of %s" % (slug, what, k, rel))

        keys_by_page = defaultdict(list)
        for n in s["needs"]:
            for fld in NEED_FIELDS:
                if fld not in n:
                    err("%s: need on %s lacks %s" % (slug, n.get("page"), fld))
            text, _, lang = page(n["page"])
            if n["kind"] not in KINDS:
                err("%s: bad kind %s" % (slug, n["kind"]))
            if n["page"] not in reach:
                err("%s: need page %s unreachable" % (slug, n["page"]))
            if is_dis(n["page"]):
                err("%s: need page %s disallowed by robots" % (slug, n["page"]))
            if n["page_language"] not in LANGS:
                err("%s: bad page_language %s" % (slug, n["page_language"]))
            if lang and lang.split("-")[0] != n["page_language"]:
                err("%s: %s lang=%s but page_language=%s" % (slug, n["page"], lang, n["page_language"]))
            for lg in n["languages"]:
                if lg not in LANGS:
                    err("%s: unknown language code %s" % (slug, lg))
            if not 1 <= len(n["keys"]) <= 4:
                err("%s: need on %s has %d keys" % (slug, n["page"], len(n["keys"])))
            check_keys("need", n["keys"], n["page"], text)
            keys_by_page[n["page"]].append(n["keys"])
            by_lang_needs[n["page_language"]] += 1
            kinds[n["kind"]] += 1
            layouts[n["layout"]] += 1
            if n["page"].endswith(".pdf"):
                pdf_sites.add(slug)
        for pg, groups in keys_by_page.items():
            for i, a in enumerate(groups):
                for j, b in enumerate(groups):
                    if i != j and any(ka in kb for ka in a for kb in b):
                        err("%s: keys of needs %s / %s on %s overlap" % (slug, a, b, pg))
        for t in s["traps"]:
            for fld in TRAP_FIELDS:
                if fld not in t:
                    err("%s: trap on %s lacks %s" % (slug, t.get("page"), fld))
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
            if not 1 <= len(t["keys"]) <= 4:
                err("%s: trap on %s has %d keys" % (slug, t["page"], len(t["keys"])))
            check_keys("trap", t["keys"], t["page"], text)
            for k in t["keys"]:
                for nk in keys_by_page.get(t["page"], []):
                    if any(k in x or x in k for x in nk):
                        err("%s: trap key %r collides with need keys %s on %s" % (slug, k, nk, t["page"]))
            ttypes[t["type"]] += 1
        tot["needs"] += len(s["needs"])
        tot["traps"] += len(s["traps"])
        rows.append((slug, len(files), len(s["needs"]), len(s["traps"]), sorted(broken)))

    tot["sites"] = len(rows)
    print("%-42s %5s %5s %5s  broken link" % ("site", "pages", "needs", "traps"))
    for r in rows:
        print("%-42s %5d %5d %5d  %s" % (r[0], r[1], r[2], r[3], ", ".join(r[4])))
    print("TOTAL sites=%d pages=%d (pdf %d) needs=%d traps=%d" % (
        tot["sites"], tot["pages"], tot["pdfs"], tot["needs"], tot["traps"]))
    print("needs by page_language:", dict(by_lang_needs.most_common()))
    print("pages by <html lang>:", dict(by_lang_pages.most_common()))
    print("needs by kind:", dict(kinds.most_common()))
    print("needs by layout:", dict(layouts.most_common()))
    print("traps by type:", dict(ttypes.most_common()))
    print("sites with PDF needs: %d; sites with robots traps: %d" % (len(pdf_sites), len(robots_sites)))
    print("pypdf cross-check:", "on" if pypdf else "off (pypdf not importable)")
    for k, v in MIN.items():
        if tot[k] < v:
            err("fewer than %d %s" % (v, k))
    if len(pdf_sites) < 10:
        err("fewer than 10 sites with PDF needs")
    if len(robots_sites) < 5:
        err("fewer than 5 sites with robots traps")
    missing = sorted(l for l in LANGS if not by_lang_needs[l])
    if missing:
        err("no needs in %s" % missing)
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
