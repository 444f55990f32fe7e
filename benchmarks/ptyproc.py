"""A plenum (or peer) process in a pseudo-terminal, for the benchmark scripts: start it at a size,
read what it writes, wait for a text, measure its CPU time, stop it."""
import fcntl
import os
import pty
import select
import struct
import termios
import time


class PtyProcess:
    """One process in its own pseudo-terminal of `cols` x `rows` (TERM=xterm-256color, UTF-8)."""

    def __init__(self, argv, cols, rows, cwd=None, env=None):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            if cwd:
                os.chdir(cwd)
            merged = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", TZ="Europe/Copenhagen")
            merged.update(env or {})
            try:
                os.execvpe(argv[0], argv, merged)
            finally:
                os._exit(127)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

    def read(self, timeout):
        """What arrives within `timeout` seconds of waiting (b"" if nothing)."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            return os.read(self.fd, 1 << 20)
        except OSError:
            return b""

    def read_for(self, seconds):
        """Every byte written in the next `seconds`."""
        data = bytearray()
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            data += self.read(left)
        return bytes(data)

    def wait_for(self, token, timeout):
        """Reads until `token` (bytes) has arrived; the seconds it took, or None after `timeout`."""
        start = time.monotonic()
        seen = bytearray()
        while (left := start + timeout - time.monotonic()) > 0:
            seen += self.read(left)
            if token in seen:
                return time.monotonic() - start
        return None

    def settle(self, quiet, limit=5.0):
        """Reads until nothing arrived for `quiet` seconds (at most `limit`)."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline and self.read(quiet):
            pass

    def write(self, data):
        os.write(self.fd, data)

    def cpu_seconds(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime

    def peak_rss_mb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self, keys=b"q"):
        try:
            self.write(keys)
        except OSError:
            pass
        self.read_for(0.5)
        try:
            os.kill(self.pid, 15)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def median(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]
