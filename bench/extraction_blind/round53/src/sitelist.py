"""The site modules of round 53, in order."""
import importlib

NAMES = [
    "s01_lyle", "s02_cosmos", "s03_storden", "s04_kensington", "s05_ostrander", "s06_garrison",
    "s07_wykoff", "s08_milan", "s09_winthrop", "s10_hendricks", "s11_motley", "s12_floodwood",
]
MODULES = [importlib.import_module(n) for n in NAMES]
