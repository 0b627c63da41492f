"""Read-only view of background work: what is pending, what failed and why."""

from django.contrib import admin
from django.utils import timezone

from authz.outbox.models import OutboxMessage


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ("id", "task", "args", "created_at", "attempts", "published_at", "done_at",
                    "last_error")
    list_filter = ("task", ("done_at", admin.EmptyFieldListFilter))
    search_fields = ("task", "key")
    ordering = ("-created_at",)
    readonly_fields = [f.name for f in OutboxMessage._meta.fields]
    actions = ["send_again_now"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description="Send again at the next sweep (resets the attempt count)",
                  permissions=["change"])
    def send_again_now(self, request, queryset):
        count = queryset.filter(done_at__isnull=True).update(
            available_at=timezone.now(), attempts=0)
        self.message_user(request, f"{count} pending message(s) will be sent again.")
