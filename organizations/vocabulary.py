"""The controlled vocabulary organization tags are drawn from.

Tags are for filtering ("organizations serving Somali families", "food shelves"), so a
tag is only useful when many organizations share it.  Imports therefore never turn prose
into tags: ``populations_served`` and ``services_offered`` are kept as text on the
organization, and tags are the vocabulary entries whose phrases appear in that text.
"Somali, Oromo and other East African communities; programs adjusted over time, see
site for current" gives ``somali``, ``oromo`` and ``east-african`` and nothing else.

Changing the vocabulary:

* Add a phrase to an entry when real data spells a term another way.  Phrases are
  matched as whole words after folding case, accents and punctuation, so "Latinx",
  "latinx" and "LatinX" are one phrase, and "somali" does not match "Somaliland".
* Add an entry only for a population or service several organizations share; the value
  (the slug) is what the API and the ``tag`` filter show, so never rename one in place.
* Tags staff add by hand in the admin are not limited to this list.

The entries are listed for staff in ``docs/data-import.md``; keep both in step when you
change this file (a test checks that every value is listed there).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

POPULATION = "population"
SERVICE = "service"
FOCUS = "focus"
FOCUS_ICE_RESISTANCE = "ice-resistance"


@dataclass(frozen=True)
class Term:
    kind: str
    value: str  # the tag value (a slug)
    label: str  # how people read it
    phrases: tuple[str, ...]  # folded phrases that mean this term


def _term(kind: str, value: str, label: str, *phrases: str) -> Term:
    return Term(kind, value, label, tuple(phrases))


POPULATIONS: tuple[Term, ...] = (
    _term(POPULATION, "immigrants", "Immigrants",
          "immigrant", "immigrants", "new american", "new americans", "newcomer", "newcomers",
          "new arrivals", "migrant", "migrants", "inmigrante", "inmigrantes"),
    _term(POPULATION, "refugees", "Refugees and asylum seekers",
          "refugee", "refugees", "asylum", "asylum seeker", "asylum seekers", "asylee",
          "asylees", "refugiados"),
    _term(POPULATION, "undocumented", "Undocumented and mixed-status families",
          "undocumented", "mixed status", "daca", "dreamers", "sin papeles"),
    _term(POPULATION, "latino", "Latino / Hispanic",
          "latino", "latina", "latinos", "latinas", "latinx", "latine", "hispanic",
          "hispanics", "latin american", "latin americans", "spanish speaking",
          "spanish speakers", "mexican", "mexican american", "central american",
          "central americans", "guatemalan", "salvadoran", "honduran", "ecuadorian"),
    _term(POPULATION, "somali", "Somali", "somali", "somalis", "somali american",
          "somali americans"),
    _term(POPULATION, "oromo", "Oromo", "oromo", "oromos"),
    _term(POPULATION, "east-african", "East African",
          "east african", "east africans", "ethiopian", "ethiopians", "eritrean",
          "eritreans", "sudanese", "kenyan", "kenyans"),
    _term(POPULATION, "west-african", "West African",
          "west african", "west africans", "liberian", "liberians", "nigerian",
          "nigerians", "ghanaian", "sierra leonean"),
    _term(POPULATION, "hmong", "Hmong", "hmong", "hmong american", "hmong americans"),
    _term(POPULATION, "karen", "Karen", "karen", "karenni", "karen burmese",
          "burmese karen"),
    _term(POPULATION, "afghan", "Afghan", "afghan", "afghans"),
    _term(POPULATION, "ukrainian", "Ukrainian", "ukrainian", "ukrainians"),
    _term(POPULATION, "indigenous", "Native American / Indigenous",
          "native american", "native americans", "american indian", "american indians",
          "indigenous", "ojibwe", "dakota people", "tribal"),
    _term(POPULATION, "bipoc", "Black, Indigenous and people of color",
          "bipoc", "communities of color", "people of color", "black", "african american",
          "african americans"),
    _term(POPULATION, "lgbtq", "LGBTQ+", "lgbtq", "lgbtqia", "lgbt", "queer",
          "transgender", "trans"),
    _term(POPULATION, "seniors", "Seniors", "senior", "seniors", "elder", "elders",
          "older adult", "older adults", "elderly"),
    _term(POPULATION, "youth", "Youth and children",
          "youth", "young people", "teen", "teens", "teenager", "teenagers", "child",
          "children", "kid", "kids", "students", "unaccompanied minors"),
    _term(POPULATION, "families", "Families", "family", "families", "parents"),
    _term(POPULATION, "women", "Women", "women", "woman", "mothers", "moms"),
    _term(POPULATION, "people-with-disabilities", "People with disabilities",
          "disability", "disabilities", "disabled"),
    _term(POPULATION, "deaf-and-hard-of-hearing", "Deaf and hard of hearing",
          "deaf", "hard of hearing"),
    _term(POPULATION, "low-income", "Low-income households",
          "low income", "low income households", "poverty"),
    _term(POPULATION, "unhoused", "People experiencing homelessness",
          "homeless", "homelessness", "unhoused", "unsheltered"),
    _term(POPULATION, "workers", "Workers and day laborers",
          "workers", "day laborers", "farmworkers", "farm workers", "low wage workers"),
)

SERVICES: tuple[Term, ...] = (
    _term(SERVICE, "food", "Food", "food", "food shelf", "food shelves", "food pantry",
          "pantry", "groceries", "grocery", "meals", "meal", "hot meals", "comida"),
    _term(SERVICE, "housing", "Housing and shelter",
          "housing", "shelter", "rent", "rental assistance", "eviction", "tenant",
          "tenants", "vivienda"),
    _term(SERVICE, "legal", "Legal help",
          "legal", "lawyer", "lawyers", "attorney", "attorneys", "legal aid",
          "immigration law", "deportation defense", "daca renewal", "daca renewals",
          "removal defense", "asylum applications"),
    _term(SERVICE, "know-your-rights", "Know-your-rights education",
          "know your rights", "rights trainings", "rights training", "conozca sus derechos"),
    _term(SERVICE, "rapid-response", "Rapid response and accompaniment",
          "rapid response", "accompaniment", "ice watch", "court watch"),
    _term(SERVICE, "health", "Health care",
          "health", "health care", "healthcare", "clinic", "medical", "dental", "vaccines"),
    _term(SERVICE, "mental-health", "Mental health",
          "mental health", "counseling", "therapy", "trauma", "wellness"),
    _term(SERVICE, "education", "Education and tutoring",
          "education", "tutoring", "homework help", "ged", "adult education", "literacy"),
    _term(SERVICE, "english-classes", "English classes",
          "esl", "english classes", "english class", "english lessons", "ell",
          "english language"),
    _term(SERVICE, "citizenship", "Citizenship", "citizenship", "naturalization"),
    _term(SERVICE, "employment", "Jobs and employment",
          "employment", "jobs", "job training", "job search", "workforce", "job placement"),
    _term(SERVICE, "interpretation", "Interpretation and translation",
          "interpretation", "interpreter", "interpreters", "interpreting", "translation",
          "translators"),
    _term(SERVICE, "transportation", "Transportation",
          "transportation", "rides", "ride", "driving", "drivers"),
    _term(SERVICE, "clothing", "Clothing and household goods",
          "clothing", "clothes", "coats", "winter gear", "diapers", "furniture",
          "household goods", "household items"),
    _term(SERVICE, "financial", "Financial help",
          "financial assistance", "financial help", "cash assistance", "emergency funds",
          "emergency fund", "bail fund", "tax preparation", "tax prep", "utility assistance"),
    _term(SERVICE, "childcare", "Childcare", "childcare", "child care", "daycare"),
    _term(SERVICE, "case-management", "Case management and benefits navigation",
          "case management", "navigation", "benefits", "social services", "resettlement"),
)

FOCI: tuple[Term, ...] = (
    _term(FOCUS, FOCUS_ICE_RESISTANCE, "Resisting immigration enforcement (ICE)"),
)

VOCABULARY: tuple[Term, ...] = POPULATIONS + SERVICES + FOCI
VALUES: frozenset[tuple[str, str]] = frozenset((t.kind, t.value) for t in VOCABULARY)

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation collapsed to single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", text).split())


def _pattern(terms: Iterable[Term]) -> list[tuple[re.Pattern[str], Term]]:
    out = []
    for term in terms:
        phrases = sorted({fold(p) for p in term.phrases if fold(p)}, key=len, reverse=True)
        if phrases:
            alternation = "|".join(re.escape(p) for p in phrases)
            out.append((re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])"), term))
    return out


_POPULATION_PATTERNS = _pattern(POPULATIONS)
_SERVICE_PATTERNS = _pattern(SERVICES)


def _match(text: str | None, patterns) -> tuple[str, ...]:
    if not text:
        return ()
    folded = fold(text)
    found: list[tuple[int, str]] = []
    for pattern, term in patterns:
        hit = pattern.search(folded)
        if hit:
            found.append((hit.start(), term.value))
    return tuple(value for _, value in sorted(found))


def populations_in(text: str | None) -> tuple[str, ...]:
    """The population tag values named in ``text``, in the order the text names them."""
    return _match(text, _POPULATION_PATTERNS)


def services_in(text: str | None) -> tuple[str, ...]:
    """The service tag values named in ``text``, in the order the text names them."""
    return _match(text, _SERVICE_PATTERNS)


def population_tag(text: str) -> str | None:
    """The one population tag a short entry ("Somali community", "Elders") stands for."""
    found = populations_in(text)
    return found[0] if found else None


def derive_tags(
    *,
    populations: str | None = None,
    services: str | None = None,
    ice_resistance_focus: bool | None = None,
) -> tuple[tuple[str, str], ...]:
    """(kind, value) tags for an organization: vocabulary entries only, de-duplicated."""
    tags: dict[tuple[str, str], None] = {}
    for value in populations_in(populations):
        tags[(POPULATION, value)] = None
    for value in services_in(services):
        tags[(SERVICE, value)] = None
    if ice_resistance_focus:
        tags[(FOCUS, FOCUS_ICE_RESISTANCE)] = None
    return tuple(tags)


def label(kind: str, value: str) -> str:
    for term in VOCABULARY:
        if term.kind == kind and term.value == value:
            return term.label
    return value
