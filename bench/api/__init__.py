"""The public API load test (issue 13): bench-only settings, URLconf and comparison views.

Nothing under ``config/`` or the apps imports this package: the comparison views exist
only in a process started with ``DJANGO_SETTINGS_MODULE=bench.api.settings`` (as
``bench/load_test.py`` starts gunicorn), never in production.
"""
