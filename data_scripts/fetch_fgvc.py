#!/usr/bin/env python
"""Download and unpack FGVC-Aircraft (fgvc-aircraft-2013b, 10,000 Airliners.net photos, ~2.75 GB) into the firstnets
data home (~/.firstnets or $FIRSTNETS_HOME), checked against the MD5 published by VGG.

Kept for those with a checkout; the command is `firstnets_fetch_fgvc` (installed with firstnets):

    firstnets_fetch_fgvc [--url MIRROR] [--sha256 HEX | --md5 HEX]
    firstnets_planes --fgvc <printed path> --out runs/planes-fgvc
"""
from firstnets.planes_data import firstnets_fetch_fgvc

if __name__ == '__main__':
    firstnets_fetch_fgvc()
