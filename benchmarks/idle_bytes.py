#!/usr/bin/env python3
"""Bytes per second and CPU an idle console sends to its terminal while a block's timer runs.

Starts the real binary (`plenum demo`) in a pseudo-terminal of 100x30 (TERM=xterm-256color),
presses Space to start the day, lets it settle for 3 s, then counts every byte it writes to the
terminal for 10 s and the CPU time it used. Prints `name: value unit` lines.

usage: benchmarks/idle_bytes.py PLENUM_BINARY [SECONDS]
"""
import fcntl
import os
import pty
import select
import struct
import sys
import tempfile
import termios
import time


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks / os.sysconf("SC_CLK_TCK")


def read_for(fd, seconds):
    count = 0
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            try:
                count += len(os.read(fd, 65536))
            except OSError:
                break
    return count


def main():
    binary = os.path.abspath(sys.argv[1])
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 10.0
    folder = tempfile.mkdtemp(prefix="plenum-idle-")
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(folder)
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", TZ="Europe/Copenhagen")
        os.execve(binary, [binary, "demo"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    read_for(fd, 2.0)
    os.write(fd, b" ")  # start the day: the first block's timer runs
    read_for(fd, 3.0)
    cpu_before = cpu_seconds(pid)
    sent = read_for(fd, seconds)
    cpu = cpu_seconds(pid) - cpu_before
    os.write(fd, b"q")
    read_for(fd, 1.0)
    try:
        os.kill(pid, 15)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(f"idle_console_bytes_per_s: {sent / seconds:.1f} B/s")
    print(f"idle_console_cpu_percent: {100 * cpu / seconds:.2f} %")


if __name__ == "__main__":
    main()
