"""The deployment files (Dockerfile, compose.yaml, deploy/systemd/*.service) parse, describe
the roles docs/deploy.md names, and every setting they name is documented in .env.example.

Docker is not run here.  What is checked is what can be without it: the Dockerfile at the
instruction level, compose.yaml as YAML (PyYAML when installed; otherwise, and always as
well, a strict parser of the YAML subset the file keeps to), the units as systemd INI.
"""

from __future__ import annotations

import configparser
import json
import re
import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = (ROOT / ".env.example").read_text()
DOCUMENTED = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", EXAMPLE, re.MULTILINE))
APP_SERVICES = ("migrate", "web", "worker", "beat")
# Variables of the Python runtime and the image layout, not settings of the app.
RUNTIME = {"PATH", "PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "VIRTUAL_ENV"}


# --- a strict parser of the YAML subset compose.yaml keeps to ---------------------------
# Block mappings and sequences by indentation (spaces only), plain and quoted scalars, flow
# sequences of scalars on one line, comments.  Anything else (anchors, aliases, tags, flow
# mappings, multi-line scalars, tabs, duplicate keys, odd indentation) is an error, so the
# file cannot drift into YAML this parser would misread.


class YAMLSubsetError(ValueError):
    pass


_PLAIN_FORBIDDEN = re.compile(r"^[&*!|>%@`{\[\]]|^- |^\? |: |\s#")
# Plain scalars YAML 1.1 (PyYAML) would read as something else than a string or an int:
# booleans, octal, sexagesimal, floats.  The subset wants them quoted.
_AMBIGUOUS = re.compile(
    r"^(y|n|yes|no|on|off|Y|N|Yes|No|On|Off|YES|NO|ON|OFF|True|False|TRUE|FALSE)$"
    r"|^[-+]?0[0-9_]+$|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+$"
    r"|^[-+]?(\.[0-9]|[0-9][0-9_]*\.)[0-9_]*([eE][-+]?[0-9]+)?$"
    r"|^\.(inf|Inf|INF|nan|NaN|NAN)$"
)


def _strip_comment(line: str) -> str:
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i].rstrip()
    return line.rstrip()


def _scalar(text: str, where: str):
    text = text.strip()
    if text in ("", "~", "null"):
        return None
    if text[0] == '"':
        if len(text) < 2 or not text.endswith('"'):
            raise YAMLSubsetError(f"{where}: unterminated double-quoted scalar")
        return json.loads(text)  # the subset's escapes are JSON's
    if text[0] == "'":
        inner = text[1:-1]
        if len(text) < 2 or not text.endswith("'") or re.search(r"(?<!')'(?!')", inner.replace(
                "''", "")):
            raise YAMLSubsetError(f"{where}: bad single-quoted scalar {text!r}")
        return inner.replace("''", "'")
    if text[0] == "[":
        return _flow_sequence(text, where)
    if _PLAIN_FORBIDDEN.search(text) or text.endswith(":") or _AMBIGUOUS.match(text):
        raise YAMLSubsetError(f"{where}: {text!r} is outside the YAML subset (quote it)")
    if text in ("true", "false"):
        return text == "true"
    if re.fullmatch(r"[-+]?(0|[1-9][0-9]*)", text):
        return int(text)
    return text


