"""Twilio Verify through the ``twilio`` package: Twilio generates, sends and checks the
code; we never see it.  ``TWILIO_VERIFY_BASE_URL`` lets tests point it at a local server."""

from __future__ import annotations

import logging

from django.conf import settings
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from members.identifiers import NormalisedIdentifier
from members.verification.base import VerificationBackend

logger = logging.getLogger(__name__)
_HOSTED = "https://verify.twilio.com"


class _BaseUrlHttpClient(TwilioHttpClient):
    """Sends Verify requests to ``TWILIO_VERIFY_BASE_URL`` (the hosted API by default)."""

    def __init__(self, base_url: str, **kwargs):
        super().__init__(timeout=10, **kwargs)
        self._base_url = base_url.rstrip("/")

    def request(self, method, url, *args, **kwargs):
        if url.startswith(_HOSTED):
            url = self._base_url + url[len(_HOSTED):]
        return super().request(method, url, *args, **kwargs)


class TwilioVerifyBackend(VerificationBackend):
    def __init__(self):
        if not (settings.TWILIO_ACCOUNT_SID and settings.TWILIO_AUTH_TOKEN
                and settings.TWILIO_VERIFY_SERVICE_SID):
            raise ValueError(
                "VERIFICATION_BACKEND=twilio needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
                "TWILIO_VERIFY_SERVICE_SID"
            )
        client = Client(
            settings.TWILIO_ACCOUNT_SID,
            settings.TWILIO_AUTH_TOKEN,
            http_client=_BaseUrlHttpClient(settings.TWILIO_VERIFY_BASE_URL),
        )
        self._service = client.verify.v2.services(settings.TWILIO_VERIFY_SERVICE_SID)

    def send(self, identifier: NormalisedIdentifier) -> None:
        channel = "email" if identifier.kind == "email" else "sms"
        try:
            self._service.verifications.create(to=identifier.value, channel=channel)
        except (TwilioRestException, TwilioException) as exc:
            # Never log the identifier; the status and Twilio's error code are enough.
            logger.warning("twilio verify send failed: status=%s code=%s",
                           getattr(exc, "status", "?"), getattr(exc, "code", "?"))

    def check(self, identifier: NormalisedIdentifier, code: str) -> bool:
        try:
            result = self._service.verification_checks.create(to=identifier.value, code=code)
        except TwilioRestException as exc:
            if exc.status == 404:  # no pending verification (expired, used, or too many tries)
                return False
            logger.warning("twilio verify check failed: status=%s code=%s", exc.status, exc.code)
            return False
        except TwilioException:
            logger.warning("twilio verify check failed: transport error")
            return False
        return result.status == "approved"
