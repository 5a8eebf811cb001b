"""Commands that embed nothing never load the model: listing, showing, removing or finding
similar postings in an index of the bundled model imports neither torch nor
sentence-transformers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from matcher.embed.models import DEFAULT_MODEL, FakeEmbedder, LazyEmbedder, lazy_embedder
from matcher.index import Index
from matcher.postings import load_postings

from .helpers import ROOT, SEEDS

SEED = "003_9161710239a7ba33"


class LooksLikeTheBundledModel(FakeEmbedder):
    """Fake vectors stored under the bundled model's name and size."""
    name, dim = DEFAULT_MODEL, 384


def test_the_bundled_models_size_is_read_from_its_files():
    lazy = LazyEmbedder(DEFAULT_MODEL)
    assert lazy.name == DEFAULT_MODEL and lazy.dim == 384
    assert LazyEmbedder("minilm-int8").name == "all-MiniLM-L6-v2-int8"
    assert lazy_embedder("fake").name == "fake"


@pytest.mark.parametrize("command", [["index", "list"], ["index", "stats"], ["show", SEED],
                                     ["similar", SEED, "-k", "2"], ["index", "rebuild"],
                                     ["index", "remove", SEED]])
def test_commands_that_embed_nothing_load_no_model(tmp_path, command):
    with Index.open(tmp_path / "index", LooksLikeTheBundledModel(), create=True) as index:
        index.add(load_postings([SEEDS]))
    script = ("import json, sys\nfrom matcher.cli import cli\n"
              "try:\n    cli(sys.argv[1:], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
              "print(json.dumps({m: m in sys.modules for m in ('torch', 'sentence_transformers', 'pandas')}))")
    env = {k: v for k, v in os.environ.items() if k != "MATCHER_MODEL"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-c", script, "--index-dir", str(tmp_path / "index"), *command],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"torch": False, "sentence_transformers": False,
                                                                "pandas": False}
