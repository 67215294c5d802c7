# Two entry points for a fresh machine with Python 3.11+:
#   make edition   install into .venv and make an MP3 of the sample article, offline
#   make test      install into .venv (with test extras) and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/sample_article.txt
OUT ?= out

.PHONY: install install-test edition test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

edition: install
	mkdir -p $(OUT)
	$(BIN)/audio-edition build $(SAMPLE) --engine espeak -o $(OUT)/sample_article.mp3
	@echo "Your audio edition: $(OUT)/sample_article.mp3"

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
