#!/usr/bin/env python3
"""Validate the round-4 blind matching evaluation set (stdlib only).

Usage: python3 check.py        (run from anywhere; reads files next to this script)
Exit status 0 when every check passes, 1 otherwise.
"""
import json
import math
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LANGS = {"en", "es", "so", "hmn", "vi", "om", "kar", "am"}
NEED_LANG_CODES = LANGS
KINDS = {"volunteer", "skilled", "donation", "other"}
EDGE_MARGIN_KM = 0.5  # labelled members must be inside the radius by at least this much

errors = []
warnings = []


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
    return 43.4 <= lat <= 49.5 and -97.3 <= lng <= -89.4


needs = load("needs.json")
members = load("members.json")
labels = load("labels.json")

# ---- needs -------------------------------------------------------------
need_ids = [n.get("id") for n in needs]
if len(need_ids) != len(set(need_ids)):
    err("duplicate need ids: %s" % [k for k, c in Counter(need_ids).items() if c > 1])
need_by_id = {n["id"]: n for n in needs}
for n in needs:
    for key in ("id", "language", "place", "lat", "lng", "title", "description", "kind", "languages"):
        if key not in n:
            err("%s: missing key %s" % (n.get("id"), key))
    if n.get("language") not in LANGS:
        err("%s: bad language %r" % (n["id"], n.get("language")))
    if n.get("kind") not in KINDS:
        err("%s: bad kind %r" % (n["id"], n.get("kind")))
    if not isinstance(n.get("languages"), list) or any(l not in NEED_LANG_CODES for l in n.get("languages", [])):
        err("%s: bad languages %r" % (n["id"], n.get("languages")))
    lat, lng = n.get("lat"), n.get("lng")
    if (lat is None) != (lng is None):
        err("%s: lat/lng must both be null or both set" % n["id"])
    elif lat is not None and not in_mn(lat, lng):
        err("%s: location %s,%s is not in Minnesota" % (n["id"], lat, lng))
    if not str(n.get("title", "")).strip() or not str(n.get("description", "")).strip():
        err("%s: empty title/description" % n["id"])

# ---- members -----------------------------------------------------------
member_ids = [m.get("id") for m in members]
if len(member_ids) != len(set(member_ids)):
    err("duplicate member ids: %s" % [k for k, c in Counter(member_ids).items() if c > 1])
member_by_id = {m["id"]: m for m in members}
for m in members:
    for key in ("id", "language", "place", "lat", "lng", "radius_km", "interests"):
        if key not in m:
            err("%s: missing key %s" % (m.get("id"), key))
    if m.get("language") not in LANGS:
        err("%s: bad language %r" % (m["id"], m.get("language")))
    if "languages" in m and (not isinstance(m["languages"], list) or any(l not in LANGS for l in m["languages"])):
        err("%s: bad languages %r" % (m["id"], m["languages"]))
    if not (5 <= m.get("radius_km", 0) <= 100):
        err("%s: radius_km %r outside 5-100" % (m["id"], m.get("radius_km")))
    if not in_mn(m["lat"], m["lng"]):
        err("%s: location not in Minnesota" % m["id"])
    if not str(m.get("interests", "")).strip():
        err("%s: empty interests" % m["id"])


def distance(need, member):
    if need["lat"] is None:
        return None
    return haversine_km(need["lat"], need["lng"], member["lat"], member["lng"])


def reaches(need, member):
    d = distance(need, member)
    return d is None or d <= member["radius_km"]


# ---- labels ------------------------------------------------------------
if set(labels) != set(need_ids):
    err("labels keys differ from need ids: missing %s extra %s"
        % (sorted(set(need_ids) - set(labels)), sorted(set(labels) - set(need_ids))))
no_good = []
good_counts = {}
for nid, lab in sorted(labels.items()):
    n = need_by_id.get(nid)
    if n is None:
        continue
    good, ok = lab.get("good", []), lab.get("ok", [])
    if set(lab) - {"good", "ok"}:
        err("%s: unexpected label keys %s" % (nid, sorted(set(lab) - {"good", "ok"})))
    if len(good) != len(set(good)) or len(ok) != len(set(ok)):
        err("%s: duplicate member in a label list" % nid)
    both = set(good) & set(ok)
    if both:
        err("%s: members in both good and ok: %s" % (nid, sorted(both)))
    for mid in good + ok:
        m = member_by_id.get(mid)
        if m is None:
            err("%s: unknown member %s" % (nid, mid))
            continue
        d = distance(n, m)
        if d is not None and d > m["radius_km"]:
            err("%s: %s is out of reach (%.1f km > radius %s)" % (nid, mid, d, m["radius_km"]))
        elif d is not None and m["radius_km"] - d < EDGE_MARGIN_KM:
            err("%s: %s only %.2f km inside its radius (need >= %.1f)"
                % (nid, mid, m["radius_km"] - d, EDGE_MARGIN_KM))
    # language requirement sanity: for interpreting needs every good member must list/write both languages
    req = set(n["languages"])
    if len(req) >= 2 or req - {"en"}:
        for mid in good:
            m = member_by_id.get(mid)
            if m is None:
                continue
            spoken = set(m.get("languages", [])) | {m["language"]}
            missing = req - spoken
            if missing:
                warnings.append("%s: good member %s does not list %s in languages/profile language "
                                "(must be stated in the text)" % (nid, mid, sorted(missing)))
    good_counts[nid] = len(good)
    if not good:
        no_good.append(nid)
        if ok:
            warnings.append("%s: no good member but %d ok labels (the intended answer is to notify nobody)"
                            % (nid, len(ok)))

