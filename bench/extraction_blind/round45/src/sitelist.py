import importlib
NAMES = ["s01_starbuck", "s02_browns_valley", "s03_springfield", "s04_mayer", "s05_carver", "s06_henderson", "s07_frazee", "s08_new_york_mills", "s09_menahga", "s10_richmond", "s11_holdingford", "s12_dundas"]
MODULES = [importlib.import_module(n) for n in NAMES]
