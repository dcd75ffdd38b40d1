"""Join a transcript's answer label ("Lin Jian:", "MR MILLER:") to the answer it opens, as 199 of 207 train answers have it.

Run it on a new round before it joins train, then the near-duplicate check: a joined answer can become a near-duplicate of
another readout's once names are masked (the first answer of r31-germany-namibia-04 would, so train keeps its label apart;
do not run this on train).
"""
import json, os, re, sys
LABEL = re.compile(r"^(?:(?:[A-Z][\w'’\-]*\s+){0,3}(?:Spokesperson|Spokesman|SPOKESPERSON|Official Spokesperson)[^:\n]{0,40}|"
                   r"Answer by the Spokesperson|MR [A-Z]+|Ms [A-Z]\w+|Mr [A-Z]\w+|[A-Z][a-z]+ [A-Z][a-z]+|Spokesman|SPOKESPERSON|"
                   r"Official Spokesperson(?:, Shri [A-Z][\w ]+)?|Shri [A-Z][\w ]+):$")
def fix(r, log):
    t, ss = r['text'], r['spans']
    out = []
    i = 0
    while i < len(ss):
        s = ss[i]
        txt = t[s['start']:s['end']]
        # a question and the answer label in one context span: "QUESTION: ...?\n\nMR MILLER:"
        m = re.search(r"\n\s*([^\n]{1,60}):$", txt)
        nxt = ss[i + 1] if i + 1 < len(ss) else None
        if nxt and t[s['end']:nxt['start']].strip() == '':
            if LABEL.match(txt.strip()) and '\n' not in txt and 'as follows' not in txt:
                nxt = dict(nxt); nxt['start'] = s['start']; ss[i + 1] = nxt
                log.append((r['id'], txt, 'joined'))
                i += 1; continue
            if m and LABEL.match(m.group(1) + ':') and s['type'] == 'context':
                lab_start = s['start'] + m.start(1)
                head_end = s['start'] + m.start()
                while head_end > s['start'] and t[head_end - 1].isspace(): head_end -= 1
                out.append(dict(s, end=head_end))
                nxt = dict(nxt); nxt['start'] = lab_start; ss[i + 1] = nxt
                log.append((r['id'], m.group(1) + ':', 'split from question and joined'))
                i += 1; continue
        out.append(s); i += 1
    r['spans'] = out
if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    log = []
    rows = [json.loads(l) for l in open(src)]
    for r in rows: fix(r, log)
    with open(dst + '.tmp', 'w') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    os.replace(dst + '.tmp', dst)
    for x in log: print(*x, sep=' | ')
