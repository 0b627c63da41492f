import importlib
NAMES = ["s01_plainview", "s02_arlington", "s03_east_bethel", "s04_dayton", "s05_excelsior", "s06_lakefield", "s07_elko_new_market", "s08_st_augusta", "s09_sandstone", "s10_warroad", "s11_harmony"]
MODULES = [importlib.import_module(n) for n in NAMES]
