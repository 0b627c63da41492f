from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    name = "organizations"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from authz import public_cache
        from organizations.models import Organization, Tag

        # What the public reads show: cached anonymous answers end when these change.
        public_cache.watch(Organization, Tag, Organization.tags.through)
