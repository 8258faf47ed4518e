"""Writes polcmp/data/t2s-chars.txt: every character OpenCC's t2s conversion changes on its own.

normalize.to_simplified skips OpenCC (about 20 ms to load and unload) for text holding none of them:
Simplified lists, the common case, then never load it. Rerun after upgrading opencc."""

from pathlib import Path

import opencc

RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))
OUT = Path(__file__).resolve().parent.parent / "polcmp" / "data" / "t2s-chars.txt"


def main() -> None:
    converter = opencc.OpenCC("t2s")
    chars = [chr(c) for lo, hi in RANGES for c in range(lo, hi + 1) if converter.convert(chr(c)) != chr(c)]
    lines = ["".join(chars[i : i + 80]) for i in range(0, len(chars), 80)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters -> {OUT}")


if __name__ == "__main__":
    main()
