#!/usr/bin/env python3
"""Writes public/data/snapshot.json: the bundled EXAMPLE snapshot (format v1), from scripts/sample_data.json.

    python3 scripts/make_sample.py                 # build, check, write the file, print the aggregate checks
    python3 scripts/make_sample.py --check         # build and check, but do not write
    python3 scripts/make_sample.py --explain       # also print the ranking for some interesting queries
    python3 scripts/make_sample.py --checker PATH  # the `snapshot` checker to use (default target/debug/snapshot)

Python 3.11, standard library only; --explain imports scripts/reference_rank.py, which needs statsmodels. The
output is deterministic: no clock, and the only randomness (small changes in the older periods) comes from a
generator with a fixed seed. Exit 0 when the snapshot was built and passed every check (and, without --check,
was written); 1 when a check failed (nothing is written); 2 on a usage error or when the checker is missing or
could not check the file.

Where things are
----------------
scripts/sample_data.json holds the hand-written tables: the periods, age bands, target groups, providers and
references as published, seed 000's table 1, and each offer with its current period's raw figures (its "_about"
key says what every key means). This script only derives figures from them and writes the snapshot.

What is real and what is invented
---------------------------------
Real (seed 000, BIU's quality check of autumn 2011, table 1, period Q4 2010 - Q1 2011): the four aggregate
columns - participants, satisfaction and its number of answers, share off benefit after 3 months, complaints -
for internal offers to match 1, external offers to match 1, external offers to match 2 and offers to people on
sickness benefit (`seed_000_table_1` in the data). The per-offer figures are INVENTED so that the current
period's "all ages" results, summed over the offers in each column, reproduce that table;
`check_seed_aggregates` asserts it and prints the comparison. The offer kinds follow seeds 000/001 (CBSI
intensive activation and its supervision visit of 16.9.2011; IKU and JOBDK as "anden aktør" with low
satisfaction and many complaints; 13-week group-1 courses at JKI and CAB; 6 weeks x 5 hours group-2 courses at
suppliers; holistic mentors; clarification for group 3). Job/education and placement shares are not in the
seeds and are invented. External suppliers have generic, fictional names ("Leverandør A").

How a result for "all" ages is made
-----------------------------------
Where an offer has per-band results (u30, 30plus), its "all" result is their exact combination: participants
and every n add up, and every share is the count-weighted mean sum(share x n) / sum(n) rounded to 3 decimals,
so pooling the bands or the "all" result gives the same figure. A band measure marked as suppressed is
published as {"missing": "too_few"} but still counts in "all" (the publisher has the underlying counts).
Exactly one "all"-only result per seed column is computed last, to close the gap to the seed's totals.
The older periods' "all" results are the current ones with small, seeded changes.

How it is checked
-----------------
The format is checked by the project's own checker, `snapshot check` (src/bin/snapshot.rs; build it with
`cargo build --bin snapshot`), run on the built file before it is written. Then the sample's own promises:
"all" is the exact combination of the bands, seed 000's table 1 is reproduced, and the content the app's demo
and tests lean on is there (`check_content`). The rankings that --explain prints come from
scripts/reference_rank.py, the independent implementation of ranking-rules.md that the tests use as oracle.
"""

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "sample_data.json"
OUT = ROOT / "public" / "data" / "snapshot.json"
CHECKER = ROOT / "target" / "debug" / "snapshot"

SEED = 20111115  # the random generator's seed for the older periods
MEASURES = ("job_or_education", "placements", "off_benefit_1m", "off_benefit_3m", "satisfaction", "closer_to_job")
REASONS = ("too_few", "not_reported", "new_offer", "not_applicable")
TOLERANCE = 0.0005
# Offer keys copied into the snapshot as they are, in this order after id, provider and name.
OFFER_KEYS = ("description", "category", "target_groups", "age", "weeks", "hours_per_week", "supervision",
              # format 1.1 (all optional); every value in the data says "Eksempel:" / "Example:"
              "where", "contact", "how_to_refer", "intake", "languages", "accessibility")
