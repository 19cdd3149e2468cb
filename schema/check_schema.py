#!/usr/bin/env python3
"""Checks routine files against schema/routine.schema.json, and that the schema and the decoder agree.

    check_schema.py FILE...                   report whether each file matches the schema
    check_schema.py --agree --repsheet BIN    compare the schema with `BIN validate` on the good and
                                              bad fixtures and the examples; prints "N passed, N failed"

Needs the Python packages jsonschema and PyYAML.
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema" / "routine.schema.json"
FIXTURES = ROOT / "Tests" / "RoutineTests" / "Fixtures"

# Bad fixtures whose problem is beyond what a JSON Schema can see: repeated keys (YAML and JSON
# loaders keep the last), files on disk, calendar rules, the one-hour limit on durations. The decoder
# must reject them; the schema accepts them. Every other bad fixture must be rejected by both
# (a file that cannot even be read as YAML or JSON counts as rejected by the schema).
DECODER_ONLY = {
    "date-impossible.yaml", "date-not-leap.yaml", "duplicate-key-json.json",
    "duplicate-key-step.yaml", "duplicate-key-top.yaml", "hold-too-long.yaml", "image-folder.yaml",
    "image-missing.yaml", "image-not-picture.yaml", "layout-missing.yaml",
}


class RoutineYAMLLoader(yaml.SafeLoader):
    """Reads scalars as the decoder does: dates and "1:30" stay text; only true/false are booleans."""


RoutineYAMLLoader.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag not in (
        "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
RoutineYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
RoutineYAMLLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(path):
    text = pathlib.Path(path).read_bytes().decode("utf-8")
    if str(path).endswith(".json"):
        return json.loads(text)
    return yaml.load(text, Loader=RoutineYAMLLoader)


def schema_problem(validator, path):
    """None when the file matches the schema, else a short reason."""
    try:
        document = load(path)
    except Exception as error:  # not UTF-8, not YAML/JSON: the schema cannot accept it
        return f"cannot be read: {type(error).__name__}"
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    if not errors:
        return None
    first = errors[0]
    return f"{'/'.join(map(str, first.path)) or '(top)'}: {first.message[:120]}"


def main(argv):
    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    if argv[:1] != ["--agree"]:
        invalid = 0
        for path in argv:
            problem = schema_problem(validator, path)
            print(f"{path}: valid" if problem is None else f"{path}: invalid: {problem}")
            invalid += problem is not None
        return 1 if invalid else 0

    repsheet = argv[argv.index("--repsheet") + 1]
    # Client lists (clients.yaml) sit beside the example routines but are not routines.
    examples = [p for p in sorted((ROOT / "examples").glob("*.y*ml")) if not p.name.startswith("clients")]
    good = sorted((FIXTURES / "good").glob("*.*")) + examples
    bad = sorted(p for p in (FIXTURES / "bad").glob("*.*") if p.suffix in (".yaml", ".yml", ".json"))
    starters = pathlib.Path(tempfile.mkdtemp())
    for name in ("starter.yaml", "starter.json"):
        subprocess.run([repsheet, "new", str(starters / name)], capture_output=True, check=True)
        good.append(starters / name)
    passed = failed = 0
    for path in good + bad:
        # The fixtures share one folder of pictures beside good/ and bad/: the decoder may read it.
        decoder_ok = (
            subprocess.run(
                [repsheet, "validate", "--allow-path", str(FIXTURES / "images"), str(path)], capture_output=True
            ).returncode
            == 0
        )
        schema_ok = schema_problem(validator, path) is None
        expected_ok = path in good
        if path.name in DECODER_ONLY and not expected_ok:
            agree = not decoder_ok and schema_ok
        else:
            agree = decoder_ok == expected_ok and schema_ok == expected_ok
        if agree:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {path}: decoder {'accepts' if decoder_ok else 'rejects'}, "
                  f"schema {'accepts' if schema_ok else 'rejects: ' + str(schema_problem(validator, path))}")
    shutil.rmtree(starters)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
