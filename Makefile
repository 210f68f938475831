# claimwatch: every target builds .venv itself from pinned versions (requirements.lock).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: demo test eval lint fuzz bench reliability clean venv

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m claimwatch.demo

test: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/python -m pytest -q

# The extraction quality gate: floors only go up (see docs/eval.md).
eval: $(STAMP)
	@test -d $(SHARED)/eval || { echo "no $(SHARED)/eval: nothing to score"; exit 0; }
	bash $(SHARED)/eval/run-eval.sh $(SHARED)/seed $(BIN)/claimwatch --min-f1 1.0
	bash $(SHARED)/eval/run-eval.sh dev $(BIN)/claimwatch --min-f1 $$(cat eval-floor.txt)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/ruff format --check src tests bench tools

fuzz: $(STAMP)
	CLAIMWATCH_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -m fuzz -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# the fault-case table in docs/reliability.md, generated from a run of tests/reliability
reliability: $(STAMP)
	$(BIN)/python bench/reliability_table.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
