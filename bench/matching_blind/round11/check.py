#!/usr/bin/env python3
"""Validate the round-11 blind matching set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads files next to this script)
Exit code 0 when every check passes, 1 otherwise.

Checks: ids and order, schema, Minnesota bounds, radii 5-100 km, language quotas,
every labelled member within reach, a 3 % edge margin for every member/need pair,
2-6 good members per need except the documented no-good needs.
"""
import json
import math
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am"}
KINDS = {"volunteer", "skilled", "donation"}
NEED_KEYS = {"id", "language", "place", "lat", "lng", "title", "description", "kind", "languages"}
MEMBER_KEYS = {"id", "language", "place", "lat", "lng", "radius_km", "interests"}
MEMBER_OPTIONAL = {"languages"}
# needs that deliberately have no good member in reach (must match README.md)
EXPECTED_NO_GOOD = {"n24", "n38", "n53"}
EDGE_MARGIN = 0.03          # no pair with |distance - radius| <= 3 % of the radius
GOOD_MIN, GOOD_MAX = 2, 6
NON_EN_SHARE = 0.55

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
need_ids = [n.get("id", "?") for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if need_ids != ["n%02d" % i for i in range(1, len(needs) + 1)]:
    err("need ids are not n01..n%02d in approval order" % len(needs))
if not (55 <= len(needs) <= 60):
    err("%d needs (expected 55-60)" % len(needs))
for n in needs:
    nid = n.get("id", "?")
    if set(n) != NEED_KEYS:
        err("%s: keys %s differ from schema (missing %s, extra %s)"
            % (nid, sorted(n), sorted(NEED_KEYS - set(n)), sorted(set(n) - NEED_KEYS)))
        continue
    if not re.fullmatch(r"n\d{2}", nid):
        err("%s: bad id format" % nid)
    if n["language"] not in LANGS:
        err("%s: bad language %r" % (nid, n["language"]))
    if n["kind"] not in KINDS:
        err("%s: bad kind %r" % (nid, n["kind"]))
    if (n["lat"] is None) != (n["lng"] is None):
        err("%s: lat/lng must both be null or both set" % nid)
    if n["lat"] is None:
        if "remote" not in n["place"].lower():
            err("%s: null location but place %r does not say remote" % (nid, n["place"]))
    elif not in_mn(n["lat"], n["lng"]):
        err("%s: location outside Minnesota" % nid)
    if not isinstance(n["languages"], list):
        err("%s: languages must be a list" % nid)
    else:
        for lg in n["languages"]:
            if lg not in LANGS:
                err("%s: bad required language %r" % (nid, lg))
        if len(set(n["languages"])) != len(n["languages"]):
            err("%s: duplicate entries in languages" % nid)
    if not str(n["title"]).strip() or not str(n["description"]).strip():
        err("%s: empty title/description" % nid)
    if not str(n["place"]).strip():
        err("%s: empty place" % nid)

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if non_en_needs < NON_EN_SHARE * len(needs):
    err("non-English needs %d/%d < %d%%" % (non_en_needs, len(needs), NON_EN_SHARE * 100))
for lg in sorted(LANGS):
    if need_lang[lg] == 0:
        err("no need written in %s" % lg)
remote = [n["id"] for n in needs if n.get("lat") is None]
located = [n for n in needs if n.get("lat") is not None]

# ---------------- members ----------------
mem_ids = [m.get("id", "?") for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if not (185 <= len(members) <= 200):
    err("%d members (expected 185-200)" % len(members))
for m in members:
    mid = m.get("id", "?")
    keys = set(m)
    if not (MEMBER_KEYS <= keys <= MEMBER_KEYS | MEMBER_OPTIONAL):
        err("%s: keys %s differ from schema" % (mid, sorted(keys)))
        continue
    if not re.fullmatch(r"m\d{3}", mid):
        err("%s: bad id format" % mid)
    if m["language"] not in LANGS:
        err("%s: bad language %r" % (mid, m["language"]))
    if not isinstance(m["radius_km"], (int, float)) or not (5 <= m["radius_km"] <= 100):
        err("%s: radius %r outside 5-100 km" % (mid, m["radius_km"]))
    if m["lat"] is None or m["lng"] is None or not in_mn(m["lat"], m["lng"]):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        else:
            for lg in m["languages"]:
                if lg not in LANGS:
                    err("%s: bad language code %r in languages" % (mid, lg))
    if not str(m["interests"]).strip():
        err("%s: empty interests" % mid)
    if not str(m["place"]).strip():
        err("%s: empty place" % mid)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if non_en_mem < NON_EN_SHARE * len(members):
    err("non-English members %d/%d < %d%%" % (non_en_mem, len(members), NON_EN_SHARE * 100))
if mem_lang["so"] < 22:
    err("fewer than 22 Somali-writing members (%d)" % mem_lang["so"])
if mem_lang["hmn"] < 22:
    err("fewer than 22 Hmong-writing members (%d)" % mem_lang["hmn"])
for lg in sorted(LANGS):
    if mem_lang[lg] == 0:
        err("no member writing in %s" % lg)
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# ---------------- geometry: 3 % edge margin ----------------
edge_hits = 0
closest = None
for m in members:
    if m.get("lat") is None or "radius_km" not in m:
        continue
    r = m["radius_km"]
    for n in located:
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        rel = abs(d - r) / r
        if closest is None or rel < closest[0]:
            closest = (rel, m["id"], n["id"], d, r)
        if rel <= EDGE_MARGIN:
            edge_hits += 1
            err("%s-%s: distance %.2f km within %d%% of radius %s km (edge case)"
                % (m["id"], n["id"], d, EDGE_MARGIN * 100, r))

# ---------------- labels ----------------
mem_by_id = {m["id"]: m for m in members if "id" in m}
need_by_id = {n["id"]: n for n in needs if "id" in n}
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = set()
good_counts, ok_counts, reach_counts = {}, {}, {}
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
    elif not (GOOD_MIN <= len(good) <= GOOD_MAX):
        err("%s: %d good members (expected %d-%d)" % (nid, len(good), GOOD_MIN, GOOD_MAX))
    good_counts[nid] = len(good)
    ok_counts[nid] = len(ok)
    reach_counts[nid] = sum(1 for m in members if in_reach(m, need))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
labelled_members = {mid for lab in labels.values() for mid in lab.get("good", []) + lab.get("ok", [])}
never = len(members) - len(labelled_members)
if not (15 <= never <= 35):
    err("%d members are never labelled (expected about 20-30)" % never)

# ---------------- summary ----------------
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / max(1, len(needs))))
print("  by kind: %s" % dict(sorted(Counter(n.get("kind") for n in needs).items())))
print("  with `languages` set: %d" % sum(1 for n in needs if n.get("languages")))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * non_en_mem / max(1, len(members))))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
radii = [m["radius_km"] for m in members if "radius_km" in m]
print("  radius: min %s, max %s km" % (min(radii), max(radii)))
print("geometry:")
if closest:
    print("  closest member/need pair to a radius edge: %s-%s, %.2f km vs radius %s (%.1f%% off)"
          % (closest[1], closest[2], closest[3], closest[4], closest[0] * 100))
print("  pairs inside the %d%% edge margin: %d" % (EDGE_MARGIN * 100, edge_hits))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts.values()), sum(ok_counts.values())))
nz = [g for g in good_counts.values() if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
located_reach = [reach_counts[n["id"]] for n in located if n["id"] in reach_counts]
if located_reach:
    print("  members in reach per located need: min %d, max %d" % (min(located_reach), max(located_reach)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % never)
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors[:200]:
        print("  - " + e)
    if len(errors) > 200:
        print("  ... and %d more" % (len(errors) - 200))
    sys.exit(1)
print("\nOK: all checks passed")
