# `make test` sets up everything the test suite needs on a fresh Debian machine, then runs it.
PYTHON ?= python3
CMAKE_ARGS ?= -DGGML_NATIVE=OFF

.PHONY: test install-test system-deps lint

test: install-test
	$(PYTHON) -m pytest -q -rs

install-test: system-deps
	CMAKE_ARGS="$(CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=2 $(PYTHON) -m pip install -q -e '.[test,local-llm]'

system-deps:
	@command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

lint:
	$(PYTHON) -m ruff check rag index ui evals tests
