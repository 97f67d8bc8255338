#!/usr/bin/env python3
"""Rebuild NotoSansSC-Regular-GB2312.otf from Debian's fonts-noto-cjk.

The full Simplified Chinese face is 16 MB; the kiosk needs the UI strings
and the common characters of agency data. GB 2312 (6,763 hanzi plus CJK
punctuation and full-width forms) covers both; every character of
locales/zh-Hans/*.ftl is added as well, so a new translation never shows
a box (tests/fonts.rs checks this).

Needs: apt-get install fonts-noto-cjk; pip install fonttools.
Run from the repository root: python3 assets/fonts/make-cjk-subset.py
"""
import glob
import subprocess

SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FACE_SC = 2  # index of "Noto Sans CJK SC" inside the collection
OUT = "assets/fonts/NotoSansSC-Regular-GB2312.otf"

chars = set()
for lead in range(0xA1, 0xF8):
    if 0xA4 <= lead < 0xB0:  # kana, Greek, Cyrillic, box drawing: other fonts cover them
        continue
    for trail in range(0xA1, 0xFF):
        try:
            chars.add(bytes([lead, trail]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
for path in glob.glob("locales/zh-Hans/*.ftl"):
    with open(path, encoding="utf-8") as f:
        chars.update(c for c in f.read() if ord(c) > 0x2000)

with open("/tmp/cjk-subset-chars.txt", "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))

subprocess.run(
    [
        "pyftsubset", SOURCE, f"--font-number={FACE_SC}",
        "--text-file=/tmp/cjk-subset-chars.txt", f"--output-file={OUT}",
        "--layout-features=*", "--no-hinting",
    ],
    check=True,
)
print(f"{OUT}: {len(chars)} characters")
