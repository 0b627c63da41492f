from django.apps import AppConfig


class MembersConfig(AppConfig):
    name = "members"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from members.tokens import register

        register()  # authz.tokens issues and resolves members' tokens through it
