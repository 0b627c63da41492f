"""Score matching on a blind labelled set, through the real services, in two scenarios.

Usage:
    .venv/bin/python bench/matching_blind.py SET_DIR [--version current|v1|v2]
        [--scenario both|fresh|steady] [--verbose] [--json OUT]

``SET_DIR`` holds a labelled set written blind (its authors never read the matching code):

- ``needs.json``: ``[{"id", "language", "place", "lat", "lng", "title", "description",
  "kind", "languages"}]`` in approval order (``lat``/``lng`` null: statewide or remote);
- ``members.json``: ``[{"id", "language", "place", "lat", "lng", "radius_km", "interests",
  "languages"?}]`` (``languages``, the languages spoken, is optional);
- ``labels.json``: ``{need_id: {"good": [...], "ok": [...]}}``; the rules are in the set's
  README (a member outside the need's reach is never labelled).

The older in-sample set ``bench/matching_quality/`` works too: its needs have no ``kind``
or ``languages``, so they are filled by ``needs.extraction.kinds`` as the migration that
introduced those fields does.

Everything runs in a scratch database (``bench_matching_blind`` on the test settings'
server, migrated from scratch, dropped at the end), emptied between the scenarios:

**fresh** -- a new deployment.  Members are registered (rows created, then the
``member_profile_changed`` signal a registration sends, which embeds them through the
real task); then each need, in file order, is entered with ``needs.services.create_need``
(validated, embedded after commit by the real task), given the ``kind``/``languages``/
``page_language`` of the set (extraction fills them in production), and approved with
``needs.services.approve_need``.  The approval's ``need_approved`` signal runs the real
matching task (Celery runs in-process without a broker): ``match_need`` ranks, applies the
weekly limit (3 per member in 7 days) and records ``Notification`` rows; the console push
backend "delivers" them.  What counts is the ``Notification`` rows at the end.

**steady** -- the same members and needs, every need active at once; then each need is
matched with ``matching.services.match_need`` and its notifications are removed again, so
each need is judged on the decision alone (no weekly limit from the other needs).

In both, the full ranking of each need's candidates (``order_members`` of the version) is
taken at the moment the need is matched, for recall@10; and a **plain cosine top-5
baseline** is computed from the same candidates (``candidate_members``: active members
whose radius covers the need, similarity above the floor), best five by cosine, with the
weekly limit simulated in the fresh scenario (a throttled member is skipped, the next one
tried, as ``record_notifications`` does).

Figures, per scenario and system:

- sent; **wrong** = sent to a member labelled neither good nor ok, and its share of sent;
- **good reached** = good members (within reach) who were notified / all good members
  within reach, overall and by the member's writing (profile) language;
- needs with a good member in reach that notified **no good** member / **nobody**;
- **recall@10** = good members among the first 10 of the ranking / good members (per need,
  averaged over needs with a good member); ``r@10 cap`` divides by min(good, 10) instead.

``--version``: ``current`` (the live code) or a frozen pipeline kept under
``bench/matching_frozen/<name>/`` (each was scored once on a blind round and is kept so
its row can be re-run; see that package's docstring).  Exit 0 unless the set is unusable.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import math
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
# Several runs at once (two versions side by side) each need a database of their own.
os.environ.setdefault("TEST_DATABASE_NAME", "bench_matching_blind")

BASELINE_K = 5
FOCUS_LANGUAGES = ("so", "hmn")


# --- the labelled set ---------------------------------------------------------------------

def load_set(directory: Path) -> tuple[list[dict], list[dict], dict]:
    needs = json.loads((directory / "needs.json").read_text(encoding="utf-8"))
    members = json.loads((directory / "members.json").read_text(encoding="utf-8"))
    labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
    for need in needs:
        if "kind" not in need or "languages" not in need:
            from needs.extraction.kinds import kind_of, required_languages

            text = f"{need['title']}\n{need['description']}"
            need.setdefault("kind", kind_of(need["title"], need["description"]))
            need.setdefault("languages", required_languages(text, need.get("language", "")))
    return needs, members, labels


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def in_reach(need: dict, member: dict) -> bool:
    if need.get("lat") is None or need.get("lng") is None:
        return True
    if member.get("lat") is None or member.get("lng") is None:
        return False
    return haversine_km(need["lat"], need["lng"], member["lat"], member["lng"]) \
        <= member["radius_km"]


def check_set(needs: list[dict], members: list[dict], labels: dict) -> tuple[list[str],
                                                                           list[str]]:
    """(errors that stop the run, warnings about labels outside reach, which are ignored)."""
    errors, warnings = [], []
    by_id = {m["id"]: m for m in members}
    need_ids = [n["id"] for n in needs]
    if len(set(need_ids)) != len(need_ids) or len(by_id) != len(members):
        errors.append("duplicate ids")
    for need in needs:
        label = labels.get(need["id"])
        if label is None:
            warnings.append(f"{need['id']}: no labels (no good member)")
            continue
        for mid in label.get("good", []) + label.get("ok", []):
            if mid not in by_id:
                errors.append(f"{need['id']}: unknown member {mid}")
            elif not in_reach(need, by_id[mid]):
                warnings.append(f"{need['id']}: {mid} is labelled but out of reach (ignored)")
    for need_id in labels:
        if need_id not in set(need_ids):
            errors.append(f"{need_id}: labels for an unknown need")
    return errors, warnings


# --- running the real pipeline --------------------------------------------------------------

@dataclass
class Outcome:
    """What one scenario produced: who was told, and each need's ranking, by set ids."""
    notified: dict[str, list[str]] = field(default_factory=dict)
    order: dict[str, list[str] | None] = field(default_factory=dict)
    candidates: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    seconds: float = 0.0


