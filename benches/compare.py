#!/usr/bin/env python3
"""Reframe beside Anki on the same workload, in one sitting (absolute times drift on shared
machines; compare the ratios). Run from the repository root:

    python3 benches/compare.py [--sizes 1000,10000,100000] [--runs 20]
        [--anki-python /work/.venv-anki/bin/python] [--anki-bench ../shared/bench/anki_bench.py]

Needs `hyperfine` and GNU `time` (Debian: apt-get install hyperfine time). For each size it
writes a synthetic data folder (examples/synth.rs), times `reframe status` as a whole process
(hyperfine, after one untimed run that builds the deck cache), takes its peak RSS
(/usr/bin/time), runs examples/perf_probe.rs (in-process open → first card, median of 200
answers), then runs anki_bench.py for the same size. Last, examples/answer_probe.rs alternates
answers between the smallest and largest folder, so both meet the same fsync phases. Prints a markdown table and writes every
raw figure to target/compare-<date>.json.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REL = os.path.join(ROOT, "target", "release")


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def result_line(stdout):
    lines = [l for l in stdout.splitlines() if l.startswith("RESULT ")]
    return json.loads(lines[-1][len("RESULT "):])


def reframe_figures(n, work, runs):
    data = os.path.join(work, f"reframe-{n}")
    synth = run([os.path.join(REL, "examples", "synth"), "--cards", str(n), "--out", data]).stdout.strip()
    status = [os.path.join(REL, "reframe"), "status", "--data-dir", data]
    env = {k: v for k, v in os.environ.items() if k != "REFRAME_DATA_DIR"}
    t = time.perf_counter()
    counts = run(status, env=env).stdout
    first_ms = (time.perf_counter() - t) * 1000
    hf = os.path.join(work, f"hyperfine-{n}.json")
    run(["hyperfine", "-N", "--warmup", "3", "--runs", str(runs), "--export-json", hf,
         " ".join(status)], env=env)
    with open(hf) as f:
        h = json.load(f)["results"][0]
    rss = []
    for _ in range(3):
        p = subprocess.run(["/usr/bin/time", "-f", "%M", *status], capture_output=True, text=True, env=env)
        rss.append(int(p.stderr.strip().splitlines()[-1]))
    probe = result_line(run([os.path.join(REL, "examples", "perf_probe"), data, "--answers", "200"]).stdout)
    return {
        "synth": synth,
        "status_output": counts,
        "status_first_run_ms": round(first_ms, 1),
        "status_median_ms": round(h["median"] * 1000, 1),
        "status_mean_ms": round(h["mean"] * 1000, 1),
        "status_stddev_ms": round(h["stddev"] * 1000, 1),
        "status_peak_rss_kb": max(rss),
        "probe": probe,
    }


def anki_figures(n, python, bench, work):
    p = run([python, bench, str(n), "--profiles", "stock", "--answer-runs", "1", "--repeats", "3",
             "--workdir", work])
    r = result_line(p.stdout)
    return {"headline": r["headline"]["stock"], "build": r["build"], "anki_version": r["anki_version"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--anki-python", default="/work/.venv-anki/bin/python")
    ap.add_argument("--anki-bench", default=os.path.join(ROOT, "..", "shared", "bench", "anki_bench.py"))
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--bin", "reframe", "--example", "synth",
                        "--example", "perf_probe", "--example", "answer_probe"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="reframe-compare-")
    out = {"date_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
           "machine": {"cpus": os.cpu_count(), "kernel": platform.release()}, "sizes": {}}
    try:
        with open("/proc/cpuinfo") as f:
            out["machine"]["cpu"] = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    try:
        for n in [int(x) for x in a.sizes.split(",")]:
            print(f"[{n}] reframe ...", file=sys.stderr, flush=True)
            r = reframe_figures(n, work, a.runs)
            print(f"[{n}] anki ...", file=sys.stderr, flush=True)
            k = anki_figures(n, a.anki_python, a.anki_bench, work)
            out["sizes"][n] = {"reframe": r, "anki": k}
        sizes = sorted(out["sizes"])
        if len(sizes) >= 2:
            # Answers alternating between the smallest and the largest folder: same fsync phases.
            small = os.path.join(work, f"reframe-{sizes[0]}")
            large = os.path.join(work, f"reframe-{sizes[-1]}")
            out["answer_interleaved"] = result_line(run(
                [os.path.join(REL, "examples", "answer_probe"), small, large, "--answers", "600"]).stdout)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    path = os.path.join(ROOT, "target", f"compare-{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    print("| cards | Reframe `status`, process (median) | Anki process start → first card | ratio | "
          "Reframe open → first card (in process) | Anki open → first card (in process) | "
          "Reframe answer, median | Anki answer, median | fsync 4 KiB (Reframe run / Anki run) | "
          "Reframe `status` peak RSS | Anki peak RSS |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n, s in out["sizes"].items():
        r, k = s["reframe"], s["anki"]["headline"]
        ratio = r["status_median_ms"] / k["warm_process_start_to_first_card_ms"]
        print(f"| {n:,} | {r['status_median_ms']} ms | {k['warm_process_start_to_first_card_ms']:.0f} ms | "
              f"{ratio:.2f} | {r['probe']['open_to_first_card_ms']:.1f} ms | {k['warm_open_to_first_card_ms']:.1f} ms | "
              f"{r['probe']['answer_median_ms']:.2f} ms | {k['answer_median_ms']:.2f} ms | "
              f"{r['probe']['fsync_4k_median_ms']:.2f} / {k['fsync_4k_median_ms_per_run'][0]:.2f} ms | "
              f"{r['status_peak_rss_kb'] / 1024:.1f} MiB | {k['peak_rss_kb'] / 1024:.1f} MiB |")
    for r in out.get("answer_interleaved", []):
        print(f"answer, interleaved: {r['cards']:,} cards: median {r['median_ms']} ms, p90 {r['p90_ms']} ms, "
              f"max {r['max_ms']} ms over {r['answers']} answers")
    print(f"raw figures: {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
