from django.apps import AppConfig


class AuthzConfig(AppConfig):
    name = "authz"
    default_auto_field = "django.db.models.BigAutoField"