def load_version(name: str):
    if name == "current":
        return importlib.import_module("bench.matching_current")
    return importlib.import_module(f"bench.matching_frozen.{name}")


def _empty_tables() -> None:
    from matching.models import Notification
    from members.models import Member
    from needs.models import Need
    from organizations.models import Organization

    Notification.objects.all().delete()
    Need.objects.all().delete()
    Member.objects.all().delete()
    Organization.objects.all().delete()


def _register_members(members: list[dict]) -> dict[str, str]:
    """Member rows, then the signal a registration sends (embedding through the real task).
    Returns {database id: set id}."""
    from members.models import Member
    from members.signals import member_profile_changed

    keys = {}
    fields = {f.name for f in Member._meta.get_fields()}
    for m in members:
        row = Member(push_token=f"ExponentPushToken[bench-{m['id']}]", interests=m["interests"],
                     latitude=m["lat"], longitude=m["lng"], radius_km=m["radius_km"],
                     language=m.get("language") or "en", location_name=m.get("place") or "")
        if "languages" in fields and m.get("languages"):
            row.languages = list(m["languages"])
        row.save()
        keys[str(row.pk)] = m["id"]
        member_profile_changed.send(sender=Member, member_id=row.pk)
    return keys


def _enter_need(org, n: dict, actor):
    """A pending need through the staff service (validation, tldr, embedding after
    commit), with the extraction fields of the set."""
    from django.core.exceptions import ValidationError

    from needs.models import Need
    from needs.services import create_need

    data = {"title": n["title"], "description": n["description"],
            "location_name": n.get("place") or "", "latitude": n.get("lat"),
            "longitude": n.get("lng")}
    try:
        need = create_need(organization=org, data=data, actor=actor)
    except ValidationError as exc:
        raise SystemExit(f"need {n['id']} is not a valid need: {exc.message_dict}") from exc
    Need.objects.filter(pk=need.pk).update(kind=n.get("kind") or "other",
                                           languages=list(n.get("languages") or []),
                                           page_language=n.get("language") or "")
    return need.pk


def _cosine_candidates(version, need_pk: int, member_key: dict) -> list[tuple[str, float]]:
    from needs.models import Need

    need = Need.objects.get(pk=need_pk)
    return [(member_key[str(c.member_id)], c.similarity)
            for c in version.candidate_members(need)]


def _order(version, need_pk: int, member_key: dict) -> list[str] | None:
    from needs.models import Need

    order_members = getattr(version, "order_members", None)
    if order_members is None:
        return None
    need = Need.objects.get(pk=need_pk)
    return [member_key[str(mid)] for mid in order_members(need)]


def run_fresh(version, needs: list[dict], members: list[dict]) -> Outcome:
    from authz import Actor
    from matching.models import Notification
    from needs.services import approve_need
    from organizations.models import Organization

    started = time.perf_counter()
    _empty_tables()
    actor = Actor.system("bench: blind matching, fresh deployment")
    member_key = _register_members(members)
    org = Organization.objects.create(name="Blind matching bench")
    out = Outcome()
    for n in needs:
        pk = _enter_need(org, n, actor)
        approve_need(need=pk, actor=actor)  # -> need_approved -> match_need (in-process)
        out.order[n["id"]] = _order(version, pk, member_key)
        out.candidates[n["id"]] = _cosine_candidates(version, pk, member_key)
        out.notified[n["id"]] = [
            member_key[str(mid)] for mid in Notification.objects.filter(need_id=pk)
            .order_by("pk").values_list("member_id", flat=True)]
    out.seconds = time.perf_counter() - started
    return out


