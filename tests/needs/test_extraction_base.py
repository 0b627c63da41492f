"""The validation every extraction backend's output goes through before sync_needs."""

from __future__ import annotations

import logging

import pytest
from django.core.exceptions import ImproperlyConfigured
from pydantic import ValidationError

from needs.extraction.base import (
    ExtractedNeed,
    Extractor,
    PageInput,
    get_extractor,
    normalise_phone,
    validate_candidate,
)

GOOD = {"title": "Saturday grocery drivers", "description": "Deliver boxes to seniors."}


def need(**overrides) -> ExtractedNeed:
    return ExtractedNeed.model_validate({**GOOD, **overrides})


def test_strips_whitespace_and_defaults():
    n = need(title="  Saturday   grocery\n drivers ", contact_email="  a@example.org ")
    assert n.title == "Saturday grocery drivers"
    assert n.contact_email == "a@example.org"
    assert n.urgency == "medium"
    assert (n.contact_phone, n.contact_url, n.location_name) == ("", "", "")
    assert n.latitude is None and n.longitude is None


@pytest.mark.parametrize(("length", "ok"), [(4, False), (5, True), (200, True), (201, False)])
def test_title_length_bounds(length, ok):
    title = ("Drive" + "x" * 300)[:length]
    if ok:
        assert need(title=title).title == title
    else:
        with pytest.raises(ValidationError):
            need(title=title)


@pytest.mark.parametrize("junk", ["!!!!!!", "12345 678", "https://example.org/volunteer", "   "])
def test_title_junk_rejected(junk):
    with pytest.raises(ValidationError):
        need(title=junk)


@pytest.mark.parametrize(("length", "ok"), [(9, False), (10, True), (5000, True), (5001, False)])
def test_description_length_bounds(length, ok):
    description = ("Deliver groceries " * 400)[:length]
    if ok:
        assert len(need(description=description).description) <= 5000
    else:
        with pytest.raises(ValidationError):
            need(description=description)


def test_tldr_bound_and_derivation():
    with pytest.raises(ValidationError):
        need(tldr="x" * 281)
    assert need(tldr="y" * 280).tldr == "y" * 280
    n = need(description="We need drivers on Saturdays. Routes take two hours.")
    assert n.tldr == "We need drivers on Saturdays."
    long = need(description="word " * 900)
    assert 0 < len(long.tldr) <= 280 and long.tldr.endswith("…")


@pytest.mark.parametrize("email", ["volunteer@northsidefood.example.org", "a.b+c@example.org"])
def test_plausible_email_accepted(email):
    assert need(contact_email=email).contact_email == email


def test_mailto_prefix_is_stripped():
    assert need(contact_email="mailto:info@example.org?subject=Hi").contact_email == (
        "info@example.org"
    )


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "x@.com", "two@@example.org",
                                   "spaces in@example.org"])
def test_implausible_email_rejected(email):
    with pytest.raises(ValidationError):
        need(contact_email=email)


@pytest.mark.parametrize(
    "phone",
    ["612-555-0142", "(612) 555-0142", "612.555.0142", "+1 612 555 0142", "1-612-555-0142",
     "6125550142"],
)
def test_phone_normalised(phone):
    assert need(contact_phone=phone).contact_phone == "612-555-0142"


@pytest.mark.parametrize(
    "phone", ["555-0142", "012-555-0142", "612-055-0142", "612-555-01421", "call 612-555-0142",
              "+44 20 7946 0958"],
)
def test_implausible_phone_rejected(phone):
    with pytest.raises(ValidationError):
        need(contact_phone=phone)
    with pytest.raises(ValueError):
        normalise_phone(phone)


@pytest.mark.parametrize("url", ["https://example.org/volunteer", "http://127.0.0.1:8000/a?b=c"])
def test_http_urls_accepted(url):
    assert need(contact_url=url).contact_url == url


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/x", "http://",
                                 "https://exa mple.org", "example.org/volunteer"])
def test_other_urls_rejected(url):
    with pytest.raises(ValidationError):
        need(contact_url=url)


def test_urgency_normalised_and_checked():
    assert need(urgency=" URGENT ").urgency == "urgent"
    assert need(urgency=None).urgency == "medium"
    with pytest.raises(ValidationError):
        need(urgency="critical")


def test_coordinates_within_ranges():
    n = need(latitude=44.95, longitude=-93.27, location_name=" Minneapolis ")
    assert (n.latitude, n.longitude, n.location_name) == (44.95, -93.27, "Minneapolis")
    for bad in ({"latitude": 91, "longitude": 0}, {"latitude": 0, "longitude": -181},
                {"latitude": float("nan"), "longitude": 0}):
        with pytest.raises(ValidationError):
            need(**bad)


def test_half_a_coordinate_is_dropped_not_the_need():
    n = need(latitude=44.95)
    assert n.latitude is None and n.longitude is None


class _Canned(Extractor):
    name = "canned"

    def __init__(self, candidates):
        self._candidates = candidates

    def candidates(self, page):
        return self._candidates


def test_extract_drops_invalid_candidates_and_logs_why(caplog):
    page = PageInput(url="https://example.org/v", title="Volunteer", markdown="")
    extractor = _Canned([
        {**GOOD, "contact_email": "oops-not-an-address"},
        GOOD,
        "not even a dict",
        {**GOOD, "title": "OK"},
    ])
    with caplog.at_level(logging.INFO, logger="needs.extraction.base"):
        needs = extractor.extract(page)
    assert [n.title for n in needs] == [GOOD["title"]]
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(messages) == 3
    assert any("contact_email" in m for m in messages)
    assert any("title" in m for m in messages)
    # The reason is logged, the offending value is not.
    assert not any("oops-not-an-address" in m for m in messages)


def test_validate_candidate_never_raises():
    assert validate_candidate(None) is None
    assert validate_candidate({"title": 5}) is None
    assert validate_candidate(GOOD) == ExtractedNeed(**GOOD)


def test_get_extractor_by_setting(settings):
    from needs.extraction.heuristic import HeuristicExtractor
    from needs.extraction.llm import LLMExtractor

    if hasattr(settings, "EXTRACTION_BACKEND"):
        del settings.EXTRACTION_BACKEND
    assert isinstance(get_extractor(), HeuristicExtractor)
    settings.EXTRACTION_BACKEND = "heuristic"
    assert isinstance(get_extractor(), HeuristicExtractor)
    settings.EXTRACTION_BACKEND = "llm"
    settings.LLM_BASE_URL = "http://127.0.0.1:9/v1"
    assert isinstance(get_extractor(), LLMExtractor)
    settings.EXTRACTION_BACKEND = "regex-magic"
    with pytest.raises(ImproperlyConfigured):
        get_extractor()
