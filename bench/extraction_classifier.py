"""Train the need / not-need model (``needs/extraction/learned.py``) and measure it honestly.

Usage:
    .venv/bin/python bench/extraction_classifier.py [--rounds 1 … 21] [--held 15 16] [--save]

The shipped model (``need_model_v1.npz``) was trained on rounds 1-6 and the fixtures.  Since
v21 every round whose one-shot score is recorded may be used (``DEVELOPMENT_ROUNDS``; the
newest, unopened round never); ``--held`` limits the leave-one-round-out report to some
rounds (each held round takes minutes).  Retrained on rounds 1-21, the model lost recall on
held-out rounds 15 and 16 against the shipped one (docs/benchmarks.md, v21), so it was not
saved.

Every page of the development blind rounds (``bench/extraction_blind/roundN``, crawled as
``bench/extraction_blind.py`` does) and of the shipped fixture sites goes through the rule
walk and the extra block candidates (``HeuristicExtractor.candidate_pool``).  A candidate is
labelled a need when its title contains one of a true need's keys on that page, and not a
need otherwise -- also when only its description names a need, so the model learns to
prefer the candidate whose title names the need (``LENIENT_IS_NO``).

**Leave one round out**: for each round, the model is trained on the other rounds and the
fixtures; its threshold (for extra candidates) and rule floor (below which a rule-walk
candidate is vetoed) are chosen by an inner leave-one-round-out over those training rounds
only; it is scored on the held-out round with the blind scorer's rule (strict title match,
one-to-one per page, trap hits).  The rule walk alone is printed beside it.  The rule
walk's cue words were written while rounds 1-5 were in view, so only the round-6 row is
largely free of that (v6 was frozen before round 6 was opened; two structural fixes since,
a page-wide "-full" class and FAQ/number prefixes on titles, were seen on round 6).

``--save`` trains on every round and the fixtures, picks the threshold by leave one round
out over all of them, and writes ``needs/extraction/data/need_model_v1.npz``.  Embeddings
are cached under ``var/extraction_classifier_cache/`` (one file per round).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.extraction_blind import fold, page_key, serve  # noqa: E402  (sets up Django)
from bench.extraction_quality import one_to_one  # noqa: E402
from needs.extraction import learned  # noqa: E402
from needs.extraction.heuristic import HeuristicExtractor  # noqa: E402
from needs.extraction.pipeline import page_input  # noqa: E402
from needs.extraction.structure import html_language  # noqa: E402
from organizations.crawling import crawl  # noqa: E402
from organizations.fetching.direct import DirectFetcher  # noqa: E402
from organizations.readable import html_to_markdown  # noqa: E402

LENIENT_IS_NO = True
BLIND = ROOT / "bench" / "extraction_blind"
CACHE = ROOT / "var" / "extraction_classifier_cache"
# Every round whose one-shot score is recorded in docs/benchmarks.md may train the model; the
# newest round is written for the next one-shot score and must stay unopened until then.
DEVELOPMENT_ROUNDS = tuple(str(n) for n in range(1, 62))
UNOPENED_ROUNDS: tuple[str, ...] = ()


def _page_record(extractor, page, truths, traps, robots, url):
    results, root, page_text = extractor.rule_candidates(page)
    pool = extractor.candidate_pool(page, results, root, page_text)
    titles, contexts = learned.texts_of(pool)
    return {
        "url": url, "truths": truths, "traps": traps, "robots": robots,
        "titles": [c.title for c in pool],
        "descriptions": [c.result.get("description", "") for c in pool],
        "sources": [c.source for c in pool],
        "struct": np.asarray([learned.structural(c, page.url) for c in pool],
                             dtype=np.float32).reshape(len(pool), learned.N_STRUCT),
        "texts": titles + contexts,
        "candidates": pool,
    }


def collect_round(name: str) -> list[dict]:
    extractor = HeuristicExtractor(use_model=False)
    records = []
    if name == "fixtures":
        from tests.fixtures.sites import fixture_pages

        for fixture in fixture_pages():
            url = f"http://127.0.0.1/{fixture.site}/{fixture.file}"
            html = fixture.path.read_text(encoding="utf-8")
            readable = html_to_markdown(html, url=url)
            from needs.extraction.base import PageInput

            page = PageInput(url=url, title=readable.title, markdown=readable.markdown,
                             html=html, language=html_language(html))
            truths = [[e["title_contains"]] for e in fixture.expected]
            records.append(_page_record(extractor, page, truths, [], False, url))
        return records
    round_dir = BLIND / f"round{name}"
    truth = json.loads((round_dir / "truth.json").read_text(encoding="utf-8"))["sites"]
    for slug in sorted(truth):
        site = truth[slug]
        base, stop = serve(round_dir / "sites" / slug)
        try:
            with DirectFetcher() as fetcher:
                outcome = crawl([base], fetcher=fetcher)
                fetched = {}
                for page in outcome.pages:
                    key = page_key(page.final_url, base)
                    if key.endswith("/"):
                        key += "index.html"
                    fetched[key] = page_input(page)
        finally:
            stop()
        robots = {t["page"] for t in site.get("traps", []) if t["type"] == "robots"}
        for key in sorted(set(fetched) | {n["page"] for n in site["needs"]}):
            truths = [n["keys"] for n in site["needs"] if n["page"] == key]
            traps = [t["keys"] for t in site.get("traps", []) if t["page"] == key]
            if key not in fetched:
                records.append({"url": key, "truths": truths, "traps": traps, "robots": False,
                                "titles": [], "descriptions": [], "sources": [],
                                "struct": np.zeros((0, learned.N_STRUCT), np.float32),
                                "texts": [], "candidates": []})
                continue
            records.append(_page_record(extractor, fetched[key], truths, traps, key in robots,
                                        f"{slug}/{key}"))
    return records


def load_round(name: str, reuse: bool = False) -> list[dict]:
    """The round's page records with embeddings (cached; ``reuse``: the candidates too)."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{name}.pkl"
    records_path = CACHE / f"{name}.records.pkl"
    if reuse and records_path.exists():
        records = pickle.loads(records_path.read_bytes())
    else:
        records = collect_round(name)
        records_path.write_bytes(pickle.dumps(records))
    cached: dict[str, np.ndarray] = {}
    if path.exists():
        cached = pickle.loads(path.read_bytes())
    missing = sorted({t for r in records for t in r["texts"]} - set(cached))
    if missing:
        started = time.perf_counter()
        vectors = learned.embed(missing)
        cached.update(zip(missing, vectors, strict=True))
        print(f"  round {name}: embedded {len(missing)} texts in "
              f"{time.perf_counter() - started:.0f} s", flush=True)
        path.write_bytes(pickle.dumps(cached))
    for r in records:
        n = len(r["titles"])
        if n:
            vec = np.asarray([cached[t] for t in r["texts"]], dtype=np.float32)
            r["x"] = np.hstack([vec[:n], vec[n:], r["struct"]])
        else:
            r["x"] = np.zeros((0, 768 + learned.N_STRUCT), np.float32)
        r["y"] = np.asarray([_label(r, i) for i in range(n)], dtype=np.float32)
    return records


