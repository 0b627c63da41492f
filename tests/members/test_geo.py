"""Distances and bounding boxes: checked against known distances and the circle they bound."""

import math
import random

import pytest

from members.geo import bounding_box, haversine_km

MINNEAPOLIS = (44.9778, -93.2650)
ST_PAUL = (44.9537, -93.0900)
DULUTH = (46.7867, -92.1005)
LONDON = (51.5074, -0.1278)
NEW_YORK = (40.7128, -74.0060)


def test_minneapolis_to_st_paul_is_about_14_km():
    assert 13.5 < haversine_km(*MINNEAPOLIS, *ST_PAUL) < 16.0


def test_minneapolis_to_duluth_is_about_220_km():
    assert 215 < haversine_km(*MINNEAPOLIS, *DULUTH) < 225


def test_london_to_new_york_matches_the_published_great_circle_distance():
    # 5,570 km is the commonly published great-circle distance.
    assert haversine_km(*LONDON, *NEW_YORK) == pytest.approx(5570, rel=0.005)


def test_distance_is_symmetric_and_zero_to_itself():
    assert haversine_km(*MINNEAPOLIS, *DULUTH) == pytest.approx(haversine_km(*DULUTH, *MINNEAPOLIS))
    assert haversine_km(*ST_PAUL, *ST_PAUL) == 0.0


def test_antipodes_are_half_the_circumference():
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371.0088)


def test_one_degree_of_latitude_is_about_111_km():
    assert haversine_km(45, -93, 46, -93) == pytest.approx(111.2, abs=0.1)


def _destination(lat, lon, bearing_deg, distance_km):
    """The point ``distance_km`` away along ``bearing_deg`` (spherical formula)."""
    r = 6371.0088
    phi1, lmb1, theta, delta = (
        math.radians(lat),
        math.radians(lon),
        math.radians(bearing_deg),
        distance_km / r,
    )
    phi2 = math.asin(
        math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta)
    )
    lmb2 = lmb1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    return math.degrees(phi2), (math.degrees(lmb2) + 540) % 360 - 180


@pytest.mark.parametrize("radius_km", [1, 30, 150, 500])
@pytest.mark.parametrize("centre", [MINNEAPOLIS, DULUTH, (43.5, -96.45), (49.0, -95.15)])
def test_every_point_within_the_radius_is_inside_the_box(centre, radius_km):
    min_lat, max_lat, min_lon, max_lon = bounding_box(*centre, radius_km)
    rng = random.Random(f"{centre}{radius_km}")
    # The circle's edge in every direction (the hardest points), plus random inner points.
    points = [_destination(*centre, bearing, radius_km * 0.999) for bearing in range(0, 360, 5)]
    points += [
        _destination(*centre, rng.uniform(0, 360), rng.uniform(0, radius_km)) for _ in range(200)
    ]
    for lat, lon in points:
        assert haversine_km(*centre, lat, lon) <= radius_km
        assert min_lat <= lat <= max_lat
        assert min_lon <= lon <= max_lon


def test_box_is_tight_enough_to_be_a_useful_prefilter():
    min_lat, max_lat, min_lon, max_lon = bounding_box(*MINNEAPOLIS, 30)
    # The box's edges at the centre's latitude/longitude are at the radius, not far beyond.
    assert haversine_km(*MINNEAPOLIS, max_lat, MINNEAPOLIS[1]) == pytest.approx(30, rel=0.001)
    assert haversine_km(*MINNEAPOLIS, min_lat, MINNEAPOLIS[1]) == pytest.approx(30, rel=0.001)
    assert haversine_km(*MINNEAPOLIS, MINNEAPOLIS[0], max_lon) == pytest.approx(30, rel=0.01)
    # A point just outside the box in longitude is outside the circle.
    assert haversine_km(*MINNEAPOLIS, MINNEAPOLIS[0], max_lon + 0.01) > 30


def test_zero_radius_box_is_the_point():
    assert bounding_box(45.0, -93.0, 0) == (45.0, 45.0, -93.0, -93.0)


def test_box_crossing_the_antimeridian_covers_all_longitudes():
    min_lat, max_lat, min_lon, max_lon = bounding_box(0.0, 179.9, 50)
    assert (min_lon, max_lon) == (-180.0, 180.0)
    assert min_lat < 0 < max_lat


def test_box_reaching_a_pole_covers_all_longitudes_and_is_clamped():
    min_lat, max_lat, min_lon, max_lon = bounding_box(89.9, 10.0, 50)
    assert max_lat == 90.0
    assert (min_lon, max_lon) == (-180.0, 180.0)


def test_negative_radius_is_refused():
    with pytest.raises(ValueError, match="radius_km"):
        bounding_box(45.0, -93.0, -1)


@pytest.mark.django_db
def test_the_reach_box_holds_every_point_a_member_reaches():
    """The GiST reach box (members.geo.REACH_BOX_SQL) must be a superset of the circle, or
    candidate selection would silently miss members; checked in the database itself on
    random members (radius 1-500 km) and points on and just inside their circle."""
    from django.db import connection

    from members.geo import POINT_BOX_SQL, reach_box_sql

    rng = random.Random(13)
    rows = []
    for _ in range(400):
        lat, lng = rng.uniform(43.0, 49.5), rng.uniform(-97.5, -89.0)
        radius = rng.choice([1, 5, 30, 100, 250, 500])
        bearing = rng.uniform(0, 2 * math.pi)
        d = radius * rng.choice([0.999, 0.9, 0.5])
        # Destination point at distance d along the bearing (spherical Earth).
        delta = d / 6371.0088
        phi1, lmb1 = math.radians(lat), math.radians(lng)
        phi2 = math.asin(math.sin(phi1) * math.cos(delta)
                         + math.cos(phi1) * math.sin(delta) * math.cos(bearing))
        lmb2 = lmb1 + math.atan2(math.sin(bearing) * math.sin(delta) * math.cos(phi1),
                                 math.cos(delta) - math.sin(phi1) * math.sin(phi2))
        point = (math.degrees(phi2), math.degrees(lmb2))
        assert haversine_km(lat, lng, *point) <= radius
        rows.append((lat, lng, radius, point[0], point[1]))
    values = ", ".join(["(%s::float8, %s::float8, %s::int, %s::float8, %s::float8)"] * len(rows))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FILTER (WHERE NOT {reach_box_sql('m.')} @> "
            f"{POINT_BOX_SQL.format(lng='m.plng', lat='m.plat')}) "
            f"FROM (VALUES {values}) AS m(latitude, longitude, radius_km, plat, plng)",
            [x for row in rows for x in row])
        assert cursor.fetchone()[0] == 0
