"""The offline extractor measured on the shipped fixture sites (no database needed)."""

from __future__ import annotations

import httpx
import pytest

from needs.extraction.base import PageInput
from needs.extraction.heuristic import HeuristicExtractor
from organizations.readable import html_to_markdown
from tests.fixtures.sites import SITES_ROOT, fixture_pages, serve_sites, site_slugs


def _page(site: str, file: str) -> PageInput:
    html = (SITES_ROOT / site / file).read_text(encoding="utf-8")
    url = f"https://{site}.example.org/{file}"
    readable = html_to_markdown(html, url=url)
    return PageInput(url=url, title=readable.title, markdown=readable.markdown)


@pytest.fixture(scope="module")
def results():
    """(fixture page, page input, extracted needs) for every fixture page, computed once."""
    extractor = HeuristicExtractor()
    out = []
    for fixture in fixture_pages():
        page = _page(fixture.site, fixture.file)
        out.append((fixture, page, extractor.extract(page)))
    return out


def _matched(expected: list[dict], titles: list[str]) -> int:
    """Greedy one-to-one matching on title_contains (enough for these short lists)."""
    free = list(titles)
    hits = 0
    for want in expected:
        for title in free:
            if want["title_contains"].lower() in title.lower():
                free.remove(title)
                hits += 1
                break
    return hits


def test_fixture_sites_are_complete():
    slugs = site_slugs()
    assert len(slugs) >= 10
    for slug in slugs:
        files = {p.name for p in (SITES_ROOT / slug).glob("*.html")}
        assert "index.html" in files and len(files) >= 7, slug
    assert any((SITES_ROOT / s / "robots.txt").is_file() for s in slugs)


def test_recall_and_precision_over_all_fixture_pages(results):
    expected = sum(len(f.expected) for f, _, _ in results)
    extracted = sum(len(n) for _, _, n in results)
    matched = sum(_matched(f.expected, [x.title for x in n]) for f, _, n in results)
    assert expected >= 100
    assert matched / expected >= 0.8, (matched, expected)
    assert matched / extracted >= 0.85, (matched, extracted)


def test_every_site_gets_a_clear_majority_of_its_needs(results):
    per_site: dict[str, list[int]] = {}
    for fixture, _, needs in results:
        tally = per_site.setdefault(fixture.site, [0, 0])
        tally[0] += _matched(fixture.expected, [n.title for n in needs])
        tally[1] += len(fixture.expected)
    for site, (matched, expected) in per_site.items():
        assert matched / expected >= 0.6, (site, matched, expected)


def test_pages_without_needs_yield_nothing(results):
    empty = [(f, n) for f, _, n in results if not f.expected]
    assert len(empty) >= 10
    for fixture, needs in empty:
        assert needs == [], (fixture.site, fixture.file, [n.title for n in needs])


TRAPS = [
    ("northside-food-shelf", "volunteer.html", "doris"),       # volunteer of the month
    ("northside-food-shelf", "index.html", "doris"),
    ("northside-food-shelf", "donate.html", "home-canned"),    # what we cannot accept
    ("northside-food-shelf", "donate.html", "give online"),    # generic donate button
    ("northside-food-shelf", "events.html", "spring food drive"),  # past event
    ("northside-food-shelf", "events.html", "potluck"),        # invitation, not a need
    ("lake-street-immigrant-center", "volunteer.html", "ana"),
    ("lake-street-immigrant-center", "events.html", "picnic"),
    ("eastside-mutual-aid", "requests.html", "crib"),          # filled request
    ("eastside-mutual-aid", "requests.html", "space heater"),
    ("frogtown-neighbors", "shifts.html", "greeter"),          # full shift
    ("frogtown-neighbors", "index.html", "every dollar"),
    ("new-arrivals-legal-clinic", "volunteer.html", "background check"),  # requirement
    ("riverside-lutheran", "give.html", "ministry"),
    ("iglesia-san-marcos", "eventos.html", "posada"),
    ("phalen-family-center", "get-involved.html", "internship"),
]


@pytest.mark.parametrize(("site", "file", "trap"), TRAPS)
def test_traps_are_not_extracted(results, site, file, trap):
    needs = next(n for f, _, n in results if (f.site, f.file) == (site, file))
    assert needs, "the page also has real needs, so an empty result would prove nothing"
    assert not [n.title for n in needs if trap in n.title.lower()]


