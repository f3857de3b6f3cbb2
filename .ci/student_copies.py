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

DEV_ONLY = re.compile(r'^\s*(#\||from nbdev\b|import nbdev\b|nbdev\.nbdev_export\(|show_doc\()')

def _dev_only(line: str) -> bool:
    "nbdev directives, nbdev imports, the export call and `show_doc`: a learner's copy runs without nbdev (on Colab)."
    return bool(DEV_ONLY.match(line))

def student_copy(src: Path):
    nb = nbformat.read(src, as_version=4)
    cells = []
    for c in nb.cells:
        if c.cell_type == 'code':
            c.source = '\n'.join(l for l in c.source.splitlines() if not _dev_only(l)).strip()
            c.outputs, c.execution_count = [], None
            if not c.source: continue
        else: c.source = c.source.replace(f'blob/main/nbs/{src.name}', f'blob/main/clean/{src.name}')
        c.metadata = {}
        cells.append(c)
    nb.cells = cells
    nb.metadata = {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}
    return nb

def main(check: bool) -> int:
    sources = [p for p in sorted((ROOT/'nbs').glob('*.ipynb')) if p.stem != 'index']
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
