"""The extraction contract: PageInput in, validated ExtractedNeed objects out.

Every backend produces loose candidate dicts; ``Extractor.extract`` validates each one with
the same pydantic model, so nothing implausible (a 2-character title, ``not-an-email``, a
phone number with nine digits, a ``javascript:`` URL) ever reaches ``sync_needs``.  A bad
candidate is dropped and logged; it never aborts the page.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.validators import validate_email
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic import ValidationError as PydanticValidationError

logger = logging.getLogger(__name__)

Urgency = Literal["low", "medium", "high", "urgent"]
Kind = Literal["volunteer", "skilled", "donation", "other", ""]
_CODE = re.compile(r"^[a-z]{2,3}$|^asl$")

TITLE_MIN, TITLE_MAX = 5, 200
DESCRIPTION_MIN, DESCRIPTION_MAX = 10, 5000
TLDR_MAX = 280

_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_STATUS_PREFIX = re.compile(r"^\s*[\[(]\s*[^\W\d_]{2,12}!?\s*[\])]\s*[:\-\u2013\u2014]?\s*")
_PHONE_CHARS = re.compile(r"^[\d\s().+\-–—/]+$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


class ExtractionError(Exception):
    """The backend could not produce an answer at all (as opposed to a bad candidate).

    Raised so the crawl records a failure instead of syncing an empty list, which would
    wrongly mark every existing need of the source as disappeared.
    """


def _collapse(value: str) -> str:
    return _SPACES.sub(" ", value).strip()


def normalise_phone(value: str) -> str:
    """Return a North-American number as ``612-555-0142``; raise ValueError if implausible."""
    raw = value.strip()
    if not _PHONE_CHARS.match(raw):
        raise ValueError("phone contains characters other than digits and separators")
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        raise ValueError("phone must have 10 digits (North American numbering)")
    if digits[0] in "01" or digits[3] in "01":
        raise ValueError("area code and exchange cannot start with 0 or 1")
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def derive_tldr(description: str) -> str:
    """First sentence of the description, bounded to the tldr limit on a word boundary."""
    text = _collapse(description)
    first = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(first) <= TLDR_MAX:
        return first
    cut = first[: TLDR_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


class ExtractedNeed(BaseModel):
    """One candidate need, shaped like ``needs.models.Need`` and safe to store."""

    model_config = ConfigDict(str_strip_whitespace=True, extra="ignore", frozen=True)

    title: str = Field(min_length=TITLE_MIN, max_length=TITLE_MAX,
                       description="Short imperative-style title of the need.")
    description: str = Field(min_length=DESCRIPTION_MIN, max_length=DESCRIPTION_MAX,
                             description="What is needed, when and where, from the page text.")
    tldr: str = Field(default="", max_length=TLDR_MAX,
                      description="One-sentence summary (at most 280 characters).")
    contact_email: str = Field(default="", description="Contact e-mail from the page, or empty.")
    contact_phone: str = Field(default="", description="Contact phone from the page, or empty.")
    contact_url: str = Field(default="", description="http(s) URL to respond to, or empty.")
    urgency: Urgency = Field(default="medium", description="low, medium, high or urgent.")
    location_name: str = Field(default="", max_length=200,
                               description="Where the need is, if the page says; else empty.")
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    kind: Kind = Field(default="", description="volunteer, skilled, donation or other.")
    languages: tuple[str, ...] = Field(
        default=(), description="ISO 639 codes the need requires or prefers, e.g. so, en.")
    page_language: str = Field(default="", max_length=12,
                               description="ISO 639 code of the language the need is written in.")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any) -> Any:
        if value is None:
            return ""
        value = str(value).strip().lower()
        return value if value in ("volunteer", "skilled", "donation", "other") else ""

    @field_validator("languages", mode="before")
    @classmethod
    def _languages(cls, value: Any) -> Any:
        from needs.extraction.language import normalise_code

        if value is None or value == "":
            return ()
        if isinstance(value, str):
            value = re.split(r"[,;\s]+", value)
        codes: list[str] = []
        for item in value if isinstance(value, list | tuple) else ():
            code = normalise_code(str(item))
            if _CODE.match(code) and code not in codes:
                codes.append(code)
        return tuple(codes[:6])

    @field_validator("page_language", mode="before")
    @classmethod
    def _page_language(cls, value: Any) -> Any:
        from needs.extraction.language import normalise_code

        code = normalise_code(str(value or ""))
        return code if _CODE.match(code) else ""

    @field_validator("title", "description", mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = _collapse(value) if "\n" not in value else value.strip()
        return value

    @field_validator("title")
    @classmethod
    def _title_not_junk(cls, value: str) -> str:
        # A status badge is not part of the title: "[OPEN]: Volunteer photographer".
        value = _STATUS_PREFIX.sub("", _collapse(value), count=1)
        if len(_LETTERS.findall(value)) < 3:
            raise ValueError("title has fewer than 3 letters")
        if value.lower().startswith(("http://", "https://", "www.")):
            raise ValueError("title is a URL")
        return value

    @field_validator("description")
    @classmethod
    def _description_not_junk(cls, value: str) -> str:
        if len(_LETTERS.findall(value)) < 5:
            raise ValueError("description has fewer than 5 letters")
        return value

    @field_validator("tldr", "location_name", "contact_email", "contact_phone", "contact_url",
                     mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("tldr", "location_name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return _collapse(value)

    @field_validator("contact_email")
    @classmethod
    def _email(cls, value: str) -> str:
        if not value:
            return ""
        if value.lower().startswith("mailto:"):
            value = value[7:].split("?", 1)[0].strip()
        try:
            validate_email(value)
        except ValidationError:
            raise ValueError("contact_email is not a plausible e-mail address") from None
        return value

    @field_validator("contact_phone")
    @classmethod
    def _phone(cls, value: str) -> str:
        return normalise_phone(value) if value else ""

    @field_validator("contact_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value:
            return ""
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("contact_url must be an http(s) URL with a host")
        if len(value) > 1000 or any(ch.isspace() for ch in value):
            raise ValueError("contact_url is too long or contains spaces")
        return value

    @field_validator("urgency", mode="before")
    @classmethod
    def _urgency(cls, value: Any) -> Any:
        if value is None or value == "":
            return "medium"
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("latitude", "longitude")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("coordinate is not a finite number")
        return value

    @model_validator(mode="after")
    def _derived(self) -> ExtractedNeed:
        # Frozen model: fill derived fields through object.__setattr__ inside validation.
        if not self.tldr:
            object.__setattr__(self, "tldr", derive_tldr(self.description))
        # A half coordinate is garnish we cannot use; drop the pair, keep the need.
        if (self.latitude is None) != (self.longitude is None):
            object.__setattr__(self, "latitude", None)
            object.__setattr__(self, "longitude", None)
        return self


@dataclass(frozen=True)
class PageInput:
    """One fetched page as the extractor sees it.

    ``markdown`` is the readable text (always there); ``html`` the decoded page when the
    backend has it (the structure-aware extractor prefers it); ``language`` the page's
    declared language (``<html lang>``), a hint only.
    """

    url: str
    title: str
    markdown: str
    html: str = ""
    language: str = ""


class Extractor:
    """Base class: subclasses produce candidate dicts, this validates them."""

    name = "base"

    def extract(self, page: PageInput) -> list[ExtractedNeed]:
        """Return the page's valid needs, in page order; invalid candidates are dropped."""
        needs: list[ExtractedNeed] = []
        for candidate in self.candidates(page):
            need = validate_candidate(candidate, page_url=page.url, backend=self.name)
            if need is not None:
                needs.append(complete_facts(need, page))
        return needs

    def candidates(self, page: PageInput) -> list[dict[str, Any]]:
        raise NotImplementedError


