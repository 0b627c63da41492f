"""Fill a scratch database with a Minnesota-sized data set, fast (issue 13).

100,000 needs, 100,000 members and 10,000 organizations by default (plus what they need:
one source per organization, ~40 tags and ~2 tags per organization), loaded with binary
COPY into a scratch database (``bench_scale``; never the development or test database)
on the embedded server, migrated with the project's migrations (``bench/scratch_db.py``,
shared with the other benches).  No embeddings: vectors stay NULL (semantic search finds
nothing until something embeds them).

What the rows look like:

* Places: ~60 % around Twin Cities metro centres (Minneapolis, St Paul and 14 suburbs),
  ~20 % in outstate cities (Rochester, Duluth, St Cloud, Mankato, Moorhead, ...), ~12 %
  in small towns, ~8 % rural (uniform over a rough outline of the state); members are
  rounded to 0.01 degree (~1 km) as registration does, each place with its county.
* Texts: needs and member interests in English (55 %), Spanish (15 %), Somali (12 %),
  Hmong (10 %), Vietnamese (4 %), Oromo (2 %) and Karen (2 %) from templates (activity x
  place x organization), with each need's ``page_language`` and ``languages``.
* Statuses: needs 86 % active (approved), 6 % pending, 3 % rejected, 3 % filled, 2 %
  expired, created over the last 180 days; organizations 97 % listed, 40 % verified;
  members 98 % active, 3 % paused.  Needs per organization are log-normal (10 on average,
  the largest few about 200).

Secondary indexes are dropped for the COPY and rebuilt afterwards (faster than keeping
them up to date row by row), then the tables are analysed.

    .venv/bin/python bench/scale_data.py                      # 100K/100K/10K into bench_scale
    .venv/bin/python bench/scale_data.py --needs 1000 --members 1000 --organizations 100
    .venv/bin/python bench/scale_data.py --drop               # drop bench_scale

From Python (tests use small sizes): ``load(conninfo_or_connection, sizes, seed=...)``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = "bench_scale"


@dataclass(frozen=True)
class Sizes:
    needs: int = 100_000
    members: int = 100_000
    organizations: int = 10_000


# --- Places -------------------------------------------------------------------------------
# (name, county, latitude, longitude, weight within its tier, spread in km)
METRO = [
    ("Minneapolis", "Hennepin", 44.977, -93.265, 0.24, 5),
    ("St. Paul", "Ramsey", 44.954, -93.090, 0.17, 5),
    ("Bloomington", "Hennepin", 44.841, -93.298, 0.06, 4),
    ("Brooklyn Park", "Hennepin", 45.094, -93.356, 0.06, 4),
    ("Plymouth", "Hennepin", 45.011, -93.455, 0.05, 4),
    ("Maple Grove", "Hennepin", 45.072, -93.456, 0.04, 4),
    ("Eden Prairie", "Hennepin", 44.855, -93.471, 0.04, 4),
    ("Burnsville", "Dakota", 44.768, -93.278, 0.04, 4),
    ("Eagan", "Dakota", 44.804, -93.167, 0.04, 4),
    ("Lakeville", "Dakota", 44.650, -93.243, 0.03, 4),
    ("Coon Rapids", "Anoka", 45.120, -93.288, 0.04, 4),
    ("Blaine", "Anoka", 45.161, -93.235, 0.03, 4),
    ("Woodbury", "Washington", 44.924, -92.959, 0.04, 4),
    ("Shakopee", "Scott", 44.798, -93.527, 0.03, 4),
    ("Richfield", "Hennepin", 44.883, -93.283, 0.04, 3),
    ("Maplewood", "Ramsey", 44.953, -92.995, 0.05, 3),
]
OUTSTATE = [
    ("Rochester", "Olmsted", 44.022, -92.470, 0.22, 6),
    ("Duluth", "St. Louis", 46.787, -92.100, 0.18, 6),
    ("St. Cloud", "Stearns", 45.561, -94.163, 0.17, 5),
    ("Mankato", "Blue Earth", 44.164, -94.000, 0.10, 4),
    ("Moorhead", "Clay", 46.874, -96.767, 0.08, 4),
    ("Winona", "Winona", 44.050, -91.639, 0.06, 3),
    ("Owatonna", "Steele", 44.084, -93.226, 0.05, 3),
    ("Austin", "Mower", 43.667, -92.975, 0.05, 3),
    ("Willmar", "Kandiyohi", 45.122, -95.043, 0.05, 3),
    ("Faribault", "Rice", 44.295, -93.269, 0.04, 3),
]
TOWNS = [
    ("Bemidji", "Beltrami", 47.473, -94.880), ("Brainerd", "Crow Wing", 46.358, -94.201),
    ("Worthington", "Nobles", 43.620, -95.596), ("Fergus Falls", "Otter Tail", 46.283, -96.078),
    ("Hibbing", "St. Louis", 47.427, -92.938), ("Alexandria", "Douglas", 45.885, -95.377),
    ("Marshall", "Lyon", 44.447, -95.788), ("Albert Lea", "Freeborn", 43.648, -93.368),
    ("Red Wing", "Goodhue", 44.562, -92.534), ("Hutchinson", "McLeod", 44.888, -94.370),
    ("New Ulm", "Brown", 44.313, -94.460), ("Grand Rapids", "Itasca", 47.237, -93.530),
    ("Thief River Falls", "Pennington", 48.119, -96.181), ("Pipestone", "Pipestone", 44.000,
                                                            -96.317),
    ("Cloquet", "Carlton", 46.722, -92.459), ("Ely", "St. Louis", 47.903, -91.867),
    ("Grand Marais", "Cook", 47.750, -90.334), ("Wadena", "Wadena", 46.442, -95.136),
    ("Morris", "Stevens", 45.586, -95.914), ("Pine City", "Pine", 45.826, -92.969),
]
RURAL_COUNTIES = ["Lac qui Parle", "Aitkin", "Fillmore", "Kittson", "Lincoln", "Mahnomen",
                  "Koochiching", "Traverse", "Big Stone", "Murray", "Renville", "Todd"]
TIER_SHARES = {"metro": 0.60, "outstate": 0.20, "town": 0.12, "rural": 0.08}


def km_to_deg(lat: np.ndarray | float, north: np.ndarray, east: np.ndarray):
    return north / 111.2, east / (111.2 * np.cos(np.radians(lat)))


def places(n: int, rng: np.random.Generator):
    """(latitude, longitude, place name, county, tier) for ``n`` rows over Minnesota."""
    table = (
        [(*p[:4], TIER_SHARES["metro"] * p[4], p[5], "metro") for p in METRO]
        + [(*p[:4], TIER_SHARES["outstate"] * p[4], p[5], "outstate") for p in OUTSTATE]
        + [(*p, TIER_SHARES["town"] / len(TOWNS), 2, "town") for p in TOWNS]
    )
    weights = np.array([row[4] for row in table] + [TIER_SHARES["rural"]])
    weights /= weights.sum()
    which = rng.choice(len(weights), size=n, p=weights)
    lat = np.empty(n)
    lng = np.empty(n)
    for g, (_name, _county, clat, clng, _w, spread, _tier) in enumerate(table):
        idx = np.flatnonzero(which == g)
        north, east = rng.normal(0, spread, size=(2, len(idx)))
        dlat, dlng = km_to_deg(clat, north, east)
        lat[idx] = clat + dlat
        lng[idx] = clng + dlng
    rural = np.flatnonzero(which == len(table))
    # Uniform over a rough outline of the state (no Wisconsin, no Lake Superior, no Canada):
    # draw in bulk and keep what falls inside.
    got = 0
    while got < len(rural):
        la = rng.uniform(43.55, 48.95, size=2 * len(rural))
        ln = rng.uniform(-97.1, -89.6, size=2 * len(rural))
        ok = ~(((ln > -92.3) & (la < 46.6)) | ((ln > -91.0) & (la < 47.2))
               | ((la > 48.0) & (ln > -93.0)))
        take = min(len(rural) - got, int(ok.sum()))
        lat[rural[got:got + take]] = la[ok][:take]
        lng[rural[got:got + take]] = ln[ok][:take]
        got += take
    names = [row[0] for row in table]
    counties = [row[1] for row in table]
    tiers = [row[6] for row in table]
    rural_county = rng.choice(len(RURAL_COUNTIES), size=n)
    place_name = [names[w] if w < len(table) else f"Rural {RURAL_COUNTIES[rural_county[i]]}"
                  for i, w in enumerate(which)]
    county = [counties[w] if w < len(table) else RURAL_COUNTIES[rural_county[i]]
              for i, w in enumerate(which)]
    tier = [tiers[w] if w < len(table) else "rural" for w in which]
    return lat, lng, place_name, county, tier


# --- Texts --------------------------------------------------------------------------------
LANGUAGE_SHARE = {"en": 0.55, "es": 0.15, "so": 0.12, "hmn": 0.10, "vi": 0.04, "om": 0.02,
                  "kar": 0.02}

# (activity id, kind, {language: (title, description)}); {place} and {org} are filled in.
NEED_TEMPLATES = [
    ("food_shelf", "volunteer", {
        "en": ("Food shelf volunteers in {place}",
               "Help sort and pack donated food at {org} on weekday mornings. No experience "
               "needed; we train you on your first shift."),
        "es": ("Voluntarios para el banco de alimentos en {place}",
               "Ayude a clasificar y empacar comida donada en {org} por las mañanas."),
        "so": ("Mutadawiciin bangiga cuntada {place}",
               "Naga caawi kala soocidda iyo xirxiridda cuntada lagu deeqay {org}."),
        "hmn": ("Neeg pab dawb ntawm chaw faib khoom noj {place}",
                "Pab cais thiab ntim zaub mov ntawm {org} thaum sawv ntxov."),
        "vi": ("Tình nguyện viên ngân hàng thực phẩm tại {place}",
               "Giúp phân loại và đóng gói thực phẩm quyên góp tại {org}."),
    }),
    ("driving", "volunteer", {
        "en": ("Drivers for seniors' medical rides in {place}",
               "{org} needs volunteer drivers with their own car to take seniors to clinic "
               "appointments. Mileage is reimbursed."),
        "es": ("Conductores para llevar a personas mayores a citas en {place}",
               "{org} necesita conductores voluntarios con carro propio."),
        "so": ("Darawallo u qaada waayeelka rugta caafimaadka {place}",
               "{org} waxay u baahan tahay darawallo mutadawiciin ah oo baabuur leh."),
        "om": ("Konkolaachistoota maanguddootaaf {place}",
               "{org} konkolaachistoota tola ooltota konkolaataa qaban barbaada."),
    }),
    ("interpreting", "skilled", {
        "en": ("Somali interpreter for parent conferences in {place}",
               "{org} is looking for a volunteer who speaks Somali and English to interpret "
               "at parent-teacher conferences."),
        "so": ("Turjubaan Soomaali ah oo loogu talagalay shirarka waalidiinta {place}",
               "{org} waxay raadinaysaa qof ku hadla Soomaali iyo Ingiriis."),
        "hmn": ("Neeg txhais lus Hmoob rau niam txiv {place}",
                "{org} nrhiav ib tug neeg paub lus Hmoob thiab lus Askiv los pab txhais lus."),
        "kar": ("Karen interpreter (ကညီ) needed in {place}",
                "{org} needs someone who speaks Karen and English for clinic visits."),
    }),
    ("tutoring", "skilled", {
        "en": ("Homework helpers for after-school program in {place}",
               "Tutor children in reading and math at {org}, two afternoons a week."),
        "es": ("Tutores para el programa después de la escuela en {place}",
               "Ayude a niños con lectura y matemáticas en {org}."),
        "vi": ("Gia sư cho chương trình sau giờ học tại {place}",
               "Dạy kèm trẻ em đọc và toán tại {org}."),
    }),
    ("donation", "donation", {
        "en": ("Winter coats and boots for kids in {place}",
               "{org} collects new or gently used winter coats, boots and mittens for "
               "children before the first snow."),
        "es": ("Abrigos y botas de invierno para niños en {place}",
               "{org} recoge abrigos, botas y guantes de invierno para niños."),
        "so": ("Jaakadaha iyo kabaha jiilaalka carruurta {place}",
               "{org} waxay ururinaysaa jaakado iyo kabo jiilaal oo carruurta ah."),
        "hmn": ("Tsho tiv no thiab khau rau menyuam {place}",
                "{org} sau tsho tiv no thiab khau rau cov menyuam yaus."),
    }),
    ("meals", "volunteer", {
        "en": ("Cook and serve community meals in {place}",
               "Join {org}'s kitchen crew to cook and serve hot meals on Saturdays."),
        "es": ("Cocinar y servir comidas comunitarias en {place}",
               "Únase al equipo de cocina de {org} los sábados."),
        "om": ("Nyaata hawaasaa qopheessuu {place}",
               "Garee kushinaa {org} Sanbata waliin hojjedhaa."),
    }),
    ("moving", "volunteer", {
        "en": ("Help a refugee family move in {place}",
               "{org} needs two volunteers with a truck or van to move furniture for a "
               "newly arrived family."),
        "so": ("Caawi qoys qaxooti ah inay guuraan {place}",
               "{org} waxay u baahan tahay laba qof oo gaari xamuul leh."),
    }),
    ("legal", "skilled", {
        "en": ("Immigration paperwork clinic volunteers in {place}",
               "Lawyers and paralegals help families with forms at {org}'s monthly clinic."),
        "es": ("Ayuda legal con trámites de inmigración en {place}",
               "Abogados y asistentes legales ayudan a familias en {org}."),
    }),
]


def _need_texts() -> tuple[list[tuple[str, str, str, str]], dict[str, list[int]]]:
    """Every (activity, kind, language, title, description) and the indexes per language."""
    flat: list = []
    by_lang: dict[str, list[int]] = {}
    for activity, kind, texts in NEED_TEMPLATES:
        for lang, (title, description) in texts.items():
            by_lang.setdefault(lang, []).append(len(flat))
            flat.append((activity, kind, lang, title, description))
    return flat, by_lang


INTERESTS = {
    "en": ["driving seniors to appointments", "sorting food at the food shelf",
           "tutoring kids in math", "cooking for community meals", "moving help, I have a truck",
           "interpreting Somali and English", "collecting winter coats", "anything nearby"],
    "es": ["llevar a personas mayores a sus citas", "clasificar comida en el banco de alimentos",
           "ayudar a niños con tareas", "traducir del español", "cocinar comidas calientes"],
    "so": ["u kaxaynta waayeelka", "turjumaadda Soomaaliga", "karinta cuntada",
           "caawinta carruurta casharrada"],
    "hmn": ["tsav tsheb coj cov laus", "txhais lus Hmoob", "pab menyuam kawm ntawv"],
    "vi": ["lái xe đưa người già", "dạy kèm trẻ em", "nấu ăn cho cộng đồng"],
    "om": ["namoota geessuu", "nyaata qopheessuu"],
    "kar": ["Karen interpreting (ကညီ)", "food shelf help"],
}
ACTIVITY_IDS = ["food_shelf", "meals", "driving", "moving", "tutoring", "interpreting",
                "donation", "legal"]

ORG_KINDS = ["Community Food Shelf", "Family Services", "Refugee Resettlement Center",
             "Senior Ride Network", "Youth Tutoring Project", "Community Kitchen",
             "Immigrant Law Center", "Mutual Aid Network", "Neighborhood Association",
             "Cultural Center", "Health Clinic", "Housing Coalition"]
ORG_PREFIXES = ["", "Northside", "Southside", "East", "West", "Lakes", "River", "Prairie",
                "Hope", "New Roots", "Unity", "Good Neighbor", "Somali", "Hmong", "Latino",
                "Karen", "Oromo", "Vietnamese", "Interfaith", "Second Harvest"]
TAGS = (
    [("population", v) for v in ("Somali", "Hmong", "Latino", "Karen", "Oromo", "Vietnamese",
                                 "Seniors", "Youth", "Families", "Refugees", "Veterans",
                                 "People with disabilities")]
    + [("service", v) for v in ("Food", "Housing", "Transportation", "Education",
                                "Health care", "Legal aid", "Employment", "Clothing",
                                "Mental health", "Childcare")]
    + [("language", v) for v in ("Somali", "Hmong", "Spanish", "Karen", "Oromo",
                                 "Vietnamese", "Amharic", "Arabic")]
    + [("focus", v) for v in ("Immigrants", "Rural", "Winter", "Emergency", "Faith",
                              "ice-resistance", "Youth sports", "Arts")]
)

NEED_STATUS = {"active": 0.86, "pending": 0.06, "rejected": 0.03, "filled": 0.03,
               "expired": 0.02}
URGENCY = {"low": 0.25, "medium": 0.45, "high": 0.22, "urgent": 0.08}


def _pick(rng: np.random.Generator, shares: dict[str, float], n: int) -> list[str]:
    keys = list(shares)
    p = np.array(list(shares.values()))
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum())]


# --- COPY -----------------------------------------------------------------------------------


def _copy(conn, table: str, columns: list[tuple[str, str]], rows) -> int:
    names = ", ".join(name for name, _ in columns)
    count = 0
    with (
        conn.cursor() as cur,
        cur.copy(f"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)") as copy,
    ):
        copy.set_types([kind for _, kind in columns])
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


SECONDARY_INDEX_TABLES = ("needs_need", "members_member", "organizations_organization",
                          "organizations_source", "organizations_organization_tags")


def _drop_secondary_indexes(conn) -> list[str]:
    """Drop the non-unique, non-constraint indexes of the loaded tables; return their DDL."""
    rows = conn.execute(
        """
        SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
        WHERE t.relname = ANY(%s) AND NOT i.indisunique AND NOT i.indisprimary
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
        """,
        [list(SECONDARY_INDEX_TABLES)],
    ).fetchall()
    for name, _ in rows:
        conn.execute(f"DROP INDEX {name}")
    return [ddl for _, ddl in rows]


def load(conninfo, sizes: Sizes = Sizes(), *, seed: int = 13, verbose: bool = False) -> dict:
    """COPY the data set into the (migrated, empty) database at ``conninfo``; return figures.

    ``conninfo`` is a libpq URL/DSN or an open psycopg connection in autocommit mode.
    """
    import psycopg
    from psycopg.types.json import Jsonb

    say = print if verbose else (lambda *a, **k: None)
    rng = np.random.default_rng(seed)
    now = datetime.now(UTC)
    figures: dict = {"sizes": sizes.__dict__.copy(), "seed": seed}
    own = not isinstance(conninfo, psycopg.Connection)
    conn = psycopg.connect(conninfo, autocommit=True) if own else conninfo
    started = time.perf_counter()
    try:
        conn.execute("SET statement_timeout = 0")
        conn.execute("SET synchronous_commit = off")
        conn.execute("SET maintenance_work_mem = '512MB'")
        for table in ("needs_need", "members_member", "organizations_organization"):
            if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
                raise RuntimeError(f"{table} is not empty: load into a fresh scratch database")
        dropped = _drop_secondary_indexes(conn)
        t0 = time.perf_counter()

        # Tags --------------------------------------------------------------------------
        tag_rows = [(i + 1, kind, value) for i, (kind, value) in enumerate(TAGS)]
        with conn.transaction():
            _copy(conn, "organizations_tag",
                  [("id", "int8"), ("kind", "varchar"), ("value", "varchar")], tag_rows)

        # Organizations and their sources ---------------------------------------------
        n_org = sizes.organizations
        lat, lng, place_name, county, tier = places(n_org, rng)
        org_kind = rng.choice(len(ORG_KINDS), size=n_org)
        org_prefix = rng.choice(len(ORG_PREFIXES), size=n_org)
        listed = rng.random(n_org) >= 0.03
        verified = rng.random(n_org) < 0.40
        org_created = now - timedelta(days=400) + timedelta(days=1) * rng.uniform(0, 200, n_org)
        seen: dict[str, int] = {}
        org_names: list[str] = []
        for i in range(n_org):
            base = " ".join(filter(None, (ORG_PREFIXES[org_prefix[i]], place_name[i],
                                          ORG_KINDS[org_kind[i]])))
            k = seen.get(base.lower(), 0) + 1
            seen[base.lower()] = k
            org_names.append(base if k == 1 else f"{base} {k}")
        slugs = [f"org{i + 1}" for i in range(n_org)]
        org_columns = [
            ("id", "int8"), ("uuid", "uuid"), ("name", "varchar"), ("description", "text"),
            ("summary", "varchar"), ("website", "varchar"), ("phone", "varchar"),
            ("other_phones", "varchar[]"), ("public_email", "varchar"), ("address", "varchar"),
            ("county", "varchar"), ("latitude", "float8"), ("longitude", "float8"),
            ("verified", "bool"), ("listed", "bool"), ("ice_resistance_focus", "bool"),
            ("populations_served", "text"), ("services_offered", "text"), ("answers", "jsonb"),
            ("edited_fields", "varchar[]"), ("embedding_model", "varchar"),
            ("created_at", "timestamptz"), ("updated_at", "timestamptz"),
        ]
        empty_json = Jsonb({})

        def org_rows():
            for i in range(n_org):
                name = org_names[i]
                yield (
                    i + 1, uuid.UUID(int=int(rng.integers(0, 2**62)) << 64 | i, version=4),
                    name,
                    f"{name} serves neighbors in {place_name[i]} and {county[i]} County "
                    f"with volunteers and donations.",
                    f"{ORG_KINDS[org_kind[i]]} in {place_name[i]}",
                    f"https://{slugs[i]}.example.org/",
                    f"+1651555{i % 10000:04d}", [], f"info@{slugs[i]}.example.org",
                    f"{100 + i % 9000} Main St, {place_name[i]}, MN",
                    county[i], float(lat[i]), float(lng[i]),
                    bool(verified[i]), bool(listed[i]), False, "", "", empty_json, [], "",
                    org_created[i], org_created[i],
                )

        with conn.transaction():
            _copy(conn, "organizations_organization", org_columns, org_rows())
            _copy(
                conn, "organizations_source",
                [("id", "int8"), ("organization_id", "int8"), ("url", "varchar"),
                 ("submitted_context", "text"), ("extra_urls", "varchar[]"), ("active", "bool"),
                 ("scrape_frequency", "interval"), ("last_scraped_at", "timestamptz"),
                 ("last_status", "varchar"), ("last_error", "text"),
                 ("created_at", "timestamptz"), ("updated_at", "timestamptz")],
                ((i + 1, i + 1, f"https://{slugs[i]}.example.org/volunteer", "", [], True,
                  timedelta(days=1), now - timedelta(hours=int(i % 48)), "ok", "",
                  org_created[i], org_created[i]) for i in range(n_org)),
            )
            n_tags = rng.integers(0, 5, size=n_org)
            tag_pairs = []
            for i in range(n_org):
                for t in rng.choice(len(TAGS), size=n_tags[i], replace=False):
                    tag_pairs.append((len(tag_pairs) + 1, i + 1, int(t) + 1))
            _copy(conn, "organizations_organization_tags",
                  [("id", "int8"), ("organization_id", "int8"), ("tag_id", "int8")], tag_pairs)
        t_org = time.perf_counter()
        say(f"  {n_org:,} organizations, {n_org:,} sources, {len(tag_pairs):,} tag links "
            f"({t_org - t0:.1f} s)", flush=True)

        # Needs -------------------------------------------------------------------------
        n_need = sizes.needs
        flat, by_lang = _need_texts()
        need_lang = _pick(rng, {k: v for k, v in LANGUAGE_SHARE.items() if k in by_lang},
                          n_need)
        text_choice = rng.random(n_need)
        # Long tail (log-normal, sigma 1): most organizations list a handful of needs, a
        # few large ones a couple of hundred (10 on average with the default sizes).
        weights = rng.lognormal(0.0, 1.0, size=n_org)
        need_org = rng.choice(n_org, size=n_need, p=weights / weights.sum())
        status = _pick(rng, NEED_STATUS, n_need)
        urgency = _pick(rng, URGENCY, n_need)
        age_s = rng.uniform(0, 180 * 86400, size=n_need)
        located = rng.random(n_need) >= 0.05  # a few statewide needs without a place
        jitter = rng.normal(0, 0.01, size=(2, n_need))
        need_columns = [
            ("id", "int8"), ("organization_id", "int8"), ("source_id", "int8"),
            ("source_url", "varchar"), ("title", "varchar"), ("description", "text"),
            ("tldr", "varchar"), ("contact_email", "varchar"), ("contact_phone", "varchar"),
            ("contact_url", "varchar"), ("urgency", "varchar"), ("kind", "varchar"),
            ("languages", "varchar[]"), ("page_language", "varchar"), ("status", "varchar"),
            ("submission_type", "varchar"), ("content_hash", "varchar"),
            ("last_seen_at", "timestamptz"), ("moderated_at", "timestamptz"),
            ("moderation_reason", "text"), ("location_name", "varchar"),
            ("latitude", "float8"), ("longitude", "float8"), ("embedding_model", "varchar"),
            ("created_at", "timestamptz"), ("updated_at", "timestamptz"),
        ]

        def need_rows():
            for i in range(n_need):
                lang = need_lang[i]
                options = by_lang[lang]
                activity, kind, _, title, description = flat[
                    options[int(text_choice[i] * len(options))]]
                o = int(need_org[i])
                place = place_name[o]
                title = title.format(place=place, org=org_names[o])[:200]
                description = description.format(place=place, org=org_names[o])
                languages = [lang] if lang != "en" else []
                if activity == "interpreting" and "en" not in languages:
                    languages.append("en")
                created = now - timedelta(seconds=float(age_s[i]))
                st = status[i]
                yield (
                    i + 1, o + 1, o + 1, f"https://{slugs[o]}.example.org/volunteer",
                    title, description, description[:140], f"volunteer@{slugs[o]}.example.org",
                    "", "", urgency[i], kind, languages, lang, st, "scraped",
                    hashlib.sha256(b"need-%d" % i).hexdigest(),
                    created, None if st == "pending" else created,
                    "Not a need" if st == "rejected" else "",
                    place if located[i] else "",
                    round(float(lat[o] + jitter[0, i]), 4) if located[i] else None,
                    round(float(lng[o] + jitter[1, i]), 4) if located[i] else None,
                    "", created, created,
                )

        with conn.transaction():
            _copy(conn, "needs_need", need_columns, need_rows())
        t_need = time.perf_counter()
        say(f"  {n_need:,} needs ({t_need - t_org:.1f} s)", flush=True)

        # Members -----------------------------------------------------------------------
        n_mem = sizes.members
        mlat, mlng, mplace, _mcounty, mtier = places(n_mem, rng)
        mlang = _pick(rng, LANGUAGE_SHARE, n_mem)
        inactive = rng.random(n_mem) < 0.02
        paused = rng.random(n_mem) < 0.03
        metro = np.array([t == "metro" for t in mtier])
        radius = np.where(metro, rng.choice([10, 15, 20, 25, 30, 40], size=n_mem),
                          rng.choice([15, 20, 30, 40, 50, 60, 80], size=n_mem))
        interest_pick = rng.random(n_mem)
        n_activities = rng.integers(0, 4, size=n_mem)
        ids = rng.integers(0, 2**62, size=n_mem)
        member_created = now - timedelta(days=1) * rng.uniform(0, 365, size=n_mem)
        member_columns = [
            ("id", "uuid"), ("push_token", "varchar"), ("interests", "text"),
            ("latitude", "float8"), ("longitude", "float8"), ("location_name", "varchar"),
            ("radius_km", "int2"), ("language", "varchar"), ("languages", "varchar[]"),
            ("activities", "varchar[]"), ("inferred", "jsonb"), ("active", "bool"),
            ("paused_until", "timestamptz"), ("token_version", "int4"),
            ("embedding_model", "varchar"), ("created_at", "timestamptz"),
            ("updated_at", "timestamptz"),
        ]

        def member_rows():
            for i in range(n_mem):
                lang = mlang[i]
                options = INTERESTS[lang]
                speaks = [lang] if lang == "en" else [lang, "en"]
                yield (
                    uuid.UUID(int=(int(ids[i]) << 64) | i, version=4),
                    f"ExponentPushToken[bench-{i:07d}]",
                    options[int(interest_pick[i] * len(options))],
                    round(float(mlat[i]), 2), round(float(mlng[i]), 2), mplace[i],
                    int(radius[i]), lang, speaks,
                    ACTIVITY_IDS[i % 8: i % 8 + int(n_activities[i])],
                    empty_json, not bool(inactive[i]),
                    now + timedelta(days=10) if paused[i] else None, 0, "",
                    member_created[i], member_created[i],
                )

        with conn.transaction():
            _copy(conn, "members_member", member_columns, member_rows())
        t_mem = time.perf_counter()
        say(f"  {n_mem:,} members ({t_mem - t_need:.1f} s)", flush=True)

        # Sequences, indexes, statistics -------------------------------------------------
        for table, count in (("organizations_tag", len(TAGS)),
                             ("organizations_organization", n_org),
                             ("organizations_source", n_org),
                             ("organizations_organization_tags", len(tag_pairs)),
                             ("needs_need", n_need)):
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), %s)",
                         [max(count, 1)])
        for ddl in dropped:
            conn.execute(ddl)
        t_idx = time.perf_counter()
        say(f"  {len(dropped)} secondary indexes rebuilt ({t_idx - t_mem:.1f} s)", flush=True)
        conn.execute("VACUUM ANALYZE")
        t_end = time.perf_counter()
        rows = n_org * 2 + len(TAGS) + len(tag_pairs) + n_need + n_mem
        figures.update(
            rows=rows, tag_links=len(tag_pairs), copy_s=t_mem - t0, index_s=t_idx - t_mem,
            vacuum_s=t_end - t_idx, total_s=t_end - started,
            rows_per_s=rows / (t_end - started),
            active_needs=sum(1 for s in status if s == "active"),
            metro_share=float(metro.mean()),
        )
        return figures
    finally:
        if own:
            conn.close()


def main(argv: list[str] | None = None) -> int:
    from bench import scratch_db

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help="scratch database (bench_*)")
    parser.add_argument("--needs", type=int, default=Sizes.needs)
    parser.add_argument("--members", type=int, default=Sizes.members)
    parser.add_argument("--organizations", type=int, default=Sizes.organizations)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--drop", action="store_true", help="only drop the scratch database")
    args = parser.parse_args(argv)
    try:
        scratch_db.check_name(args.db)
    except ValueError as exc:
        parser.error(str(exc))
    if args.drop:
        scratch_db.drop(args.db)
        print(f"dropped {args.db}")
        return 0
    started = time.perf_counter()
    scratch_db.recreate(args.db)
    scratch_db.migrate(args.db)
    migrated = time.perf_counter()
    print(f"{args.db}: created and migrated in {migrated - started:.1f} s; loading ...",
          flush=True)
    sizes = Sizes(needs=args.needs, members=args.members, organizations=args.organizations)
    figures = load(scratch_db.url(args.db), sizes, seed=args.seed, verbose=True)
    print(
        f"loaded {figures['rows']:,} rows in {figures['total_s']:.1f} s "
        f"({figures['rows_per_s']:,.0f} rows/s; COPY {figures['copy_s']:.1f} s, indexes "
        f"{figures['index_s']:.1f} s, VACUUM ANALYZE {figures['vacuum_s']:.1f} s); "
        f"{figures['active_needs']:,} active needs; with create + migrate "
        f"{time.perf_counter() - started:.1f} s"
    )
    print(f"DATABASE_URL={scratch_db.url(args.db)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
