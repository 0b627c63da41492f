"""Coarse member location: a Minnesota ZIP code or city -> a point rounded to about 1 km.

We never need (and must never store) where a member lives. Matching only asks "is this
need within N km of them?", so a ZIP or city centroid is enough, and rounding it makes
the stored value describe an area rather than a place.

Rounding: coordinates are rounded to ``COORDINATE_DECIMALS = 2`` decimal places. 0.01 deg
of latitude is about 1.11 km everywhere; 0.01 deg of longitude is about 0.79 km at
Minnesota's latitudes (43.5-49.4 N). The rounded point is therefore at most ~0.7 km from
the centroid, and a grid cell is roughly 1.1 km x 0.8 km: "about 1 km", as the issue asks.

Backends, chosen by ``settings.GEOCODING_BACKEND`` like Django's ``EMAIL_BACKEND``:

* ``"offline"`` (default): :class:`OfflineGeocoder`, the centroids shipped inside the
  ``zipcodes`` package. No network, no key, deterministic.
* ``"nominatim"``: :class:`NominatimGeocoder`, an OpenStreetMap Nominatim server
  (``NOMINATIM_URL``), rate limited to one request a second per process and identified
  by ``NOMINATIM_USER_AGENT`` as its usage policy requires. Off by default.

Error messages are shown to the person who typed the place, so they are plain, and they
repeat at most what that person typed (never more; a malformed ZIP is not repeated at all).
"""

from __future__ import annotations

import re
import threading
import time
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean
from typing import Any

import httpx
import zipcodes
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

COORDINATE_DECIMALS = 2
STATE = "MN"
STATE_NAME = "Minnesota"
_MAX_ECHO = 60  # characters of a typed city name repeated in an error message

_ZIP_RE = re.compile(r"^(\d{5})(?:-?\d{4})?$")


class GeocodingError(ValueError):
    """The place cannot be located; ``str(error)`` is safe to show to the user."""


class GeocodingUnavailable(GeocodingError):
    """The hosted geocoder could not be reached; the same input may work later."""


@dataclass(frozen=True, slots=True)
class Place:
    """A coarse point (already rounded) and the name to show for it."""

    latitude: float
    longitude: float
    name: str


def round_coordinate(value: float) -> float:
    """Round a latitude or longitude to the ~1 km grid (see the module docstring)."""
    return round(float(value), COORDINATE_DECIMALS)


def _place(latitude: float, longitude: float, name: str) -> Place:
    return Place(round_coordinate(latitude), round_coordinate(longitude), name)


# --- input checks shared by the backends ----------------------------------------------------


def _one_of(zip_code: str | None, city: str | None) -> tuple[str | None, str | None]:
    """Exactly one of ZIP code / city, stripped; anything else is a user-facing error."""
    zip_code = (zip_code or "").strip() or None
    city = (city or "").strip() or None
    if zip_code and city:
        raise GeocodingError("Give either a ZIP code or a city, not both.")
    if not zip_code and not city:
        raise GeocodingError("Give a Minnesota ZIP code or city.")
    return zip_code, city


def _zip5(zip_code: str) -> str:
    """The 5-digit ZIP of ``12345`` / ``12345-6789`` / ``123456789``; else an error."""
    match = _ZIP_RE.match(zip_code.replace(" ", ""))
    if not match:
        # Not repeated: whatever was typed here is not a ZIP code (it may be a phone number).
        raise GeocodingError("A ZIP code has 5 digits, like 55404 (or ZIP+4, like 55404-1234).")
    return match.group(1)


def _echo(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_ECHO else text[: _MAX_ECHO - 1] + "…"


_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "mt": "mount",
    "ft": "fort",
    "hts": "heights",
    "hgts": "heights",
    "ctr": "center",
    "twp": "township",
    "tp": "township",
    "lk": "lake",
    "pk": "park",
    "vlg": "village",
    "n": "north",
    "s": "south",
    "e": "east",
    "w": "west",
}
_STATE_SUFFIXES = ("minnesota", "mn")


