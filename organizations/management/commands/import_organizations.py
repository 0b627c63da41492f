"""``manage.py import_organizations FILE``: a spreadsheet (CSV/XLSX) or an HSDS data
package (a .zip or a directory), through the same engine as the admin's import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from authz import Actor
from organizations.hsds.package import run_package
from organizations.importing import ImportFileError, plan_spreadsheet
from organizations.importing.engine import FILL, apply_records
from organizations.importing.readers import ENCODINGS, limits, read_file, read_hsds_directory
from organizations.importing.records import ImportReport
from organizations.importing.tables import TARGET_KEYS, RecordError
from organizations.management.commands.seed_organizations import progress_bar


def print_report(command: BaseCommand, report: ImportReport, *, verbosity: int) -> None:
    for warning in report.warnings:
        command.stderr.write(command.style.WARNING(f"warning: {warning}"))
    for row in report.rows:
        if row.action == "rejected":
            command.stderr.write(command.style.ERROR(f"{row.origin}: rejected - {row.reason}"
                                                     + (f" ({row.name})" if row.name else "")))
        elif verbosity >= 2 or (verbosity >= 1 and (row.action in ("created", "updated")
                                                    or row.warnings)):
            line = f"{row.origin}: {row.action} {row.name}"
            if row.matched:
                line += f" [matched by {row.matched}]"
            if row.action == "updated" and row.changes:
                line += f" ({', '.join(row.changes)})"
            if row.action == "skipped":
                line += f" - {row.reason}"
            command.stdout.write(line)
            for note in [*row.warnings, *row.kept]:
                command.stdout.write(f"    {note}")
    if verbosity >= 1:
        for link in report.links:
            command.stdout.write(f"{link.origin}: link {link.url} - {link.action}"
                                 + (f" ({link.reason})" if link.reason else ""))
        for mention in report.mentions:
            command.stdout.write(f"mention: {mention}")
        style = command.style.SUCCESS if not report.count("rejected") else command.style.WARNING
        command.stdout.write(style(report.summary()))


class Command(BaseCommand):
    help = (
        "Import organizations from a CSV file, an XLSX workbook (every tab, or --sheet) or an "
        "HSDS 3.0 data package (.zip or directory). The header row and the column mapping "
        "are detected (override with --header-row and --map); tabs without a header are "
        "read as prose and their links sent for staff review. Existing organizations are "
        "matched by name, website or a near-identical name and only their empty fields are "
        "filled. One transaction; rejected rows are listed and the command exits 1 after "
        "importing the rest. --dry-run writes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="CSV, XLSX, HSDS .zip, or a directory of HSDS CSVs.")
        parser.add_argument("--dry-run", action="store_true",
                            help="Report what would happen, writing nothing.")
        parser.add_argument("--sheet", action="append", default=[],
                            help="Only this tab (repeatable). Default: every tab.")
        parser.add_argument("--header-row", default="auto",
                            help="1-based header row for the chosen tab(s), or 'prose'.")
        parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                            help="Map a column (its header text, or its letter: C) to a field "
                                 f"({', '.join(sorted(TARGET_KEYS))}, or 'ignore').")
        parser.add_argument("--encoding", default="utf-8", choices=sorted(ENCODINGS),
                            help="Text encoding of a CSV file (default utf-8).")
        parser.add_argument("--show-layout", action="store_true",
                            help="Print each tab's header row and column mapping.")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        verbosity = int(options["verbosity"])
        actor = Actor.system("command: import_organizations")
        try:
            if path.is_dir():
                workbook = read_hsds_directory(path)
            else:
                try:
                    content = path.read_bytes()
                except FileNotFoundError as exc:
                    raise CommandError(f"{path}: no such file") from exc
                except OSError as exc:
                    raise CommandError(f"{path}: cannot be read ({exc.strerror})") from exc
                if len(content) > limits().max_bytes:
                    raise ImportFileError(f"{path.name} is larger than the "
                                          f"{limits().max_bytes:,}-byte limit.")
                workbook = read_file(content, path.name, options["encoding"])
            if workbook.kind == "hsds":
                with progress_bar(self, total=0, verbosity=verbosity,
                                  desc="Importing organizations") as bar:
                    report = run_package(workbook, actor=actor, dry_run=options["dry_run"],
                                         progress=bar.update)
            else:
                report = self._spreadsheet(workbook, options, actor, verbosity)
        except (ImportFileError, RecordError) as exc:
            raise CommandError(str(exc)) from exc
        print_report(self, report, verbosity=verbosity)
        rejected = report.count("rejected")
        if rejected:
            raise CommandError(
                f"{rejected} row(s) were rejected (listed above); the others were "
                + ("checked" if options["dry_run"] else "imported"), returncode=1)

    def _spreadsheet(self, workbook, options, actor, verbosity) -> ImportReport:
        names = options["sheet"] or [sheet.name for sheet in workbook.sheets]
        header = options["header_row"]
        header_row: Any = "auto"
        if header == "prose":
            header_row = None
        elif header != "auto":
            if not header.isdigit():
                raise CommandError("--header-row must be a row number, 'auto' or 'prose'")
            header_row = int(header)
        sheets: dict[str, dict[str, Any]] = {}
        for name in names:
            workbook.sheet(name)  # ImportFileError for an unknown tab
            sheets[name] = {"header_row": header_row}
        if options["map"]:
            for name in names:
                sheets[name]["mapping"] = self._mapping(workbook.sheet(name), header_row,
                                                        options["map"])
        plan = plan_spreadsheet(workbook, {"sheets": sheets})
        if options["show_layout"] or verbosity >= 2:
            for layout in plan.layouts:
                if layout.prose:
                    self.stdout.write(f"tab {layout.sheet!r}: prose (no header row)")
                    continue
                mapping = json.dumps({c.label: c.target or "ignore" for c in layout.columns},
                                     ensure_ascii=False)
                self.stdout.write(f"tab {layout.sheet!r}: header row {layout.header_row}; "
                                  f"columns {mapping}")
        with progress_bar(self, total=len(plan.items), verbosity=verbosity,
                          desc="Importing organizations") as bar:
            return apply_records(plan.items, actor=actor, dry_run=options["dry_run"],
                                 policy=FILL, links=plan.links, sentences=plan.sentences,
                                 warnings=plan.warnings, progress=bar.update)

    def _mapping(self, sheet, header_row, pairs: list[str]) -> dict[str, str]:
        from organizations.importing.tables import layout

        plan = layout(sheet, header_row=header_row)
        mapping = {}
        for pair in pairs:
            column, sep, target = pair.partition("=")
            target = "" if target.strip() == "ignore" else target.strip()
            if not sep or (target and target not in TARGET_KEYS):
                raise CommandError(f"--map {pair!r}: expected COLUMN=FIELD with a field from "
                                   + ", ".join(sorted(TARGET_KEYS)) + " or ignore")
            found = [c for c in plan.columns
                     if c.header.casefold() == column.strip().casefold()
                     or c.letter == column.strip().upper()]
            if not found:
                continue  # the column is in another tab
            mapping[str(found[0].index)] = target
        return mapping
