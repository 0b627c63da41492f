"""Importing organizations from files: one engine for the JSON seed file, spreadsheets
(CSV, XLSX) and HSDS data packages, used by the admin and by management commands.

* ``readers``   - a file into tabs of text cells, or a clear ``ImportFileError``;
* ``tables``    - header row, column mapping, one record per row, prose tabs;
* ``normalise`` - URLs, phones, yes/no answers, numbers, names (pure functions);
* ``engine``    - matching (dedupe), merging and the report, in one transaction.

See docs/data-import.md for what staff see and the rules behind them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from authz import Actor
from organizations.importing.engine import FILL, Item, apply_records
from organizations.importing.readers import ImportFileError, Workbook
from organizations.importing.records import ImportReport
from organizations.importing.tables import (
    Layout,
    ProseLink,
    ProseSentence,
    RecordError,
    layout,
    prose,
    table_rows,
)

__all__ = ["ImportFileError", "ImportReport", "Plan", "plan_spreadsheet", "run_spreadsheet"]


@dataclass
class Plan:
    """How each chosen tab of a workbook is read, and what that gives."""

    layouts: list[Layout] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    links: list[ProseLink] = field(default_factory=list)
    sentences: list[ProseSentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def plan_spreadsheet(workbook: Workbook, options: dict[str, Any] | None = None) -> Plan:
    """Lay out and read the chosen tabs (all of them by default).

    ``options`` is ``{"sheets": {"Tab name": {"header_row": "auto" | N | None,
    "mapping": {"0": "name", ...}}}}``; a tab not listed is not imported (when
    ``sheets`` is given).  Raises ``RecordError`` for an impossible option (a header row
    outside the tab, two columns mapped to the name, a tab that does not exist).
    """
    options = options or {}
    chosen = options.get("sheets")
    plan = Plan()
    if chosen is not None and not isinstance(chosen, dict):
        raise RecordError("options.sheets must map tab names to their options")
    names = list(chosen) if chosen else [sheet.name for sheet in workbook.sheets]
    for name in names:
        try:
            sheet = workbook.sheet(name)
        except ImportFileError as exc:
            raise RecordError(str(exc)) from exc
        tab = (chosen or {}).get(name) or {}
        for note in sheet.notes:
            plan.warnings.append(f"{sheet.name}: {note}")
        if not sheet.rows:
            plan.warnings.append(f"{sheet.name}: the tab is empty")
            continue
        plan_tab = layout(sheet, header_row=tab.get("header_row", "auto"),
                          mapping=tab.get("mapping"))
        plan.layouts.append(plan_tab)
        if plan_tab.prose:
            links, sentences = prose(sheet)
            plan.links += links
            plan.sentences += sentences
            continue
        if not any(c.target == "name" for c in plan_tab.columns):
            raise RecordError(
                f"no column of tab {sheet.name!r} could be matched to the organization name; "
                "choose it in the column mapping (or mark the tab as prose)"
            )
        rows = table_rows(sheet, plan_tab)
        decided = [(result, None) for result in rows.results]
        plan.items += sorted(
            [*decided, *rows.records],
            key=lambda item: int(item[0].origin.rsplit(" ", 1)[1]),
        )
        if rows.blank_rows:
            plan.warnings.append(f"{sheet.name}: {rows.blank_rows} blank row(s) skipped")
    return plan


def run_spreadsheet(workbook: Workbook, *, actor: Actor, options: dict[str, Any] | None = None,
                    dry_run: bool = False, progress=None) -> ImportReport:
    """Plan and apply a spreadsheet import (see ``plan_spreadsheet`` and the engine)."""
    plan = plan_spreadsheet(workbook, options)
    return apply_records(plan.items, actor=actor, dry_run=dry_run, policy=FILL,
                         links=plan.links, sentences=plan.sentences, warnings=plan.warnings,
                         progress=progress)
