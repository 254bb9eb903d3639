#!/usr/bin/env python3
"""Writes tests/fixtures/wilson_statsmodels.json: Wilson 95 % intervals computed by statsmodels.

This is how the fixture was produced (statsmodels 0.14.4, Python 3.11), so the Rust `wilson`
is checked against an independent implementation rather than against itself:

    python3 -m pip install statsmodels==0.14.4
    python3 scripts/wilson_fixture.py

The cases cover the seed's real figures (75.5 % of 341 answers, 71.4 % of 1630, ...), the edges
(share 0 and 1, n = 1) and weighted shares whose count share*n is not whole.
"""
import json
import pathlib

import statsmodels
from statsmodels.stats.proportion import proportion_confint

CASES = [
    (0.755, 341), (0.714, 1630), (0.857, 834), (0.829, 147),
    (0.2, 1150), (0.21, 1150), (0.107, 15488), (0.29, 14678),
    (0.0, 1), (1.0, 1), (0.0, 25), (1.0, 25), (0.5, 1), (0.5, 2),
    (0.04, 25), (0.96, 25), (0.333, 24), (0.123456, 99), (0.62, 100),
    (0.3141592653589793, 7), (0.999, 100000), (0.001, 100000), (0.5, 4294967295),
]

rows = []
for share, n in CASES:
    low, high = proportion_confint(count=share * n, nobs=n, alpha=0.05, method="wilson")
    rows.append({"share": share, "n": n, "low": float(low), "high": float(high)})

out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "wilson_statsmodels.json"
out.write_text(json.dumps({
    "produced_by": f"statsmodels {statsmodels.__version__} proportion_confint(method='wilson', alpha=0.05), scripts/wilson_fixture.py",
    "cases": rows,
}, indent=2) + "\n")
print(f"wrote {len(rows)} cases to {out}")
