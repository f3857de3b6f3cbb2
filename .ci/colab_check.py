#!/usr/bin/env python
"""The Colab-like check: every learner copy in clean/ runs top to bottom where only `pip install .` was done.

    python .ci/colab_check.py                      # fresh venv, then every clean copy
    python .ci/colab_check.py clean/01_planes.ipynb  # only these copies (the venv is still made fresh)
    python .ci/colab_check.py --reuse-venv [...]     # keep the last venv: for work on the check, never in CI
    python .ci/colab_check.py --jobs 2 [...]         # two copies at a time, each kernel on one thread (CI)
    python .ci/colab_check.py --imports-only 23_thumbnails_cli [...]  # these copies: their imports only (CI)
    python .ci/colab_check.py --venv-only          # only build the venv (CI: in the background, during the tests)
    python .ci/colab_check.py --built-venv [...]   # use the venv --venv-only built, failing if it is not there (CI)

What it mimics: a Colab runtime has Jupyter and IPython but not firstnets' dev extras (nbdev, execnb). So the check
builds a fresh venv with `pip install .` (no `[dev]`) plus the kernel pieces Colab ships (ipykernel, nbclient), fails
if nbdev is importable there, puts a stand-in `google.colab` package on PYTHONPATH (imported when the kernel starts,
as on Colab), and executes each copy in a folder of its own (Colab has only the notebook, no checkout) with a fresh
FIRSTNETS_HOME. The library copies run in quick mode (FIRSTNETS_QUICK=1); the lessons get no such setting, as on
Colab, so they show that they turn quick mode on themselves. Cells a copy marks `# slow` or `# cuda` are left out,
as nbdev_test leaves them.
It prints each copy's time and the total, and exits non-zero if the venv or any copy fails.

With `--jobs N`, N copies run at once and each kernel's numeric libraries (OpenMP, BLAS, torch, numba) get
2 // N threads (at least one): on a 2-core machine two one-thread kernels keep both cores busy through each other's
imports and start-up, where one two-thread kernel leaves them idle, and no two thread pools spin-wait for the same
core. The check is about whether a copy runs, not its numbers, so the thread count doesn't change what it proves.
"""
import os, subprocess, sys, tempfile, textwrap, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from student_copies import FLAGS

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(os.environ.get('FIRSTNETS_COLAB_VENV', '/tmp/firstnets-colab-venv'))
SKIP = tuple(FLAGS.values())   # the comments student_copies.py puts where nbdev's slow and cuda flags were
COLAB_KERNEL = ['ipykernel', 'nbclient', 'matplotlib-inline']   # what a Colab runtime already has

# run by the venv's python: execute one notebook with a real Jupyter kernel, as Colab does
RUNNER = textwrap.dedent('''
    import sys, nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    src, skip = sys.argv[1], tuple(sys.argv[2:])
    nb = nbformat.read(src, as_version=4)
    nb.cells = [c for c in nb.cells if not (c.cell_type == 'code' and c.source.lstrip().startswith(skip))]
    # the check's own first cell: the kernel must look like Colab's, or the check proves nothing
    nb.cells.insert(0, nbformat.v4.new_code_cell("import sys\\nassert 'google.colab' in sys.modules, 'no stand-in'"))
    try: NotebookClient(nb, timeout=900, kernel_name='python3', resources={'metadata': {'path': '.'}}).execute()
    except CellExecutionError as e:
        print(str(e)[-3000:])
        sys.exit(1)
''')

def sh(*cmd, **kw):
    "Run `cmd`, raising with its last output lines if it fails."
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if r.returncode: raise RuntimeError(f"{' '.join(map(str, cmd))} failed:\n{(r.stdout + r.stderr)[-3000:]}")
    return r.stdout

BUILT = VENV/'.built'   # written by --venv-only once the venv is complete and checked

def make_venv(reuse: bool = False) -> Path:
    "A fresh venv with firstnets installed as Colab's install cell would (no dev extras) and Colab's kernel pieces."
    py = VENV/'bin'/'python'
    if reuse and py.exists(): return py           # --reuse-venv: for working on the check itself, never in CI
    BUILT.unlink(missing_ok=True)
    sh('rm', '-rf', VENV)
    sh(sys.executable, '-m', 'venv', VENV)
    sh(py, '-m', 'pip', 'install', '-q', '--upgrade', 'pip')
    sh(py, '-m', 'pip', 'install', '-q', str(ROOT), *COLAB_KERNEL)
    found = sh(py, '-c', "import importlib.util as u; print(bool(u.find_spec('nbdev')), bool(u.find_spec('execnb')))")
    if 'True' in found: raise RuntimeError(f"dev extras are importable in the Colab-like venv (nbdev, execnb: {found})")
    BUILT.write_text(str(ROOT))
    return py

