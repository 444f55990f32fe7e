#!/usr/bin/env python3
"""What one action costs as the day grows: the same actions on sessions of 1,000 and 100,000
post-its (made by `plenum-bench --make-postits-session N FILE` in one transaction), through the real
binary. Prints `name: value unit` lines; every timing is the median (or a percentile) of repeats.

- postit_instructions_N: instructions of one piped post-it saved (`plenum note` with standard
  input), from valgrind's callgrind: (instructions of 25 lines − of 5 lines) / 20, so opening the
  session cancels out;
- notes_enter_p50/p99_ms_N: a notetaker's Enter until the post-it is on screen as saved (the
  notes screen in an 80x24 pseudo-terminal, 5,000 post-its at the table in the running block);
- wall_key_p50/p99_ms_N: ↓ and ↑ (ESC O B / ESC O A, as the terminal sends them in keypad mode)
  on the console's wall in a 120x40 pseudo-terminal until the screen changed (a fifth of the
  post-its in the block);
- idle_wall_cpu_percent_N, idle_wall_bytes_per_s_N: the console left alone with the wall open;
- resume_ms_N, resume_cpu_ms_N: `plenum run --session` started until its first screen is
  painted, and the CPU time it used until then (on a shared machine the CPU time is the steadier
  figure; /proc counts it in 10 ms steps);
- export_FORMAT_ms_N, export_FORMAT_cpu_ms_N, export_FORMAT_mb_N: `plenum export -o` of every
  format: wall time, CPU time (user + system) and peak memory;
- piped_M_postits_seconds, …_first_tenth_seconds, …_last_tenth_seconds: M lines piped into one
  `plenum note --progress` on a fresh session: all of them, the first tenth, the last tenth.

usage: benchmarks/scale.py PLENUM PLENUM_BENCH SIZE... [--piped M]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from ptyproc import PtyProcess, median, percentile

DOWN, UP = b"\x1bOB", b"\x1bOA"
TITLE = "Velkomst og dagens formål".encode()  # the first block in the console's agenda


def label(n):
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


def make(bench, n, path):
    if os.path.exists(path):
        os.remove(path)
    subprocess.run([bench, "--make-postits-session", str(n), path], check=True)


def instructions(binary, session, lines, folder):
    text = os.path.join(folder, f"lines{lines}.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("\n".join(f"Piped post-it {i} om cykelstier, æøå" for i in range(lines)) + "\n")
    with open(text, "rb") as stdin:
        run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, "note", session,
                              "--table", "1", "--group", "1", "--name", "bench"],
                             stdin=stdin, capture_output=True, check=True)
    found = re.search(rb"Collected : (\d+)", run.stderr)
    return int(found.group(1))


def per_postit_instructions(binary, session, folder):
    # valgrind cannot read the DWARF 5 debug information Swift writes: it counts a stripped copy.
    stripped = os.path.join(folder, "plenum-stripped")
    subprocess.run(["strip", "-o", stripped, binary], check=True)
    few = instructions(stripped, session, 5, folder)
    many = instructions(stripped, session, 205, folder)
    return (many - few) / 200


def notes_enter(binary, session, count=200):
    notes = PtyProcess([binary, "note", session, "--table", "1", "--group", "1", "--name", "bench"], 80, 24)
    notes.settle(0.5, limit=30)
    times = []
    for i in range(count):
        token = f"enter{i:04d}x".encode()
        notes.write(token)
        notes.wait_for(token, 5.0)
        notes.settle(0.02)
        start = time.monotonic()
        notes.write(b"\r")
        took = notes.wait_for(token, 5.0)
        times.append((time.monotonic() - start) * 1000 if took is not None else float("inf"))
        notes.settle(0.02)
    notes.stop(b"q")
    return times


def wall(binary, session, keys=300):
    console = PtyProcess([binary, "run", "resumed.toml", "--session", session], 120, 40)
    console.wait_for(TITLE, 60)
    console.settle(0.3, limit=30)
    console.write(b"w")
    console.settle(0.3, limit=30)
    times, unchanged = [], 0
    for k in range(keys):
        start = time.monotonic()
        console.write(DOWN if k % 40 < 20 else UP)  # 20 down, 20 up: every key moves the selection
        if console.read(2.0):
            times.append((time.monotonic() - start) * 1000)
        else:
            unchanged += 1
        console.settle(0.02)
    console.settle(1.0)
    cpu_before = console.cpu_seconds()
    sent = len(console.read_for(10.0))
    cpu = console.cpu_seconds() - cpu_before
    console.stop(b"\x1bq")
    return times, unchanged, 100 * cpu / 10.0, sent / 10.0


def resume(binary, session, repeats=5):
    runs, cpu = [], []
    for _ in range(repeats):
        start = time.monotonic()
        console = PtyProcess([binary, "run", "resumed.toml", "--session", session], 120, 40)
        took = console.wait_for(TITLE, 60)
        runs.append((time.monotonic() - start) * 1000 if took is not None else float("inf"))
        cpu.append(console.cpu_seconds() * 1000)
        console.stop(b"q")
    return median(runs), median(cpu)


def exports(binary, session, folder, repeats=3):
    for fmt in ["html", "md", "csv", "json", "ics"]:
        times, peaks, cpu = [], [], []
        for _ in range(repeats):
            start = time.monotonic()
            child = subprocess.Popen([binary, "export", session, "--format", fmt, "-o", os.path.join(folder, "out." + fmt)])
            _, status, usage = os.wait4(child.pid, 0)
            times.append((time.monotonic() - start) * 1000)
            peaks.append(usage.ru_maxrss / 1024)
            cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
            assert status == 0, f"export {fmt} failed"
        yield fmt, median(times), median(peaks), median(cpu)


def piped(binary, bench, m, folder, limit=180):
    """Seconds for all M piped post-its, and for the first and the last tenth of them (equal when
    filling a session is linear, whatever the disk's flush costs); None where it did not get there."""
    session = os.path.join(folder, "piped.plenum")
    make(bench, 0, session)
    text = os.path.join(folder, "piped.txt")
    with open(text, "w", encoding="utf-8") as f:
        f.write("\n".join(f"Piped post-it {i}" for i in range(m)) + "\n")
    tenth = m // 10
    marks = {}
    start = time.monotonic()
    with open(text, "rb") as stdin:
        child = subprocess.Popen([binary, "note", session, "--table", "1", "--name", "bench", "--progress"], stdin=stdin,
                                 stdout=subprocess.PIPE)
        for line in child.stdout:
            if line.startswith(b"saved ") and line.split()[1].isdigit():
                marks[int(line.split()[1])] = time.monotonic() - start
            if time.monotonic() - start > limit:
                child.kill()
                break
        child.wait()
    first = marks.get(tenth)
    last = marks[m] - marks[m - tenth] if m in marks and m - tenth in marks else None
    return marks.get(m), first, last


def main():
    args = sys.argv[1:]
    piped_count = None
    if "--piped" in args:
        k = args.index("--piped")
        piped_count = int(args[k + 1])
        del args[k:k + 2]
    binary, bench = os.path.abspath(args[0]), os.path.abspath(args[1])
    sizes = [int(a) for a in args[2:]]
    folder = tempfile.mkdtemp(prefix="plenum-scale-")
    try:
        for n in sizes:
            session = os.path.join(folder, f"s{n}.plenum")
            name = label(n)
            if shutil.which("valgrind") and shutil.which("strip"):
                make(bench, n, session)
                print(f"postit_instructions_{name}: {per_postit_instructions(binary, session, folder) / 1e6:.2f} M", flush=True)
            make(bench, n, session)
            times = notes_enter(binary, session)
            print(f"notes_enter_p50_ms_{name}: {percentile(times, 0.5):.2f} ms", flush=True)
            print(f"notes_enter_p99_ms_{name}: {percentile(times, 0.99):.2f} ms", flush=True)
            make(bench, n, session)
            times, unchanged, cpu, rate = wall(binary, session)
            print(f"wall_key_p50_ms_{name}: {percentile(times, 0.5):.2f} ms", flush=True)
            print(f"wall_key_p99_ms_{name}: {percentile(times, 0.99):.2f} ms", flush=True)
            print(f"wall_keys_without_a_screen_change_{name}: {unchanged} keys", flush=True)
            print(f"idle_wall_cpu_percent_{name}: {cpu:.2f} %", flush=True)
            print(f"idle_wall_bytes_per_s_{name}: {rate:.1f} B/s", flush=True)
            wall_ms, cpu_ms = resume(binary, session)
            print(f"resume_ms_{name}: {wall_ms:.1f} ms", flush=True)
            print(f"resume_cpu_ms_{name}: {cpu_ms:.0f} ms", flush=True)
            for fmt, ms, mb, cpu_ms in exports(binary, session, folder):
                print(f"export_{fmt}_ms_{name}: {ms:.1f} ms", flush=True)
                print(f"export_{fmt}_cpu_ms_{name}: {cpu_ms:.0f} ms", flush=True)
                print(f"export_{fmt}_mb_{name}: {mb:.1f} MB", flush=True)
        if piped_count:
            name = label(piped_count)
            for figure, seconds in zip(["", "_first_tenth", "_last_tenth"], piped(binary, bench, piped_count, folder)):
                shown = f"{seconds:.1f} s" if seconds is not None else "not reached in 180 s (stopped)"
                print(f"piped_{name}_postits{figure}_seconds: {shown}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
