import importlib
NAMES = ["s01_chisholm", "s02_st_clair", "s03_kandiyohi", "s04_clear_lake", "s05_royalton", "s06_fairfax",
         "s07_sherburn", "s08_hanover", "s09_atwater", "s10_tower", "s11_barnesville"]
MODULES = [importlib.import_module(n) for n in NAMES]
