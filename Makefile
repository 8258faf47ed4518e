# Two commands set up everything on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
POLCMP := $(VENV)/bin/polcmp
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test eval bench fuzz lint browser clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m compileall -q polcmp  # what a wheel install does; an editable one leaves it to the first run
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(POLCMP) sources
	$(POLCMP) coverage --baseline national
	$(POLCMP) diff national qingdao --only dropped,added,split || [ $$? -eq 1 ]
	$(POLCMP) diff guangxi tianjin --only reworded,split,added,dropped || [ $$? -eq 1 ]
	$(POLCMP) check tianjin

test: install
	$(VENV)/bin/ruff check polcmp tests scripts
	$(PY) -m pytest -q

eval: install
	$(PY) scripts/evaluate.py
	$(PY) scripts/compare_scorers.py
	$(PY) scripts/compare_plan_units.py
	$(PY) scripts/evaluate_levels.py
	$(PY) scripts/level_probe.py
	$(PY) scripts/first_contact.py

bench: install
	$(PY) scripts/bench.py

# Thousands of mutated lists through read + parse + diff: 0 internal errors and 0 hangs expected.
FUZZ_COUNT ?= 5000
FUZZ_SEED ?= 1
fuzz: install
	$(PY) scripts/fuzz.py --count $(FUZZ_COUNT) --seed $(FUZZ_SEED)

lint: install
	$(VENV)/bin/ruff check polcmp tests scripts

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
