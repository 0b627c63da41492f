#!/usr/bin/env python3
"""Validate the round-14 blind matching set (stdlib only).

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
EXPECTED_NO_GOOD = {"n44", "n45"}
EDGE_MARGIN = 0.03          # no member/need distance within 3 % of the member's radius
MIN_GOOD, MAX_GOOD = 2, 6

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


def in_reach(member, need):
    if need["lat"] is None or need["lng"] is None:
        return True
    return haversine_km(member["lat"], member["lng"], need["lat"], need["lng"]) <= member["radius_km"]


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
if not isinstance(needs, list):
    err("needs.json must be a list")
    needs = []
need_ids = [n.get("id") for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if not (50 <= len(needs) <= 56):
    err("%d needs (expected 50-56)" % len(needs))
NEED_KEYS = ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages")
for n in needs:
    nid = n.get("id", "?")
    for key in NEED_KEYS:
        if key not in n:
            err("%s: missing key %s" % (nid, key))
    extra = set(n) - set(NEED_KEYS)
    if extra:
        err("%s: unexpected keys %s" % (nid, sorted(extra)))
    if not re.fullmatch(r"n\d{2,3}", str(nid)):
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
    for lg in n.get("languages") or []:
        if lg not in LANGS:
            err("%s: bad required language %r" % (nid, lg))
    for key in ("title", "description", "place"):
        if not str(n.get(key) or "").strip():
            err("%s: empty %s" % (nid, key))
if need_ids and need_ids != ["n%02d" % i for i in range(1, len(needs) + 1)]:
    err("need ids are not n01..n%02d in order" % len(needs))

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if needs and non_en_needs < 0.55 * len(needs):
    err("non-English needs %d/%d < 55%%" % (non_en_needs, len(needs)))
for lg in sorted(LANGS):
    if need_lang[lg] < 1:
        err("no need written in %s" % lg)
remote = [n["id"] for n in needs if n.get("lat") is None]

# ---------------- members ----------------
if not isinstance(members, list):
    err("members.json must be a list")
    members = []
mem_ids = [m.get("id") for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if not (180 <= len(members) <= 200):
    err("%d members (expected 180-200)" % len(members))
MEM_KEYS = ("id", "language", "place", "lat", "lng", "radius_km", "interests")
for m in members:
    mid = m.get("id", "?")
    for key in MEM_KEYS:
        if key not in m:
            err("%s: missing key %s" % (mid, key))
    extra = set(m) - set(MEM_KEYS) - {"languages"}
    if extra:
        err("%s: unexpected keys %s" % (mid, sorted(extra)))
    if not re.fullmatch(r"m\d{3}", str(mid)):
        err("%s: bad id format" % mid)
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (mid, m.get("language")))
    if not isinstance(m.get("radius_km"), (int, float)) or not (5 <= m["radius_km"] <= 100):
        err("%s: radius %r outside 5-100 km" % (mid, m.get("radius_km")))
    if m.get("lat") is None or m.get("lng") is None or not in_mn(m["lat"], m["lng"]):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        else:
            for lg in m["languages"]:
                if lg not in LANGS:
                    err("%s: bad language %r in languages" % (mid, lg))
            if m.get("language") not in m["languages"]:
                err("%s: profile language %r missing from its languages list" % (mid, m.get("language")))
    if not str(m.get("interests") or "").strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if members and non_en_mem < 0.55 * len(members):
    err("non-English members %d/%d < 55%%" % (non_en_mem, len(members)))
if mem_lang["so"] < 22:
    err("fewer than 22 Somali-writing members (%d)" % mem_lang["so"])
if mem_lang["hmn"] < 22:
    err("fewer than 22 Hmong-writing members (%d)" % mem_lang["hmn"])
for lg in sorted(LANGS):
    if mem_lang[lg] < 1:
        err("no member writing in %s" % lg)
with_langs = sum(1 for m in members if "languages" in m)
if members and not (0.25 * len(members) <= with_langs <= 0.75 * len(members)):
    err("members giving `languages`: %d/%d, expected only some (25-75 %%)" % (with_langs, len(members)))

# ---------------- edge margin ----------------
edge = []
for m in members:
    if m.get("lat") is None or not isinstance(m.get("radius_km"), (int, float)):
        continue
    for n in needs:
        if n.get("lat") is None:
            continue
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        if abs(d - m["radius_km"]) <= EDGE_MARGIN * m["radius_km"]:
            edge.append("%s/%s: %.2f km vs radius %s" % (m["id"], n["id"], d, m["radius_km"]))
for e in edge:
    err("edge case within %d%% of radius: %s" % (int(EDGE_MARGIN * 100), e))

# ---------------- labels ----------------
mem_by_id = {m.get("id"): m for m in members}
need_by_id = {n.get("id"): n for n in needs}
if not isinstance(labels, dict):
    err("labels.json must be an object")
    labels = {}
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = set()
good_counts, ok_counts, reach_counts = [], [], []
for nid, lab in labels.items():
    if nid not in need_by_id:
        continue
    need = need_by_id[nid]
    if set(lab) != {"good", "ok"}:
        err("%s: label keys must be exactly good and ok, got %s" % (nid, sorted(lab)))
    good, ok = lab.get("good", []), lab.get("ok", [])
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
            err("%s: %s labelled but out of reach (%.1f km > radius %s)" % (nid, mid, d, m["radius_km"]))
    if not good:
        no_good.add(nid)
    elif not (MIN_GOOD <= len(good) <= MAX_GOOD):
        err("%s: %d good members (expected %d-%d)" % (nid, len(good), MIN_GOOD, MAX_GOOD))
    good_counts.append(len(good))
    ok_counts.append(len(ok))
    reach_counts.append(sum(1 for m in members if in_reach(m, need)))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
labelled_members = {mid for lab in labels.values() for mid in lab.get("good", []) + lab.get("ok", [])}

# ---------------- summary ----------------
pct = lambda a, b: 100.0 * a / b if b else 0.0
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), pct(non_en_needs, len(needs))))
print("  by kind: %s" % dict(sorted(Counter(n.get("kind") for n in needs).items())))
print("  with `languages` set: %d" % sum(1 for n in needs if n.get("languages")))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), pct(non_en_mem, len(members))))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
if members:
    radii = [m["radius_km"] for m in members if isinstance(m.get("radius_km"), (int, float))]
    print("  radius km: min %s, max %s" % (min(radii), max(radii)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts), sum(ok_counts)))
nz = [g for g in good_counts if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
if reach_counts:
    print("  members in reach per need: min %d, max %d" % (min(reach_counts), max(reach_counts)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % (len(members) - len(labelled_members)))
print("  member/need pairs within %d%% of the radius: %d" % (int(EDGE_MARGIN * 100), len(edge)))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
