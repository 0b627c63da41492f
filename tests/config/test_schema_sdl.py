"""The committed schema.graphql is exactly what the code produces."""

import difflib
from pathlib import Path

import pytest
from django.conf import settings
from graphql import print_schema

from config.schema import schema

SDL_PATH = Path(settings.BASE_DIR) / "schema.graphql"


def test_committed_sdl_matches_the_code():
    # Byte for byte what `manage.py graphql_schema --out schema.graphql` writes
    # (graphene_django/management/commands/graphql_schema.py: print_schema, utf-8, no newline).
    generated = print_schema(schema.graphql_schema).encode("utf-8")
    committed = SDL_PATH.read_bytes() if SDL_PATH.exists() else b""
    if committed != generated:
        diff = difflib.unified_diff(
            committed.decode("utf-8", "replace").splitlines(),
            generated.decode("utf-8").splitlines(),
            "schema.graphql (committed)",
            "schema.graphql (from the code)",
            lineterm="",
        )
        pytest.fail(
            "schema.graphql is out of date with the GraphQL code: run `make schema` and commit it."
            "\n" + "\n".join(list(diff)[:60]),
            pytrace=False,
        )
