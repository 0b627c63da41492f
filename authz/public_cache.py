"""Cached answers to anonymous reads of public data, invalidated by a data version.

The first page of needs is the same for every anonymous client, and building it (a pool
checkout, the ORM, GraphQL execution, JSON) costs ~20-40 times a trivial view
(docs/benchmarks.md, issue 13).  So an anonymous read of public data may be answered
from the cache (Django's cache framework: Redis in production) when nothing it shows has
changed since.

**What is cached.**  Only what the caller (``config.graphql``) decides is an anonymous
read of public fields: no ``Authorization`` header, no session cookie, a query (never a
mutation) whose root fields are all public reads with no rate limit, a document that
passed every check, an answer with no error, at most ``MAX_BODY_BYTES``.  Member data,
staff data, errors and search (rate-limited) are never cached.

**Invalidation.**  Every entry carries the *data version* it was computed under, read
before the query ran.  Any write to a model the public reads show (needs, organizations,
tags, an organization's tags: ``watch``) replaces the version after its transaction
commits (``transaction.on_commit``), whatever the write: ``save``, ``delete``, a
queryset's ``update``/``delete``/``bulk_create``/``bulk_update`` (``PublicDataQuerySet``),
many-to-many changes.  An entry whose version is not the current one is a miss.  The
version and the entry are read in one round trip (``get_many``).  A write that commits
while a request is running leaves that request's entry under the old version: never
served.  The TTL (``PUBLIC_RESPONSE_CACHE_SECONDS``, short) bounds what a lost bump (the
cache down at that moment) can leave behind.

**Only with a shared cache.**  With the per-process local-memory cache (development
without ``REDIS_URL``), a write in one process (a worker, a command) could not reach
another's entries: the cache is off there.

Writes that bypass the ORM (raw SQL, ``COPY``) must call :func:`changed` themselves.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

logger = logging.getLogger(__name__)

VERSION_KEY = "public-data:version"
ENTRY_PREFIX = "public-data:answer:"
MAX_BODY_BYTES = 256 * 1024


def enabled() -> bool:
    seconds = getattr(settings, "PUBLIC_RESPONSE_CACHE_SECONDS", 0)
    return seconds > 0 and not isinstance(caches[DEFAULT_CACHE_ALIAS],
                                          LocMemCache | DummyCache)


# -- the data version ---------------------------------------------------------------------

def changed(using: str | None = None) -> None:
    """Public data changed in the current transaction: replace the version after it
    commits (at once outside a transaction; never if it rolls back)."""
    transaction.on_commit(_bump, using=using)


def _bump() -> None:
    if not enabled():
        return
    try:
        caches[DEFAULT_CACHE_ALIAS].set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # noqa: BLE001 - the cache down: entries expire by their TTL
        logger.warning("public data version not bumped (cache unavailable)", exc_info=True)


class PublicDataQuerySet(models.QuerySet):
    """A queryset whose bulk writes (no model signals) still bump the data version."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        if rows:
            changed(self.db)
        return rows

    def delete(self):
        result = super().delete()
        changed(self.db)
        return result

    def bulk_create(self, objs, *args, **kwargs):
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            changed(self.db)
        return created

    def bulk_update(self, objs, fields, *args, **kwargs):
        rows = super().bulk_update(objs, fields, *args, **kwargs)
        if rows:
            changed(self.db)
        return rows

    update.alters_data = delete.alters_data = True
    bulk_create.alters_data = bulk_update.alters_data = True


def _on_write(sender, using=None, **kwargs):
    changed(using)


def watch(*model_classes) -> None:
    """Bump the version on every save, delete and many-to-many change of these models
    (each app calls it from ``AppConfig.ready`` for the models its public reads show)."""
    for model in model_classes:
        uid = f"public-data:{model._meta.label}"
        post_save.connect(_on_write, sender=model, dispatch_uid=uid + ":save")
        post_delete.connect(_on_write, sender=model, dispatch_uid=uid + ":delete")
        if model._meta.auto_created:  # a many-to-many table: its add/remove/set/clear
            m2m_changed.connect(_on_m2m, sender=model, dispatch_uid=uid + ":m2m")


def _on_m2m(sender, action, using=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        changed(using)


# -- entries ------------------------------------------------------------------------------

def key(*parts) -> str:
    """An entry's key: a digest of everything that decides the answer."""
    text = json.dumps(parts, sort_keys=True, separators=(",", ":"), default=str)
    return ENTRY_PREFIX + hashlib.sha256(text.encode()).hexdigest()


class Lookup:
    """One request's look-up: ``body`` on a hit; otherwise ``store`` the answer built."""

    __slots__ = ("key", "version", "body")

    def __init__(self, entry_key: str, version: str | None, body: bytes | None):
        self.key, self.version, self.body = entry_key, version, body

    def store(self, body: bytes) -> None:
        if self.version is None or len(body) > MAX_BODY_BYTES:
            return
        try:
            caches[DEFAULT_CACHE_ALIAS].set(self.key, (self.version, body),
                      timeout=settings.PUBLIC_RESPONSE_CACHE_SECONDS)
        except Exception:  # noqa: BLE001 - a cache that is down only costs the saving
            logger.warning("public answer not cached (cache unavailable)", exc_info=True)


def lookup(entry_key: str) -> Lookup | None:
    """The current version and the entry, in one round trip; None when caching is off
    or the cache is unavailable (the request is then answered as if never cached)."""
    if not enabled():
        return None
    try:
        cache = caches[DEFAULT_CACHE_ALIAS]
        found = cache.get_many([VERSION_KEY, entry_key])
        version = found.get(VERSION_KEY)
        if version is None:  # first use, or evicted: start a version (nothing stored
            # under an older one can match it); another process may just have started one
            token = uuid.uuid4().hex
            version = token if cache.add(VERSION_KEY, token, timeout=None) \
                else cache.get(VERSION_KEY)
            return Lookup(entry_key, version, None)
    except Exception:  # noqa: BLE001
        logger.warning("public answer cache unavailable", exc_info=True)
        return None
    entry = found.get(entry_key)
    if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == version:
        return Lookup(entry_key, version, entry[1])
    return Lookup(entry_key, version, None)