# ---- quotas ------------------------------------------------------------
need_lang = Counter(n["language"] for n in needs)
mem_lang = Counter(m["language"] for m in members)
n_needs, n_mem = len(needs), len(members)
need_non_en = n_needs - need_lang["en"]
mem_non_en = n_mem - mem_lang["en"]
with_langs = sum(1 for m in members if "languages" in m)
remote = [n["id"] for n in needs if n["lat"] is None]

if not 40 <= n_needs <= 50:
    err("expected about 45 needs (40-50), have %d" % n_needs)
if not 110 <= n_mem <= 130:
    err("expected about 120 members (110-130), have %d" % n_mem)
if not 0.35 <= need_lang["en"] / n_needs <= 0.45:
    err("English needs %.0f%%, expected roughly 40%% (35-45%%)" % (100.0 * need_lang["en"] / n_needs))
for code, need_min, mem_min in (("so", 3, 5), ("hmn", 3, 5), ("es", 2, 3), ("vi", 2, 3),
                                ("om", 2, 3), ("kar", 2, 3), ("am", 2, 3)):
    if need_lang[code] < need_min:
        err("needs in %s: %d < %d" % (code, need_lang[code], need_min))
    if mem_lang[code] < mem_min:
        err("members writing in %s: %d < %d" % (code, mem_lang[code], mem_min))
if not 0.45 <= mem_non_en / n_mem <= 0.55:
    err("non-English members %.0f%%, expected about half (45-55%%)" % (100.0 * mem_non_en / n_mem))
# Script sanity: Karen needs must be in Myanmar script, Amharic in Ge'ez script.
SCRIPTS = {"kar": (0x1000, 0x109F), "am": (0x1200, 0x139F)}
for item in list(needs) + list(members):
    rng = SCRIPTS.get(item.get("language"))
    if rng:
        text = item.get("title", "") + item.get("description", "") + item.get("interests", "")
        if not any(rng[0] <= ord(ch) <= rng[1] for ch in text):
            err("%s: language %s but no text in its script" % (item["id"], item["language"]))
if not (0.35 <= with_langs / n_mem <= 0.65):
    err("'languages' key present for %d/%d members, expected about half" % (with_langs, n_mem))
if not (2 <= len(no_good) <= 3):
    err("expected 2-3 needs without a good member, got %s" % no_good)
for nid, c in good_counts.items():
    if nid not in no_good and c > 8:
        warnings.append("%s: %d good members (> 8)" % (nid, c))

# ---- summary -----------------------------------------------------------
def fmt(counter):
    return ", ".join("%s %d" % (k, counter[k]) for k in ("en", "so", "hmn", "es", "vi", "om", "kar", "am") if counter[k])

total_good = sum(len(v["good"]) for v in labels.values())
total_ok = sum(len(v["ok"]) for v in labels.values())
in_reach_pairs = sum(1 for n in needs for m in members if reaches(n, m))
dist = Counter(good_counts.values())
print("needs:   %d  (%s)  non-English %d = %.0f%%  remote %d %s"
      % (n_needs, fmt(need_lang), need_non_en, 100.0 * need_non_en / n_needs, len(remote), remote))
print("members: %d  (%s)  non-English %d = %.0f%%  with 'languages' key %d"
      % (n_mem, fmt(mem_lang), mem_non_en, 100.0 * mem_non_en / n_mem, with_langs))
print("labels:  good %d, ok %d, in-reach (need, member) pairs %d" % (total_good, total_ok, in_reach_pairs))
print("good per need: %s" % ", ".join("%d:%d" % (k, dist[k]) for k in sorted(dist)))
print("needs without any good member: %s" % no_good)
for w in warnings:
    print("WARNING:", w)
if errors:
    for e in errors:
        print("ERROR:", e)
    print("FAILED (%d errors)" % len(errors))
    sys.exit(1)
print("OK")
