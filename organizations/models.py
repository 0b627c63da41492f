"""Organizations, the pages we read about them, and what each crawl found."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Lower

from authz.public_cache import PublicDataQuerySet
from authz.vectors import EmbeddingField


class Tag(models.Model):
    class Kind(models.TextChoices):
        POPULATION = "population", "Population served"
        SERVICE = "service", "Service"
        LANGUAGE = "language", "Language"
        FOCUS = "focus", "Focus"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    value = models.CharField(max_length=100)

    # Bulk writes bump the public data version too (authz.public_cache).
    objects = PublicDataQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "value"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="tag_unique_kind_value")
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.value}"


class Organization(models.Model):
    # The identifier other systems see (HSDS ids are UUIDs); never reused, never changes.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=200, unique=True)
    description = models.TextField(blank=True)
    summary = models.CharField(max_length=500, blank=True)
    website = models.URLField(max_length=500, blank=True)
    phone = models.CharField(
        max_length=40, blank=True, help_text="The organization's public phone."
    )
    other_phones = ArrayField(
        models.CharField(max_length=40), default=list, blank=True,
        help_text="More public phone numbers (comma-separated).",
    )
    public_email = models.EmailField(blank=True)
    address = models.CharField(max_length=300, blank=True)
    county = models.CharField(max_length=60, blank=True, db_index=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    verified = models.BooleanField(default=False)
    # Shown in the public API.  An organization named by an anonymous submitNeed is not
    # listed until staff approve one of its needs (or list it in the admin).
    listed = models.BooleanField(default=True)
    employees = models.PositiveIntegerField(null=True, blank=True)
    year_founded = models.PositiveSmallIntegerField(null=True, blank=True)
    volunteers_needed = models.BooleanField(null=True, blank=True)
    ice_resistance_focus = models.BooleanField(default=False)
    populations_served = models.TextField(
        blank=True, help_text="Who it serves, in its own words (tags come from this text)."
    )
    services_offered = models.TextField(
        blank=True, help_text="What it offers, in its own words (tags come from this text)."
    )
    # The original wording of yes/no answers an import read ({"volunteers_needed":
    # "Yes (volunteer link on site)"}), kept beside the yes / no / unknown stored above.
    answers = models.JSONField(default=dict, blank=True)
    # Fields a staff member changed by hand (the admin records them): imports never
    # overwrite these.  See organizations/importing/engine.py.
    edited_fields = ArrayField(
        models.CharField(max_length=40), default=list, blank=True, editable=False
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="organizations")
    # Native width, halfvec; searched through per-width partial IVFFlat indexes made by the
    # migrations (authz/vectors.py).
    embedding = EmbeddingField(null=True, blank=True, editable=False)
    embedding_model = models.CharField(max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Bulk writes bump the public data version too (authz.public_cache).
    objects = PublicDataQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            # "Foo Food Shelf" and "foo food shelf" are the same organization.
            models.UniqueConstraint(
                Lower("name"),
                name="organization_unique_name_ci",
                violation_error_message="An organization with this name already exists.",
            ),
        ]
        # The IVFFlat indexes on ``embedding`` (one per width) are made by migrations 0007.

    def __str__(self) -> str:
        return self.name


class Source(models.Model):
    """A page (and optional extra pages) of an organization's website that we read."""

    class Status(models.TextChoices):
        NEVER = "never", "Never scraped"
        OK = "ok", "OK"
        PARTIAL = "partial", "Some pages failed"
        FAILED = "failed", "Failed"

    # Null only for a link the public submitted that staff have not assigned yet.
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="sources", null=True, blank=True
    )
    url = models.URLField(max_length=1000)
    submitted_context = models.TextField(
        blank=True, help_text="What the person who submitted this link said about it."
    )
    extra_urls = ArrayField(models.URLField(max_length=1000), default=list, blank=True)
    active = models.BooleanField(default=True)
    scrape_frequency = models.DurationField(
        default="1 00:00:00", help_text="How often the source is scraped when due (e.g. 1 day)."
    )
    last_scraped_at = models.DateTimeField(null=True, blank=True)
    last_status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEVER)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organization__name", "url"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "url"], name="source_unique_org_url"),
        ]
        indexes = [models.Index(fields=["active", "last_scraped_at"], name="source_due_idx")]

    def __str__(self) -> str:
        return self.url


class PageSnapshot(models.Model):
    """One fetched page: the readable text and its hash (unchanged pages stop here)."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="snapshots")
    url = models.URLField(max_length=1000)
    fetched_at = models.DateTimeField(auto_now_add=True)
    http_status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_hash = models.CharField(max_length=64)
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["-fetched_at"]
        indexes = [
            models.Index(fields=["source", "url", "-fetched_at"], name="snapshot_latest_idx")
        ]

    def __str__(self) -> str:
        return f"{self.url} @ {self.fetched_at:%Y-%m-%d %H:%M}"


class Crawl(models.Model):
    """The record of one crawl of a source: pages read and what the sync changed."""

    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        OK = "ok", "OK"
        PARTIAL = "partial", "Some pages failed"
        FAILED = "failed", "Failed"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="crawls")
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    pages_fetched = models.PositiveIntegerField(default=0)
    pages_unchanged = models.PositiveIntegerField(default=0)
    pages_failed = models.PositiveIntegerField(default=0)
    needs_new = models.PositiveIntegerField(default=0)
    needs_changed = models.PositiveIntegerField(default=0)
    needs_unchanged = models.PositiveIntegerField(default=0)
    needs_disappeared = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["source", "-started_at"], name="crawl_latest_idx")]

    def __str__(self) -> str:
        return f"crawl of {self.source_id} at {self.started_at:%Y-%m-%d %H:%M}"


class OrganizationImport(models.Model):
    """One uploaded file on its way through the import: upload, preview (dry run), apply.

    The file is kept in the database (not on a disk one web process may not share with
    the next), capped in size by the upload form.  ``options`` holds what the preview
    ran with (tab, header row, column mapping); applying runs exactly those options.
    """

    class Kind(models.TextChoices):
        SPREADSHEET = "spreadsheet", "Spreadsheet (CSV or XLSX)"
        HSDS = "hsds", "HSDS data package"

    class Status(models.TextChoices):
        UPLOADED = "uploaded", "Uploaded"
        PREVIEWED = "previewed", "Previewed (dry run)"
        APPLIED = "applied", "Applied"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UPLOADED)
    filename = models.CharField(max_length=255)
    encoding = models.CharField(max_length=20, default="utf-8")
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField(editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    previewed_at = models.DateTimeField(null=True, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    options = models.JSONField(default=dict, blank=True)
    preview = models.JSONField(default=dict, blank=True)
    report = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display().lower()})"
