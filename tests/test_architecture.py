"""The dependency direction of docs/architecture.md, checked against the code.

Every module of every app is parsed with ``ast`` (migrations, management commands and
imports inside functions included, since a lazy import is a dependency all the same), and
each reference to another app of ours must follow ``DEPENDS_ON``.  What counts as a
reference: ``import x`` / ``from x import y`` anywhere in the module, relative imports,
``importlib.import_module("x")`` / ``__import__("x")`` with a literal name,
``apps.get_model("x", ...)`` / ``get_model("x.Model")`` and migration dependencies.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"

# The dependency direction, declared once.  Each app names the apps it may import
# directly; the relation is transitive (``needs`` may import ``authz`` through
# ``organizations``).  Nothing may import ``config``, the composition root.
# docs/architecture.md draws exactly these arrows (checked below).
DEPENDS_ON: dict[str, set[str]] = {
    "authz": set(),
    "organizations": {"authz"},
    "needs": {"organizations"},
    "members": {"authz"},
    "matching": {"needs", "members"},
    "config": {"matching"},
}


def allowed(app: str) -> set[str]:
    """Every app ``app`` may import: its own and those reachable along the arrows."""
    seen: set[str] = {app}
    todo = [app]
    while todo:
        for dep in DEPENDS_ON[todo.pop()]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


@dataclass(frozen=True)
class Reference:
    path: str
    line: int
    target: str  # a dotted module name (or an app label for get_model / migrations)
    how: str  # "import", "lazy import", "import_module", "get_model", "migration"

    @property
    def app(self) -> str:
        return self.target.split(".", 1)[0]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (level - 1)] if level > 1 else package
    return ".".join([*base, name] if name else base)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def references(source: str, path: str, module: str, *, is_package: bool = False) -> list[Reference]:
    """Every reference to a module or app that ``source`` makes, wherever it sits."""
    tree = ast.parse(source, filename=path)
    # Imports inside a function (or a method) are lazy: found all the same, named so.
    lazy_nodes: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    lazy_nodes.add(id(inner))
    found: list[Reference] = []
    for node in ast.walk(tree):
        how = "lazy import" if id(node) in lazy_nodes else "import"
        if isinstance(node, ast.Import):
            found += [Reference(path, node.lineno, alias.name, how) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = (
                _resolve_relative(module, is_package, node.level, node.module)
                if node.level
                else node.module or ""
            )
            found.append(Reference(path, node.lineno, target, how))
            if node.level and not node.module:  # from . import x, y: each is a module
                found += [Reference(path, node.lineno, f"{target}.{a.name}", how)
                          for a in node.names]
        elif isinstance(node, ast.Call) and node.args:
            name, first = _call_name(node), _literal(node.args[0])
            if first is None:
                continue
            if name in ("import_module", "__import__"):
                found.append(Reference(path, node.lineno, first, "import_module"))
            elif name == "get_model":
                found.append(Reference(path, node.lineno, first.split(".", 1)[0], "get_model"))
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "dependencies" for t in node.targets
        ) and isinstance(node.value, ast.List):
            for item in node.value.elts:
                if isinstance(item, ast.Tuple) and item.elts and _literal(item.elts[0]):
                    found.append(Reference(path, node.lineno, _literal(item.elts[0]), "migration"))
    return found


def violations(app: str, refs: list[Reference]) -> list[str]:
    ok = allowed(app)
    out = []
    for ref in refs:
        if ref.app in DEPENDS_ON and ref.app not in ok:
            may = ", ".join(sorted(ok - {app})) or "nothing of ours"
            out.append(f"{ref.path}:{ref.line}: {ref.how} of {ref.target!r} — {app} may "
                       f"import only: {may} (docs/architecture.md)")
    return out


def app_references(app: str) -> list[Reference]:
    refs = []
    for path in sorted((ROOT / app).rglob("*.py")):
        refs += references(path.read_text(), str(path.relative_to(ROOT)), _module_name(path),
                           is_package=path.name == "__init__.py")
    return refs


@pytest.mark.parametrize("app", sorted(DEPENDS_ON))
def test_app_imports_follow_the_documented_direction(app):
    refs = app_references(app)
    assert refs, f"no module of {app} was parsed"
    assert violations(app, refs) == []


def test_every_app_of_ours_is_declared():
    ours = {name.split(".")[0] for name in settings.INSTALLED_APPS if (ROOT / name).is_dir()}
    ours.add(settings.ROOT_URLCONF.split(".")[0])
    assert ours == set(DEPENDS_ON), "declare the new app in DEPENDS_ON and the doc's diagram"


def test_the_direction_has_no_cycle():
    for app, deps in DEPENDS_ON.items():
        for dep in deps:
            assert app not in allowed(dep), f"{app} <-> {dep}"


def documented_edges() -> set[tuple[str, str]]:
    text = DOC.read_text()
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.DOTALL)
    block = next((b for b in blocks if "%% dependency direction" in b), None)
    assert block is not None, "docs/architecture.md lost its dependency-direction diagram"
    return set(re.findall(r"^\s*(\w+)\s*-->\s*(\w+)\s*$", block, re.MULTILINE))


def test_the_doc_draws_the_declared_direction():
    declared = {(app, dep) for app, deps in DEPENDS_ON.items() for dep in deps}
    assert documented_edges() == declared


# --- the checker itself: it must see what it is meant to see --------------------------


def test_a_lazy_import_against_the_direction_is_caught():
    source = (
        "import uuid\n"
        "def actor_from_claims(claims):\n"
        "    if claims:\n"
        "        from members.models import Member\n"
        "        return Member\n"
    )
    refs = references(source, "authz/tokens.py", "authz.tokens")
    found = violations("authz", refs)
    assert len(found) == 1
    assert "authz/tokens.py:4: lazy import of 'members.models'" in found[0]


@pytest.mark.parametrize(
    "source",
    [
        "from config.graphql import keyset_connection\n",
        "import config.admin_dashboard\n",
        "class A:\n    def f(self):\n        import config\n",
        "import importlib\nimportlib.import_module('config.graphql')\n",
        "__import__('config')\n",
        "from django.apps import apps\napps.get_model('config', 'Thing')\n",
        "try:\n    import config.schema\nexcept ImportError:\n    pass\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from config import schema\n",
    ],
)
def test_every_kind_of_reference_to_config_is_caught(source):
    refs = references(source, "needs/schema.py", "needs.schema")
    assert violations("needs", refs), source


def test_relative_imports_are_resolved():
    refs = references("from .. import models\nfrom .base import X\n",
                      "needs/extraction/llm.py", "needs.extraction.llm")
    assert {r.target for r in refs} == {"needs", "needs.models", "needs.extraction.base"}
    assert violations("needs", refs) == []


def test_migration_dependencies_count():
    source = "dependencies = [('members', '0001_initial'), ('needs', '0002_x')]\n"
    refs = references(source, "needs/migrations/0003.py", "needs.migrations.0003")
    assert [r.target for r in violations_refs("needs", refs)] == ["members"]


def violations_refs(app: str, refs: list[Reference]) -> list[Reference]:
    return [r for r in refs if r.app in DEPENDS_ON and r.app not in allowed(app)]


def test_imports_allowed_by_the_direction_pass():
    source = "from authz import Actor\nfrom organizations.models import Source\n"
    assert violations("needs", references(source, "needs/x.py", "needs.x")) == []
    assert violations("config", references("import matching.schema\nimport authz\n",
                                           "config/schema.py", "config.schema")) == []
