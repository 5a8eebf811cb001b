# matcher — two commands: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
INDEX  ?= index
PORT   ?= 5000

.PHONY: install run test test-fast lint bench eval browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU build of PyTorch first, so that sentence-transformers never pulls CUDA wheels.
	$(BIN)/pip install --quiet torch==2.13.0
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

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not model and not browser"

eval: $(STAMP)
	$(BIN)/matcher eval ../shared/eval

bench: $(STAMP)
	$(BIN)/matcher bench

clean:
	rm -rf $(VENV) .pytest_cache
