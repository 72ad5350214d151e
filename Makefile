# Partner Track Explorer. `make run` builds and serves the app; `make test`
# runs every check. See README.md.

GO       ?= go
PORT     ?= 8000
# BASE is the path prefix for a sub-path deployment, e.g. BASE=/partner-track/.
BASE     ?=
DIST     := dist
WASM     := build/app.wasm
WASM_ENV := GOOS=js GOARCH=wasm
# WASM_FLAGS build both wasms (ours and the bench's hello-world floor). The
# views of app/ui are compiled without inlining: go-app's element
# constructors and our small helpers were copied into hundreds of call
# sites, and the wasm is 28 KB smaller with brotli without them. The floor
# has no such package, so its code is unchanged; Go only records the flag
# in its build info (55 bytes, which moved its brotli size by 3 KB).
WASM_FLAGS := -trimpath -ldflags="-s -w" -gcflags=partnertrack/app/ui=-l
# Packages compiled into the wasm, vetted for js/wasm too.
WASM_PKGS := ./app ./app/ui ./app/corpus ./app/corpus/snapshot ./app/content ./app/facts ./app/site ./seeds ./app/search ./app/timeline ./app/chart ./app/viewership ./app/compare ./app/cast ./app/internal/lazyre

# SNAPSHOT is where the build writes the sections it derived, as JSON, for
# the wasm to embed (package app/corpus/snapshot); never committed.
SNAPSHOT := app/corpus/snapshot

.PHONY: all build snapshot run test vet unit budget e2e chromium npm bench hello hello-padded redraw redraw-goapp lighthouse clean

all: build

## build: write the deployable static site to dist/
build: snapshot
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o $(WASM) ./app
	$(GO) run ./app -out $(DIST) -wasm $(WASM) -base "$(BASE)" -snapshot-in $(SNAPSHOT)

## snapshot: check the seeds and derive every section (a bad seed fails here,
## naming the file), writing them where the wasm embeds them
snapshot:
	$(GO) run ./app -snapshot $(SNAPSHOT)

## run: build, then serve dist/ on http://127.0.0.1:$(PORT)
run: build
	$(GO) run ./app/cmd/serve -dir $(DIST) -addr 127.0.0.1:$(PORT) -base "$(BASE)"

## test: vet (host and js/wasm), unit tests, the wasm size budget, browser tests
test: vet unit budget e2e

vet: snapshot
	@unformatted=$$(gofmt -l app seeds bench); if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	$(GO) vet -tags e2e ./app/e2e
	$(GO) vet -tags budget ./bench/budget
	$(WASM_ENV) $(GO) vet ./bench/hello
	$(WASM_ENV) $(GO) vet -tags pad ./bench/hello
	$(WASM_ENV) $(GO) vet ./bench/redraw
	$(WASM_ENV) $(GO) vet -tags keep ./bench/redraw
	$(WASM_ENV) $(GO) vet $(WASM_PKGS)

unit:
	$(GO) test ./...

## budget: fail when the brotli wasm that make build wrote passes its byte budget (bench/budget)
budget: build
	$(GO) test -tags budget -count=1 ./bench/budget -run TestBuiltWasm -web $(abspath $(DIST))/web

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

