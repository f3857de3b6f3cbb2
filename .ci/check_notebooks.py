#!/usr/bin/env python
"""Check every notebook's Colab badge and guarded install cell (nbs/ and the student copies in clean/), and
that every Colab link in README.md points at a notebook that exists. Prints one line per problem."""
import configparser, re, subprocess, sys, types
from pathlib import Path
from unittest import mock
import nbformat
from student_copies import NOT_ON_COLAB

ROOT = Path(__file__).resolve().parents[1]
cfg = configparser.ConfigParser(); cfg.read(ROOT/'settings.ini'); cfg = cfg['DEFAULT']
REPO = f"{cfg['user']}/{cfg['repo']}"
COLAB = f'https://colab.research.google.com/github/{REPO}/blob/{cfg.get("branch", "main")}/'
PIP_TARGET = f'git+https://github.com/{REPO}.git'

def run_install_cell(source: str, colab: bool, installed: bool):
    "Execute an install cell with Colab faked (or not) and pip intercepted; returns the commands it ran."
    calls = []
    fake = {'google': types.ModuleType('google'), 'google.colab': types.ModuleType('google.colab')} if colab else {}
    modules = {k: v for k, v in sys.modules.items() if not k.startswith('google.colab')}
    with mock.patch.dict(sys.modules, {**modules, **fake}, clear=True), \
         mock.patch('subprocess.run', lambda cmd, **kw: calls.append(list(cmd)) or subprocess.CompletedProcess(cmd, 0)), \
         mock.patch('importlib.util.find_spec', lambda name, *a: object() if installed else None):
        exec(compile(source, '<install cell>', 'exec'), {})
    return calls

def check(path: Path) -> list[str]:
    nb, rel, problems = nbformat.read(path, as_version=4), path.relative_to(ROOT).as_posix(), []
    badges = re.findall(r'\((https://colab\.research\.google\.com/github/[^)]+)\)', '\n'.join(c.source for c in nb.cells if c.cell_type == 'markdown'))
    if badges != [COLAB + rel]: problems.append(f'{rel}: Colab badge should be exactly [{COLAB + rel}], found {badges}')
    installs = [c.source for c in nb.cells if c.cell_type == 'code' and 'google.colab' in c.source and 'pip' in c.source]
    if len(installs) != 1: return problems + [f'{rel}: expected one guarded install cell, found {len(installs)}']
    src = '\n'.join(l for l in installs[0].splitlines() if not l.startswith('#|'))
    on_colab = run_install_cell(src, colab=True, installed=False)
    if len(on_colab) != 1 or on_colab[0][-1] != PIP_TARGET or on_colab[0][1:4] != ['-m', 'pip', 'install']:
        problems.append(f'{rel}: on Colab the install cell should pip install {PIP_TARGET}, it ran {on_colab}')
    if run_install_cell(src, colab=False, installed=False): problems.append(f'{rel}: the install cell runs pip outside Colab')
    if run_install_cell(src, colab=True, installed=True): problems.append(f'{rel}: the install cell reinstalls an installed package')
    return problems

def main() -> int:
    nbs = [p for p in sorted((ROOT/'nbs').glob('*.ipynb')) if p.stem not in {'index', *NOT_ON_COLAB}] + sorted((ROOT/'clean').glob('*.ipynb'))
    problems = [p for nb in nbs for p in check(nb)]
    problems += [f'{p.relative_to(ROOT)}: {p.stat().st_size/2**20:.1f} MB, over the 2 MB limit (shrink its images)' for p in nbs if p.stat().st_size > 2*2**20]
    for link in re.findall(r'https://colab\.research\.google\.com/github/[^)\s"]+', (ROOT/'README.md').read_text()):
        if not link.startswith(COLAB) or not (ROOT/link[len(COLAB):]).exists(): problems.append(f'README.md: dead Colab link {link}')
    for p in problems: print('problem:', p)
    print(f'checked badges and install cells of {len(nbs)} notebooks: {len(problems)} problem(s)')
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main())
