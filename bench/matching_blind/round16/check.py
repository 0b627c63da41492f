#!/usr/bin/env python3
"""Validate the round-16 blind matching set (stdlib only).

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
N_NEEDS = 50
# needs that deliberately have no good member in reach (must match README.md)
EXPECTED_NO_GOOD = {"n43", "n46", "n47"}
# `languages` on needs, split as documented in README.md
REQUIRED_LANGS = {
    "n02": {"so", "en"}, "n12": {"om", "en"}, "n19": {"kar", "en"}, "n33": {"hmn"},
    "n35": {"so", "en"}, "n37": {"am", "en"}, "n43": {"kar", "en"},
}
PREFERRED_LANGS = {
    "n03": {"hmn"}, "n05": {"es"}, "n06": {"vi"}, "n07": {"hmn"}, "n14": {"es"},
    "n34": {"es"}, "n44": {"om"},
}
# members whose profile text (not `languages`, not the profile language) states a language
SPEAKS_FROM_TEXT = {"m043": {"so"}, "m069": {"hmn"}, "m138": {"en"}}
# women-only needs: every good member must state she is a woman in her text
WOMEN_ONLY = {"n16"}
WOMAN_MARKERS = ("haweeney", "hooyo", "i'm a woman", "poj niam", "ሴት ነኝ")
# members that are never labelled (README.md lists them)
EXPECTED_UNLABELLED = {
    "m002", "m012", "m013", "m015", "m016", "m020", "m029", "m030", "m063", "m065",
    "m079", "m083", "m085", "m090", "m095", "m096", "m103", "m107", "m118", "m120",
    "m122", "m124", "m127", "m128", "m140", "m141", "m142", "m144", "m146", "m156",
    "m159", "m162", "m163", "m168", "m187",
}
# a radius may not sit within this margin of a located need's distance
AMBIGUITY_REL, AMBIGUITY_ABS = 0.03, 0.25

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


def speaks(member, lang):
    return (member["language"] == lang or lang in member.get("languages", [])
            or lang in SPEAKS_FROM_TEXT.get(member["id"], set()))


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---------------- needs ----------------
need_ids = [n["id"] for n in needs]
if len(set(need_ids)) != len(need_ids):
    err("duplicate need ids: %s" % [k for k, v in Counter(need_ids).items() if v > 1])
if len(needs) != N_NEEDS:
    err("%d needs, expected %d" % (len(needs), N_NEEDS))
NEED_KEYS = ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages")
for n in needs:
    nid = n.get("id", "?")
    for key in NEED_KEYS:
        if key not in n:
            err("%s: missing key %s" % (nid, key))
    if set(n) - set(NEED_KEYS):
        err("%s: unexpected keys %s" % (nid, sorted(set(n) - set(NEED_KEYS))))
    if not re.fullmatch(r"n\d{2}", nid):
        err("%s: bad id format" % nid)
    if n.get("language") not in LANGS:
        err("%s: bad language %r" % (nid, n.get("language")))
    if n.get("kind") not in KINDS:
        err("%s: bad kind %r" % (nid, n.get("kind")))
    if (n.get("lat") is None) != (n.get("lng") is None):
        err("%s: lat/lng must both be null or both set" % nid)
    if n.get("lat") is not None:
        if not (isinstance(n["lat"], float) and isinstance(n["lng"], float)):
            err("%s: lat/lng must be floats" % nid)
        elif not (43.4 <= n["lat"] <= 49.4 and -97.3 <= n["lng"] <= -89.4):
            err("%s: location outside Minnesota" % nid)
    elif "remote" not in n.get("place", "").lower():
        err("%s: no location but place does not say remote" % nid)
    if not isinstance(n.get("languages"), list):
        err("%s: languages must be a list" % nid)
    for lg in n.get("languages", []):
        if lg not in LANGS:
            err("%s: bad language code %r" % (nid, lg))
    documented = REQUIRED_LANGS.get(nid, set()) | PREFERRED_LANGS.get(nid, set())
    if set(n.get("languages", [])) != documented:
        err("%s: languages %s differ from the documented %s" % (nid, n.get("languages"), sorted(documented)))
    if not n.get("title") or not n.get("description"):
        err("%s: empty title/description" % nid)

need_lang = Counter(n["language"] for n in needs)
non_en_needs = sum(v for k, v in need_lang.items() if k != "en")
if non_en_needs < 0.55 * len(needs):
    err("non-English needs %d/%d < 55%%" % (non_en_needs, len(needs)))
for lg, minimum in (("so", 6), ("hmn", 6), ("es", 3), ("vi", 2), ("om", 2), ("kar", 1), ("am", 1)):
    if need_lang[lg] < minimum:
        err("fewer than %d %s needs" % (minimum, lg))
remote = [n["id"] for n in needs if n["lat"] is None]
if len(remote) < 2:
    err("fewer than 2 remote needs")

# ---------------- members ----------------
mem_ids = [m["id"] for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if len(members) < 180:
    err("only %d members (< 180)" % len(members))
MEM_KEYS = ("id", "language", "place", "lat", "lng", "radius_km", "interests")
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
    if not isinstance(m.get("lat"), float) or not (43.4 <= m["lat"] <= 49.4 and -97.3 <= m["lng"] <= -89.4):
        err("%s: location missing or outside Minnesota" % mid)
    if "languages" in m:
        if not isinstance(m["languages"], list) or not m["languages"]:
            err("%s: languages must be a non-empty list when present" % mid)
        elif set(m["languages"]) - LANGS:
            err("%s: bad language codes %s" % (mid, sorted(set(m["languages"]) - LANGS)))
    if not m.get("interests", "").strip():
        err("%s: empty interests" % mid)

mem_lang = Counter(m["language"] for m in members)
non_en_mem = sum(v for k, v in mem_lang.items() if k != "en")
if non_en_mem < 0.55 * len(members):
    err("non-English members %d/%d < 55%%" % (non_en_mem, len(members)))
for lg, minimum in (("so", 24), ("hmn", 24), ("es", 15), ("vi", 10), ("om", 8), ("kar", 6), ("am", 6)):
    if mem_lang[lg] < minimum:
        err("fewer than %d %s-writing members" % (minimum, lg))
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

# radii must not sit on the edge of any located need (labels would be fragile)
located = [n for n in needs if n["lat"] is not None]
for m in members:
    for n in located:
        d = haversine_km(m["lat"], m["lng"], n["lat"], n["lng"])
        if abs(d - m["radius_km"]) <= max(AMBIGUITY_REL * d, AMBIGUITY_ABS):
            err("%s: radius %d km is on the edge of %s (%.2f km)" % (m["id"], m["radius_km"], n["id"], d))

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
        for lg in REQUIRED_LANGS.get(nid, set()):
            if not speaks(m, lg):
                err("%s: %s labelled but does not speak required language %s" % (nid, mid, lg))
    for mid in good:
        if mid not in mem_by_id:
            continue
        good_by_lang[mem_by_id[mid]["language"]] += 1
        if nid in WOMEN_ONLY and not any(w in mem_by_id[mid]["interests"].lower() for w in WOMAN_MARKERS):
            err("%s: %s is good for a women-only need but does not say she is a woman" % (nid, mid))
    if len(good) > 6:
        err("%s: %d good members (> 6)" % (nid, len(good)))
    if not good:
        no_good.add(nid)
    good_counts.append(len(good))
    ok_counts.append(len(ok))
    reach_counts.append(sum(1 for m in members if in_reach(m, need)))

if no_good != EXPECTED_NO_GOOD:
    err("needs without a good member %s differ from the documented set %s"
        % (sorted(no_good), sorted(EXPECTED_NO_GOOD)))
two_to_six = sum(1 for g in good_counts if 2 <= g <= 6)
if two_to_six < 0.8 * len(needs):
    err("only %d needs have 2-6 good members" % two_to_six)
for lg in ("so", "hmn"):
    if good_by_lang[lg] < 20:
        err("%s-writing members have only %d good labels (< 20)" % (lg, good_by_lang[lg]))
labelled_members = {mid for lab in labels.values() for mid in lab.get("good", []) + lab.get("ok", [])}
unlabelled = set(mem_ids) - labelled_members
if unlabelled != EXPECTED_UNLABELLED:
    err("never-labelled members differ from the documented list: extra %s missing %s"
        % (sorted(unlabelled - EXPECTED_UNLABELLED), sorted(EXPECTED_UNLABELLED - unlabelled)))

# ---------------- summary ----------------
print("needs: %d  (remote: %d %s)" % (len(needs), len(remote), remote))
print("  by language: %s" % dict(sorted(need_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_needs, len(needs), 100.0 * non_en_needs / len(needs)))
print("  by kind: %s" % dict(sorted(Counter(n["kind"] for n in needs).items())))
print("members: %d" % len(members))
print("  by profile language: %s" % dict(sorted(mem_lang.items())))
print("  non-English: %d/%d = %.0f%%" % (non_en_mem, len(members), 100.0 * non_en_mem / len(members)))
print("  giving `languages`: %d/%d" % (with_langs, len(members)))
print("labels:")
print("  good total %d, ok total %d" % (sum(good_counts), sum(ok_counts)))
print("  good labels by member profile language: %s" % dict(sorted(good_by_lang.items())))
nz = [g for g in good_counts if g]
print("  good per need (needs with >=1 good): min %d, max %d, mean %.1f" % (min(nz), max(nz), sum(nz) / len(nz)))
print("  needs with 2-6 good members: %d/%d" % (two_to_six, len(needs)))
print("  members in reach per need: min %d, max %d" % (min(reach_counts), max(reach_counts)))
print("  needs with no good member: %s" % sorted(no_good))
print("  members never labelled anywhere: %d" % len(unlabelled))
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
