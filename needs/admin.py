"""The moderation console: the pending-needs queue and its actions.

Every state change goes through ``needs.services`` with ``admin_actor(request)``, so the
capability check, the transaction and the matching trigger are the same as through
GraphQL.  Django's model permissions are mapped to capabilities: any active staff member
may look at the queue; MANAGE_NEEDS may act on it (and add needs by hand, again through
the service); only FULL_ADMIN may delete.  The need's own change form is read-only for
everybody — edits happen in "edit and approve", which validates like the API.

This module also adds the "scrape now" actions to the organization and source admins
(scraping lives in ``needs``; ``organizations`` never imports ``needs``).
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from authz import AuthzError, Capability
from authz.request import admin_actor
from needs import extensions
from needs.hashing import content_hash
from needs.models import Need
from needs.scraping import scrape_source
from needs.services import (
    REASON_MAX,
    approve_need,
    create_need,
    edit_and_approve_need,
    expire_need,
    mark_need_filled,
    reject_need,
)
from needs.validation import validate_need_data
from organizations.admin import CapabilityPermissions, OrganizationAdmin, SourceAdmin
from organizations.models import Source

logger = logging.getLogger(__name__)
Status = Need.Status
CONTENT_FIELDS = ("title", "description", "tldr", "kind", "languages", "page_language",
                  "contact_email", "contact_phone", "contact_url", "urgency", "location_name",
                  "latitude", "longitude")


# --- filters ------------------------------------------------------------------------------

class StatusFilter(admin.SimpleListFilter):
    """Opens on the pending queue: no ``status`` parameter means "pending"."""

    title = "status"
    parameter_name = "status"
    ALL = "all"

    def lookups(self, request, model_admin):
        return [*Status.choices, (self.ALL, "All statuses")]

    def value(self):
        return super().value() or Status.PENDING

    def queryset(self, request, queryset):
        value = self.value()
        return queryset if value == self.ALL else queryset.filter(status=value)

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == str(lookup),
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }


class YesNoFilter(admin.SimpleListFilter):
    condition: Q

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(self.condition)
        if self.value() == "no":
            return queryset.exclude(self.condition)
        return queryset


class RevisionFilter(YesNoFilter):
    title = "revision of an active need"
    parameter_name = "revision"
    condition = Q(supersedes__isnull=False)


class DisappearedFilter(YesNoFilter):
    title = "disappeared from its page"
    parameter_name = "disappeared"
    condition = Q(disappeared_at__isnull=False)


# --- the diff of a revision ----------------------------------------------------------------

_TOKENS = re.compile(r"\s+|[^\s]+")


def inline_diff(old: str, new: str) -> SafeString:
    """Word-level diff of two texts as escaped HTML with <del>/<ins> marks."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    out: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return mark_safe("".join(out))  # noqa: S308 - every fragment above is escaped


def _contact(need: Need) -> str:
    return "\n".join(v for v in (need.contact_email, need.contact_phone, need.contact_url) if v)


DIFF_FIELDS: list[tuple[str, Callable[[Need], str]]] = [
    ("Title", lambda n: n.title),
    ("Description", lambda n: n.description),
    ("Contact", _contact),
    ("Urgency", lambda n: n.get_urgency_display()),
]


def revision_diff(old: Need, new: Need) -> SafeString:
    rows = []
    for label, get in DIFF_FIELDS:
        before, after = get(old), get(new)
        if before == after:
            rows.append((label, "unchanged", mark_safe('<span class="quiet">unchanged</span>')))
        else:
            rows.append((label, "changed", inline_diff(before, after)))
    body = format_html_join(
        "", '<tr class="{}"><th>{}</th><td class="diff">{}</td></tr>',
        ((cls, label, html) for label, cls, html in rows),
    )
    return format_html(
        '<p>Compared with the active need <a href="{}">#{} “{}”</a> '
        "(removed text <del>struck through</del>, new text <ins>underlined</ins>).</p>"
        '<table class="need-diff">{}</table>',
        reverse("admin:needs_need_change", args=[old.pk]), old.pk, old.title, body,
    )


# --- forms ---------------------------------------------------------------------------------