def _flow_sequence(text: str, where: str) -> list:
    if not text.endswith("]"):
        raise YAMLSubsetError(f"{where}: a flow sequence must close on its line")
    body = text[1:-1]
    parts: list[str] = []
    current, quote, i = "", None, 0
    while i < len(body):
        ch = body[i]
        if quote:
            current += ch
            if quote == '"' and ch == "\\" and i + 1 < len(body):
                current += body[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            current += ch
        elif ch in "[]{}":
            raise YAMLSubsetError(f"{where}: nested flow collections are outside the subset")
        elif ch == ",":
            parts.append(current)
            current = ""
        else:
            current += ch
        i += 1
    if quote:
        raise YAMLSubsetError(f"{where}: unterminated quote in {text!r}")
    texts = [part.strip() for part in [*parts, current]]
    if texts == [""]:
        return []
    if "" in texts:
        raise YAMLSubsetError(f"{where}: empty item in {text!r}")
    return [_scalar(part, where) for part in texts]


def parse_yaml_subset(text: str):
    lines = []
    for number, raw in enumerate(text.splitlines(), 1):
        if "\t" in raw:
            raise YAMLSubsetError(f"line {number}: tab character")
        line = _strip_comment(raw)
        if line.strip():
            lines.append((number, len(line) - len(line.lstrip(" ")), line.strip()))
    value, end = _block(lines, 0, 0)
    if end != len(lines):
        number = lines[end][0]
        raise YAMLSubsetError(f"line {number}: unexpected indentation")
    return value


def _split_key(content: str, where: str) -> tuple[str, str]:
    match = re.fullmatch(r"([A-Za-z0-9_.-]+):(\s.*)?", content)
    if not match:
        raise YAMLSubsetError(f"{where}: expected 'key: value' with a plain key, got {content!r}")
    return match.group(1), match.group(2) or ""


def _block(lines, start: int, indent: int):
    if start >= len(lines):
        return None, start
    is_sequence = lines[start][2].startswith("- ") or lines[start][2] == "-"
    result: list | dict = [] if is_sequence else {}
    i = start
    while i < len(lines):
        number, col, content = lines[i]
        where = f"line {number}"
        if col < indent:
            break
        if col > indent:
            raise YAMLSubsetError(f"{where}: unexpected indentation")
        if is_sequence:
            if not (content.startswith("- ") or content == "-"):
                raise YAMLSubsetError(f"{where}: a mapping key among sequence items")
            item = content[2:].strip()
            if item == "" or re.match(r"^[^'\"\[]*?:(\s|$)", item):
                raise YAMLSubsetError(f"{where}: nested collections in a sequence item are "
                                      "outside the subset")
            result.append(_scalar(item, where))
            i += 1
            continue
        if content.startswith("- "):
            raise YAMLSubsetError(f"{where}: a sequence item among mapping keys")
        key, rest = _split_key(content, where)
        if key in result:
            raise YAMLSubsetError(f"{where}: duplicate key {key!r}")
        if rest.strip():
            result[key] = _scalar(rest, where)
            i += 1
        else:
            i += 1
            if i < len(lines) and lines[i][1] > indent:
                result[key], i = _block(lines, i, lines[i][1])
            else:
                result[key] = None
    return result, i


def load_compose() -> dict:
    text = (ROOT / "compose.yaml").read_text()
    parsed = parse_yaml_subset(text)
    try:
        import yaml
    except ImportError:  # not in the lock today; the subset parser stands alone
        return parsed
    assert yaml.safe_load(text) == parsed, "the subset parser misread compose.yaml"
    return parsed


def test_the_subset_parser_reads_what_it_should_and_refuses_the_rest():
    sample = (
        "# comment\n"
        "a:\n"
        "  b: plain value  # trailing comment\n"
        "  c: \"quoted: #not a comment\"\n"
        "  d: ['x, y', \"z\", w]\n"
        "  e:\n"
        "    - one\n"
        "    - \"two\"\n"
        "  f:\n"
        "g: 'it''s'\n"
        "h: [20, true, \"no\", pgdata:/var/lib/x]\n"
    )
    assert parse_yaml_subset(sample) == {
        "a": {"b": "plain value", "c": "quoted: #not a comment", "d": ["x, y", "z", "w"],
              "e": ["one", "two"], "f": None},
        "g": "it's",
        "h": [20, True, "no", "pgdata:/var/lib/x"],
    }
    for bad in ("a: &anchor 1\n", "a: *alias\n", "a: {b: 1}\n", "a: |\n  text\n",
                "a:\n  b: 1\n   c: 2\n", "a: 1\na: 2\n", "a:\n\t- x\n", "a: [1, [2]]\n",
                "a:\n  - b: 1\n", "a: b: c\n", "a: \"open\n", "- x\nk: v\n",
                "a: no\n", "a: 0755\n", "a: 1:20\n", "a: 1.5\n", "a: [x,,y]\n",
                "\"quoted key\": 1\n"):
        with pytest.raises(YAMLSubsetError):
            parse_yaml_subset(bad)


# --- compose.yaml --------------------------------------------------------------------------


def test_compose_parses_and_has_every_role():
    compose = load_compose()
    services = compose["services"]
    assert set(services) == {"db", "redis", *APP_SERVICES}
    assert services["db"]["image"].startswith("pgvector/pgvector:pg")
    assert int(re.search(r":pg(\d+)", services["db"]["image"]).group(1)) >= 15
    assert services["redis"]["image"].startswith("redis:")
    commands = {name: services[name]["command"] for name in APP_SERVICES}
    assert commands["web"][:2] == ["gunicorn", "config.wsgi"]
    assert commands["worker"][:4] == ["celery", "-A", "config", "worker"]
    assert commands["beat"][:4] == ["celery", "-A", "config", "beat"]
    assert commands["migrate"] == ["python", "manage.py", "migrate", "--noinput"]
    for name in APP_SERVICES:
        service = services[name]
        assert service["build"] == "." and service["image"] == "mndigitalaid:latest"
        assert service["env_file"] == ["production.env"]
        env = service["environment"]
        assert env["DJANGO_ENV_FILE"] == ""
        assert env["DATABASE_URL"].endswith("@db:5432/aid")
        assert env["CELERY_BROKER_URL"].startswith("redis://redis:")
        assert "DEBUG" not in env
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"]["condition"] == (
            "service_completed_successfully")
    assert "deploy" not in services["beat"]  # one beat: never replicated


