from django.db import models

from authz.capabilities import DESCRIPTIONS


class Capabilities(models.Model):
    """No table: a holder for the permissions that back ``authz.Capability``."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [(cap.value, text) for cap, text in DESCRIPTIONS.items()]
        verbose_name_plural = "capabilities"

    def __str__(self) -> str:
        return "capabilities"
