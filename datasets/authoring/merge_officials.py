"""Merge the officials that helpers listed (BRIEF-GAZETTEER.md; files G1.json to G3.json in a folder) into a copy of the
gazetteer, as done in November 2026 with --quiet: every new official gets "surname_alone": false.
Usage: merge_officials.py FOLDER OUT [--quiet]
"""
import collections, json, os, re, sys, unicodedata
src = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gazetteer.json')
gz=json.load(open(src))
# the words Gazetteer.SURNAME_STOPLIST never matches alone: no one-word alias may be one of them
STOP=set("""said will may long young king white rich li lee kim park ali khan ahmed mohamed mohammed muhammad hassan ibrahim abdullah al bin de da van von el abu ben saleh salem noor nur shah singh kumar jr sheikh prince sultan emir pope ould abdel abdul hussein mahmoud omar osman yusuf ismail aziz hamid rahman abdallah jassim thani saud nahyan alexander martin mahdi garcia iii hague nasir moreno""".split())
TOK=re.compile(r"(?:\w\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
def norm(t):
    t=unicodedata.normalize('NFD',t); t=''.join(c for c in t if not unicodedata.combining(c)); t=t.lower().replace('’',"'")
    return t[:-2] if t.endswith("'s") and len(t)>2 else t
def toks(s): return tuple(norm(m.group()) for m in TOK.finditer(s))
parties={p['name']:p for p in gz['parties']}
known={}   # token tuple -> party
for p in gz['parties']:
    for k in [p['name']]+p.get('aliases',[])+p.get('demonyms',[])+([p['capital']] if p.get('capital') else []):
        known.setdefault(toks(k),p['name'])
    for o in p.get('officials',[]):
        for n in [o['name']]+o.get('aliases',[]):
            known.setdefault(toks(n),p['name'])
rep=collections.Counter(); skipped=[]
for g in ['G1','G2','G3']:
    d=json.load(open(f'{sys.argv[1]}/{g}.json'))
    for party,people in d.items():
        if party not in parties: rep['unknown party '+party]+=len(people); continue
        for o in people:
            name=o['name'].strip(); names=[name]+[a.strip() for a in o.get('aliases',[]) if a.strip()]
            hit=[known[toks(n)] for n in names if toks(n) in known]
            if hit:
                rep['already known' if hit[0]==party else 'known under another party']+=1
                if hit[0]!=party: skipped.append((name,party,'known as',hit[0]))
                continue
            al=[]
            for a in o.get('aliases',[]):
                t=toks(a)
                if len(t)<1 or t in known: continue
                if len(t)==1 and (len(t[0])<4 or t[0] in STOP): rep['alias dropped']+=1; continue
                al.append(a)
            years=str(o.get('years','')).strip()
            role=o.get('role','').strip()
            cur=bool(re.search(r'(present|-\s*$|–\s*$)',years)) or not re.search(r'\d{4}',years)
            entry={'name':name,'role':role if cur else 'former '+role}
            if '--quiet' in sys.argv: entry['surname_alone']=False
            if al: entry['aliases']=al
            if years: entry['years']=years
            parties[party].setdefault('officials',[]).append(entry)
            for n in [name]+al: known.setdefault(toks(n),party)
            rep['added']+=1
print(dict(rep)); json.dump(skipped, sys.stderr, ensure_ascii=False)
out=sys.argv[2]; open(out,'w').write(json.dumps(gz,indent=1,ensure_ascii=False)+'\n')
