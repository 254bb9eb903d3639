#!/usr/bin/env python3
"""Checks that public/snapshot-template.schema.json (a Frictionless Data Package with a Table Schema per CSV
file) and `snapshot import` agree on the CSV fixtures of tests/fixtures/import/.

Usage: python3 tests/table_schema_agreement.py PATH_TO_CHECKER_BINARY

The checker is run as `CHECKER import FOLDER --json` and must exit 0 (valid) or 1 (invalid). Frictionless
(`frictionless` from PyPI, version pinned in scripts/tools.env) validates the same folder as a package built
from the published descriptor. Cases:

- the good CSV folders: both accept, unless the folder is marked `beyond` below;
- every CSV row of tests/fixtures/import/bad/MANIFEST.tsv (`fixture`, `code`, `place`, `table_schema`): the
  checker refuses it, and when `table_schema` is `schema` frictionless refuses it too; when it is
  `beyond: <why>`, the rule is one a Table Schema cannot say: the fixture is listed as skipped with why, and
  frictionless must indeed give the other verdict (else the fixture belongs with `schema`).

What the published schema cannot say (the importer checks these; the fixtures marked `beyond` exercise them):
  - rules across sheets: a result's target group must be one of its offer's target groups, the age band of a
    result may be `alle` (so `aldersgruppe` has no foreign key), ids listed in `målgrupper` must exist;
  - rules across rows: age bands sorted and not overlapping, periods newest first, at most three periods;
  - rules between two cells of a row: a count required only when its share is a number, n ≤ deltagere,
    min ≤ max, fra ≤ til, no reason and count together;
  - the calendar (the date pattern checks the shape, `2010-09-31` passes it), the publication date against today;
  - what the template allows but a Table Schema fixes: headers in any order, in any case, with ae/oe/aa for
    æ/ø/å, unknown working columns, `,` or `;` files with a decimal point or comma (this test builds each
    file's dialect from its header row, as the importer does, and reads decimal points in `,` files), codes
    in any case (the schema lists the template's spellings);
  - which sheets are optional: byen.csv may be left out (the test drops that resource when its file is absent).

Needs `frictionless` (python3 -m pip install frictionless==<FRICTIONLESS_PY_VERSION>).
"""

import copy
import csv
import json
import subprocess
import sys
from pathlib import Path

try:
    from frictionless import Package, system
except ImportError:
    sys.exit("table_schema_agreement: needs frictionless: python3 -m pip install frictionless (see scripts/tools.env)")

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTOR = ROOT / "public" / "snapshot-template.schema.json"
FIXTURES = ROOT / "tests" / "fixtures" / "import"
MANIFEST = FIXTURES / "bad" / "MANIFEST.tsv"
OPTIONAL = {"byen"}
TIMEOUT_SECONDS = 60
MIN_SCHEMA_ROWS = 15

# The good CSV folders: how each is compared.
GOOD = {
    "export-csv": "schema",
    "comma-csv": "schema",
    "danish-excel-csv": "beyond: headers written with ae/oe/aa for æ/ø/å (maalgruppe), which the importer accepts",
}


def separator(path):
    """The file's separator as the importer decides it: `;` when the header row has more of them than `,`."""
    with open(path, encoding="utf-8-sig", errors="replace") as f:
        header = f.readline()
    return ";" if header.count(";") > header.count(",") else ","


def package_for(folder, descriptor):
    """The published package, pointed at `folder`, with each file's dialect taken from its header row."""
    desc = copy.deepcopy(descriptor)
    kept = []
    for resource in desc["resources"]:
        path = folder / resource["path"]
        if not path.exists():
            if resource["name"] in OPTIONAL:
                continue
            kept.append(resource)  # a required file is missing: frictionless reports it
            continue
        delimiter = separator(path)
        resource["dialect"] = {"delimiter": delimiter}
        if delimiter == ",":
            for field in resource["schema"]["fields"]:
                if field.get("type") == "number":
                    field["decimalChar"] = "."
        kept.append(resource)
    names = {r["name"] for r in kept}
    for resource in kept:
        keys = resource["schema"].get("foreignKeys", [])
        resource["schema"]["foreignKeys"] = [k for k in keys if k["reference"]["resource"] in names]
    desc["resources"] = kept
    return Package(desc, basepath=str(folder))


def frictionless_verdict(folder, descriptor):
    """(valid, first errors) from frictionless; an exception while reading counts as invalid."""
    try:
        with system.use_context(trusted=True):
            report = package_for(folder, descriptor).validate()
    except Exception as e:  # noqa: BLE001 — a file frictionless cannot open is its verdict "invalid"
        return False, [f"{type(e).__name__}: {str(e)[:160]}"]
    errors = [f"{task.name}: {error.type}: {error.message[:140]}" for task in report.tasks for error in task.errors]
    return report.valid, errors[:3]


def checker_verdict(checker, folder):
    proc = subprocess.run(
        [checker, "import", str(folder), "--json"], capture_output=True, text=True, timeout=TIMEOUT_SECONDS
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"table_schema_agreement: {folder}: checker exited {proc.returncode}: {proc.stderr[:300]}")
    problems = json.loads(proc.stdout)
    if (proc.returncode == 0) != (problems == []):
        raise SystemExit(f"table_schema_agreement: {folder}: exit {proc.returncode} but problems {problems[:2]}")
    return proc.returncode == 0, [p["code"] for p in problems]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    checker = sys.argv[1]
    descriptor = json.loads(DESCRIPTOR.read_text(encoding="utf-8"))
    failures, compared, skipped = [], 0, []

    cases = []
    for name, how in GOOD.items():
        cases.append((FIXTURES / "good" / name, True, how))
    with open(MANIFEST, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            path = FIXTURES / "bad" / row["fixture"]
            if path.is_dir():
                cases.append((path, False, row["table_schema"]))

    for folder, good, how in cases:
        name = f"{folder.parent.name}/{folder.name}"
        valid, codes = checker_verdict(checker, folder)
        if valid != good:
            failures.append(f"{name}: the checker says {'valid' if valid else 'invalid ' + str(codes)}")
            continue
        if how.startswith("beyond"):
            # Skipped, not silently: the schema must really miss it, or the fixture belongs with `schema`.
            schema_valid, _ = frictionless_verdict(folder, descriptor)
            if schema_valid == valid:
                failures.append(f"{name}: marked `{how}`, but frictionless agrees with the checker: mark it `schema`")
            else:
                skipped.append(f"{name}: {how} (frictionless {'accepts' if schema_valid else 'refuses'} it)")
            continue
        if how != "schema":
            failures.append(f"{name}: table_schema must be `schema` or `beyond: why`, not {how!r}")
            continue
        schema_valid, errors = frictionless_verdict(folder, descriptor)
        compared += 1
        if schema_valid != valid:
            verdict = "accepts" if schema_valid else f"refuses ({'; '.join(errors)})"
            failures.append(f"{name}: the checker says {'valid' if valid else 'invalid ' + str(codes)}, frictionless {verdict}")

    for line in skipped:
        print(f"skipped (a Table Schema cannot say it): {line}")
    if compared < MIN_SCHEMA_ROWS:
        failures.append(f"only {compared} folders compared; expected at least {MIN_SCHEMA_ROWS}")
    for line in failures:
        print(f"DISAGREE {line}")
    print(f"table schema agreement: {compared} folders compared, {len(skipped)} skipped, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
