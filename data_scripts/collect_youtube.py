#!/usr/bin/env python
"""Collect YouTube videos' metadata and thumbnails with yt-dlp into a resumable JSONL manifest.

    python data_scripts/collect_youtube.py --out runs/yt "https://www.youtube.com/@somechannel/videos" "cooking for one"

Each source is a channel, playlist or video URL, or search words (which become a `ytsearchN:` query).
Per video it records id, title, channel, channel_follower_count, view_count, upload_date, duration, the
collection date and views per day, and downloads the thumbnail to OUT/thumbs/<id>.jpg. Run it again to
continue: collected ids are skipped, unavailable videos are listed in OUT/errors.jsonl and skipped.
Then: firstnets_thumbnails --data OUT/manifest.jsonl --out runs/thumbnails
"""
import argparse, json
from firstnets.thumbnails_data import collect

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('sources', nargs='+', help='channel/playlist/video URLs or search words')
    p.add_argument('--out', default='runs/yt', help='folder for manifest.jsonl, errors.jsonl and thumbs/')
    p.add_argument('--per-source', type=int, default=50, help='at most this many videos per source')
    p.add_argument('--min-interval', type=float, default=2.0, help='seconds between two videos (be polite)')
    a = p.parse_args()
    print(json.dumps(collect(a.sources, a.out, per_source=a.per_source, min_interval=a.min_interval)))
