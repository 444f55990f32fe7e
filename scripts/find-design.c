/* find-design: searches a schedule of G groups of S people over W rounds in which no two people
 * meet twice (a social golfer solution), by tabu search over swaps within a round. Prints the
 * rounds as lines of groups ("0 1 2 3 | 4 5 6 7 | …"). Used once to find the tables in
 * Sources/PlenumCore/Allocation/DesignTables.swift where no algebraic construction is at hand.
 *
 *   cc -O2 -o /tmp/find-design scripts/find-design.c && /tmp/find-design 8 4 10 1 600
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAXN 64
#define MAXW 16
static int G, S, W, N;
static int sched[MAXW][MAXN];      /* sched[w][pos]: person at position pos; group = pos / S */
static int where[MAXW][MAXN];      /* where[w][person]: position */
static int meet[MAXN][MAXN];
static unsigned long long rng_state;
static unsigned long long rnd(void) {
    rng_state += 0x9E3779B97F4A7C15ULL;
    unsigned long long z = rng_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static int cost(void) {
    int c = 0;
    for (int a = 0; a < N; a++) for (int b = a + 1; b < N; b++) if (meet[a][b] > 1) c += meet[a][b] - 1;
    return c;
}
static void count(int w, int d) {
    for (int g = 0; g < G; g++)
        for (int i = 0; i < S; i++) for (int j = i + 1; j < S; j++) {
            int a = sched[w][g * S + i], b = sched[w][g * S + j];
            meet[a][b] += d; meet[b][a] += d;
        }
}
/* change in cost when a and b (different groups of round w) change places */
static int delta(int w, int a, int b) {
    int ga = where[w][a] / S, gb = where[w][b] / S, d = 0;
    for (int i = 0; i < S; i++) {
        int x = sched[w][ga * S + i];
        if (x != a) { if (meet[a][x] > 1) d--; if (meet[b][x] > 0) d++; }
        int y = sched[w][gb * S + i];
        if (y != b) { if (meet[b][y] > 1) d--; if (meet[a][y] > 0) d++; }
    }
    return d;
}
static void swap(int w, int a, int b) {
    int pa = where[w][a], pb = where[w][b], ga = pa / S, gb = pb / S;
    for (int i = 0; i < S; i++) {
        int x = sched[w][ga * S + i];
        if (x != a) { meet[a][x]--; meet[x][a]--; meet[b][x]++; meet[x][b]++; }
        int y = sched[w][gb * S + i];
        if (y != b) { meet[b][y]--; meet[y][b]--; meet[a][y]++; meet[y][a]++; }
    }
    sched[w][pa] = b; sched[w][pb] = a; where[w][a] = pb; where[w][b] = pa;
}
static int tabu[MAXW][MAXN][MAXN];
int main(int argc, char **argv) {
    if (argc < 6) { fprintf(stderr, "usage: find-design G S W SEED SECONDS\n"); return 2; }
    G = atoi(argv[1]); S = atoi(argv[2]); W = atoi(argv[3]); N = G * S;
    rng_state = strtoull(argv[4], 0, 10);
    double limit = atof(argv[5]);
    if (N > MAXN || W > MAXW) return 2;
    for (int w = 0; w < W; w++) {
        for (int p = 0; p < N; p++) sched[w][p] = p;
        for (int p = N - 1; p > 0; p--) { int q = rnd() % (p + 1); int t = sched[w][p]; sched[w][p] = sched[w][q]; sched[w][q] = t; }
        for (int p = 0; p < N; p++) where[w][sched[w][p]] = p;
        count(w, 1);
    }
    int c = cost(), best = c;
    long iter = 0, since = 0;
    clock_t start = clock();
    while (c > 0) {
        iter++;
        if ((iter & 1023) == 0 && (double)(clock() - start) / CLOCKS_PER_SEC > limit) break;
        int bw = -1, ba = -1, bb = -1, bd = 1 << 30, ties = 0;
        for (int w = 0; w < W; w++)
            for (int a = 0; a < N; a++) {
                int ga = where[w][a] / S, conflicted = 0;
                for (int i = 0; i < S; i++) { int x = sched[w][ga * S + i]; if (x != a && meet[a][x] > 1) { conflicted = 1; break; } }
                if (!conflicted) continue;
                for (int b = 0; b < N; b++) {
                    if (where[w][b] / S == ga) continue;
                    int d = delta(w, a, b);
                    if (tabu[w][a][b] > iter && c + d >= best) continue;
                    if (d < bd) { bd = d; bw = w; ba = a; bb = b; ties = 1; }
                    else if (d == bd && rnd() % (++ties) == 0) { bw = w; ba = a; bb = b; }
                }
            }
        if (bw < 0) continue;
        swap(bw, ba, bb);
        c += bd;
        int tenure = 4 + rnd() % 40;
        tabu[bw][ba][bb] = tabu[bw][bb][ba] = iter + tenure;
        if (c < best) { best = c; since = 0; } else if (++since > 2000) {
            for (int k = 0; k < 3; k++) {
                int w = rnd() % W, a = rnd() % N, b = rnd() % N;
                if (where[w][a] / S != where[w][b] / S) { c += delta(w, a, b); swap(w, a, b); }
            }
            since = 0;
        }
    }
    fprintf(stderr, "cost %d after %ld iterations, %.1f s\n", c, iter, (double)(clock() - start) / CLOCKS_PER_SEC);
    if (c > 0) return 1;
    for (int w = 0; w < W; w++) {
        for (int g = 0; g < G; g++) {
            int m[MAXN];
            for (int i = 0; i < S; i++) m[i] = sched[w][g * S + i];
            for (int i = 0; i < S; i++) for (int j = i + 1; j < S; j++) if (m[j] < m[i]) { int t = m[i]; m[i] = m[j]; m[j] = t; }
            for (int i = 0; i < S; i++) printf("%d%s", m[i], i + 1 < S ? " " : "");
            printf("%s", g + 1 < G ? " | " : "\n");
        }
    }
    return 0;
}
