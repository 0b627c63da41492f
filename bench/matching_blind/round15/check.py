#!/usr/bin/env python3
"""Validate the round-15 blind matching set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads files next to this script)
Exit code 0 when every check passes, 1 otherwise.
"""
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am"}
KINDS = {"volunteer", "skilled", "donation", "other"}
# needs that deliberately have no good member in reach (must match README.md)
EXPECTED_NO_GOOD = {"n39", "n43"}
EDGE_MARGIN = 0.03

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return json.load(f)


def haversine_km(lat1, lng1, lat2, lng2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lng2 - lng1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def in_reach(member, need):
    if need["lat"] is None or need["lng"] is None:
        return True
    return haversine_km(member["lat"], member["lng"], need["lat"], need["lng"]) <= member["radius_km"]


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
need_ids = [n["id"] for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
for n in needs:
    nid = n.get("id", "?")
    for key in ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages"):
        if key not in n:
            err("%s: missing key %s" % (nid, key))
    if not re.fullmatch(r"n\d{2,3}", nid):
        err("%s: bad id format" % nid)
    if n.get("language") not in LANGS:
        err("%s: bad language %r" % (nid, n.get("language")))
    if n.get("kind") not in KINDS:
        err("%s: bad kind %r" % (nid, n.get("kind")))
    if (n.get("lat") is None) != (n.get("lng") is None):
        err("%s: lat/lng must both be null or both set" % nid)
    if n.get("lat") is not None and not (43.4 <= n["lat"] <= 49.4 and -97.3 <= n["lng"] <= -89.4):
        err("%s: location outside Minnesota" % nid)
    for lg in n.get("languages", []):
        if lg not in LANGS:
            err("%s: bad required language %r" % (nid, lg))
    if not n.get("title") or not n.get("description"):
        err("%s: empty title/description" % nid)

need_lang = Counter(n["language"] for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if non_en_needs < 0.55 * len(needs):
    err("non-English needs %d/%d < 55%%" % (non_en_needs, len(needs)))
for lg in sorted(LANGS):
    if need_lang[lg] < 1:
        err("no need written in %s" % lg)
if not (45 <= len(needs) <= 55):
    err("%d needs, expected 45-55" % len(needs))
if need_lang["so"] < 5:
    err("fewer than 5 Somali needs")
if need_lang["hmn"] < 5:
    err("fewer than 5 Hmong needs")
remote = [n["id"] for n in needs if n["lat"] is None]

# ---------------- members ----------------
mem_ids = [m["id"] for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
for m in members:
    mid = m.get("id", "?")
    for key in ("id", "language", "place", "lat", "lng", "radius_km", "interests"):
        if key not in m:
            err("%s: missing key %s" % (mid, key))
    if not re.fullmatch(r"m\d{3}", mid):
        err("%s: bad id format" % mid)
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (mid, m.get("language")))
    if not (5 <= m.get("radius_km", 0) <= 100):
        err("%s: radius %r outside 5-100 km" % (mid, m.get("radius_km")))
    if m.get("lat") is None or not (43.4 <= m["lat"] <= 49.4 and -97.3 <= m["lng"] <= -89.4):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
    if not m.get("interests", "").strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m["language"] for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if non_en_mem < 0.55 * len(members):
    err("non-English members %d/%d < 55%%" % (non_en_mem, len(members)))
if mem_lang["so"] < 22:
    err("fewer than 22 Somali-writing members")
if mem_lang["hmn"] < 22:
    err("fewer than 22 Hmong-writing members")
for lg in sorted(LANGS):
    if mem_lang[lg] < 1:
        err("no member writing in %s" % lg)
if not (170 <= len(members) <= 200):
    err("%d members, expected 170-200" % len(members))
# edge margin: no located need within 3 %% of a member's radius
for m in members:
    for n in needs:
        if n["lat"] is None:
            continue
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        if abs(d - m["radius_km"]) <= EDGE_MARGIN * m["radius_km"]:
            err("%s/%s: distance %.2f km within 3%% of radius %d" % (m["id"], n["id"], d, m["radius_km"]))
with_langs = sum(1 for m in members if "languages" in m)
if not (0.25 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, outside 25-65%" % (with_langs, len(members)))

# ---------------- labels ----------------
mem_by_id = {m["id"]: m for m in members}
need_by_id = {n["id"]: n for n in needs}
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = set()
good_counts, ok_counts, reach_counts = [], [], []
for nid, lab in labels.items():
    if nid not in need_by_id:
        continue
    need = need_by_id[nid]
    good, ok = lab.get("good", []), lab.get("ok", [])
    if set(lab) - {"good", "ok"}:
        err("%s: unexpected label keys %s" % (nid, set(lab) - {"good", "ok"}))
    if len(set(good)) != len(good) or len(set(ok)) != len(ok):
        err("%s: duplicate member in a label list" % nid)
    if set(good) & set(ok):
        err("%s: members in both good and ok: %s" % (nid, sorted(set(good) & set(ok))))
    for mid in good + ok:
        if mid not in mem_by_id:
            err("%s: unknown member %s" % (nid, mid))
            continue
        m = mem_by_id[mid]
        if not in_reach(m, need):
            d = haversine_km(m["lat"], m["lng"], need["lat"], need["lng"])
            err("%s: %s labelled but out of reach (%.1f km > radius %d)" % (nid, mid, d, m["radius_km"]))
    if not good:
        no_good.add(nid)
    elif not (2 <= len(good) <= 6):
        err("%s: %d good members, expected 2-6" % (nid, len(good)))
    good_counts.append(len(good))
    ok_counts.append(len(ok))
    reach_counts.append(sum(1 for m in members if in_reach(m, need)))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
labelled_members = {mid for lab in labels.values() for mid in lab.get("good", []) + lab.get("ok", [])}

# ---------------- summary ----------------
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / len(needs)))
print("  by kind: %s" % dict(sorted(Counter(n["kind"] for n in needs).items())))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * non_en_mem / len(members)))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts), sum(ok_counts)))
nz = [g for g in good_counts if g]
print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
print("  members in reach per need: min %d, max %d" % (min(reach_counts), max(reach_counts)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % (len(members) - len(labelled_members)))
unl = len(members) - len(labelled_members)
if not (20 <= unl <= 30):
    err("%d members never labelled, expected 20-30" % unl)
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
