#!/usr/bin/env python3
"""Independent reference implementation of /work/shared/ranking-rules.md (rules 2-7).

Written from the spec alone (not from the Rust sources) so that the Rust ranking can be checked
against it. Python 3.11, stdlib plus statsmodels; every Wilson interval is
statsmodels.stats.proportion.proportion_confint(count=share*n, nobs=n, alpha=0.05, method="wilson").

Usage:
    python3 scripts/reference_rank.py SNAPSHOT.json --group ID --age N
        prints {"ranked": [...], "unranked": [{"offer", "status"}...]} as JSON
    python3 scripts/reference_rank.py SNAPSHOT.json --fixture QUERIES.json OUT.json
        QUERIES.json is a list of {"group": id, "age": n, "note": text}; writes OUT.json

Readings of the spec where it is silent or could be read two ways (keep this list in step with
the code; change a reading only together with ranking-rules.md):
- a suitable offer that has results for (current period, target group) but none usable for the
  citizen's age (no result for the citizen's band and no "all" result) is listed with the unranked
  offers (status "no_result_for_age"), ordered with them by (Danish name, id);
- rule 5: a `references` measure is used when it has a share and n >= 25; rule 4 says a Measure
  with n < 25 is "treated as missing", so such a reference, an absent entry or a `{"missing": ...}`
  measure falls back to pooling (the pooled share itself counts results "whatever its n");
- rule 7: the pooled complaint rate sums complaints and participants over the cell's results that
  report complaints (a result without `complaints` is left out of both sums, not counted as 0);
  complaints above participants count as reported in the pooled rate, and as min(...) in the
  offer's own interval, as the rule says;
- Wilson bounds that are exactly 0 or 1 are used exactly (see `wilson`).

The fixture mode writes what tests/rank_fixtures.rs compares with `snapshot rank ... --json`:
    python3 scripts/reference_rank.py public/data/snapshot.json \
        --fixture tests/fixtures/rank/queries.json tests/fixtures/rank/expected.json
"""
import hashlib
import json
import platform
import sys

import statsmodels
from statsmodels.stats.proportion import proportion_confint

CRITERIA = ("job_or_education", "placements", "satisfaction")
MIN_N = 25  # rule 3 (participants) and rule 4 (measure n)
CAUTION_N = 100  # rule 4: satisfaction with fewer answers is shown "use with caution"
TIER_ORDER = {"above": 0, "in_line": 1, "below": 2, "unknown": 3}
PRODUCED_BY = ("scripts/reference_rank.py (independent Python implementation of ranking-rules.md, "
               "Wilson by statsmodels)")


def wilson(count, nobs):
    """statsmodels' Wilson interval, with its rounding residue at the ends removed.

    statsmodels computes centre -/+ half-width, which for count 0 gives a lower bound of e.g.
    4.3e-19 (n = 520) instead of the exact 0, and for count = nobs an upper bound of
    0.9999999999999999 instead of 1. Those residues would turn "0 complaints against a city rate
    of 0" into a bound "wholly above" the rate (rule 7) and a share of 0 against a reference of 0
    into "above" (rule 5): noise presented as a difference. The exact bounds are used there;
    everywhere else the value is statsmodels' own.
    """
    low, high = proportion_confint(count=count, nobs=nobs, alpha=0.05, method="wilson")
    low, high = float(low), float(high)
    if count <= 0:
        low = 0.0
    if count >= nobs:
        high = 1.0
    return low, high


def has_share(measure):
    return isinstance(measure, dict) and "share" in measure and "n" in measure


def usable(measure):
    """Rule 4: a measure with a share and n >= 25; anything else is treated as missing."""
    return has_share(measure) and measure["n"] >= MIN_N


def danish_name(offer):
    return offer["name"]["da"]


def citizen_band(snapshot, age):
    for band in snapshot["age_bands"]:
        if band["min"] <= age <= band["max"]:
            return band["id"]
    return None


def suitable(offer, group, age):
    """Rule 2."""
    if group not in offer.get("target_groups", []):
        return False
    limits = offer.get("age")
    if limits is None:
        return True
    lo = limits.get("min")
    hi = limits.get("max")
    if lo is not None and age < lo:
        return False
    if hi is not None and age > hi:
        return False
    return True