def normalize_city(name: str) -> str:
    """A comparison key: case, accents, punctuation and common abbreviations ignored.

    "St. Paul", "st paul", "Saint Paul" and "SAINT-PAUL, MN" all give "saint paul".
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^a-z0-9]+", " ", text).split()
    words = [_ABBREVIATIONS.get(word, word) for word in text]
    # "Duluth, MN" / "Duluth Minnesota": the state is implied, drop it (never the whole name).
    while len(words) > 1 and words[-1] in _STATE_SUFFIXES:
        words.pop()
    return " ".join(words)


# --- offline ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    latitude: float
    longitude: float


def _usable(row: dict[str, Any]) -> bool:
    return bool(row.get("lat")) and bool(row.get("long"))


def _mean_point(rows: list[dict[str, Any]]) -> tuple[float, float]:
    return fmean(float(r["lat"]) for r in rows), fmean(float(r["long"]) for r in rows)


@lru_cache(maxsize=1)
def _minnesota_cities() -> dict[str, _City]:
    """Every Minnesota city name the ZIP data knows -> its centroid. Built once (~1k rows).

    A city's centroid is the mean of its own ZIP centroids, choosing the ZIPs that describe
    the city best: ZIPs whose primary city it is, of the STANDARD (street delivery) type,
    still active, and -- when there are any -- used by that city alone. Big cities' postal
    names spill over suburbs (55124 "Saint Paul" is Apple Valley), and those ZIPs would drag
    the centroid outwards. A place that is only an alternative name on other cities' ZIPs
    (Bloomington, Eagan, Woodbury) gets the mean of the ZIPs that list it.
    """
    rows = [r for r in zipcodes.filter_by(state=STATE) if _usable(r)]
    primary: dict[str, list[dict[str, Any]]] = {}
    alternative: dict[str, list[dict[str, Any]]] = {}
    display: dict[str, str] = {}
    for row in rows:
        key = normalize_city(row["city"])
        primary.setdefault(key, []).append(row)
        display.setdefault(key, row["city"])
        for alt in row.get("acceptable_cities") or []:
            alt_key = normalize_city(alt)
            alternative.setdefault(alt_key, []).append(row)
    cities: dict[str, _City] = {}
    for key in primary.keys() | alternative.keys():
        if key in primary:
            candidates = primary[key]
            standard = [r for r in candidates if r["zip_code_type"] == "STANDARD" and r["active"]]
            core = [r for r in standard if not r.get("acceptable_cities")]
            chosen = core or standard or candidates
            name = display[key]
        else:
            candidates = alternative[key]
            standard = [r for r in candidates if r["zip_code_type"] == "STANDARD" and r["active"]]
            chosen = standard or candidates
            name = _title_from_key(key, candidates)
        lat, lon = _mean_point(chosen)
        cities[key] = _City(name, lat, lon)
    return cities


def _title_from_key(key: str, rows: Iterable[dict[str, Any]]) -> str:
    """The longest spelling of an alternative name, e.g. "Brooklyn Center" over "Brooklyn Ctr"."""
    spellings = {
        alt for r in rows for alt in r.get("acceptable_cities") or [] if normalize_city(alt) == key
    }
    return max(spellings, key=len) if spellings else key.title()


class Geocoder:
    """The interface of a geocoding backend."""

    def locate(self, *, zip_code: str | None = None, city: str | None = None) -> Place:
        raise NotImplementedError


class OfflineGeocoder(Geocoder):
    """ZIP and city centroids from the ``zipcodes`` package: no network, no key."""

    def locate(self, *, zip_code: str | None = None, city: str | None = None) -> Place:
        zip_code, city = _one_of(zip_code, city)
        if zip_code:
            return self._locate_zip(_zip5(zip_code))
        assert city is not None
        return self._locate_city(city)

    def _locate_zip(self, zip5: str) -> Place:
        rows = [r for r in zipcodes.matching(zip5) if _usable(r)]
        if not rows:
            raise GeocodingError(f"We don't know the ZIP code {zip5}. Please check it.")
        row = rows[0]
        if row["state"] != STATE:
            raise GeocodingError(
                f"{zip5} is not a Minnesota ZIP code: only Minnesota ZIP codes are supported."
            )
        return _place(float(row["lat"]), float(row["long"]), f"{row['city']}, {STATE} {zip5}")

    def _locate_city(self, city: str) -> Place:
        key = normalize_city(city)
        found = _minnesota_cities().get(key) if key else None
        if found is None:
            raise GeocodingError(
                f'We could not find a Minnesota city called "{_echo(city)}". '
                "Check the spelling, or give a ZIP code."
            )
        return _place(found.latitude, found.longitude, f"{found.name}, {STATE}")


# --- Nominatim -------------------------------------------------------------------------------


class RateLimiter:
    """At most one call per ``min_interval`` seconds, shared by every thread of a process.

    Nominatim's public usage policy allows one request a second. The clock and sleep are
    parameters so the spacing can be checked without waiting.
    """

    def __init__(
        self,
        min_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next_at: float | None = None

    def wait(self) -> None:
        """Block until the next call is allowed, and reserve that slot."""
        with self._lock:
            now = self._clock()
            if self._next_at is not None and now < self._next_at:
                self._sleep(self._next_at - now)
                now = self._next_at
            self._next_at = now + self.min_interval


_NOMINATIM_LIMITER = RateLimiter(1.0)


class NominatimGeocoder(Geocoder):
    """An OpenStreetMap Nominatim server's ``/search`` (structured query), Minnesota only.

    Answers are cached in memory (the usage policy asks for it, and members in the same
    town ask the same question); the results are rounded exactly like the offline ones.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        user_agent: str | None = None,
        email: str | None = None,
        timeout: float = 10.0,
        limiter: RateLimiter | None = None,
        cache_size: int = 1024,
    ) -> None:
        base_url = base_url or getattr(
            settings, "NOMINATIM_URL", "https://nominatim.openstreetmap.org"
        )
        user_agent = user_agent or getattr(settings, "NOMINATIM_USER_AGENT", "")
        if not user_agent:
            raise ImproperlyConfigured(
                "NOMINATIM_USER_AGENT must identify this application (for example "
                '"mn-digital-aid/1.0 (ops@example.org)"): Nominatim\'s usage policy requires it.'
            )
        self.base_url = base_url.rstrip("/")
        self.user_agent = user_agent
        self.email = email if email is not None else getattr(settings, "NOMINATIM_EMAIL", "")
        self.timeout = timeout
        self.limiter = limiter or _NOMINATIM_LIMITER
        self._cache: OrderedDict[tuple[str, str], Place] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    def locate(self, *, zip_code: str | None = None, city: str | None = None) -> Place:
        zip_code, city = _one_of(zip_code, city)
        if zip_code:
            zip5 = _zip5(zip_code)
            # The ZIP data knows every ZIP's state: refuse other states without a request.
            known = [r for r in zipcodes.matching(zip5) if r.get("state")]
            if known and known[0]["state"] != STATE:
                raise GeocodingError(
                    f"{zip5} is not a Minnesota ZIP code: only Minnesota ZIP codes are supported."
                )
            key = ("zip", zip5)
            params = {"postalcode": zip5}
            not_found = f"We don't know the ZIP code {zip5}. Please check it."
        else:
            assert city is not None
            normalized = normalize_city(city)
            if not normalized:
                raise GeocodingError("Give a Minnesota ZIP code or city.")
            key = ("city", normalized)
            params = {"city": " ".join(city.split()), "state": STATE_NAME}
            not_found = (
                f'We could not find a Minnesota city called "{_echo(city)}". '
                "Check the spelling, or give a ZIP code."
            )
        with self._cache_lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        place = self._search(params, zip5=key[1] if key[0] == "zip" else None)
        if place is None:
            raise GeocodingError(not_found)
        with self._cache_lock:
            self._cache[key] = place
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return place

    def _search(self, params: dict[str, str], *, zip5: str | None) -> Place | None:
        query = {
            **params,
            "country": "United States",
            "format": "jsonv2",
            "addressdetails": "1",
            "limit": "5",
        }
        if self.email:
            query["email"] = self.email
        self.limiter.wait()
        try:
            response = httpx.get(
                f"{self.base_url}/search",
                params=query,
                headers={"User-Agent": self.user_agent, "Accept": "application/json"},
                timeout=self.timeout,
            )
            response.raise_for_status()
            results = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise GeocodingUnavailable(
                "The location service is not answering right now. Please try again later, "
                "or try again with a ZIP code."
            ) from exc
        if not isinstance(results, list):
            return None
        for result in results:
            place = self._place_from(result, zip5=zip5)
            if place is not None:
                return place
        return None

    @staticmethod
    def _place_from(result: Any, *, zip5: str | None) -> Place | None:
        """The first result inside Minnesota, named like the offline backend names places."""
        if not isinstance(result, dict):
            return None
        address = result.get("address") or {}
        in_minnesota = (
            address.get("ISO3166-2-lvl4") == f"US-{STATE}" or address.get("state") == STATE_NAME
        )
        if not in_minnesota:
            return None
        try:
            lat, lon = float(result["lat"]), float(result["lon"])
        except (KeyError, TypeError, ValueError):
            return None
        locality = next(
            (
                address[k]
                for k in ("city", "town", "village", "hamlet", "municipality", "suburb")
                if address.get(k)
            ),
            None,
        )
        if zip5:
            name = f"{locality}, {STATE} {zip5}" if locality else f"{STATE} {zip5}"
        else:
            name = f"{locality or result.get('name') or 'Minnesota'}, {STATE}"
        return _place(lat, lon, name)


