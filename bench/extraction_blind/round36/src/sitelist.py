import importlib
NAMES = ["s01_milaca", "s02_nisswa", "s03_olivia", "s04_medford", "s05_randolph", "s06_oak_grove",
         "s07_new_richland", "s08_slayton", "s09_wayzata", "s10_rice", "s11_virginia"]
MODULES = [importlib.import_module(n) for n in NAMES]
