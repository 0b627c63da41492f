#!/usr/bin/env python3
"""Validate the round-12 blind matching set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads files next to this script)
Exit code 0 when every check passes, 1 otherwise.

Checks: ids and schema, Minnesota bounds, radii, set sizes, language quotas,
every labelled member within reach, a 3 % edge margin between every member's
radius and every located need, 2-6 good members per need except the
documented no-good needs.
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
NEED_KEYS = {"id", "language", "place", "lat", "lng", "title", "description", "kind", "languages"}
MEMBER_KEYS = {"id", "language", "place", "lat", "lng", "radius_km", "interests"}
MEMBER_OPTIONAL = {"languages"}
# needs that deliberately have no good member (must match README.md)
EXPECTED_NO_GOOD = {"n21", "n45", "n52"}
EDGE_MARGIN = 0.03          # no member/need distance within 3 % of the member's radius
GOOD_MIN, GOOD_MAX = 2, 6
N_NEEDS = (55, 60)
N_MEMBERS = (185, 200)
NON_EN_SHARE = 0.55
MIN_SO_MEMBERS = 22
MIN_HMN_MEMBERS = 22

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


def is_remote(need):
    return need.get("lat") is None or need.get("lng") is None


def in_reach(member, need):
    if is_remote(need):
        return True
    return haversine_km(member["lat"], member["lng"], need["lat"], need["lng"]) <= member["radius_km"]


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
need_ids = [n.get("id", "?") for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if not (N_NEEDS[0] <= len(needs) <= N_NEEDS[1]):
    err("%d needs, expected %d-%d" % (len(needs), N_NEEDS[0], N_NEEDS[1]))
for n in needs:
    nid = n.get("id", "?")
    missing, extra = NEED_KEYS - set(n), set(n) - NEED_KEYS
    if missing:
        err("%s: missing keys %s" % (nid, sorted(missing)))
    if extra:
        err("%s: unexpected keys %s" % (nid, sorted(extra)))
    if not re.fullmatch(r"n\d{2}", str(nid)):
        err("%s: bad id format" % nid)
    if n.get("language") not in LANGS:
        err("%s: bad language %r" % (nid, n.get("language")))
    if n.get("kind") not in KINDS:
        err("%s: bad kind %r" % (nid, n.get("kind")))
    if (n.get("lat") is None) != (n.get("lng") is None):
        err("%s: lat/lng must both be null or both set" % nid)
    if n.get("lat") is not None:
        if not (isinstance(n["lat"], (int, float)) and isinstance(n["lng"], (int, float))):
            err("%s: lat/lng must be numbers" % nid)
        elif not in_mn(n["lat"], n["lng"]):
            err("%s: location outside Minnesota" % nid)
    elif not str(n.get("place", "")).startswith("Remote"):
        err("%s: remote need should have a 'Remote ...' place" % nid)
    langs = n.get("languages")
    if not isinstance(langs, list):
        err("%s: languages must be a list" % nid)
    else:
        for lg in langs:
            if lg not in LANGS:
                err("%s: bad need language %r" % (nid, lg))
        if len(set(langs)) != len(langs):
            err("%s: duplicate entries in languages" % nid)
    for key in ("title", "description", "place"):
        if not str(n.get(key, "")).strip():
            err("%s: empty %s" % (nid, key))

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if non_en_needs < NON_EN_SHARE * len(needs):
    err("non-English needs %d/%d < %d%%" % (non_en_needs, len(needs), NON_EN_SHARE * 100))
for lg in sorted(LANGS):
    if need_lang[lg] == 0:
        err("no need written in %s" % lg)
remote = [n["id"] for n in needs if is_remote(n)]

# ---------------- members ----------------
mem_ids = [m.get("id", "?") for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if not (N_MEMBERS[0] <= len(members) <= N_MEMBERS[1]):
    err("%d members, expected %d-%d" % (len(members), N_MEMBERS[0], N_MEMBERS[1]))
for m in members:
    mid = m.get("id", "?")
    missing, extra = MEMBER_KEYS - set(m), set(m) - MEMBER_KEYS - MEMBER_OPTIONAL
    if missing:
        err("%s: missing keys %s" % (mid, sorted(missing)))
    if extra:
        err("%s: unexpected keys %s" % (mid, sorted(extra)))
    if not re.fullmatch(r"m\d{3}", str(mid)):
        err("%s: bad id format" % mid)
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (mid, m.get("language")))
    rad = m.get("radius_km")
    if not isinstance(rad, (int, float)) or not (5 <= rad <= 100):
        err("%s: radius %r outside 5-100 km" % (mid, rad))
    if m.get("lat") is None or m.get("lng") is None or not in_mn(m["lat"], m["lng"]):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        elif len(set(m["languages"])) != len(m["languages"]):
            err("%s: duplicate entries in languages" % mid)
    if not str(m.get("interests", "")).strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if non_en_mem < NON_EN_SHARE * len(members):
    err("non-English members %d/%d < %d%%" % (non_en_mem, len(members), NON_EN_SHARE * 100))
if mem_lang["so"] < MIN_SO_MEMBERS:
    err("only %d Somali-writing members (< %d)" % (mem_lang["so"], MIN_SO_MEMBERS))
if mem_lang["hmn"] < MIN_HMN_MEMBERS:
    err("only %d Hmong-writing members (< %d)" % (mem_lang["hmn"], MIN_HMN_MEMBERS))
for lg in sorted(LANGS):
    if mem_lang[lg] == 0:
        err("no member writing in %s" % lg)
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# ---------------- edge margin ----------------
valid_members = [m for m in members
                 if isinstance(m.get("lat"), (int, float)) and isinstance(m.get("lng"), (int, float))
                 and isinstance(m.get("radius_km"), (int, float))]
located_needs = [n for n in needs
                 if isinstance(n.get("lat"), (int, float)) and isinstance(n.get("lng"), (int, float))]
edge_pairs = 0
for m in valid_members:
    for n in located_needs:
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        if abs(d - m["radius_km"]) <= EDGE_MARGIN * m["radius_km"]:
            edge_pairs += 1
            err("edge margin: %s is %.2f km from %s, radius %s (within %d%%)"
                % (m["id"], d, n["id"], m["radius_km"], EDGE_MARGIN * 100))

# ---------------- labels ----------------
mem_by_id = {m["id"]: m for m in valid_members}
need_by_id = {n.get("id"): n for n in needs}
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = set()
good_counts, ok_counts, reach_counts = {}, {}, {}
for nid, lab in sorted(labels.items()):
    if nid not in need_by_id:
        continue
    need = need_by_id[nid]
    if not isinstance(lab, dict) or set(lab) != {"good", "ok"}:
        err("%s: label entry must have exactly the keys good and ok" % nid)
        continue
    good, ok = lab["good"], lab["ok"]
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
        err("%s: %d good members, expected %d-%d" % (nid, len(good), GOOD_MIN, GOOD_MAX))
    good_counts[nid] = len(good)
    ok_counts[nid] = len(ok)
    reach_counts[nid] = sum(1 for m in valid_members if in_reach(m, need))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
labelled_members = {mid for lab in labels.values() if isinstance(lab, dict)
                    for mid in lab.get("good", []) + lab.get("ok", [])}

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
radii = [m["radius_km"] for m in valid_members]
if radii:
    print("  radius_km: min %s, max %s" % (min(radii), max(radii)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts.values()), sum(ok_counts.values())))
nz = [g for g in good_counts.values() if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f"
          % (min(nz), max(nz), sum(nz) / len(nz)))
located_reach = [reach_counts[n["id"]] for n in located_needs if n.get("id") in reach_counts]
if located_reach:
    print("  members in reach per located need: min %d, max %d" % (min(located_reach), max(located_reach)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % (len(members) - len(labelled_members)))
print("  member/need pairs inside the %d%% edge margin: %d" % (EDGE_MARGIN * 100, edge_pairs))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
