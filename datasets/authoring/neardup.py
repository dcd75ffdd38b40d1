#!/usr/bin/env python3
"""Near-duplicate check for statement corpus files (JSON Lines with a "text" field).
Usage: neardup.py FILE [FILE...]   -- checks all statements across all given files.
Tokens: words; capitalised words and numbers are masked to <P>/<N> (so slot fills that only
change names collide); 3-token shingles; Jaccard >= 0.5 is a near-duplicate."""
import json, re, sys, itertools
TOK = re.compile(r"[A-Za-z0-9\u00C0-\u024F'’-]+")
def shingles(text):
    toks = []
    for t in TOK.findall(text):
        if t[0].isdigit(): toks.append('<N>')
        elif t[0].isupper(): toks.append('<P>')
        else: toks.append(t.lower())
    if len(toks) < 3: return {' '.join(toks)}
    return {' '.join(toks[i:i+3]) for i in range(len(toks) - 2)}
recs = []
for f in sys.argv[1:]:
    for n, line in enumerate(open(f, encoding='utf-8'), 1):
        if not line.strip(): continue
        try: r = json.loads(line)
        except Exception as e: print(f"{f}:{n}: bad JSON: {e}"); continue
        recs.append((f, n, r.get('id'), r['text'], shingles(r['text'])))
# inverted index for speed
from collections import defaultdict
idx = defaultdict(list)
for i, rec in enumerate(recs):
    for s in rec[4]: idx[s].append(i)
bad = 0; seen = set()
for i, rec in enumerate(recs):
    cands = defaultdict(int)
    for s in rec[4]:
        for j in idx[s]:
            if j > i: cands[j] += 1
    for j, inter in cands.items():
        union = len(rec[4]) + len(recs[j][4]) - inter
        if inter / union >= 0.5:
            bad += 1
            print(f"NEAR-DUP {inter/union:.2f}\n  {rec[0]}:{rec[1]} {rec[3]}\n  {recs[j][0]}:{recs[j][1]} {recs[j][3]}")
print(f"{len(recs)} statements, {bad} near-duplicate pairs")
sys.exit(1 if bad else 0)
