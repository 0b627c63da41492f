"""The site modules of round 56, in build order."""
import importlib

NAMES = [
    "s01_watkins",
    "s02_cromwell",
    "s03_montrose",
    "s04_sanborn",
    "s05_courtland",
    "s06_clinton",
    "s07_westbrook",
    "s08_franklin",
    "s09_saginaw",
    "s10_lafayette",
    "s11_milroy",
    "s12_underwood",
    "s13_taconite",
]
MODULES = [importlib.import_module(n) for n in NAMES]
