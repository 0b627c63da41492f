#!/usr/bin/env python3
"""Sanity checks for the round-12 blind extraction set (stdlib only).

Adapted from round 1's checker. Usage:  python3 validate.py [ROOT]
(ROOT defaults to this directory; it must hold truth.json and sites/).

- every site has index.html; every site in sites/ has a truth entry and back
- every HTML page declares <html lang=...>; page_language agrees with it
  (for PDFs, with the /Lang entry of the Catalog)
- crawl from index.html over same-site <a href> links: every file is
  reachable; true-need pages and non-robots trap pages are reachable and
  allowed by robots.txt; robots traps are linked but disallowed
- broken links (links to files that do not exist) are counted
- text is compared after Unicode NFC normalisation, whitespace collapsing,
  lowercasing and curly-quote folding; keys must be lowercase and NFC
- every key occurs verbatim in the page's visible text (tags, comments,
  <script>/<style>/<title> stripped; PDF text taken from `(..) Tj` strings)
- 1-3 keys per need or trap; keys of different needs on one page do not
  contain one another; trap keys do not collide with need keys on that page
- each PDF has a correct xref table, startxref and stream /Length
- minimum counts and coverage of layouts / trap types; prints a summary
Prints OK, or the problems and exits 1.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(ROOT, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
NON_EN = LANGS - {"en"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours",
              "how_to_apply", "job", "blog", "faq", "not_accepted"}
REQUIRED_LAYOUTS = {"definition_list", "table_layout_caps", "role_cards", "cards_no_heading",
                    "wish_list", "shift_table", "tabs", "accordion", "details",
                    "newsletter_buried", "story", "supply_drive", "short_on", "seeking", "faq"}
REQUIRED_TRAPS = {"filled", "event", "robots", "general_appeal", "service", "hours",
                  "how_to_apply", "job", "blog", "faq"}
MIN = dict(sites=12, needs=70, traps=50, filled=20, filled_langs=3, non_en_langs=6,
           pdf_sites=3, robots_sites=2, dead_links=3, dead_link_sites=3)
PAGES_PER_SITE = (4, 6)
errors = []


def err(msg):
    errors.append(msg)


class Text(HTMLParser):
    SKIP = ("script", "style", "title", "template", "noscript")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.lang, self.saw_html = [], [], 0, None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "html" and not self.saw_html:
            self.saw_html = True
            self.lang = (a.get("lang") or "").strip() or None
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
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
    if not data.startswith(b"%PDF-1."):
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
    trailer = re.search(rb"trailer\s*<<.*?/Size (\d+)", data[xref:], re.S)
    if not trailer or int(trailer.group(1)) != n:
        err("%s: trailer /Size does not match xref" % path)
    for m in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        start = m.end()
        ln = int(m.group(1))
        if data[start + ln:start + ln + 9] != b"endstream":
            err("%s: stream length wrong at %d" % (path, start))
    if not pdf_text(data).strip():
        err("%s: no extractable text" % path)


def robots_rules(site_dir, slug):
    """Disallow rules of the `User-agent: *` group (groups may list several agents)."""
    p = os.path.join(site_dir, "robots.txt")
    rules = []
    if not os.path.exists(p):
        return rules
    agents, in_rules = [], False
    for n, line in enumerate(open(p, encoding="utf-8"), 1):
        line = line.split("#")[0].strip()
        if not line:
            continue
        k, sep, v = line.partition(":")
        if not sep:
            err("%s: robots.txt line %d has no ':'" % (slug, n))
            continue
        k, v = k.strip().lower(), v.strip()
        if k == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(v)
        elif k in ("disallow", "allow"):
            in_rules = True
            if k == "disallow" and "*" in agents and v:
                rules.append(v)
        elif k not in ("sitemap", "crawl-delay"):
            err("%s: robots.txt unknown field %r" % (slug, k))
    return rules


def load_page(site_dir, rel):
    path = os.path.join(site_dir, rel)
    if rel.endswith(".pdf"):
        check_pdf(path)
        data = open(path, "rb").read()
        m = re.search(rb"/Type /Catalog[^>]*?/Lang \(([A-Za-z-]+)\)", data)
        return norm(pdf_text(data)), [], (m.group(1).decode() if m else None), True
    p = Text()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    return norm("".join(p.parts)), p.links, p.lang, p.saw_html


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
            for href in load_page(site_dir, rel)[1]:
                u = urlparse(urljoin("http://site" + path, href))
                if u.scheme in ("http", "https") and u.netloc == "site":
                    queue.append(u.path)
    return seen, broken


def main():
    truth = json.load(open(os.path.join(ROOT, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    on_disk = sorted(d for d in os.listdir(SITES) if os.path.isdir(os.path.join(SITES, d)))
    for d in on_disk:
        if d not in sites:
            err("site directory %s has no truth entry" % d)
    tot_needs = tot_traps = tot_pages = 0
    need_lang, page_lang, kinds, layouts, ttypes = Counter(), Counter(), Counter(), Counter(), Counter()
    filled_lang = Counter()
    pdf_sites, robots_sites, dead = set(), set(), []
    rows = []
    for slug, s in sorted(sites.items()):
        sd = os.path.join(SITES, slug)
        if not os.path.isfile(os.path.join(sd, "index.html")):
            err("%s: no index.html" % slug)
            continue
        reach, broken = crawl(sd)
        dead += [(slug, b) for b in sorted(broken)]
        dis = robots_rules(sd, slug)
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
                    cache[rel] = ("", [], None, True)
                else:
                    cache[rel] = load_page(sd, rel)
            return cache[rel]

        for f in files:
            _, _, lang, saw_html = page(f)
            if f.endswith(".pdf"):
                if not lang:
                    err("%s: %s has no /Lang in its Catalog" % (slug, f))
                page_lang["pdf:" + (lang or "?").split("-")[0].lower()] += 1
                continue
            if not saw_html or not lang:
                err("%s: %s does not declare <html lang>" % (slug, f))
            else:
                code = lang.split("-")[0].lower()
                if code not in LANGS:
                    err("%s: %s has unexpected lang %r" % (slug, f, lang))
                page_lang[code] += 1
        if not PAGES_PER_SITE[0] <= len(files) <= PAGES_PER_SITE[1]:
            err("%s: %d pages (want %d-%d)" % ((slug, len(files)) + PAGES_PER_SITE))
        tot_pages += len(files)

        def is_dis(rel):
            return any(("/" + rel).startswith(d) for d in dis)

        def check_keys(what, keys, text, pg):
            if not 1 <= len(keys) <= 3:
                err("%s: %s on %s has %d keys (want 1-3)" % (slug, what, pg, len(keys)))
            for k in keys:
                if k != k.lower():
                    err("%s: key not lowercase: %r" % (slug, k))
                if k != unicodedata.normalize("NFC", k):
                    err("%s: key not NFC: %r" % (slug, k))
                if norm(k) not in text:
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
                    err("%s: bad language code %r" % (slug, l))
            if n["page"] not in reach:
                err("%s: need page %s unreachable" % (slug, n["page"]))
            if is_dis(n["page"]):
                err("%s: need page %s disallowed by robots" % (slug, n["page"]))
            if lang and lang.split("-")[0].lower() != n["page_language"]:
                err("%s: %s lang=%s but page_language=%s" % (slug, n["page"], lang, n["page_language"]))
            check_keys("need", n["keys"], text, n["page"])
            keys_by_page[n["page"]].append(n["keys"])
            need_lang[n["page_language"]] += 1
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
            text, _, lang, _ = page(t["page"])
            if t["type"] not in TRAP_TYPES:
                err("%s: bad trap type %s" % (slug, t["type"]))
            if t["page"] not in reach:
                err("%s: trap page %s unreachable (not linked)" % (slug, t["page"]))
            if t["type"] == "robots":
                robots_sites.add(slug)
                if not is_dis(t["page"]):
                    err("%s: robots trap %s not disallowed" % (slug, t["page"]))
            elif is_dis(t["page"]):
                err("%s: trap on disallowed page %s but type %s" % (slug, t["page"], t["type"]))
            check_keys("trap", t["keys"], text, t["page"])
            for k in t["keys"]:
                for nk in keys_by_page.get(t["page"], []):
                    if any(norm(k) in norm(x) or norm(x) in norm(k) for x in nk):
                        err("%s: trap key %r collides with need keys %s on %s" % (slug, k, nk, t["page"]))
            ttypes[t["type"]] += 1
            if t["type"] == "filled":
                filled_lang[(lang or "?").split("-")[0].lower()] += 1
        tot_needs += len(s["needs"])
        tot_traps += len(s["traps"])
        rows.append((slug, len(files), len(s["needs"]), len(s["traps"]), sorted(broken)))

    filled_langs = {k for k in filled_lang if k in LANGS}
    non_en = {l for l in need_lang if l in NON_EN}
    dead_sites = {s for s, _ in dead}

    print("%-34s %5s %5s %5s  broken links" % ("site", "pages", "needs", "traps"))
    for r in rows:
        print("%-34s %5d %5d %5d  %s" % (r[0], r[1], r[2], r[3], ", ".join(r[4])))
    print("TOTAL sites=%d pages=%d needs=%d traps=%d dead_links=%d (on %d sites)"
          % (len(rows), tot_pages, tot_needs, tot_traps, len(dead), len(dead_sites)))
    print("needs by page_language:", dict(need_lang.most_common()))
    print("pages by <html lang>:", dict(page_lang.most_common()))
    print("needs by kind:", dict(kinds.most_common()))
    print("needs by layout:", dict(layouts.most_common()))
    print("traps by type:", dict(ttypes.most_common()))
    print("filled traps by page lang:", dict(filled_lang.most_common()))
    print("sites with PDF needs:", sorted(pdf_sites))
    print("sites with robots traps:", sorted(robots_sites))

    if len(rows) < MIN["sites"]: err("fewer than %d sites" % MIN["sites"])
    if tot_needs < MIN["needs"]: err("fewer than %d needs" % MIN["needs"])
    if tot_traps < MIN["traps"]: err("fewer than %d traps" % MIN["traps"])
    if ttypes["filled"] < MIN["filled"]: err("fewer than %d filled traps" % MIN["filled"])
    if len(filled_langs) < MIN["filled_langs"]:
        err("filled traps in fewer than %d page languages" % MIN["filled_langs"])
    if len(non_en) < MIN["non_en_langs"]:
        err("needs in only %d non-English languages %s (want %d)" % (len(non_en), sorted(non_en), MIN["non_en_langs"]))
    if len(pdf_sites) < MIN["pdf_sites"]: err("fewer than %d sites with PDF needs" % MIN["pdf_sites"])
    if len(robots_sites) < MIN["robots_sites"]: err("fewer than %d robots sites" % MIN["robots_sites"])
    if len(dead) < MIN["dead_links"]: err("fewer than %d dead links" % MIN["dead_links"])
    if len(dead_sites) < MIN["dead_link_sites"]: err("dead links on fewer than %d sites" % MIN["dead_link_sites"])
    missing = REQUIRED_LAYOUTS - set(layouts)
    if missing: err("layouts not covered: %s" % sorted(missing))
    missing = REQUIRED_TRAPS - set(ttypes)
    if missing: err("trap types not covered: %s" % sorted(missing))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
