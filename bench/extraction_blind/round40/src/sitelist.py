import importlib
NAMES = ["s01_lanesboro", "s02_gaylord", "s03_centerville", "s04_ogilvie", "s05_winsted", "s06_nicollet",
         "s07_lamberton", "s08_crosby", "s09_silver_bay", "s10_walker", "s11_pine_river"]
MODULES = [importlib.import_module(n) for n in NAMES]
