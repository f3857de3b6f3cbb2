#!/usr/bin/env python
"""Make clean student copies of the notebooks in clean/: prose and code, no outputs, no nbdev directives or imports,
each with a Colab badge pointing at its own path. `--check` fails if clean/ is out of date.

    python .ci/student_copies.py          # write clean/*.ipynb
    python .ci/student_copies.py --check  # CI: are the committed copies current?
"""
import sys, re
from pathlib import Path
import nbformat

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT/'clean'

# notebooks a learner does not run on Colab, so they get no student copy (nor a Colab badge): 30_app starts a web
# server and drives it with headless Chromium, which a Colab runtime lacks (its last section says how to run the app
# itself on Colab)
NOT_ON_COLAB = {'30_app'}

DEV_ONLY = re.compile(r'^\s*(#\||from nbdev\b|import nbdev\b|nbdev\.nbdev_export\(|show_doc\()')

def _dev_only(line: str) -> bool:
    "nbdev directives, nbdev imports, the export call and `show_doc`: a learner's copy runs without nbdev (on Colab)."
    return bool(DEV_ONLY.match(line))

# the flags nbdev_test skips on become a plain comment, so a learner knows why a cell is long and the Colab check knows
# which cells to leave out, as nbdev_test does
FLAGS = {'slow': '# slow: several minutes on a CPU (quick checks skip it)', 'cuda': '# cuda: needs a GPU'}
FLAG = re.compile(r'^\s*#\|\s*(slow|cuda)\s*$')

def _line(line: str):
    "The learner's version of a source line: a skip flag as a comment, other dev-only lines dropped (None)."
    if m := FLAG.match(line): return FLAGS[m.group(1)]
    return None if _dev_only(line) else line

def student_copy(src: Path):
    nb = nbformat.read(src, as_version=4)
    cells = []
    for c in nb.cells:
        if c.cell_type == 'code':
            lines = [l for l in map(_line, c.source.splitlines()) if l is not None]
            c.source = '\n'.join(lines).strip()
            c.outputs, c.execution_count = [], None
            if not c.source or c.source in FLAGS.values(): continue
        else: c.source = c.source.replace(f'blob/main/nbs/{src.name}', f'blob/main/clean/{src.name}')
        c.metadata = {}
        cells.append(c)
    nb.cells = cells
    nb.metadata = {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}
    return nb

def main(check: bool) -> int:
    sources = [p for p in sorted((ROOT/'nbs').glob('*.ipynb')) if p.stem != 'index' and p.stem not in NOT_ON_COLAB]
    stale = []
    OUT.mkdir(exist_ok=True)
    for src in sources:
        text = nbformat.writes(student_copy(src)) + '\n'
        dest = OUT/src.name
        if check:
            if not dest.exists() or dest.read_text() != text: stale.append(dest.name)
        else: dest.write_text(text)
    extra = sorted({p.name for p in OUT.glob('*.ipynb')} - {s.name for s in sources})
    if check and (stale or extra):
        print(f"clean/ is out of date: {stale or ''} {('no source for ' + str(extra)) if extra else ''}; run python .ci/student_copies.py")
        return 1
    for e in extra: (OUT/e).unlink()
    print(f"{'checked' if check else 'wrote'} {len(sources)} student copies in {OUT}")
    return 0

if __name__ == '__main__': sys.exit(main('--check' in sys.argv))
