import importlib
NAMES = ["s01_le_center", "s02_whittier", "s03_daytons_bluff", "s04_corcoran", "s05_lester_prairie",
         "s06_long_lake", "s07_medina", "s08_spring_grove", "s09_battle_lake", "s10_hawley", "s11_new_london"]
MODULES = [importlib.import_module(n) for n in NAMES]