# --- choosing a backend ------------------------------------------------------------------------


def get_geocoder() -> Geocoder:
    """The backend named by ``settings.GEOCODING_BACKEND`` ("offline" or "nominatim")."""
    name = getattr(settings, "GEOCODING_BACKEND", "offline") or "offline"
    if name == "offline":
        return _offline()
    if name == "nominatim":
        return _nominatim(
            getattr(settings, "NOMINATIM_URL", "https://nominatim.openstreetmap.org"),
            getattr(settings, "NOMINATIM_USER_AGENT", ""),
        )
    raise ImproperlyConfigured(f'GEOCODING_BACKEND must be "offline" or "nominatim", not {name!r}.')


@lru_cache(maxsize=1)
def _offline() -> OfflineGeocoder:
    return OfflineGeocoder()


@lru_cache(maxsize=4)
def _nominatim(base_url: str, user_agent: str) -> NominatimGeocoder:
    # One instance per configuration, so its answer cache survives between calls.
    return NominatimGeocoder(base_url=base_url, user_agent=user_agent)


def warm_up() -> None:
    """Load the offline ZIP and city tables now (0.8 s the first time), not in a request."""
    if isinstance(get_geocoder(), OfflineGeocoder):
        zipcodes.matching("55401")
        _minnesota_cities()


def locate(*, zip_code: str | None = None, city: str | None = None) -> Place:
    """Locate a Minnesota ZIP code or city with the configured backend.

    Raises :class:`GeocodingError` (safe to show) for an unknown, malformed or
    non-Minnesota place, and when both or neither of ``zip_code``/``city`` are given.
    """
    return get_geocoder().locate(zip_code=zip_code, city=city)
