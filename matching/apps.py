from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "matching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from matching import receivers  # noqa: F401 - connects the signal receivers
