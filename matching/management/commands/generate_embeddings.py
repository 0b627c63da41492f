"""Embed needs, members and organizations in batches.

    manage.py generate_embeddings                  # everything without a vector, and needs
                                                   # embedded from an older need text or rows
                                                   # read by an older concept layer (upgrades)
    manage.py generate_embeddings --model-changed  # vectors made by another model too
    manage.py generate_embeddings --all            # re-embed everything
    manage.py generate_embeddings --batch 32 --concurrency 2 --only needs

With ``--model-changed`` or ``--all``, the IVFFlat indexes of the tables it re-embedded are
rebuilt at the end (their lists' centres are where the old vectors were).

Resumable and safe to interrupt: each batch commits on its own, so a run stopped with
Ctrl-C keeps what it finished, and the next run (the default mode) picks up the rest.
"""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from matching import embedding_jobs
from matching.embeddings import EmbeddingError, get_backend

KINDS = ("needs", "members", "organizations")


class Command(BaseCommand):
    help = "Generate embeddings for needs, members and organizations (resumable)."

    def add_arguments(self, parser):
        parser.add_argument("--only-missing", action="store_true",
                            help="Only rows without a vector, or out of date after an upgrade "
                                 "(need text version, concept layer version); the default "
                                 "unless --all.")
        parser.add_argument("--model-changed", action="store_true",
                            help="Also rows whose vector was made by another model.")
        parser.add_argument("--all", action="store_true", help="Re-embed every row.")
        parser.add_argument("--batch", type=int, default=32, help="Texts per batch (1-512).")
        parser.add_argument("--concurrency", type=int, default=1,
                            help="Batches in flight at once (1-16; useful for hosted APIs).")
        parser.add_argument("--only", choices=KINDS, action="append",
                            help="Limit to one kind (repeatable).")

    def handle(self, *args, **options):
        batch, concurrency = options["batch"], options["concurrency"]
        if not 1 <= batch <= 512:
            raise CommandError("--batch must be between 1 and 512.")
        if not 1 <= concurrency <= 16:
            raise CommandError("--concurrency must be between 1 and 16.")
        if options["all"] and (options["only_missing"] or options["model_changed"]):
            raise CommandError("--all re-embeds everything; do not combine it with "
                               "--only-missing or --model-changed.")
        only_missing = not options["all"]
        model_changed = options["model_changed"]
        try:
            backend = get_backend()
        except EmbeddingError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Model: {backend.model_name}")
        show = options["verbosity"] > 0 and sys.stderr.isatty()
        summary = []
        started = time.monotonic()
        try:
            for kind in options["only"] or KINDS:
                ids = embedding_jobs.pending_ids(kind, only_missing=only_missing,
                                                 model_changed=model_changed,
                                                 model_name=backend.model_name)
                with tqdm(total=len(ids), desc=kind, unit="row", disable=not show,
                          file=sys.stderr) as bar:
                    written = embedding_jobs.run_batches(kind, ids, batch=batch,
                                                         concurrency=concurrency,
                                                         progress=bar.update)
                summary.append((kind, len(ids), written))
        except KeyboardInterrupt:
            self.stderr.write("Interrupted: finished batches are saved; run again to resume.")
            raise SystemExit(130) from None
        except EmbeddingError as exc:
            raise CommandError(f"Embedding failed: {exc}. Finished batches are saved.") from exc
        from matching.reference import get_reference

        try:
            reference = get_reference(backend)  # warms the reference corpus cache
        except EmbeddingError as exc:
            raise CommandError(f"Embedding the reference corpus failed: {exc}.") from exc
        self.stdout.write(f"reference corpus: version {reference.version}, "
                          f"{reference.vectors.shape[0]} texts")
        for kind, wanted, written in summary:
            skipped = wanted - written
            extra = f" ({skipped} with no text to embed)" if skipped else ""
            self.stdout.write(f"{kind}: {written} embedded{extra}")
        if model_changed or options["all"]:
            self._rebuild_indexes([kind for kind, _, written in summary if written])
        self.stdout.write(f"Done in {time.monotonic() - started:.1f}s.")

    def _rebuild_indexes(self, kinds: list[str]) -> None:
        """Vectors replaced wholesale leave the IVFFlat lists' centres where the old vectors
        were, whatever the count (authz/vector_index.py): rebuild those tables' indexes."""
        from authz import vector_index

        tables = [table for table in vector_index.PREFIXES if table.split("_")[0] in kinds]
        if not tables:  # nothing re-embedded: nothing to rebuild
            return
        for current in vector_index.states(tables):
            try:
                after = vector_index.rebuild(current.table, current.dims)
            except RuntimeError as exc:
                self.stderr.write(f"{current.name}: not rebuilt ({exc}); run `manage.py "
                                  "build_vector_indexes --force` when it is free.")
                continue
            self.stdout.write(f"{after.name}: rebuilt with {after.lists} lists "
                              "(vectors replaced)")
