#!/usr/bin/env python
"""Run notebooks top to bottom in quick mode and save them with their outputs, so they read well on GitHub and Colab.

    python .ci/execute_nbs.py nbs/02_music.ipynb [...]
    python .ci/execute_nbs.py --shrink-only nbs/01_planes.ipynb   # only downscale the embedded PNGs

Cells flagged `#| slow` or `#| cuda` and the `nbdev_export()` cell are skipped, as under nbdev_test.
Run `nbdev_clean` afterwards (it keeps outputs, strips execution metadata).
"""
import os, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

SKIP = ('slow', 'cuda')

def _skip(cell):
    if cell.cell_type != 'code': return True
    src = cell.source
    if 'nbdev_export' + '(' in src: return True
    return any(line.strip().replace(' ', '') in (f'#|{f}' for f in SKIP) for line in src.splitlines())

def shrink_images(nb, max_width: int = 720):
    "Downscale embedded PNG outputs wider than `max_width` and re-encode them as 8-bit palette PNGs, so notebooks stay small."
    import base64, io
    from PIL import Image
    for cell in nb.cells:
        for o in cell.get('outputs', []):
            data = o.get('data', {})
            if 'image/png' not in data: continue
            img = Image.open(io.BytesIO(base64.b64decode(data['image/png']))).convert('RGB')
            if img.width > max_width: img = img.resize((max_width, round(img.height*max_width/img.width)), Image.LANCZOS)
            buf = io.BytesIO(); img.quantize(256).save(buf, 'PNG', optimize=True)
            data['image/png'] = base64.b64encode(buf.getvalue()).decode()

def _keep_printed_output():
    """execnb < 0.2 throws away what a cell printed when its last line ends in `;`; Jupyter and Colab keep it (the
    `;` only hides the last value). Ending such a cell with `pass` hides the value the same way and keeps the print."""
    if getattr(CaptureShell, '_firstnets_patched', False): return
    run = CaptureShell._run
    def _run(self, raw_cell, *args, **kwargs):
        if raw_cell.rstrip().endswith(';'): raw_cell = raw_cell.rstrip() + '\npass'
        return run(self, raw_cell, *args, **kwargs)
    CaptureShell._run, CaptureShell._firstnets_patched = _run, True

def execute(path: Path):
    _keep_printed_output()
    nb = read_nb(path)
    shell = CaptureShell(path)
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=_skip)
    for cell in nb.cells:
        if cell.cell_type == 'code' and _skip(cell): cell.outputs, cell.execution_count = [], None
        for o in cell.get('outputs', []):
            if o.get('output_type') == 'stream': o['text'] = ''.join(o['text']).replace('\u2588', '')  # console bar residue
    shrink_images(nb)
    write_nb(nb, path)

if __name__ == '__main__':
    import warnings, fastprogress.fastprogress as fp
    warnings.filterwarnings('ignore', category=FutureWarning)  # torch's deprecation notices are not lessons
    fp.NO_BAR = True  # console progress bars would be saved as noise; the epoch tables stay
    os.environ['FIRSTNETS_QUICK'] = '1'
    os.environ.setdefault('MPLBACKEND', 'module://matplotlib_inline.backend_inline')
    if sys.argv[1:2] == ['--shrink-only']:
        for p in sys.argv[2:]: nb = read_nb(p); shrink_images(nb); write_nb(nb, p)
    else:
        for p in sys.argv[1:]:
            print('executing', p, flush=True)
            t0 = time.time()
            execute(Path(p).resolve())
            print(f'{p}: {time.time() - t0:.0f} s', flush=True)