def cell_results(offer, period, group):
    """The offer's results for (period, group), keyed by age band."""
    return {r["age_band"]: r for r in offer.get("results", [])
            if r["period"] == period and r["target_group"] == group}


def choose_result(results, band):
    """Rule 3. Returns (band used, result) or (None, None) when nothing fits this age."""
    band_result = results.get(band) if band is not None else None
    if band_result is not None and band_result["participants"] >= MIN_N:
        return band, band_result
    if "all" in results:
        return "all", results["all"]
    if band_result is not None:
        return band, band_result
    return None, None


def reference_share(snapshot, suitable_offers, period, group, band_used, criterion):
    """Rule 5: the references entry when it has a share, else the pooled share of the cell."""
    for ref in snapshot.get("references", []) or []:
        if ref["period"] == period and ref["target_group"] == group and ref["age_band"] == band_used:
            m = ref.get(criterion)
            if has_share(m) and m["n"] >= MIN_N:
                return m["share"], "reference"
            break  # at most one reference per cell; its measure is missing -> pool
    num = 0.0
    den = 0
    for offer in suitable_offers:
        r = cell_results(offer, period, group).get(band_used)
        if r is None:
            continue
        m = r.get(criterion)
        if has_share(m):
            num += m["share"] * m["n"]
            den += m["n"]
    if den == 0:
        return None, "none"
    return num / den, "pooled"


def pooled_complaint_rate(suitable_offers, period, group, band_used):
    """Rule 7: sum of complaints / sum of participants over the cell's results with complaints."""
    c = 0
    p = 0
    for offer in suitable_offers:
        r = cell_results(offer, period, group).get(band_used)
        if r is None or r.get("complaints") is None:
            continue
        c += r["complaints"]
        p += r["participants"]
    if p == 0:
        return None
    return c / p


def tier_of(low, high, ref):
    if ref is None:
        return "unknown"
    if low > ref:
        return "above"
    if high < ref:
        return "below"
    return "in_line"


def evaluate_measure(measure, ref, criterion):
    if not has_share(measure):
        reason = measure.get("missing", "not_reported") if isinstance(measure, dict) else "not_reported"
        return {"missing": reason, "tier": "unknown"}
    if measure["n"] < MIN_N:
        return {"missing": "too_few", "n": measure["n"], "tier": "unknown"}
    share = measure["share"]
    n = measure["n"]
    low, high = wilson(share * n, n)
    return {"share": share, "n": n, "low": low, "high": high, "tier": tier_of(low, high, ref),
            "reference": ref, "caution": criterion == "satisfaction" and n < CAUTION_N}


def rank(snapshot, group, age):
    """Returns {"ranked": [row...], "unranked": [{"offer", "status"}...]} with full details."""
    period = snapshot["periods"][0]["id"]
    band = citizen_band(snapshot, age)
    suitable_offers = [o for o in snapshot.get("offers", []) if suitable(o, group, age)]

    ranked = []
    unranked = []
    for offer in suitable_offers:
        results = cell_results(offer, period, group)
        if not results:
            unranked.append({"offer": offer["id"], "name": danish_name(offer), "status": "no_results"})
            continue
        band_used, result = choose_result(results, band)
        if result is None:
            unranked.append({"offer": offer["id"], "name": danish_name(offer),
                             "status": "no_result_for_age"})
            continue
        row = {"offer": offer["id"], "name": danish_name(offer), "band_used": band_used,
               "participants": result["participants"]}
        for crit in CRITERIA:
            ref, ref_source = reference_share(snapshot, suitable_offers, period, group, band_used, crit)
            ev = evaluate_measure(result.get(crit), ref, crit)
            ev["reference_source"] = ref_source
            row[crit] = ev
        flags = []
        flag_detail = {}
        sup = offer.get("supervision")
        if sup is not None and sup.get("smiley") == "sad":
            flags.append("sad_smiley")
        complaints = result.get("complaints")
        participants = result["participants"]
        if complaints is not None and participants > 0:
            rate = pooled_complaint_rate(suitable_offers, period, group, band_used)
            if rate is not None:
                low, high = wilson(min(complaints, participants), participants)
                if low > rate:
                    flags.append("complaints")
                    flag_detail = {"low": low, "high": high, "city_rate": rate}
        row["flags"] = flags
        row["complaints_detail"] = flag_detail
        ranked.append(row)

    def key(row):
        k = [TIER_ORDER[row[c]["tier"]] for c in CRITERIA]
        for c in CRITERIA:
            m = row[c]
            k.append((0, -m["share"]) if "share" in m else (1, 0.0))
        k.append(row["name"])
        k.append(row["offer"])
        return k

    ranked.sort(key=key)
    unranked.sort(key=lambda u: (u["name"], u["offer"]))
    return {"ranked": ranked, "unranked": unranked}


