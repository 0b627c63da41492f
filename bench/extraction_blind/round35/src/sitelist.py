import importlib
NAMES = ["s01_appleton", "s02_baxter", "s03_canby", "s04_dassel", "s05_eden_valley", "s06_fosston", "s07_glenwood",
         "s08_hinckley", "s09_international_falls", "s10_kimball", "s11_lindstrom"]
MODULES = [importlib.import_module(n) for n in NAMES]