def built_venv() -> Path:
    "The venv `--venv-only` built from this checkout (CI builds it while the tests run); an error if it isn't there."
    if not BUILT.exists() or BUILT.read_text() != str(ROOT):
        raise RuntimeError(f"no complete venv built from {ROOT} in {VENV}: run `colab_check.py --venv-only` first")
    return VENV/'bin'/'python'

# google.colab.output: `eval_js` runs JavaScript in the browser; here the only script the lessons run is the
# microphone recorder, so the stand-in answers as a browser would, with a recording as a data URL (2 s of a tone)
COLAB_OUTPUT = textwrap.dedent('''
    "Stand-in for google.colab.output (firstnets CI): eval_js answers the recorder with 2 s of a tone."
    import base64, io, wave
    import numpy as np

    def eval_js(script, ignore_result=False, timeout_sec=None):
        t = np.arange(32000)/16000
        buf = io.BytesIO()
        with wave.open(buf, 'wb') as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(16000)
            w.writeframes((8000*np.sin(2*np.pi*220*t)).astype('<i2').tobytes())
        return 'data:audio/wav;base64,' + base64.b64encode(buf.getvalue()).decode()
''')

# google.colab.files: `upload` opens a file chooser in the browser; here the reader cancels it, so the lesson goes
# on with its bundled example, as it does for a reader who uploads nothing
COLAB_FILES = '''"Stand-in for google.colab.files (firstnets CI): the reader cancels the upload."
def upload(): return {}
'''

def stand_in_colab(folder: Path) -> Path:
    """A `google.colab` package (importable everywhere, as on Colab) and an IPython start-up file that imports it in
    the kernel only: on Colab the kernel has it imported, while a console script run from a cell does not."""
    (folder/'google'/'colab').mkdir(parents=True)
    (folder/'google'/'__init__.py').write_text('')
    (folder/'google'/'colab'/'__init__.py').write_text('"Stand-in for Colab\'s module (firstnets CI)."\n')
    (folder/'google'/'colab'/'output.py').write_text(COLAB_OUTPUT)
    (folder/'google'/'colab'/'files.py').write_text(COLAB_FILES)
    startup = folder/'ipython'/'profile_default'/'startup'
    startup.mkdir(parents=True)
    (startup/'00-colab.py').write_text('import google.colab  # noqa: F401 (firstnets CI: look like a Colab kernel)\n')
    return folder

def colab_env(colab: Path) -> dict:
    "This process's environment without its Python, venv and Jupyter settings, with the stand-in `google.colab`."
    env = {k: v for k, v in os.environ.items() if not k.startswith(('PYTHON', 'VIRTUAL_ENV', 'JUPYTER'))}
    return dict(env, PYTHONPATH=str(colab))

LESSONS = '0[1-4]_*.ipynb'   # the lessons' copies, matched as check_layout and check_claims match the lessons
THREAD_VARS = ('OMP_NUM_THREADS', 'MKL_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'NUMBA_NUM_THREADS')

def run_copy(py: Path, nb: Path, colab: Path, runner: Path, threads: int | None = None) -> tuple[bool, float, str]:
    """Execute one clean copy alone in a fresh folder with a fresh data home: (passed, seconds, output tail).
    `threads` caps the kernel's numeric thread pools (None: their defaults)."""
    with tempfile.TemporaryDirectory(prefix=f'colab-{nb.stem}-') as d:
        work, home = Path(d)/'content', Path(d)/'home'
        work.mkdir()
        (work/nb.name).write_bytes(nb.read_bytes())
        env = colab_env(colab)
        env.update(IPYTHONDIR=str(colab/'ipython'), FIRSTNETS_HOME=str(home),
                   MPLBACKEND='Agg', PATH=f"{VENV/'bin'}:{env.get('PATH', '')}", PYTHONUNBUFFERED='1')
        env.pop('FIRSTNETS_QUICK', None)
        env.pop('IN_TEST', None)
        # a lesson must turn quick mode on itself, as on Colab, where nothing else does; a library copy gets it here
        if not nb.match(LESSONS): env['FIRSTNETS_QUICK'] = '1'
        if threads: env.update({k: str(threads) for k in THREAD_VARS})
        t0 = time.time()
        r = subprocess.run([str(py), str(runner), nb.name, *SKIP], cwd=work, env=env, capture_output=True, text=True)
        return r.returncode == 0, time.time() - t0, (r.stdout + r.stderr)[-3000:]

# the copies that take longest (a CI run's times, longest first), started first when several run at once
LONGEST = ('01_planes', '23_thumbnails_cli', '04_langid', '03_thumbnails', '21_planes_cli', '22_music_cli')

def import_lines(nb: Path) -> str:
    "Every top-level `import` and `from ... import` statement in the code cells of `nb` (for --imports-only)."
    import ast, json
    out = []
    for c in json.loads(nb.read_text())['cells']:
        if c['cell_type'] != 'code': continue
        src = '\n'.join(l for l in ''.join(c['source']).splitlines() if not l.lstrip().startswith(('!', '%')))
        try: tree = ast.parse(src)
        except SyntaxError: continue
        out += [ast.unparse(n) for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))
                and getattr(n, 'module', None) != '__future__']
    return '\n'.join(dict.fromkeys(out))

