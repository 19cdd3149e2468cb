# RepSheet — build, demo, test and install.
# `make demo` and `make test` install the Debian packages they need when missing.

PREFIX ?= /usr/local
SWIFT ?= swift
APT_PACKAGES = libcairo2-dev libpango1.0-dev librsvg2-dev libfontconfig-dev poppler-utils qpdf pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && [ "$$(id -u)" != 0 ] && echo sudo)
RELEASE_BIN = .build/release/repsheet

.PHONY: all deps build release demo test docs-image docs-exercises install uninstall format lint clean

all: release

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: release
	$(RELEASE_BIN) render examples/back-stretches.yaml -o back-stretches.pdf
	$(RELEASE_BIN) render examples/back-stretches.yaml -o back-stretches.png

test: deps
	$(SWIFT) test

docs-image: release
	$(RELEASE_BIN) render examples/back-stretches.yaml -o docs/back-stretches.png --dpi 96
	rm -f docs/back-stretches-[2-9].png

docs-exercises: release
	$(RELEASE_BIN) exercises sheet -o docs/exercises.png --dpi 110

install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/repsheet
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/repsheet
	cp -R Fonts Layouts Exercises examples $(DESTDIR)$(PREFIX)/share/repsheet/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/repsheet
	rm -rf $(DESTDIR)$(PREFIX)/share/repsheet

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

lint:
	$(SWIFT) format lint -r Sources Tests

clean:
	rm -rf .build back-stretches*.pdf back-stretches*.png