def complete_facts(need: ExtractedNeed, page: PageInput) -> ExtractedNeed:
    """Fill kind, required languages and page language where the backend left them empty."""
    from needs.extraction.kinds import kind_of, required_languages
    from needs.extraction.language import detect_language

    text = f"{need.title}\n{need.description}"
    page_language = need.page_language or detect_language(text, hint=page.language) or (
        page.language or "en")
    kind = need.kind or kind_of(need.title, need.description)
    languages = need.languages or tuple(required_languages(text, page_language))
    return need.model_copy(update={"page_language": page_language, "kind": kind,
                                   "languages": languages})


def validate_candidate(
    candidate: Any, *, page_url: str = "", backend: str = ""
) -> ExtractedNeed | None:
    """Validate one candidate; log why (without the offending values) and return None if bad."""
    try:
        return ExtractedNeed.model_validate(candidate)
    except PydanticValidationError as exc:
        reasons = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'candidate'}: {err['msg']}"
            for err in exc.errors(include_input=False, include_url=False)
        )
        logger.info("dropped %s candidate from %s: %s", backend or "extraction", page_url,
                    reasons)
        return None


def get_extractor() -> Extractor:
    """The backend named by ``settings.EXTRACTION_BACKEND`` (``heuristic`` by default)."""
    backend = (getattr(settings, "EXTRACTION_BACKEND", "heuristic") or "heuristic").lower()
    if backend == "heuristic":
        from needs.extraction.heuristic import HeuristicExtractor

        return HeuristicExtractor()
    if backend == "llm":
        from needs.extraction.llm import LLMExtractor

        return LLMExtractor()
    raise ImproperlyConfigured(
        f"EXTRACTION_BACKEND must be 'heuristic' or 'llm', not {backend!r}."
    )
