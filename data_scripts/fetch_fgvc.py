#!/usr/bin/env python
"""Download and unpack FGVC-Aircraft (fgvc-aircraft-2013b, 10,000 Airliners.net photos, ~2.75 GB) into the firstnets
data home (~/.firstnets or $FIRSTNETS_HOME). The download resumes where it stopped and its SHA-256 is recorded, so a
later re-download that differs is refused.

    python data_scripts/fetch_fgvc.py
    firstnets_planes --fgvc <printed path> --out runs/planes-fgvc
"""
import argparse
from firstnets.planes_data import fetch_fgvc

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--url', help='mirror to download from instead of the official address')
    p.add_argument('--sha256', help='expected SHA-256 of the archive')
    a = p.parse_args()
    root = fetch_fgvc(url=a.url, sha256=a.sha256)
    print(root)
    print(f'train with: firstnets_planes --fgvc {root} --out runs/planes-fgvc')
