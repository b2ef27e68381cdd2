#!/usr/bin/env python3
"""Splits TimeML gold and predictions into the fixed folds `eval timex` reports, so the scorer of record can score
each part: fold = MD5 of the file name (first 8 hex digits as a number) mod 3; fold 0 is held aside, 1 and 2 are the
fit part. Makes OUT/fit/{gold,pred} and OUT/held/{gold,pred} as folders of symbolic links.
usage: folds.py GOLD_DIR PRED_DIR OUT_DIR   then   timex_score.py OUT/fit/gold OUT/fit/pred   (and held)"""
import hashlib, os, sys

def fold(name):
    return int(hashlib.md5(name.encode()).hexdigest()[:8], 16) % 3

gold_dir, pred_dir, out = sys.argv[1:4]
for part in ("fit", "held"):
    for side in ("gold", "pred"):
        os.makedirs(os.path.join(out, part, side), exist_ok=True)
for root, _, files in os.walk(gold_dir):
    for f in files:
        if not f.endswith(".tml"):
            continue
        part = "held" if fold(f) == 0 else "fit"
        for side, src in (("gold", os.path.join(root, f)), ("pred", os.path.join(pred_dir, f))):
            link = os.path.join(out, part, side, f)
            if os.path.lexists(link):
                os.remove(link)
            if os.path.exists(src):
                os.symlink(os.path.abspath(src), link)
