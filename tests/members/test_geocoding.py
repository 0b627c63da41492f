"""Coarse geocoding: offline ZIP/city centroids, and the Nominatim backend against a local
HTTP server on 127.0.0.1 that answers like Nominatim's ``/search`` (jsonv2)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.exceptions import ImproperlyConfigured

from members.geo import haversine_km
from members.geocoding import (
    GeocodingError,
    GeocodingUnavailable,
    NominatimGeocoder,
    OfflineGeocoder,
    Place,
    RateLimiter,
    get_geocoder,
    locate,
    normalize_city,
)

offline = OfflineGeocoder()


def _two_decimals(value: float) -> bool:
    return round(value, 2) == value


# --- offline: ZIP codes ------------------------------------------------------------------------


def test_a_minneapolis_zip_gives_its_rounded_centroid_and_a_display_name():
    place = offline.locate(zip_code="55404")
    # zipcodes' centroid for 55404 is 44.9609, -93.2642.
    assert place == Place(latitude=44.96, longitude=-93.26, name="Minneapolis, MN 55404")


@pytest.mark.parametrize("typed", ["55404-1234", "554041234", " 55404 ", "55404 1234"])
def test_zip_plus_four_and_spacing_give_the_same_place(typed):
    assert offline.locate(zip_code=typed) == offline.locate(zip_code="55404")


@pytest.mark.parametrize("zip_code", ["55101", "55802", "55901", "56301", "56560"])
def test_every_result_is_rounded_to_two_decimals_and_inside_minnesota(zip_code):
    place = offline.locate(zip_code=zip_code)
    assert _two_decimals(place.latitude) and _two_decimals(place.longitude)
    assert 43.4 < place.latitude < 49.5 and -97.3 < place.longitude < -89.4
    assert place.name.endswith(f", MN {zip_code}")


def test_rounding_moves_the_point_less_than_a_kilometre():
    # 55404's published centroid, before rounding.
    place = offline.locate(zip_code="55404")
    assert haversine_km(44.9609, -93.2642, place.latitude, place.longitude) < 1.0


def test_a_zip_outside_minnesota_is_refused_with_a_clear_message():
    with pytest.raises(GeocodingError, match="only Minnesota ZIP codes are supported") as info:
        offline.locate(zip_code="10001")  # New York
    assert "10001" in str(info.value)


def test_an_unknown_zip_is_a_clear_error():
    with pytest.raises(GeocodingError, match="don't know the ZIP code 00000"):
        offline.locate(zip_code="00000")


@pytest.mark.parametrize("typed", ["5540", "554044", "abcde", "612-555-0199", "55404-12"])
def test_a_malformed_zip_is_an_error_that_does_not_repeat_the_input(typed):
    with pytest.raises(GeocodingError, match="5 digits") as info:
        offline.locate(zip_code=typed)
    # What was typed may not be a ZIP at all (a phone number here): never echoed.
    assert str(info.value) == "A ZIP code has 5 digits, like 55404 (or ZIP+4, like 55404-1234)."


# --- offline: cities -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["st paul", "Saint Paul", "St. Paul", "ST. PAUL, MN", "saint-paul", "Saint Paul Minnesota"],
)
def test_st_paul_spellings_all_give_the_same_place(typed):
    place = offline.locate(city=typed)
    assert place.name == "Saint Paul, MN"
    assert place == offline.locate(city="Saint Paul")


def test_accents_and_case_are_ignored():
    assert offline.locate(city="DÚLUTH") == offline.locate(city="duluth")


def test_a_city_centroid_is_near_its_downtown():
    # Published downtown coordinates; the centroid of the city's own ZIPs is within a few km,
    # while the mean of every "Saint Paul"-addressed ZIP (suburbs included) would not be.
    downtowns = {
        "Minneapolis": (44.9778, -93.2650),
        "St Paul": (44.9537, -93.0900),
        "Duluth": (46.7867, -92.1005),
        "Rochester": (44.0121, -92.4802),
    }
    for city, (lat, lon) in downtowns.items():
        place = offline.locate(city=city)
        assert haversine_km(lat, lon, place.latitude, place.longitude) < 8, city
        assert _two_decimals(place.latitude) and _two_decimals(place.longitude)


def test_a_suburb_known_only_as_an_alternative_postal_name_is_found():
    place = offline.locate(city="Bloomington")
    assert place.name == "Bloomington, MN"
    # Bloomington lies south of Minneapolis, roughly 15 km from downtown.
    assert 5 < haversine_km(44.9778, -93.2650, place.latitude, place.longitude) < 25
    assert place.latitude < 44.9


def test_abbreviated_postal_spellings_resolve_to_the_full_name():
    assert offline.locate(city="Brooklyn Ctr").name == "Brooklyn Center, MN"


def test_a_city_in_another_state_is_not_found():
    with pytest.raises(GeocodingError, match='Minnesota city called "Chicago"'):
        offline.locate(city="Chicago")


def test_an_unknown_city_is_a_clear_error_echoing_only_what_was_typed():
    with pytest.raises(GeocodingError) as info:
        offline.locate(city="Atlantis")
    assert str(info.value) == (
        'We could not find a Minnesota city called "Atlantis". '
        "Check the spelling, or give a ZIP code."
    )


def test_a_very_long_city_input_is_echoed_only_in_part():
    typed = "x" * 500
    with pytest.raises(GeocodingError) as info:
        offline.locate(city=typed)
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("punctuation_only", ["...", "--", ", MN"])
def test_input_that_normalizes_to_nothing_is_not_a_city(punctuation_only):
    with pytest.raises(GeocodingError):
        offline.locate(city=punctuation_only)


def test_normalize_city_key():
    assert normalize_city("St. Paul, MN") == "saint paul"
    assert normalize_city("Mt. Iron") == "mount iron"
    assert normalize_city("Lac qui Parle") == "lac qui parle"
    # The state name is only dropped as a suffix, never the whole input.
    assert normalize_city("Minnesota") == "minnesota"


# --- offline: argument rules ----------------------------------------------------------------------


def test_both_zip_and_city_is_an_error():
    with pytest.raises(GeocodingError, match="not both"):
        offline.locate(zip_code="55404", city="Minneapolis")


@pytest.mark.parametrize("zip_code, city", [(None, None), ("", ""), ("  ", None)])
def test_neither_zip_nor_city_is_an_error(zip_code, city):
    with pytest.raises(GeocodingError, match="Give a Minnesota ZIP code or city"):
        offline.locate(zip_code=zip_code, city=city)


def test_geocoding_error_is_a_value_error_for_callers_that_validate_input():
    assert issubclass(GeocodingError, ValueError)


# --- backend choice -------------------------------------------------------------------------------


def test_offline_is_the_default_backend(settings):
    if hasattr(settings, "GEOCODING_BACKEND"):
        del settings.GEOCODING_BACKEND
    assert isinstance(get_geocoder(), OfflineGeocoder)
    assert locate(zip_code="55802").name == "Duluth, MN 55802"


def test_an_unknown_backend_name_is_a_configuration_error(settings):
    settings.GEOCODING_BACKEND = "google"
    with pytest.raises(ImproperlyConfigured, match="GEOCODING_BACKEND"):
        get_geocoder()


def test_nominatim_without_a_user_agent_is_a_configuration_error(settings):
    settings.GEOCODING_BACKEND = "nominatim"
    settings.NOMINATIM_URL = "http://127.0.0.1:9"
    settings.NOMINATIM_USER_AGENT = ""
    with pytest.raises(ImproperlyConfigured, match="NOMINATIM_USER_AGENT"):
        get_geocoder()


# --- Nominatim against a local stand-in ----------------------------------------------------

MINNEAPOLIS_RESULT = {
    "place_id": 1,
    "licence": "Data (c) OpenStreetMap contributors, ODbL 1.0.",
    "osm_type": "relation",
    "lat": "44.9772995",
    "lon": "-93.2654692",
    "category": "boundary",
    "type": "administrative",
    "addresstype": "city",
    "name": "Minneapolis",
    "display_name": "Minneapolis, Hennepin County, Minnesota, United States",
    "address": {
        "city": "Minneapolis",
        "county": "Hennepin County",
        "state": "Minnesota",
        "ISO3166-2-lvl4": "US-MN",
        "country": "United States",
        "country_code": "us",
    },
}
ZIP_RESULT = {
    "lat": "44.96087",
    "lon": "-93.26417",
    "addresstype": "postcode",
    "name": "55404",
    "display_name": "55404, Minneapolis, Hennepin County, Minnesota, United States",
    "address": {
        "postcode": "55404",
        "city": "Minneapolis",
        "state": "Minnesota",
        "ISO3166-2-lvl4": "US-MN",
        "country": "United States",
        "country_code": "us",
    },
}
WISCONSIN_RESULT = {
    "lat": "46.7208",
    "lon": "-92.1041",
    "name": "Superior",
    "address": {"city": "Superior", "state": "Wisconsin", "ISO3166-2-lvl4": "US-WI"},
}


class NominatimStandIn:
    """A tiny Nominatim: answers structured ``/search`` queries from a fixed table."""

    def __init__(self):
        self.requests: list[dict] = []
        self.fail_with: int | None = None
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                stand_in.requests.append(
                    {"path": url.path, "query": query, "user_agent": self.headers["User-Agent"]}
                )
                if stand_in.fail_with:
                    self._send(stand_in.fail_with, {"error": "unavailable"})
                    return
                if url.path != "/search" or query.get("format") != "jsonv2":
                    self._send(400, {"error": "bad request"})
                    return
                city = (query.get("city") or "").casefold()
                if query.get("postalcode") == "55404":
                    results = [ZIP_RESULT]
                elif city == "minneapolis" and query.get("state") == "Minnesota":
                    results = [MINNEAPOLIS_RESULT]
                elif city == "superior":
                    results = [WISCONSIN_RESULT]  # a real server may stray over the border
                else:
                    results = []
                self._send(200, results)

            def _send(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def nominatim():
    stand_in = NominatimStandIn()
    yield stand_in
    stand_in.close()


class FakeClock:
    """A clock whose sleep advances time: rate limiting is checked without waiting."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def geocoder(nominatim, clock):
    return NominatimGeocoder(
        base_url=nominatim.url,
        user_agent="mn-digital-aid-tests/1.0 (tests@example.org)",
        limiter=RateLimiter(1.0, clock=clock, sleep=clock.sleep),
    )


