"""Members hold no personal data: no name, phone, e-mail or precise location.

A member is a device (push token), the free text of what they care about, a coarse
location (a ZIP or city centroid rounded to about 1 km) and a radius.  Phone numbers and
e-mail addresses used to log in exist only as keyed hashes in ``Identifier``.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Floor

from authz.vectors import EmbeddingField
from members.geo import PLACE_BANDS_PER_DEGREE, PLACE_ORDER_INDEX


class Member(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    push_token = models.CharField(max_length=255, unique=True)
    interests = models.TextField(blank=True)
    latitude = models.FloatField(null=True, blank=True, help_text="Coarse (about 1 km).")
    longitude = models.FloatField(null=True, blank=True, help_text="Coarse (about 1 km).")
    location_name = models.CharField(max_length=120, blank=True)
    radius_km = models.PositiveSmallIntegerField(default=30)
    language = models.CharField(max_length=12, default="en")
    # Facts the member gave (optional): languages spoken (ISO 639 codes) and activities
    # picked from members.activities.
    languages = ArrayField(models.CharField(max_length=12), default=list, blank=True,
                           help_text="Languages spoken (ISO 639 codes), optional.")
    activities = ArrayField(models.CharField(max_length=40), default=list, blank=True,
                            help_text="Activities picked from the taxonomy, optional.")
    # What matching read from the profile (activities, languages, traits), with the
    # fingerprint of the fields it was read from; written by the embedding job.
    inferred = models.JSONField(default=dict, blank=True, editable=False)
    active = models.BooleanField(default=True)
    paused_until = models.DateTimeField(null=True, blank=True)
    # Bumped to revoke every token issued to this member (authorization issue).
    token_version = models.PositiveIntegerField(default=0, editable=False)
    # Native width, halfvec; searched through per-width partial IVFFlat indexes made by the
    # migrations and rebuilt as the table grows (authz/vector_index.py).
    embedding = EmbeddingField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(radius_km__gte=1, radius_km__lte=500), name="member_radius_range"
            ),
            models.CheckConstraint(
                condition=(Q(latitude__isnull=True) & Q(longitude__isnull=True))
                | (
                    Q(latitude__gte=-90, latitude__lte=90)
                    & Q(longitude__gte=-180, longitude__lte=180)
                ),
                name="member_location_valid",
            ),
        ]
        indexes = [
            # "Members near a point": a bounding-box prefilter on these, then haversine.
            models.Index(
                fields=["latitude", "longitude"],
                condition=Q(active=True),
                name="member_active_latlng_idx",
            ),
            # Also ``member_reach_gist`` (migration 0004): a GiST index on each member's
            # reach box, members.geo.REACH_BOX_SQL, for candidate selection.
            # The table's physical order (``manage.py order_members`` clusters on it):
            # latitude bands, then longitude (members.geo, PLACE_BANDS_PER_DEGREE).
            models.Index(
                Floor(F("latitude") * PLACE_BANDS_PER_DEGREE),
                F("longitude"),
                name=PLACE_ORDER_INDEX,
            ),
        ]

    def __str__(self) -> str:
        # Never the token or the interests: they identify a person.
        return f"Member {str(self.id)[:8]}"


class Identifier(models.Model):
    """A keyed hash (HMAC-SHA256 with a secret pepper) of a phone number or e-mail address.

    Belongs to a member (to log in on another device) or to a staff user (to use the API).
    """

    class Kind(models.TextChoices):
        PHONE = "phone", "Phone"
        EMAIL = "email", "E-mail"

    digest = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=5, choices=Kind.choices)
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, null=True, blank=True, related_name="identifiers"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="identifiers",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(member__isnull=False) & Q(user__isnull=True))
                | (Q(member__isnull=True) & Q(user__isnull=False)),
                name="identifier_exactly_one_owner",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} identifier #{self.pk}"


class VerificationCode(models.Model):
    """A one-time login code of the built-in backend: only its hash is stored."""

    identifier_digest = models.CharField(max_length=64, db_index=True)
    code_hash = models.CharField(max_length=128)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["identifier_digest", "-created_at"], name="code_latest_idx")
        ]

    def __str__(self) -> str:
        return f"verification code {self.pk}"
