#!/usr/bin/env python
"""Politely download a CSV of `url,label` rows into DEST/<label>/ for `firstnets_planes --data DEST`.

Honours robots.txt, waits --delay seconds between requests to the same host, keeps DEST/manifest.jsonl so that an
interrupted run resumes without fetching anything twice, and drops files that are not usable images.

    python data_scripts/download_images.py my_planes.csv ~/.firstnets/my-planes --delay 2
"""
import argparse, json
from firstnets.planes_data import download_images

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('csv', help='CSV file with columns url,label')
    p.add_argument('dest', help='folder to fill with DEST/<label>/<file>')
    p.add_argument('--delay', type=float, default=1.0, help='seconds between requests to one host (default 1)')
    p.add_argument('--user-agent', default='firstnets-image-downloader', help='how to introduce yourself to the sites')
    a = p.parse_args()
    print(json.dumps(download_images(a.csv, a.dest, delay=a.delay, user_agent=a.user_agent), indent=1))
