# Quick start: `make run` (dashboard on the demo data) and `make test` (every test).
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
DB      ?= $(or $(KUBE_DB),data/kube.duckdb)
PORT    ?= 8501

.PHONY: run test demo lint typecheck bench mutate clean-db chromium

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

$(DB): | $(VENV)/.installed
	$(BIN)/python -m kube_metrics demo --db $(DB)

demo: $(VENV)/.installed
	$(BIN)/python -m kube_metrics demo --db $(DB)

# chromium: the Presentasi page's PDF/PPTX downloads draw their charts with it (Kaleido).
# Localhost only: an office serves it to its network behind a TLS reverse proxy (docs/deploy.md).
ADDRESS ?= 127.0.0.1
run: $(VENV)/.installed $(DB) chromium
	KUBE_DB=$(DB) $(BIN)/streamlit run dashboard.py --server.port $(PORT) --server.address $(ADDRESS) \
		--server.headless true --browser.gatherUsageStats false

# Browser tests need Debian's chromium; as root (CI) install it, elsewhere they skip unless CI=true.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi

test: $(VENV)/.installed-dev chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy

bench: $(VENV)/.installed-dev
	$(BIN)/python scripts/benchmark.py
	$(BIN)/python scripts/benchmark_import.py
	$(BIN)/python scripts/benchmark_metrics.py demo kota provinsi
	$(BIN)/python scripts/benchmark_pages.py --dir $(or $(BENCH_DIR),data/bench)

# Not part of `make test` or CI: minutes of CPU. See DEVELOPERS.md, "Mutation run".
mutate: $(VENV)/.installed-dev
	$(BIN)/python scripts/mutate.py

clean-db:
	rm -f $(DB) $(DB).wal
