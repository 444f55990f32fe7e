#!/usr/bin/env python3
"""Bytes per second and CPU an idle console sends to its terminal while a block's timer runs.

Starts the real binary (`plenum demo`) in a pseudo-terminal of 100x30 (TERM=xterm-256color),
presses Space to start the day, lets it settle for 3 s, then counts every byte it writes to the
terminal for 10 s and the CPU time it used. Prints `name: value unit` lines.

usage: benchmarks/idle_bytes.py PLENUM_BINARY [SECONDS]
"""
import os
import sys
import tempfile

from ptyproc import PtyProcess


def main():
    binary = os.path.abspath(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    console = PtyProcess([binary, "demo"], 100, 30, cwd=tempfile.mkdtemp(prefix="plenum-idle-"))
    console.read_for(2.0)
    console.write(b" ")  # start the day: the first block's timer runs
    console.read_for(3.0)
    cpu_before = console.cpu_seconds()
    sent = len(console.read_for(seconds))
    cpu = console.cpu_seconds() - cpu_before
    console.stop()
    print(f"idle_console_bytes_per_s: {sent / seconds:.1f} B/s")
    print(f"idle_console_cpu_percent: {100 * cpu / seconds:.2f} %")


if __name__ == "__main__":
    main()