def test_spanish_page(results):
    needs = next(n for f, _, n in results
                 if (f.site, f.file) == ("northside-food-shelf", "voluntarios.html"))
    titles = [n.title.lower() for n in needs]
    for want in ("bilingües", "conductores", "lista de deseos"):
        assert any(want in t for t in titles), (want, titles)
    # The wish list is one need whose description lists its items (issue 10).
    assert len(needs) == 3
    wish = next(n for n in needs if "lista de deseos" in n.title.lower())
    assert wish.kind == "donation" and wish.page_language == "es"
    for item in ("Aceite de cocina", "Arroz", "Pañales"):
        assert f"- {item}" in wish.description
    bilingual = next(n for n in needs if "bilingües" in n.title.lower())
    assert bilingual.kind == "volunteer" and set(bilingual.languages) == {"es", "en"}
    assert all(n.contact_phone == "612-555-0142" for n in needs)


def test_spanish_urgency_and_sentences(results):
    needs = next(n for f, _, n in results
                 if (f.site, f.file) == ("frogtown-neighbors", "vecinos.html"))
    by_title = {n.title: n for n in needs}
    diapers = next(n for t, n in by_title.items() if "pañales" in t.lower())
    assert diapers.urgency == "urgent"  # "urgentemente"
    assert any("entregar comida" in t.lower() for t in by_title)


def test_urgency_from_wording_and_priority_column(results):
    def find(site, file, text):
        needs = next(n for f, _, n in results if (f.site, f.file) == (site, file))
        return next(n for n in needs if text in n.title.lower())

    assert find("northside-food-shelf", "index.html", "peanut butter").urgency == "urgent"
    assert find("al-noor-community-center", "donations.html", "baby formula").urgency == "urgent"
    assert find("al-noor-community-center", "donations.html", "prayer rugs").urgency == "low"
    assert find("northside-food-shelf", "donate.html", "rice").urgency == "medium"


def test_need_carries_context_and_contacts(results):
    needs = next(n for f, _, n in results
                 if (f.site, f.file) == ("northside-food-shelf", "volunteer.html"))
    drivers = next(n for n in needs if "driver" in n.title.lower())
    assert drivers.contact_email == "volunteer@northsidefood.example.org"
    assert drivers.contact_phone == "612-555-0142"
    assert drivers.contact_url == "https://northside-food-shelf.example.org/volunteer.html"
    assert "homebound seniors" in drivers.description
    assert "Volunteer opportunities" in drivers.description  # the section it came from
    assert 0 < len(drivers.tldr) <= 280
    shifts = [n.title for n in needs if "—" in n.title]  # sign-up table rows
    assert any("Warehouse sorting" in t and "Tuesday" in t for t in shifts)


def test_event_need_names_the_event(results):
    needs = next(n for f, _, n in results
                 if (f.site, f.file) == ("northside-food-shelf", "events.html"))
    assert [n.title.split(":")[0] for n in needs] == ["Fall Harvest Giveaway"]


def test_deterministic(results):
    again = HeuristicExtractor()
    for fixture, page, needs in results:
        first = [n.model_dump() for n in needs]
        assert [n.model_dump() for n in again.extract(page)] == first, fixture.file
        assert [n.model_dump() for n in again.extract(page)] == first, fixture.file


def test_empty_and_garbage_input():
    extractor = HeuristicExtractor()
    assert extractor.extract(PageInput(url="", title="", markdown="")) == []
    noise = "| | |\n|---|---|\n#\n- \n***\n" + "x " * 5000
    assert extractor.extract(PageInput(url="not a url", title="", markdown=noise)) == []


def test_fixture_sites_served_over_http():
    base_url, stop = serve_sites()
    try:
        assert base_url.startswith("http://127.0.0.1:")
        url = base_url + "northside-food-shelf/volunteer.html"
        response = httpx.get(url, timeout=5)
        assert response.status_code == 200
        robots = httpx.get(base_url + "northside-food-shelf/robots.txt", timeout=5)
        assert "Disallow" in robots.text
        readable = html_to_markdown(response.text, url=url)
        needs = HeuristicExtractor().extract(
            PageInput(url=url, title=readable.title, markdown=readable.markdown))
        assert len(needs) == 4
        assert all(n.contact_url == url for n in needs)
    finally:
        stop()
