"""The site modules of round 50, in order (every src/sNN_*.py file)."""
import glob
import importlib
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = [importlib.import_module(os.path.basename(p)[:-3])
           for p in sorted(glob.glob(os.path.join(_HERE, "s[0-9][0-9]_*.py")))]
