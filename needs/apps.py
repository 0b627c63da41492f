from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "needs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import organizations.extensions
        from authz import public_cache
        from needs.models import Need
        from needs.submissions import submit_resource_link

        # What the public reads show: cached anonymous answers end when a need changes.
        public_cache.watch(Need)

        # Imports send links found in prose through the public submission path.
        organizations.extensions.resource_link_submitter = submit_resource_link
