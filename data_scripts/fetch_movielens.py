#!/usr/bin/env python
"""Download and unpack MovieLens ml-latest-small (100,000 ratings, genres) into the firstnets data home.

A shim for those with a checkout: `pip install firstnets` gives the same command as `firstnets_fetch_movielens`.

    firstnets_fetch_movielens              # from the lenskit source archive on PyPI (SHA-256 pinned)
    firstnets_fetch_movielens --url URL    # e.g. GroupLens' own ml-latest-small.zip, or a mirror

It ends by printing the `firstnets_music` command that trains on it (or just run `firstnets_music --movielens`).
"""
from firstnets.music_data import firstnets_fetch_movielens

if __name__ == '__main__': firstnets_fetch_movielens()
