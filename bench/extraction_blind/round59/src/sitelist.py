"""The round 59 site modules, in order (one module per site: src/sNN_<town>.py)."""
import importlib
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = sorted(f[:-3] for f in os.listdir(_HERE) if f.startswith("s") and f[1:3].isdigit() and f.endswith(".py"))
MODULES = [importlib.import_module(n) for n in NAMES]