def _apply_errors(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form, field by field where possible."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc.messages)
        return
    for field, errors in exc.message_dict.items():
        if field in form.fields:
            form.add_error(field, errors)
        else:
            form.add_error(None, [f"{field}: {m}" if field != "__all__" else m for m in errors])


_INFER = ("", "— infer from the text —")


def _codes(value: str) -> list[str]:
    return [c.strip() for c in (value or "").replace(";", ",").split(",") if c.strip()]


class NeedAddForm(forms.ModelForm):
    """Staff entering a need by hand: validated like the API, saved by ``create_need``."""

    contact_url = forms.URLField(required=False, max_length=1000, assume_scheme="https")
    kind = forms.ChoiceField(choices=[_INFER, *Need.Kind.choices], required=False)
    languages = forms.CharField(
        required=False, max_length=100,
        help_text="ISO 639 codes the need requires, separated by commas (so, en); "
                  "left empty, they are read from the text.")
    page_language = forms.CharField(required=False, max_length=12,
                                    help_text="Left empty, it is detected from the text.")

    def clean_languages(self):
        return _codes(self.cleaned_data.get("languages"))

    class Meta:
        model = Need
        fields = ("organization", *CONTENT_FIELDS)

    def clean(self):
        cleaned = super().clean()
        data = {f: cleaned.get(f) for f in CONTENT_FIELDS}
        try:
            clean = validate_need_data(data)
        except ValidationError as exc:
            _apply_errors(self, exc)
            return cleaned
        org = cleaned.get("organization")
        if org is not None:
            digest = content_hash(title=clean.title, description=clean.description,
                                  organization_id=org.pk)
            if Need.objects.filter(content_hash=digest, status__in=Need.LIVE_STATUSES).exists():
                self.add_error("title", "A pending or active need with the same content exists.")
        return cleaned


class EditAndApproveForm(forms.Form):
    """The need's content, checked by the service (``validate_need_data``), not here."""

    title = forms.CharField(required=False, max_length=500)
    description = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 10}))
    tldr = forms.CharField(required=False, label="TL;DR", max_length=500)
    contact_email = forms.CharField(required=False, max_length=254)
    contact_phone = forms.CharField(required=False, max_length=40)
    contact_url = forms.CharField(required=False, max_length=1000)
    urgency = forms.ChoiceField(choices=Need.Urgency.choices)
    kind = forms.ChoiceField(choices=[_INFER, *Need.Kind.choices], required=False)
    languages = forms.CharField(
        required=False, max_length=100,
        help_text="Languages the need requires or prefers: ISO 639 codes separated by commas "
                  "(e.g. so, en; hmn for Hmong, kar for Karen).")
    page_language = forms.CharField(required=False, max_length=12,
                                    help_text="The language the need is written in (ISO 639).")
    location_name = forms.CharField(required=False, max_length=300)
    latitude = forms.FloatField(required=False)
    longitude = forms.FloatField(required=False)

    def clean_languages(self):
        return _codes(self.cleaned_data.get("languages"))

    def clean(self):
        cleaned = super().clean()
        # Fields left out of the form keep the need's current values.
        for name in ("kind", "page_language", "languages"):
            if name not in self.data:
                cleaned.pop(name, None)
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4, "cols": 80}), max_length=REASON_MAX,
        help_text="Stored on the need and shown to staff.",
        error_messages={"required": "Give a reason for rejecting."},
    )


# --- the admin -----------------------------------------------------------------------------

class NeedPermissions(CapabilityPermissions):
    capability = Capability.MANAGE_NEEDS
    delete_capability = Capability.FULL_ADMIN

    def has_manage_needs_permission(self, request) -> bool:
        return self._can(request, Capability.MANAGE_NEEDS)


