"""Querysets compiled once and then only executed with new values (issue 13).

For a small page, building and compiling an ORM query costs more Python than PostgreSQL
spends answering it (docs/benchmarks.md, issue 13: ~35-45 % of an uncached needs list).
So a hot read is compiled once per *shape* from the selector's own queryset -- its
filters, ``select_related``, annotations and deferred columns, written once -- with
*stand-ins* where a call's values go, and each call only binds its values and turns the
rows into model instances exactly as Django's ``ModelIterable`` does.

    page = CompiledRows.of(queryset_built_with_stand_ins, {"org": StandIn(-7_346_281_902)})
    rows = page.fetch({"org": 42})

A stand-in is found again in the compiled parameters by type and value (each must appear,
and no other parameter may equal it), so the statement never depends on where Django put
it.  ``StandIn.bind`` turns a call's value into the parameter the ORM would have sent
(``"%term%"`` for ``icontains``, a field's own ``get_db_prep_value``); the compiled
parameter must equal ``bind(stand_in)``, or compiling fails rather than mis-binding.

**Prepared statements** (``prepare=True``, with ``DB_PREPARED_STATEMENTS`` on): the
statement is sent with server-side binding and prepared on the connection the first time
(psycopg's ``execute(prepare=True)``), so PostgreSQL parses and plans it once per pooled
connection instead of once per request.  After five executions PostgreSQL may keep one
*generic* plan for every value, so prepare only statements whose best plan does not depend
on how common a value is (the unfiltered needs list; a filter on a value no row has turned
a 0.7 ms statement into a 55 ms scan once prepared).  Django's own cursors bind on the
client and never prepare: nothing else changes.  psycopg refuses ``prepare=True`` on a
connection whose ``prepare_threshold`` is None (Django's default), so the setting also
gives every connection a threshold no statement ever reaches (``config/settings.py``):
only statements executed here with ``prepare=True`` are prepared.  Turn it off behind a
pooler that cannot keep a session's prepared statements (PgBouncer in transaction mode
before 1.21).

Used by ``matching.search`` (the page of a semantic search) and ``needs.selectors`` (the
public needs list); both are checked against the ORM's own answer on the real database
(``tests/matching/test_search_compiled.py``, ``tests/needs/test_list_compiled.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import get_related_populators

# What a connection's prepare_threshold is set to when DB_PREPARED_STATEMENTS is on: no
# statement is ever executed this often, so psycopg prepares only when asked to.
NEVER_AUTOMATICALLY = 2**62


def _same(value):
    return value


@dataclass(frozen=True)
class StandIn:
    """A value compiled into a statement in place of a call's own; ``bind`` makes the
    parameter from a call's value as the ORM would (the identity by default)."""

    value: Any
    bind: Callable[[Any], Any] = _same

    @property
    def compiled(self):
        return self.bind(self.value)


def slots(params, stand_ins: Mapping[str, Any]) -> tuple:
    """Each compiled parameter as ``(name, bind)`` for a stand-in, ``(None, value)`` else.

    ``stand_ins`` maps a name to a :class:`StandIn` (or to a plain value, bound as is)."""
    wanted = {name: s if isinstance(s, StandIn) else StandIn(s) for name, s in stand_ins.items()}
    found, out = set(), []
    for value in params:
        name = next((key for key, stand_in in wanted.items()
                     if type(value) is type(stand_in.compiled) and value == stand_in.compiled),
                    None)
        found.add(name)
        out.append((name, wanted[name].bind) if name else (None, value))
    missing = set(wanted) - found
    if missing:  # the queryset's shape changed under us: refuse rather than mis-bind
        raise RuntimeError(f"SQL compiled without its {sorted(missing)} parameters")
    return tuple(out)


def bind(compiled_slots: tuple, values: Mapping[str, Any]) -> list:
    """The parameters of one call: each stand-in's slot gets ``bind(values[name])``."""
    return [value if name is None else value(values[name]) for name, value in compiled_slots]


def prepares(using: str = DEFAULT_DB_ALIAS) -> bool:
    """Whether statements run with ``prepare=True`` are prepared on this connection."""
    connection = connections[using]
    return bool(getattr(settings, "DB_PREPARED_STATEMENTS", False)) and (
        connection.vendor == "postgresql"
        and getattr(connection.connection, "prepare_threshold", None) is not None)


