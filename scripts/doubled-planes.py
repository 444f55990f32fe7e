#!/usr/bin/env python3
"""32 people in 8 groups of 4 over 10 rounds with nobody meeting twice (the social golfer
problem 8-4-10), built rather than searched; it printed DesignTables.golfers8x4.

Sixteen letters are the points of the affine plane of order 4 (GF(4)^2); its 5 parallel classes
and those of a second copy (the points relabelled by PERM, chosen so that every line of the second
is a quadrangle of the first: no three of its points on one line of the first) give 10 rounds of
4 quads of letters. Each letter is two people (letter * 2 + case); a quad with case bits c is seated
as two groups, its letters in cases c and in cases 1 - c. A pair of letters lies in one line of
each plane; it must meet once in the same case and once in different cases, one equation over
GF(2) per pair, solved by elimination. Then every pair of people meets at most once.

    python3 scripts/doubled-planes.py
"""
import random, itertools, sys
# GF(4) = {0,1,2,3} with 2 = w, 3 = w^2; addition = xor; multiplication table
mul = [[0,0,0,0],[0,1,2,3],[0,2,3,1],[0,3,1,2]]
pts = [(x,y) for x in range(4) for y in range(4)]
idx = {p:i for i,p in enumerate(pts)}
def plane():
    classes = []
    for m in range(4):  # y = m x + b
        classes.append([frozenset(idx[(x, mul[m][x] ^ b)] for x in range(4)) for b in range(4)])
    classes.append([frozenset(idx[(c, y)] for y in range(4)) for c in range(4)])  # vertical
    return classes
P1 = plane()
def solve(rows, nvars):
    # rows: list of (mask, rhs); gaussian elimination over GF(2)
    pivots = {}
    for mask, rhs in rows:
        for col, (pm, pr) in pivots.items():
            if mask >> col & 1: mask ^= pm; rhs ^= pr
        if mask == 0:
            if rhs: return None
            continue
        col = mask.bit_length() - 1
        for c2 in list(pivots):
            pm, pr = pivots[c2]
            if pm >> col & 1: pivots[c2] = (pm ^ mask, pr ^ rhs)
        pivots[col] = (mask, rhs)
    sol = [0]*nvars
    for col,(pm,pr) in pivots.items():
        sol[col] = pr  # free vars = 0; after full reduction each pivot row has only its pivot + free vars
    return sol
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
for attempt in range(1):
    # Found by swapping the relabelling until no line of the copy has three points on a line of the plane.
    perm = [8, 6, 0, 14, 13, 2, 11, 10, 9, 5, 3, 7, 15, 1, 12, 4]
    P2 = [[frozenset(perm[p] for p in line) for line in cls] for cls in P1]
    lines1 = {l for c in P1 for l in c}; lines2 = {l for c in P2 for l in c}
    if lines1 & lines2: continue
    lines = [l for c in P1 for l in c] + [l for c in P2 for l in c]
    var = {}
    for li, l in enumerate(lines):
        for p in sorted(l): var[(li,p)] = len(var)
    lineof1 = {}; lineof2 = {}
    for li, l in enumerate(lines):
        for a,b in itertools.combinations(sorted(l),2):
            (lineof1 if li < 20 else lineof2)[(a,b)] = li
    rows = []
    for pair in itertools.combinations(range(16),2):
        l1, l2 = lineof1[pair], lineof2[pair]
        a,b = pair
        mask = (1<<var[(l1,a)]) ^ (1<<var[(l1,b)]) ^ (1<<var[(l2,a)]) ^ (1<<var[(l2,b)])
        rows.append((mask,1))
    sol = solve(rows, len(var))
    if sol is None:
        print('unsolvable', file=sys.stderr); continue
    # build rounds: people = letter*2 + case
    rounds = []
    for cls_i, cls in enumerate(P1 + P2):
        groups = []
        for l in cls:
            li = lines.index(l)
            c = {p: sol[var[(li,p)]] for p in l}
            groups.append(sorted(p*2 + c[p] for p in l))
            groups.append(sorted(p*2 + 1 - c[p] for p in l))
        rounds.append(groups)
    met = set(); ok = True
    for r in rounds:
        assert sorted(x for g in r for x in g) == list(range(32))
        for g in r:
            for a,b in itertools.combinations(g,2):
                if (a,b) in met: ok = False
                met.add((a,b))
    print("checked: nobody meets twice" if ok else "a pair meets twice", file=sys.stderr)
    if ok:
        for r in rounds: print(" | ".join(" ".join(map(str,g)) for g in r))
        break
