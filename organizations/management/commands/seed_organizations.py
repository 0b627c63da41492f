"""``manage.py seed_organizations FILE [--dry-run]``: import organizations from a JSON file."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from authz import Actor
from organizations.seeding import SeedFileError, SeedResult, load_seed_file, seed_organizations


def progress_bar(command: BaseCommand, *, total: int, verbosity: int, desc: str) -> tqdm:
    """A tqdm bar on the command's real stderr, off when that is not a terminal or -v 0.

    Django's ``OutputWrapper`` appends a newline to every write, which would break tqdm's
    carriage-return redraws, so the bar writes to the wrapped stream itself.
    """
    stream = getattr(command.stderr, "_out", sys.stderr)
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    return tqdm(
        total=total,
        file=stream,
        desc=desc,
        unit="org",
        disable=verbosity == 0 or not is_tty,
        leave=False,
    )


def report(command: BaseCommand, result: SeedResult, *, verbosity: int) -> None:
    """Print warnings, rejected records, per-record changes (dry run or -v 2) and a summary."""
    for warning in result.warnings:
        command.stderr.write(command.style.WARNING(f"warning: {warning}"))
    for error in result.errors:
        command.stderr.write(command.style.ERROR(str(error)))
    show_all = verbosity >= 2
    show_changes = show_all or (result.dry_run and verbosity >= 1)
    if show_changes:
        for change in result.changes:
            if change.action != "unchanged" or show_all:
                prefix = "would be " if result.dry_run else ""
                command.stdout.write(f"  {prefix}{change}")
    if verbosity >= 1:
        style = command.style.SUCCESS if result.ok else command.style.WARNING
        command.stdout.write(style(result.summary()))


class Command(BaseCommand):
    help = (
        "Import organizations from a JSON file shaped "
        '{"organizations": [{"name": ..., "website": ..., ...}]}. Upserts by name '
        "(case-insensitive), adds a source per website/source URL and tags derived from "
        "populations_served. Safe to run again: unchanged records are not written. Bad "
        "records are reported by index (from 0, as in organizations[N]) and the command "
        "exits non-zero after importing the good ones."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="Path to the JSON seed file.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Validate and report what would change, writing nothing.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = options["file"]
        verbosity = int(options["verbosity"])
        dry_run = bool(options["dry_run"])
        try:
            records = load_seed_file(path)
        except SeedFileError as exc:
            raise CommandError(str(exc)) from exc

        with progress_bar(
            self, total=len(records), verbosity=verbosity, desc="Seeding organizations"
        ) as bar:
            result = seed_organizations(
                records,
                actor=Actor.system("command: seed_organizations"),
                dry_run=dry_run,
                progress=bar.update,
            )

        report(self, result, verbosity=verbosity)
        if not result.ok:
            raise CommandError(
                f"{len(result.errors)} of {len(records)} record(s) in {path} were rejected "
                f"(listed above); the other {len(records) - len(result.errors)} were "
                + ("checked" if dry_run else "imported"),
                returncode=1,
            )
