"""Needs: what an organization asks for, moderated before anyone is told."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper

from authz.public_cache import PublicDataQuerySet
from authz.vectors import EmbeddingField
from organizations.models import Organization, Source


class Need(models.Model):
    class Urgency(models.TextChoices):
        LOW = "low", "Low"
        MEDIUM = "medium", "Medium"
        HIGH = "high", "High"
        URGENT = "urgent", "Urgent"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending moderation"
        ACTIVE = "active", "Active"
        REJECTED = "rejected", "Rejected"
        FILLED = "filled", "Filled"
        EXPIRED = "expired", "Expired"

    class Kind(models.TextChoices):
        VOLUNTEER = "volunteer", "Volunteer (hands-on)"
        SKILLED = "skilled", "Skilled (a profession, trade or language)"
        DONATION = "donation", "Donation (goods or money for a named thing)"
        OTHER = "other", "Other"

    class SubmissionType(models.TextChoices):
        SCRAPED = "scraped", "Scraped"
        ADMIN = "admin", "Entered by staff"
        SUBMITTED = "submitted", "Submitted by the public"

    LIVE_STATUSES = (Status.PENDING, Status.ACTIVE)

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="needs")
    source = models.ForeignKey(
        Source, on_delete=models.SET_NULL, null=True, blank=True, related_name="needs"
    )
    # The page of the source this need was read from (sync works page by page).
    source_url = models.URLField(max_length=1000, blank=True)
    title = models.CharField(max_length=200)
    description = models.TextField()
    tldr = models.CharField(max_length=280, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_url = models.URLField(max_length=1000, blank=True)
    urgency = models.CharField(max_length=10, choices=Urgency.choices, default=Urgency.MEDIUM)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.OTHER)
    # ISO 639 codes the need requires or prefers (a Somali interpreter: so, en); [] for none.
    languages = ArrayField(models.CharField(max_length=12), default=list, blank=True,
                           help_text="ISO 639 codes the need requires or prefers, e.g. so, en.")
    # The language the need is written in (ISO 639; "hmn" Hmong, "kar" Karen).
    page_language = models.CharField(max_length=12, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    submission_type = models.CharField(
        max_length=10, choices=SubmissionType.choices, default=SubmissionType.SCRAPED
    )
    # SHA-256 of the normalised title + description + organization (see needs.hashing).
    content_hash = models.CharField(max_length=64)
    supersedes = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="revisions",
        help_text="The active need this pending revision would replace when approved.",
    )
    last_seen_at = models.DateTimeField(null=True, blank=True)
    disappeared_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="moderated_needs",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderation_reason = models.TextField(blank=True)
    location_name = models.CharField(max_length=200, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    # Native width, halfvec; searched through per-width partial IVFFlat indexes made by the
    # migrations (authz/vectors.py).
    embedding = EmbeddingField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Bulk writes bump the public data version too (authz.public_cache).
    objects = PublicDataQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=Q(status__in=["pending", "active"]),
                name="need_unique_live_content_hash",
                violation_error_message="A pending or active need with this content exists.",
            ),
            models.CheckConstraint(
                condition=(Q(latitude__isnull=True) & Q(longitude__isnull=True))
                | (
                    Q(latitude__gte=-90, latitude__lte=90)
                    & Q(longitude__gte=-180, longitude__lte=180)
                ),
                name="need_location_valid",
            ),
        ]
        indexes = [
            # The public list (newest first, ``needs.selectors.NEED_ORDER``) and the
            # moderation queue (oldest first): a status, then the order with its tie-break,
            # so a cursor page's row comparison ``(created_at, id) < (x, y)`` seeks
            # (``authz.pagination``; migration 0007 says why it replaced (status, created_at)).
            models.Index(fields=["status", "created_at", "id"], name="need_status_created_id_idx"),
            models.Index(fields=["organization", "status"], name="need_org_status_idx"),
            models.Index(fields=["source", "status"], name="need_source_status_idx"),
            models.Index(fields=["submission_type", "status"], name="need_type_status_idx"),
            models.Index(fields=["urgency", "status"], name="need_urgency_status_idx"),
            models.Index(fields=["kind", "status"], name="need_kind_status_idx"),
            models.Index(
                fields=["disappeared_at"],
                condition=Q(disappeared_at__isnull=False),
                name="need_disappeared_idx",
            ),
            models.Index(fields=["source", "title"], name="need_source_title_idx"),
            # The lists' word search (``needs.selectors``: ``icontains`` is
            # ``UPPER(col) LIKE UPPER('%word%')`` on PostgreSQL): trigram indexes on the
            # same expressions, so a word is found without reading every need.
            *[GinIndex(OpClass(Upper(column), name="gin_trgm_ops"), name=f"need_{column}_trgm")
              for column in ("title", "tldr", "description")],
        ]

    def __str__(self) -> str:
        return self.title
