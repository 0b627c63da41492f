import importlib
NAMES = ["s01_osakis", "s02_annandale", "s03_circle_pines", "s04_becker", "s05_otsego", "s06_watertown", "s07_mountain_lake", "s08_wyoming", "s09_howard_lake", "s10_moose_lake", "s11_albertville"]
MODULES = [importlib.import_module(n) for n in NAMES]
