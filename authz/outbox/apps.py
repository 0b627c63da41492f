from django.apps import AppConfig


class OutboxConfig(AppConfig):
    name = "authz.outbox"
    label = "outbox"
    verbose_name = "Background work (outbox)"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from authz.outbox import receivers  # noqa: F401 - connects Celery's task signals