def test_nominatim_city_is_rounded_like_offline_and_named_the_same_way(geocoder, nominatim):
    place = geocoder.locate(city="Minneapolis")
    assert place == Place(latitude=44.98, longitude=-93.27, name="Minneapolis, MN")
    request = nominatim.requests[-1]
    assert request["path"] == "/search"
    assert request["query"]["city"] == "Minneapolis"
    assert request["query"]["state"] == "Minnesota"
    assert request["user_agent"] == "mn-digital-aid-tests/1.0 (tests@example.org)"


def test_nominatim_zip(geocoder, nominatim):
    place = geocoder.locate(zip_code="55404-1234")
    assert place == Place(latitude=44.96, longitude=-93.26, name="Minneapolis, MN 55404")
    assert nominatim.requests[-1]["query"]["postalcode"] == "55404"


def test_nominatim_answers_are_cached(geocoder, nominatim):
    first = geocoder.locate(city="Minneapolis")
    second = geocoder.locate(city="minneapolis")
    assert first == second
    assert len(nominatim.requests) == 1


def test_nominatim_requests_are_spaced_one_second_apart(geocoder, nominatim, clock):
    geocoder.locate(city="Minneapolis")
    geocoder.locate(zip_code="55404")
    with pytest.raises(GeocodingError):
        geocoder.locate(city="Atlantis")
    assert len(nominatim.requests) == 3
    # No time passed between calls on the fake clock, so each later request waited 1 s.
    assert clock.sleeps == [1.0, 1.0]


