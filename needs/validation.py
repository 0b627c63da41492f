"""One validation for need content wherever it comes from: the API, the admin's
edit-and-approve form, public submissions and extraction all use ``ExtractedNeed``."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from pydantic import ValidationError as PydanticValidationError

from needs.extraction.base import ExtractedNeed

FIELDS = tuple(ExtractedNeed.model_fields)


def validate_need_data(data: dict[str, Any]) -> ExtractedNeed:
    """Validate need fields; errors come back as a Django ValidationError per field."""
    try:
        return ExtractedNeed.model_validate(data)
    except PydanticValidationError as exc:
        errors: dict[str, list[ValidationError]] = {}
        for err in exc.errors():
            field = str(err["loc"][0]) if err["loc"] else "__all__"
            kind = err.get("type", "")
            code = {
                "string_too_short": "required" if not data.get(field) else "invalid",
                "string_too_long": "too_long",
                "missing": "required",
                "greater_than_equal": "out_of_range",
                "less_than_equal": "out_of_range",
                "literal_error": "invalid",
            }.get(kind, "invalid")
            message = err["msg"].removeprefix("Value error, ")
            errors.setdefault(field, []).append(ValidationError(message, code=code))
        raise ValidationError(errors) from exc


def need_fields(clean: ExtractedNeed) -> dict[str, Any]:
    """Model field values for a validated need: kind, page language and required languages
    are inferred from the text when the caller left them empty (as extraction does)."""
    from needs.extraction.base import PageInput, complete_facts

    filled = complete_facts(clean, PageInput(url="", title="", markdown=""))
    values = filled.model_dump()
    values["languages"] = list(values["languages"])
    values["kind"] = values["kind"] or "other"
    return values
