#!/usr/bin/env python3
"""Cross-checks the Rust ranking (`snapshot rank ... --json`) against scripts/reference_rank.py.

    cargo build --bin snapshot
    python3 scripts/cross_check_rank.py target/debug/snapshot [--seeds N] [--offers N] [--keep DIR]

For every seed 0..N-1 (default 50) it generates a synthetic snapshot (--offers N offers, default
80) with and without `--references` and ranks every target group at ages 20, 34 and 60. It then
derives an "edge" variant of each of those snapshots (deterministic per seed) that exercises what
the generator rarely or never produces: ages outside every band, a cell with nothing to pool,
offers with no "all" result, reference entries with missing measures or small n, complaints above
participants, participants 0, exact share ties, a cell with 0 complaints everywhere, a cell with
one share exactly 0 or 1 everywhere, duplicate and non-ASCII Danish names, and more offer age
limits; those are ranked at ages 15, 17, 20, 29, 30, 34, 60, 64, 65 and 99. Finally
public/data/snapshot.json is checked when it exists, for every target group it lists.

Compared per query: ranked order, band used, participants, per criterion the tier, share, n,
Wilson low/high (to 1e-9), the satisfaction caution mark, the reference share the tier was taken
against ("city", to 1e-9) and the missing reason (and n for too_few); the flags (kinds, and for
complaints the interval and the pooled rate); the unranked offers in order with their status.

Prints `cross-check: P passed, F failed` and exits 1 on any mismatch.
"""
import copy
import json
import os
import pathlib
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import reference_rank as ref  # noqa: E402

TOL = 1e-9
ROOT = pathlib.Path(__file__).resolve().parent.parent
PLAIN_AGES = (20, 34, 60)
EDGE_AGES = (15, 17, 20, 29, 30, 34, 60, 64, 65, 99)
EDGE_NAMES = ["Åben værksted", "Ærligt job", "Østerbro mentor", "Zebra", "aktiv", "Aktiv",
              "Ébène", "Tilbud 1", "Tilbud 1", "Zebra"]


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= TOL


def run_rust(binary, path, group, age):
    proc = subprocess.run([binary, "rank", str(path), "--group", group, "--age", str(age), "--json"],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"rust exited {proc.returncode}: {proc.stderr.strip()[:300]}")
    return json.loads(proc.stdout)


def compare(mine, rust):
    """Returns a list of mismatch descriptions (empty when the two agree)."""
    errs = []
    r_ranked = [r for r in rust if r.get("rank") is not None]
    r_unranked = [r for r in rust if r.get("rank") is None]
    m_ids = [r["offer"] for r in mine["ranked"]]
    r_ids = [r["offer"] for r in r_ranked]
    if m_ids != r_ids:
        first = next((i for i, (a, b) in enumerate(zip(m_ids, r_ids)) if a != b), min(len(m_ids), len(r_ids)))
        errs.append(f"ranked order differs at position {first + 1}: python {m_ids[first:first + 4]} "
                    f"vs rust {r_ids[first:first + 4]} (lengths {len(m_ids)}/{len(r_ids)})")
    if [r["rank"] for r in r_ranked] != list(range(1, len(r_ranked) + 1)):
        errs.append("rust ranks are not 1..n")
    r_by_id = {r["offer"]: r for r in r_ranked}
    for m in mine["ranked"]:
        r = r_by_id.get(m["offer"])
        if r is None:
            continue
        oid = m["offer"]
        if r.get("band_used") != m["band_used"]:
            errs.append(f"{oid}: band_used python {m['band_used']} vs rust {r.get('band_used')}")
        if r.get("participants", m["participants"]) != m["participants"]:
            errs.append(f"{oid}: participants python {m['participants']} vs rust {r.get('participants')}")
        for c in ref.CRITERIA:
            mm, rm = m[c], r.get(c) or {}
            if rm.get("tier") != mm["tier"]:
                errs.append(f"{oid}.{c}: tier python {mm['tier']} vs rust {rm.get('tier')} "
                            f"(python reference {mm.get('reference')} [{mm['reference_source']}], "
                            f"rust city {rm.get('city')}; interval {mm.get('low')}..{mm.get('high')})")
            if "share" in mm:
                if rm.get("share") != mm["share"] or rm.get("n") != mm["n"]:
                    errs.append(f"{oid}.{c}: share/n python {mm['share']}/{mm['n']} vs rust "
                                f"{rm.get('share')}/{rm.get('n')}")
                if not close(rm.get("low"), mm["low"]) or not close(rm.get("high"), mm["high"]):
                    errs.append(f"{oid}.{c}: wilson python {mm['low']}..{mm['high']} vs rust "
                                f"{rm.get('low')}..{rm.get('high')}")
                if rm.get("caution") != mm["caution"]:
                    errs.append(f"{oid}.{c}: caution python {mm['caution']} vs rust {rm.get('caution')}")
                if "city" in rm:
                    if mm["reference"] is None:
                        if rm["city"] is not None:
                            errs.append(f"{oid}.{c}: reference python none vs rust {rm['city']}")
                    elif not close(rm["city"], mm["reference"]):
                        errs.append(f"{oid}.{c}: reference python {mm['reference']} "
                                    f"[{mm['reference_source']}] vs rust {rm['city']}")
            else:
                if rm.get("missing") != mm["missing"]:
                    errs.append(f"{oid}.{c}: missing python {mm['missing']} vs rust {rm.get('missing')}")
                if mm["missing"] == "too_few" and "n" in mm and rm.get("n") != mm["n"]:
                    errs.append(f"{oid}.{c}: too_few n python {mm['n']} vs rust {rm.get('n')}")
        r_flags = r.get("flags") or []
        r_kinds = [f.get("kind") for f in r_flags]
        if r_kinds != m["flags"]:
            errs.append(f"{oid}: flags python {m['flags']} vs rust {r_kinds}")
        rc = next((f for f in r_flags if f.get("kind") == "complaints"), None)
        if rc is not None and "complaints" in m["flags"]:
            d = m["complaints_detail"]
            for k in ("low", "high", "city_rate"):
                if k in rc and not close(rc[k], d[k]):
                    errs.append(f"{oid}: complaints {k} python {d[k]} vs rust {rc[k]}")
    m_un = [(u["offer"], u["status"]) for u in mine["unranked"]]
    r_un = [(u["offer"], u.get("status")) for u in r_unranked]
    if m_un != r_un:
        errs.append(f"unranked python {m_un} vs rust {r_un}")
    return errs


