#!/usr/bin/env python3
"""Peak memory (RSS) of the real console on a session of 10,000 post-its, with the wall open.

Starts `plenum run PLAN --session FILE` (resuming the session; the plan file is not read) in a
pseudo-terminal of 120x40, lets it settle, opens the wall (`w`) and moves on it, then reads the
process's peak resident set size (VmHWM) from /proc. Prints `name: value unit`.

usage: benchmarks/rss.py PLENUM_BINARY SESSION_FILE
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def drain(fd, seconds):
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                return


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    binary, session = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        os.execve(binary, [binary, "run", "resumed.toml", "--session", session], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    drain(fd, 3.0)
    os.write(fd, b"w")
    drain(fd, 1.0)
    for key in [b"\x1b[B"] * 20 + [b"v", b"\x1b[C", b"T", b"\x1b"]:
        os.write(fd, key)
        drain(fd, 0.1)
    drain(fd, 1.0)
    rss = peak_rss_mb(pid)
    os.write(fd, b"\x1bq")
    drain(fd, 1.0)
    try:
        os.kill(pid, 15)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(f"rss_mb_10k_postits: {rss:.1f} MB")


if __name__ == "__main__":
    main()
