# matcher — two commands: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
INDEX  ?= index
PORT   ?= 5000
# Where pip finds PyTorch.  Empty: the package registry as configured (a CPU build here);
# elsewhere name PyTorch's CPU wheel index so that no CUDA wheels are pulled, e.g.
#   make run TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
TORCH_INDEX_URL ?=

.PHONY: install run test test-fast lint docs bench eval browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of PyTorch first, so that sentence-transformers never pulls CUDA wheels.
	$(BIN)/pip install --quiet torch==2.13.0 $(if $(TORCH_INDEX_URL),--index-url $(TORCH_INDEX_URL))
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

$(INDEX)/matcher.db: | $(STAMP)
	$(BIN)/matcher --index-dir $(INDEX) index add seeds/

run: $(STAMP) $(INDEX)/matcher.db
	$(BIN)/matcher --index-dir $(INDEX) serve --host 127.0.0.1 --port $(PORT)

# Debian's chromium for the real-browser test (never `playwright install`); skipped without root.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "chromium could not be installed: the browser test will be skipped"; \
	  else echo "not root: chromium not installed, the browser test will be skipped"; fi; }

# Lint: ruff (pycodestyle, pyflakes, import order, bugbear, pyupgrade) and the generated
# docs (the settings tables come from matcher/config.py; `make docs` writes them).
lint: $(STAMP)
	$(BIN)/ruff check matcher tools tests
	$(BIN)/cog --check README.md docs/API.md

docs: $(STAMP)
	$(BIN)/cog -r README.md docs/API.md

test: $(STAMP) browser lint
	$(BIN)/python -m pytest -q

test-fast: $(STAMP) lint
	$(BIN)/python -m pytest -q -m "not model and not browser"

# Labelled data: EVAL=DIR or FILE (default ../shared/eval, present in the project's workspace only).
EVAL ?= ../shared/eval
eval: $(STAMP)
	@test -e $(EVAL) || { echo "make eval: no labelled data at $(EVAL); give EVAL=DIR or FILE of .csv/.jsonl pairs with columns posting, resume (text or a file path), label (Good Fit/Potential Fit/No Fit or a number), e.g. make eval EVAL=examples/pairs.jsonl" >&2; exit 1; }
	$(BIN)/matcher eval $(EVAL)

bench: $(STAMP)
	$(BIN)/python -m tools.bench

clean:
	rm -rf $(VENV) .pytest_cache
