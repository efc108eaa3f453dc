# Two entry points for a fresh machine (see README): `make run` and `make test`.
# Both create .venv with the interpreter in $(PYTHON) and install the project into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint forms translations icons dist install-desktop bench clean

run: $(VENV)/.installed
	$(BIN)/python main.py $(ARGS)

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.created setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $@ $(VENV)/.installed

forms: $(VENV)/.installed
	$(BIN)/python scripts/build_forms.py

translations: $(VENV)/.installed
	$(BIN)/python scripts/build_translations.py

icons: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/build_icons.py

# The one-folder build: dist/liaison-desktop/ holds liaison-desktop and liaison.
dist: $(VENV)/.installed-test
	$(BIN)/pyinstaller --noconfirm --clean liaison.spec

# Put Liaison Desktop in this user's desktop menu (Linux).
install-desktop: $(VENV)/.installed
	$(BIN)/liaison-desktop --install-desktop-entry

bench: $(VENV)/.installed-test
	$(BIN)/python -m bench $(ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
