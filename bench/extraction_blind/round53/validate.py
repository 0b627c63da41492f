#!/usr/bin/env python3
"""Sanity checks for blind extraction round 53 (stdlib only).

Adapted from round 34's validate.py (itself from rounds 33 / 32 / 30 / 1).
What changed for round 53:

* keys are compared DIACRITIC-FOLDED (NFKD, combining marks on Latin letters
  dropped, d-stroke -> d, curly quotes -> straight, lowercased, whitespace
  collapsed) against the folded page text, PDF text included (FlateDecode
  content streams are inflated first);
* a need's keys must occur in the part of the page written in its
  `page_language`: the page's <html lang>, or an element carrying its own
  `lang` attribute (multilingual pages); PDFs carry /Lang in the catalog;
* every <html lang> (and every element lang) is one of the 9 target languages
  and the visible text in it is written in the script that language implies
  (Latin; Ethiopic for am; Arabic for ar; Myanmar for kar);
* robots.txt is parsed by user-agent GROUP (consecutive User-agent lines share
  the rules below them); the set is evaluated for a crawler whose token is
  named in no group, i.e. the `*` group, with longest-match and Allow winning
  ties (RFC 9309). Every site must have robots.txt;
* the crawl does not follow links out of robots-disallowed pages; every robots
  trap page must be linked from an ALLOWED page;
* towns: each site's town (TOWNS below) must not be in /tmp/r53/used_towns.txt
  and must not appear as a dash-bounded token run of any slug in
  /tmp/r53/used_slugs.txt; the slug itself must be new;
* keys: 1-3 per need, each <= 40 characters, lowercase; need keys on one page
  (in one language part) do not contain one another; trap keys do not collide
  with need keys on the same page;
* exactly one broken internal link per site;
* round 53 minimums (see MIN below).
"""
import html
import json
import os
import re
import sys
import unicodedata
import zlib
from collections import Counter, defaultdict
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "sites")
KINDS = {"volunteer", "skilled", "donation", "other"}
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am", "ar"}
TRAP_TYPES = {"filled", "event", "robots", "general_appeal", "service", "hours", "recap", "bio",
              "offer", "how_to_apply", "job", "blog", "teaser", "not_accepted", "overstock",
              "donor_list"}
USED_SLUGS = "/tmp/r53/used_slugs.txt"
USED_TOWNS = "/tmp/r53/used_towns.txt"
MIN = {"sites": 12, "pages": 65, "pdfs": 10, "pdf_need_sites": 8, "needs": 110, "traps": 200,
       "per_language": 4, "robots_sites": 6}
# town part of each slug
TOWNS = {
    "lyle-sgaw-karen-baptist-church": "lyle",
    "cosmos-hmong-growers-cooperative": "cosmos",
    "storden-centro-campesino": "storden",
    "kensington-hawwii-oromo-center": "kensington",
    "ostrander-kidus-giorgis-church": "ostrander",
    "garrison-al-huda-family-center": "garrison",
    "wykoff-chua-quang-minh": "wykoff",
    "milan-dalsan-family-center": "milan",
    "winthrop-tenants-association": "winthrop",
    "hendricks-prairie-free-clinic": "hendricks",
    "motley-elementary-pto": "motley",
    "floodwood-area-food-shelf": "floodwood",
}
errors = []


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- folding
_MAP = str.maketrans({"\u0111": "d", "\u0110": "D", "\u0142": "l", "\u0141": "L", "\u00f8": "o",
                      "\u00d8": "O", "\u00df": "ss", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
                      "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "})


def _latin(ch):
    return ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"


def fold(s):
    s = unicodedata.normalize("NFKD", s.translate(_MAP))
    out, prev_latin = [], False
    for ch in s:
        if unicodedata.category(ch) == "Mn":
            if prev_latin:
                continue
        else:
            prev_latin = _latin(ch)
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out)).lower()
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- scripts
def script_of(ch):
    o = ord(ch)
    if 0x1200 <= o <= 0x139F or 0x2D80 <= o <= 0x2DDF or 0xAB00 <= o <= 0xAB2F:
        return "ethiopic"
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
        return "arabic"
    if 0x1000 <= o <= 0x109F or 0xA9E0 <= o <= 0xA9FF or 0xAA60 <= o <= 0xAA7F:
        return "myanmar"
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF or 0x0300 <= o <= 0x036F:
        return "latin"
    return "other"


SCRIPT = {"am": "ethiopic", "ar": "arabic", "kar": "myanmar"}


