"""``manage.py load_demo_data [--file PATH] [--dry-run]``: load the demo data set once."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from authz import Actor
from needs.demo import load_demo_data, load_demo_file
from organizations.management.commands.seed_organizations import progress_bar
from organizations.seeding import SeedFileError


class Command(BaseCommand):
    help = (
        "Load the demo organizations and needs (settings.DEMO_DATA_FILE) once. Organizations "
        "that already exist are left as they are and needs already there are skipped, so "
        "running it again changes nothing and says so."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--file",
            default=None,
            help="Demo data JSON file (default: settings.DEMO_DATA_FILE).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would be loaded, writing nothing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"] or settings.DEMO_DATA_FILE
        verbosity = int(options["verbosity"])
        try:
            organizations, needs = load_demo_file(path)
        except SeedFileError as exc:
            raise CommandError(str(exc)) from exc

        total = len(organizations) + len(needs)
        with progress_bar(self, total=total, verbosity=verbosity, desc="Loading demo data") as bar:
            result = load_demo_data(
                organizations=organizations,
                needs=needs,
                actor=Actor.system("command: load_demo_data"),
                dry_run=bool(options["dry_run"]),
                progress=bar.update,
            )

        for warning in result.organizations.warnings:
            self.stderr.write(self.style.WARNING(f"warning: {warning}"))
        for error in result.errors:
            self.stderr.write(self.style.ERROR(str(error)))
        if verbosity >= 2:
            for change in result.organizations.changes:
                self.stdout.write(f"  {change}")
        if verbosity >= 1:
            style = self.style.SUCCESS if result.ok else self.style.WARNING
            self.stdout.write(style(result.summary()))
        if not result.ok:
            raise CommandError(
                f"{len(result.errors)} record(s) in {path} were rejected (listed above); "
                "the others were " + ("checked" if result.dry_run else "loaded"),
                returncode=1,
            )
