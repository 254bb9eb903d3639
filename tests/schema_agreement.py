#!/usr/bin/env python3
"""Checks that public/snapshot.schema.json and the Rust checker agree on the fixture corpus.

Usage: python3 tests/schema_agreement.py PATH_TO_CHECKER_BINARY

The checker is run as `CHECKER check FILE` and must exit 0 (valid), 1 (invalid, one `PATH: message`
line per problem) or 2 (usage/I/O error). Cases:

- public/data/snapshot.json (the sample) and tests/fixtures/good/*.json:
  the schema accepts and the checker exits 0;
- every row of tests/fixtures/bad/MANIFEST.tsv (`file`, `path`, `schema`): the checker exits 1 and prints
  a line starting with `<path>: `, `<path>.` or `<path>[`; and the schema verdict matches the `schema`
  column: `schema` = the schema rejects the file, `beyond` = the schema accepts it (the rule is one JSON
  Schema cannot say), `unparseable` = it is not a JSON document at all (empty, not UTF-8, BOM, bad syntax,
  NaN/Infinity literals).

Needs only `jsonschema` (python3 -m pip install jsonschema==4.23.0).
"""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    sys.exit("schema_agreement: needs jsonschema: python3 -m pip install jsonschema==4.23.0")

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "public" / "snapshot.schema.json"
SNAPSHOT = ROOT / "public" / "data" / "snapshot.json"
GOOD = ROOT / "tests" / "fixtures" / "good"
BAD = ROOT / "tests" / "fixtures" / "bad"
MANIFEST = BAD / "MANIFEST.tsv"
MIN_ROWS = 30
COLUMNS = {"schema", "beyond", "unparseable"}
TIMEOUT_SECONDS = 60


class Unparseable(Exception):
    pass


def _reject_constant(name):
    # Python accepts NaN, Infinity and -Infinity by default; JSON does not.
    raise ValueError(f"{name} is not JSON")


def load_json(path):
    """The parsed document, or Unparseable when the bytes are not one JSON document."""
    data = path.read_bytes()
    if not data:
        raise Unparseable("empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        raise Unparseable("UTF-8 BOM")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Unparseable(f"not UTF-8: {e}") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as e:
        raise Unparseable(f"not JSON: {e}") from None


def schema_errors(validator, doc):
    """Up to three schema errors as `path: message` strings; empty when the schema accepts."""
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{e.json_path}: {e.message[:160]}" for e in errors[:3]]


def run_checker(checker, path):
    try:
        proc = subprocess.run(
            [checker, "check", str(path)],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        return None, "", f"timed out after {TIMEOUT_SECONDS} s"
    out = proc.stdout.decode("utf-8", errors="replace")
    err = proc.stderr.decode("utf-8", errors="replace")
    return proc.returncode, out, err


def short(text, limit=300):
    text = text.strip().replace("\n", " | ")
    return text if len(text) <= limit else text[:limit] + " ..."


def reports_path(output, path):
    prefixes = (f"{path}: ", f"{path}.", f"{path}[")
    return any(line.startswith(prefixes) for line in output.splitlines())


def check_good(checker, validator, path):
    """Reasons a valid file fails; empty when both the schema and the checker accept it."""
    problems = []
    try:
        doc = load_json(path)
    except Unparseable as e:
        problems.append(f"schema side cannot load it: {e}")
    else:
        errs = schema_errors(validator, doc)
        if errs:
            problems.append("schema rejects it: " + "; ".join(errs))
    code, out, err = run_checker(checker, path)
    if code != 0:
        problems.append(f"checker exit {code}, expected 0: {short(out + err)}")
    return problems


def check_bad(checker, validator, path, expected_path, column):
    """Reasons a manifest row fails; empty when the checker and the schema behave as the row says."""
    problems = []
    code, out, err = run_checker(checker, path)
    if code != 1:
        problems.append(f"checker exit {code}, expected 1: {short(out + err)}")
    elif not reports_path(out, expected_path):
        problems.append(f"checker does not report `{expected_path}`: {short(out)}")

    try:
        doc = load_json(path)
    except Unparseable as e:
        if column != "unparseable":
            problems.append(f"marked `{column}` but the schema side cannot load it: {e}")
        return problems
    if column == "unparseable":
        problems.append("marked `unparseable` but Python loads it as JSON")
        return problems
    errs = schema_errors(validator, doc)
    if column == "schema" and not errs:
        problems.append("marked `schema` but the schema accepts it")
    if column == "beyond" and errs:
        problems.append("marked `beyond` but the schema rejects it: " + "; ".join(errs))
    return problems


def read_manifest():
    """(rows, problems): rows as (file, path, column) in manifest order."""
    problems = []
    rows = []
    with MANIFEST.open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != ["file", "path", "schema"]:
            problems.append(f"header is {header!r}, expected ['file', 'path', 'schema']")
        for n, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) != 3 or not all(row):
                problems.append(f"line {n}: expected 3 non-empty tab-separated fields, got {row!r}")
                continue
            if row[2] not in COLUMNS:
                problems.append(f"line {n}: schema column {row[2]!r} is not one of {sorted(COLUMNS)}")
                continue
            rows.append(tuple(row))
    return rows, problems


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    checker = argv[1]
    if Path(checker).is_file():
        checker = str(Path(checker).resolve())
    elif shutil.which(checker):
        checker = shutil.which(checker)
    else:
        print(f"schema_agreement: no checker binary at {checker}", file=sys.stderr)
        return 2

    passed = 0
    failed = 0

    def report(name, problems, context=""):
        nonlocal passed, failed
        if problems:
            failed += 1
            print(f"FAIL {name}: {context}" + "; ".join(problems))
        else:
            passed += 1
            print(f"ok {name}")

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as e:
        report(SCHEMA.relative_to(ROOT), [f"not a valid draft 2020-12 schema: {e.message}"])
        print(f"schema agreement: {passed} passed, {failed} failed")
        return 1
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    good_files = sorted(GOOD.glob("*.json"))
    good_files.insert(0, SNAPSHOT)
    if not (GOOD / "minimal.json").exists():
        report("tests/fixtures/good", ["minimal.json is missing"])
    for path in good_files:
        report(path.relative_to(ROOT), check_good(checker, validator, path))

    rows, problems = read_manifest()
    listed = [r[0] for r in rows]
    on_disk = sorted(p.name for p in BAD.glob("*.json"))
    duplicates = sorted({f for f in listed if listed.count(f) > 1})
    if duplicates:
        problems.append("listed more than once: " + ", ".join(duplicates))
    unlisted = sorted(set(on_disk) - set(listed))
    if unlisted:
        problems.append("not in the manifest: " + ", ".join(unlisted))
    absent = sorted(set(listed) - set(on_disk))
    if absent:
        problems.append("in the manifest but not in tests/fixtures/bad: " + ", ".join(absent))
    if len(rows) < MIN_ROWS:
        problems.append(f"only {len(rows)} rows, expected at least {MIN_ROWS}")
    report(MANIFEST.relative_to(ROOT), problems)

    for name, expected_path, column in rows:
        path = BAD / name
        if not path.exists():
            continue  # already reported above
        problems = check_bad(checker, validator, path, expected_path, column)
        report(path.relative_to(ROOT), problems, context=f"(row: `{expected_path}`, {column}) ")

    print(f"schema agreement: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
