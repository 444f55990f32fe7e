#!/usr/bin/env python3
"""Notetakers writing one session at once: W processes (default 8) × N post-its (default 500) piped
into `plenum note`, each post-it its own durable commit. Prints how many writers failed or reported
"database is locked", how many post-its are missing or doubled in the export, and the wall time.

usage: benchmarks/concurrent_writers.py PLENUM_BINARY SESSION [N] [W] [NAME]
SESSION is a session file or a server URL (postgres://…?session=NAME); it must exist (a fresh one:
`plenum-bench --make-session FILE`, copied to a server with `plenum copy`). NAME prefixes the figures.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

binary, session = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 500
writers = int(sys.argv[4]) if len(sys.argv) > 4 else 8
name = sys.argv[5] if len(sys.argv) > 5 else "concurrent_writers"
folder = tempfile.mkdtemp(prefix="plenum-writers-")
procs = []
start = time.perf_counter()
for w in range(writers):
    path = os.path.join(folder, f"w{w}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(f"skriver {w} post-it {i} æøå" for i in range(n)))
    stdin = open(path, "rb")
    procs.append(subprocess.Popen([binary, "note", session, "--table", str(1 + w % 4), "--group", str(1 + (w // 4) % 2),
                                   "--name", f"w{w}"], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
errors = 0
for p in procs:
    _, err = p.communicate()
    if p.returncode != 0 or b"locked" in err:
        errors += 1
        sys.stderr.write(err.decode("utf-8", "replace"))
seconds = time.perf_counter() - start
export = subprocess.run([binary, "export", session, "--format", "json"], capture_output=True, check=True)
texts = [p["text"] for p in json.loads(export.stdout)["postits"]]
expected = {f"skriver {w} post-it {i} æøå" for w in range(writers) for i in range(n)}
missing = len(expected - set(texts))
doubled = len(texts) - len(set(texts))
print(f"{name}_{writers}x{n}_errors: {errors} writers")
print(f"{name}_{writers}x{n}_missing_or_doubled: {missing + doubled} post-its")
print(f"{name}_{writers}x{n}_seconds: {seconds:.1f} s")
