#!/usr/bin/env python3
"""Compile readout sources (pieces) into gold readouts with character spans.
Usage: compile_readouts.py SRC.json OUT.jsonl
SRC.json is a JSON array of readouts:
 {"id": "r-ip-01", "conflict": "india-pakistan", "speaker": "United States",
  "kind": "official" | "news", "title": "optional headline (not part of text)",
  "pieces": [ {"t": "...", "type": "context"},
              {"t": "...", "type": "statement", "parties": ["India"], "labels": ["de-escalatory"]},
              {"t": "...", "type": "statement", "para": true, ...} ]}
Pieces are joined with one space, or with a blank line ("\n\n") before a piece that has "para": true.
Each piece's text must not start or end with whitespace. Spans cover each piece exactly."""
import json, sys, re
LABELS = {"de-escalatory", "accusatory", "condolence"}
src, out = sys.argv[1], sys.argv[2]
data = json.load(open(src, encoding='utf-8'))
errors = 0; lines = []
for r in data:
    text = ""; spans = []
    for k, p in enumerate(r["pieces"]):
        t = p["t"]
        if t != t.strip() or not t:
            print(f"{r['id']} piece {k}: leading/trailing whitespace or empty"); errors += 1; t = t.strip()
        if k > 0: text += "\n\n" if p.get("para") else " "
        start = len(text); text += t
        span = {"start": start, "end": len(text), "type": p["type"]}
        if p["type"] == "statement":
            labs = p.get("labels", [])
            if not set(labs) <= LABELS: print(f"{r['id']} piece {k}: bad labels {labs}"); errors += 1
            span["parties"] = p.get("parties", []); span["labels"] = labs
        elif p["type"] != "context":
            print(f"{r['id']} piece {k}: bad type"); errors += 1
        spans.append(span)
    words = len(text.split())
    if not (80 <= words <= 300): print(f"{r['id']}: {words} words (need 80-300)"); errors += 1
    rec = {"id": r["id"], "conflict": r["conflict"], "speaker": r["speaker"], "kind": r["kind"]}
    if r.get("title"): rec["title"] = r["title"]
    rec["text"] = text; rec["spans"] = spans
    lines.append(json.dumps(rec, ensure_ascii=False))
with open(out, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(data)} readouts compiled, {errors} errors")
sys.exit(1 if errors else 0)
