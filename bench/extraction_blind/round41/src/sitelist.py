import importlib
NAMES = ["s01_north_mankato", "s02_butterfield", "s03_goodview", "s04_victoria", "s05_lismore", "s06_rockford",
         "s07_mound", "s08_waverly", "s09_sabin", "s10_wells", "s11_cass_lake"]
MODULES = [importlib.import_module(n) for n in NAMES]
