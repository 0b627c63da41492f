"""Cleaning one value at a time: text, URLs, phones, yes/no answers, numbers, names.

Everything here is pure (no database) so it can be tested on its own and reused by the
JSON seed, the spreadsheet importer and the HSDS package importer alike.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

import phonenumbers

_SPACES = re.compile(r"\s+")
_COUNTY_SUFFIX = re.compile(r"\s+county$", re.IGNORECASE)
# http(s) URLs, "www." addresses and bare domains on the TLDs community lists use.
_URL = re.compile(
    r"""(?ix)
    (?<![@\w.])
    (?:
        https?://[^\s<>"'\]\[]+
      | www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>"'\]\[]*)?
      | [a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:org|com|net|gov|edu|us|info|io|co|church)
        (?![a-z0-9-])(?:/[^\s<>"'\]\[]*)?
    )
    """
)
_TRAILING = ".,;:!?)]}'\">»”’"
URL_MAX = 1000

# Hosts that many unrelated organizations share: a page there says nothing about which
# organization it is, so the first path segment is part of the site key
# (facebook.com/cluesmn and facebook.com/somalifamily are two organizations).
SHARED_HOSTS = frozenset(
    {
        "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "linkedin.com",
        "youtube.com", "tiktok.com", "linktr.ee", "linktree.com", "sites.google.com",
        "docs.google.com", "drive.google.com", "forms.gle", "google.com", "bit.ly",
        "tinyurl.com", "eventbrite.com", "gofundme.com", "givemn.org", "github.io",
        "wixsite.com", "squarespace.com", "wordpress.com", "blogspot.com", "medium.com",
        "mn.gov", "state.mn.us", "hennepin.us", "ramseycounty.us", "minneapolismn.gov",
        "stpaul.gov", "umn.edu",
    }
)
# Government and school sites host many programs: qualify them by path as well.
SHARED_SUFFIXES = (".gov", ".mn.us", ".edu")


# --- text ---------------------------------------------------------------------------------


def clean_text(value: str | None) -> str:
    """NFKC-normalised text with runs of whitespace (newlines too) collapsed to one space."""
    if not value:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip()


def clean_paragraphs(value: str | None) -> str:
    """NFKC text keeping line breaks (one per line, blank lines dropped)."""
    if not value:
        return ""
    lines = (clean_text(line) for line in unicodedata.normalize("NFKC", value).splitlines())
    return "\n".join(line for line in lines if line)


def shorten(value: str, limit: int = 80) -> str:
    value = clean_text(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --- URLs ---------------------------------------------------------------------------------


def find_urls(text: str | None) -> list[str]:
    """The web addresses written in ``text`` (raw, not yet cleaned), in order."""
    if not text:
        return []
    return [match.group(0) for match in _URL.finditer(text)]


def clean_url(raw: str) -> str | None:
    """An absolute http(s) URL with a public-looking host, or ``None``.

    Adds ``https://`` to "www.example.org" and "example.org/page", strips punctuation a
    sentence put after the address, lower-cases the host and drops the fragment.
    """
    url = (raw or "").strip().strip("<>")
    while url and url[-1] in _TRAILING:
        # Keep a closing parenthesis that belongs to the URL (wikipedia-style paths).
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    if not url:
        return None
    if not re.match(r"(?i)^https?://", url):
        if "://" in url or url.startswith(("mailto:", "tel:", "javascript:")):
            return None
        url = "https://" + url
    if len(url) > URL_MAX or any(ch.isspace() for ch in url):
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").lower()
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if parts.username or parts.password:
        return None
    try:
        if not ipaddress.ip_address(host).is_global:
            return None
    except ValueError:
        if "." not in host or host.endswith((".local", ".internal", ".localhost", ".test")):
            return None
        if not re.fullmatch(r"[a-z0-9.-]+", host.encode("idna").decode("ascii")):
            return None
    netloc = host + (f":{port}" if port else "")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def split_urls(text: str | None) -> tuple[list[str], list[str]]:
    """(clean unique URLs, raw pieces that looked like addresses but are not usable)."""
    urls: list[str] = []
    seen: set[str] = set()
    bad: list[str] = []
    for raw in find_urls(text):
        url = clean_url(raw)
        if url is None:
            bad.append(raw)
            continue
        key = source_key(url)
        if key not in seen:
            seen.add(key)
            urls.append(url)
    return urls, bad


def source_key(url: str) -> str:
    """The form two URLs are compared in (scheme/host case, ``www.``, fragment, bare '/')."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") if parts.path not in ("", "/") else ""
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("https", host, path, parts.query, ""))


