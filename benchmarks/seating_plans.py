#!/usr/bin/env python3
"""Issue 16's seating instances as plan files, seated by the whole `plenum groups` process.

    python3 benchmarks/seating_plans.py PLENUM_BINARY

For each instance and seeds 1-6: the most repeats (`repeat_pairs` in the JSON), the slowest
process (start to exit, process start included) and the most CPU time one process used (user +
system: what it costs when other processes share the cores). Prints `name: value unit` lines.
"""
import json, os, resource, subprocess, sys, tempfile, time

def golfers(people, size, rounds):
    lines = ['title = "Golfers"', 'start = "09:00"']
    for t in range(people // size):
        lines += ["[[tables]]", f'name = "Table {t + 1}"', "groups = 1"]
    for p in range(people):
        lines += ["[[people]]", f'name = "Golfer {p + 1}"']
    for r in range(rounds):
        lines += ["[[blocks]]", f'title = "Round {r + 1}"', 'kind = "groups"', 'formation = "new"', "minutes = 10"]
    return "\n".join(lines) + "\n"

def bootcamp(people, rounds, apart):
    segments = ["POL", "BOR", "ERH", "MED"]
    lines = ['title = "Bootcamp"', 'start = "09:00"', "[segments]"] + [f'{s} = "{s}"' for s in segments]
    lines += ["[tables]", f"count = {people // 12}", "groups = 2"]
    for p in range(people):
        lines += ["[[people]]", f'name = "Deltager {p + 1}"', f'segment = "{segments[p % 4]}"']
    for k in range(apart):
        lines += ["[[rules]]", f'apart = ["Deltager {(k * 6) % people + 1}", "Deltager {(k * 6 + 7) % people + 1}"]']
    for r in range(rounds):
        lines += ["[[blocks]]", f'title = "Runde {r + 1}"', 'kind = "groups"', 'formation = "mixed"', "minutes = 30",
                  "group_size = 6"]
    return "\n".join(lines) + "\n"

instances = [
    ("process_kirkman_15_5x3_7", golfers(15, 3, 7)),
    ("process_sgp_6_3_8", golfers(18, 3, 8)),
    ("process_sgp_8_4_10", golfers(32, 4, 10)),
    ("process_sgp_10_4_10", golfers(40, 4, 10)),
    ("process_bootcamp_48x5_8_apart", bootcamp(48, 5, 8)),
    ("process_bootcamp_1000x5", bootcamp(1000, 5, 20)),
]
binary = sys.argv[1]
with tempfile.TemporaryDirectory() as folder:
    for name, text in instances:
        path = os.path.join(folder, name + ".toml")
        with open(path, "w") as f:
            f.write(text)
        worst, slowest, cpu = 0, 0.0, 0.0
        for seed in range(1, 7):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            run = subprocess.run([binary, "groups", path, "--format", "json", "--seed", str(seed)],
                                 capture_output=True, text=True)
            slowest = max(slowest, (time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = max(cpu, (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
            if run.returncode != 0:
                print(f"{name}_failed: {run.stderr.strip()}")
                break
            worst = max(worst, json.loads(run.stdout)["repeat_pairs"])
        print(f"{name}_repeats_max: {worst} pairs")
        print(f"{name}_ms_max: {slowest:.1f} ms")
        print(f"{name}_cpu_ms_max: {cpu:.1f} ms")