def _label(record: dict, index: int) -> float:
    title = fold(record["titles"][index])
    if record["robots"]:
        return 0.0
    if any(fold(k) in title for keys in record["truths"] for k in keys):
        return 1.0
    lenient = fold(record["titles"][index] + " " + record["descriptions"][index][:300])
    if any(fold(k) in lenient for keys in record["truths"] for k in keys):
        return 0.0 if LENIENT_IS_NO else np.nan  # a need, badly titled
    return 0.0


def score(records: list[dict], model: learned.NeedModel | None, threshold: float,
          floor: float | None = None) -> dict:
    """The blind scorer's figures for the selection (``model`` None: the rule walk alone)."""
    extracted = matched = true = traps = 0
    for r in records:
        pool = r["candidates"]
        true += len(r["truths"])
        if not pool:
            continue
        if model is None:
            chosen = [c for c in pool if c.source == "heuristic"]
        else:
            chosen = learned.select(pool, model.probabilities(r["x"]), threshold, floor)
        titles = [fold(c.title) for c in chosen]
        pairs = one_to_one([[j for j, t in enumerate(titles) if any(fold(k) in t for k in keys)]
                            for keys in r["truths"]])
        got = {j for _, j in pairs}
        extracted += len(chosen)
        matched += len(pairs)
        for j, t in enumerate(titles):
            if j in got:
                continue
            if r["robots"] or any(fold(k) in t for keys in r["traps"] for k in keys):
                traps += 1
    return {"extracted": extracted, "matched": matched, "true": true, "traps": traps,
            "precision": matched / extracted if extracted else 0.0,
            "recall": matched / true if true else 0.0}


def show(records: list[dict], model: learned.NeedModel, threshold: float,
         floor: float) -> None:
    for r in records:
        pool = r["candidates"]
        if not pool and not r["truths"]:
            continue
        probs = model.probabilities(r["x"]) if pool else np.zeros(0)
        chosen = learned.select(pool, probs, threshold, floor) if pool else []
        print(f"== {r['url']}  truths {r['truths']}")
        for c in chosen:
            p = probs[pool.index(c)]
            hit = any(fold(k) in fold(c.title) for keys in r["truths"] for k in keys)
            print(f"   {'OK ' if hit else 'XX '} {p:.2f} {c.source:9s} {c.title[:90]!r}")
        for keys in r["truths"]:
            if not any(any(fold(k) in fold(c.title) for k in keys) for c in chosen):
                best = [(probs[i], c.source, c.title[:70]) for i, c in enumerate(pool)
                        if any(fold(k) in fold(c.title) for k in keys)]
                best.sort(reverse=True)
                shown = [(round(float(p), 2), s, t) for p, s, t in best[:2]]
                print(f"   MISS {keys[:2]} best: {shown}")


