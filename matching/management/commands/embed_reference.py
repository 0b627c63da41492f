"""Embed the reference corpus (matching/reference/corpus.json) with the configured model.

    manage.py embed_reference           # fill the cache (var/cache/matching) if needed
    manage.py embed_reference --ship    # also write the shipped copy into the package

Matching embeds it on first use anyway; this warms the cache ahead of time.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from matching.embeddings import EmbeddingError, get_backend
from matching.reference import get_reference, ship


class Command(BaseCommand):
    help = "Embed the reference corpus of typical needs and cache it."

    def add_arguments(self, parser):
        parser.add_argument("--ship", action="store_true",
                            help="Also write matching/reference/vectors/<model>-… (float16).")

    def handle(self, *args, **options):
        started = time.monotonic()
        try:
            backend = get_backend()
            reference = get_reference(backend)
            where = ship(backend) if options["ship"] else None
        except EmbeddingError as exc:
            raise CommandError(f"Embedding failed: {exc}") from exc
        self.stdout.write(f"Reference corpus version {reference.version}: "
                          f"{reference.vectors.shape[0]} texts, model {reference.model}, "
                          f"{time.monotonic() - started:.1f}s.")
        if where:
            self.stdout.write(f"Shipped: {where}")
