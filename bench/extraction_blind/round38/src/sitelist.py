import importlib
NAMES = ["s01_rush_city", "s02_granite_falls", "s03_bagley", "s04_maple_lake", "s05_hoyt_lakes", "s06_mcgregor",
         "s07_pierz", "s08_proctor", "s09_carlton", "s10_braham", "s11_esko"]
MODULES = [importlib.import_module(n) for n in NAMES]
