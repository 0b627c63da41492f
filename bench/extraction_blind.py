"""Score need extraction on a blind round of sites: crawl each site over real HTTP, extract.

Usage:
    .venv/bin/python bench/extraction_blind.py ROUND [--version current|v1|v2...] [--verbose]

``ROUND`` is a directory written blind (its author never read the extractor):
``ROUND/sites/<slug>/`` holds a static site (``index.html``, ``robots.txt``, PDFs…) and
``ROUND/truth.json`` lists, per site, the true needs (page, keys, kind, page_language,
languages) and the traps (filled items, events, robots-disallowed pages, services…).

Each site is served at the root of its own ``http://127.0.0.1:<port>/`` and crawled from
``/`` with the real direct fetcher (robots.txt, size caps) and the crawl of the chosen
version; every fetched page goes through that version's extractor.

Scoring.  An extracted need *matches* a true need of the same page when its title
contains one of the need's keys (case- and accent-insensitive); matching is one-to-one
(maximum bipartite).  precision = matched / extracted, recall = matched / true needs.
A *trap hit* is an unmatched extraction whose title contains a trap's key on the trap's
page, or any extraction from a robots-disallowed page.  A lenient figure (key in title or
the first 300 characters of the description) is printed beside the strict one.  For
matched needs the kind, page language and required languages are compared when the
version produces them.

``--version`` picks a frozen extractor kept under ``bench/extraction_frozen/<name>/`` (each
was scored once on a blind round and is kept so its row can be re-run) or ``current``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import logging
import os
import sys
import threading
import unicodedata
from collections import Counter, defaultdict
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
os.environ["FETCH_ALLOW_PRIVATE_ADDRESSES"] = "1"  # the sites are served on 127.0.0.1

import django  # noqa: E402

django.setup()
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("needs").setLevel(logging.WARNING)

from bench.extraction_quality import one_to_one  # noqa: E402
from organizations.fetching.direct import DirectFetcher  # noqa: E402


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002
        return


def serve(directory: Path):
    handler = functools.partial(_Quiet, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]

    def stop():
        server.shutdown()
        server.server_close()

    return f"http://{host}:{port}/", stop


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").casefold())
    return " ".join("".join(ch for ch in text if not unicodedata.combining(ch)).split())


def load_version(name: str):
    if name == "current":
        return importlib.import_module("bench.extraction_current")
    return importlib.import_module(f"bench.extraction_frozen.{name}")


def match(extracted: list[dict], truths: list[dict], lenient: bool) -> list[tuple[int, int]]:
    """One-to-one (maximum bipartite) matching of truth needs to extracted needs."""

    def text_of(need: dict) -> str:
        text = need["title"]
        if lenient:
            text += " " + (need.get("description") or "")[:300]
        return fold(text)

    texts = [text_of(e) for e in extracted]
    return one_to_one([[j for j, t in enumerate(texts) if any(fold(k) in t for k in truth["keys"])]
                       for truth in truths])


def page_key(url: str, base: str) -> str:
    path = unquote(urlsplit(url).path)
    rel = path[len(urlsplit(base).path):] if path.startswith(urlsplit(base).path) else path
    rel = rel.lstrip("/")
    return rel or "index.html"


def score_round(round_dir: Path, version: str, verbose: bool) -> dict:
    truth = json.loads((round_dir / "truth.json").read_text(encoding="utf-8"))["sites"]
    module = load_version(version)
    totals = Counter()
    by_lang = defaultdict(Counter)
    attrs = Counter()
    trap_types = Counter()
    confusion = Counter()
    lines = []
    for slug in sorted(truth):
        site = truth[slug]
        base, stop = serve(round_dir / "sites" / slug)
        try:
            with DirectFetcher() as fetcher:
                outcome = module.crawl_site([base], fetcher)
                pages = {}
                for page in outcome.pages:
                    key = page_key(page.final_url, base)
                    if key.endswith("/"):
                        key += "index.html"
                    pages[key] = module.extract(page)
        finally:
            stop()
        robots_pages = {t["page"] for t in site.get("traps", []) if t["type"] == "robots"}
        site_counts = Counter()
        for page_name in sorted(set(pages) | {n["page"] for n in site["needs"]}):
            extracted = pages.get(page_name, [])
            truths = [n for n in site["needs"] if n["page"] == page_name]
            traps = [t for t in site.get("traps", []) if t["page"] == page_name]
            strict = match(extracted, truths, lenient=False)
            lenient = match(extracted, truths, lenient=True)
            matched_e = {j for _, j in strict}
            site_counts["extracted"] += len(extracted)
            site_counts["true"] += len(truths)
            site_counts["matched"] += len(strict)
            site_counts["lenient"] += len(lenient)
            for n in truths:
                by_lang[n.get("page_language", "?")]["true"] += 1
            for i, j in strict:
                t, e = truths[i], extracted[j]
                by_lang[t.get("page_language", "?")]["matched"] += 1
                if e.get("kind") is not None:
                    attrs["kind_n"] += 1
                    attrs["kind_ok"] += e["kind"] == t.get("kind")
                    if e["kind"] != t.get("kind"):
                        confusion[(t.get("kind"), e["kind"])] += 1
                if e.get("page_language") is not None:
                    attrs["lang_n"] += 1
                    attrs["lang_ok"] += fold(e["page_language"]) == fold(t.get("page_language"))
                if e.get("languages") is not None:
                    attrs["req_n"] += 1
                    attrs["req_ok"] += set(e["languages"]) == set(t.get("languages") or [])
            for j, e in enumerate(extracted):
                if j in matched_e:
                    continue
                hit = None
                if page_name in robots_pages:
                    hit = "robots"
                for trap in traps:
                    if any(fold(k) in fold(e["title"]) for k in trap["keys"]):
                        hit = trap["type"]
                if hit:
                    site_counts["trap_hits"] += 1
                    trap_types[hit] += 1
                if verbose:
                    lines.append(f"  EXTRA  {slug}/{page_name}: {e['title']!r}"
                                 + (f"  [trap: {hit}]" if hit else ""))
            if verbose:
                got = {i for i, _ in strict}
                for i, t in enumerate(truths):
                    if i not in got:
                        titles = [e["title"] for e in extracted]
                        lines.append(f"  MISS   {slug}/{page_name}: {t['keys']} "
                                     f"(page {'fetched' if page_name in pages else 'NOT fetched'}"
                                     f"; titles there: {titles[:6]})")
        totals.update(site_counts)
        totals["traps"] += len(site.get("traps", []))
        p = site_counts["matched"] / site_counts["extracted"] if site_counts["extracted"] else 1
        r = site_counts["matched"] / site_counts["true"] if site_counts["true"] else 1
        print(f"{slug:40s} pages {len(pages):2d}  true {site_counts['true']:3d}  "
              f"extracted {site_counts['extracted']:3d}  matched {site_counts['matched']:3d}  "
              f"P {p:.2f} R {r:.2f}  trap hits {site_counts['trap_hits']}  crawl {outcome.status}")
    if verbose:
        print("\n".join(lines))
    precision = totals["matched"] / totals["extracted"] if totals["extracted"] else 0
    recall = totals["matched"] / totals["true"] if totals["true"] else 0
    lenient_p = totals["lenient"] / totals["extracted"] if totals["extracted"] else 0
    lenient_r = totals["lenient"] / totals["true"] if totals["true"] else 0
    print(f"\n{round_dir.name} / extractor {version}: {len(truth)} sites, {totals['true']} true "
          f"needs, {totals['traps']} traps")
    print(f"extracted {totals['extracted']}, matched {totals['matched']}: "
          f"precision {precision:.2f}, recall {recall:.2f} "
          f"(lenient: {lenient_p:.2f} / {lenient_r:.2f}); trap hits {totals['trap_hits']} "
          f"{dict(trap_types)}")
    for lang, c in sorted(by_lang.items()):
        print(f"  {lang:4s} recall {c['matched']}/{c['true']} = {c['matched'] / c['true']:.2f}")
    for name, label in (("kind", "kind"), ("lang", "page language"), ("req", "languages")):
        if attrs[f"{name}_n"]:
            print(f"  {label} agrees on {attrs[f'{name}_ok']}/{attrs[f'{name}_n']} matched needs")
    if confusion:
        print("  kind confusion (labelled -> extracted): "
              + ", ".join(f"{a}->{b} {n}" for (a, b), n in confusion.most_common()))
    return {"precision": precision, "recall": recall, "trap_hits": totals["trap_hits"],
            **totals}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("round", type=Path)
    parser.add_argument("--version", default="current")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not (args.round / "truth.json").is_file():
        parser.error(f"{args.round}/truth.json not found")
    score_round(args.round, args.version, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
