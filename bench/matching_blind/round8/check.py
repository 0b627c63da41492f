#!/usr/bin/env python3
"""Validate the round-8 blind matching set (stdlib only).

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
EXPECTED_NO_GOOD = {"n38", "n45", "n49"}
EDGE_MARGIN = 0.03          # no member within 3 % of its radius from a located need
MIN_NEEDS, MIN_MEMBERS = 50, 160
MIN_NON_EN = 0.55           # share of needs and of members not written in English
MIN_GOOD, MAX_GOOD = 2, 6   # good members per need that has any

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


def in_mn(lat, lng):
    return 43.4 <= lat <= 49.4 and -97.3 <= lng <= -89.4


def dist(member, need):
    return haversine_km(member["lat"], member["lng"], need["lat"], need["lng"])


def in_reach(member, need):
    if need["lat"] is None or need["lng"] is None:
        return True
    return dist(member, need) <= member["radius_km"]


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
need_ids = [n.get("id", "?") for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if len(needs) < MIN_NEEDS:
    err("only %d needs (< %d)" % (len(needs), MIN_NEEDS))
NEED_KEYS = ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages")
for n in needs:
    nid = n.get("id", "?")
    for key in NEED_KEYS:
        if key not in n:
            err("%s: missing key %s" % (nid, key))
    for key in n:
        if key not in NEED_KEYS:
            err("%s: unexpected key %s" % (nid, key))
    if not re.fullmatch(r"n\d{2,3}", nid):
        err("%s: bad id format" % nid)
    if n.get("language") not in LANGS:
        err("%s: bad language %r" % (nid, n.get("language")))
    if n.get("kind") not in KINDS:
        err("%s: bad kind %r" % (nid, n.get("kind")))
    if (n.get("lat") is None) != (n.get("lng") is None):
        err("%s: lat/lng must both be null or both set" % nid)
    if n.get("lat") is not None and not in_mn(n["lat"], n["lng"]):
        err("%s: location outside Minnesota" % nid)
    if not isinstance(n.get("languages"), list):
        err("%s: languages must be a list" % nid)
    for lg in n.get("languages", []) or []:
        if lg not in LANGS:
            err("%s: bad required language %r" % (nid, lg))
    if not n.get("title") or not n.get("description") or not n.get("place"):
        err("%s: empty title/description/place" % nid)

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if non_en_needs < MIN_NON_EN * len(needs):
    err("non-English needs %d/%d < %d%%" % (non_en_needs, len(needs), 100 * MIN_NON_EN))
for lg in ("so", "hmn"):
    if need_lang[lg] < 5:
        err("fewer than 5 needs written in %s" % lg)
for lg in LANGS:
    if need_lang[lg] < 1:
        err("no need written in %s" % lg)
need_kinds = Counter(n.get("kind") for n in needs)
for k in ("volunteer", "skilled", "donation"):
    if need_kinds[k] < 1:
        err("no need of kind %s" % k)
remote = [n["id"] for n in needs if n.get("lat") is None]
if not remote:
    err("no remote/statewide need")
with_need_langs = [n["id"] for n in needs if n.get("languages")]

# ---------------- members ----------------
mem_ids = [m.get("id", "?") for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if len(members) < MIN_MEMBERS:
    err("only %d members (< %d)" % (len(members), MIN_MEMBERS))
MEM_KEYS = ("id", "language", "place", "lat", "lng", "radius_km", "interests")
for m in members:
    mid = m.get("id", "?")
    for key in MEM_KEYS:
        if key not in m:
            err("%s: missing key %s" % (mid, key))
    for key in m:
        if key not in MEM_KEYS + ("languages",):
            err("%s: unexpected key %s" % (mid, key))
    if not re.fullmatch(r"m\d{3}", mid):
        err("%s: bad id format" % mid)
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (mid, m.get("language")))
    if not isinstance(m.get("radius_km"), int) or not (5 <= m["radius_km"] <= 100):
        err("%s: radius %r not an integer in 5-100 km" % (mid, m.get("radius_km")))
    if m.get("lat") is None or m.get("lng") is None or not in_mn(m["lat"], m["lng"]):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        elif any(lg not in LANGS for lg in m["languages"]):
            err("%s: unknown language in %r" % (mid, m["languages"]))
    if not m.get("interests", "").strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if non_en_mem < MIN_NON_EN * len(members):
    err("non-English members %d/%d < %d%%" % (non_en_mem, len(members), 100 * MIN_NON_EN))
for lg, need in (("so", 22), ("hmn", 22), ("es", 5), ("vi", 5), ("om", 5), ("kar", 5), ("am", 5)):
    if mem_lang[lg] < need:
        err("fewer than %d members writing in %s (%d)" % (need, lg, mem_lang[lg]))
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# realistic radii: most Twin Cities members use 7-15 km
metro = [m for m in members if m.get("lat") and 44.6 <= m["lat"] <= 45.3 and -93.7 <= m["lng"] <= -92.8]
metro_mid = sum(1 for m in metro if 7 <= m.get("radius_km", 0) <= 15)
if metro and metro_mid < 0.7 * len(metro):
    err("only %d/%d Twin Cities members have a 7-15 km radius" % (metro_mid, len(metro)))

# edge margin: nobody may sit within 3 % of their radius from a located need
located = [n for n in needs if n.get("lat") is not None]
edge_pairs = 0
for m in members:
    if m.get("lat") is None or not isinstance(m.get("radius_km"), (int, float)):
        continue
    r = m["radius_km"]
    for n in located:
        d = dist(m, n)
        if abs(d - r) < EDGE_MARGIN * r:
            edge_pairs += 1
            err("%s/%s: %.2f km is within %d%% of radius %d km" % (m["id"], n["id"], d, 100 * EDGE_MARGIN, r))

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
    if not isinstance(lab, dict):
        err("%s: label entry is not an object" % nid)
        continue
    if set(lab) != {"good", "ok"}:
        err("%s: label keys must be exactly good and ok, got %s" % (nid, sorted(lab)))
    good, ok = lab.get("good", []), lab.get("ok", [])
    if not isinstance(good, list) or not isinstance(ok, list):
        err("%s: good/ok must be lists" % nid)
        continue
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
            err("%s: %s labelled but out of reach (%.1f km > radius %d)" % (nid, mid, dist(m, need), m["radius_km"]))
    if not good:
        no_good.add(nid)
    elif not (MIN_GOOD <= len(good) <= MAX_GOOD):
        err("%s: %d good members, expected %d-%d" % (nid, len(good), MIN_GOOD, MAX_GOOD))
    good_counts.append(len(good))
    ok_counts.append(len(ok))
    reach_counts.append(sum(1 for m in members if in_reach(m, need)))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
labelled_members = {mid for lab in labels.values() if isinstance(lab, dict)
                    for mid in lab.get("good", []) + lab.get("ok", [])}

# ---------------- summary ----------------
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / max(1, len(needs))))
print("  by kind: %s" % dict(sorted(need_kinds.items())))
print("  with `languages` set: %d %s" % (len(with_need_langs), with_need_langs))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * non_en_mem / max(1, len(members))))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
print("  Twin Cities members with 7-15 km radius: %d/%d" % (metro_mid, len(metro)))
print("  member/need pairs inside the %d%% edge margin: %d" % (100 * EDGE_MARGIN, edge_pairs))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts), sum(ok_counts)))
nz = [g for g in good_counts if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
if reach_counts:
    print("  members in reach per need: min %d, max %d" % (min(reach_counts), max(reach_counts)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % (len(members) - len(labelled_members)))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