def _compose_variables(compose: dict) -> set[str]:
    text = (ROOT / "compose.yaml").read_text()
    named = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))
    for name in APP_SERVICES:
        named |= set(compose["services"][name].get("environment") or {})
    return named


def test_every_variable_compose_names_is_in_env_example():
    assert _compose_variables(load_compose()) - DOCUMENTED == set()


def test_production_env_stays_out_of_git_and_images():
    assert "production.env" in (ROOT / ".gitignore").read_text().split()
    ignored = (ROOT / ".dockerignore").read_text().split()
    for entry in (".env", "production.env", ".venv/", "var/"):
        assert entry in ignored


# --- Dockerfile ----------------------------------------------------------------------------

INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
                "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
                "SHELL"}


def parse_dockerfile(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) in order; continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if pending and line.startswith("#"):
            continue  # a comment inside a continued instruction
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        full = (pending + line).strip()
        pending = ""
        word, _, args = full.partition(" ")
        if word.upper() not in INSTRUCTIONS:
            raise ValueError(f"Dockerfile line {number}: unknown instruction {word!r}")
        if not args.strip():
            raise ValueError(f"Dockerfile line {number}: {word} without arguments")
        out.append((word.upper(), args.strip()))
    if pending:
        raise ValueError("Dockerfile ends inside a continued line")
    if not out or out[0][0] not in ("FROM", "ARG"):
        raise ValueError("a Dockerfile starts with FROM (or ARG)")
    return out


def _env_pairs(args: str) -> dict[str, str]:
    pairs = {}
    for token in shlex.split(args):
        key, sep, value = token.partition("=")
        assert sep, f"ENV in key=value form, not {token!r}"
        pairs[key] = value
    return pairs


