#!/usr/bin/env python
"""Every number a lesson states must be one its outputs show.

For each lesson (nbs/01_planes.ipynb ... nbs/04_langid.ipynb) every number in its markdown must be found among the
numbers printed in that notebook's outputs (or written in its code: a threshold, an epoch count), rounded the same
way: "0.84" is found in an output that printed 0.84 or 0.8412, not in one that printed 0.85. A percentage "84 %" is
found as 84 or as the fraction 0.84; "-0.35" needs a negative number; comments in code are no evidence. For
lessons_learned.md, a `## N.` section's numbers must be found in the outputs (or code) of experiment N's notebooks,
the rest in any notebook's, down to the line `<!-- not re-checked below -->` (the record of earlier trials, quoted from session notes).
Code spans, links, IP addresses, numbered-list markers and years (1900-2099) are not claims. A fact about an outside dataset ("10,000 photos")
is a claim too: print it, or name it in code (`FGVC_PHOTOS = 10_000`).

    python .ci/check_claims.py                 # the lessons and lessons_learned.md
    python .ci/check_claims.py nbs/02_music.ipynb
    python .ci/check_claims.py --self-test     # plants a wrong number and checks that it is caught

Prints one line per number not found, with the sentence around it, and exits 1 if there is any.
"""
import html, io, json, re, sys, tempfile, tokenize
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STOP = '<!-- not re-checked below -->'
NUM = re.compile(r'(?<![\w.,#])(?:(?<!\d)[-\u2212])?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w.])(?:\s?%)?'
                 r'|(?<![\w.,#])(?:(?<!\d)[-\u2212])?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?![\w])(?:\s?%)?')
OUT_NUM = re.compile(r'(?<![\w.])[-\u2212]?\d+(?:,\d{3})*(?:\.\d+)?(?:e[-+]?\d+)?')

def _dec(tok: str) -> Decimal:
    return Decimal(tok.rstrip('% ').replace(',', '').replace('\u2212', '-'))

def _rounds_to(out: Decimal, want: Decimal) -> bool:
    "Does the printed number `out`, rounded half-up to `want`'s last digit, read as `want`?"
    if out.as_tuple().exponent > want.as_tuple().exponent: return out == want    # printed coarser: must be equal
    return out.quantize(Decimal(1).scaleb(want.as_tuple().exponent), rounding=ROUND_HALF_UP) == want

def _strip_markdown(md: str) -> str:
    "Markdown prose without code, links' targets, images and html comments: what a reader reads as claims."
    md = re.sub(r'```.*?```', ' ', md, flags=re.S)
    md = re.sub(r'`[^`]*`', ' ', md)
    md = re.sub(r'<!--.*?-->', ' ', md, flags=re.S)
    md = re.sub(r'!\[[^\]]*\]\([^)]*\)', ' ', md)
    md = re.sub(r'\]\([^)]*\)', ']', md)
    md = re.sub(r'https?://\S+', ' ', md)
    md = re.sub(r'\b\d+\.\d+\.\d+\.\d+\b', ' ', md)                       # IP addresses
    md = re.sub(r'^(\s*)\d+[.)](?=\s)', r'\1', md, flags=re.M)                 # numbered-list markers
    md = re.sub(r'(?<![\d.,])(?:19|20)\d\d(?![\d.,%])', ' ', md)                 # years
    return md

def _output_text(cell) -> str:
    parts = []
    for o in cell.get('outputs', []):
        parts.append(''.join(o.get('text', '')))
        for kind, v in o.get('data', {}).items():
            if kind.startswith('text/'): parts.append(html.unescape(re.sub(r'<[^>]+>', ' ', ''.join(v))))
    return '\n'.join(parts)

class Evidence:
    "The numbers a reader can see in some notebooks' outputs (and, for a lesson, its code)."
    def __init__(self, texts):
        texts = [re.sub(r'(?<=\d)_(?=\d)', '', t) for t in texts]                  # 10_000 in code is 10000
        self.values = {_dec(t) for text in texts for t in OUT_NUM.findall(text)}
    def supports(self, tok: str) -> bool:
        "A negative claim needs a negative number; a positive one may quote a magnitude (\"fell by 0.35\")."
        want, pct = _dec(tok), tok.rstrip().endswith('%')
        wants = [want, (want/100).quantize(Decimal(1).scaleb(want.as_tuple().exponent - 2))] if pct else [want]
        outs = self.values if want < 0 else {abs(o) for o in self.values}
        return any(_rounds_to(o, w) for o in outs for w in wants)

def _code(src: str) -> str:
    "A cell's code without its comments (a comment is no evidence), `#|` directives included."
    try: toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError): return re.sub(r'(^|\s)#.*$', ' ', src, flags=re.M)
    return ' '.join(t.string for t in toks if t.type != tokenize.COMMENT)

