"""The site modules of round 51, in order."""
import importlib
import os

_here = os.path.dirname(os.path.abspath(__file__))
MODULES = [importlib.import_module(f[:-3]) for f in sorted(os.listdir(_here))
           if f.startswith("s") and f[1:3].isdigit() and f.endswith(".py")]