def check_script(where, lang, text):
    want = SCRIPT.get(lang, "latin")
    c = Counter(script_of(ch) for ch in text if unicodedata.category(ch)[0] in "LM")
    total = sum(c.values())
    if not total:
        return err("%s: no letters in the %s text" % (where, lang))
    share = c[want] / total
    need = 0.5 if want != "latin" else 0.9
    if share < need:
        err("%s: only %.0f%% of the %s text is %s script" % (where, 100 * share, lang, want))


# ---------------------------------------------------------------- HTML
class Text(HTMLParser):
    VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.links, self.skip, self.lang = [], [], 0, None
        self.stack = []  # (tag, lang) for elements carrying a lang attribute
        self.langs = set()

    def cur(self):
        return self.stack[-1][1] if self.stack else (self.lang or "?")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "html" and self.lang is None:
            self.lang = (a.get("lang") or "?").split("-")[0]
            self.langs.add(self.lang)
        elif a.get("lang") and tag not in self.VOID:
            lg = a["lang"].split("-")[0]
            self.stack.append((tag, lg))
            self.langs.add(lg)
        self.parts.append((self.cur(), " "))

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if self.stack and self.stack[-1][0] == tag:
            self.stack.pop()
        self.parts.append((self.cur(), " "))

    def handle_data(self, data):
        if not self.skip:
            self.parts.append((self.cur(), data))


class Page:
    def __init__(self, text_by_lang, links, lang, langs):
        self.by_lang = text_by_lang          # lang -> raw text
        self.links, self.lang, self.langs = links, lang, langs
        self.folded = fold(" ".join(text_by_lang.values()))
        self.folded_by_lang = {k: fold(v) for k, v in text_by_lang.items()}


# ---------------------------------------------------------------- PDF
def pdf_streams(data):
    for m in re.finditer(rb"<<([^<>]*)>>\s*stream\r?\n", data):
        d = m.group(1)
        ln = re.search(rb"/Length (\d+)", d)
        if not ln:
            continue
        raw = data[m.end():m.end() + int(ln.group(1))]
        if b"/FlateDecode" in d:
            raw = zlib.decompress(raw)
        yield raw


def pdf_text(data):
    text = []
    for raw in pdf_streams(data):
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
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
    for m in re.finditer(rb"/Length (\d+)[^>]*>>\nstream\n", data):
        start = m.end()
        ln = int(m.group(1))
        tail = data[start + ln:start + ln + 10]
        if not (tail.startswith(b"endstream") or tail.startswith(b"\nendstream")):
            err("%s: stream length wrong at %d" % (path, start))
    lm = re.search(rb"/Type /Catalog[^>]*/Lang \(([a-z]+)\)", data)
    return lm.group(1).decode() if lm else None


# ---------------------------------------------------------------- robots
def robots_rules(site_dir):
    """Rules of the group that applies to a crawler named in no group (`*`)."""
    p = os.path.join(site_dir, "robots.txt")
    if not os.path.exists(p):
        err("%s: no robots.txt" % os.path.basename(site_dir))
        return []
    groups, cur, in_agents = [], None, False
    for line in open(p, encoding="utf-8"):
        line = line.split("#")[0].strip()
        if not line or ":" not in line:
            continue
        k, _, v = line.partition(":")
        k, v = k.strip().lower(), v.strip()
        if k == "user-agent":
            if not in_agents:
                cur = {"agents": [], "rules": []}
                groups.append(cur)
                in_agents = True
            cur["agents"].append(v.lower())
        elif k in ("allow", "disallow"):
            in_agents = False
            if cur is not None:
                cur["rules"].append((k, v))
        else:
            in_agents = False
    rules = []
    for g in groups:
        if "*" in g["agents"]:
            rules += g["rules"]
    return rules


def allowed(rules, path):
    best = None  # (len, is_allow)
    for k, v in rules:
        if not v:
            continue
        if "*" in v or "$" in v:
            err("wildcards are not used in this round's robots.txt files")
        if path.startswith(v):
            cand = (len(v), k == "allow")
            if best is None or cand > best:
                best = cand
    return best is None or best[1]


# ---------------------------------------------------------------- site
def load_page(site_dir, rel):
    path = os.path.join(site_dir, rel)
    if rel.endswith(".pdf"):
        lang = check_pdf(path) or "?"
        t = pdf_text(open(path, "rb").read())
        return Page({lang: t}, [], lang, {lang})
    p = Text()
    p.feed(open(path, encoding="utf-8").read())
    by = defaultdict(str)
    for lg, t in p.parts:
        by[lg] += t
    by = {k: html.unescape(v) for k, v in by.items()}
    return Page(by, p.links, p.lang, p.langs)


