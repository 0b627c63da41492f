"""The round 58 site modules, in order."""
import importlib

NAMES = [
    "s01_maple_plain",
    "s02_stacy",
    "s03_silver_lake",
    "s04_lake_lillian",
    "s05_rose_creek",
    "s06_buffalo_lake",
    "s07_wood_lake",
    "s08_sturgeon_lake",
    "s09_round_lake",
    "s10_hancock",
    "s11_rock_creek",
    "s12_marine",
]
MODULES = [importlib.import_module(n) for n in NAMES]