def site_key(url: str | None) -> str | None:
    """Which web site a URL belongs to, for de-duplicating organizations by website.

    The host without ``www.``; on hosts many organizations share (social networks, link
    shorteners, government and university sites) the first path segment too.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
        host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    except ValueError:
        return None
    if not host:
        return None
    shared = host in SHARED_HOSTS or any(host.endswith("." + h) for h in SHARED_HOSTS)
    if shared or host.endswith(SHARED_SUFFIXES):
        segment = next((s for s in parts.path.lower().split("/") if s), "")
        return f"{host}/{segment}"
    return host


# --- phones -------------------------------------------------------------------------------


def format_phone(number: phonenumbers.PhoneNumber) -> str:
    """US numbers as "(612) 555-0150", others in international form; extensions kept."""
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def parse_phones(text: str | None, region: str = "US") -> tuple[list[str], bool]:
    """(every phone number in ``text``, formatted and de-duplicated; whether digits that
    are not a phone number were left over, e.g. "612-555-01" or "call 211")."""
    if not text:
        return [], False
    found: list[str] = []
    rest = text
    matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
    for match in matcher:
        formatted = format_phone(match.number)
        if formatted not in found:
            found.append(formatted)
        rest = rest.replace(match.raw_string, " ")
    # What is left: digits of something that looked like a number but is not one.
    leftover = bool(re.search(r"\d{3}", rest))
    return found, leftover


def phone_parts(formatted: str, region: str = "US") -> tuple[str, int | None]:
    """(number without extension, extension) of a stored phone, for HSDS's phone table."""
    try:
        number = phonenumbers.parse(formatted, region)
    except phonenumbers.NumberParseException:
        return formatted, None
    extension = int(number.extension) if number.extension and number.extension.isdigit() else None
    number.extension = None
    return format_phone(number), extension


# --- yes / no -----------------------------------------------------------------------------

_YES = {"yes", "y", "true", "si", "sí", "x", "✓", "✔", "1", "yep", "always", "often"}
_NO = {"no", "n", "false", "none", "0", "not", "nope", "never"}


def yes_no(text: str | None) -> bool | None:
    """Free text to yes (True) / no (False) / unknown (None), by its first word.

    "Yes (volunteer link on site)" is yes, "No explicit." is no; "N/A (government
    program)", "Indirect (...)", "?", "Maybe" and blanks are unknown.  Callers keep the
    original text beside the answer.
    """
    words = clean_text(text).casefold().replace("n/a", "na").split()
    if not words:
        return None
    first = words[0].strip(".,;:!()[]-—–\"'")
    if first in _YES:
        return True
    if first in _NO:
        return False
    return None


# --- numbers ------------------------------------------------------------------------------


def parse_count(text: str | None, *, high: int) -> int | None:
    """A whole number written as "12", "12.0", "~12" or "12 staff"; ``None`` if there is none.

    Raises ``ValueError`` for a range ("10-15"), a fraction or a number out of range.
    """
    value = clean_text(text).replace(",", "")
    if not value:
        return None
    numbers = re.findall(r"\d+(?:\.\d+)?", value)
    if not numbers:
        return None
    if len(numbers) > 1:
        raise ValueError(f"{shorten(value)!r} holds more than one number")
    number = float(numbers[0])
    if not number.is_integer():
        raise ValueError(f"{shorten(value)!r} is not a whole number")
    if not 0 <= number <= high:
        raise ValueError(f"{int(number)} is out of range (0..{high})")
    return int(number)


def parse_year(text: str | None, *, low: int = 1800) -> int | None:
    """The first four-digit year in ``text`` ("est. 1998", "1998?"), if one is in range."""
    value = clean_text(text)
    if not value:
        return None
    high = datetime.date.today().year
    match = re.search(r"(?<!\d)(\d{4})(?:\.0)?(?!\d)", value)
    if not match:
        raise ValueError(f"{shorten(value)!r} is not a year")
    year = int(match.group(1))
    if not low <= year <= high:
        raise ValueError(f"year {year} is out of range ({low}..{high})")
    return year


def normalise_county(value: str | None) -> str | None:
    """'Hennepin County' and 'hennepin' are the same county as 'Hennepin'."""
    value = clean_text(value)
    if not value:
        return None
    value = _COUNTY_SUFFIX.sub("", value).strip()
    return value[:1].upper() + value[1:] if value else None


# --- names --------------------------------------------------------------------------------

_LEGAL_WORDS = {"inc", "incorporated", "llc", "corp", "corporation", "co", "nfp", "pbc"}
_PARENS = re.compile(r"\(([^)]*)\)")


def name_key(name: str) -> str:
    """A name folded for comparison: case, accents, punctuation, '&', 'The', 'Inc.'."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PARENS.sub(" ", text).replace("&", " and ")
    words = re.sub(r"[\W_]+", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    while words and words[-1] in _LEGAL_WORDS:
        words.pop()
    return " ".join(words)


def name_aliases(name: str) -> set[str]:
    """Other names an organization goes by inside its own name: "Comunidades Latinas
    Unidas En Servicio (CLUES)" is also "clues"."""
    aliases = set()
    for inner in _PARENS.findall(name):
        key = name_key(inner)
        if key and len(key) >= 3:
            aliases.add(key)
    return aliases
