"""Create (once) the development superuser that `make run` prints; refuses with DEBUG off."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Ensure the development superuser exists (DEBUG only) and print how to log in."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_dev_superuser only runs with DEBUG=1: production staff accounts are "
                "created with `manage.py createsuperuser`."
            )
        username = settings.DEV_SUPERUSER
        password = settings.DEV_SUPERUSER_PASSWORD
        User = get_user_model()
        user, created = User.objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True}
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        verb = "Created" if created else "Using existing"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} development superuser. Log in at http://127.0.0.1:8000/admin/ as "
                f"{username!r} with password {password!r} (DEV_SUPERUSER_PASSWORD)."
                if created
                else f"{verb} development superuser {username!r}: log in at "
                "http://127.0.0.1:8000/admin/ (password from DEV_SUPERUSER_PASSWORD, "
                "default 'admin', unless you changed it)."
            )
        )