def fit(records: list[dict], l2: float, label: str = "y") -> learned.NeedModel:
    """The model trained on ``records``' candidates, labelled by ``record[label]`` (NaN: left
    out)."""
    x = np.vstack([r["x"] for r in records])
    y = np.concatenate([r[label] for r in records])
    keep = ~np.isnan(y)
    return learned.train(x[keep], y[keep], l2=l2)


GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def objective(s: dict) -> float:
    """F1 with a penalty for each trap taken."""
    p, r = s["precision"], s["recall"]
    return (2 * p * r / (p + r) if p + r else 0.0) - 0.01 * s["traps"]


FLOORS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7)


def choose_threshold(rounds: dict[str, list[dict]], fixtures: list[dict],
                     l2: float, floors: bool = False) -> tuple[float, float]:
    """Inner leave one round out over ``rounds``: the (threshold, rule floor) best on the
    pooled held-out pages.  Without ``floors`` the rule floor is the threshold: a lower
    floor (trusting the rule walk) wins on rounds 1-5, whose wording the rules were written
    from, and loses on round 6, the one they had not seen; so it is not the default."""
    pairs = [(t, f) for t in GRID for f in FLOORS if f <= t] if floors else [(t, t) for t in GRID]
    totals = {p: {"extracted": 0, "matched": 0, "true": 0, "traps": 0} for p in pairs}
    for held in rounds:
        train_records = fixtures + [r for name, rs in rounds.items() if name != held for r in rs]
        model = fit(train_records, l2)
        for t, f in pairs:
            s = score(rounds[held], model, t, f)
            for k in totals[(t, f)]:
                totals[(t, f)][k] += s[k]
    best, best_value = (0.5, 0.5), -1.0
    for p, s in totals.items():
        s["precision"] = s["matched"] / s["extracted"] if s["extracted"] else 0.0
        s["recall"] = s["matched"] / s["true"] if s["true"] else 0.0
        if objective(s) > best_value:
            best, best_value = p, objective(s)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", nargs="+", default=list(DEVELOPMENT_ROUNDS))
    parser.add_argument("--l2", type=float, default=50.0)
    parser.add_argument("--save", action="store_true")
    parser.add_argument("--no-loro", action="store_true")
    parser.add_argument("--reuse", action="store_true", help="reuse cached candidates")
    parser.add_argument("--floors", action="store_true",
                        help="also tune a lower rule floor for the rule walk's candidates")
    parser.add_argument("--show", help="print the held-out selection of this round")
    parser.add_argument("--held", nargs="+",
                        help="leave out only these rounds (default: every round in --rounds)")
    args = parser.parse_args()
    if any(r not in DEVELOPMENT_ROUNDS for r in args.rounds):
        parser.error(f"only development rounds {DEVELOPMENT_ROUNDS[0]}-{DEVELOPMENT_ROUNDS[-1]} "
                     f"may be used; unopened: {', '.join(UNOPENED_ROUNDS) or 'none'}")
    started = time.perf_counter()
    fixtures = load_round("fixtures", args.reuse)
    rounds = {name: load_round(name, args.reuse) for name in args.rounds}
    n = sum(len(r["y"]) for rs in rounds.values() for r in rs) + sum(len(r["y"]) for r in fixtures)
    print(f"{n} candidates loaded in {time.perf_counter() - started:.0f} s", flush=True)
    if not args.no_loro:
        print(f"\nleave one round out (l2 {args.l2}): rule walk alone vs rule walk + model")
        for held in args.held or rounds:
            train_rounds = {k: v for k, v in rounds.items() if k != held}
            threshold, floor = choose_threshold(train_rounds, fixtures, args.l2, args.floors)
            model = fit(fixtures + [r for rs in train_rounds.values() for r in rs], args.l2)
            base = score(rounds[held], None, 0)
            mine = score(rounds[held], model, threshold, floor)
            if held == args.show:
                show(rounds[held], model, threshold, floor)
            print(f"round {held}: rules P {base['precision']:.2f} R {base['recall']:.2f} "
                  f"traps {base['traps']} | model (t={threshold:.2f}, floor {floor:.2f}) "
                  f"extracted "
                  f"{mine['extracted']} matched {mine['matched']}/{mine['true']} "
                  f"P {mine['precision']:.2f} R {mine['recall']:.2f} traps {mine['traps']}",
                  flush=True)
    if args.save:
        threshold, floor = choose_threshold(rounds, fixtures, args.l2, args.floors)
        model = fit(fixtures + [r for rs in rounds.values() for r in rs], args.l2)
        model = learned.NeedModel(weights=model.weights, bias=model.bias, mean=model.mean,
                                  scale=model.scale, threshold=threshold, rule_floor=floor)
        model.save(learned.MODEL_PATH)
        for name, rs in [("fixtures", fixtures), *rounds.items()]:
            s = score(rs, model, threshold, floor)
            print(f"in-sample round {name}: P {s['precision']:.2f} R {s['recall']:.2f} "
                  f"traps {s['traps']}")
        print(f"saved {learned.MODEL_PATH.relative_to(ROOT)} (threshold {threshold:.2f}, "
              f"rule floor {floor:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
