#!/usr/bin/env python3
"""Apply GUIDELINES convention: an attribution inside the sentence stays inside the statement.
A statement span that is a quote ending in ',"' (the sentence goes on) followed by a context span that
only attributes it ('Kallas told reporters after ...') becomes one statement span.
Usage: merge_attribution_tails.py FILE [--show]  (rewrites FILE via a temporary file)"""
import json, re, sys, os, tempfile
path = sys.argv[1]; show = '--show' in sys.argv
TAIL = re.compile(r"^[A-Z][^\"“”.;]{0,140}?\b(said|says|told|added|wrote|posted|stated|declared|insisted|warned)\b[^\"“”;]{0,140}\.$")
out = []; merged = 0
for line in open(path, encoding='utf-8'):
    if not line.strip(): continue
    r = json.loads(line); spans = r['spans']; new = []; i = 0
    while i < len(spans):
        a = spans[i]
        if i + 1 < len(spans) and a['type'] == 'statement' and spans[i+1]['type'] == 'context':
            at = r['text'][a['start']:a['end']]; b = spans[i+1]; bt = r['text'][b['start']:b['end']]
            gap = r['text'][a['end']:b['start']]
            if re.search(r'[,!?]["”’]$', at) and at[:1] in '"“‘' and gap.strip() == '' and '\n' not in gap and TAIL.match(bt) and len(bt.split()) <= 25:
                if show: print(r['id'], '|', at[-60:], '+', bt)
                m = dict(a); m['end'] = b['end']; new.append(m); merged += 1; i += 2; continue
        new.append(a); i += 1
    r['spans'] = new; out.append(json.dumps(r, ensure_ascii=False))
fd, tmp = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)))
with os.fdopen(fd, 'w', encoding='utf-8') as f: f.write('\n'.join(out) + '\n')
os.replace(tmp, path)
print(path, 'merged', merged)
