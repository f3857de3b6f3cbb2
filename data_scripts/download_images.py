#!/usr/bin/env python
"""Politely download a CSV of `url,label` rows into DEST/<label>/ for `firstnets_planes --data DEST`.

Kept for those with a checkout; the command is `firstnets_download_images` (installed with firstnets):

    firstnets_download_images my_planes.csv ~/.firstnets/my-planes --delay 2
"""
import sys
from firstnets.planes_data import firstnets_download_images

if __name__ == '__main__':
    # this script used to spell the option --user-agent; the command line spells it --user_agent
    sys.argv = ['--user_agent' + a[len('--user-agent'):] if a.startswith('--user-agent') else a for a in sys.argv]
    firstnets_download_images()
