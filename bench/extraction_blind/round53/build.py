#!/usr/bin/env python3
"""Write round 53's static sites (HTML + robots.txt) and truth.json from src/*.py.

Adapted from round 34's build.py. Differences: the sites/ directory is wiped
first so no stale file survives a rebuild (run make_pdfs.py afterwards).

Run: python3 build.py && python3 make_pdfs.py && python3 validate.py
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sitelist import MODULES  # noqa: E402

SITES = os.path.join(HERE, "sites")
if os.path.isdir(SITES):
    shutil.rmtree(SITES)

truth = {"sites": {}}
for m in MODULES:
    sd = os.path.join(SITES, m.SLUG)
    for rel, text in m.PAGES.items():
        p = os.path.join(sd, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text.lstrip("\n"))
    with open(os.path.join(sd, "robots.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(m.ROBOTS.lstrip("\n"))
    truth["sites"][m.SLUG] = {"needs": m.NEEDS, "traps": m.TRAPS}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote %d sites" % len(MODULES))
