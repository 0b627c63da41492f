from django.apps import AppConfig


class NeedsConfig(AppConfig):
    name = "needs"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import organizations.extensions
        from needs.submissions import submit_resource_link

        # Imports send links found in prose through the public submission path.
        organizations.extensions.resource_link_submitter = submit_resource_link
