#!/usr/bin/env python
"""Fetch or arrange real English and Mandarin speech into the folder layout firstnets_langid reads.

    python data_scripts/collect_speech.py voxlingua en zh --max 400 --out runs/speech
    python data_scripts/collect_speech.py commonvoice ~/cv-corpus-17.0-2024-03-15 --max 400 --out runs/speech

voxlingua downloads VoxLingua107's per-language zips (resumable, checksummed) into the data home;
commonvoice reads a Common Voice release you downloaded and extracted yourself (it asks for an email
address, so it can't be fetched by a script). Both copy a balanced subset into OUT/<lang>/ with
OUT/metadata.csv naming each clip's speaker. Then: firstnets_langid --data OUT --out runs/langid
"""
import argparse
from firstnets.langid_data import fetch_voxlingua, load_voxlingua, load_common_voice, arrange_speech

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest='source', required=True)
    v = sub.add_parser('voxlingua', help='download VoxLingua107 languages'); v.add_argument('langs', nargs='+')
    c = sub.add_parser('commonvoice', help='arrange an extracted Common Voice release'); c.add_argument('root')
    c.add_argument('--locales', nargs='+', default=['en', 'zh-CN'])
    for s in (v, c):
        s.add_argument('--max', type=int, default=400, help='clips per language')
        s.add_argument('--out', default='runs/speech')
    a = p.parse_args()
    if a.source == 'voxlingua':
        root = [fetch_voxlingua(l) for l in a.langs][0].parent
        df = load_voxlingua(root, langs=a.langs)
    else:
        df = load_common_voice(a.root, locales=a.locales)
        if df.attrs.get('missing_clips'): print(f"{df.attrs['missing_clips']} TSV rows had no clip and were skipped")
    print(f"{len(df)} clips of {df['speaker'].nunique()} speakers -> {arrange_speech(df, a.out, max_per_lang=a.max)}")
