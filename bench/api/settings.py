"""Production settings plus the bench URLconf (``bench.api.urls``); used only by the bench.

Everything else -- DEBUG off, middleware, database pool, logging -- is read from the
environment exactly as ``config.settings`` reads it.
"""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.api.urls"
