#!/usr/bin/env python3
"""Makes the fonts the app bundles for the scripts a computer may lack: Arabic (Arabic, Dari),
Thai and Simplified Chinese, cut down to the characters the guide's texts in those languages use
(plus ASCII and common punctuation), so the rights leaflet renders and prints in them on a fresh
machine with no network. Noto fonts, SIL Open Font License 1.1 (ui/fonts/OFL.txt).

Which fonts, from where, for which languages: ui/fonts/fonts.toml. Run after a leaflet in one of those languages changed (a test fails when a character of it is not
in its bundled font):

    apt-get install fonts-noto-core fonts-noto-cjk && pip install fonttools
    scripts/subset-fonts.py
"""
import pathlib
import sys
import tomllib

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "ui" / "fonts"
MANIFEST = OUT / "fonts.toml"

# Always kept: ASCII, and punctuation a translation may add later.
BASE = set(range(0x20, 0x7F)) | {0x00A0, 0x2010, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D,
                                 0x2026, 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C,
                                 0x3001, 0x3002, 0xFF08, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F,
                                 0xFF01, 0x300A, 0x300B, 0x201E, 0x00AB, 0x00BB}


def load(path, name):
    if name is None:
        return TTFont(path)
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1) == name:
            return font
    sys.exit(f"{path}: no font named {name!r}")


def text_of(langs):
    chars = set()
    for lang in langs:
        for f in sorted((ROOT / "guide-content" / lang).glob("*.md")):
            chars |= {ord(c) for c in f.read_text(encoding="utf-8")}
    return chars


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for entry in tomllib.loads(MANIFEST.read_text(encoding="utf-8"))["font"]:
        font = load(entry["source"], entry.get("face"))
        wanted = (text_of(entry["languages"]) | BASE) & set(font.getBestCmap())
        options = subset.Options()
        options.layout_features = ["*"]  # Arabic joining, Thai marks, CJK locl: keep them all
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.drop_tables += ["DSIG"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        out = OUT / entry["file"]
        font.save(out)
        print(f"{out.relative_to(ROOT)}: {len(wanted)} characters, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
