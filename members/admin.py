"""Members in the admin: no personal data on screen.

No push token (at most its last four characters), no interests, no location, no
identifier digests.  What matching understood from a profile is shown as coarse facts:
the activities (picked, read from the text, or guessed from meaning), the languages and
whether they have a vehicle -- never the words themselves, nor a gender.  Staff cannot add
members or edit them; MANAGE_MEMBERS may deactivate
(an action).  Staff may link their own phone or e-mail (hashed by
``members.services.link_staff_identifier``) to use the API.  ``VerificationCode`` is not
registered.
"""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from authz import AuthzError, Capability
from authz.request import admin_actor
from members import services
from members.identifiers import normalise
from members.models import Identifier, Member
from members.services import link_staff_identifier


def masked_member_id(member_id: Any) -> str:
    return f"{str(member_id)[:8]}…" if member_id else "—"


def masked_token(token: str) -> str:
    return f"…{token[-4:]}" if token else "—"


def understood_summary(inferred: dict | None) -> str:
    """Matching's reading of a profile as recorded on the row (members never import
    matching: the record is plain JSON), without the gender trait."""
    inferred = inferred or {}
    if not inferred:
        return "not read yet (the profile is read when it is embedded)"
    parts = []
    activities = inferred.get("activities") or {}
    if activities:
        parts.append("activities: " + ", ".join(
            a + ("" if src == "text" else f" ({src})") for a, src in sorted(activities.items())))
    if inferred.get("languages"):
        parts.append("languages: " + ", ".join(inferred["languages"]))
    traits = [t for t in inferred.get("traits") or [] if t != "woman"]
    if traits:
        parts.append("has: " + ", ".join(traits))
    return "; ".join(parts) or "nothing recognised"


class StaffOnlyView:
    """Any active staff member may look; writes are decided per admin below."""

    def _actor(self, request):
        return admin_actor(request)

    def has_module_permission(self, request) -> bool:
        return self._actor(request).is_staff

    def has_view_permission(self, request, obj: Any = None) -> bool:
        return self._actor(request).is_staff

    def has_add_permission(self, request, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request, obj: Any = None) -> bool:
        return False


class PausedFilter(admin.SimpleListFilter):
    title = "paused"
    parameter_name = "paused"

    def lookups(self, request, model_admin):
        return [("yes", "Paused now"), ("no", "Not paused")]

    def queryset(self, request, queryset):
        paused = Q(paused_until__gt=timezone.now())
        if self.value() == "yes":
            return queryset.filter(paused)
        if self.value() == "no":
            return queryset.exclude(paused)
        return queryset


@admin.register(Member)
class MemberAdmin(StaffOnlyView, admin.ModelAdmin):
    list_display = ("short_id", "token", "active", "paused_until", "radius_km", "language",
                    "created_at")
    list_filter = ("active", PausedFilter)
    search_fields = ("id",)  # see get_search_results: an id or an id prefix
    search_help_text = "Search by member id (or its first characters)."
    fields = ("id", "token", "active", "paused_until", "radius_km", "language", "languages",
              "activities", "understood", "created_at", "updated_at")
    readonly_fields = fields
    ordering = ("-created_at",)
    actions = ("deactivate_selected",)

    def get_queryset(self, request):
        return super().get_queryset(request).defer("interests", "embedding", "latitude",
                                                   "longitude", "location_name")

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip().lower()
        if not term:
            return queryset, False
        try:
            return queryset.filter(pk=uuid.UUID(term)), False
        except ValueError:
            pass
        return (queryset.annotate(id_text=Cast("id", TextField()))
                .filter(id_text__startswith=term), False)

    def has_manage_members_permission(self, request) -> bool:
        return self._actor(request).can(Capability.MANAGE_MEMBERS).allowed()

    @admin.display(description="member")
    def short_id(self, obj: Member) -> str:
        return masked_member_id(obj.pk)

    @admin.display(description="push token")
    def token(self, obj: Member) -> str:
        return masked_token(obj.push_token)

    @admin.display(description="understood by matching")
    def understood(self, obj: Member) -> str:
        return understood_summary(obj.inferred)

    @admin.action(description="Deactivate selected members (no more notifications)",
                  permissions=["manage_members"])
    def deactivate_selected(self, request, queryset):
        actor = self._actor(request)
        members = list(queryset.filter(active=True).only("pk"))
        done = 0
        for member in members:
            try:
                services.deactivate_member(member=member, actor=actor)
            except AuthzError as exc:
                messages.error(request, str(exc))
                return
            self.log_change(request, member, "Deactivated")
            done += 1
        messages.success(request, f"Deactivated {done} member(s).")


class _Masked:
    """Stands in for an identifier in templates that print ``str(original)``."""

    def __init__(self, pk: int, label: str):
        self.pk, self._label = pk, label

    def __str__(self) -> str:
        return self._label


class LinkIdentifierForm(forms.ModelForm):
    identifier = forms.CharField(
        label="Your phone or e-mail", max_length=254,
        help_text="Stored only as a keyed hash. International phone form, e.g. +16125550142.",
    )

    class Meta:
        model = Identifier
        fields: tuple = ()

    def clean_identifier(self) -> str:
        raw = self.cleaned_data["identifier"]
        normalised = normalise(raw)  # raises ValidationError with a readable message
        if Identifier.objects.filter(digest=normalised.digest).exists():
            raise ValidationError("This identifier is already linked.", code="duplicate")
        return raw


@admin.register(Identifier)
class IdentifierAdmin(StaffOnlyView, admin.ModelAdmin):
    list_display = ("kind", "owner", "created_at")
    list_filter = ("kind",)
    list_select_related = ("user",)
    fields = ("kind", "owner", "created_at")
    readonly_fields = fields
    form = LinkIdentifierForm

    def get_queryset(self, request):
        qs = super().get_queryset(request).defer("digest")
        actor = self._actor(request)
        if actor.can(Capability.MANAGE_MEMBERS).allowed():
            return qs
        return qs.filter(user_id=getattr(actor.user, "pk", None))

    def has_add_permission(self, request, obj: Any = None) -> bool:
        return self._actor(request).is_staff  # their own, through the service

    def get_fields(self, request, obj=None):
        return ("identifier",) if obj is None else self.fields

    def get_readonly_fields(self, request, obj=None):
        return () if obj is None else self.readonly_fields

    @admin.display(description="owner")
    def owner(self, obj: Identifier) -> str:
        if obj.user_id:
            return f"staff: {obj.user.get_username()}"
        return f"member {masked_member_id(obj.member_id)}"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        ctx = getattr(response, "context_data", None)
        if ctx and ctx.get("original") is not None:  # Identifier.__str__ shows a digest prefix
            masked = _Masked(ctx["original"].pk, self.owner(ctx["original"]))
            ctx.update(original=masked, subtitle=str(masked))
        return response

    def log_addition(self, request, obj, message):
        return LogEntry.objects.create(
            user_id=request.user.pk, content_type=ContentType.objects.get_for_model(obj),
            object_id=str(obj.pk), object_repr=f"{obj.kind} identifier of {self.owner(obj)}",
            action_flag=ADDITION, change_message=message)

    def save_model(self, request, obj, form, change: bool) -> None:
        created = link_staff_identifier(user=request.user,
                                        identifier=form.cleaned_data["identifier"],
                                        actor=admin_actor(request))
        obj.pk, obj.kind, obj.user, obj.created_at = (created.pk, created.kind, created.user,
                                                      created.created_at)
        obj._state.adding = False
