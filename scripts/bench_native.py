#!/usr/bin/env python3
"""Native speed against node's JSON.parse, side by side in one run, alternating, medians.

    python3 scripts/bench_native.py [--quick] [--out artifacts/bench/native.json]

For each size it generates a snapshot with `snapshot generate --offers N --seed 7 --references`, then
alternates (5 rounds, 3 in --quick): node timing `JSON.parse` of the file's text in process, and the
release `phases` example timing the fast path, the full walker and ranking in process (each the median
of its own runs). It also times the whole `snapshot check FILE` process against `node` parsing the
same file, start-up included. Prints a table with each figure beside its target and writes JSON.
Target (issue 9): `snapshot check` of the 10,000-offer file <= 1.0x node's JSON.parse of the same bytes.
"""
import argparse, json, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NODE_PARSE = r"""
const fs = require('fs');
const text = fs.readFileSync(process.argv[1], 'utf8');
const runs = [];
for (let i = 0; i < Number(process.argv[2]); i++) {
  const t = process.hrtime.bigint(); JSON.parse(text); runs.push(Number(process.hrtime.bigint() - t) / 1e6);
}
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ json_parse_ms: runs[Math.floor(runs.length / 2)] }));
"""
NODE_WHOLE = "JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8'))"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT, **kw).stdout


def wall(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - t) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--out", default="artifacts/bench/native.json")
    args = ap.parse_args()
    rounds = 3 if args.quick else 5
    sizes = [10_000] if args.quick else [1_000, 10_000]
    run(["cargo", "build", "--release", "--offline", "--quiet", "--bin", "snapshot", "--example", "phases"])
    checker = os.path.join(ROOT, "target", "release", "snapshot")
    phases = os.path.join(ROOT, "target", "release", "examples", "phases")
    os.makedirs(os.path.join(ROOT, "artifacts", "bench"), exist_ok=True)
    results = []
    for n in sizes:
        path = os.path.join(ROOT, "artifacts", "bench", f"snapshot-{n}.json")
        with open(path, "w") as f:
            f.write(run([checker, "generate", "--offers", str(n), "--seed", "7", "--references"]))
        samples = {"json_parse_ms": [], "fast_ms": [], "walker_ms": [], "rank_ms": [], "check_process_ms": [], "node_process_ms": []}
        for _ in range(rounds):
            node = json.loads(run(["node", "-e", NODE_PARSE, path, "3"]))
            ours = json.loads(run([phases, path, "3"]))
            if not ours["fast_path_accepted"]:
                sys.exit(f"the fast path refused {path}")
            samples["json_parse_ms"].append(node["json_parse_ms"])
            for key in ("fast_ms", "walker_ms", "rank_ms"):
                samples[key].append(ours[key])
            samples["check_process_ms"].append(wall([checker, "check", path]))
            samples["node_process_ms"].append(wall(["node", "-e", NODE_WHOLE, path]))
        med = {k: statistics.median(v) for k, v in samples.items()}
        results.append({"offers": n, "bytes": os.path.getsize(path), "medians": med, "samples": samples})
        print(f"native, {n:,} offers ({os.path.getsize(path) / 1e6:.1f} MB), medians of {rounds} alternating rounds:")
        ratio = med["fast_ms"] / med["json_parse_ms"]
        target = " (target <= 1.0x)" if n == 10_000 else ""
        print(f"  fast path (valid file)   {med['fast_ms']:8.1f} ms  = {ratio:4.2f}x node JSON.parse {med['json_parse_ms']:.1f} ms{target}"
              f" {'ok' if ratio <= 1.0 else 'over'}" if target else
              f"  fast path (valid file)   {med['fast_ms']:8.1f} ms  = {ratio:4.2f}x node JSON.parse {med['json_parse_ms']:.1f} ms")
        print(f"  full walker (all problems) {med['walker_ms']:6.1f} ms  = {med['walker_ms'] / med['json_parse_ms']:4.2f}x")
        print(f"  rank kh-match2 / 34      {med['rank_ms']:8.1f} ms")
        pr = med["check_process_ms"] / med["node_process_ms"]
        print(f"  `snapshot check` process {med['check_process_ms']:8.1f} ms  = {pr:4.2f}x `node` parsing it {med['node_process_ms']:.1f} ms (start-up included)")
    with open(os.path.join(ROOT, args.out), "w") as f:
        json.dump({"generated": time.strftime("%Y-%m-%dT%H:%M:%S"), "results": results}, f, indent=1)
    print(f"  written: {args.out}")


if __name__ == "__main__":
    main()
