#!/usr/bin/env python
"""Download and unpack a Last.fm listening dump into the firstnets data home (~/.firstnets or $FIRSTNETS_HOME).

A shim for those with a checkout: `pip install firstnets` gives the same command as `firstnets_fetch_lastfm`.

    firstnets_fetch_lastfm hetrec   # hetrec2011-lastfm-2k, ~2.5 MB, has tags (genre labels)
    firstnets_fetch_lastfm 360k     # lastfm-dataset-360K, ~550 MB, 17.5 M user-artist rows
    firstnets_fetch_lastfm 1k       # lastfm-dataset-1K, ~650 MB, 19 M plays
    firstnets_fetch_lastfm 360k --url MIRROR/lastfm-dataset-360K.tar.gz

Downloads resume where they stopped and are locked against a second run; the unpacked files are checked against the
MD5s their README publishes (360k, 1k); hetrec publishes none, so its first good archive's SHA-256 is recorded.
It ends by printing the `firstnets_music` command that trains on what it fetched.
"""
from firstnets.music_data import firstnets_fetch_lastfm

if __name__ == '__main__': firstnets_fetch_lastfm()
