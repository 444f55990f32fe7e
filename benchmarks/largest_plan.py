#!/usr/bin/env python3
"""Writes the largest plan `plenum check` accepts to stdout: every bound of docs/plan-format.md at
once (100 tables of 2 groups and 5 seats, 500 named people in 50 segments, 20 rules of 10
names, 100 blocks with 200-character titles: 10 groups blocks, rotations of 50 stations, 50 cards
of 500 characters, tracks of 10), for timing check, groups and the console's first frames."""

title = lambda n: (f"Blok {n} " + "ÆØÅ 会 " * 40)[:190]
out = [f'title = "{title(0)}"', 'start = "00:00"', 'language = "da"', "", "[segments]"]
out += [f'S{i} = "Segment {i} {"x" * 80}"' for i in range(50)]
out += ["", "[tables]", "count = 100", "groups = 2", "seats = 5", ""]
name = lambda p: f"Deltager {p} " + "y" * 80
for p in range(500):
    out += ["[[people]]", f'name = "{name(p)}"', f'segment = "S{p % 50}"']
for r in range(20):
    out += ["[[rules]]", "apart = [" + ", ".join(f'"{name((r * 37 + k * 41) % 500)}"' for k in range(10)) + "]"]
cards = ", ".join(f'"Kort {k} ' + "spørgsmål " * 48 + '"' for k in range(50))
stations = ", ".join(f'"Station {k}"' for k in range(50))
formations = ["mixed", "new", "segment", "random", "keep"]
for n in range(1, 101):
    out += ["", "[[blocks]]", f'title = "{title(n)}"']
    if n % 10 == 0:
        out += ['kind = "groups"', f'formation = "{formations[(n // 10) % 5]}"', "minutes = 14", f"cards = [{cards}]"]
    elif n % 10 == 2:
        out += ['kind = "rotation"', "minutes = 14", f"stations = [{stations}]"]
    elif n % 10 == 4:
        out += ['kind = "tracks"']
        for t in range(10):
            inner = ", ".join(f'{{ title = "{title(t)}", kind = "plenum", minutes = 2 }}' for _ in range(5))
            out += ["[[blocks.tracks]]", f'title = "Spor {t}"', f"blocks = [{inner}]"]
    elif n % 10 == 6:
        out += ['kind = "plenum"', "minutes = 14", 'present = "groups"']
    else:
        out += ['kind = "break"' if n % 2 else 'kind = "plenum"', "minutes = 14"]
print("\n".join(out))
