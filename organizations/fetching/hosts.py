"""One spelling per web address: hosts canonicalised the way browsers read them.

``canonical_url(raw)`` parses an http(s) URL and rewrites its host the way the WHATWG URL
standard (what browsers and most HTTP stacks follow) would interpret it:

* **IPv4 in any notation** — ``127.1``, ``0x7f.0.0.1``, ``0177.0.0.1``, ``2130706433``,
  ``0x7f000001``, with or without a trailing dot — becomes dotted decimal ``127.0.0.1``;
  a host that ends in a number but is not a valid address is refused (as browsers do);
* **IPv6** literals are validated and compressed (``[0:0::1]`` -> ``[::1]``); zone ids are
  refused;
* **names** are percent-decoded, mapped with UTS #46 (IDNA 2008's compatibility mapping:
  case folding, NFKC — so circled or full-width digits become digits and ``。`` a dot —
  done by the ``idna`` package) and written in ASCII (punycode); one trailing dot is
  dropped (``localhost.`` is ``localhost``);
* the **port** must be 1-65535; the default port of the scheme is dropped.

``public_host_problem(host)`` then says why a canonical host is not a public web site, or
None: a non-global address, a reserved name (``localhost``, ``*.local``, ``.internal``, …),
a single-label name, a wildcard-DNS service that maps names to any address (``nip.io``,
``sslip.io``, …), or any name that spells a private address inside it
(``10-0-0-1.example.com``, ``127.0.0.1.example.net``, ``7f000001.nip.io``).

This is the check at **submission** time (the address a visitor types is stored in one
spelling, and obviously internal ones are refused with a clear reason).  The check that
matters for safety stays at **fetch** time: the direct fetcher resolves every hop's host
itself, refuses any non-public address and connects to the address it checked
(``organizations.fetching.direct``), so a public name that later resolves to a private
address (DNS rebinding) is still refused.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

import idna

DEFAULT_PORTS = {"http": 80, "https": 443}
MAX_HOST_LENGTH = 253

#: Names that are never a public web site (RFC 6761, RFC 8375, common private suffixes).
RESERVED_SUFFIXES = (
    "localhost", "local", "internal", "intranet", "lan", "home", "corp", "private",
    "home.arpa", "test", "invalid", "onion", "localdomain", "arpa",
)
#: Wildcard-DNS services that answer any address spelled in the name (and friends that
#: always answer 127.0.0.1): they exist to reach private hosts through a public name.
WILDCARD_DNS_DOMAINS = (
    "nip.io", "sslip.io", "xip.io", "nip.direct", "traefik.me", "localtest.me", "lvh.me",
    "vcap.me", "lacolhost.com", "localh.st", "local.gd", "fuf.me", "readme.localtest.me",
    "1u.ms", "rbndr.us", "backname.io", "xip.name", "nip.xip.io",
)

_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_DASHED_IPV4 = re.compile(r"(?<![0-9])(\d{1,3})-(\d{1,3})-(\d{1,3})-(\d{1,3})(?![0-9])")
_HEX_IPV4 = re.compile(r"(?<![0-9a-f])([0-9a-f]{8})(?![0-9a-f])")


class InvalidURL(ValueError):
    """The address cannot be read; ``str()`` says why, for a person."""


@dataclass(frozen=True)
class CanonicalURL:
    url: str  # scheme://host[:port]/path?query, no fragment
    scheme: str
    host: str  # ASCII: dotted-decimal IPv4, compressed IPv6 (no brackets), or a name
    port: int | None  # None when it is the scheme's default
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address | None


def _ipv4_number(part: str) -> int | None:
    """One part of a WHATWG IPv4 address: decimal, 0x-hex or 0-octal; None if not one."""
    if part == "":
        return None
    if part[:2].lower() == "0x":
        digits, base = part[2:], 16
        if digits == "":
            return 0
    elif len(part) > 1 and part[0] == "0":
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    try:
        return int(digits, base) if digits.isalnum() and digits.isascii() else None
    except ValueError:
        return None


def _ends_in_number(labels: list[str]) -> bool:
    last = labels[-1]
    if last and last.isascii() and last.isdigit():
        return True
    return _ipv4_number(last) is not None and last[:2].lower() == "0x"


def parse_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address ``host`` spells (any WHATWG notation), None when it is a name.

    Raises InvalidURL for a host that ends in a number but is no valid address
    (``1.2.3.4.5``, ``256.0.0.1``, ``0x1g``): browsers refuse those too.
    """
    labels = host.split(".")
    if not _ends_in_number(labels):
        return None
    if len(labels) > 4:
        raise InvalidURL("the address has more than four numeric parts")
    numbers = []
    for label in labels:
        number = _ipv4_number(label)
        if number is None:
            raise InvalidURL(f"{label!r} is not a number in an IP address")
        numbers.append(number)
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        raise InvalidURL("a part of the IP address is out of range")
    value = last
    for index, number in enumerate(head):
        value += number * 256 ** (3 - index)
    return ipaddress.IPv4Address(value)


