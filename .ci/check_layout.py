#!/usr/bin/env python
"""Check that the lessons stay lessons and the library keeps its shape.

- Each lesson (nbs/01_planes.ipynb ... nbs/04_langid.ipynb) shows fastai's training table (`train_loss`) within its
  first third of cells and shows at least 3 figures; it imports no nbdev (it must run on Colab without dev extras);
  its code lines are at most 120 characters, with no `;` chains. Before its first working code cell (one that is not
  `#| export`, `#| hide` or `#| default_exp`) it turns quick mode on by default,
  `os.environ.setdefault('FIRSTNETS_QUICK', '1')`: its outputs were made in quick mode, and on Colab or a laptop
  nothing else sets it.
- No experiment's modules import another experiment's (firstnets/planes*.py may import core and cam, never music...).
- `import firstnets.music` (and its data and CLI modules) leaves timm and fastai.vision unimported.

    python .ci/check_layout.py      # one line per lesson, one per problem; exit 1 if any
"""
import ast, json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPERIMENTS = ('planes', 'music', 'thumbnails', 'langid')

def _code_lines(src: str):
    for line in src.splitlines():
        bare = re.sub(r"'[^']*'|\"[^\"]*\"", "''", line.split('#')[0] if not line.lstrip().startswith('#|') else '')
        yield line, bare

def check_lesson(path: Path) -> tuple[str, list[str]]:
    cells, problems = json.loads(path.read_text())['cells'], []
    first, figs, quick_set, worked = None, 0, False, False
    for i, c in enumerate(cells):
        if c['cell_type'] != 'code': continue
        src = ''.join(c['source'])
        if "os.environ.setdefault('FIRSTNETS_QUICK', '1')" in src: quick_set = True
        elif not worked and not re.match(r'\s*#\|\s*(export|hide|default_exp)\b', src):
            worked = True
            if not quick_set:
                problems.append(f"{path.name} cell {i}: runs before quick mode is set by default "
                                f"(os.environ.setdefault('FIRSTNETS_QUICK', '1'))")
        if re.search(r'^\s*(from|import)\s+nbdev\b|nbdev\.', src, re.M): problems.append(f'{path.name} cell {i}: imports nbdev')
        for line, bare in _code_lines(src):
            if len(line) > 120: problems.append(f'{path.name} cell {i}: line over 120 characters: {line[:60]}...')
            if re.search(r';\s*\S', bare): problems.append(f'{path.name} cell {i}: a `;` chain: {line.strip()[:80]}')
        for o in c.get('outputs', []):
            d = o.get('data', {})
            text = ''.join(d.get('text/html', '')) + ''.join(d.get('text/plain', '')) + ''.join(o.get('text', ''))
            if first is None and 'train_loss' in text: first = i
            figs += 'image/png' in d
    if first is None: problems.append(f"{path.name}: no training table (train_loss) in its outputs")
    elif first > len(cells)/3: problems.append(f'{path.name}: first training table at cell {first} of {len(cells)}, after the first third')
    if figs < 3: problems.append(f'{path.name}: {figs} figure(s), a lesson shows at least 3')
    return f'{path.name}: {len(cells)} cells, first training table at cell {first}, {figs} figures', problems

def experiment_of(module: str) -> str | None:
    return next((e for e in EXPERIMENTS if module == e or module.startswith(e + '_')), None)

def _imported(node) -> list[str]:
    "Every module name an import statement (or an `import_module('...')` call) names, as `firstnets.x` where relative."
    if isinstance(node, ast.Import): return [a.name for a in node.names]
    if isinstance(node, ast.ImportFrom):
        base = ('firstnets.' + (node.module or '')).rstrip('.') if node.level else (node.module or '')
        return [base] + ([f'{base}.{a.name}' for a in node.names] if base == 'firstnets' else [])
    if isinstance(node, ast.Call) and getattr(node.func, 'attr', getattr(node.func, 'id', '')) == 'import_module' \
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return [node.args[0].value]
    return []

def cross_imports() -> list[str]:
    problems = []
    for py in sorted((ROOT/'firstnets').glob('*.py')):
        mine = experiment_of(py.stem)
        if mine is None: continue
        for node in ast.walk(ast.parse(py.read_text())):
            for n in _imported(node):
                other = experiment_of(n.split('.')[1]) if n.startswith('firstnets.') else None
                if other and other != mine: problems.append(f'firstnets/{py.name} imports {n}: no experiment imports another')
                if mine == 'music' and (n == 'timm' or n.startswith(('timm.', 'fastai.vision'))):
                    problems.append(f'firstnets/{py.name} imports {n}: music needs neither timm nor fastai.vision')
    return problems

def music_is_light() -> list[str]:
    code = ("import sys, importlib\n"
            "for m in ('firstnets.music', 'firstnets.music_data', 'firstnets.music_cli'):\n"
            "    try: importlib.import_module(m)\n"
            "    except ModuleNotFoundError as e:\n"
            "        if e.name != m: raise\n"
            "print(sorted(k for k in sys.modules if k == 'timm' or k.startswith('fastai.vision')))")
    if not (ROOT/'firstnets'/'music.py').exists(): return ['firstnets/music.py is missing']
    res = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, cwd=ROOT)
    if res.returncode: return [f'importing firstnets.music failed: {res.stderr.strip().splitlines()[-1:]}']
    heavy = res.stdout.strip()
    return [] if heavy == '[]' else [f'importing firstnets.music loads {heavy}: music needs neither timm nor fastai.vision']

def main() -> int:
    problems = []
    for nb in sorted((ROOT/'nbs').glob('0[1-4]_*.ipynb')):
        line, p = check_lesson(nb)
        print(line)
        problems += p
    problems += cross_imports() + music_is_light()
    for p in problems: print('layout:', p)
    print(f'checked the lessons and the library layout: {len(problems)} problem(s)')
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main())
