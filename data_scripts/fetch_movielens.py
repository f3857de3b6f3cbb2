#!/usr/bin/env python
"""Download and unpack MovieLens ml-latest-small (100,004 ratings, genres) into the firstnets data home.

    python data_scripts/fetch_movielens.py              # from the lenskit source archive on PyPI (checksum pinned)
    python data_scripts/fetch_movielens.py --url URL    # e.g. GroupLens' own ml-latest-small.zip, or a mirror

Then train on it with `firstnets_music --movielens <printed path>` (or just `firstnets_music --movielens`).
"""
import argparse
from firstnets.music_data import fetch_movielens

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--url', help='address to download from instead of the lenskit archive on PyPI')
    p.add_argument('--sha256', help='expected SHA-256 of the archive')
    a = p.parse_args()
    path = fetch_movielens(url=a.url, sha256=a.sha256)
    print(f'movielens: {path}')
    print(f'train with: firstnets_music --movielens {path}')
