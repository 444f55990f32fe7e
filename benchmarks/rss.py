#!/usr/bin/env python3
"""Peak memory (RSS) of the real console on a session of 10,000 post-its, with the wall open.

Starts `plenum run PLAN --session FILE` (resuming the session; the plan file is not read) in a
pseudo-terminal of 120x40, lets it settle, opens the wall (`w`) and moves on it with the keys the
terminal really sends (in keypad mode ↓ is ESC O B, → is ESC O C), checks that the screen changed
after each key, then reads the process's peak resident set size (VmHWM) from /proc.
Prints `name: value unit`.

usage: benchmarks/rss.py PLENUM_BINARY SESSION_FILE
"""
import os
import sys

from ptyproc import PtyProcess

DOWN, RIGHT = b"\x1bOB", b"\x1bOC"


def main():
    binary, session = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    console = PtyProcess([binary, "run", "resumed.toml", "--session", session], 120, 40)
    console.read_for(3.0)
    unchanged = 0
    for key in [b"w"] + [DOWN] * 20 + [b"v", RIGHT, b"T", b"\x1b"]:
        console.write(key)
        if not console.read(2.0):
            unchanged += 1
        console.settle(0.1)
    console.read_for(1.0)
    rss = console.peak_rss_mb()
    console.stop(b"\x1bq")
    print(f"rss_mb_10k_postits: {rss:.1f} MB")
    print(f"rss_keys_without_a_screen_change: {unchanged} keys")


if __name__ == "__main__":
    main()
