import importlib
NAMES = ["s01_brownsdale", "s02_clarks_grove", "s03_elbow_lake", "s04_hokah", "s05_morristown", "s06_oronoco", "s07_elgin", "s08_grove_city", "s09_le_roy", "s10_henning", "s11_lake_benton", "s12_browerville"]
MODULES = [importlib.import_module(n) for n in NAMES]
