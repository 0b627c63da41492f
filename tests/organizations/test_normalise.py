"""The pure pieces of the import: yes/no answers, phones, URLs, sites, names, header words,
and the vocabulary's documentation."""

from __future__ import annotations

from pathlib import Path

import pytest

from organizations import vocabulary
from organizations.importing import normalise as n
from organizations.importing.tables import suggest_target
from organizations.seeding import split_sources


@pytest.mark.parametrize(("text", "answer"), [
    ("Yes (volunteer link on site)", True), ("yes", True), ("Y", True), ("TRUE", True),
    ("Sí, los sábados", True), ("No explicit.", False), ("no", False), ("None listed", False),
    ("N/A (government program)", None), ("Indirect (through partners)", None), ("?", None),
    ("", None), (None, None), ("Maybe", None), ("Unknown", None),
])
def test_yes_no(text, answer):
    assert n.yes_no(text) is answer


def test_phones():
    assert n.parse_phones("612-555-0101 / 651-555-0102") == (
        ["(612) 555-0101", "(651) 555-0102"], False)
    assert n.parse_phones("Main: 612.555.0123; crisis 1-800-555-0199") == (
        ["(612) 555-0123", "(800) 555-0199"], False)
    assert n.parse_phones("+252 61 555 1234") == (["+252 61 555 1234"], False)
    assert n.parse_phones("(612) 555-0150 ext. 12")[0] == ["(612) 555-0150 ext. 12"]
    assert n.parse_phones("call 211") == ([], True)  # digits, but no phone number
    assert n.parse_phones("612-555-01") == ([], True)
    assert n.phone_parts("(612) 555-0150 ext. 12") == ("(612) 555-0150", 12)


def test_urls_are_split_cleaned_and_deduplicated():
    cell = ("https://www.Clues.example.org\nwww.clues.example.org/es,\n"
            "see clues.example.org/es#top (Spanish). https://www.clues.example.org/")
    assert n.split_urls(cell) == (
        ["https://www.clues.example.org/", "https://www.clues.example.org/es"], [])
    assert n.clean_url("javascript:alert(1)") is None
    assert n.clean_url("http://user:pw@example.org/") is None
    assert n.clean_url("http://192.168.1.10/") is None
    assert n.clean_url("http://printer.local/") is None
    assert n.find_urls("write to info@clues.example.org") == []


def test_site_keys():
    assert n.site_key("https://www.clues.example.org/about") == "clues.example.org"
    assert n.site_key("https://www.facebook.com/cluesmn/posts/1") == "facebook.com/cluesmn"
    assert n.site_key("https://www.hennepin.us/immigrants") == "hennepin.us/immigrants"
    assert n.site_key("https://mn.gov/dhs/people") == "mn.gov/dhs"
    assert n.site_key("https://www.dhs.state.mn.us/x") == "dhs.state.mn.us/x"
    assert n.site_key(None) is None


def test_names():
    assert n.name_key("The Somali Family Center, Inc.") == "somali family center"
    assert n.name_key("Comunidades Latinas Unidas en Servicio (CLUES)") == (
        "comunidades latinas unidas en servicio")
    assert n.name_aliases("Comunidades Latinas Unidas en Servicio (CLUES)") == {"clues"}
    assert n.name_key("Food & Friends") == n.name_key("Food and Friends")


@pytest.mark.parametrize(("text", "expected"), [
    ("https://a.org ; https://b.org", ["https://a.org", "https://b.org"]),
    ("https://a.org\nhttps://b.org", ["https://a.org", "https://b.org"]),
    ("https://a.org, https://b.org", ["https://a.org", "https://b.org"]),
    ("https://a.org,www.b.org", ["https://a.org", "www.b.org"]),
    ("https://a.org/search?q=a,b", ["https://a.org/search?q=a,b"]),
])
def test_seed_sources_separators(text, expected):
    assert split_sources(text) == expected


@pytest.mark.parametrize(("header", "target"), [
    ("Organization", "name"), ("Name of group", "name"), ("Website", "website"),
    ("Organization website", "website"), ("Volunteer sign-up link", "links"),
    ("Volunteers needed?", "volunteers_needed"), ("ICE resistance focus?", "ice_resistance_focus"),
    ("Phone(s)", "phone"), ("Who they serve", "populations_served"),
    ("Services offered", "services_offered"), ("Notes", "description"), ("County", "county"),
    ("Year founded", "year_founded"), ("E-mail", "email"), ("Donate link", "links"),
    ("Color", None), ("", None),
])
def test_header_words(header, target):
    assert suggest_target(header) == target


def test_every_vocabulary_value_is_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "data-import.md").read_text()
    for term in vocabulary.VOCABULARY:
        assert f"`{term.value}`" in doc, term.value
    values = [t.value for t in vocabulary.VOCABULARY]
    assert len(values) == len(set(values))