def edge_variant(snapshot, seed):
    """A valid snapshot derived from a generated one, exercising rarely generated cases."""
    rng = random.Random(seed * 7919 + 17)
    s = copy.deepcopy(snapshot)
    # Ages outside every band on both ends (15-17 and 60-99) in half the variants.
    if seed % 2 == 0:
        for b in s["age_bands"]:
            if b["min"] == 15:
                b["min"] = 18
            if b["max"] == 99:
                b["max"] = 59
    offers = s["offers"]
    for o in offers:
        x = rng.random()
        if x < 0.25:
            o["name"]["da"] = rng.choice(EDGE_NAMES)
        x = rng.random()
        if x < 0.08:
            o["age"] = {"min": 30, "max": 64}
        elif x < 0.14:
            o["age"] = {"min": 15, "max": 17}
        elif x < 0.18:
            o["age"] = {"min": 60, "max": 99}
        if rng.random() < 0.15:  # offer without "all" results: band results only
            o["results"] = [r for r in o["results"] if r["age_band"] != "all"]
        if rng.random() < 0.1:
            o["supervision"] = {"smiley": "sad", "date": "2026-03-01"}
        for r in o["results"]:
            x = rng.random()
            if x < 0.05:
                r.pop("complaints", None)
            elif x < 0.10 and r["participants"] > 0:
                r["complaints"] = r["participants"] + rng.randint(0, 20)
            elif x < 0.13:
                r["participants"] = 0
                r["complaints"] = rng.randint(0, 3)
            elif x < 0.18 and r["participants"] > 0:
                r["complaints"] = max(1, r["participants"] // 4)
            x = rng.random()
            if x < 0.04:
                for c in ref.CRITERIA:
                    if "share" in r[c]:
                        r[c]["share"] = rng.choice([0.0, 1.0])
    # Exact ties: copy the job (and sometimes placement) measures of one result onto another in
    # the same cell, so tiers and shares tie and a later key decides.
    cells = {}
    for o in offers:
        for r in o["results"]:
            cells.setdefault((r["period"], r["target_group"], r["age_band"]), []).append(r)
    for rs in cells.values():
        if len(rs) >= 2 and rng.random() < 0.5:
            a, b = rng.sample(rs, 2)
            for c in ("job_or_education", "placements") if rng.random() < 0.5 else ("job_or_education",):
                if "share" in a[c] and (b["participants"] == 0 or a[c]["n"] <= b["participants"]):
                    b[c] = dict(a[c])
    # Exact 0 and 1: a cell whose results all have 0 complaints (pooled rate 0), and a cell where
    # every result has the same share 0 or 1 on a criterion (pooled reference exactly 0 or 1), so a
    # Wilson bound that is 0 or 1 meets a reference that is 0 or 1.
    keys = sorted(cells)
    if keys:
        for r in cells[rng.choice(keys)]:
            r["complaints"] = 0
        crit = rng.choice(ref.CRITERIA)
        edge = rng.choice([0.0, 1.0])
        for r in cells[rng.choice(keys)]:
            if "share" in r[crit]:
                r[crit]["share"] = edge
    refs = s.get("references") or []
    # Nothing to pool: one current-period cell where a criterion has no share in any result and
    # no usable reference, so every tier on that criterion is unknown.
    current = s["periods"][0]["id"]
    p0_cells = sorted(k for k in cells if k[0] == current)
    if p0_cells:
        cell = rng.choice(p0_cells)
        crit = rng.choice(ref.CRITERIA)
        for r in cells[cell]:
            r[crit] = {"missing": "not_reported"}
        for rr in list(refs):
            if (rr["period"], rr["target_group"], rr["age_band"]) == cell:
                rr[crit] = {"missing": "not_reported"}
    for rr in list(refs):
        x = rng.random()
        if x < 0.15:
            refs.remove(rr)
        elif x < 0.35:
            rr[rng.choice(ref.CRITERIA)] = {"missing": rng.choice(["too_few", "not_reported"])}
        elif x < 0.45:
            m = rr[rng.choice(ref.CRITERIA)]
            if "share" in m:
                m["n"] = rng.randint(1, 24)
    return s


def main(argv):
    if not argv or argv[0].startswith("-"):
        print("usage: cross_check_rank.py PATH/TO/snapshot [--seeds N] [--offers N] [--keep DIR]",
              file=sys.stderr)
        return 2
    binary = argv[0]
    seeds = 50
    offers = 80
    keep = None
    i = 1
    while i < len(argv):
        if argv[i] == "--seeds":
            seeds = int(argv[i + 1])
            i += 2
        elif argv[i] == "--offers":
            offers = int(argv[i + 1])
            i += 2
        elif argv[i] == "--keep":
            keep = argv[i + 1]
            i += 2
        else:
            print(f"unknown argument {argv[i]}", file=sys.stderr)
            return 2
    tmp = pathlib.Path(keep) if keep else pathlib.Path(tempfile.mkdtemp(prefix="xcheck-rank-"))
    tmp.mkdir(parents=True, exist_ok=True)

    passed = 0
    failed = 0
    shown = 0
    per_kind = {}

    def check(label, path, snapshot, groups, ages):
        nonlocal passed, failed, shown
        for g in groups:
            for age in ages:
                try:
                    rust = run_rust(binary, path, g, age)
                    errs = compare(ref.rank(snapshot, g, age), rust)
                except Exception as e:  # a crash or refusal is a failure, not an abort
                    errs = [f"error: {e}"]
                kind = label.split()[0]
                pk = per_kind.setdefault(kind, [0, 0])
                if errs:
                    failed += 1
                    pk[1] += 1
                    if shown < 25:
                        shown += 1
                        print(f"MISMATCH {label} group={g} age={age} ({path}):")
                        for e in errs[:6]:
                            print(f"    {e}")
                else:
                    passed += 1
                    pk[0] += 1

    for seed in range(seeds):
        for with_refs in (False, True):
            name = f"gen-{seed}{'-refs' if with_refs else ''}.json"
            path = tmp / name
            cmd = [binary, "generate", "--offers", str(offers), "--seed", str(seed)]
            if with_refs:
                cmd.append("--references")
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
            path.write_text(out, encoding="utf-8")
            snapshot = json.loads(out)
            groups = [t["id"] for t in snapshot["target_groups"]]
            check(f"generated seed={seed} refs={with_refs}", path, snapshot, groups, PLAIN_AGES)

            edge = edge_variant(snapshot, seed * 2 + with_refs)
            epath = tmp / ("edge-" + name)
            epath.write_text(json.dumps(edge, ensure_ascii=False, indent=1), encoding="utf-8")
            chk = subprocess.run([binary, "check", str(epath)], capture_output=True, text=True)
            if chk.returncode != 0:
                print(f"note: edge variant {epath} does not pass `snapshot check`: "
                      f"{(chk.stdout + chk.stderr).strip()[:300]}")
            check(f"edge seed={seed} refs={with_refs}", epath, edge, groups, EDGE_AGES)

    public = ROOT / "public" / "data" / "snapshot.json"
    if public.exists():
        snapshot = json.loads(public.read_text(encoding="utf-8"))
        groups = [t["id"] for t in snapshot["target_groups"]]
        check("public snapshot", public, snapshot, groups, (15, 17, 18, 20, 25, 29, 30, 34, 45, 50, 60, 64, 65, 99))
    else:
        print(f"note: {public} does not exist yet; skipped")

    for kind, (p, f) in per_kind.items():
        print(f"  {kind}: {p} passed, {f} failed")
    print(f"cross-check: {passed} passed, {failed} failed")
    if not keep:
        for p in tmp.iterdir():
            p.unlink()
        os.rmdir(tmp)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
