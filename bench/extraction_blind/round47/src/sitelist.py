import importlib
NAMES = ["s01_wanamingo", "s02_freeport", "s03_truman", "s04_biwabik", "s05_eagle_bend", "s06_scandia",
         "s07_afton", "s08_finlayson", "s09_taylors_falls", "s10_blackduck", "s11_twin_valley", "s12_red_lake_falls"]
MODULES = [importlib.import_module(n) for n in NAMES]
