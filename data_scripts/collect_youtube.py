#!/usr/bin/env python
"""Collect YouTube videos' metadata and thumbnails with yt-dlp into a resumable JSONL manifest.

This is a shim for a checkout: the command is `firstnets_collect_youtube`, installed with firstnets, e.g.

    firstnets_collect_youtube --out runs/yt "https://www.youtube.com/@somechannel/videos" "cooking for one"

Run `firstnets_collect_youtube --help` for the options. Then: firstnets_thumbnails --data runs/yt/manifest.jsonl
"""
from firstnets.thumbnails_data import firstnets_collect_youtube

if __name__ == '__main__': firstnets_collect_youtube()
