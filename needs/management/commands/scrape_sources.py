"""Scrape sources now: ``scrape_sources --source ID`` / ``--due`` / ``--all``."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from authz import Actor
from needs.scraping import due_sources, scrape_source
from organizations.models import Source


class Command(BaseCommand):
    help = "Crawl sources, extract their needs and sync them (runs as the system actor)."

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument(
            "--source",
            type=int,
            action="append",
            metavar="ID",
            help="Scrape this source (repeatable).",
        )
        which.add_argument(
            "--due",
            action="store_true",
            help="Scrape active sources whose scrape frequency has elapsed.",
        )
        which.add_argument("--all", action="store_true", help="Scrape every active source.")

    def handle(self, *args, **options):
        if options["source"]:
            ids = options["source"]
            known = set(Source.objects.filter(pk__in=ids).values_list("pk", flat=True))
            missing = [i for i in ids if i not in known]
            if missing:
                raise CommandError(f"No source with id {', '.join(map(str, missing))}.")
        elif options["due"]:
            ids = due_sources()
        else:
            ids = list(
                Source.objects.filter(active=True, organization__isnull=False)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        if not ids:
            self.stdout.write("Nothing to scrape.")
            return
        actor = Actor.system("command: scrape_sources")
        rows = []
        show = options["verbosity"] > 0 and sys.stderr.isatty()
        for source_id in tqdm(
            ids, desc="Scraping", unit="source", disable=not show, file=sys.stderr
        ):
            report = scrape_source(source=source_id, actor=actor)
            rows.append(report)
        self._table(rows)
        if any(r.status == "failed" for r in rows):
            raise CommandError(
                "Some sources failed; see last_error on each source in the admin.", returncode=1
            )

    def _table(self, rows) -> None:
        header = ("source", "status", "pages", "failed", "new", "changed", "unchanged", "gone")
        lines = [header] + [
            (
                str(r.source_id),
                r.status,
                str(r.pages),
                str(r.failed_pages),
                str(r.new),
                str(r.changed),
                str(r.unchanged),
                str(r.disappeared),
            )
            for r in rows
        ]
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        for line in lines:
            self.stdout.write(
                "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True))
            )
        totals = {k: sum(getattr(r, k) for r in rows) for k in ("new", "changed", "disappeared")}
        self.stdout.write(
            f"{len(rows)} source(s): {totals['new']} new, {totals['changed']} changed, "
            f"{totals['disappeared']} disappeared needs."
        )
        for r in rows:
            if r.message:
                self.stdout.write(f"source {r.source_id}: {r.message}")