DUMP = os.environ.get("MATCH_BENCH_DUMP", "")


def _dump_judged(need_id: str, pk: int, member_key: dict) -> None:
    """Development aid: every judged pair (tier, z, evidence) of a need, one JSON line."""
    from matching import services
    from needs.models import Need

    scored, _ = services.judge_candidates(Need.objects.get(pk=pk))
    rows = [{"m": member_key[str(s.member_id)], "tier": s.tier, "notify": s.notify,
             "z": round(s.z_member + s.z_need, 2), "evidence": s.evidence} for s in scored]
    with open(DUMP, "a", encoding="utf-8") as out:
        out.write(json.dumps({"need": need_id, "pairs": rows}) + "\n")


def run_steady(version, needs: list[dict], members: list[dict]) -> Outcome:
    from datetime import timedelta

    from django.utils import timezone

    from authz import Actor
    from matching import services
    from matching.models import Notification
    from needs.models import Need
    from organizations.models import Organization

    started = time.perf_counter()
    _empty_tables()
    actor = Actor.system("bench: blind matching, steady state")
    member_key = _register_members(members)
    org = Organization.objects.create(name="Blind matching bench")
    pks = {n["id"]: _enter_need(org, n, actor) for n in needs}
    now = timezone.now()
    for i, n in enumerate(needs):  # all active, approved in file order (no matching yet)
        Need.objects.filter(pk=pks[n["id"]]).update(
            status=Need.Status.ACTIVE, moderated_at=now - timedelta(seconds=len(needs) - i))
    out = Outcome()
    for n in needs:
        pk = pks[n["id"]]
        services.match_need(need_id=pk, actor=actor)
        rows = Notification.objects.filter(need_id=pk)
        out.notified[n["id"]] = [member_key[str(mid)]
                                 for mid in rows.order_by("pk").values_list("member_id",
                                                                             flat=True)]
        rows.delete()  # judged on the decision alone: no weekly limit between needs
        if DUMP:
            _dump_judged(n["id"], pk, member_key)
        out.order[n["id"]] = _order(version, pk, member_key)
        out.candidates[n["id"]] = _cosine_candidates(version, pk, member_key)
    out.seconds = time.perf_counter() - started
    return out


def cosine_baseline(needs: list[dict], outcome: Outcome, *, throttle: bool,
                    weekly: int) -> dict[str, list[str]]:
    used: dict[str, int] = defaultdict(int)
    sent = {}
    for n in needs:
        chosen = []
        for mid, _sim in outcome.candidates[n["id"]]:
            if throttle and used[mid] >= weekly:
                continue
            chosen.append(mid)
            used[mid] += 1
            if len(chosen) >= BASELINE_K:
                break
        sent[n["id"]] = chosen
    return sent


# --- scoring --------------------------------------------------------------------------------

@dataclass
class Score:
    sent: int = 0
    wrong: int = 0
    good_total: int = 0
    good_reached: int = 0
    needs_with_good: int = 0
    no_good: int = 0
    nobody: int = 0
    r10: float = 0.0
    r10_cap: float = 0.0
    ranked_needs: int = 0
    by_language: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: dict = field(default_factory=dict)

    @property
    def wrong_share(self) -> float:
        return self.wrong / self.sent if self.sent else 0.0

    @property
    def recall(self) -> float:
        return self.good_reached / self.good_total if self.good_total else 0.0


def score(needs: list[dict], members: list[dict], labels: dict,
          notified: dict[str, list[str]], order: dict[str, list[str] | None]) -> Score:
    by_id = {m["id"]: m for m in members}
    s = Score()
    for n in needs:
        label = labels.get(n["id"], {"good": [], "ok": []})
        good = {m for m in label.get("good", []) if m in by_id and in_reach(n, by_id[m])}
        ok = set(label.get("ok", []))
        sent = set(notified.get(n["id"], []))
        s.sent += len(sent)
        wrong = sent - good - ok
        s.wrong += len(wrong)
        s.good_total += len(good)
        s.good_reached += len(sent & good)
        for mid in good:
            cell = s.by_language[by_id[mid].get("language") or "?"]
            cell[0] += mid in sent
            cell[1] += 1
        if good:
            s.needs_with_good += 1
            s.no_good += not (sent & good)
            s.nobody += not sent
            ranking = order.get(n["id"])
            if ranking is not None:
                top = set(ranking[:10])
                s.ranked_needs += 1
                s.r10 += len(top & good) / len(good)
                s.r10_cap += len(top & good) / min(len(good), 10)
        s.misses[n["id"]] = (sorted(good - sent), sorted(wrong))
    if s.ranked_needs:
        s.r10 /= s.ranked_needs
        s.r10_cap /= s.ranked_needs
    return s


