# Set-up is automatic: every target that needs the virtual environment creates it first, from
# the lock file requirements/cpu.lock (exact versions and hashes), which `make lock` regenerates
# from the `site` group of pyproject.toml.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP_VERSION := 26.3
CPU_LOCK := requirements/cpu.lock
GPU_LOCK := requirements/gpu.lock
# torch's CPU build, installed after cpu.lock (which holds its dependencies): see `make lock`.
TORCH_CPU := requirements/torch-cpu.txt
GPU_VENV ?= .venv-gpu
LATEST_VENV ?= .venv-latest
# The CPU build of torch (torch==X+cpu) is not on PyPI but on PyTorch's CPU index. Where the
# wheel already lies in /opt/wheels, it is taken from there and the index is not asked (pip's
# configuration lists that folder as find-links; uv is given it: TORCH_CPU_SOURCE).
LOCAL_TORCH := $(wildcard /opt/wheels/torch-*+cpu-*.whl)
TORCH_CPU_INDEX ?= $(if $(LOCAL_TORCH),,--extra-index-url https://download.pytorch.org/whl/cpu)
export NO_MKDOCS_2_WARNING := 1
export MPLBACKEND := Agg

# One clear line, not a pip traceback, when python3 is outside the supported range.
define CHECK_PYTHON
import sys
sys.version_info[:3] >= (3, 11, 5) and sys.version_info[:2] <= (3, 13) or sys.exit(f"this project needs Python 3.11.5 to 3.13; {sys.executable} is {sys.version.split()[0]}: install one of them and run make PYTHON=python3.13 ...")
endef
export CHECK_PYTHON

.DEFAULT_GOAL := help

.PHONY: help  ## list the targets
help:
	@grep -E '^\.PHONY: [a-z-]+  ## ' $(MAKEFILE_LIST) | sed -E 's/^\.PHONY: ([a-z-]+)  ## (.*)/  make \1\t\2/' | expand -t 20

# uv installs the locks: the same wheels and hashes as pip, fetched and unpacked in parallel
# (20 s instead of pip's 100 s on a fresh 2-core machine). Its pin is the tools group's.
UV_PIN = $(shell $(PYTHON) -c 'import tomllib; print(*(r for r in tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["tools"] if r.startswith("uv==")))')
# --system-certs: the system's certificates, as pip uses (a proxy's own CA, where there is one).
# --compile-bytecode, as pip does: a library whose source warns when compiled (torchao's invalid
# escapes) would otherwise be compiled at its first import, where the tests make warnings errors.
UV_INSTALL = pip install --quiet --system-certs --compile-bytecode --no-deps
TORCH_CPU_SOURCE ?= $(if $(LOCAL_TORCH),--find-links $(dir $(firstword $(LOCAL_TORCH))),$(TORCH_CPU_INDEX))

# $(1): the environment's folder, $(2): the lock file.
# --no-deps: a lock already lists every dependency, resolved by uv (the CPU lock all but torch,
# whose CPU build comes next: packages that require torch, such as accelerate, would otherwise
# send the installer looking for it); `pip check` then proves the environment consistent.
define install-lock
	@$(PYTHON) -c "$$CHECK_PYTHON"
	test -x $(1)/bin/python || $(PYTHON) -m venv $(1)
	$(1)/bin/python -m pip install --quiet pip==$(PIP_VERSION) $(UV_PIN)
	$(1)/bin/uv $(UV_INSTALL) --python $(1)/bin/python --require-hashes -r $(2)
endef

$(STAMP): $(CPU_LOCK) $(TORCH_CPU)
	$(call install-lock,$(VENV),$(CPU_LOCK))
	$(BIN)/uv $(UV_INSTALL) --python $(BIN)/python -r $(TORCH_CPU) $(TORCH_CPU_SOURCE)
	$(BIN)/python -m pip check
	touch $@

$(GPU_VENV)/.installed: $(GPU_LOCK)
	$(call install-lock,$(GPU_VENV),$(GPU_LOCK))
	$(GPU_VENV)/bin/python -m pip check
	touch $@

.PHONY: install  ## create .venv and install the locked dependencies (requirements/cpu.lock)
install: $(STAMP)

.PHONY: serve  ## serve both languages with live reload on http://127.0.0.1:8000/
# --dirty: a save renders again only the pages it touches (cheatsheet/serving.py)
serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dirty

.PHONY: test  ## run every test: lint, page blocks, snippets, consistency, strict build
# -n 2: the tests are handed out one at a time, a section's test module as a whole
# (pytest_xdist_make_scheduler, tests/conftest.py).
test: $(STAMP)
	$(BIN)/python -m pytest -n 2

.PHONY: test-gpu  ## on a CUDA machine: the GPU blocks of the pages and the GPU checks (.venv-gpu)
test-gpu:
	$(PYTHON) .ci/require_cuda.py --driver
	$(MAKE) --no-print-directory $(GPU_VENV)/.installed
	$(GPU_VENV)/bin/python .ci/require_cuda.py
	CHEATSHEET_GPU=1 $(GPU_VENV)/bin/python -m pytest -m gpu
	CHEATSHEET_GPU=1 $(GPU_VENV)/bin/python -m pytest tests/test_pages.py -k test_page_runs

# A lent GPU machine reaches no package index: its own python3 and torch run the GPU blocks,
# checks and speed claims, with the few wheels it lacks carried in .whl/ (.ci/gpu_offline.py).
.PHONY: gpu-wheels  ## download into .whl/ what `make test-gpu-offline` needs (with the network)
gpu-wheels: $(STAMP)
	$(BIN)/python .ci/gpu_offline.py --prepare

.PHONY: test-gpu-offline  ## GPU blocks, checks and claims with python3's torch, offline (.whl/)
test-gpu-offline:
	$(PYTHON) .ci/gpu_offline.py

# The site group with `==` turned into `>=`: the newest release of every package, except the
# linters (a new lint rule is not a deprecation).
UNPINNED := import tomllib; print(*(r if r.startswith(("ruff==", "actionlint", "shellcheck")) else r.replace("==", ">=") for r in tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["site"]), sep="\n")

.PHONY: test-latest  ## every test against the newest releases of the stack, unlocked (.venv-latest)
test-latest:
	test -x $(LATEST_VENV)/bin/python || $(PYTHON) -m venv $(LATEST_VENV)
	$(LATEST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST_VENV)/bin/python -c '$(UNPINNED)' > $(LATEST_VENV)/latest.txt
	$(LATEST_VENV)/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager -r $(LATEST_VENV)/latest.txt $(TORCH_CPU_INDEX)
	$(LATEST_VENV)/bin/python -m pip list --format=freeze
	touch $(LATEST_VENV)/.installed
	$(MAKE) --no-print-directory test VENV=$(LATEST_VENV)

$(VENV)/.tools: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/python -m pip install --quiet --group tools
	touch $@

# The torch pin of the site group, as the CPU build: torch==X+cpu.
TORCH_PIN = $(shell $(PYTHON) -c 'import tomllib; print(*(r for r in tomllib.load(open("pyproject.toml", "rb"))["dependency-groups"]["site"] if r.startswith("torch==")))')
# One universal lock per kind, for Python 3.11.5-3.13 on Linux x86-64 ([tool.uv] environments):
# the same pins on every supported Python, with markers where a dependency differs by version.
LOCK_OPTS := --group site --generate-hashes --universal --python-version 3.11.5 \
	--custom-compile-command "make lock" --quiet
# The CPU lock leaves out torch and the CUDA libraries of its PyPI build: torch's CPU build
# (X+cpu) is served only by PyTorch's own index, so it is pinned in $(TORCH_CPU) and installed
# with --no-deps after the lock, which holds its other dependencies.
CUDA_ONLY := torch triton cuda-bindings cuda-pathfinder cuda-toolkit nvidia-cublas nvidia-cuda-cupti \
	nvidia-cuda-nvrtc nvidia-cuda-runtime nvidia-cudnn-cu13 nvidia-cufft nvidia-cufile nvidia-curand \
	nvidia-cusolver nvidia-cusparse nvidia-cusparselt-cu13 nvidia-nccl-cu13 nvidia-nvjitlink \
	nvidia-nvshmem-cu13 nvidia-nvtx

.PHONY: lock  ## regenerate requirements/*.lock from pyproject.toml (run after changing a pin)
lock: $(VENV)/.tools
	$(BIN)/uv pip compile pyproject.toml $(LOCK_OPTS) $(addprefix --no-emit-package ,$(CUDA_ONLY)) -o $(CPU_LOCK)
	$(BIN)/uv pip compile pyproject.toml $(LOCK_OPTS) --group gpu -o $(GPU_LOCK)
	printf '%s\n' '# The CPU build of torch, installed with --no-deps after cpu.lock (see the Makefile).' \
	  '# No hash: its wheels (one per Python) are served by the PyTorch index only.' '$(TORCH_PIN)+cpu' > $(TORCH_CPU)

.PHONY: hooks  ## install the pre-commit hooks (the lint checks of make test, on each commit)
hooks: $(VENV)/.tools
	$(BIN)/pre-commit install

.PHONY: build  ## build both languages into site/ (replaced only when the build succeeds)
build: $(STAMP)
	rm -rf .site-new
	$(BIN)/mkdocs build --strict -d .site-new  # not --quiet: it hides the warnings --strict counts
	rm -rf site && mv .site-new site

.PHONY: bench  ## measure the speed claims, the site's speed and what a reader sees (benchmarks/*.json)
bench: $(STAMP)  # every figure is printed even when another fails; exit 1 if any failed
	$(BIN)/python benchmarks/speed_claims.py; claims=$$?; \
	$(BIN)/python benchmarks/site_speed.py; site=$$?; \
	$(BIN)/python benchmarks/reading.py; reading=$$?; \
	$(BIN)/python benchmarks/search_questions.py; search=$$?; \
	$(BIN)/python benchmarks/contributor_loop.py; loop=$$?; \
	exit $$((claims || site || reading || search || loop))

.PHONY: lint  ## the lint tests alone: ruff, actionlint, shellcheck, YAML, lock up to date
lint: $(STAMP)
	$(BIN)/python -m pytest tests/test_lint.py -q

.PHONY: format  ## ruff format (snippets: keeping their `#>` output lines), then ruff check --fix
format: $(STAMP)
	$(BIN)/ruff format .
	find snippets -name '*.py' -print0 | xargs -0 -r $(BIN)/ruff format --quiet
	find snippets -name '*.py' -print0 | xargs -0 -r sed -i -E 's/^([[:space:]]*)# >( |$$)/\1#>\2/'
	$(BIN)/ruff check --fix .

.PHONY: clean  ## remove built output and caches (keeps the environments)
clean:
	rm -rf site .site-new .cache .pytest_cache .ruff_cache test-artifacts
	find . -name __pycache__ -not -path './.venv*' -prune -exec rm -rf {} +