def test_the_dockerfile_parses_and_builds_the_app_image():
    steps = parse_dockerfile((ROOT / "Dockerfile").read_text())
    kinds = [kind for kind, _ in steps]
    assert kinds[0] == "FROM" and "python:3.1" in steps[0][1]
    for kind, args in steps:
        if kind in ("CMD", "ENTRYPOINT"):
            assert isinstance(json.loads(args), list), f"{kind} in exec form (signals reach it)"
        if kind == "COPY":
            *sources, _target = shlex.split(args)
            for source in sources:
                assert source == "." or (ROOT / source).exists(), source
    env = {}
    for kind, args in steps:
        if kind == "ENV":
            env.update(_env_pairs(args))
    assert env["DJANGO_ENV_FILE"] == ""  # the image never reads a .env
    assert json.loads(dict(steps)["CMD"])[:2] == ["gunicorn", "config.wsgi"]
    user = [args for kind, args in steps if kind == "USER"]
    assert user and user[-1] not in ("root", "0")
    assert kinds.index("USER") > max(i for i, k in enumerate(kinds) if k == "RUN")
    installs = " ".join(args for kind, args in steps if kind == "RUN")
    assert "--require-hashes" in installs and "requirements.lock" in installs
    assert "collectstatic" in installs


def test_the_dockerfile_parser_refuses_a_broken_file():
    for bad in ("RUN echo hi\n", "FROM python:3.11\nRUNN echo\n", "FROM x\nRUN a \\\n",
                "FROM x\nCOPY\n"):
        with pytest.raises(ValueError):
            parse_dockerfile(bad)


def test_every_variable_the_dockerfile_names_is_in_env_example():
    text = (ROOT / "Dockerfile").read_text()
    named = set()
    for kind, args in parse_dockerfile(text):
        if kind in ("ENV", "ARG"):
            named |= set(_env_pairs(args))
        if kind == "RUN":
            named |= set(re.findall(r"(?:^|\s)([A-Z][A-Z0-9_]+)=", args))
        named |= set(re.findall(r"\$\{?([A-Z][A-Z0-9_]+)", args))
    assert named - RUNTIME - DOCUMENTED == set()


# --- systemd units ------------------------------------------------------------------------

UNITS = sorted((ROOT / "deploy" / "systemd").glob("*.service"))


def parse_unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(path.read_text(), source=str(path))
    return parser


def test_there_is_a_unit_per_role():
    assert [p.name for p in UNITS] == [
        "mndigitalaid-beat.service", "mndigitalaid-migrate.service",
        "mndigitalaid-web.service", "mndigitalaid-worker.service"]


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_each_unit_parses_and_runs_from_the_venv_with_the_production_environment(path):
    unit = parse_unit(path)
    assert unit.has_section("Unit") and unit.has_section("Service")
    service = unit["Service"]
    assert service["User"] == "aid"
    assert service["EnvironmentFile"] == "/etc/mndigitalaid/env"
    executable = shlex.split(service["ExecStart"])[0]
    assert executable.startswith("/srv/mndigitalaid/.venv/bin/")
    assert "DEBUG" not in path.read_text().replace("DEBUG on", "")
    if service.get("Type") != "oneshot":
        assert unit.has_section("Install") and service["Restart"] == "on-failure"


def test_stop_timeouts_cover_graceful_shutdown():
    web = parse_unit(ROOT / "deploy/systemd/mndigitalaid-web.service")["Service"]
    worker = parse_unit(ROOT / "deploy/systemd/mndigitalaid-worker.service")["Service"]
    assert int(web["TimeoutStopSec"]) > 30  # GUNICORN_GRACEFUL_TIMEOUT
    assert int(worker["TimeoutStopSec"]) > 360  # CELERY_TASK_TIME_LIMIT
    assert web["KillMode"] == worker["KillMode"] == "mixed"


def test_every_variable_the_units_name_is_in_env_example():
    named = set()
    for path in UNITS:
        for line in path.read_text().splitlines():
            if line.startswith("Environment="):
                named |= {token.split("=", 1)[0]
                          for token in shlex.split(line.split("=", 1)[1])}
    assert named
    assert named - DOCUMENTED == set()
