"""The admin's import pages: upload -> configure (tab, header row, columns) -> preview
(a dry run, per row) -> apply (one transaction) -> report.

Why not django-import-export's admin import (the library is installed): its import form
reads the first row of the *first* tab as the header and maps columns by fixed resource
field names, and its row model is "one model instance per row, found by an id field".
Community spreadsheets need a tab picker, header-row detection with correction below
titles and notes, a per-upload column mapping, fuzzy de-duplication that merges into
existing organizations field by field (never over a moderator's edit), prose tabs that
become pending links, and HSDS packages of several linked CSVs - most of the Resource
would be overridden.  So these are plain admin views over our own engine; the file is
read with openpyxl / the csv module (the libraries django-import-export itself uses).
Details in docs/data-import.md.

Uploads are stored in the database (``OrganizationImport``), not in a temporary folder
one web worker may not share with the next, and their size is capped while the request
is read (``SizeLimitHandler``), before anything is stored.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from authz import Capability
from authz.request import admin_actor
from organizations.hsds.export import build_package, write_zip
from organizations.hsds.package import describe, run_package
from organizations.importing import plan_spreadsheet
from organizations.importing.engine import FILL, apply_records
from organizations.importing.readers import ENCODINGS, ImportFileError, limits, read_file
from organizations.importing.tables import HEADER_SCAN_ROWS, IGNORE, TARGETS, RecordError, layout
from organizations.models import OrganizationImport

PREVIEW_ROWS = 15


class SizeLimitHandler(FileUploadHandler):
    """Stops storing an upload once it passes the limit (the rest of the body is read and
    dropped, so the browser gets our page, not a reset connection)."""

    def __init__(self, request=None, limit: int = 0):
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size):
        return None


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text="A CSV file, an Excel workbook (.xlsx, every tab) or an HSDS data package "
                  "(.zip of CSV files with datapackage.json).")
    encoding = forms.ChoiceField(
        choices=list(ENCODINGS.items()), initial="utf-8",
        help_text="For CSV files only. Excel's 'CSV UTF-8' and Google Sheets are UTF-8.")


def _require(request) -> None:
    if not admin_actor(request).can(Capability.MANAGE_ORGANIZATIONS).allowed():
        raise PermissionDenied("Importing organizations needs the manage-organizations "
                               "capability.")


def urls(model_admin) -> list:
    site = model_admin.admin_site
    return [
        path("upload/", site.admin_view(_upload_entry(model_admin)),
             name="organizations_organizationimport_upload"),
        path("<int:pk>/configure/", site.admin_view(_view(model_admin, configure_view)),
             name="organizations_organizationimport_configure"),
        path("<int:pk>/preview/", site.admin_view(_view(model_admin, preview_view)),
             name="organizations_organizationimport_preview"),
        path("<int:pk>/apply/", site.admin_view(_view(model_admin, apply_view)),
             name="organizations_organizationimport_apply"),
        path("export-hsds/", site.admin_view(_view(model_admin, export_view)),
             name="organizations_organizationimport_export_hsds"),
    ]


def _view(model_admin, function):
    def view(request, **kwargs):
        return function(model_admin, request, **kwargs)
    return view


def _context(model_admin, request, **extra) -> dict[str, Any]:
    return {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "app_label": "organizations",
        **extra,
    }


# --- upload -------------------------------------------------------------------------------


def _upload_entry(model_admin):
    @csrf_exempt
    def entry(request):
        # Handlers must be in place before anything reads the body (CSRF checks read it),
        # hence csrf_exempt here and csrf_protect inside.
        handler = SizeLimitHandler(request, limits().max_bytes)
        if request.method == "POST":
            request.upload_handlers.insert(0, handler)
        return csrf_protect(lambda req: upload_view(model_admin, req, handler))(request)
    return entry


def upload_view(model_admin, request, handler: SizeLimitHandler):
    _require(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if handler.exceeded:
            form.is_valid()
            form.errors["file"] = form.error_class([
                f"The file is larger than {limits().max_bytes:,} bytes, the largest accepted. "
                "Split it into smaller files."])
        elif form.is_valid():
            upload = form.cleaned_data["file"]
            content = upload.read()
            encoding = form.cleaned_data["encoding"]
            try:
                workbook = read_file(content, upload.name, encoding)
            except ImportFileError as exc:
                form.add_error("file", str(exc))
            else:
                record = OrganizationImport.objects.create(
                    kind=(OrganizationImport.Kind.HSDS if workbook.kind == "hsds"
                          else OrganizationImport.Kind.SPREADSHEET),
                    filename=workbook.filename[:255], encoding=encoding, size=len(content),
                    sha256=hashlib.sha256(content).hexdigest(), content=content,
                    created_by=request.user,
                )
                return HttpResponseRedirect(
                    reverse("admin:organizations_organizationimport_configure",
                            args=[record.pk]))
    return TemplateResponse(request, "admin/organizations/import/upload.html", _context(
        model_admin, request, title="Import organizations", form=form,
        max_bytes=limits().max_bytes, targets=TARGETS))


# --- configure ----------------------------------------------------------------------------


def _workbook(record: OrganizationImport):
    return read_file(bytes(record.content), record.filename, record.encoding)


def _header_choice(raw: str | None) -> Any:
    if raw in (None, "", "auto"):
        return "auto"
    if raw == "prose":
        return None
    if not raw.isdigit():
        raise RecordError(f"the header row must be a row number, not {raw[:20]!r}")
    return int(raw)


def configure_view(model_admin, request, pk: int, error: str = "",
                   chosen: dict[str, Any] | None = None):
    _require(request)
    record = get_object_or_404(OrganizationImport, pk=pk)
    if record.status == OrganizationImport.Status.APPLIED:
        return HttpResponseRedirect(reverse("admin:organizations_organizationimport_change",
                                            args=[pk]))
    try:
        workbook = _workbook(record)
    except ImportFileError as exc:
        messages.error(request, str(exc))
        return HttpResponseRedirect(reverse("admin:organizations_organizationimport_upload"))
    context = _context(model_admin, request, title=f"Import {record.filename}", record=record,
                       error=error)
    if workbook.kind == "hsds":
        context["tables"] = describe(workbook)
        return TemplateResponse(request, "admin/organizations/import/configure.html", context)

    chosen = chosen or request.GET
    sheets = [s for s in workbook.sheets if s.rows]
    names = [s.name for s in sheets]
    sheet_name = chosen.get("sheet")
    if sheet_name not in names:
        detected = [s for s in sheets if layout(s).header_row is not None]
        sheet_name = (detected or sheets)[0].name
    sheet = workbook.sheet(sheet_name)
    try:
        plan = layout(sheet, header_row=_header_choice(chosen.get("header_row")))
    except RecordError as exc:
        context["error"] = context["error"] or str(exc)
        plan = layout(sheet)
    mapping = {key.removeprefix("col_"): value for key, value in chosen.items()
               if key.startswith("col_")}
    for column in plan.columns:
        if str(column.index) in mapping:
            column.target = mapping[str(column.index)]
    width = max((len(r) for r in sheet.rows[:PREVIEW_ROWS + (plan.header_row or 0)]), default=0)
    start = max((plan.header_row or 1) - 3, 0)
    shown = [(start + i + 1, row + [""] * (width - len(row)))
             for i, row in enumerate(sheet.rows[start:start + PREVIEW_ROWS])]
    context.update(
        sheets=names, sheet=sheet_name, plan=plan, shown=shown,
        header_rows=list(range(1, min(len(sheet.rows), HEADER_SCAN_ROWS) + 1)),
        targets=[(IGNORE, "- ignore -"), *((t.key, t.label) for t in TARGETS)],
        total_rows=len(sheet.rows),
    )
    return TemplateResponse(request, "admin/organizations/import/configure.html", context)


# --- preview (dry run) --------------------------------------------------------------------


def _options_from(request, workbook) -> dict[str, Any]:
    sheet = request.POST.get("sheet", "")
    header_row = _header_choice(request.POST.get("header_row"))
    mapping = {key.removeprefix("col_"): value for key, value in request.POST.items()
               if key.startswith("col_")}
    workbook.sheet(sheet)  # ImportFileError for an unknown tab
    return {"sheets": {sheet: {"header_row": header_row,
                               "mapping": mapping if header_row is not None else {}}}}


def _run(record: OrganizationImport, workbook, actor, *, dry_run: bool):
    if record.kind == OrganizationImport.Kind.HSDS:
        return run_package(workbook, actor=actor, dry_run=dry_run)
    plan = plan_spreadsheet(workbook, record.options)
    return apply_records(plan.items, actor=actor, dry_run=dry_run, policy=FILL,
                         links=plan.links, sentences=plan.sentences, warnings=plan.warnings)


def preview_view(model_admin, request, pk: int):
    _require(request)
    record = get_object_or_404(OrganizationImport, pk=pk)
    if request.method == "GET":
        if not record.preview:
            return HttpResponseRedirect(
                reverse("admin:organizations_organizationimport_configure", args=[pk]))
        return TemplateResponse(request, "admin/organizations/import/preview.html", _context(
            model_admin, request, title=f"Dry run: {record.filename}", record=record,
            report=record.preview, applied=record.status == OrganizationImport.Status.APPLIED))
    if request.method != "POST":
        return HttpResponseNotAllowed(["GET", "POST"])
    if record.status == OrganizationImport.Status.APPLIED:
        messages.warning(request, "This file has already been imported.")
        return HttpResponseRedirect(reverse("admin:organizations_organizationimport_change",
                                            args=[pk]))
    try:
        workbook = _workbook(record)
        if record.kind == OrganizationImport.Kind.SPREADSHEET:
            record.options = _options_from(request, workbook)
        report = _run(record, workbook, admin_actor(request), dry_run=True)
    except (ImportFileError, RecordError) as exc:
        return configure_view(model_admin, request, pk, error=str(exc), chosen=request.POST)
    record.preview = report.to_dict()
    record.status = OrganizationImport.Status.PREVIEWED
    record.previewed_at = timezone.now()
    record.save(update_fields=["options", "preview", "status", "previewed_at"])
    return HttpResponseRedirect(reverse("admin:organizations_organizationimport_preview",
                                        args=[pk]))


# --- apply --------------------------------------------------------------------------------


def apply_view(model_admin, request, pk: int):
    _require(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    with transaction.atomic():
        record = get_object_or_404(OrganizationImport.objects.select_for_update(), pk=pk)
        if record.status == OrganizationImport.Status.APPLIED:
            messages.warning(request, "This file has already been imported; nothing was done.")
        elif record.status != OrganizationImport.Status.PREVIEWED:
            messages.error(request, "Run the dry run first: it shows what the import will do.")
            return HttpResponseRedirect(
                reverse("admin:organizations_organizationimport_configure", args=[pk]))
        else:
            try:
                report = _run(record, _workbook(record), admin_actor(request), dry_run=False)
            except (ImportFileError, RecordError) as exc:
                messages.error(request, f"Nothing was imported: {exc}")
                return HttpResponseRedirect(
                    reverse("admin:organizations_organizationimport_configure", args=[pk]))
            record.report = report.to_dict()
            record.status = OrganizationImport.Status.APPLIED
            record.applied_at = timezone.now()
            record.save(update_fields=["report", "status", "applied_at"])
            messages.success(request, f"Imported: {report.summary()}")
    return HttpResponseRedirect(reverse("admin:organizations_organizationimport_change",
                                        args=[pk]))


def report_view(model_admin, request, object_id):
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    record = get_object_or_404(OrganizationImport, pk=object_id)
    report = record.report or record.preview
    return TemplateResponse(request, "admin/organizations/import/preview.html", _context(
        model_admin, request, title=f"Import of {record.filename}", record=record,
        report=report, applied=record.status == OrganizationImport.Status.APPLIED,
        can_import=admin_actor(request).can(Capability.MANAGE_ORGANIZATIONS).allowed()))


# --- HSDS export --------------------------------------------------------------------------


def export_view(model_admin, request):
    """The HSDS data package of listed organizations (public data), as a ZIP download."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    buffer = io.BytesIO()
    write_zip(build_package(), buffer)
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="mn-digital-aid-hsds.zip"'
    return response
