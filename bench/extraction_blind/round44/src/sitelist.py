import importlib
NAMES = ['s01_dawson', 's02_wheaton', 's03_ortonville', 's04_adrian', 's05_hector', 's06_mantorville', 's07_gibbon', 's08_eyota', 's09_renville', 's10_goodhue', 's11_grand_meadow', 's12_cologne']
MODULES = [importlib.import_module(n) for n in NAMES]
