import importlib
NAMES = ["s01_lewiston", "s02_ellendale", "s03_kerkhoven", "s04_sacred_heart", "s05_chisago_city", "s06_tyler",
         "s07_fulda", "s08_hallock", "s09_askov", "s10_mahnomen", "s11_ivanhoe"]
MODULES = [importlib.import_module(n) for n in NAMES]