def test_rate_limiter_does_not_wait_when_enough_time_has_passed(clock):
    limiter = RateLimiter(1.0, clock=clock, sleep=clock.sleep)
    limiter.wait()
    clock.now += 0.25
    limiter.wait()
    clock.now += 5
    limiter.wait()
    assert clock.sleeps == [0.75]


def test_nominatim_non_minnesota_zip_is_refused_without_a_request(geocoder, nominatim):
    with pytest.raises(GeocodingError, match="only Minnesota ZIP codes are supported"):
        geocoder.locate(zip_code="10001")
    assert nominatim.requests == []


def test_nominatim_result_outside_minnesota_is_not_accepted(geocoder):
    with pytest.raises(GeocodingError, match='Minnesota city called "Superior"'):
        geocoder.locate(city="Superior")


def test_nominatim_unknown_place(geocoder):
    with pytest.raises(GeocodingError, match='Minnesota city called "Atlantis"'):
        geocoder.locate(city="Atlantis")


def test_nominatim_malformed_zip_and_argument_rules_need_no_request(geocoder, nominatim):
    with pytest.raises(GeocodingError, match="5 digits"):
        geocoder.locate(zip_code="12")
    with pytest.raises(GeocodingError, match="not both"):
        geocoder.locate(zip_code="55404", city="Minneapolis")
    assert nominatim.requests == []


def test_nominatim_server_error_is_reported_as_unavailable(geocoder, nominatim):
    nominatim.fail_with = 503
    with pytest.raises(GeocodingUnavailable, match="try again later"):
        geocoder.locate(city="Minneapolis")
    # A failure is not cached: the next call asks again and succeeds.
    nominatim.fail_with = None
    assert geocoder.locate(city="Minneapolis").name == "Minneapolis, MN"


def test_nominatim_unreachable_is_reported_as_unavailable(clock):
    geocoder = NominatimGeocoder(
        base_url="http://127.0.0.1:9",  # discard port: nothing listens
        user_agent="tests",
        limiter=RateLimiter(1.0, clock=clock, sleep=clock.sleep),
        timeout=2.0,
    )
    with pytest.raises(GeocodingUnavailable):
        geocoder.locate(city="Minneapolis")


def test_settings_select_the_nominatim_backend(settings, nominatim):
    settings.GEOCODING_BACKEND = "nominatim"
    settings.NOMINATIM_URL = nominatim.url
    settings.NOMINATIM_USER_AGENT = "mn-digital-aid-tests/1.0"
    backend = get_geocoder()
    assert isinstance(backend, NominatimGeocoder)
    assert backend.base_url == nominatim.url
