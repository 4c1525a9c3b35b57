"""Writes synthetic plate lines in chunks of 2000: OUT_DIR/chunk-SEED-K.npz (images uint8
Nx32x128, labels, lengths). Chunks appear one by one, so training can start on the first ones.

usage: gendata.py OUT_DIR CHUNKS SEED [WORKERS]

Deterministic: chunk K of seed S is rendered from its own generator (seed S*100003+K), so the
images do not depend on the number of workers or the order chunks finish in; with the same
fonts and the same numpy/OpenCV/Pillow versions the arrays are the same. At the end it writes
OUT_DIR/manifest.txt: the font files used and the SHA-256 of every chunk's arrays (not of the
.npz file, whose zip headers carry times).
"""

import hashlib
import os
import sys
from multiprocessing import Pool

import numpy as np

import platesynth

cv2 = platesynth.cv2
cv2.setNumThreads(1)

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


def arrays_sha256(path):
    """SHA-256 over the arrays of one chunk (images, labels, lengths), independent of zip times."""
    h = hashlib.sha256()
    with np.load(path) as z:
        for name in ("images", "labels", "lengths"):
            h.update(np.ascontiguousarray(z[name]).tobytes())
    return h.hexdigest()


def manifest(out_dir, chunks, seed):
    lines = [f"seed {seed} chunks {chunks} per_chunk {PER_CHUNK}"]
    lines += [f"font {p}" for p in platesynth.FONTS]
    total = hashlib.sha256()
    for k in range(chunks):
        digest = arrays_sha256(os.path.join(out_dir, f"chunk-{seed}-{k:04d}.npz"))
        total.update(digest.encode())
        lines.append(f"chunk {k:04d} {digest}")
    lines.append(f"data {total.hexdigest()}")
    with open(os.path.join(out_dir, "manifest.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"data sha256 {total.hexdigest()} ({chunks} chunks, {len(platesynth.FONTS)} fonts)")


def main():
    out_dir, chunks, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    os.makedirs(out_dir, exist_ok=True)
    with Pool(workers) as pool:
        pool.map(chunk, [(out_dir, seed, k) for k in range(chunks)], chunksize=1)
    manifest(out_dir, chunks, seed)


if __name__ == "__main__":
    main()
