"""``manage.py export_hsds TARGET``: listed organizations as an HSDS 3.0 tabular data
package - a directory of CSV files with ``datapackage.json``, or a .zip of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from organizations.hsds.export import build_package, write_zip


class Command(BaseCommand):
    help = ("Export listed organizations (public fields only) as an HSDS 3.0 tabular data "
            "package: TARGET ending in .zip gets a ZIP file, anything else a directory.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("target", help="A directory, or a file name ending in .zip.")

    def handle(self, *args: Any, **options: Any) -> None:
        target = Path(options["target"])
        files = build_package()
        try:
            if target.suffix.lower() == ".zip":
                target.parent.mkdir(parents=True, exist_ok=True)
                write_zip(files, target)
            else:
                target.mkdir(parents=True, exist_ok=True)
                for name, content in files.items():
                    (target / name).write_bytes(content)
        except OSError as exc:
            raise CommandError(f"{target}: cannot be written ({exc.strerror or exc})") from exc
        rows = max(files["organizations.csv"].count(b"\n") - 1, 0)
        if int(options["verbosity"]) >= 1:
            self.stdout.write(self.style.SUCCESS(
                f"Wrote {len(files)} files ({rows} organization(s)) to {target}"))
