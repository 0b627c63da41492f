"""The vendored HSDS 3.0 schemas (see ``schema/NOTICE.md``) as ready validators.

The per-table schemas refer to each other by file name (``"$ref": "phone.json"``); a
``referencing`` registry resolves those names - relative to any base, since two of the
files carry a later branch's ``$id`` - to the vendored copies.  A reference to a table
that is not vendored fails loudly, which is what a test wants: it means the export
started filling an array this project never meant to emit.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
TABLES = ("organization", "phone", "location", "address", "service")
BASE = "https://hsds.invalid/schema/"


@cache
def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _retrieve(uri: str) -> Resource:
    name = uri.rsplit("/", 1)[-1].removesuffix(".json")
    if (SCHEMA_DIR / f"{name}.json").is_file():
        return Resource.from_contents(schema(name), default_specification=DRAFT202012)
    raise NoSuchResource(ref=uri)


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for a vendored schema (``organization``, ``organization_list``, ...)."""
    registry = Registry(retrieve=_retrieve)
    root = {"$id": f"{BASE}{name}.json", **schema(name)} if "$id" not in schema(name) else (
        schema(name))
    return Draft202012Validator(root, registry=registry,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(name: str, instance: Any) -> list[str]:
    """Every way ``instance`` breaks schema ``name``, as readable lines (empty when valid)."""
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator(name).iter_errors(instance)
    ]


def table_fields(name: str) -> list[tuple[str, dict[str, Any]]]:
    """The one-to-one (non-array) properties of a table, in the schema's order."""
    return [
        (key, spec) for key, spec in schema(name)["properties"].items()
        if spec.get("type") != "array" and "$ref" not in spec
    ]
