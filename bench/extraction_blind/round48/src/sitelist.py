import importlib
NAMES = ["s01_deer_river", "s02_onamia", "s03_nashwauk", "s04_mabel", "s05_kiester", "s06_elysian", "s07_hanska",
         "s08_edgerton", "s09_swanville", "s10_hill_city", "s11_upsala", "s12_crosslake"]
MODULES = [importlib.import_module(n) for n in NAMES]
