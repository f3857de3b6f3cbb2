#!/usr/bin/env python
"""Download and unpack a Last.fm listening dump into the firstnets data home (~/.firstnets or $FIRSTNETS_HOME).

    python data_scripts/fetch_lastfm.py hetrec   # hetrec2011-lastfm-2k, ~2.5 MB, has tags (genre labels)
    python data_scripts/fetch_lastfm.py 360k     # lastfm-dataset-360K, ~550 MB, 17.5 M user-artist rows
    python data_scripts/fetch_lastfm.py 1k       # lastfm-dataset-1K, ~650 MB, 19 M plays

Downloads resume where they stopped; the first download's SHA-256 is recorded and later ones are checked against it.
Then train on it with, e.g., `firstnets_music --lastfm hetrec <printed path>`.
"""
import argparse
from firstnets.music_data import fetch_lastfm, LASTFM_URLS

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('which', choices=sorted(LASTFM_URLS))
    p.add_argument('--url', help='mirror to download from instead of the official address')
    p.add_argument('--sha256', help='expected SHA-256 of the archive')
    a = p.parse_args()
    path = fetch_lastfm(a.which, url=a.url, sha256=a.sha256)
    print(f'{a.which}: {path}')
    print(f'train with: firstnets_music --lastfm {a.which} {path}')
