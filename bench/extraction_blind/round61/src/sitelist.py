"""The site modules of round 61, in build order."""
import importlib

NAMES = [
    "s01_glenville",
    "s02_delavan",
    "s03_rapidan",
    "s04_elba",
    "s05_pemberton",
    "s06_hartland",
    "s07_millville",
    "s08_lake_wilson",
    "s09_waldorf",
    "s10_hammond",
    "s11_jeffers",
    "s12_hadley",
    "s13_bellechester",
    "s14_ceylon",
]
MODULES = [importlib.import_module(n) for n in NAMES]