INFO_TEXTS = ("where", "contact", "how_to_refer", "intake", "accessibility")
# The data's short keys for one result's raw figures (see "_about" in sample_data.json). The measures are
# renamed to their snapshot names; p, fin, satn, ctjn, compl, muw, u30 and suppress keep theirs.
SHORT = {"job": "job_or_education", "plc": "placements", "ob1": "off_benefit_1m", "ob3": "off_benefit_3m",
         "sat": "satisfaction", "ctj": "closer_to_job"}
OTHER_RAW_KEYS = ("p", "fin", "satn", "ctjn", "compl", "muw", "u30", "suppress")


# --------------------------------------------------------------------------------------------------------------
# Reading the data
# --------------------------------------------------------------------------------------------------------------

def load_data(path=DATA):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for o in data["offers"]:
        unknown = set(o) - {"id", "provider", "name", "current", *OFFER_KEYS}
        assert not unknown, f"{path}: offer {o['id']}: unknown keys {sorted(unknown)}"
        for group, spec in o["current"].items():
            assert group in o["target_groups"], f"{path}: offer {o['id']}: {group} is not one of its target groups"
            for fig in [*spec.get("bands", {}).values(), *([spec["all"]] if "all" in spec else [])]:
                unknown = set(fig) - set(SHORT) - set(OTHER_RAW_KEYS)
                assert not unknown, f"{path}: offer {o['id']}, {group}: unknown figures {sorted(unknown)}"
    return data


def figures(f):
    """One result's raw figures from the data's short keys; a key left out is None (for a closing result: to be
    computed). ctjn defaults to satn (the same survey answers both questions)."""
    raw = {key: f.get(short) for short, key in SHORT.items()}
    raw.update({key: f.get(key) for key in ("p", "fin", "satn", "compl", "muw", "u30")})
    raw["ctjn"] = raw["satn"] if f.get("ctjn") is None else f["ctjn"]
    raw["suppress"] = set(f.get("suppress", ()))
    return raw


# --------------------------------------------------------------------------------------------------------------
# Building results
# --------------------------------------------------------------------------------------------------------------

def measure(value, n):
    if value is None:
        return None
    if isinstance(value, str):
        assert value in REASONS, value
        return {"missing": value}
    assert n is not None and n >= 1, (value, n)
    return {"share": round(value, 3), "n": n}


def n_of(raw, key):
    if key == "satisfaction":
        return raw["satn"]
    if key == "closer_to_job":
        return raw["ctjn"]
    return raw["fin"]


def result_from_raw(period, group, band, raw, is_all):
    r = {"period": period, "target_group": group, "age_band": band, "participants": raw["p"]}
    for key in MEASURES:
        m = measure(raw[key], n_of(raw, key))
        if m is not None and key in raw["suppress"] and "share" in m:
            m = {"missing": "too_few"}
        if m is not None:
            r[key] = m
    if raw["compl"] is not None:
        r["complaints"] = raw["compl"]
    if is_all and raw.get("u30") is not None:
        r["share_under_30"] = round(raw["u30"], 3)
    if raw.get("muw") is not None:
        r["median_unemployment_weeks"] = raw["muw"]
    return r


def combine(band_raws, muw):
    """The exact "all" combination of band figures (suppressed band measures still count)."""
    raws = list(band_raws.values())
    comb = {"p": sum(r["p"] for r in raws), "fin": sum(r["fin"] for r in raws),
            "satn": sum(r["satn"] for r in raws), "ctjn": sum(r["ctjn"] for r in raws),
            "compl": sum(r["compl"] for r in raws) if all(r["compl"] is not None for r in raws) else None,
            "muw": muw, "suppress": set()}
    for key in MEASURES:
        vals = [r[key] for r in raws]
        if all(v is None for v in vals):
            comb[key] = None
        elif all(isinstance(v, str) for v in vals):
            assert len(set(vals)) == 1, vals
            comb[key] = vals[0]
        else:
            assert all(isinstance(v, float) for v in vals), (key, vals)
            ns = [n_of(r, key) for r in raws]
            comb[key] = round(sum(v * n for v, n in zip(vals, ns)) / sum(ns), 3)
    u30 = band_raws.get("u30")  # the band of people under 30
    comb["u30"] = (u30["p"] / comb["p"]) if u30 is not None else 0.0
    return comb


