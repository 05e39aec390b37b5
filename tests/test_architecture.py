"""The layers of docs/architecture.md hold: the import-linter contracts in pyproject.toml are kept, and
they would catch a forbidden import (shown on the real import graph with one import added).

`lint-imports` (from requirements-dev.txt) prints the same report with the offending import chains.
"""

import copy
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest
from importlinter import configuration
from importlinter.contracts.acyclic_siblings import AcyclicSiblingsContract
from importlinter.contracts.independence import IndependenceContract
from importlinter.contracts.layers import LayersContract

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
CONTRACT_TYPES = {
    "layers": LayersContract,
    "independence": IndependenceContract,
    "acyclic_siblings": AcyclicSiblingsContract,
}


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    configuration.configure()  # import-linter's clock and readers, as its command line sets them up
    return grimp.build_graph(*CONFIG["root_packages"], cache_dir=None)


def check(contract_id: str, graph: grimp.ImportGraph):
    options = next(contract for contract in CONFIG["contracts"] if contract["id"] == contract_id)
    contract = CONTRACT_TYPES[options["type"]](
        name=options["name"],
        session_options={key: value for key, value in CONFIG.items() if key != "contracts"},
        contract_options=options,
    )
    return contract.check(graph, verbose=False)


def test_every_project_package_is_in_the_contracts():
    """A new app must be placed in a layer: otherwise nothing would check what it imports."""
    packages = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"tests", "quality"}
    assert packages <= set(CONFIG["root_packages"])
    layered = {part.strip() for layer in CONFIG["contracts"][0]["layers"] for part in layer.split("|")}
    assert layered == set(CONFIG["root_packages"])


def test_the_import_contracts_are_kept():
    result = subprocess.run(
        [Path(sys.executable).with_name("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("contract_id", "importer", "imported"),
    [
        # A lower layer reaching up: accounts may not know doctors, whose profiles build on it.
        ("layers", "accounts.two_factor", "doctors.models"),
        # The kernel of moderation may not know the content it moderates.
        ("layers", "moderation.services", "questions.models"),
        # reviews is below photos: photos follows reviews' signals, reviews never calls photos.
        ("layers", "reviews.services", "photos.services"),
        # Siblings of one layer: the console and the site's pages stay apart.
        ("layers", "console.admin", "pages.views"),
        # privacy adds its action to the console's member admin at run time, never by an import.
        ("layers", "privacy.admin", "console.admin"),
        # A content app may not reach up into the export that reads it.
        ("layers", "photos.services", "privacy.archive"),
        # Nothing below the project may know the benchmark.
        ("layers", "qasite.urls", "bench.views"),
        ("questions-beside-reviews", "reviews.selectors", "questions.models"),
        # A loop between two modules of one app.
        ("no-module-cycles", "reviews.models", "reviews.services"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(graph, contract_id, importer, imported):
    assert importer in graph.modules and imported in graph.modules
    broken = copy.deepcopy(graph)
    broken.add_import(importer=importer, imported=imported, line_number=1, line_contents=f"import {imported}")
    assert not check(contract_id, broken).kept


def test_the_contracts_hold_on_the_graph_the_failing_examples_start_from(graph):
    """The examples above fail because of the added import, not because the graph was already broken
    there: the same pairs have no import between them today."""
    for importer, imported in [
        ("accounts", "doctors"),
        ("moderation", "questions"),
        ("reviews", "photos"),
        ("console", "pages"),
        ("privacy", "console"),
        ("photos", "privacy"),
        ("qasite", "bench"),
        ("reviews", "questions"),
    ]:
        assert not graph.find_shortest_chain(importer=importer, imported=imported, as_packages=True), (
            importer,
            imported,
        )
    assert not graph.find_shortest_chain(importer="reviews.models", imported="reviews.services")
