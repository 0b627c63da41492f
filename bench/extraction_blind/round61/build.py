#!/usr/bin/env python3
"""Write round 61's static sites (HTML + robots.txt) and truth.json from src/*.py.
PDFs are written by make_pdfs.py. Run: python3 build.py && python3 make_pdfs.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sitelist import MODULES  # noqa: E402

truth = {"sites": {}}
for m in MODULES:
    sd = os.path.join(HERE, "sites", m.SLUG)
    for rel, text in m.PAGES.items():
        p = os.path.join(sd, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(text.lstrip("\n"))
    with open(os.path.join(sd, "robots.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(m.ROBOTS)
    truth["sites"][m.SLUG] = {"needs": m.NEEDS, "traps": m.TRAPS}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote %d sites" % len(MODULES))
