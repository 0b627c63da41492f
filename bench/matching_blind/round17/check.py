#!/usr/bin/env python3
"""Validate the round-17 blind matching set (stdlib only).

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
EXPECTED_NO_GOOD = {"n41", "n44", "n46"}
# needs documented as remote / statewide (lat/lng null)
EXPECTED_REMOTE = {"n07", "n19", "n27", "n49"}
MARGIN = 0.03  # no radius may lie within 3% of a member-need distance

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
NEED_KEYS = ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages")
need_ids = [n.get("id", "?") for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if len(needs) != 50:
    err("%d needs (expected 50)" % len(needs))
for n in needs:
    nid = n.get("id", "?")
    for key in NEED_KEYS:
        if key not in n:
            err("%s: missing key %s" % (nid, key))
    if set(n) - set(NEED_KEYS):
        err("%s: unexpected keys %s" % (nid, sorted(set(n) - set(NEED_KEYS))))
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
    if not isinstance(n.get("languages"), list):
        err("%s: languages must be a list" % nid)
    for lg in n.get("languages") or []:
        if lg not in LANGS:
            err("%s: bad required language %r" % (nid, lg))
    if not n.get("title") or not n.get("description"):
        err("%s: empty title/description" % nid)

need_lang = Counter(n.get("language") for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if not (17 <= need_lang["en"] <= 21):
    err("English needs %d, expected about 19" % need_lang["en"])
for lg in ("so", "hmn"):
    if not (6 <= need_lang[lg] <= 7):
        err("%s needs: %d, expected 6-7" % (lg, need_lang[lg]))
for lg in ("es", "vi", "om", "kar", "am"):
    if need_lang[lg] < 1:
        err("no need written in %s" % lg)
remote = sorted(n["id"] for n in needs if n.get("lat") is None)
if set(remote) != EXPECTED_REMOTE:
    err("remote needs %s differ from documented %s" % (remote, sorted(EXPECTED_REMOTE)))

# ---------------- members ----------------
MEM_KEYS = ("id", "language", "place", "lat", "lng", "radius_km", "interests")
mem_ids = [m.get("id", "?") for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if not (180 <= len(members) <= 200):
    err("%d members (expected about 190)" % len(members))
for m in members:
    mid = m.get("id", "?")
    for key in MEM_KEYS:
        if key not in m:
            err("%s: missing key %s" % (mid, key))
    if set(m) - set(MEM_KEYS) - {"languages"}:
        err("%s: unexpected keys %s" % (mid, sorted(set(m) - set(MEM_KEYS) - {"languages"})))
    if not re.fullmatch(r"m\d{3}", mid):
        err("%s: bad id format" % mid)
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (mid, m.get("language")))
    if not isinstance(m.get("radius_km"), int) or not (5 <= m["radius_km"] <= 30):
        err("%s: radius %r not an int in 5-30 km" % (mid, m.get("radius_km")))
    if m.get("lat") is None or not (43.4 <= m["lat"] <= 49.4 and -97.3 <= m["lng"] <= -89.4):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        elif m["language"] not in m["languages"]:
            err("%s: languages list does not include the profile language" % mid)
        elif set(m["languages"]) - LANGS:
            err("%s: unknown language in list %s" % (mid, m["languages"]))
    if not m.get("interests", "").strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m.get("language") for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
share = non_en_mem / max(1, len(members))
if not (0.55 <= share <= 0.62):
    err("non-English members %d/%d = %.0f%%, expected 57-60%%" % (non_en_mem, len(members), 100 * share))
EXPECTED_MEM = {"so": 26, "hmn": 26, "es": 18, "vi": 12, "om": 10, "kar": 8, "am": 8, "en": 80}
for lg, want in EXPECTED_MEM.items():
    if abs(mem_lang[lg] - want) > max(2, want // 10):
        err("%s-writing members %d, expected about %d" % (lg, mem_lang[lg], want))
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# ---------------- radius margins ----------------
for m in members:
    for n in needs:
        if n.get("lat") is None or m.get("lat") is None:
            continue
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        if abs(m["radius_km"] - d) <= MARGIN * d:
            err("%s vs %s: radius %d within 3%% of distance %.2f km (ambiguous reach)"
                % (m["id"], n["id"], m["radius_km"], d))

# ---------------- labels ----------------
mem_by_id = {m["id"]: m for m in members}
need_by_id = {n["id"]: n for n in needs}
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = set()
good_counts, ok_counts, reach_counts = [], [], []
good_by_lang = Counter()
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
    for mid in good:
        if mid in mem_by_id:
            good_by_lang[mem_by_id[mid]["language"]] += 1
    if not good:
        no_good.add(nid)
    elif len(good) > 7:
        err("%s: %d good members (more than 7)" % (nid, len(good)))
    good_counts.append(len(good))
    ok_counts.append(len(ok))
    reach_counts.append(sum(1 for m in members if in_reach(m, need)))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
in_band = sum(1 for g in good_counts if 2 <= g <= 6)
if in_band < 0.8 * len(needs):
    err("only %d/%d needs have 2-6 good members" % (in_band, len(needs)))
for lg in ("so", "hmn"):
    if good_by_lang[lg] < 20:
        err("%s-writing members have only %d good labels (< 20)" % (lg, good_by_lang[lg]))
labelled_members = {mid for lab in labels.values() for mid in lab.get("good", []) + lab.get("ok", [])}
never = len(members) - len(labelled_members)
if not (24 <= never <= 36):
    err("%d members never labelled, expected about 30" % never)

# ---------------- summary ----------------
print("needs: %d  (remote/statewide: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / len(needs)))
print("  by kind: %s" % dict(sorted(Counter(n.get("kind") for n in needs).items())))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * share))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts), sum(ok_counts)))
nz = [g for g in good_counts if g]
if nz:
    print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
print("  needs with 2-6 good: %d/%d" % (in_band, len(needs)))
print("  good labels by member profile language: %s" % dict(sorted(good_by_lang.items())))
print("  members in reach per need: min %d, max %d" % (min(reach_counts), max(reach_counts)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % never)
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