@functools.cache
def _preparing_cursor_class():
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparingCursor(ServerBindingCursor):
        """Server-side binding; every statement prepared at its first execution."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            return super().execute(query, params, prepare=True, binary=binary)

    return PreparingCursor


@functools.cache
def _debug_wrapper_class():
    from django.db.backends.postgresql.base import CursorDebugWrapper

    class PreparedDebugWrapper(CursorDebugWrapper):
        """Logs the statement with its values, as Django logs a client-bound one (Django
        reads that from the cursor, which a server-side binding cursor does not keep)."""

        def execute(self, sql, params=None):
            with self.debug_sql(self.db.ops.compose_sql(sql, params), params):
                return self._execute_with_wrappers(sql, params, many=False,
                                                   executor=self._execute)

    return PreparedDebugWrapper


def cursor(using: str = DEFAULT_DB_ALIAS, *, prepare: bool = False):
    """A Django cursor (query logging, execute wrappers and error translation as usual).

    ``prepare``: when this connection prepares (:func:`prepares`), a server-side binding
    cursor whose every statement is prepared on the connection at its first execution."""
    connection = connections[using]
    if not prepare:
        return connection.cursor()
    # What BaseDatabaseWrapper._cursor does, with another cursor class.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    if not prepares(using):
        return connection.cursor()
    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.pq import Format

    with connection.wrap_database_errors:
        raw = _preparing_cursor_class()(connection.connection)
        # As DatabaseWrapper.create_cursor does: the connection's time zone for timestamps.
        tz_oid = connection.connection.adapters.types["timestamptz"].oid
        loader = connection.connection.adapters.get_loader(tz_oid, Format.TEXT)
        if connection.timezone != getattr(loader, "timezone", None):
            register_tzloader(connection.timezone, raw)
        connection.validate_thread_sharing()
        if connection.queries_logged:
            return _debug_wrapper_class()(raw, connection)
        return connection.make_cursor(raw)


@dataclass(frozen=True)
class CompiledRows:
    """A model queryset's SQL with its stand-ins, and how its rows become instances."""

    sql: str
    slots: tuple
    model: type[Model]
    fields: slice
    init_list: list
    populators: list
    annotations: dict
    converters: dict
    compiler: Any
    col_count: int
    trim: bool
    using: str

    @classmethod
    def of(cls, queryset: QuerySet, stand_ins: Mapping[str, Any],
           using: str = DEFAULT_DB_ALIAS) -> CompiledRows:
        """Compile ``queryset`` (a plain model queryset: no ``values()``, no prefetch)."""
        if queryset._prefetch_related_lookups or queryset._known_related_objects:
            raise ValueError("a compiled queryset cannot prefetch or carry known objects")
        if queryset._iterable_class.__name__ != "ModelIterable":
            raise ValueError("a compiled queryset yields model instances")
        # As ModelIterable does (django/db/models/query.py), once: the compiler's select
        # list says which columns build the model, its related objects and annotations.
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        select, klass_info = compiler.select, compiler.klass_info
        columns = [s[0] for s in select[:compiler.col_count]]
        if compiler.has_composite_fields(columns):
            raise ValueError("composite fields are not compiled")
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        return cls(
            sql=sql, slots=slots(params, stand_ins), model=klass_info["model"],
            fields=slice(start, end),
            init_list=[column[0].target.attname for column in select[start:end]],
            populators=get_related_populators(klass_info, select, using),
            annotations=dict(compiler.annotation_col_map),
            converters=compiler.get_converters(columns),
            compiler=compiler, col_count=compiler.col_count,
            trim=bool(compiler.has_extra_select), using=using,
        )

    def fetch(self, values: Mapping[str, Any], *, prepare: bool = False) -> list:
        """The rows for ``values`` (one per stand-in name), as model instances, in order."""
        with cursor(self.using, prepare=prepare) as c:
            c.execute(self.sql, bind(self.slots, values))
            rows = c.fetchall()
        return self.instances(rows)

    def instances(self, rows) -> list:
        if self.trim:
            rows = [row[:self.col_count] for row in rows]
        if self.converters:
            rows = self.compiler.apply_converters(rows, self.converters)
        model, using, fields, init_list = self.model, self.using, self.fields, self.init_list
        out = []
        for row in rows:
            obj = model.from_db(using, init_list, row[fields])
            for populator in self.populators:
                populator.populate(row, obj)
            for name, position in self.annotations.items():
                setattr(obj, name, row[position])
            out.append(obj)
        return out
