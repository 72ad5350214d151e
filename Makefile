# Partner Track Explorer. `make run` builds and serves the app; `make test`
# runs every check. See README.md.

GO       ?= go
PORT     ?= 8000
# BASE is the path prefix for a sub-path deployment, e.g. BASE=/partner-track/.
BASE     ?=
DIST     := dist
WASM     := build/app.wasm
WASM_ENV := GOOS=js GOARCH=wasm
# Packages compiled into the wasm, vetted for js/wasm too.
WASM_PKGS := ./app ./app/ui ./app/corpus ./app/content ./app/facts ./app/site ./seeds ./app/search ./app/timeline ./app/chart ./app/viewership ./app/compare ./app/cast

.PHONY: all build run test vet unit e2e chromium npm bench clean

all: build

## build: write the deployable static site to dist/
build:
	$(GO) run ./app -check
	$(WASM_ENV) $(GO) build -trimpath -ldflags="-s -w" -o $(WASM) ./app
	$(GO) run ./app -out $(DIST) -wasm $(WASM) -base "$(BASE)"

## run: build, then serve dist/ on http://127.0.0.1:$(PORT)
run: build
	$(GO) run ./app/cmd/serve -dir $(DIST) -addr 127.0.0.1:$(PORT) -base "$(BASE)"

## test: vet (host and js/wasm), unit tests, browser tests
test: vet unit e2e

vet:
	@unformatted=$$(gofmt -l app seeds); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags e2e ./app/e2e
	$(WASM_ENV) $(GO) vet $(WASM_PKGS)

unit:
	$(GO) test ./...

e2e: chromium npm build
	$(GO) test -tags e2e -count=1 ./app/e2e -dist $(abspath $(DIST))

## chromium: install Debian's chromium when it is missing
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing chromium with apt-get"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

## npm: install the browser tests' JavaScript tools (axe-core) from the lockfile
npm: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

clean:
	rm -rf $(DIST) build
