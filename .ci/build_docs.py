#!/usr/bin/env python
"""Render the notebooks into a static HTML site in _docs/ without Quarto: one page per notebook (outputs kept,
nbdev directives and hidden cells left out), an API page per module from nbdev's `show_doc`, lessons_learned.md
and data_scripts/README.md, all with one sidebar. No page loads anything from the internet.

    python .ci/build_docs.py [--out _docs]
"""
import argparse, html, importlib, re, shutil
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter
from nbconvert.filters import markdown2html_mistune

ROOT = Path(__file__).resolve().parents[1]
GITHUB = 'https://github.com/firstnets/firstnets/tree/main'
COLAB_BADGE = 'https://colab.research.google.com/assets/colab-badge.svg'
BADGE_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="117" height="20"><rect width="117" height="20" rx="3" fill="#555"/>'
             '<rect x="20" width="97" height="20" rx="3" fill="#f9ab00"/><text x="24" y="14" font-family="sans-serif" font-size="11" fill="#000">'
             'Open in Colab</text><circle cx="10" cy="10" r="5" fill="none" stroke="#f9ab00" stroke-width="3"/></svg>')
# every module of the library, in the order of the notebooks that export it (core and cam first, then each lesson's)
def _modules() -> list[str]:
    found = {}
    for nb in sorted((ROOT/'nbs').glob('*.ipynb')):
        if (m := re.search(r'#\|\s*default_exp\s+(\w+)', nb.read_text())): found.setdefault(m.group(1), nb.stem)
    return sorted(found, key=found.get)
MODULES = _modules()
CSS = """body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#222}
nav{position:fixed;top:0;left:0;bottom:0;width:15rem;overflow:auto;background:#f4f4f6;padding:1rem;border-right:1px solid #ddd;font-size:.9rem}
nav a{display:block;color:#0a4d8c;text-decoration:none;margin:.15rem 0}nav a.here{font-weight:bold}nav h4{margin:.8rem 0 .2rem;color:#555}
main{margin-left:17rem;padding:1rem 2rem;max-width:60rem}img{max-width:100%}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:.85rem;border-radius:4px}
.jp-OutputArea-output pre,.output_text pre{background:#fff;border-left:3px solid #ccc}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ddd;padding:.2rem .5rem}
blockquote{color:#555;border-left:4px solid #ddd;margin-left:0;padding-left:1rem}"""

def page_name(nb: Path) -> str: return 'index.html' if nb.stem == 'index' else f'{nb.stem}.html'

def fix_links(text: str) -> str:
    "Point links at repository files to their pages in the site."
    text = re.sub(r'href="(?:\.\./)?nbs/([\w.-]+)\.ipynb"', r'href="\1.html"', text)
    text = re.sub(r'href="([\w.-]+)\.ipynb"', r'href="\1.html"', text)
    text = re.sub(r'href="(?:\.\./)?lessons_learned\.md"', 'href="lessons_learned.html"', text)
    text = re.sub(r'href="(?:\.\./)?data_scripts/(?:README\.md)?"', 'href="data_scripts.html"', text)
    text = text.replace(COLAB_BADGE, 'colab-badge.svg')   # a local copy: the site loads nothing from the internet
    def to_github(m):   # any other repository path (a folder, a script) is linked on GitHub
        ref = m.group(1)
        if re.match(r'[a-z]+:|#|//', ref) or ref.split('#')[0].endswith(('.html', '.svg')): return m.group(0)
        return f'href="{GITHUB}/{ref.lstrip("./")}"'
    return re.sub(r'href="([^"]+)"', to_github, text)

def shell(title: str, body: str, here: str, nav: str) -> str:
    nav = nav.replace(f'href="{here}"', f'href="{here}" class="here"')
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} · firstnets</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><style>{CSS}</style></head>'
            f'<body><nav>{nav}</nav><main>{fix_links(body)}</main></body></html>\n')

def clean_notebook(nb):
    "Drop `#| hide` cells and the nbdev directive lines of the others (what a reader doesn't need to see)."
    keep = []
    for c in nb.cells:
        if c.cell_type == 'code':
            lines = c.source.splitlines()
            if any(l.replace(' ', '') == '#|hide' for l in lines): continue
            c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
            if not c.source and not c.get('outputs'): continue
        keep.append(c)
    nb.cells = keep; return nb

def title_of(nb) -> str:
    for c in nb.cells:
        if c.cell_type == 'markdown' and (m := re.search(r'^# (.+)$', c.source, re.M)): return m.group(1).strip()
    return 'firstnets'

def api_page(mod: str) -> str:
    from nbdev.showdoc import show_doc
    m = importlib.import_module(f'firstnets.{mod}')
    parts = [f'<h1>API: firstnets.{mod}</h1>', f'<p>Exported from <a href="{mod_nb(mod)}">the {mod} notebook</a>.</p>']
    for name in getattr(m, '__all__', []):
        obj = getattr(m, name)
        if not callable(obj): continue
        try: md = show_doc(obj, name=name)._repr_markdown_()
        except Exception as e: md = f'### {name}\n\n(no documentation: {type(e).__name__})'
        parts.append(markdown2html_mistune(md))
    return '\n'.join(parts)

def mod_nb(mod: str) -> str:
    for nb in sorted((ROOT/'nbs').glob('*.ipynb')):
        if re.search(rf'#\|\s*default_exp\s+{mod}\b', nb.read_text()): return page_name(nb)
    return 'index.html'

def build(out: Path) -> list[Path]:
    shutil.rmtree(out, ignore_errors=True); out.mkdir(parents=True)
    nbs = sorted((ROOT/'nbs').glob('*.ipynb'), key=lambda p: (p.stem != 'index', p.stem))
    exporter = HTMLExporter(template_name='basic', exclude_input_prompt=True, exclude_output_prompt=True)
    pages = {}
    for p in nbs:
        nb = clean_notebook(nbformat.read(p, as_version=4))
        body, _ = exporter.from_notebook_node(nb)
        pages[page_name(p)] = (title_of(nb), body)
    for mod in MODULES: pages[f'api_{mod}.html'] = (f'API: {mod}', api_page(mod))
    for src, name, title in ((ROOT/'lessons_learned.md', 'lessons_learned.html', 'Lessons learned'),
                             (ROOT/'data_scripts'/'README.md', 'data_scripts.html', 'data_scripts')):
        pages[name] = (title, markdown2html_mistune(src.read_text()))
    nav = ['<h4>firstnets</h4>', '<a href="index.html">Start here</a>', '<h4>Notebooks</h4>']
    nav += [f'<a href="{page_name(p)}">{html.escape(pages[page_name(p)][0])}</a>' for p in nbs if p.stem != 'index']
    nav += ['<h4>API</h4>'] + [f'<a href="api_{m}.html">firstnets.{m}</a>' for m in MODULES]
    nav += ['<h4>More</h4>', '<a href="lessons_learned.html">Lessons learned</a>', '<a href="data_scripts.html">Real data scripts</a>']
    nav = '\n'.join(nav)
    (out/'colab-badge.svg').write_text(BADGE_SVG)
    written = []
    for name, (title, body) in pages.items():
        (out/name).write_text(shell(title, body, name, nav), encoding='utf-8'); written.append(out/name)
    return written

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default=str(ROOT/'_docs'))
    pages = build(Path(ap.parse_args().out))
    print(f'wrote {len(pages)} pages to {pages[0].parent}')
