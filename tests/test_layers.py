"""Dependencies point down: sumber (the CLI) → ui, evals → rag → index; no import reaches up, none goes round."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("index", "rag", "ui", "evals")
TOP = "sumber"
FORBIDDEN = {
    "index": {"rag", "ui", "evals", TOP},
    "rag": {"ui", "evals", TOP},
    "ui": {TOP},
    "evals": {TOP},
}


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a file imports, at the top or inside a function, relative imports made absolute."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def package_imports() -> dict[str, dict[str, set[str]]]:
    """For each layer package: the other packages of ours it imports, and from which files."""
    graph: dict[str, dict[str, set[str]]] = {name: {} for name in PACKAGES}
    for name in PACKAGES:
        for path in sorted((ROOT / name).rglob("*.py")):
            for module in imported_modules(path):
                target = module.split(".")[0]
                if target != name and target in (*PACKAGES, TOP):
                    graph[name].setdefault(target, set()).add(str(path.relative_to(ROOT)))
    return graph


def test_no_layer_imports_a_layer_above_it():
    graph = package_imports()
    wrong = [
        f"{path} imports {target}"
        for name, targets in graph.items()
        for target, paths in targets.items()
        if target in FORBIDDEN[name]
        for path in sorted(paths)
    ]
    assert not wrong, "\n".join(wrong)


def test_the_packages_import_each_other_without_a_cycle():
    graph = {name: set(targets) & set(PACKAGES) for name, targets in package_imports().items()}

    def cycle_from(node: str, trail: list[str]) -> list[str] | None:
        if node in trail:
            return [*trail[trail.index(node) :], node]
        for target in sorted(graph[node]):
            found = cycle_from(target, [*trail, node])
            if found:
                return found
        return None

    for name in PACKAGES:
        cycle = cycle_from(name, [])
        assert cycle is None, " → ".join(cycle)


def test_ui_goes_through_rag_not_index_internals():
    """The web chat and the API are views over rag.Assistant, the upload types included (accepted_suffixes)."""
    reached = {
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] == "index"
    }
    assert not reached, "\n".join(sorted(reached))


def test_the_walker_sees_imports_inside_functions_and_relative_ones(tmp_path):
    probe = tmp_path / "rag" / "sub" / "probe.py"
    probe.parent.mkdir(parents=True)
    probe.write_text("def f():\n    from ui.app import build_app\n\nfrom ..cite import x\nimport evals.run as r\n")
    found = imported_modules(probe, root=tmp_path)
    assert {"ui.app", "ui.app.build_app", "rag.cite", "rag.cite.x", "evals.run"} <= found


def test_sumber_help_imports_no_heavy_library():
    script = (
        "import sys\n"
        "sys.argv = ['sumber', '--help']\n"
        "from sumber.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'gradio', 'chromadb', 'llama_index', 'rag', 'ui'})\n"
        "print('HEAVY', heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout, done.stdout[-500:]
    assert "Usage: sumber" in done.stdout
