"""Work a web process's first requests would do, done before it takes any.

Gunicorn workers import the project themselves (no preloading), and the first requests of
every new worker used to pay for what Django, graphene, the rate limits, the outbox and
the offline geocoder load lazily: the URLconf (the admin, the HSDS export), the GraphQL
schema (numpy with it), the Redis client, the Celery task modules, the ZIP and city
tables -- about 4 s of CPU on the 2-core bench machine (docs/benchmarks.md, issue 13).
``gunicorn.conf.py`` runs :func:`warm_up` once per worker, before the worker accepts a
connection (a new worker is ready a few seconds later, and then fast).  Nothing here
connects to the database, Redis or the broker.
"""

from __future__ import annotations


def warm_up() -> None:
    import django_ratelimit.core  # noqa: F401 - the rate limits' first use
    import redis  # noqa: F401
    from celery import current_app
    from django.urls import get_resolver
    from graphene_django.settings import graphene_settings

    from members import geocoding

    get_resolver().url_patterns  # noqa: B018 - imports the URLconf and its views
    graphene_settings.SCHEMA  # noqa: B018 - imports config.schema
    current_app.loader.import_default_modules()  # the outbox sends through these
    geocoding.warm_up()
