#!/usr/bin/env python3
"""Build round 55: write sites/<slug>/ (HTML pages + robots.txt) and truth.json from src/*.py.
The PDFs are written by make_pdfs.py.   Run:  python3 build.py && python3 make_pdfs.py"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from sitelist import MODULES  # noqa: E402


def main():
    out = os.path.join(HERE, "sites")
    if os.path.isdir(out):
        shutil.rmtree(out)
    truth = {"sites": {}}
    for m in MODULES:
        sd = os.path.join(out, m.SLUG)
        for rel, text in m.PAGES.items():
            path = os.path.join(sd, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text.lstrip("\n"))
        with open(os.path.join(sd, "robots.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(m.ROBOTS)
        truth["sites"][m.SLUG] = {"needs": m.NEEDS, "traps": m.TRAPS}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d sites, %d needs, %d traps" % (
        len(MODULES), sum(len(m.NEEDS) for m in MODULES), sum(len(m.TRAPS) for m in MODULES)))


if __name__ == "__main__":
    main()