def print_scores(title: str, rows: list[tuple[str, Score]], languages: list[str]) -> None:
    print(f"\n### {title}\n")
    header = ["system", "sent", "wrong", "wrong %", "good reached", "no good", "nobody",
              "recall@10", "r@10 cap"]
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|" * (len(header) - 1))
    for name, s in rows:
        r10 = f"{s.r10:.2f}" if s.ranked_needs else "-"
        r10c = f"{s.r10_cap:.2f}" if s.ranked_needs else "-"
        print(f"| {name} | {s.sent} | {s.wrong} | {100 * s.wrong_share:.0f} % | "
              f"{s.good_reached}/{s.good_total} ({s.recall:.2f}) | "
              f"{s.no_good}/{s.needs_with_good} | {s.nobody}/{s.needs_with_good} | "
              f"{r10} | {r10c} |")
    print("\nGood members reached, by the member's writing language:\n")
    print("| system | " + " | ".join(languages) + " |")
    print("|---|" + "---:|" * len(languages))
    for name, s in rows:
        cells = []
        for lang in languages:
            got, total = s.by_language.get(lang, [0, 0])
            cells.append(f"{got}/{total} ({got / total:.2f})" if total else "-")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--version", default="current",
                        help="current, or a frozen pipeline under bench/matching_frozen/")
    parser.add_argument("--scenario", choices=("both", "fresh", "steady"), default="both")
    parser.add_argument("--verbose", action="store_true",
                        help="per need: good members missed and wrong ones told (set ids)")
    parser.add_argument("--json", type=Path, help="write per-need outcomes as JSON")
    args = parser.parse_args(argv)

    import django

    django.setup()
    for name in ("matching", "needs", "members", "authz", "organizations", "celery"):
        logging.getLogger(name).setLevel(logging.WARNING)

    needs, members, labels = load_set(args.set_dir)
    errors, warnings = check_set(needs, members, labels)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if errors:
        print("the labelled set is unusable:\n  " + "\n  ".join(errors), file=sys.stderr)
        return 1

    from django.conf import settings
    from django.db import connection

    from matching.embeddings import get_backend

    version = load_version(args.version)
    scenarios = ["fresh", "steady"] if args.scenario == "both" else [args.scenario]
    outcomes: dict[str, Outcome] = {}
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        with version.install() if hasattr(version, "install") else contextlib.nullcontext():
            for scenario in scenarios:
                run = run_fresh if scenario == "fresh" else run_steady
                outcomes[scenario] = run(version, needs, members)
        model = get_backend().model_name
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    weekly = settings.MATCH_WEEKLY_LIMIT
    languages = sorted({m.get("language") or "?" for m in members},
                       key=lambda c: (c not in FOCUS_LANGUAGES and c != "en", c))
    non_en = sum((m.get("language") or "en") != "en" for m in members)
    print(f"# Blind matching: {args.set_dir} -- version {version.NAME}")
    print(f"{len(needs)} needs, {len(members)} members ({non_en} not writing in English), "
          f"{sum(len(v.get('good', [])) for v in labels.values())} good labels; model {model}; "
          f"weekly limit {weekly}; baseline: cosine top {BASELINE_K}")
    report: dict = {"version": version.NAME, "set": str(args.set_dir), "scenarios": {}}
    for scenario in scenarios:
        out = outcomes[scenario]
        pipeline = score(needs, members, labels, out.notified, out.order)
        base_sent = cosine_baseline(needs, out, throttle=scenario == "fresh", weekly=weekly)
        base_order = {k: [m for m, _ in v] for k, v in out.candidates.items()}
        base = score(needs, members, labels, base_sent, base_order)
        title = ("Fresh deployment (empty database, needs approved one by one, weekly limit on)"
                 if scenario == "fresh" else
                 "Steady state (all needs active, each need matched, no weekly limit between)")
        print_scores(f"{title} -- {out.seconds:.0f} s", [
            (f"pipeline {version.NAME}", pipeline),
            (f"cosine top {BASELINE_K}", base)], languages)
        if args.verbose:
            print(f"\nPer need ({scenario}, pipeline): missed good | wrong told")
            for n in needs:
                missed, wrong = pipeline.misses[n["id"]]
                print(f"  {n['id']} [{n.get('language')}/{n.get('kind')}] "
                      f"sent {len(out.notified[n['id']])}: missed {' '.join(missed) or '-'}"
                      f" | wrong {' '.join(wrong) or '-'}")
        report["scenarios"][scenario] = {
            "notified": out.notified, "order": out.order,
            "candidates": out.candidates, "baseline": base_sent,
        }
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
