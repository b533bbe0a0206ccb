# The two commands of the README: `make run` and `make test`. Each installs what it needs first
# (scripts/setup.sh is idempotent), so both work on a fresh Debian 12 machine.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)

.PHONY: run serve test test-core lint docs test-e2e bench check-content loadtest fuzz

## Open the desktop app on the guide.
run:
	scripts/setup.sh core app
	cargo run --release -p trm-field-guide --features custom-protocol

## Serve the same UI to a browser on http://127.0.0.1:8080 (read-only, loopback).
serve:
	scripts/setup.sh core
	cargo run --release --features serve -- serve

## Every test: formatting, lints, docs, the core's tests, the content gate, end-to-end tests.
test: lint test-core docs check-content test-e2e

lint:
	scripts/setup.sh core app
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings

test-core:
	scripts/setup.sh core
	cargo test --workspace --exclude trm-field-guide --all-features

docs:
	RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p fieldguide --all-features

## The real guide must pass its own gate (warnings allowed, errors not).
check-content:
	cargo run -q -- check

## Browser scenarios (Chromium against `fieldguide serve`) and the desktop app under Xvfb.
test-e2e:
	tests/e2e/run.sh

bench:
	cargo bench --bench search

## fieldguide serve under 1,000 concurrent clients for 60 s and slow clients (not part of test).
loadtest:
	scripts/setup.sh core
	scripts/loadtest.sh

## Every fuzz target for FUZZ_SECONDS each (default 600), one after the other, growing the
## corpora in fuzz/corpus/ (not part of test; `make test-core` replays the committed corpora).
## Needs nightly Rust and cargo-fuzz, installed here when missing. A crash stops the run and
## leaves its input in fuzz/artifacts/<target>/.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := render country query pack fluent
fuzz:
	rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	for t in $(FUZZ_TARGETS); do \
		case $$t in render) len=8192;; query) len=1024;; *) len=32768;; esac; \
		echo "== fuzz target $$t for $(FUZZ_SECONDS) s (inputs up to $$len bytes)"; \
		cargo +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) \
			-rss_limit_mb=2048 -timeout=10 -max_len=$$len -print_final_stats=1 || exit 1; \
	done
