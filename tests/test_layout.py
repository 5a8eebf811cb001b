"""The layout keeps its promises: few top-level modules, subpackages along the data's way,
no import cycle among the package's modules (imports at any depth), no tooling inside."""

from __future__ import annotations

import ast
from pathlib import Path

from .helpers import ROOT

PACKAGE = ROOT / "matcher"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports, anywhere in its body."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    here = name.split(".") if is_package else name.split(".")[:-1]
                    base = ".".join(here[:len(here) - node.level + 1] + ([base] if base else []))
                # `from pkg import sub` imports the submodule when there is one.
                targets |= {f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                            for a in node.names}
        own_package = name if is_package else name.rsplit(".", 1)[0]
        # Taking a name from one's own package's __init__ (`from matcher import __version__`)
        # is not a cycle.
        graph[name] = {t for t in targets if t in modules and t != name
                       and not (t == own_package or own_package.startswith(t + "."))}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_among_the_package_modules():
    graph = _imports()
    assert len(graph) > 30
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_cycle_check_can_fail():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_few_top_level_modules_and_subpackages_along_the_way():
    modules = [p for p in PACKAGE.glob("*.py")]
    packages = [p for p in PACKAGE.iterdir() if (p / "__init__.py").exists()]
    assert len(modules) <= 12, sorted(p.name for p in modules)
    assert {p.name for p in packages} >= {"postings", "resumes", "skills", "embed", "index", "ranking",
                                          "evaluation", "cli", "web"}


def test_the_core_never_imports_a_face():
    faces = ("matcher.cli", "matcher.web")
    for module, targets in _imports().items():
        if module.startswith(faces) or module in ("matcher", "matcher.__main__"):
            continue  # the entry points: `python -m matcher`, matcher.create_app (lazily)
        assert not any(t.startswith(faces) for t in targets), (module, targets)


def test_no_benchmark_or_load_test_code_in_the_package():
    for module in _imports():
        assert "bench" not in module and "loadtest" not in module, module
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        imported |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not {m for m in imported if m == "tools" or m.startswith("tools.")}, path
