#!/usr/bin/env python3
"""Writes a large valid plan (default 100 blocks, the most a plan may have, and 300 people) to stdout, for timing `plenum check`."""
import sys

blocks = int(sys.argv[1]) if len(sys.argv) > 1 else 100
people = int(sys.argv[2]) if len(sys.argv) > 2 else 300
segments = ["POL", "BOR", "ERH", "MED"]
out = ['title = "Stor plan"', 'start = "00:05"', 'language = "da"', "",
       "people = ["]
for i in range(people):
    out.append(f'  {{ name = "Deltager {i + 1}", segment = "{segments[i % 4]}" }},')
out += ["]", "", "[segments]"] + [f'{s} = "Segment {s}"' for s in segments]
out += ["", "[tables]", "count = 25", "groups = 2", "seats = 12", ""]
for i in range(min(20, people // 10)):
    out += ["[[rules]]", f'apart = ["Deltager {i * 2 + 1}", "Deltager {i * 2 + 5}"]', ""]
kinds = ["plenum", "groups", "break"]
for i in range(blocks):
    kind = "groups" if i % 10 == 1 else kinds[(i % 2) * 2]
    out += ["[[blocks]]", f'title = "Blok {i + 1} – æøå"', f'kind = "{kind}"', "minutes = 2"]
    if kind == "groups":
        out += ['formation = "mixed"', 'cards = ["Spørgsmål 1?", "Spørgsmål 2?"]', 'capture = ["pointe"]']
    out.append("")
print("\n".join(out))
