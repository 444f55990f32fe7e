#!/usr/bin/env python3
"""What the projector and an idle console send to their terminal while a block's timer runs, side by
side with termdown (https://pypi.org/project/termdown/, a countdown in big figlet digits): the peer.

A session whose running block started a moment ago (`plenum-bench --make-postits-session 0`) is
shown by `plenum stage` and by `plenum run --session` (the console), and `termdown 25m` counts
down, each alone in a pseudo-terminal of every size given; after 3 s to settle, every byte written
in SECONDS (default 10) is counted, with the CPU time used. Every figure is the median of REPEATS
(default 3) runs. Prints `name: value unit` lines, and the stage's bytes as a ratio of termdown's.

usage: benchmarks/stage_bytes.py PLENUM PLENUM_BENCH [SECONDS] [REPEATS]
"""
import os
import shutil
import subprocess
import sys
import tempfile

from ptyproc import PtyProcess, median

SIZES = [(80, 24), (100, 30), (200, 60)]


def measure(argv, cols, rows, seconds, cwd):
    proc = PtyProcess(argv, cols, rows, cwd=cwd)
    proc.read_for(3.0)
    cpu_before = proc.cpu_seconds()
    sent = len(proc.read_for(seconds))
    cpu = proc.cpu_seconds() - cpu_before
    proc.stop(b"q")
    return sent / seconds, 100 * cpu / seconds


def termdown():
    """The termdown program, installed from PyPI if it is missing (None if that fails)."""
    found = shutil.which("termdown")
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "termdown"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        found = shutil.which("termdown")
    return found


def main():
    binary, bench = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 10.0
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    folder = tempfile.mkdtemp(prefix="plenum-stage-")
    peer = termdown()
    try:
        for cols, rows in SIZES:
            size = f"{cols}x{rows}"
            figures = {}
            for name, argv in [("stage", [binary, "stage", "s.plenum"]),
                               ("console", [binary, "run", "resumed.toml", "--session", "s.plenum"]),
                               ("termdown", [peer, "25m"] if peer else None)]:
                if argv is None:
                    continue
                runs = []
                for _ in range(repeats):
                    session = os.path.join(folder, "s.plenum")
                    for leftover in [session, session + "-wal", session + "-shm"]:
                        if os.path.exists(leftover):
                            os.remove(leftover)
                    subprocess.run([bench, "--make-postits-session", "0", session], check=True)
                    runs.append(measure(argv, cols, rows, seconds, folder))
                figures[name] = (median([r[0] for r in runs]), median([r[1] for r in runs]))
                print(f"{name}_bytes_per_s_{size}: {figures[name][0]:.1f} B/s", flush=True)
                print(f"{name}_cpu_percent_{size}: {figures[name][1]:.2f} %", flush=True)
            if "termdown" in figures and figures["termdown"][0] > 0:
                print(f"stage_to_termdown_bytes_{size}: {figures['stage'][0] / figures['termdown'][0]:.2f} x", flush=True)
        if not peer:
            print("termdown_missing: 1 (pip install termdown failed; no peer figures)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