@admin.register(Need)
class NeedAdmin(NeedPermissions, admin.ModelAdmin):
    list_display = ("title", "organization", "status", "kind", "languages_shown", "urgency",
                    "submission_type", "is_revision", "has_disappeared", "source", "created_at")
    list_display_links = ("title",)
    list_filter = (StatusFilter, ("organization", admin.RelatedOnlyFieldListFilter),
                   "kind", "page_language", "submission_type", "urgency",
                   ("source", admin.RelatedOnlyFieldListFilter),
                   RevisionFilter, DisappearedFilter)
    list_select_related = ("organization", "source")
    search_fields = ("title", "description", "organization__name")
    ordering = ("created_at", "pk")
    list_per_page = 100
    autocomplete_fields = ("organization",)
    actions = ("approve_selected", "edit_and_approve_selected", "reject_selected",
               "mark_filled_selected", "expire_selected")
    change_form_template = "admin/needs/need/change_form.html"
    change_list_template = "admin/needs/need/change_list.html"

    # -- list columns -----------------------------------------------------------------
    @admin.display(description="languages")
    def languages_shown(self, obj: Need) -> str:
        return ", ".join(obj.languages) or "—"

    @admin.display(boolean=True, description="revision")
    def is_revision(self, obj: Need) -> bool:
        return obj.supersedes_id is not None

    @admin.display(boolean=True, description="disappeared")
    def has_disappeared(self, obj: Need) -> bool:
        return obj.disappeared_at is not None

    # -- the change page: read-only, with the diff and the reach preview -----------------
    def get_fieldsets(self, request, obj: Need | None = None):
        if obj is None:
            return [(None, {"fields": ("organization", *CONTENT_FIELDS)})]
        sets: list = [("Moderation", {"fields": ("status", "moderation_reason", "moderated_by",
                                                 "moderated_at")})]
        if obj.supersedes_id:
            sets.append(("What changed", {"fields": ("changes",)}))
        if obj.status == Status.PENDING:
            sets.append(("Who an approval would reach", {"fields": ("reach",)}))
        sets += [
            ("Need", {"fields": ("title", "description", "tldr", "kind", "languages",
                                 "page_language", "urgency", "contact_email",
                                 "contact_phone", "contact_url", "location_name", "latitude",
                                 "longitude")}),
            ("Where it came from", {"fields": ("organization", "submission_type", "source",
                                               "source_url", "supersedes", "last_seen_at",
                                               "disappeared_at", "created_at", "updated_at")}),
        ]
        return sets

    def get_readonly_fields(self, request, obj: Need | None = None):
        if obj is None:
            return ()
        return [f for _, opts in self.get_fieldsets(request, obj) for f in opts["fields"]]

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = NeedAddForm
        return super().get_form(request, obj, change, **kwargs)

    @admin.display(description="diff against the active need")
    def changes(self, obj: Need) -> str:
        old = obj.supersedes
        return revision_diff(old, obj) if old is not None else "—"

    @admin.display(description="reach preview")
    def reach(self, obj: Need) -> str:
        provider = extensions.reach_preview_provider
        if provider is None:
            return "Matching is not installed."
        try:
            preview = provider(obj)
        except Exception:
            logger.exception("reach preview failed for need %s", obj.pk)
            return "The reach preview is unavailable right now."
        if getattr(preview, "note", ""):
            return preview.note
        reasons = format_html_join("", "<li>{}</li>", ((r,) for r in preview.reasons))
        return format_html(
            '<div class="reach-preview"><p>Approving would notify <strong>{}</strong> '
            "member(s) now; <strong>{}</strong> more match but have had their weekly "
            "notifications.</p>{}</div>",
            preview.reachable, preview.throttled,
            format_html("<p>Top reasons:</p><ul>{}</ul>", reasons) if preview.reasons else "",
        )

    def save_model(self, request, obj: Need, form, change: bool) -> None:
        if change:  # never reached: the change form is read-only and POSTs are refused
            raise DjangoPermissionDenied
        created = create_need(
            organization=obj.organization_id,
            data={f: form.cleaned_data.get(f) for f in CONTENT_FIELDS},
            actor=admin_actor(request), submission_type=Need.SubmissionType.ADMIN,
        )
        obj.pk, obj.content_hash, obj._state.adding = created.pk, created.content_hash, False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":  # edits go through the moderation buttons
            return HttpResponseRedirect(request.path)
        need = self.get_object(request, object_id)
        context = {"show_save": False, "show_save_and_continue": False,
                   "show_save_and_add_another": False,
                   "moderation_buttons": self._buttons(request, need)}
        context.update(extra_context or {})
        return super().change_view(request, object_id, form_url, context)

    def _buttons(self, request, need: Need | None) -> list[dict]:
        if need is None or not self.has_manage_needs_permission(request):
            return []

        def post(verb, label, default=False):
            url = reverse("admin:needs_need_moderate", args=[need.pk, verb])
            return {"post": True, "url": url, "label": label, "default": default}

        def link(name, label):
            return {"post": False, "url": reverse(name, args=[need.pk]), "label": label}

        if need.status == Status.PENDING:
            return [post("approve", "Approve", default=True),
                    link("admin:needs_need_edit_approve", "Edit and approve"),
                    link("admin:needs_need_reject", "Reject…"), post("expire", "Expire")]
        if need.status == Status.ACTIVE:
            return [post("fill", "Mark filled"), post("expire", "Expire")]
        return []

    # -- the changelist: counts per status ----------------------------------------------
    def changelist_view(self, request, extra_context=None):
        counts = dict(Need.objects.order_by().values_list("status").annotate(n=Count("id")))
        current = request.GET.get("status") or Status.PENDING
        context = {"status_counts": [
            {"value": value, "label": label, "count": counts.get(value, 0),
             "selected": current == value} for value, label in Status.choices
        ]}
        context.update(extra_context or {})
        return super().changelist_view(request, context)

    # -- urls for the single-need actions ------------------------------------------------
    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<path:object_id>/moderate/<str:verb>/", wrap(self.moderate_view),
                 name="needs_need_moderate"),
            path("<path:object_id>/edit-and-approve/", wrap(self.edit_and_approve_view),
                 name="needs_need_edit_approve"),
            path("<path:object_id>/reject/", wrap(self.reject_view), name="needs_need_reject"),
            *super().get_urls(),
        ]

    def _require_manage(self, request) -> None:
        if not self.has_manage_needs_permission(request):
            raise DjangoPermissionDenied

    SIMPLE_VERBS: dict[str, tuple[Callable[..., Need], str]] = {
        "approve": (approve_need, "Approved"),
        "fill": (mark_need_filled, "Marked filled"),
        "expire": (expire_need, "Expired"),
    }

    def moderate_view(self, request, object_id: str, verb: str):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        self._require_manage(request)
        if verb not in self.SIMPLE_VERBS:
            raise DjangoPermissionDenied
        need = get_object_or_404(Need, pk=object_id)
        service, label = self.SIMPLE_VERBS[verb]
        self._run(request, [need], service, label)
        return HttpResponseRedirect(reverse("admin:needs_need_change", args=[need.pk]))

    def reject_view(self, request, object_id: str):
        self._require_manage(request)
        need = get_object_or_404(Need, pk=object_id)
        form = RejectForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            self._run(request, [need], reject_need, "Rejected",
                      reason=form.cleaned_data["reason"])
            return HttpResponseRedirect(reverse("admin:needs_need_change", args=[need.pk]))
        return self._reject_page(request, [need], form, hidden=[])

    def _reject_page(self, request, needs: list[Need], form: RejectForm,
                     hidden: list[tuple[str, Any]]):
        context = {
            **self.admin_site.each_context(request),
            "title": "Reject needs" if len(needs) > 1 else "Reject need",
            "opts": self.model._meta, "needs": needs, "form": form, "hidden": hidden,
        }
        return TemplateResponse(request, "admin/needs/need/reject.html", context)

    def edit_and_approve_view(self, request, object_id: str):
        self._require_manage(request)
        need = get_object_or_404(Need.objects.select_related("organization", "supersedes"),
                                 pk=object_id)
        queue = [int(x) for x in request.GET.get("queue", "").split(",") if x.isdigit()]
        if request.method == "POST":
            form = EditAndApproveForm(request.POST)
            if form.is_valid():
                try:
                    approved = edit_and_approve_need(need=need.pk, changes=form.cleaned_data,
                                                     actor=admin_actor(request))
                except ValidationError as exc:
                    _apply_errors(form, exc)
                except AuthzError as exc:
                    form.add_error(None, str(exc))
                else:
                    self.log_change(request, approved, "Edited and approved")
                    messages.success(request, f"Edited and approved “{approved.title}”.")
                    return self._next_in_queue(queue)
        else:
            initial = {f: getattr(need, f) for f in CONTENT_FIELDS}
            initial["languages"] = ", ".join(need.languages)
            form = EditAndApproveForm(initial=initial)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Edit and approve “{need.title}”", "opts": self.model._meta,
            "need": need, "form": form, "queue_left": len(queue),
            "diff": revision_diff(need.supersedes, need) if need.supersedes else None,
        }
        return TemplateResponse(request, "admin/needs/need/edit_and_approve.html", context)

    def _next_in_queue(self, queue: list[int]):
        if queue:
            url = reverse("admin:needs_need_edit_approve", args=[queue[0]])
            rest = ",".join(str(pk) for pk in queue[1:])
            return HttpResponseRedirect(f"{url}?queue={rest}" if rest else url)
        return HttpResponseRedirect(reverse("admin:needs_need_changelist"))

    # -- running a service over needs ---------------------------------------------------
    def _run(self, request, needs: Iterable[Need], service: Callable[..., Need], label: str,
             **kwargs: Any) -> int:
        """Call ``service`` for each need as the request's actor; report each failure."""
        actor = admin_actor(request)
        done: list[Need] = []
        for need in needs:
            try:
                changed = service(need=need.pk, actor=actor, **kwargs)
            except ValidationError as exc:
                messages.error(request, f"“{need.title}” (#{need.pk}): "
                                        + " ".join(exc.messages))
            except AuthzError as exc:
                messages.error(request, f"“{need.title}” (#{need.pk}): {exc}")
            else:
                message = label if "reason" not in kwargs else f"{label}: {kwargs['reason']}"
                self.log_change(request, changed, message)
                done.append(changed)
        if done:
            names = ", ".join(f"“{n.title}”" for n in done[:5])
            more = f" and {len(done) - 5} more" if len(done) > 5 else ""
            messages.success(request, f"{label} {len(done)} need(s): {names}{more}.")
        return len(done)

    # -- bulk actions --------------------------------------------------------------------
    @admin.action(description="Approve selected needs", permissions=["manage_needs"])
    def approve_selected(self, request, queryset):
        self._run(request, queryset.order_by("created_at", "pk"), approve_need, "Approved")

    @admin.action(description="Edit and approve selected needs (one by one)",
                  permissions=["manage_needs"])
    def edit_and_approve_selected(self, request, queryset):
        ids = list(queryset.order_by("created_at", "pk").values_list("pk", flat=True))
        return self._next_in_queue(ids)

    @admin.action(description="Reject selected needs…", permissions=["manage_needs"])
    def reject_selected(self, request, queryset):
        needs = list(queryset.select_related("organization").order_by("created_at", "pk"))
        form = RejectForm(request.POST if "post" in request.POST else None)
        if "post" in request.POST and form.is_valid():
            self._run(request, needs, reject_need, "Rejected",
                      reason=form.cleaned_data["reason"])
            return None
        hidden = [("action", "reject_selected"), ("post", "yes"),
                  *[(helpers.ACTION_CHECKBOX_NAME, n.pk) for n in needs]]
        return self._reject_page(request, needs, form, hidden)

    @admin.action(description="Mark selected needs filled", permissions=["manage_needs"])
    def mark_filled_selected(self, request, queryset):
        self._run(request, queryset.order_by("created_at", "pk"), mark_need_filled,
                  "Marked filled")

    @admin.action(description="Expire selected needs", permissions=["manage_needs"])
    def expire_selected(self, request, queryset):
        self._run(request, queryset.order_by("created_at", "pk"), expire_need, "Expired")


