"""Would a learned trap veto help?  Leave one round out over the development rounds.

Usage:
    .venv/bin/python bench/extraction_trap_veto.py [--rounds 1 … 27] [--reuse] [--l2 50]

Every one-shot round since v20 took 3-8 traps (filled items, services to clients, events,
general appeals), each in a wording the rules had not seen.  This asks whether a second
model, trained only to tell a trap from a need, would catch such wordings on a round it
never saw, and what it would cost in matches.

Training examples are the candidate blocks of ``bench/extraction_classifier.py`` (rule walk
and extra candidates of every page of the development rounds, the same features as the
need model: title and context embeddings and the structural features).  A candidate is a
*trap* (1) when its title contains a trap's key on that page and no true need's key, a
*need* (0) when its title contains a true need's key; every other candidate is left out (it
is neither, and the need model already judges those).  Robots-disallowed pages are left
out: the crawler never fetches them.

For each held-out round: the trap model is trained on the other rounds; the held-out
round's selection is the shipped need model's (``learned.select``, its own threshold and
rule floor, as the extractor runs it before its rule post-filters); each selected candidate
whose trap probability reaches the veto bar is dropped.  Printed per bar: matches lost and
trap hits removed, summed over the held-out rounds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench.extraction_blind import fold  # noqa: E402  (sets up Django)
from bench.extraction_classifier import DEVELOPMENT_ROUNDS, fit, load_round  # noqa: E402
from bench.extraction_quality import one_to_one  # noqa: E402
from needs.extraction import learned  # noqa: E402

BARS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)


def trap_labels(record: dict) -> np.ndarray:
    labels = []
    for title in record["titles"]:
        t = fold(title)
        if record["robots"]:
            labels.append(np.nan)
        elif any(fold(k) in t for keys in record["truths"] for k in keys):
            labels.append(0.0)
        elif any(fold(k) in t for keys in record["traps"] for k in keys):
            labels.append(1.0)
        else:
            labels.append(np.nan)
    return np.asarray(labels, dtype=np.float32)


def held_out(records: list[dict], need_model: learned.NeedModel,
             trap_model: learned.NeedModel, show: bool) -> dict:
    out = {b: {"lost": 0, "removed": 0, "dropped": 0} for b in BARS}
    base = {"extracted": 0, "matched": 0, "traps": 0}
    for r in records:
        pool = r["candidates"]
        if not pool or r["robots"]:
            continue
        probs = need_model.probabilities(r["x"])
        chosen = learned.select(pool, probs, need_model.threshold, need_model.rule_floor)
        trap_p = trap_model.probabilities(r["x"])
        index = {id(c): i for i, c in enumerate(pool)}
        titles = [fold(c.title) for c in chosen]
        pairs = one_to_one([[j for j, t in enumerate(titles) if any(fold(k) in t for k in keys)]
                            for keys in r["truths"]])
        got = {j for _, j in pairs}
        is_trap = [j not in got and any(fold(k) in t for keys in r["traps"] for k in keys)
                   for j, t in enumerate(titles)]
        base["extracted"] += len(chosen)
        base["matched"] += len(pairs)
        base["traps"] += sum(is_trap)
        for j, c in enumerate(chosen):
            p = trap_p[index[id(c)]]
            if show and (is_trap[j] or p >= 0.9):
                print(f"    {'MATCH' if j in got else 'TRAP ' if is_trap[j] else 'extra'} "
                      f"p={p:.2f} {r['url']}: {c.title[:80]!r}")
            for b in BARS:
                if p >= b:
                    out[b]["dropped"] += 1
                    out[b]["lost"] += j in got
                    out[b]["removed"] += is_trap[j]
    return {"base": base, "bars": out}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", nargs="+", default=list(DEVELOPMENT_ROUNDS))
    parser.add_argument("--l2", type=float, default=50.0)
    parser.add_argument("--reuse", action="store_true", help="reuse cached candidates")
    parser.add_argument("--show", action="store_true", help="list traps and vetoed needs")
    args = parser.parse_args()
    if any(r not in DEVELOPMENT_ROUNDS for r in args.rounds):
        parser.error("only development rounds may be used")
    need_model = learned.load_model()
    rounds = {name: load_round(name, args.reuse) for name in args.rounds}
    for rs in rounds.values():
        for r in rs:
            r["trap_y"] = trap_labels(r)
    n = sum(int(np.nansum(r["trap_y"])) for rs in rounds.values() for r in rs)
    print(f"{n} trap-labelled candidates in {len(rounds)} rounds", flush=True)
    totals = {b: {"lost": 0, "removed": 0, "dropped": 0} for b in BARS}
    base_total = {"extracted": 0, "matched": 0, "traps": 0}
    for held in rounds:
        trap_model = fit([r for name, rs in rounds.items() if name != held for r in rs], args.l2,
                         label="trap_y")
        if args.show:
            print(f"round {held}")
        result = held_out(rounds[held], need_model, trap_model, args.show)
        for k in base_total:
            base_total[k] += result["base"][k]
        cells = []
        for b in BARS:
            for k in totals[b]:
                totals[b][k] += result["bars"][b][k]
            s = result["bars"][b]
            cells.append(f"{b}: -{s['lost']}m -{s['removed']}t")
        print(f"round {held}: selected {result['base']['extracted']} matched "
              f"{result['base']['matched']} traps {result['base']['traps']} | "
              + "  ".join(cells), flush=True)
    print(f"\nall held-out rounds: selected {base_total['extracted']}, matched "
          f"{base_total['matched']}, trap hits {base_total['traps']}")
    for b in BARS:
        s = totals[b]
        print(f"  veto at {b:.2f}: drops {s['dropped']}, matches lost {s['lost']}, "
              f"trap hits removed {s['removed']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
