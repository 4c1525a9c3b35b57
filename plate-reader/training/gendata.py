"""Writes synthetic plate lines in chunks of 2000: OUT_DIR/chunk-SEED-K.npz (images uint8
Nx32x128, labels, lengths). Chunks appear one by one, so training can start on the first ones.

usage: gendata.py OUT_DIR CHUNKS SEED [WORKERS]
"""

import os
import sys
from multiprocessing import Pool

import numpy as np

import platesynth

MAX_LEN = 10
PER_CHUNK = 2000


def chunk(args):
    out_dir, seed, k = args
    path = os.path.join(out_dir, f"chunk-{seed}-{k:04d}.npz")
    if os.path.exists(path):
        return
    rng = np.random.default_rng(seed * 100003 + k)
    images = np.zeros((PER_CHUNK, platesynth.OUT_H, platesynth.OUT_W), np.uint8)
    labels = np.zeros((PER_CHUNK, MAX_LEN), np.int64)
    lengths = np.zeros(PER_CHUNK, np.int64)
    for i in range(PER_CHUNK):
        img, text = platesynth.render(rng)
        codes = platesynth.encode(text)[:MAX_LEN]
        images[i] = img
        labels[i, : len(codes)] = codes
        lengths[i] = len(codes)
    np.savez(path + ".tmp.npz", images=images, labels=labels, lengths=lengths)
    os.rename(path + ".tmp.npz", path)


def main():
    out_dir, chunks, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    os.makedirs(out_dir, exist_ok=True)
    with Pool(workers) as pool:
        pool.map(chunk, [(out_dir, seed, k) for k in range(chunks)], chunksize=1)


if __name__ == "__main__":
    main()
