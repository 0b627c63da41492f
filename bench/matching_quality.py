"""Matching quality on a hand-labelled set: the real pipeline against a similarity-only baseline.

Usage:  .venv/bin/python bench/matching_quality.py [--verbose] [--dump PATH]

The labelled set lives in ``bench/matching_quality/`` (needs, members, labels; see its
README for the labelling rules).  The script creates a scratch database (the test
settings' server, database ``bench_matching_quality``, migrated from scratch) and drops it
at the end, so development and test data are never touched.  Needs and members are
embedded with the configured backend (the local multilingual-e5-small by default), then
for every need:

- **pipeline**: ``matching.services.rank_members`` -- the real candidate selection (model,
  radius by haversine, similarity floor) and the decision rule of ``matching.relevance``;
  the first ``MATCH_MAX_PER_NEED`` are the members who would be notified (since issue 11,
  ``bench/matching_blind.py`` also scores this set through the real services, in both
  scenarios: ``bench/matching_blind.py bench/matching_quality``);
- **baseline**: the same candidates ranked by similarity alone, cut at one global
  threshold (the shipped floor, and the threshold that does best on the development
  split -- an oracle the baseline would not have in production).

Figures are reported for the development split, the hold-out split (needs never looked
at while tuning relevance) and all needs.  Exit 0 unless the set is inconsistent.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "matching_quality"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
os.environ["TEST_DATABASE_NAME"] = "bench_matching_quality"

# Needs whose number is a multiple of 3 were held out: their labels were not looked at
# while the relevance rules and thresholds were tuned (see the README).
def is_holdout(need_id: str) -> bool:
    return int(need_id[1:]) % 3 == 0


@dataclass
class Case:
    need_id: str
    language: str
    good: set[str]
    ok: set[str]
    in_radius: set[str]
    candidates: list[tuple[str, float]]  # (member id, similarity), best first
    pipeline: list[str]                  # kept by relevance, best first (the notified set)


@dataclass
class Tally:
    needs: int = 0
    r5: float = 0.0
    r10: float = 0.0
    ndcg: float = 0.0
    notified: int = 0
    wrong: int = 0
    good_notified: int = 0
    good_total: int = 0
    nobody: int = 0
    no_good: int = 0
    broad_first: int = 0
    by_member_lang: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    by_need_lang: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def row(self) -> dict:
        n = max(self.needs, 1)
        return {
            "recall@5": self.r5 / n, "recall@10": self.r10 / n, "nDCG@10": self.ndcg / n,
            "notified": self.notified, "wrong": self.wrong,
            "precision": (self.notified - self.wrong) / self.notified if self.notified else 1.0,
            "good reached": self.good_notified / max(self.good_total, 1),
            "nobody": self.nobody, "no good": self.no_good, "broad first": self.broad_first,
        }


def load_set() -> tuple[list[dict], list[dict], dict]:
    needs = json.loads((DATA / "needs.json").read_text())
    members = json.loads((DATA / "members.json").read_text())
    labels = json.loads((DATA / "labels.json").read_text())
    return needs, members, labels


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def in_radius(need: dict, member: dict) -> bool:
    if need["lat"] is None:
        return True
    return haversine_km(need["lat"], need["lng"], member["lat"], member["lng"]) <= \
        member["radius_km"]


def check_set(needs: list[dict], members: list[dict], labels: dict) -> list[str]:
    """Labels must name known ids, and a good/ok member must be within reach of the need."""
    errors = []
    by_id = {m["id"]: m for m in members}
    need_ids = {n["id"] for n in needs}
    for need in needs:
        if need["id"] not in labels:
            errors.append(f"{need['id']}: no labels")
    for need_id, label in labels.items():
        if need_id not in need_ids:
            errors.append(f"{need_id}: unknown need")
            continue
        need = next(n for n in needs if n["id"] == need_id)
        if not label["good"]:
            errors.append(f"{need_id}: no good member")
        for mid in label["good"] + label["ok"]:
            if mid not in by_id:
                errors.append(f"{need_id}: unknown member {mid}")
            elif not in_radius(need, by_id[mid]):
                errors.append(f"{need_id}: {mid} is out of radius")
        if set(label["good"]) & set(label["ok"]):
            errors.append(f"{need_id}: a member is both good and ok")
    return errors


def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def add(tally: Tally, case: Case, ranking: list[str], member_lang: dict[str, str],
        broad: set[str]) -> None:
    good, ok = case.good, case.ok
    tally.needs += 1
    tally.r5 += len(good & set(ranking[:5])) / len(good)
    tally.r10 += len(good & set(ranking[:10])) / len(good)
    gains = [2.0 if m in good else 1.0 if m in ok else 0.0 for m in ranking[:10]]
    ideal = ([2.0] * len(good) + [1.0] * len(ok))[:10]
    tally.ndcg += dcg(gains) / dcg(ideal)
    notified = set(ranking)
    tally.notified += len(notified)
    tally.wrong += len(notified - good - ok)
    tally.good_notified += len(notified & good)
    tally.good_total += len(good)
    tally.nobody += not notified
    tally.no_good += not (notified & good)
    tally.broad_first += bool(ranking) and ranking[0] in broad
    for mid in good:
        for key, table in ((member_lang[mid], tally.by_member_lang),
                           (case.language, tally.by_need_lang)):
            table[key][0] += mid in notified
            table[key][1] += 1


def baseline(case: Case, threshold: float, limit: int) -> list[str]:
    return [mid for mid, sim in case.candidates if sim >= threshold][:limit]


def throttle_week(cases: list[Case], rankings: dict[str, list[str]], weekly: int,
                  limit: int) -> tuple[int, int, int]:
    """All needs approved in one week, in id order, through the weekly limit (as
    ``record_notifications`` does: a throttled member is skipped, the next one tried).
    Returns (good notifications sent, wrong notifications sent, needs reaching no good)."""
    used: dict[str, int] = defaultdict(int)
    good = wrong = no_good = 0
    for case in sorted(cases, key=lambda c: c.need_id):
        sent = []
        for mid in rankings[case.need_id]:
            if used[mid] >= weekly:
                continue
            used[mid] += 1
            sent.append(mid)
            if len(sent) >= limit:
                break
        good += len(set(sent) & case.good)
        wrong += len(set(sent) - case.good - case.ok)
        no_good += not (set(sent) & case.good)
    return good, wrong, no_good


def build_cases(needs: list[dict], members: list[dict], labels: dict) -> list[Case]:
    """Load the set into the (scratch) database, embed it, run the real pipeline."""
    from django.conf import settings
    from django.utils import timezone

    from matching import embedding_jobs
    from matching.selectors import candidate_members
    from matching.services import rank_members
    from members.models import Member
    from needs.hashing import content_hash
    from needs.models import Need
    from organizations.models import Organization

    org = Organization.objects.bulk_create([Organization(name="Matching quality bench")])[0]
    now = timezone.now()
    # bulk_create: no post_save signals, so no embedding tasks fire behind our back.
    need_rows = Need.objects.bulk_create([
        Need(organization=org, title=n["title"], description=n["description"],
             status=Need.Status.ACTIVE, latitude=n["lat"], longitude=n["lng"],
             location_name=n["place"] or "", moderated_at=now,
             content_hash=content_hash(title=n["title"], description=n["description"],
                                       organization_id=org.pk))
        for n in needs
    ])
    member_rows = Member.objects.bulk_create([
        Member(push_token=f"ExponentPushToken[bench-{m['id']}]", interests=m["interests"],
               latitude=m["lat"], longitude=m["lng"], radius_km=m["radius_km"],
               language=m["language"], location_name=m["place"])
        for m in members
    ])
    need_pk = {n["id"]: row.pk for n, row in zip(needs, need_rows, strict=True)}
    member_key = {str(row.pk): m["id"] for m, row in zip(members, member_rows, strict=True)}
    started = time.perf_counter()
    embedding_jobs.run_batches("needs", list(need_pk.values()),
                               batch=settings.EMBEDDING_BATCH_SIZE)
    embedding_jobs.run_batches("members", [row.pk for row in member_rows],
                               batch=settings.EMBEDDING_BATCH_SIZE)
    print(f"embedded {len(needs)} needs and {len(members)} members in "
          f"{time.perf_counter() - started:.1f} s", file=sys.stderr)

    cases = []
    for n in needs:
        need = Need.objects.get(pk=need_pk[n["id"]])
        candidates = candidate_members(need)
        ranked = rank_members(need)
        label = labels[n["id"]]
        cases.append(Case(
            need_id=n["id"], language=n["language"], good=set(label["good"]),
            ok=set(label["ok"]), in_radius={m["id"] for m in members if in_radius(n, m)},
            candidates=[(member_key[str(c.member_id)], c.similarity) for c in candidates],
            pipeline=[member_key[str(s.member_id)] for s in ranked],
        ))
    return cases


def best_threshold(cases: list[Case], limit: int) -> float:
    """The global threshold that best separates good/ok from wrong on these cases
    (most good notifications minus wrong ones, a need reaching nobody counting -3)."""
    best, best_value = 0.0, -1e9
    for step in range(700, 951, 5):
        t = step / 1000
        value = 0
        for case in cases:
            sent = set(baseline(case, t, limit))
            value += len(sent & case.good) - len(sent - case.good - case.ok)
            value -= 3 * (not sent & case.good)
        if value > best_value:
            best, best_value = t, value
    return best


def fmt(value: float | int) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true",
                        help="per-need misses and wrong notifications (member ids only)")
    args = parser.parse_args(argv)

    needs, members, labels = load_set()
    errors = check_set(needs, members, labels)
    if errors:
        print("labelled set is inconsistent:\n  " + "\n  ".join(errors), file=sys.stderr)
        return 1

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from matching.embeddings import get_backend

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        cases = build_cases(needs, members, labels)
        model = get_backend().model_name
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    limit = settings.MATCH_MAX_PER_NEED
    member_lang = {m["id"]: m["language"] for m in members}
    broad = {m["id"] for m in members if m.get("broad")}
    dev = [c for c in cases if not is_holdout(c.need_id)]
    hold = [c for c in cases if is_holdout(c.need_id)]
    oracle = best_threshold(dev, limit)
    floor = settings.MATCH_SIMILARITY_FLOOR
    systems = {
        f"baseline: similarity >= {floor:.2f} (floor)": lambda c: baseline(c, floor, limit),
        f"baseline: similarity >= {oracle:.3f} (best on dev)":
            lambda c: baseline(c, oracle, limit),
        "pipeline: rank_members (settings as shipped)": lambda c: c.pipeline[:limit],
    }

    sims_good = [s for c in cases for m, s in c.candidates if m in c.good]
    sims_bad = [s for c in cases for m, s in c.candidates if m not in c.good | c.ok]
    print(f"# Matching quality: {len(needs)} needs ({len(dev)} dev, {len(hold)} hold-out), "
          f"{len(members)} members, {sum(len(v['good']) for v in labels.values())} good pairs")
    print(f"model {model}; MATCH_MAX_PER_NEED={limit}, floor {floor}")
    print(f"in-radius candidate similarity: good pairs median "
          f"{_median(sims_good):.3f} (min {min(sims_good):.3f}); wrong pairs median "
          f"{_median(sims_bad):.3f} (max {max(sims_bad):.3f}); "
          f"{sum(s >= _median(sims_good) for s in sims_bad)} of {len(sims_bad)} wrong pairs "
          f"score above the good median\n")

    header = ["system", "split", "recall@5", "recall@10", "nDCG@10", "notified", "wrong",
              "precision", "good reached", "nobody", "no good", "broad first"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    tallies: dict[tuple[str, str], Tally] = {}
    for name, rank in systems.items():
        for split, subset in (("dev", dev), ("hold-out", hold), ("all", cases)):
            tally = Tally()
            for case in subset:
                add(tally, case, rank(case), member_lang, broad)
            tallies[(name, split)] = tally
            row = tally.row()
            print(f"| {name} | {split} | " + " | ".join(fmt(row[h]) for h in header[2:]) + " |")

    print("\nRecall of good pairs in the notified set, by language (all needs):\n")
    langs = ["en", "es", "so", "hmn"]
    print("| system | by | " + " | ".join(langs) + " |")
    print("|---|---|" + "---|" * len(langs))
    for name in systems:
        tally = tallies[(name, "all")]
        for by, table in (("member language", tally.by_member_lang),
                          ("need language", tally.by_need_lang)):
            cells = [f"{table[lang][0]}/{table[lang][1]} ({table[lang][0] / table[lang][1]:.2f})"
                     if table[lang][1] else "-" for lang in langs]
            print(f"| {name} | {by} | " + " | ".join(cells) + " |")

    weekly = settings.MATCH_WEEKLY_LIMIT
    print(f"\nOne week, all {len(cases)} needs approved in id order, at most {weekly} "
          f"notifications per member:\n")
    print("| system | good sent | wrong sent | needs reaching no good member |")
    print("|---|---:|---:|---:|")
    for name, rank in systems.items():
        good, wrong, no_good = throttle_week(cases, {c.need_id: rank(c) for c in cases},
                                             weekly, limit)
        print(f"| {name} | {good} | {wrong} | {no_good} |")

    if args.verbose:
        print("\nPipeline, per need (member ids only):")
        for case in cases:
            sent = case.pipeline[:limit]
            missed = sorted(case.good - set(sent))
            wrong = [m for m in sent if m not in case.good | case.ok]
            tag = "H" if is_holdout(case.need_id) else " "
            print(f"{tag} {case.need_id} [{case.language}] sent {len(sent)}: {' '.join(sent)}"
                  f" | missed {' '.join(missed) or '-'} | wrong {' '.join(wrong) or '-'}")
    return 0


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else float("nan")


if __name__ == "__main__":
    sys.exit(main())
