#!/usr/bin/env python3
"""Writes tests/fixtures/newcombe_statsmodels.json: Newcombe's hybrid score 95 % intervals for the
difference of two proportions, computed by statsmodels (ranking-rules.md, rule 10).

This is how the fixture was produced, so the Rust `newcombe` is checked against an independent
implementation rather than against itself (installs statsmodels when it is missing):

    python3 scripts/newcombe_fixture.py

Each case is (share1, n1, share2, n2); the interval is for share1 - share2, from
`confint_proportions_2indep(count1=share1*n1, nobs1=n1, count2=share2*n2, nobs2=n2, method="newcomb",
compare="diff", alpha=0.05)`. The cases cover the sample's kind of figures, the edges (0/n, n/n, both
0, both 1, n = 1 and small n), equal shares, clear changes either way, and weighted shares whose counts
are not whole.
"""
import json
import pathlib
import subprocess
import sys

try:
    import statsmodels
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "statsmodels==0.14.4"], check=True)
    import statsmodels
from statsmodels.stats.proportion import confint_proportions_2indep

CASES = [
    # the sample's kind of figures: job shares of a few hundred people, period against period
    (0.24, 120, 0.18, 110), (0.18, 110, 0.24, 120), (0.21, 1150, 0.20, 1100), (0.755, 341, 0.714, 320),
    (0.35, 400, 0.20, 380), (0.10, 300, 0.25, 290), (0.5, 100, 0.5, 100), (0.3, 25, 0.3, 25),
    # edges: none or all, on one side or both
    (0.0, 25, 0.0, 25), (1.0, 25, 1.0, 25), (0.0, 40, 0.2, 40), (0.2, 40, 0.0, 40),
    (1.0, 30, 0.8, 30), (0.8, 30, 1.0, 30), (0.0, 100, 1.0, 100), (1.0, 100, 0.0, 100),
    # small n
    (0.0, 1, 1.0, 1), (1.0, 1, 0.0, 1), (0.5, 2, 0.5, 2), (0.4, 5, 0.6, 5), (0.333, 24, 0.25, 26),
    # weighted shares (counts not whole), very large and very unequal n
    (0.123456, 99, 0.3141592653589793, 7), (0.62, 100, 0.61, 100000), (0.999, 100000, 0.998, 100000),
    (0.001, 100000, 0.002, 100000), (0.5, 4294967295, 0.5000001, 4294967295),
]

rows = []
for share1, n1, share2, n2 in CASES:
    low, high = confint_proportions_2indep(share1 * n1, n1, share2 * n2, n2, method="newcomb", compare="diff",
                                           alpha=0.05)
    rows.append({"share1": share1, "n1": n1, "share2": share2, "n2": n2, "low": float(low), "high": float(high)})

out = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "newcombe_statsmodels.json"
out.write_text(json.dumps({
    "produced_by": f"statsmodels {statsmodels.__version__} confint_proportions_2indep(method='newcomb', "
                   f"compare='diff', alpha=0.05), scripts/newcombe_fixture.py",
    "cases": rows,
}, indent=2) + "\n")
print(f"wrote {len(rows)} cases to {out}")
