#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, from the real guide and the test fixtures.

Usage: python3 fuzz/seeds.py OUT_DIR [FIELDGUIDE_BINARY]

Writes OUT_DIR/<target>/<name> for every target. The committed corpora (fuzz/corpus/) were
started from these and then grown and minimised by the fuzzer (`cargo fuzz cmin`); run this only
to start again from scratch. The pack seeds need the `fieldguide` command to build signed packs
with the test keys (tests/keys/).
"""
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The languages of fieldguide::fuzzing::query, in its order (the first byte of a query input).
QUERY_LANGS = ["en", "sv", "da", "nb", "fi", "is", "et", "lv", "lt", "pl", "de", "bg", "ro",
               "uk", "ru", "vi", "zh-Hans", "th", "ar", "fa-AF", "sv-SE", "xx", ""]


def put(out, target, data, name=None):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    (d / (name or hashlib.sha1(data).hexdigest())).write_bytes(data)


def main():
    out = Path(sys.argv[1])
    fieldguide = sys.argv[2] if len(sys.argv) > 2 else None
    content = ROOT / "guide-content"
    fixtures = ROOT / "tests" / "fixtures"
    # render: every English section, the two shortest of every other language, the fixtures'.
    for f in sorted((content / "en").glob("*.md")):
        put(out, "render", f.read_bytes())
    for lang in sorted(p for p in content.iterdir() if p.is_dir()):
        if lang.name in ("en", "countries", "reviews"):
            continue
        for f in sorted(lang.glob("*.md"), key=lambda p: p.stat().st_size)[:2]:
            put(out, "render", f.read_bytes())
    for f in sorted(fixtures.glob("*/guide-content/*/*.md")):
        put(out, "render", f.read_bytes())
    # country: every country file of the guide and of the fixtures.
    for f in sorted(content.glob("countries/*.toml")) + sorted(fixtures.glob("*/guide-content/countries/*.toml")):
        put(out, "country", f.read_bytes())
    # fluent: every locale of the guide and of the fixtures.
    for f in sorted((ROOT / "locales").glob("*/app.ftl")) + sorted(fixtures.glob("*/locales/*/app.ftl")):
        put(out, "fluent", f.read_bytes())
    # query: the relevance queries, each in its language, listing one and every language.
    for line in (fixtures / "search" / "queries.tsv").read_text().splitlines()[1:]:
        lang, _kind, query, _expected = line.split("\t")
        index = QUERY_LANGS.index(lang) if lang in QUERY_LANGS else 0
        put(out, "query", bytes([index, 10 << 1]) + query.encode())
        put(out, "query", bytes([index, (5 << 1) | 1]) + query.encode())
    # pack: real signed packs (trusted, endorsed, untrusted), truncated and damaged copies, and
    # the archive alone, uncompressed (the target gzips input that is not a pack).
    if fieldguide:
        keys = ROOT / "tests" / "keys"
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            packs = []
            for guide in ("referral", "good"):
                p = tmp / f"{guide}.trmpack"
                subprocess.run([fieldguide, "pack", "build", "--key", keys / "trusted/test-trusted.key",
                                "--summary", "fuzz seed", "--out", p, fixtures / guide], check=True)
                packs.append(p)
            endorsement = tmp / "endorsement.sig"
            subprocess.run([fieldguide, "pack", "endorse", "--key", keys / "trusted/test-trusted.key",
                            "--new", keys / "untrusted/test-rotated.pub", "--out", endorsement], check=True)
            p = tmp / "endorsed.trmpack"
            subprocess.run([fieldguide, "pack", "build", "--key", keys / "untrusted/test-rotated.key",
                            "--endorsed-key", keys / "untrusted/test-rotated.pub", "--endorsement",
                            endorsement, "--out", p, fixtures / "referral"], check=True)
            packs.append(p)
            p = tmp / "stranger.trmpack"
            subprocess.run([fieldguide, "pack", "build", "--key", keys / "untrusted/test-stranger.key",
                            "--out", p, fixtures / "referral"], check=True)
            packs.append(p)
            for p in packs:
                data = p.read_bytes()
                put(out, "pack", data)
                for cut in (9, 30, 200, len(data) // 2, len(data) - 8):
                    put(out, "pack", data[:cut])
                for at in (40, 200, len(data) - 100):
                    damaged = bytearray(data)
                    damaged[at] ^= 0x20
                    put(out, "pack", bytes(damaged))
                header_end = data.index(b"\n", data.index(b"header-bytes: ")) + 1
                n = int(data[len(b"TRMPACK 1\nheader-bytes: "):header_end - 1])
                put(out, "pack", gzip.decompress(data[header_end + n:]))


if __name__ == "__main__":
    main()