def canonical_host(raw: str) -> tuple[str, ipaddress.IPv4Address | ipaddress.IPv6Address | None]:
    """(ASCII host, its address if it is an IP literal) or InvalidURL."""
    if raw.startswith("[") or ":" in raw:
        literal = raw.strip("[]")
        if "%" in literal:
            raise InvalidURL("IPv6 zone identifiers are not accepted")
        try:
            ip6 = ipaddress.IPv6Address(literal)
        except ValueError as exc:
            raise InvalidURL("the IPv6 address is not valid") from exc
        return ip6.compressed, ip6
    host = unquote(raw)
    if any(c in host for c in "%/\\@#?[]<>^| ") or any(ord(c) < 0x21 for c in host):
        raise InvalidURL("the host name contains characters that are not allowed")
    try:
        host = idna.uts46_remap(host, std3_rules=False, transitional=False)
    except (idna.IDNAError, UnicodeError, ValueError) as exc:
        raise InvalidURL("the host name is not a valid international domain name") from exc
    if host.endswith("."):
        host = host[:-1]
    if not host or host.startswith(".") or ".." in host:
        raise InvalidURL("the host name is empty or has an empty part")
    ip4 = parse_ipv4(host)
    if ip4 is not None:
        return str(ip4), ip4
    labels = []
    for label in host.split("."):
        if not label.isascii():
            try:
                label = idna.encode(label, uts46=False).decode("ascii")
            except (idna.IDNAError, UnicodeError, ValueError) as exc:
                raise InvalidURL(f"{label!r} is not a valid part of a domain name") from exc
        if not _LABEL.match(label):
            raise InvalidURL(f"{label!r} is not a valid part of a domain name")
        labels.append(label)
    ascii_host = ".".join(labels)
    if len(ascii_host) > MAX_HOST_LENGTH:
        raise InvalidURL("the host name is too long")
    return ascii_host, None


def canonical_url(raw: str) -> CanonicalURL:
    """The one spelling of an http(s) URL, or InvalidURL saying what is wrong."""
    url = (raw or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. "http://[::1/": an unclosed IPv6 bracket
        raise InvalidURL("it is not a valid web address") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise InvalidURL("only web addresses starting with http:// or https:// are read")
    netloc = parts.netloc
    if "@" in netloc:
        raise InvalidURL("web addresses with a user name or password are not accepted")
    if not netloc:
        raise InvalidURL("the address has no host")
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise InvalidURL("the IPv6 address is not closed with ']'")
        raw_host, rest = netloc[: end + 1], netloc[end + 1:]
    else:
        raw_host, _, port_part = netloc.rpartition(":") if ":" in netloc else (netloc, "", "")
        rest = f":{port_part}" if ":" in netloc else ""
    port = None
    if rest:
        digits = rest[1:]
        if not rest.startswith(":") or not digits.isascii() or not digits.isdigit():
            raise InvalidURL("the port is not a number")
        port = int(digits)
        if not 1 <= port <= 65535:
            raise InvalidURL("the port must be between 1 and 65535")
    host, ip = canonical_host(raw_host)
    if port == DEFAULT_PORTS[scheme]:
        port = None
    shown = f"[{host}]" if isinstance(ip, ipaddress.IPv6Address) else host
    netloc = shown if port is None else f"{shown}:{port}"
    path = parts.path or "/"
    return CanonicalURL(
        url=urlunsplit((scheme, netloc, path, parts.query, "")),
        scheme=scheme, host=host, port=port, ip=ip,
    )


def is_public_ip(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast (an IPv4-mapped or 6to4 IPv6 address judged as IPv4)."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            ip = mapped
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
        or ip.is_reserved or ip.is_unspecified
    )


def _embedded_addresses(host: str) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses spelled inside a name: dotted (``10.0.0.1.example``), dashed
    (``10-0-0-1.example``) or as 8 hex digits (``0a000001.example``)."""
    labels = host.split(".")
    spelled: list[list[str]] = []
    for i in range(len(labels) - 3):
        window = labels[i:i + 4]
        if all(part.isdigit() and len(part) <= 3 for part in window):
            spelled.append(window)
    spelled.extend(list(match.groups()) for match in _DASHED_IPV4.finditer(host))
    found = [
        ipaddress.IPv4Address(".".join(str(int(part)) for part in parts))
        for parts in spelled
        if all(int(part) <= 255 for part in parts)
    ]
    for label in labels:
        found.extend(ipaddress.IPv4Address(int(m.group(1), 16))
                     for m in _HEX_IPV4.finditer(label))
    return found


def public_host_problem(url: CanonicalURL) -> str | None:
    """Why this host is not a public web site, or None when nothing says it is not."""
    if url.ip is not None:
        return None if is_public_ip(url.ip) else "that address is not a public web site"
    host = url.host
    if "." not in host:
        return "a public web site's name has a dot in it (e.g. example.org)"
    for suffix in RESERVED_SUFFIXES:
        if host == suffix or host.endswith("." + suffix):
            return f"names ending in .{suffix} are not public web sites"
    for domain in WILDCARD_DNS_DOMAINS:
        if host == domain or host.endswith("." + domain):
            return f"{domain} names can point at any address; give the site's own address"
    for address in _embedded_addresses(host):
        if not is_public_ip(address):
            return "that name spells a private address; give the site's own address"
    return None