def check_imports(py: Path, nb: Path, colab: Path) -> tuple[bool, str]:
    "Run the import statements of `nb` in the Colab-like venv: does every module it names exist without dev extras?"
    env = dict(colab_env(colab), MPLBACKEND='Agg')
    r = subprocess.run([str(py), '-c', import_lines(nb)], env=env, capture_output=True, text=True)
    return r.returncode == 0, (r.stdout + r.stderr)[-2000:]

def main(args) -> int:
    if {'-h', '--help'} & set(args):
        print(__doc__)
        return 0
    reuse, built, jobs, light = '--reuse-venv' in args, '--built-venv' in args, 1, set()
    if '--venv-only' in args:
        t0 = time.time()
        try: make_venv()
        except RuntimeError as e:
            print(f"colab check: {e}")
            return 1
        print(f"colab check: venv with `pip install .` only, no nbdev, built ({time.time() - t0:.0f} s)", flush=True)
        return 0
    if '--jobs' in args:
        i = args.index('--jobs')
        jobs, args = max(1, int(args[i + 1])), args[:i] + args[i + 2:]
    if '--imports-only' in args:
        i = args.index('--imports-only')
        light, args = set(args[i + 1].split(',')), args[:i] + args[i + 2:]
    flags = [a for a in args if a.startswith('-') and a not in ('--reuse-venv', '--built-venv')]
    if flags:
        print(f"colab check: unknown option {' '.join(flags)} (see --help)")
        return 2
    copies = ([Path(a).resolve() for a in args if a not in ('--reuse-venv', '--built-venv')]
              or sorted((ROOT/'clean').glob('*.ipynb')))
    unknown = light - {p.stem for p in copies}
    if unknown:
        print(f"colab check: --imports-only {','.join(sorted(unknown))}: no such clean copy")
        return 1
    threads = max(1, (os.cpu_count() or 2)//jobs) if jobs > 1 else None
    t0 = time.time()
    try: py = built_venv() if built else make_venv(reuse)
    except RuntimeError as e:
        print(f"colab check: {e}")
        return 1
    if not built: print(f"colab check: venv with `pip install .` only, no nbdev ({time.time() - t0:.0f} s)", flush=True)
    failed = []
    with tempfile.TemporaryDirectory(prefix='colab-stand-in-') as d:
        colab, runner = stand_in_colab(Path(d)/'site'), Path(d)/'run_nb.py'
        runner.write_text(RUNNER)
        def one(nb):
            if nb.stem in light:
                ok, tail = check_imports(py, nb, colab)
                print(f"colab check: {nb.name}: imports only (its source runs under nbdev_test): "
                      f"{'passed' if ok else 'FAILED'}" + ('' if ok else '\n' + textwrap.indent(tail, '    ')), flush=True)
                return nb.name, ok
            ok, secs, tail = run_copy(py, nb, colab, runner, threads)
            print(f"colab check: {nb.name}: {'passed' if ok else 'FAILED'} in {secs:.0f} s" +
                  ('' if ok else '\n' + textwrap.indent(tail, '    ')), flush=True)
            return nb.name, ok
        # the longest copies first, so that the last one to finish is a short one
        order = sorted(copies, key=lambda p: LONGEST.index(p.stem) if p.stem in LONGEST else len(LONGEST))
        with ThreadPoolExecutor(jobs) as pool: failed = [n for n, ok in pool.map(one, order) if not ok]
    print(f"colab check: {len(copies) - len(failed)} of {len(copies)} clean copies passed in {time.time() - t0:.0f} s")
    return 1 if failed else 0

if __name__ == '__main__': sys.exit(main(sys.argv[1:]))
