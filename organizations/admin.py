"""Admin for organizations, their sources and tags.

Django's model permissions are mapped onto our capabilities (``CapabilityAdmin``): any
active staff member may look, only the capability holder may change.  The "scrape now"
actions are added by ``needs/admin.py`` (scraping lives in ``needs``, and ``organizations``
never imports ``needs``): they are appended to ``OrganizationAdmin.actions`` and
``SourceAdmin.actions`` there.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.postgres.forms import SimpleArrayField
from django.db import models
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import JSONObject
from django.utils.html import format_html, format_html_join

from authz import Capability
from authz.request import admin_actor
from organizations.models import Crawl, Organization, OrganizationImport, Source, Tag


class CapabilityPermissions:
    """Map the admin's view/add/change/delete permissions to an ``authz`` capability.

    Viewing needs only an active staff account; writing needs ``capability`` (FULL_ADMIN
    implies every capability).  ``delete_capability`` defaults to ``capability``.
    """

    capability: Capability = Capability.FULL_ADMIN
    delete_capability: Capability | None = None
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}  # noqa: RUF012

    def _can(self, request, capability: Capability) -> bool:
        return admin_actor(request).can(capability).allowed()

    def has_module_permission(self, request) -> bool:
        return admin_actor(request).is_staff

    def has_view_permission(self, request, obj: Any = None) -> bool:
        return admin_actor(request).is_staff

    def has_add_permission(self, request, obj: Any = None) -> bool:
        return self._can(request, self.capability)

    def has_change_permission(self, request, obj: Any = None) -> bool:
        return self._can(request, self.capability)

    def has_delete_permission(self, request, obj: Any = None) -> bool:
        return self._can(request, self.delete_capability or self.capability)

    def has_trigger_scraping_permission(self, request) -> bool:
        return self._can(request, Capability.TRIGGER_SCRAPING)


class OrganizationPermissions(CapabilityPermissions):
    capability = Capability.MANAGE_ORGANIZATIONS


# --- last crawl summary (one annotation, so the list's query count stays flat) --------------

_CRAWL_FIELDS = ("status", "pages_fetched", "pages_unchanged", "pages_failed", "needs_new",
                 "needs_changed", "needs_unchanged", "needs_disappeared", "errors",
                 "started_at")


def with_last_crawl(queryset: QuerySet[Source]) -> QuerySet[Source]:
    latest = Crawl.objects.filter(source=OuterRef("pk")).order_by("-started_at", "-pk")
    return queryset.annotate(
        last_crawl=Subquery(latest.values(json=JSONObject(**{f: F(f) for f in _CRAWL_FIELDS}))[:1])
    )


def crawl_summary(crawl: dict | None) -> str:
    """'ok: 3 pages (1 unchanged, 0 failed); needs 2 new, 1 changed, 0 gone'."""
    if not crawl:
        return "never crawled"
    return (
        f"{crawl['status']}: {crawl['pages_fetched']} pages ({crawl['pages_unchanged']} "
        f"unchanged, {crawl['pages_failed']} failed); needs {crawl['needs_new']} new, "
        f"{crawl['needs_changed']} changed, {crawl['needs_unchanged']} unchanged, "
        f"{crawl['needs_disappeared']} gone"
    )


class AwaitingReviewFilter(admin.SimpleListFilter):
    """Links the public submitted: no organization yet, inactive until staff assign one."""

    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("awaiting", "Awaiting review"), ("assigned", "Assigned to an organization")]

    def queryset(self, request, queryset):
        awaiting = Q(organization__isnull=True, active=False)
        if self.value() == "awaiting":
            return queryset.filter(awaiting)
        if self.value() == "assigned":
            return queryset.exclude(awaiting)
        return queryset


class SourceInline(OrganizationPermissions, admin.TabularInline):
    model = Source
    extra = 0
    fields = ("url", "active", "scrape_frequency", "last_status", "last_scraped_at",
              "last_error")
    readonly_fields = ("last_status", "last_scraped_at", "last_error")
    show_change_link = True


class TagInline(OrganizationPermissions, admin.TabularInline):
    model = Organization.tags.through
    extra = 0
    autocomplete_fields = ("tag",)
    verbose_name = "tag"
    verbose_name_plural = "tags"


@admin.register(Organization)
class OrganizationAdmin(OrganizationPermissions, admin.ModelAdmin):
    list_display = ("name", "county", "verified", "listed", "website", "updated_at")
    list_filter = ("listed", "verified", "county", "ice_resistance_focus")
    search_fields = ("name", "summary", "description", "website")
    ordering = ("name",)
    inlines = (SourceInline, TagInline)
    exclude = ("tags", "answers")
    readonly_fields = ("uuid", "answers_as_imported", "edited_by_staff", "created_at",
                       "updated_at")
    actions: list = []  # needs/admin.py appends "scrape now"
    change_list_template = "admin/organizations/organization/change_list.html"

    @admin.display(description="yes/no answers as imported")
    def answers_as_imported(self, obj: Organization) -> str:
        if not obj.answers:
            return "-"
        return format_html("<ul>{}</ul>", format_html_join(
            "", "<li>{}: {}</li>", sorted(obj.answers.items())))

    @admin.display(description="edited by staff (imports leave these alone)")
    def edited_by_staff(self, obj: Organization) -> str:
        return ", ".join(obj.edited_fields) or "-"

    def save_model(self, request, obj: Organization, form, change: bool) -> None:
        """Remember which importable fields a person set or changed by hand: an import
        never overwrites them (organizations/importing/engine.py)."""
        from organizations.importing.records import IMPORT_FIELDS

        if change:
            touched = set(form.changed_data)
        else:
            touched = {key for key in form.changed_data if form.cleaned_data.get(key)}
        touched &= set(IMPORT_FIELDS)
        if touched - set(obj.edited_fields):
            obj.edited_fields = sorted(set(obj.edited_fields) | touched)
        super().save_model(request, obj, form, change)


@admin.register(Source)
class SourceAdmin(OrganizationPermissions, admin.ModelAdmin):
    list_display = ("url", "organization", "active", "last_status", "last_scraped_at",
                    "last_crawl_result", "short_error")
    list_filter = (AwaitingReviewFilter, "active", "last_status")
    list_select_related = ("organization",)
    search_fields = ("url", "organization__name", "submitted_context")
    autocomplete_fields = ("organization",)
    readonly_fields = ("last_scraped_at", "last_status", "last_error", "last_crawl_detail",
                       "created_at", "updated_at")
    actions: list = []  # needs/admin.py appends "scrape now"

    def get_queryset(self, request):
        return with_last_crawl(super().get_queryset(request))

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "extra_urls":
            return SimpleArrayField(forms.URLField(max_length=1000, assume_scheme="https"),
                                    required=False, label="Extra URLs",
                                    help_text="Comma-separated.")
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="last crawl")
    def last_crawl_result(self, obj: Source) -> str:
        return crawl_summary(getattr(obj, "last_crawl", None))

    @admin.display(description="last error")
    def short_error(self, obj: Source) -> str:
        return (obj.last_error[:117] + "…") if len(obj.last_error) > 120 else obj.last_error

    @admin.display(description="last crawl")
    def last_crawl_detail(self, obj: Source) -> str:
        crawl = getattr(obj, "last_crawl", None)
        if not crawl:
            return "never crawled"
        errors = crawl.get("errors") or []
        items = format_html_join("", "<li>{}</li>", ((str(e),) for e in errors[:20]))
        return format_html("<p>{} (started {})</p>{}", crawl_summary(crawl),
                           crawl["started_at"], format_html("<ul>{}</ul>", items)
                           if errors else "")


@admin.register(Tag)
class TagAdmin(OrganizationPermissions, admin.ModelAdmin):
    list_display = ("value", "kind")
    list_filter = ("kind",)
    search_fields = ("value",)


@admin.register(OrganizationImport)
class OrganizationImportAdmin(OrganizationPermissions, admin.ModelAdmin):
    """Uploads on their way through the import, and what each import did.

    The upload / preview / apply pages are ``organizations.admin_import``; only
    MANAGE_ORGANIZATIONS may use them.  Past imports are read-only here.
    """

    list_display = ("filename", "kind", "status", "created_by", "created_at", "outcome")
    list_filter = ("status", "kind")
    search_fields = ("filename",)
    readonly_fields = ("filename", "kind", "status", "size", "created_by", "created_at",
                       "previewed_at", "applied_at")
    exclude = ("content", "options", "preview", "report", "sha256", "encoding")

    def has_add_permission(self, request, obj: Any = None) -> bool:
        return False  # uploads go through the import pages

    def has_change_permission(self, request, obj: Any = None) -> bool:
        return False

    @admin.display(description="outcome")
    def outcome(self, obj: OrganizationImport) -> str:
        data = obj.report or obj.preview
        return data.get("summary", "") if data else ""

    def get_urls(self):
        from organizations import admin_import

        return admin_import.urls(self) + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        from organizations import admin_import

        return admin_import.report_view(self, request, object_id)