def notebook_texts(path: Path, code: bool) -> list[str]:
    cells = json.loads(path.read_text())['cells']
    return [_output_text(c) for c in cells if c['cell_type'] == 'code'] + \
           ([_code(''.join(c['source'])) for c in cells if c['cell_type'] == 'code'] if code else [])

def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind('. ', 0, start), text.rfind('\n', 0, start)) + 1
    b = min([i for i in (text.find('. ', end), text.find('\n', end)) if i >= 0] or [len(text)])
    return ' '.join(text[a:b + 1].split())

def unfound(prose: list[tuple[str, str]], ev: Evidence) -> list[str]:
    "`where: number: sentence` for each number in `prose` [(where, markdown)] that `ev` does not show."
    bad = []
    for where, md in prose:
        text = _strip_markdown(md)
        for m in NUM.finditer(text):
            if not ev.supports(m.group(0)): bad.append(f'{where}: {m.group(0).strip()!r} not in the outputs: "{_sentence(text, *m.span())}"')
    return bad

def check_lesson(path: Path) -> list[str]:
    cells = json.loads(path.read_text())['cells']
    prose = [(f'{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} cell {i}', ''.join(c['source']))
             for i, c in enumerate(cells) if c['cell_type'] == 'markdown']
    return unfound(prose, Evidence(notebook_texts(path, code=True)))

def check_lessons_learned(path: Path, notebooks: list[Path]) -> list[str]:
    """Numbers of `path` (down to the STOP line) found in notebook outputs or code: a section headed `## N. name`
    against experiment N's notebooks (`0N_`, `1N_`, `2N_`), anything else against all of them."""
    lines = path.read_text().split(STOP)[0].splitlines()
    def ev_for(n): return Evidence([t for nb in notebooks if n is None or re.match(rf'[012]{n}_', nb.name)
                                    for t in notebook_texts(nb, code=True)])
    pools, section, prose = {None: ev_for(None)}, None, []
    for i, line in enumerate(lines):
        if (m := re.match(r'##\s+(\d)\.', line)): section = m.group(1)
        elif line.startswith('## '): section = None
        if section not in pools: pools[section] = ev_for(section)
        prose.append((section, f'{path.name} line {i + 1}', line))
    return [p for sec, where, line in prose for p in unfound([(where, line)], pools[sec])]

def _self_test() -> int:
    "A lesson and a lessons_learned.md that are right pass; one planted wrong number in each is caught."
    out = {'output_type': 'stream', 'name': 'stdout', 'text': ['accuracy 0.9652, pointing game 0.84 (168/200), slope 0.35\n']}
    def nb(md): return {'cells': [{'cell_type': 'markdown', 'source': [md]},
                                  {'cell_type': 'code', 'source': ['learn.fine_tune(4)  # gets 0.93'], 'outputs': [out]}]}
    with tempfile.TemporaryDirectory() as d:
        good, bad = Path(d)/'good.ipynb', Path(d)/'bad.ipynb'
        good.write_text(json.dumps(nb('After 4 epochs accuracy is 0.965 (96.5 %), and 168 of 200 maps point right: 0.84.')))
        bad.write_text(json.dumps(nb('Accuracy is 0.95 and the pointing game 0.84.')))
        ll = Path(d)/'lessons_learned.md'
        ll.write_text(f'Planes: accuracy 0.965, pointing 84 %.\n{STOP}\nan old trial scored 0.71\n')
        llbad = Path(d)/'lessons_bad.md'
        llbad.write_text('Planes: accuracy 0.965, pointing 0.85.\n')
        sly = Path(d)/'sly.ipynb'   # a sign that was not printed, and a number only a comment states
        sly.write_text(json.dumps(nb('The slope is \u22120.35 and it gets 0.93, after 4 epochs.')))
        results = [check_lesson(good), check_lesson(bad), check_lessons_learned(ll, [good]), check_lessons_learned(llbad, [good]),
                   check_lesson(sly)]
    ok = results[0] == [] and len(results[1]) == 1 and "'0.95'" in results[1][0] and results[2] == [] \
         and len(results[3]) == 1 and "'0.85'" in results[3][0] and len(results[4]) == 2
    for r in results[1] + results[3] + results[4]: print('  caught as planted:', r)
    print(f"check_claims self-test: {'passed' if ok else 'FAILED'}")
    return 0 if ok else 1

def main(args) -> int:
    if '--self-test' in args: return _self_test()
    lessons = [Path(a).resolve() for a in args] or sorted((ROOT/'nbs').glob('0[1-4]_*.ipynb'))
    problems = [p for nb in lessons for p in check_lesson(nb)]
    if not args: problems += check_lessons_learned(ROOT/'lessons_learned.md', sorted((ROOT/'nbs').glob('*.ipynb')))
    for p in problems: print('claim:', p)
    print(f"checked the numbers of {len(lessons)} lesson(s){'' if args else ' and lessons_learned.md'}: "
          f"{len(problems)} not found in the outputs")
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