def close_gap(col, raw, others):
    """Fill the closing result's participants, satisfaction, 3-month effect and complaints from seed column
    `col`, given the column's other results."""
    if col["participants"] is not None:
        raw["p"] = col["participants"] - sum(o["p"] for o in others)
    target_share, target_n = col["satisfaction"]["share"], col["satisfaction"]["n"]
    sat_others = [(o["satisfaction"], o["satn"]) for o in others if isinstance(o["satisfaction"], float)]
    raw["satn"] = target_n - sum(n for _, n in sat_others)
    raw["ctjn"] = raw["satn"]
    raw["satisfaction"] = round((target_share * target_n - sum(s * n for s, n in sat_others)) / raw["satn"], 3)
    if col["off_benefit_3m"] is not None:
        ob = [(o["off_benefit_3m"], o["fin"]) for o in others if isinstance(o["off_benefit_3m"], float)]
        total_n = sum(n for _, n in ob) + raw["fin"]
        raw["off_benefit_3m"] = round((col["off_benefit_3m"] * total_n - sum(s * n for s, n in ob)) / raw["fin"], 3)
    raw["compl"] = col["complaints"] - sum(o["compl"] or 0 for o in others)


def check_bounds(offer_id, raw, bounds):
    for short, (lo, hi) in bounds.items():
        v = raw[SHORT.get(short, short)]
        assert lo <= v <= hi, f"closing result of {offer_id}: {short} = {v} is outside the plausible {lo}..{hi}"


def current_results(data):
    """offer id -> its current results, built in two passes so the closing results come last."""
    cur = data["periods"][0]["id"]
    band_ids = [b["id"] for b in data["age_bands"]]
    columns = data["seed_000_table_1"]
    kinds = {p["id"]: p["kind"] for p in data["providers"]}

    def in_column(offer, group, column):
        return group in columns[column]["groups"] and kinds[offer["provider"]] in columns[column]["kinds"]

    alls = {}       # (offer id, group) -> raw "all" figures
    bandraws = {}   # (offer id, group) -> {band: raw}
    closers = []
    for offer in data["offers"]:
        for group, spec in offer["current"].items():
            key = (offer["id"], group)
            if "bands" in spec:
                bandraws[key] = {band: figures(f) for band, f in spec["bands"].items()}
                alls[key] = combine(bandraws[key], spec["muw"])
            elif "closer" in spec:
                closers.append((offer, group, spec))
            else:
                alls[key] = figures(spec["all"])
    for offer, group, spec in closers:
        others = [alls[(o["id"], g)] for o in data["offers"] for g in o["current"]
                  if (o["id"], g) in alls and in_column(o, g, spec["closer"])]
        raw = figures(spec["all"])
        close_gap(columns[spec["closer"]], raw, others)
        check_bounds(offer["id"], raw, spec.get("bounds", {}))
        alls[(offer["id"], group)] = raw
        if spec.get("mirror"):
            bandraws[(offer["id"], group)] = {spec["mirror"]: dict(raw)}
    out = {}
    for offer in data["offers"]:
        rs = []
        for group in offer["target_groups"]:
            key = (offer["id"], group)
            if key not in alls:
                continue
            rs.append(result_from_raw(cur, group, "all", alls[key], True))
            for band in band_ids:
                if band in bandraws.get(key, {}):
                    rs.append(result_from_raw(cur, group, band, bandraws[key][band], False))
        out[offer["id"]] = rs
    return out


