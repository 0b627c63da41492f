#!/usr/bin/env python3
"""Validate the round-10 blind matching set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads the files next to this script)
Exit code 0 when every check passes, 1 otherwise.

Checks:
  * ids, schema, kinds, language codes
  * Minnesota bounds for every located need and every member
  * member radii 5-100 km
  * language quotas: >= 55 % of needs and of members not written in English,
    >= 22 Somali-writing and >= 22 Hmong-writing members, and every one of
    en, so, hmn, es, vi, om, kar, am present among both needs and members
  * about half of the members give a `languages` list (35-65 %)
  * every labelled member is within reach of the need (haversine <= radius,
    or the need is remote)
  * 3 % edge margin: for no member/need pair (labelled or not) is the distance
    within 3 % of the member's radius, so rounding or a slightly different
    distance formula cannot flip reach
  * 2-6 good members per need, except the documented no-good needs, which
    must have none (and must be named in README.md)
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
# needs that deliberately have no good member (must match README.md)
EXPECTED_NO_GOOD = {"n10", "n57"}
EDGE_MARGIN = 0.03
MN_LAT = (43.4, 49.4)
MN_LNG = (-97.3, -89.4)

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
    return MN_LAT[0] <= lat <= MN_LAT[1] and MN_LNG[0] <= lng <= MN_LNG[1]


def is_remote(need):
    return need.get("lat") is None or need.get("lng") is None


def dist(member, need):
    return haversine_km(member["lat"], member["lng"], need["lat"], need["lng"])


def in_reach(member, need):
    return is_remote(need) or dist(member, need) <= member["radius_km"]


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
NEED_KEYS = ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages")
if not isinstance(needs, list):
    err("needs.json must be a list")
    needs = []
need_ids = [n.get("id") for n in needs]
dupes = [k for k, v in Counter(need_ids).items() if v > 1]
if dupes:
    err("duplicate need ids: %s" % dupes)
if not 55 <= len(needs) <= 60:
    err("%d needs (expected 55-60)" % len(needs))
for i, n in enumerate(needs, 1):
    nid = n.get("id", "?")
    missing = [k for k in NEED_KEYS if k not in n]
    if missing:
        err("%s: missing keys %s" % (nid, missing))
        continue
    if set(n) - set(NEED_KEYS):
        err("%s: unexpected keys %s" % (nid, sorted(set(n) - set(NEED_KEYS))))
    if nid != "n%02d" % i:
        err("%s: ids must be n01, n02, ... in file order (position %d)" % (nid, i))
    if n["language"] not in LANGS:
        err("%s: bad language %r" % (nid, n["language"]))
    if n["kind"] not in KINDS:
        err("%s: bad kind %r" % (nid, n["kind"]))
    if (n["lat"] is None) != (n["lng"] is None):
        err("%s: lat/lng must both be null or both set" % nid)
    elif n["lat"] is not None and not in_mn(n["lat"], n["lng"]):
        err("%s: location outside Minnesota" % nid)
    if is_remote(n) and "remote" not in n["place"].lower():
        err("%s: remote need but place does not say so" % nid)
    if not isinstance(n["languages"], list):
        err("%s: languages must be a list" % nid)
    else:
        for lg in n["languages"]:
            if lg not in LANGS:
                err("%s: bad language code %r in languages" % (nid, lg))
        if len(set(n["languages"])) != len(n["languages"]):
            err("%s: duplicate code in languages" % nid)
    for key in ("title", "description", "place"):
        if not isinstance(n[key], str) or not n[key].strip():
            err("%s: empty %s" % (nid, key))

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if needs and non_en_needs < 0.55 * len(needs):
    err("non-English needs %d/%d < 55%%" % (non_en_needs, len(needs)))
for lg in sorted(LANGS):
    if need_lang[lg] == 0:
        err("no need written in %s" % lg)
remote = [n["id"] for n in needs if is_remote(n)]

# ---------------- members ----------------
MEMBER_KEYS = ("id", "language", "place", "lat", "lng", "radius_km", "interests")
if not isinstance(members, list):
    err("members.json must be a list")
    members = []
mem_ids = [m.get("id") for m in members]
dupes = [k for k, v in Counter(mem_ids).items() if v > 1]
if dupes:
    err("duplicate member ids: %s" % dupes)
if not 185 <= len(members) <= 200:
    err("%d members (expected 185-200)" % len(members))
good_members = []
for i, m in enumerate(members, 1):
    mid = m.get("id", "?")
    missing = [k for k in MEMBER_KEYS if k not in m]
    if missing:
        err("%s: missing keys %s" % (mid, missing))
        continue
    if set(m) - set(MEMBER_KEYS) - {"languages"}:
        err("%s: unexpected keys %s" % (mid, sorted(set(m) - set(MEMBER_KEYS) - {"languages"})))
    if mid != "m%03d" % i:
        err("%s: ids must be m001, m002, ... in file order (position %d)" % (mid, i))
    if m["language"] not in LANGS:
        err("%s: bad language %r" % (mid, m["language"]))
    r = m["radius_km"]
    if not isinstance(r, (int, float)) or isinstance(r, bool) or not (5 <= r <= 100):
        err("%s: radius %r outside 5-100 km" % (mid, r))
        continue
    if not isinstance(m["lat"], (int, float)) or not isinstance(m["lng"], (int, float)) or not in_mn(m["lat"], m["lng"]):
        err("%s: location missing or outside Minnesota" % mid)
        continue
    if "languages" in m:
        lgs = m["languages"]
        if not isinstance(lgs, list) or not lgs:
            err("%s: languages must be a non-empty list when present" % mid)
        else:
            for lg in lgs:
                if not (isinstance(lg, str) and re.fullmatch(r"[a-z]{2,3}", lg)):
                    err("%s: bad language code %r" % (mid, lg))
            if len(set(lgs)) != len(lgs):
                err("%s: duplicate code in languages" % mid)
    if not isinstance(m["interests"], str) or not m["interests"].strip():
        err("%s: empty interests" % mid)
    if not isinstance(m["place"], str) or not m["place"].strip():
        err("%s: empty place" % mid)
    good_members.append(m)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if members and non_en_mem < 0.55 * len(members):
    err("non-English members %d/%d < 55%%" % (non_en_mem, len(members)))
if mem_lang["so"] < 22:
    err("only %d Somali-writing members (< 22)" % mem_lang["so"])
if mem_lang["hmn"] < 22:
    err("only %d Hmong-writing members (< 22)" % mem_lang["hmn"])
for lg in sorted(LANGS):
    if mem_lang[lg] == 0:
        err("no member writing in %s" % lg)
with_langs = sum(1 for m in members if "languages" in m)
if members and not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# ---------------- edge margin ----------------
located = [n for n in needs if all(k in n for k in NEED_KEYS) and not is_remote(n)]
edge_pairs = []
for m in good_members:
    for n in located:
        d = dist(m, n)
        if abs(d - m["radius_km"]) < EDGE_MARGIN * m["radius_km"]:
            edge_pairs.append((m["id"], n["id"], d, m["radius_km"]))
for mid, nid, d, r in edge_pairs:
    err("edge margin: %s-%s distance %.2f km within 3%% of radius %s" % (mid, nid, d, r))

# ---------------- labels ----------------
mem_by_id = {m["id"]: m for m in good_members}
need_by_id = {n["id"]: n for n in needs if "id" in n}
if not isinstance(labels, dict):
    err("labels.json must be an object")
    labels = {}
if set(labels) != set(need_by_id):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_by_id) - set(labels)), sorted(set(labels) - set(need_by_id))))
no_good = set()
good_counts, ok_counts, reach_counts = {}, {}, {}
for nid, lab in labels.items():
    if nid not in need_by_id:
        continue
    need = need_by_id[nid]
    if not isinstance(lab, dict) or set(lab) != {"good", "ok"}:
        err("%s: label must be {\"good\": [...], \"ok\": [...]}" % nid)
        continue
    good, ok = lab["good"], lab["ok"]
    if len(set(good)) != len(good) or len(set(ok)) != len(ok):
        err("%s: duplicate member in a label list" % nid)
    if set(good) & set(ok):
        err("%s: members in both good and ok: %s" % (nid, sorted(set(good) & set(ok))))
    for mid in good + ok:
        if mid not in mem_by_id:
            err("%s: unknown or invalid member %s" % (nid, mid))
            continue
        m = mem_by_id[mid]
        if not in_reach(m, need):
            err("%s: %s labelled but out of reach (%.1f km > radius %s)" % (nid, mid, dist(m, need), m["radius_km"]))
    if not good:
        no_good.add(nid)
    elif not 2 <= len(good) <= 6 and nid not in EXPECTED_NO_GOOD:
        err("%s: %d good members (expected 2-6)" % (nid, len(good)))
    good_counts[nid] = len(good)
    ok_counts[nid] = len(ok)
    reach_counts[nid] = sum(1 for m in good_members if in_reach(m, need))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
try:
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for nid in sorted(EXPECTED_NO_GOOD):
        if not re.search(r"\b%s\b" % nid, readme):
            err("README.md does not mention no-good need %s" % nid)
except OSError:
    err("README.md missing")
labelled_members = {mid for lab in labels.values() if isinstance(lab, dict)
                    for mid in lab.get("good", []) + lab.get("ok", [])}

# ---------------- summary ----------------
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
if needs:
    print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / len(needs)))
print("  by kind: %s" % dict(sorted(Counter(n.get("kind") for n in needs).items())))
print("  with `languages` set: %d" % sum(1 for n in needs if n.get("languages")))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
if members:
    print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * non_en_mem / len(members)))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
if good_members:
    radii = [m["radius_km"] for m in good_members]
    print("  radius: min %s, max %s km" % (min(radii), max(radii)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts.values()), sum(ok_counts.values())))
nz = [g for g in good_counts.values() if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
loc_reach = [reach_counts[n["id"]] for n in located if n["id"] in reach_counts]
if loc_reach:
    print("  members in reach per located need: min %d, max %d" % (min(loc_reach), max(loc_reach)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % (len(members) - len(labelled_members)))
print("  edge-margin violations: %d" % len(edge_pairs))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
