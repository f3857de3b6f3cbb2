#!/usr/bin/env python
"""Render nbs/index.ipynb to README.md with nbconvert (Quarto, which nbdev_readme needs, is not available).

    python .ci/readme.py          # write README.md
    python .ci/readme.py --check  # exit 1 if README.md differs from what index.ipynb renders to
"""
import re, sys
from pathlib import Path
import nbformat
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parent.parent
DIRECTIVE = re.compile(r'^\s*#\|\s*(\w+)')

def render(nb_path=ROOT/'nbs'/'index.ipynb') -> str:
    "index.ipynb as Markdown: hidden cells and `#|` directive lines dropped, outputs kept."
    nb = nbformat.read(nb_path, as_version=4)
    keep = []
    for cell in nb.cells:
        lines = cell.source.splitlines()
        if cell.cell_type == 'code':
            if any(DIRECTIVE.match(l) and DIRECTIVE.match(l).group(1) in ('hide', 'export', 'exporti', 'default_exp') for l in lines): continue
            cell.source = '\n'.join(l for l in lines if not DIRECTIVE.match(l)).strip()
            if not cell.source: continue
        keep.append(cell)
    nb.cells = keep
    body, _ = MarkdownExporter().from_notebook_node(nb)
    body = re.sub(r'\n{3,}', '\n\n', body).strip() + '\n'
    return body

if __name__ == '__main__':
    text, readme = render(), ROOT/'README.md'
    if '--check' in sys.argv:
        if not readme.exists() or readme.read_text() != text:
            sys.exit('README.md does not match nbs/index.ipynb: run `python .ci/readme.py` and commit.')
        print('README.md matches nbs/index.ipynb')
    else:
        readme.write_text(text); print(f'wrote {readme}')
