from django.apps import AppConfig


def _reach_preview(need):
    """Imported on first use: matching.preview pulls in numpy and the embedding backends."""
    from matching.preview import reach_preview

    return reach_preview(need)


class MatchingConfig(AppConfig):
    name = "matching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        import needs.extensions
        from matching import receivers  # noqa: F401 - connects the signal receivers

        needs.extensions.reach_preview_provider = _reach_preview  # the need page's panel
