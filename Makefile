PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench bench-quick bench-load bench-chart bench-10m eval eval-claims train-ranker related name-words clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml retrieval/_kernel.pyx | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	# bytecode written once: with PYTHONDONTWRITEBYTECODE set (as in deploy/Dockerfile) every
	# process, each ingest worker among them, would compile retrieval/ from source (~0.1 s of CPU)
	$(BIN)/python -m compileall -q retrieval bot
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/sumber ask "berapa tentara Korut?"

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python eval/facqa.py
	$(BIN)/python eval/answers.py

train-ranker: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python eval/train_ranker.py

bench: $(STAMP)
	$(BIN)/python bench/bench.py --sizes 10000,100000,1000000

bench-quick: $(STAMP)
	$(BIN)/python bench/bench.py --sizes 10000,100000

bench-load: $(STAMP)
	$(BIN)/python bench/load.py

bench-chart: $(STAMP)
	$(BIN)/python bench/chart.py

# related index terms learned from the corpus (retrieval/data/related.tsv); needs the train extra
related: $(STAMP)
	$(BIN)/python -c "import gensim" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[train]"
	$(BIN)/python tools/build_related.py build
	$(BIN)/python tools/build_related.py tune --no-grid

# dictionary words the archive writes as names (retrieval/data/name_words.txt), from ../shared/corpus
name-words: $(STAMP)
	$(BIN)/python tools/build_name_words.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

eval-claims: $(STAMP)
	$(BIN)/python eval/claims_eval.py

# 10M passages through the streaming import (not run by CI; hours on 2 shared cores)
bench-10m: $(STAMP)
	$(BIN)/python bench/bench10m.py --target 10000000
