#!/usr/bin/env python
"""A shim for people with a checkout: the same as the console script `firstnets_collect_speech`.

    firstnets_collect_speech voxlingua en zh --max 400 --out runs/speech
    firstnets_collect_speech commonvoice ~/cv-corpus-17.0-2024-03-15 --max 400 --out runs/speech

See `firstnets_collect_speech --help` (and nbs/14_langid_data.ipynb) for what it does.
"""
from firstnets.langid_data import firstnets_collect_speech

if __name__ == '__main__': firstnets_collect_speech()