def older_result(rng, period, group, cur_all, step):
    """An "all" result for an older period: the current figures with small, seeded changes."""
    r = {"period": period, "target_group": group, "age_band": "all"}
    scale = rng.uniform(0.82, 1.06) ** step
    p = max(25, int(round(cur_all["participants"] * scale)))
    r["participants"] = p
    ratio_fin = None
    survey_n = None
    for key in MEASURES:
        m = cur_all.get(key)
        if m is None:
            continue
        if "missing" in m:
            r[key] = dict(m)
            continue
        if key in ("satisfaction", "closer_to_job"):
            if survey_n is None:  # the same survey answers both questions
                survey_n = max(1, int(round(m["n"] * rng.uniform(0.6, 0.95) ** step)))
            n = survey_n
            delta = rng.uniform(-0.035, 0.035) * step
        else:
            if ratio_fin is None:
                ratio_fin = m["n"] / max(1, cur_all["participants"])
            n = max(1, min(p, int(round(p * ratio_fin))))
            delta = rng.uniform(-0.025, 0.02) * step * (1.0 if m["share"] > 0.1 else 0.4)
        r[key] = {"share": round(min(0.99, max(0.0, m["share"] + delta)), 3), "n": n}
    if "complaints" in cur_all:
        r["complaints"] = max(0, int(round(cur_all["complaints"] * rng.uniform(0.5, 1.3))))
    if "share_under_30" in cur_all:
        r["share_under_30"] = round(min(1.0, max(0.0, cur_all["share_under_30"] + rng.uniform(-0.03, 0.03))), 3)
    if "median_unemployment_weeks" in cur_all:
        r["median_unemployment_weeks"] = max(1, int(round(cur_all["median_unemployment_weeks"] * rng.uniform(0.85, 1.1))))
    return r


def build(data):
    rng = random.Random(SEED)
    current = current_results(data)
    offers = []
    for spec in data["offers"]:
        o = {"id": spec["id"], "provider": spec["provider"], "name": spec["name"]}
        for key in OFFER_KEYS:
            if key in spec:
                o[key] = spec[key]
        results = list(current[spec["id"]])
        for step, period in enumerate(data["periods"][1:], 1):
            if spec["id"] in data["not_in_period"].get(period["id"], ()):
                continue
            for r in current[spec["id"]]:
                if r["age_band"] == "all":
                    results.append(older_result(rng, period["id"], r["target_group"], r, step))
        o["results"] = results
        offers.append(o)
    return {
        "format": "visitationsguide-snapshot",
        "format_version": 1,
        "published": data["published"],
        "publisher": data["publisher"],
        "periods": data["periods"],
        "age_bands": data["age_bands"],
        "target_groups": data["target_groups"],
        "providers": data["providers"],
        "offers": offers,
        "references": data["references"],
    }


def to_text(snapshot):
    return json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------------------

