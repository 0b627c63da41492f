"""Great-circle distance and bounding boxes: pure functions, no models, no I/O.

Matching asks "is this need within the member's radius?". The database first narrows the
members with a cheap bounding box on the indexed latitude/longitude columns
(``member_active_latlng_idx``), then the exact answer comes from :func:`haversine_km`.
"""

from __future__ import annotations

import math

# The mean Earth radius (IUGG). Good to about 0.5 % anywhere, far below the ~1 km
# rounding of member locations.
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180.0  # about 111.2 km


# The box of every point a member reaches, as a PostgreSQL expression over a members row
# ("m." prefixed columns are written by the caller).  A superset of the circle: latitude
# 111 km per degree (a hair under the true 111.2) and longitude scaled by the cosine of
# the most poleward latitude the circle touches.  ``member_reach_gist`` indexes exactly this
# expression (members migration 0004), so ``REACH_BOX @> box(point, point)`` finds the
# members whose radius may cover a point without reading anyone else; haversine decides.
# (Written ``REACH_BOX @> POINT_BOX_SQL``: the index's operator class compares boxes.)
REACH_BOX_SQL = (
    "box(point({p}longitude - {p}radius_km::float8 / (111.0 * cos(radians(least(89.0, "
    "abs({p}latitude) + {p}radius_km::float8 / 111.0)))), "
    "{p}latitude - {p}radius_km::float8 / 111.0), "
    "point({p}longitude + {p}radius_km::float8 / (111.0 * cos(radians(least(89.0, "
    "abs({p}latitude) + {p}radius_km::float8 / 111.0)))), "
    "{p}latitude + {p}radius_km::float8 / 111.0))"
)
# A point as the degenerate box GiST's box_ops can search (it has no box @> point).
POINT_BOX_SQL = "box(point({lng}, {lat}), point({lng}, {lat}))"

# The physical order of the members table (``member_place_order_idx``, members migration
# 0005; ``manage.py order_members`` rewrites the table in it): bands of a tenth of a
# degree of latitude (about 11 km), west to east within a band.  Members are stored in
# registration order otherwise, so the members a city's need has in reach lie on as many
# heap pages as there are members (65,000 on 52,700 pages for Rochester at a million):
# in this order they lie on a few runs of neighbouring pages, one per band the reach
# spans.  A key, not a region table: it needs no upkeep when members move, and rows
# without a location (NULL) sort last.
PLACE_BANDS_PER_DEGREE = 10
PLACE_ORDER_INDEX = "member_place_order_idx"


def reach_box_sql(prefix: str = "") -> str:
    """:data:`REACH_BOX_SQL` with its columns qualified (``"m."``) or bare (the index)."""
    return REACH_BOX_SQL.format(p=prefix)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    # min() guards against a rounding error pushing ``a`` a hair above 1 (antipodes).
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def bounding_box(lat: float, lon: float, radius_km: float) -> tuple[float, float, float, float]:
    """``(min_lat, max_lat, min_lon, max_lon)`` enclosing every point within ``radius_km``.

    A superset, never a subset, of the circle: it is an index prefilter, and the caller
    still checks :func:`haversine_km`. Near a pole, or when the box would cross the
    antimeridian, the longitude range widens to the whole world (-180, 180) rather than
    wrap, so one ``BETWEEN`` per column stays correct.
    """
    if radius_km < 0:
        raise ValueError("radius_km must not be negative")
    dlat = radius_km / KM_PER_DEGREE_LAT
    min_lat, max_lat = lat - dlat, lat + dlat
    if min_lat <= -90.0 or max_lat >= 90.0:
        return max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0
    # The widest longitude span of the circle is not at its centre's latitude but at the
    # latitude where the great circle is tangent to a meridian; asin() gives it exactly.
    ratio = math.sin(radius_km / EARTH_RADIUS_KM) / math.cos(math.radians(lat))
    if ratio >= 1.0:
        return min_lat, max_lat, -180.0, 180.0
    dlon = math.degrees(math.asin(ratio))
    min_lon, max_lon = lon - dlon, lon + dlon
    if min_lon < -180.0 or max_lon > 180.0:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, min_lon, max_lon