def public_view(result):
    return {
        "ranked": [{"offer": r["offer"], "band_used": r["band_used"], "participants": r["participants"],
                    **{c: fixture_figure(r[c]) for c in CRITERIA},
                    "flags": r["flags"], **({"complaints": r["complaints_detail"]} if r["complaints_detail"] else {})}
                   for r in result["ranked"]],
        "unranked": [{"offer": u["offer"], "status": u["status"]} for u in result["unranked"]],
    }


def fixture_figure(ev, with_tier=True):
    """One criterion of one ranked offer as the fixture records it."""
    out = {"tier": ev["tier"]} if with_tier else {}
    if "share" in ev:
        out.update({"share": ev["share"], "n": ev["n"], "low": ev["low"], "high": ev["high"],
                    "city": ev["reference"], "caution": ev["caution"]})
        return out
    out["missing"] = ev["missing"]
    if "n" in ev:
        out["n"] = ev["n"]
    return out


def fixture(snapshot_path, queries_path, out_path):
    with open(snapshot_path, "rb") as f:
        raw = f.read()
    snapshot = json.loads(raw.decode("utf-8"))
    with open(queries_path, encoding="utf-8") as f:
        queries = json.load(f)
    groups = {t["id"] for t in snapshot["target_groups"]}
    out_queries = []
    for q in queries:
        if q["group"] not in groups:
            raise SystemExit(f"query {q}: no target group {q['group']!r} in {snapshot_path}")
        if not (isinstance(q["age"], int) and 15 <= q["age"] <= 99):
            raise SystemExit(f"query {q}: age must be a whole number 15-99")
        res = rank(snapshot, q["group"], q["age"])
        out_queries.append({
            "group": q["group"],
            "age": q["age"],
            "note": q.get("note", ""),
            "citizen_band": citizen_band(snapshot, q["age"]),
            "ranked": [{
                "offer": r["offer"],
                "band_used": r["band_used"],
                "participants": r["participants"],
                "tiers": {c: r[c]["tier"] for c in CRITERIA},
                "flags": r["flags"],
                "figures": {c: fixture_figure(r[c], with_tier=False) for c in CRITERIA},
            } for r in res["ranked"]],
            "unranked": [{"offer": u["offer"], "status": u["status"]} for u in res["unranked"]],
        })
    out = {
        "produced_by": PRODUCED_BY,
        "command": f"python3 scripts/reference_rank.py {snapshot_path} --fixture {queries_path} {out_path}",
        "statsmodels": statsmodels.__version__,
        "python": platform.python_version(),
        "snapshot": snapshot_path,
        "snapshot_sha256": hashlib.sha256(raw).hexdigest(),
        "note": ("Regenerate with the command above whenever the snapshot, the queries or "
                 "ranking-rules.md change; never edit by hand. Tiers: above < in_line < below < "
                 "unknown; low/high are Wilson 95 % (compare to 1e-9); city is the reference share "
                 "the tier was taken against (null when there was nothing to pool)."),
        "queries": out_queries,
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(out_queries)} queries to {out_path}")


def main(argv):
    usage = ("usage: reference_rank.py SNAPSHOT.json --group ID --age N\n"
             "       reference_rank.py SNAPSHOT.json --fixture QUERIES.json OUT.json")
    if len(argv) == 4 and argv[1] == "--fixture":
        fixture(argv[0], argv[2], argv[3])
        return 0
    if len(argv) == 5 and argv[1] == "--group" and argv[3] == "--age":
        with open(argv[0], encoding="utf-8") as f:
            snapshot = json.load(f)
        print(json.dumps(public_view(rank(snapshot, argv[2], int(argv[4]))), indent=2, ensure_ascii=False))
        return 0
    print(usage, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