## bench: build our site, the hello-world floor, the redraw floor and the
## page floor, and measure them (sizes, Lighthouse, time to interactive, interaction
## latency); prints and writes bench/results.md. Takes about 40 minutes on
## 2 cores. TTI_RUNS, IA_RUNS, LH_RUNS (our site and the hello-world floor)
## and LH_FLOOR_RUNS (the page floor) set the number of runs; Lighthouse is
## the median of 3 (a single run now and then reports an LCP of FCP + 9 s:
## on loopback the preloaded wasm can finish downloading before the first
## paint, and Lighthouse's simulation counts every request that ended
## before the largest paint as needed for it, so it adds the wasm's
## simulated slow-4G download); LH_RUNS=1 saves about 8 minutes. One
## interaction's runs at 4× spread over ±40 ms on this machine: in four
## repeats the pair change's median of 5 runs was 98–120 ms, of 21 runs
## 84–105 ms; 21 runs of all seven interactions take under two minutes.
TTI_RUNS      ?= 10
IA_RUNS       ?= 21
LH_RUNS       ?= 3
LH_FLOOR_RUNS ?= 1
BENCH_OUT     := bench/out
CHROME_PATH   ?= /usr/bin/chromium
bench: BASE :=
bench: chromium lighthouse build hello redraw
	CHROME_PATH=$(CHROME_PATH) $(GO) run ./app/cmd/bench -since $(BENCH_START) -dist $(DIST) -hello $(BENCH_OUT)/hello \
		-redraw $(BENCH_OUT)/redraw \
		-floor $(BENCH_OUT)/pagefloor -out bench/results.md -tti-runs $(TTI_RUNS) -ia-runs $(IA_RUNS) \
		-lh-runs $(LH_RUNS) -lh-floor-runs $(LH_FLOOR_RUNS)

BENCH_START := $(shell date +%s)

## hello: the go-app hello-world floor, built like ours, as a static site
hello:
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o $(BENCH_OUT)/hello.wasm ./bench/hello
	$(GO) run ./bench/hello -out $(BENCH_OUT)/hello -wasm $(BENCH_OUT)/hello.wasm

## hello-padded: the hello world with our client's code and data linked in
## but not run (bench/hello/pad_client.go): as heavy as our wasm, starting
## like the hello world. Measure against it with
## go run ./app/cmd/bench -hello $(BENCH_OUT)/padded -hello-wasm $(BENCH_OUT)/padded.wasm
## -skip-lighthouse -skip-startup -ia-only none -out /tmp/padded.md (after make build)
hello-padded:
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -tags pad -o $(BENCH_OUT)/padded.wasm ./bench/hello
	$(GO) run ./bench/hello -out $(BENCH_OUT)/padded -wasm $(BENCH_OUT)/padded.wasm

## redraw: the redraw floor (bench/redraw): our built site (make build first)
## with go-app's smallest program that shows its pages in place of our wasm,
## built like ours; its time to interactive is what our pages cost under
## go-app, whatever the code
redraw:
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -o $(BENCH_OUT)/redraw.wasm ./bench/redraw
	$(GO) run ./bench/redraw -dist $(DIST) -wasm $(BENCH_OUT)/redraw.wasm -out $(BENCH_OUT)/redraw

## redraw-goapp: the redraw floor with go-app's own app.js (the hello
## world's) in place of ours, and the same again with go-app mounted beside
## the prerendered page instead of replacing it (bench/redraw, tag keep):
## go-app's start under our pages with nothing of ours but the pages. After
## make build, measure the two against the hello world with
## go run ./app/cmd/bench -dist $(BENCH_OUT)/keep -redraw $(BENCH_OUT)/redraw-goapp -hello-wasm "" -wasm ""
## -floor /tmp/pagefloor -skip-lighthouse -skip-startup -ia-only none -out /tmp/keep.md
## (the report's "ours" is then the keep build)
redraw-goapp: hello redraw
	$(WASM_ENV) $(GO) build $(WASM_FLAGS) -tags keep -o $(BENCH_OUT)/keep.wasm ./bench/redraw
	$(GO) run ./bench/redraw -dist $(DIST) -wasm $(BENCH_OUT)/keep.wasm -goapp-js $(BENCH_OUT)/hello/app.js -out $(BENCH_OUT)/keep
	$(GO) run ./bench/redraw -dist $(DIST) -wasm $(BENCH_OUT)/redraw.wasm -goapp-js $(BENCH_OUT)/hello/app.js -out $(BENCH_OUT)/redraw-goapp

## lighthouse: install the pinned Lighthouse (bench/package-lock.json) when missing or stale
lighthouse:
	@[ bench/node_modules/.package-lock.json -nt bench/package-lock.json ] || npm ci --prefix bench --no-audit --no-fund

clean:
	rm -rf $(DIST) build $(BENCH_OUT) $(SNAPSHOT)/sections.go
