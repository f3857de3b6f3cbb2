#!/usr/bin/env python
"""Open the docs site (_docs/, from .ci/build_docs.py) and JupyterLab in headless Chromium and check what a learner sees:
every page loads with no console errors and has a title, every internal link and anchor resolves, and JupyterLab renders
the planes notebook's title cell. Screenshots go to _docs/screens/.

    python .ci/test_site.py [--site _docs] [--no-lab]
"""
import argparse, functools, html.parser, http.server, os, secrets, socket, subprocess, sys, threading, time, urllib.parse, urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a): pass

def serve(folder: Path):
    srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f'http://127.0.0.1:{srv.server_address[1]}'

def browser(width=1280, height=1000):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    o = Options(); o.binary_location = os.environ.get('CHROMIUM', '/usr/bin/chromium')
    for a in ('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', f'--window-size={width},{height}'): o.add_argument(a)
    o.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    return webdriver.Chrome(service=Service(os.environ.get('CHROMEDRIVER', '/usr/bin/chromedriver')), options=o)

class _Links(html.parser.HTMLParser):
    def __init__(self): super().__init__(); self.refs, self.ids = [], set()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a: self.ids.add(a['id'])
        if tag == 'a' and a.get('name'): self.ids.add(a['name'])
        for k in ('href', 'src'):
            if a.get(k): self.refs.append(a[k])

def parse(path: Path) -> _Links:
    p = _Links(); p.feed(path.read_text(encoding='utf-8')); return p

def check_links(site: Path, base: str) -> list[str]:
    "Every relative href/src of every page must be served (HTTP 200), and every #anchor must exist on its page."
    problems, parsed = [], {p.name: parse(p) for p in site.glob('*.html')}
    for page, links in parsed.items():
        for ref in links.refs:
            u = urllib.parse.urlsplit(ref)
            if u.scheme in ('http', 'https', 'mailto', 'data') or ref.startswith('//'): continue
            target = u.path or page
            if u.path:
                try: urllib.request.urlopen(f'{base}/{urllib.parse.quote(target)}', timeout=10).read()
                except Exception as e: problems.append(f'{page}: link {ref} does not resolve ({e})'); continue
            ids = parsed.get(target, _Links()).ids
            if u.fragment and target.endswith('.html') and u.fragment not in ids and urllib.parse.unquote(u.fragment) not in ids:
                problems.append(f'{page}: anchor {ref} not found in {target}')
    return problems

def check_pages(site: Path, base: str, screens: Path) -> list[str]:
    from selenium.webdriver.common.by import By
    problems, d = [], browser()
    try:
        for page in sorted(p.name for p in site.glob('*.html')):
            d.get(f'{base}/{page}')
            errors = [l['message'] for l in d.get_log('browser') if l['level'] == 'SEVERE']
            if errors: problems.append(f'{page}: console errors {errors[:3]}')
            if not d.find_elements(By.TAG_NAME, 'h1'): problems.append(f'{page}: no title (h1) rendered')
            if not d.find_elements(By.CSS_SELECTOR, 'nav a[href="index.html"]'): problems.append(f'{page}: no sidebar')
            if page in ('index.html', '01_planes.html'):
                d.set_window_size(1280, 1600); d.save_screenshot(str(screens/page.replace('.html', '.png'))); d.set_window_size(1280, 1000)
    finally: d.quit()
    return problems

def free_port() -> int:
    with socket.socket() as s: s.bind(('127.0.0.1', 0)); return s.getsockname()[1]

def check_jupyterlab(screens: Path, notebook='nbs/01_planes.ipynb', expect='planes', timeout=180) -> list[str]:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    import shutil, tempfile
    token, port = secrets.token_hex(16), free_port()
    log = open(screens/'jupyterlab.log', 'w')
    root = Path(tempfile.mkdtemp())   # a copy: JupyterLab's autosave must never touch the repository's notebooks
    (root/notebook).parent.mkdir(parents=True); shutil.copy(ROOT/notebook, root/notebook)
    lab = subprocess.Popen([sys.executable, '-m', 'jupyter', 'lab', '--no-browser', f'--ServerApp.token={token}', '--ServerApp.ip=127.0.0.1',
                            f'--ServerApp.port={port}', f'--ServerApp.root_dir={root}', '--ServerApp.open_browser=False', '--allow-root'], stdout=log, stderr=log)
    try:
        for _ in range(120):
            try: urllib.request.urlopen(f'http://127.0.0.1:{port}/api/status?token={token}', timeout=2); break
            except Exception: time.sleep(1)
        else: return [f'jupyter lab did not start on 127.0.0.1:{port} (see {screens/"jupyterlab.log"})']
        d = browser()
        try:
            d.get(f'http://127.0.0.1:{port}/lab/tree/{notebook}?token={token}')
            title = lambda drv: [e for e in drv.find_elements(By.CSS_SELECTOR, '.jp-RenderedMarkdown h1') if expect in e.text.lower()]
            try: WebDriverWait(d, timeout).until(title)
            except Exception: return [f'JupyterLab did not render the title cell of {notebook} within {timeout} s']
            finally: d.save_screenshot(str(screens/'jupyterlab.png'))
            print(f'JupyterLab rendered {notebook}: {title(d)[0].text!r}')
        finally: d.quit()
    finally:
        lab.terminate()
        try: lab.wait(20)
        except subprocess.TimeoutExpired: lab.kill()
    return []

if __name__ == '__main__':
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--site', default=str(ROOT/'_docs')); ap.add_argument('--no-lab', action='store_true')
    a = ap.parse_args()
    site = Path(a.site); screens = site/'screens'; screens.mkdir(parents=True, exist_ok=True)
    if not (site/'index.html').exists(): sys.exit(f'{site}: no index.html (run python .ci/build_docs.py first)')
    srv, base = serve(site)
    try: problems = check_links(site, base) + check_pages(site, base, screens)
    finally: srv.shutdown()
    if not a.no_lab: problems += check_jupyterlab(screens)
    for p in problems: print('problem:', p)
    print(f"site: {len(list(site.glob('*.html')))} pages checked in Chromium, screenshots in {screens}: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