def run_checker(checker, text):
    """`snapshot check` on the built text; returns (exit code, what it printed). Exits 2 when it is missing."""
    checker = Path(checker)
    if not checker.is_file():
        print(f"make_sample.py: the checker {checker} is missing; build it with `cargo build --bin snapshot` "
              "(from the repository root), or pass --checker PATH", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory(prefix="make_sample-") as tmp:
        path = Path(tmp) / "snapshot.json"
        path.write_bytes(text.encode("utf-8"))
        try:
            proc = subprocess.run([str(checker), "check", str(path)], capture_output=True, text=True)
        except OSError as e:
            print(f"make_sample.py: cannot run the checker {checker}: {e}", file=sys.stderr)
            sys.exit(2)
    printed = (proc.stdout + proc.stderr).replace(str(path), "the built snapshot").rstrip("\n")
    return proc.returncode, printed


def check_band_combination(s):
    """Where an offer has band results in the current period, "all" is their exact combination."""
    cur = s["periods"][0]["id"]
    band_ids = [b["id"] for b in s["age_bands"]]
    problems = []
    for o in s["offers"]:
        for g in o["target_groups"]:
            cell = {r["age_band"]: r for r in o["results"] if r["period"] == cur and r["target_group"] == g}
            bands_here = [cell[b] for b in band_ids if b in cell]
            if not bands_here:
                continue
            a = cell.get("all")
            if a is None:
                problems.append(f"{o['id']}/{g}: band results without an all result")
                continue
            if a["participants"] != sum(b["participants"] for b in bands_here):
                problems.append(f"{o['id']}/{g}: participants do not add up")
            for key in MEASURES:
                ms = [b.get(key) for b in bands_here]
                if a.get(key) is None or "share" not in a[key] or any(m is None or "share" not in m for m in ms):
                    continue
                if a[key]["n"] != sum(m["n"] for m in ms):
                    problems.append(f"{o['id']}/{g}.{key}: n do not add up")
                pooled_share = sum(m["share"] * m["n"] for m in ms) / sum(m["n"] for m in ms)
                if abs(pooled_share - a[key]["share"]) > TOLERANCE + 1e-12:
                    problems.append(f"{o['id']}/{g}.{key}: all {a[key]['share']} vs bands {pooled_share:.4f}")
    return problems


def pooled(measures):
    ms = [m for m in measures if m is not None and "share" in m]
    n = sum(m["n"] for m in ms)
    return (sum(m["share"] * m["n"] for m in ms) / n, n) if n else (None, 0)


def check_seed_aggregates(s, columns):
    """Asserts the current period's "all" results reproduce seed 000's table 1; returns printable lines."""
    cur = s["periods"][0]["id"]
    kinds = {p["id"]: p["kind"] for p in s["providers"]}
    lines = []
    for name, col in columns.items():
        rs = [r for o in s["offers"] if kinds[o["provider"]] in col["kinds"] for r in o["results"]
              if r["period"] == cur and r["age_band"] == "all" and r["target_group"] in col["groups"]]
        participants = sum(r["participants"] for r in rs)
        sat, sat_n = pooled(r["satisfaction"] for r in rs)
        ob3, ob3_n = pooled(r.get("off_benefit_3m") for r in rs)
        complaints = sum(r.get("complaints", 0) for r in rs)
        want_sat, want_n = col["satisfaction"]["share"], col["satisfaction"]["n"]
        if col["participants"] is not None:
            assert participants == col["participants"], (name, participants)
        assert sat_n == want_n, (name, sat_n)
        assert abs(sat - want_sat) <= TOLERANCE, (name, sat)
        if col["off_benefit_3m"] is not None:
            assert abs(ob3 - col["off_benefit_3m"]) <= TOLERANCE, (name, ob3)
        else:
            assert ob3 is None and all(r.get("off_benefit_3m") == {"missing": "not_reported"} for r in rs), name
        assert complaints == col["complaints"], (name, complaints)
        ob3_text = f"{ob3:.4f} (n {ob3_n}, seed {col['off_benefit_3m']})" if ob3 is not None else "not reported (seed -)"
        lines.append(f"{name:16s} results {len(rs):2d}  participants {participants:6d} (seed {col['participants'] or '-'})"
                     f"  satisfaction {sat:.4f} of {sat_n} (seed {want_sat} of {want_n})"
                     f"  off_benefit_3m {ob3_text}  complaints {complaints} (seed {col['complaints']})")
    return lines


def texts(s):
    """(where, Text) for every Text in the snapshot."""
    for i, p in enumerate(s["periods"]):
        yield f"periods[{i}].label", p["label"]
    for i, g in enumerate(s["target_groups"]):
        yield f"target_groups[{i}].name", g["name"]
        if "description" in g:
            yield f"target_groups[{i}].description", g["description"]
    for i, o in enumerate(s["offers"]):
        yield f"offers[{i}].name", o["name"]
        if "description" in o:
            yield f"offers[{i}].description", o["description"]
        if "note" in o.get("supervision", {}):
            yield f"offers[{i}].supervision.note", o["supervision"]["note"]
        for key in INFO_TEXTS:
            if key in o:
                yield f"offers[{i}].{key}", o[key]


def check_content(s):
    """The sample's own promises (the brief): things the app's demo and tests lean on. The format itself is
    the checker's business."""
    cur = s["periods"][0]["id"]
    offers = {o["id"]: o for o in s["offers"]}
    kinds = {p["id"]: p["kind"] for p in s["providers"]}
    assert "Eksempeldata" in s["publisher"], "the publisher must say it is example data"
    for where, t in texts(s):
        assert t.get("en"), f"{where}: the sample gives English everywhere, en is missing"
        assert "<" not in t["da"] + t["en"], f"{where}: looks like HTML"
    assert len(s["providers"]) >= 8 and len(s["offers"]) >= 25
    # format 1.1: some offers have the practical keys, all of it plainly example data
    with_info = [o for o in s["offers"] if any(k in o for k in INFO_TEXTS + ("languages",))]
    assert len(with_info) >= 5, "some offers show the format 1.1 keys"
    for o in with_info:
        for key in INFO_TEXTS:
            if key in o:
                assert o[key]["da"].startswith("Eksempel") and o[key]["en"].startswith("Example"), (o["id"], key)
    assert {"internal", "external", "other_actor"} <= set(kinds.values())
    assert [b["id"] for b in s["age_bands"]] == ["u30", "30plus"]
    smileys = [o["supervision"]["smiley"] for o in s["offers"] if "supervision" in o]
    assert smileys.count("sad") == 1 and "neutral" in smileys
    assert all(o["supervision"]["date"].startswith("2011") for o in s["offers"] if "supervision" in o)
    assert offers["cbsi-intensiv"]["supervision"]["date"] == "2011-09-16"
    assert any(o["results"] == [] for o in s["offers"])
    all_measures = [m for o in s["offers"] for r in o["results"] for k, m in r.items() if k in MEASURES]
    for reason in ("too_few", "not_reported", "new_offer"):
        assert {"missing": reason} in all_measures, reason
    assert any("share" in m and 1 <= m["n"] < 25 for m in all_measures)
    # a kh-match2 offer falls back to all ages for a 34-year-old
    assert any(r["target_group"] == "kh-match2" and r["age_band"] == "30plus" and r["period"] == cur
               and r["participants"] < 25 for o in s["offers"] for r in o["results"])
    # closer_to_job as in seed 000
    for oid in ("cbsi-intensiv", "cab-intensiv"):
        a = next(r for r in offers[oid]["results"] if r["period"] == cur and r["age_band"] == "all")
        assert abs(a["closer_to_job"]["share"] - 0.62) <= 0.01, (oid, a["closer_to_job"])
    for o in s["offers"]:
        for r in o["results"]:
            for key, lo, hi in (("job_or_education", 0.08, 0.40), ("placements", 0.05, 0.45)):
                m = r.get(key)
                if m is None or "share" not in m or r["period"] != cur or r["age_band"] != "all":
                    continue
                if r["target_group"] in ("udsatte-g1", "udsatte-g2", "udsatte-g3", "ressourceforloeb"):
                    lo, hi = (0.02, 0.10) if key == "job_or_education" else (0.15, 0.75)
                elif r["target_group"] == "ledighedsydelse" and key == "placements":
                    lo, hi = (0.15, 0.60)
                assert lo <= m["share"] <= hi, (o["id"], r["target_group"], key, m["share"])
            if r["target_group"] in ("dp-match1", "kh-match1") and kinds[o["provider"]] == "other_actor" \
                    and r["period"] == cur and r["age_band"] == "all":
                assert r["satisfaction"]["share"] < 0.66, o["id"]


# --------------------------------------------------------------------------------------------------------------
# What the sample exhibits, ranked by scripts/reference_rank.py (ranking-rules.md)
# --------------------------------------------------------------------------------------------------------------

INTERESTING = [("dp-match1", 34), ("dp-match1", 24), ("kh-match1", 24), ("kh-match2", 34), ("kh-match2", 24),
               ("sdp", 45), ("udsatte-g1", 40), ("udsatte-g2", 24), ("udsatte-g3", 50), ("revalidering", 27),
               ("ledighedsydelse", 28), ("ressourceforloeb", 45)]
UNRANKED_TEXT = {"no_results": "no results yet", "no_result_for_age": "no results for this age"}


def import_reference_rank():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import reference_rank
    except ImportError as e:
        print(f"make_sample.py: --explain ranks with scripts/reference_rank.py, which cannot be imported ({e}); "
              "it needs statsmodels: python3 -m pip install statsmodels==0.14.4", file=sys.stderr)
        sys.exit(2)
    finally:
        sys.path.pop(0)
    return reference_rank


def explain(rr, s, group, age):
    """Prints reference_rank.py's ranking for one query, one line per offer."""
    result = rr.rank(s, group, age)
    ranked, unranked = result["ranked"], result["unranked"]
    offers = {o["id"]: o for o in s["offers"]}
    band = rr.citizen_band(s, age)
    print(f"\n== {group}, age {age} (band {band}): {len(ranked)} ranked, {len(unranked)} without results")
    for i, row in enumerate(ranked, 1):
        cells = []
        for c, short in zip(rr.CRITERIA, ("job", "plc", "sat")):
            m = row[c]
            if "share" in m:
                val = f"{m['share']:.3f}/{m['n']}"
            elif "n" in m:
                val = f"{m['missing']}/{m['n']}"
            else:
                val = m["missing"]
            cells.append(f"{short} {m['tier']:7s} {val:>12s}")
        flags = []
        for flag in row["flags"]:
            if flag == "sad_smiley":
                flags.append(f"sad smiley {offers[row['offer']]['supervision']['date']}")
            elif flag == "complaints":
                d = row["complaints_detail"]
                flags.append(f"complaints (low {d['low']:.4f} > city {d['city_rate']:.4f})")
            else:
                flags.append(flag)
        used = row["band_used"] + ("*" if row["band_used"] == "all" and band is not None else "")
        print(f"  {i:2d}. {row['offer']:18s} [{used:6s} p={row['participants']:5d}] "
              + " | ".join(cells) + (f"  FLAGS: {', '.join(flags)}" if flags else ""))
    if ranked:
        period = s["periods"][0]["id"]
        suitable = [o for o in s["offers"] if rr.suitable(o, group, age)]
        refs = [(c, *rr.reference_share(s, suitable, period, group, ranked[0]["band_used"], c)) for c in rr.CRITERIA]
        print("      city (first row's band): " + ", ".join(
            f"{c} {v:.3f} ({src})" if v is not None else f"{c} none" for c, v, src in refs))
    for u in unranked:
        print(f"   -  {u['offer']} ({UNRANKED_TEXT.get(u['status'], u['status'])})")


# --------------------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="build and check only, do not write")
    ap.add_argument("--explain", action="store_true",
                    help="print rankings for some interesting queries (by scripts/reference_rank.py)")
    ap.add_argument("--checker", metavar="PATH", default=str(CHECKER),
                    help="the `snapshot` checker binary (default: %(default)s)")
    args = ap.parse_args()
    rr = import_reference_rank() if args.explain else None

    data = load_data()
    snap = build(data)
    text = to_text(snap)

    code, printed = run_checker(args.checker, text)
    if code != 0:
        print(printed, file=sys.stderr)
        what = "is invalid" if code == 1 else f"could not be checked (exit {code})"
        print(f"make_sample.py: the built snapshot {what}; nothing written", file=sys.stderr)
        sys.exit(1 if code == 1 else 2)
    problems = check_band_combination(snap)
    if problems:
        for p in problems:
            print("PROBLEM", p, file=sys.stderr)
        sys.exit(1)
    lines = check_seed_aggregates(snap, data["seed_000_table_1"])
    check_content(snap)

    n_results = sum(len(o["results"]) for o in snap["offers"])
    print(f"checker: {printed}")
    print(f"providers {len(snap['providers'])}, offers {len(snap['offers'])}, results {n_results}, "
          f"references {len(snap['references'])}")
    print("seed 000 table 1, current period, age band 'all':")
    for line in lines:
        print("  " + line)
    if rr is not None:
        for group, age in INTERESTING:
            explain(rr, snap, group, age)
    if not args.check:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(text.encode("utf-8"))
        print(f"wrote {OUT.relative_to(ROOT)} ({len(text.encode('utf-8'))} bytes)")


if __name__ == "__main__":
    main()
