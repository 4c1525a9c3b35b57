"""Trains PlateLineNet with CTC on synthetic plate lines; exports ONNX after every round.

usage: [THREADS=1] [SEED=7] [LR=3e-3] [INIT=earlier/last.pt] train.py OUT_DIR DATA_DIR
       TOTAL_STEPS STEPS_PER_ROUND

DATA_DIR must be complete (gendata.py writes manifest.txt last); the chunks it lists are loaded
once, the first held out for validation. Deterministic: one seed drives the weights, dropout and
the batches; the generators' states are kept in OUT_DIR/last.pt, so a resumed run continues
exactly as an uninterrupted one; torch runs with deterministic algorithms. Bit-for-bit equal
results need the same THREADS (1 is the documented setting) and the same torch build. The last
round also writes OUT_DIR/plate-line.onnx and prints its SHA-256.
"""
import hashlib
import os
import sys
import time

import numpy as np
import torch
from torch import nn

from model import PlateLineNet, standardise
from platesynth import ALPHABET

SEED = int(os.environ.get("SEED", "7"))
torch.manual_seed(SEED)
np.random.seed(SEED)
torch.set_num_threads(int(os.environ.get("THREADS", "1")))
torch.set_num_interop_threads(1)
torch.use_deterministic_algorithms(True)
BATCH = 64
VAL = int(os.environ.get("VAL", "2000"))


def greedy(out):
    """Best class per column, repeats merged, blanks dropped."""
    best = out.argmax(1).squeeze(1).numpy()
    texts = []
    for row in best:
        s, prev = [], 0
        for k in row:
            if k != prev and k != 0:
                s.append(ALPHABET[k - 1])
            prev = k
        texts.append("".join(s))
    return texts


def export(model, path):
    model.eval()
    dummy = torch.zeros(1, 1, 32, 128)
    torch.onnx.export(model, dummy, path, input_names=["input"], output_names=["scores"],
                      opset_version=11, do_constant_folding=True)


def load(data_dir):
    manifest = os.path.join(data_dir, "manifest.txt")
    if not os.path.exists(manifest):
        raise SystemExit(f"{manifest} missing: let gendata.py finish first")
    with open(manifest) as f:
        head = f.readline().split()
        seed, chunks = int(head[1]), int(head[3])
    paths = [os.path.join(data_dir, f"chunk-{seed}-{k:04d}.npz") for k in range(chunks)]
    parts = [np.load(p) for p in paths]
    return (torch.from_numpy(np.concatenate([p["images"] for p in parts])),
            np.concatenate([p["labels"] for p in parts]),
            np.concatenate([p["lengths"] for p in parts]))


def main():
    out_dir, data_dir = sys.argv[1], sys.argv[2]
    total_steps, round_steps = int(sys.argv[3]), int(sys.argv[4])
    os.makedirs(out_dir, exist_ok=True)
    model = PlateLineNet()
    step = 0
    resume = os.path.join(out_dir, "last.pt")
    peak = float(os.environ.get("LR", "3e-3"))
    opt = torch.optim.AdamW(model.parameters(), lr=peak, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=peak, total_steps=total_steps,
                                                pct_start=0.08)
    if os.environ.get("INIT") and not os.path.exists(resume):
        # Fine-tuning: weights from an earlier run, a fresh optimiser and schedule.
        model.load_state_dict(torch.load(os.environ["INIT"])["model"])
    if os.path.exists(resume):
        state = torch.load(resume)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step = state["step"]
    batches = torch.Generator().manual_seed(SEED)
    if os.path.exists(resume):
        batches.set_state(state["batches"])
        torch.set_rng_state(state["torch"])
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    images, labels, lengths = load(data_dir)
    n = len(images) - VAL
    truth = ["".join(ALPHABET[k - 1] for k in labels[i, : lengths[i]]) for i in range(VAL)]
    print(f"data {len(images)} images, {n} for training, {VAL} held out", flush=True)
    while step < total_steps:
        model.train()
        t0, total, done = time.time(), 0.0, 0
        for b in range(min(round_steps, total_steps - step)):
            idx = torch.randint(VAL, VAL + n, (BATCH,), generator=batches)
            x = standardise(images[idx].unsqueeze(1).float() / 255)
            out = model(x).squeeze(2).permute(2, 0, 1).log_softmax(2)  # T, N, C
            lab = labels[idx.numpy()]
            lens = lengths[idx.numpy()]
            targets = torch.from_numpy(np.concatenate([lab[i, : lens[i]] for i in range(BATCH)]))
            loss = ctc(out, targets, torch.full((BATCH,), out.shape[0], dtype=torch.long),
                       torch.from_numpy(lens))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            done += 1
            total += loss.item()
            if b % 200 == 0:
                print(f"step {step} samples {n} loss {total / done:.3f} "
                      f"{done * BATCH / (time.time() - t0):.0f}/s", flush=True)
        model.eval()
        with torch.no_grad():
            got = []
            for b in range(0, VAL, 250):
                x = standardise(images[b: b + 250].unsqueeze(1).float() / 255)
                got += greedy(model(x))
        acc = np.mean([g == t for g, t in zip(got, truth)])
        print(f"round end step {step} loss {total / max(1, done):.3f} val_exact {acc:.3f} "
              f"time {time.time() - t0:.0f}s", flush=True)
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(),
                    "sched": sched.state_dict(), "step": step, "batches": batches.get_state(),
                    "torch": torch.get_rng_state()}, resume)
        export(model, os.path.join(out_dir, f"plate-line-s{step}.onnx"))
    final = os.path.join(out_dir, "plate-line.onnx")
    export(model, final)
    with open(final, "rb") as f:
        print(f"model {final} sha256 {hashlib.sha256(f.read()).hexdigest()}", flush=True)


if __name__ == "__main__":
    main()
