#!/usr/bin/env python3
"""Validate the round-5 blind matching set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads files next to this script)
Exit code 0 when every check passes, 1 otherwise.

Besides the schema, reach and quota checks of round 1, this checks the labels against
the facts the README's rules rely on (who speaks which language, who says she is a
woman, who offers to drive their own car, who is a broad "anything" member, who only
mentions a hobby or an organisation).  Those facts were read off the profile texts by
the set's author and are listed below; they are documentation, not inputs to any system.
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
EXPECTED_NO_GOOD = {"n23", "n37", "n44", "n49"}

# ---- facts read off the texts (see README) ----
# languages a member states only in the text (not in `languages`, not the profile language)
TEXT_LANGS = {
    "m002": {"ar", "en"}, "m015": {"en"}, "m016": {"en"}, "m038": {"en"}, "m047": {"en"},
    "m050": {"lo"}, "m052": {"en"}, "m065": {"en"}, "m075": {"am", "en"}, "m080": {"en"},
    "m083": {"en"}, "m086": {"en"}, "m087": {"en"}, "m093": {"en"}, "m095": {"en", "ti"},
    "m139": {"om"}, "m152": {"en"}, "m154": {"hmn"}, "m155": {"es"}, "m156": {"am"},
}
# needs whose `languages` are binding (interpreting/translation pairs, "must speak")
REQUIRED_LANGS = {"n02", "n06", "n08", "n12", "n19", "n20", "n22", "n28", "n29", "n33",
                  "n40", "n49", "n51"}
# needs whose `languages` are only a preference stated in the text
PREFERRED_LANGS = {"n03", "n15", "n47"}
# members who state they are a woman (haweeney / hooyo / poj niam / mamá / ሴት / "woman", "mom")
WOMEN = {"m003", "m004", "m013", "m020", "m023", "m025", "m031", "m042", "m047", "m059",
         "m090", "m100", "m102", "m144"}
WOMEN_ONLY = {"n16", "n22"}
# members who have a car AND offer to drive people or deliver things with it
CAR_OFFER = {"m005", "m006", "m027", "m049", "m060", "m110", "m132", "m157"}
CAR_NEEDS = {"n03", "n23", "n38", "n41"}
# broad "anything" members: never good; ok only for the unskilled hands-on needs below
BROAD = {"m010", "m019", "m039", "m055", "m069", "m081", "m087", "m094", "m099", "m108",
         "m118", "m148"}
BROAD_OK_NEEDS = {"n05", "n07", "n10", "n15", "n27", "n30", "n34", "n43", "n45", "n48"}
# members who only mention a pastime and offer nothing: never labelled
HOBBY_ONLY = {"m008", "m053", "m071", "m077", "m092", "m115", "m117", "m127", "m135", "m150"}
# member -> need whose organisation/place the member names without offering its activity
ORG_ONLY = {"m011": "n14", "m013": "n31", "m057": "n17", "m101": "n11", "m122": "n27",
            "m131": "n39", "m141": "n02"}

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
if len(needs) < 45:
    err("only %d needs (< 45)" % len(needs))
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
if not (0.40 * len(needs) <= non_en_needs <= 0.65 * len(needs)):
    err("non-English needs %d/%d, not about half" % (non_en_needs, len(needs)))
for lg, lo in (("so", 5), ("hmn", 5), ("es", 2), ("vi", 2), ("om", 2), ("kar", 2), ("am", 2)):
    if need_lang[lg] < lo:
        err("fewer than %d %s needs" % (lo, lg))
remote = [n["id"] for n in needs if n["lat"] is None]
with_need_langs = {n["id"] for n in needs if n["languages"]}
if with_need_langs != REQUIRED_LANGS | PREFERRED_LANGS:
    err("needs with `languages` %s differ from the documented required+preferred sets"
        % sorted(with_need_langs ^ (REQUIRED_LANGS | PREFERRED_LANGS)))

# ---------------- members ----------------
mem_ids = [m["id"] for m in members]
if len(set(mem_ids)) != len(mem_ids):
    err("duplicate member ids: %s" % [k for k, v in Counter(mem_ids).items() if v > 1])
if len(members) < 120:
    err("only %d members (< 120)" % len(members))
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
if non_en_mem < 0.45 * len(members):
    err("non-English members %d/%d < 45%%" % (non_en_mem, len(members)))
for lg, lo in (("so", 15), ("hmn", 15), ("es", 5), ("vi", 5), ("om", 5), ("kar", 5), ("am", 5)):
    if mem_lang[lg] < lo:
        err("fewer than %d %s-writing members" % (lo, lg))
with_langs = sum(1 for m in members if "languages" in m)
if not (0.35 * len(members) <= with_langs <= 0.65 * len(members)):
    err("members giving `languages`: %d/%d, not about half" % (with_langs, len(members)))

mem_by_id = {m["id"]: m for m in members}
for table in (TEXT_LANGS, WOMEN, CAR_OFFER, BROAD, HOBBY_ONLY, ORG_ONLY):
    for mid in table:
        if mid not in mem_by_id:
            err("fact table names unknown member %s" % mid)


def speaks(mid):
    m = mem_by_id[mid]
    return {m["language"]} | set(m.get("languages", [])) | TEXT_LANGS.get(mid, set())


# ---------------- labels ----------------
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
            err("%s: %s labelled but out of reach (%.1f km > radius %s)" % (nid, mid, d, m["radius_km"]))
        if nid in REQUIRED_LANGS and not set(need["languages"]) <= speaks(mid):
            err("%s: %s labelled but does not speak all of %s" % (nid, mid, need["languages"]))
        if mid in BROAD and (mid in good or nid not in BROAD_OK_NEEDS):
            err("%s: broad member %s labelled %s" % (nid, mid, "good" if mid in good else "ok"))
        if mid in HOBBY_ONLY:
            err("%s: hobby-only member %s labelled" % (nid, mid))
        if ORG_ONLY.get(mid) == nid:
            err("%s: %s only names the organisation but is labelled" % (nid, mid))
    for mid in good:
        if mid not in mem_by_id:
            continue
        if nid in WOMEN_ONLY and mid not in WOMEN:
            err("%s: women-only need, %s is good but does not say she is a woman" % (nid, mid))
        if nid in CAR_NEEDS and mid not in CAR_OFFER:
            err("%s: car needed, %s is good but does not offer a car" % (nid, mid))
    if not good:
        no_good.add(nid)
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
if errors:
    print("\nFAIL: %d problem(s)" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