def crawl(site_dir, rules):
    """Crawl from /index.html, not following links out of disallowed pages.
    Returns (reached, broken, linked_from_allowed)."""
    seen, broken, from_allowed, queue = set(), set(), set(), [("/index.html", True)]
    while queue:
        url, parent_ok = queue.pop()
        path = urlparse(url).path
        if path.endswith("/"):
            path += "index.html"
        rel = path.lstrip("/")
        if parent_ok:
            from_allowed.add(rel)
        if rel in seen or rel in broken:
            continue
        full = os.path.join(site_dir, rel)
        if not os.path.isfile(full):
            broken.add(rel)
            continue
        seen.add(rel)
        ok = allowed(rules, "/" + rel)
        if rel.endswith((".html", ".htm")) and ok:
            for href in load_page(site_dir, rel).links:
                u = urlparse(urljoin("http://site" + path, href))
                if u.scheme in ("http", "https") and u.netloc == "site":
                    queue.append((u.path, True))
    return seen, broken, from_allowed


def main():
    truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
    sites = truth["sites"]
    tot_needs = tot_traps = tot_pages = 0
    by_lang_needs, by_lang_pages, kinds, ttypes, layouts = Counter(), Counter(), Counter(), Counter(), Counter()
    pdf_sites, robots_sites = set(), set()
    rows = []
    # ---- slugs and towns
    used = [l.strip() for l in open(USED_SLUGS, encoding="utf-8") if l.strip()]
    used_towns = {re.sub(r"[\s\-]+", " ", l.strip().lower()) for l in open(USED_TOWNS, encoding="utf-8") if l.strip()}
    for slug in sites:
        if slug in used:
            err("%s: slug used by an earlier round" % slug)
        town = TOWNS.get(slug)
        if not town:
            err("%s: no town recorded in TOWNS" % slug)
            continue
        if not slug.startswith(town + "-"):
            err("%s: slug does not start with its town %s" % (slug, town))
        if town.replace("-", " ") in used_towns:
            err("%s: town %s is in used_towns.txt" % (slug, town))
        for u in used:
            if ("-" + town + "-") in ("-" + u + "-"):
                err("%s: town %s already used by %s" % (slug, town, u))
    if len(set(TOWNS.values())) != len(TOWNS):
        err("two sites share a town")
    # ---- sites
    for slug, s in sorted(sites.items()):
        sd = os.path.join(SITES, slug)
        if not os.path.isfile(os.path.join(sd, "index.html")):
            err("%s: no index.html" % slug)
            continue
        rules = robots_rules(sd)
        reach, broken, from_allowed = crawl(sd, rules)
        files = sorted(os.path.relpath(os.path.join(dp, f), sd) for dp, _, fs in os.walk(sd) for f in fs
                       if f.endswith((".html", ".htm", ".pdf")))
        cache = {}

        def page(rel):
            if rel not in cache:
                if not os.path.isfile(os.path.join(sd, rel)):
                    err("%s: page %s missing" % (slug, rel))
                    cache[rel] = Page({"?": ""}, [], "?", {"?"})
                else:
                    cache[rel] = load_page(sd, rel)
            return cache[rel]

        for f in files:
            if f not in reach:
                err("%s: file %s not reachable from index.html" % (slug, f))
            pg = page(f)
            if f.endswith(".pdf"):
                by_lang_pages["pdf:" + pg.lang] += 1
                if pg.lang not in LANGS:
                    err("%s: %s has no /Lang in the target set" % (slug, f))
            else:
                by_lang_pages[pg.lang] += 1
            for lg in pg.langs:
                if lg not in LANGS:
                    err("%s: %s uses lang=%s outside the target set" % (slug, f, lg))
            for lg, t in pg.by_lang.items():
                if lg in LANGS and t.strip():
                    check_script("%s/%s" % (slug, f), lg, t)
        if not 4 <= len(files) <= 7:
            err("%s: %d pages (want 4-7)" % (slug, len(files)))
        tot_pages += len(files)

        def is_dis(rel):
            return not allowed(rules, "/" + rel)

        keys_by_page = defaultdict(list)
        for n in s["needs"]:
            pg = page(n["page"])
            lang = n["page_language"]
            if n["kind"] not in KINDS:
                err("%s: bad kind %s" % (slug, n["kind"]))
            if n["page"] not in reach:
                err("%s: need page %s unreachable" % (slug, n["page"]))
            if is_dis(n["page"]):
                err("%s: need page %s disallowed by robots" % (slug, n["page"]))
            if lang not in pg.langs:
                err("%s: %s has no %s part (langs %s)" % (slug, n["page"], lang, sorted(pg.langs)))
            for lg in n["languages"]:
                if lg not in LANGS:
                    err("%s: unknown language code %s" % (slug, lg))
            if not 1 <= len(n["keys"]) <= 3:
                err("%s: need on %s has %d keys" % (slug, n["page"], len(n["keys"])))
            for k in n["keys"]:
                if k != k.lower():
                    err("%s: key not lowercase: %s" % (slug, k))
                if len(k) > 40:
                    err("%s: key longer than 40 chars: %s" % (slug, k))
                if fold(k) not in pg.folded_by_lang.get(lang, ""):
                    err("%s: need key %r not in the %s text of %s" % (slug, k, lang, n["page"]))
            keys_by_page[n["page"]].append([fold(k) for k in n["keys"]])
            by_lang_needs[lang] += 1
            kinds[n["kind"]] += 1
            layouts[n.get("layout", "-")] += 1
            if n["page"].endswith(".pdf"):
                pdf_sites.add(slug)
        for pgname, groups in keys_by_page.items():
            for i, a in enumerate(groups):
                for j, b in enumerate(groups):
                    if i != j and any(ka in kb for ka in a for kb in b):
                        err("%s: keys of needs %s / %s on %s overlap" % (slug, a, b, pgname))
        for t in s["traps"]:
            pg = page(t["page"])
            if t["type"] not in TRAP_TYPES:
                err("%s: bad trap type %s" % (slug, t["type"]))
            if t["page"] not in reach:
                err("%s: trap page %s unreachable (not linked)" % (slug, t["page"]))
            if t["type"] == "robots":
                robots_sites.add(slug)
                if not is_dis(t["page"]):
                    err("%s: robots trap %s not disallowed" % (slug, t["page"]))
                if t["page"] not in from_allowed:
                    err("%s: robots trap page %s not linked from an allowed page" % (slug, t["page"]))
            elif is_dis(t["page"]):
                err("%s: trap %s on disallowed page but type %s" % (slug, t["page"], t["type"]))
            if not t["keys"]:
                err("%s: trap on %s has no keys" % (slug, t["page"]))
            for k in t["keys"]:
                if k != k.lower():
                    err("%s: trap key not lowercase: %s" % (slug, k))
                fk = fold(k)
                if fk not in pg.folded:
                    err("%s: trap key %r not in %s" % (slug, k, t["page"]))
                for nk in keys_by_page.get(t["page"], []):
                    if any(fk in x or x in fk for x in nk):
                        err("%s: trap key %r collides with need keys %s on %s" % (slug, k, nk, t["page"]))
            ttypes[t["type"]] += 1
        tot_needs += len(s["needs"])
        tot_traps += len(s["traps"])
        if len(broken) != 1:
            err("%s: %d broken internal links %s (want exactly 1)" % (slug, len(broken), sorted(broken)))
        rows.append((slug, len(files), sum(f.endswith(".pdf") for f in files), len(s["needs"]),
                     len(s["traps"]), sorted(broken)))

    print("%-36s %5s %4s %5s %5s  broken link" % ("site", "pages", "pdfs", "needs", "traps"))
    for r in rows:
        print("%-36s %5d %4d %5d %5d  %s" % (r[0], r[1], r[2], r[3], r[4], ", ".join(r[5])))
    n_pdfs = sum(r[2] for r in rows)
    print("TOTAL sites=%d pages=%d pdfs=%d needs=%d traps=%d" % (len(rows), tot_pages, n_pdfs, tot_needs, tot_traps))
    print("needs by page_language:", dict(by_lang_needs.most_common()))
    print("pages by language:", dict(by_lang_pages.most_common()))
    print("needs by kind:", dict(kinds.most_common()))
    print("needs by layout:", dict(layouts.most_common()))
    print("traps by type:", dict(ttypes.most_common()))
    print("sites with PDF needs (%d):" % len(pdf_sites), sorted(pdf_sites))
    print("sites with robots traps (%d):" % len(robots_sites), sorted(robots_sites))
    if len(rows) < MIN["sites"]: err("fewer than %d sites" % MIN["sites"])
    if tot_pages < MIN["pages"]: err("fewer than %d pages" % MIN["pages"])
    if n_pdfs < MIN["pdfs"]: err("fewer than %d PDFs" % MIN["pdfs"])
    if tot_needs < MIN["needs"]: err("fewer than %d needs" % MIN["needs"])
    if tot_traps < MIN["traps"]: err("fewer than %d traps" % MIN["traps"])
    if len(pdf_sites) < MIN["pdf_need_sites"]: err("fewer than %d sites with PDF needs" % MIN["pdf_need_sites"])
    if len(robots_sites) < MIN["robots_sites"]: err("fewer than %d robots sites" % MIN["robots_sites"])
    for l in sorted(LANGS - {"en"}):
        if by_lang_needs[l] < MIN["per_language"]:
            err("only %d needs in %s" % (by_lang_needs[l], l))
    if not by_lang_needs["en"]:
        err("no English needs")
    if errors:
        print("\nERRORS (%d):" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
