#!/usr/bin/env python3
"""Assemble per-conflict statement files and readout files into datasets/ splits (grouped by conflict)."""
import json, glob, os, re, sys
SAME_SUBJECT = re.compile(r'and\s+(?:also\s+|then\s+)?(?!he\b|she\b|it\b|they\b|we\b|the\b)[a-z]+ed\b')
DS = sys.argv[1] if len(sys.argv) > 1 else '/work/main/datasets'
SPLIT = {'drc-m23':'dev','haiti':'dev','serbia-kosovo':'dev','somalia':'dev',
         'sudan':'test','thailand-cambodia':'test','armenia-azerbaijan':'test','afghanistan-pakistan':'test','taiwan-strait':'test'}
RENAME = {'Czech Republic':'Czechia','Inter-American Commission on Human Rights':'Organization of American States',
          'Colombian Episcopal Conference':'Holy See'}
def fix(n): return RENAME.get(n, n)
os.makedirs(f'{DS}/statements', exist_ok=True); os.makedirs(f'{DS}/readouts', exist_ok=True)
out = {'train':[], 'dev':[], 'test':[]}
for f in sorted(glob.glob('/work/corpus-work/statements/*.jsonl')) + sorted(glob.glob('/work/corpus-work/statements-extra/*.jsonl')):
    for l in open(f, encoding='utf-8'):
        if not l.strip(): continue
        r = json.loads(l)
        c = r['conflict']
        r['speaker'] = fix(r['speaker']); r['parties'] = [fix(p) for p in r['parties']]
        r['labels'] = sorted(r['labels'], key=['de-escalatory','accusatory','condolence'].index)
        out[SPLIT.get(c, 'train')].append(json.dumps(r, ensure_ascii=False))
for k, v in out.items():
    open(f'{DS}/statements/{k}.jsonl', 'w', encoding='utf-8').write('\n'.join(v) + '\n'); print('statements', k, len(v))
rout = {'train':[], 'dev':[], 'test':[]}
for f in sorted(glob.glob('/work/corpus-work/readouts/r*.jsonl')):
    for l in open(f, encoding='utf-8'):
        if not l.strip(): continue
        r = json.loads(l)
        r['speaker'] = fix(r['speaker'])
        # one convention for clause splits (the label guide's "condemned the attack and offered condolences" is one
        # statement): a clause "and <verb> ..." that follows its first half without a comma joins it
        merged = []
        for sp in r['spans']:
            t = r['text'][sp['start']:sp['end']]
            prev = merged[-1] if merged else None
            if (prev and prev['type'] == 'statement' and sp['type'] == 'statement' and SAME_SUBJECT.match(t)
                    and not r['text'][prev['start']:prev['end']].rstrip().endswith((',', ';'))
                    and r['text'][prev['end']:sp['start']].strip() == ''):
                prev['end'] = sp['end']
                prev['labels'] = sorted(set(prev['labels']) | set(sp['labels']), key=['de-escalatory','accusatory','condolence'].index)
                prev['parties'] = prev['parties'] + [p for p in sp['parties'] if p not in prev['parties']]
                continue
            merged.append(dict(sp))
        r['spans'] = merged
        for s in r['spans']:
            if 'parties' in s: s['parties'] = [fix(p) for p in s['parties']]
            if 'labels' in s: s['labels'] = sorted(s['labels'], key=['de-escalatory','accusatory','condolence'].index)
        rout[SPLIT.get(r['conflict'], 'train')].append(json.dumps(r, ensure_ascii=False))
for k, v in rout.items():
    if v:
        open(f'{DS}/readouts/{k}.jsonl', 'w', encoding='utf-8').write('\n'.join(v) + '\n'); print('readouts', k, len(v))
g = json.load(open('/work/corpus-work/gazetteer.json', encoding='utf-8'))
EXTRA = {'United States': [{'name': 'Massad Boulos', 'role': 'special envoy'}, {'name': 'Tom Barrack', 'role': 'special envoy', 'aliases': ['Thomas Barrack']}],
         'United Kingdom': [{'name': 'Ray Collins', 'role': 'minister for Africa', 'aliases': ['Lord Collins', 'Lord Collins of Highbury']},
                            {'name': 'Hamish Falconer', 'role': 'minister for the Middle East'}],
         'Oman': [{'name': 'Sayyid Badr Albusaidi', 'role': 'foreign minister', 'aliases': ['Sayyid Badr', 'Badr bin Hamad Albusaidi']}],
         'Qatar': [{'name': 'Mohammed bin Abdulrahman bin Jassim Al Thani', 'role': 'head of government', 'aliases': ['Sheikh Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdulrahman']}],
         'Saudi Arabia': [{'name': 'Faisal bin Farhan bin Abdullah', 'role': 'foreign minister', 'aliases': ['Prince Faisal bin Farhan', 'Faisal bin Farhan']}],
         'South Korea': [{'name': 'Cho Hyun', 'role': 'foreign minister (from July 2025)'}]}
known = {o['name'] for p in g['parties'] for o in p.get('officials', [])} | {a for p in g['parties'] for o in p.get('officials', []) for a in o.get('aliases', [])}
for p in g['parties']:
    if p['name'] == 'Oman':
        for o in p.get('officials', []):
            if o['name'] == 'Badr Albusaidi' and 'Sayyid Badr' not in o.get('aliases', []):
                o.setdefault('aliases', []).append('Sayyid Badr')
# "Congolese" was dropped as ambiguous; in diplomatic usage it names the DRC far more often than Congo-Brazzaville
for p in g['parties']:
    if p['name'] == 'Democratic Republic of the Congo' and 'Congolese' not in p.get('demonyms', []):
        p.setdefault('demonyms', []).append('Congolese')
for p in g['parties']:
    for o in EXTRA.get(p['name'], []):
        if o['name'] not in known:
            p.setdefault('officials', []).append(o)
open(f'{DS}/gazetteer.json', 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=1) + '\n')