# --- "scrape now" on organizations and sources --------------------------------------------

def _scrape(modeladmin, request, sources: Iterable[Source], log_on: Callable[[Source], Any]):
    actor = admin_actor(request)
    for source in sources:
        try:
            report = scrape_source(source=source.pk, actor=actor)
        except AuthzError as exc:
            messages.error(request, f"{source.url}: {exc}")
            continue
        except Exception:  # a crawl failure must be a message, never a 500
            logger.exception("scrape now failed for source %s", source.pk)
            messages.error(request, f"{source.url}: the scrape failed unexpectedly.")
            continue
        summary = (f"Scrape of {source.url}: {report.status} — {report.pages} page(s), "
                   f"{report.new} new, {report.changed} changed, "
                   f"{report.disappeared} disappeared")
        if report.message:
            summary += f" ({report.message})"
        level = messages.SUCCESS if report.status in ("ok", "partial") else messages.WARNING
        messages.add_message(request, level, summary)
        modeladmin.log_change(request, log_on(source), summary)


@admin.action(description="Scrape now", permissions=["trigger_scraping"])
def scrape_sources_now(modeladmin, request, queryset):
    _scrape(modeladmin, request, list(queryset), lambda s: s)


@admin.action(description="Scrape now (every active source)", permissions=["trigger_scraping"])
def scrape_organizations_now(modeladmin, request, queryset):
    sources = Source.objects.filter(organization__in=queryset, active=True).select_related(
        "organization")
    _scrape(modeladmin, request, list(sources), lambda s: s.organization)


OrganizationAdmin.actions = [*OrganizationAdmin.actions, scrape_organizations_now]
SourceAdmin.actions = [*SourceAdmin.actions, scrape_sources_now]
