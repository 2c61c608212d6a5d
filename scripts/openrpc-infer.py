#!/usr/bin/env python3
"""Drafts the contract's schemas (server/contract/*.json) from what the test-suite saw.

The server tests record every successful call when ERP_CONTRACT_RECORD is set
(tests/support/servertest.cpp): method, params and result, one JSON line each. This script
merges the recorded values of each method into a JSON Schema for its result and for its
object/array/any parameters, and writes them into server/contract/<first name part>.json.

Existing entries are kept (they are reviewed, hand-finished declarations); only methods or
parameters without one are drafted, unless --refresh is given. A draft is a starting point:
read it, add enums and descriptions, then run the tests, which validate every reply against
the contract (server.contract and ServerTest).

    ERP_CONTRACT_RECORD=/tmp/rec/calls ctest --test-dir build -R '^server\\.' -E postgres
    scripts/openrpc-infer.py /tmp/rec/calls.* [--refresh] [--discover openrpc.json]
"""
import argparse
import collections
import copy
import glob
import json
import os
import re
import sys

DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DECIMAL = re.compile(r"^-?\d+\.\d+$")
IDENT = re.compile(r"^[a-z][a-z0-9_.]*$")
# Keys whose values form a closed set in the code (states and kinds): declared as enums.
ENUM_KEYS = {"state", "status", "kind", "journal_kind", "match", "severity"}
DECIMAL_PATTERN = r"^-?\d+\.\d+$"
# Closed sets the test-suite does not show completely (the code's own lists).
NULLABLE = {("crm.activity", k) for k in ("customer_id", "lead_id", "opportunity_id", "order_id")}
ENUM_COMPLETIONS = {
    ("crm.activity", "kind"): ["call", "email", "meeting", "task"],
    ("crm.lead", "state"): ["converted", "lost", "new", "qualified"],
    ("crm.opportunity", "state"): ["lost", "open", "won"],
    ("mail", "state"): ["failed", "queued", "sent"],
    ("platform", "status"): ["cancelled", "committed", "expired", "staging"],
}


class Shape:
    """Everything seen at one place of the JSON tree."""

    def __init__(self):
        self.count = 0
        self.types = set()
        self.strings = []
        self.numbers_integral = True
        self.props = collections.OrderedDict()  # key -> Shape
        self.prop_counts = collections.Counter()
        self.objects = 0
        self.items = None
        self.key_sets = set()

    def add(self, v):
        self.count += 1
        if v is None:
            self.types.add("null")
        elif isinstance(v, bool):
            self.types.add("boolean")
        elif isinstance(v, (int, float)):
            self.types.add("number")
            if isinstance(v, float) and not v.is_integer():
                self.numbers_integral = False
        elif isinstance(v, str):
            self.types.add("string")
            if len(self.strings) < 5000:
                self.strings.append(v)
        elif isinstance(v, list):
            self.types.add("array")
            if self.items is None:
                self.items = Shape()
            for x in v:
                self.items.add(x)
        elif isinstance(v, dict):
            self.types.add("object")
            self.objects += 1
            self.key_sets.add(tuple(sorted(v.keys())))
            for k, x in v.items():
                if k not in self.props:
                    self.props[k] = Shape()
                self.props[k].add(x)
                self.prop_counts[k] += 1


def looks_like_map(shape):
    """An object keyed by data (codes, ids, dates), not by field names."""
    keys = list(shape.props.keys())
    if not keys:
        return False
    data_keys = [k for k in keys if not IDENT.match(k)]
    return len(data_keys) > len(keys) / 2 or len(keys) > 60


def string_schema(shape, key):
    s = {"type": "string"}
    values = [x for x in shape.strings]
    filled = [x for x in values if x != ""]
    empty = len(filled) != len(values)
    if filled and all(DATE_TIME.match(x) for x in filled):
        s = {"type": "string", "format": "date-time"} if not empty else \
            {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$"}
    elif filled and all(DATE.match(x) for x in filled):
        s = {"type": "string", "format": "date"} if not empty else \
            {"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"}
    elif filled and all(DECIMAL.match(x) for x in filled) and not empty:
        s = {"type": "string", "pattern": DECIMAL_PATTERN}
    elif key in ENUM_KEYS and filled and all(IDENT.match(x) for x in filled) \
            and len(set(values)) <= 16:
        s = {"type": "string", "enum": sorted(set(values))}
    return s


def schema_of(shape, key=None):
    if shape is None or shape.count == 0:
        return {}
    alternatives = []
    types = shape.types
    for t in sorted(types - {"null"}):
        if t == "boolean":
            alternatives.append({"type": "boolean"})
        elif t == "number":
            alternatives.append({"type": "integer" if shape.numbers_integral else "number"})
        elif t == "string":
            alternatives.append(string_schema(shape, key))
        elif t == "array":
            s = {"type": "array"}
            if shape.items is not None and shape.items.count:
                s["items"] = schema_of(shape.items, key)
            alternatives.append(s)
        elif t == "object":
            if looks_like_map(shape):
                merged = Shape()
                for sub in shape.props.values():
                    for v in sub.strings:
                        merged.add(v)
                    merged.types |= sub.types
                    merged.count += sub.count
                    merged.numbers_integral &= sub.numbers_integral
                    if sub.items is not None:
                        merged.items = merged.items or Shape()
                        merged.items.count += sub.items.count
                        merged.items.types |= sub.items.types
                    for k, v in sub.props.items():
                        merged.props.setdefault(k, v)
                        merged.prop_counts[k] += sub.prop_counts[k]
                    merged.objects += sub.objects
                alternatives.append({"type": "object", "additionalProperties": schema_of(merged)})
            else:
                props = collections.OrderedDict()
                for k in sorted(shape.props):
                    props[k] = schema_of(shape.props[k], k)
                s = {"type": "object", "properties": props, "additionalProperties": False}
                required = sorted(k for k, n in shape.prop_counts.items() if n == shape.objects)
                if required:
                    s["required"] = required
                alternatives.append(s)
    if not alternatives:
        return {"type": "null"}
    nullable = "null" in types
    if len(alternatives) == 1:
        s = alternatives[0]
        if nullable:
            s = dict(s)
            s["type"] = [s["type"], "null"]
        return s
    if all(set(a.keys()) == {"type"} for a in alternatives):
        return {"type": sorted(a["type"] for a in alternatives) + (["null"] if nullable else [])}
    out = {"anyOf": alternatives}
    if nullable:
        out["anyOf"].append({"type": "null"})
    return out


def is_deep(schema):
    """True when a schema says what every place holds (what server.contract demands)."""
    if not isinstance(schema, dict):
        return True
    if not schema:
        return False
    if "$ref" in schema:
        return True
    t = schema.get("type")
    types = t if isinstance(t, list) else [t]
    if "object" in types and "properties" not in schema and \
            not isinstance(schema.get("additionalProperties"), dict):
        return False
    if "array" in types and "items" not in schema:
        return False
    subs = list(schema.get("properties", {}).values())
    subs += [schema[k] for k in ("items", "additionalProperties") if isinstance(schema.get(k), dict)]
    for k in ("anyOf", "oneOf", "allOf"):
        subs += schema.get(k, [])
    return all(is_deep(x) for x in subs)


def collect_items(schema, key, table):
    """Item schemas of every array seen with items, by the key that holds the array."""
    if not isinstance(schema, dict):
        return
    if isinstance(schema.get("items"), dict) and key:
        table.setdefault(key, schema["items"])
    for k, v in schema.get("properties", {}).items():
        collect_items(v, k, table)
    for k in ("items", "additionalProperties"):
        if isinstance(schema.get(k), dict):
            collect_items(schema[k], key, table)
    for k in ("anyOf", "oneOf", "allOf"):
        for v in schema.get(k, []):
            collect_items(v, key, table)


def fill_items(schema, key, table):
    """An array only ever seen empty takes the items of an array of the same name."""
    if not isinstance(schema, dict):
        return
    t = schema.get("type")
    types = t if isinstance(t, list) else [t]
    if "array" in types and "items" not in schema and key in table:
        schema["items"] = copy.deepcopy(table[key])
        return  # not into the borrowed copy: a tree would borrow itself for ever
    for k, v in schema.get("properties", {}).items():
        fill_items(v, k, table)
    for k in ("items", "additionalProperties"):
        if isinstance(schema.get(k), dict):
            fill_items(schema[k], key, table)
    for k in ("anyOf", "oneOf", "allOf"):
        for v in schema.get(k, []):
            fill_items(v, key, table)


def walk(schema, key, visit):
    """Calls visit(schema, key) for every schema below, key being the path of properties
    that leads to it from the record (a list's "rows" left out, so list and get agree)."""
    if not isinstance(schema, dict):
        return
    visit(schema, key)
    for k, v in schema.get("properties", {}).items():
        walk(v, k if key is None or key == "rows" else key + "/" + k, visit)
    for k in ("items", "additionalProperties"):
        if isinstance(schema.get(k), dict):
            walk(schema[k], key, visit)
    for k in ("anyOf", "oneOf", "allOf"):
        for v in schema.get(k, []):
            walk(v, key, visit)


# Method names whose results are records of their entity (crm.customer.get, …): their enums
# are unified; any other method (a report, a timeline) keeps what it showed.
RECORD_VERBS = {"get", "list", "mine", "create", "update", "archive", "restore", "merge", "delete",
                "cancel", "post", "approve", "submit", "allocate", "pick", "ship", "deliver",
                "complete", "reject", "amend", "return", "move", "win", "lose", "qualify",
                "convert", "apply", "unapply", "credit", "send", "confirm", "receive", "reverse"}


def null_fallback(schema, key, by_name):
    if key and schema.get("type") == "null" and len(schema) == 1:
        other = by_name.get(key.split("/")[-1])
        if other:
            other = copy.deepcopy(other)
            t = other["type"]
            other["type"] = (t if isinstance(t, list) else [t]) + ([] if "null" in t else ["null"])
            schema.clear()
            schema.update(other)


def nullable(schema, key, group):
    if key and (".".join(group.split(".")[:2]), key.split("/")[-1]) in NULLABLE:
        t = schema.get("type")
        if t and "null" not in (t if isinstance(t, list) else [t]):
            schema["type"] = (t if isinstance(t, list) else [t]) + ["null"]


def unify_module(prefix, contract):
    """Within one entity's methods: an enum lists every value any method showed for its key, and a
    field only ever seen as null takes the type the same key has elsewhere (and null)."""
    enums = collections.defaultdict(set)
    typed = {}
    group = None

    def gather(schema, key):
        if key and "enum" in schema:
            enums[key].update(schema["enum"])
        t = schema.get("type")
        if key and t and t != "null" and key not in typed and "enum" not in schema:
            typed[key] = schema

    def apply(schema, key):
        if key and "enum" in schema:
            last = key.split("/")[-1]
            schema["enum"] = sorted(enums[key] | set(ENUM_COMPLETIONS.get((prefix, last), []))
                                    | set(ENUM_COMPLETIONS.get((".".join(group.split(".")[:2]), key), [])))
        if key and schema.get("type") == "null" and key in typed and len(schema) == 1:
            other = dict(typed[key])
            t = other["type"]
            other["type"] = (t if isinstance(t, list) else [t]) + ([] if "null" in t else ["null"])
            schema.clear()
            schema.update(other)

    groups = collections.defaultdict(list)  # per entity: crm.customer, crm.lead, …
    for name, entry in contract["methods"].items():
        parts = name.split(".")
        groups[".".join(parts[:2]) if parts[-1] in RECORD_VERBS else name].append(entry)
    # A field only ever seen as null takes the type its name has anywhere in the module.
    by_name = {}
    for entry in contract["methods"].values():
        walk(entry.get("result"), None, lambda sch, key: key and sch.get("type") not in (None, "null")
             and "enum" not in sch and by_name.setdefault(key.split("/")[-1], sch))
    for group, entries in groups.items():
        enums.clear()
        typed.clear()
        record = group.count(".") == 1
        for entry in entries:
            walk(entry.get("result"), None, gather)
        for entry in entries:
            walk(entry.get("result"), None, apply)
            if not record:  # a report or a timeline: its kinds and states are not all shown
                walk(entry.get("result"), None, lambda sch, key: sch.pop("enum", None))
            walk(entry.get("result"), None, lambda sch, key: null_fallback(sch, key, by_name))
            walk(entry.get("result"), None, lambda sch, key: nullable(sch, key, group))


AUDIT_SNAPSHOT = {
    "type": ["object", "null"],
    "description": "the record as its get method returned it before / after the call "
                   "(protected fields left out for callers without their permission)",
    "additionalProperties": {"description": "any JSON value: one field of the record"},
}
# Shared schemas, written into <file>.json's "components" and referred to as
# {"$ref": "#/components/schemas/<name>"} (a tree refers to itself).
COMPONENTS = {
    "hr": {
        "hr.department_node": {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "id": {"type": "integer"}, "code": {"type": "string"},
                "name": {"type": "string"}, "employees": {"type": "integer"},
                "manager_id": {"type": ["integer", "null"]},
                "manager_name": {"type": ["string", "null"]},
                "children": {"type": "array",
                             "items": {"$ref": "#/components/schemas/hr.department_node"}},
            },
            "required": ["id", "code", "name", "employees", "children"],
        },
    },
}
# Declarations the recordings cannot draft: (method, path of properties) -> schema.
OVERRIDES = {
    ("hr.orgchart", ("departments",)): {
        "type": "array", "items": {"$ref": "#/components/schemas/hr.department_node"}},
    ("rpc.discover", ()): {"$ref": "https://meta.open-rpc.org/"},
    ("admin.audit.list", ("rows", "[]", "before")): AUDIT_SNAPSHOT,
    ("admin.audit.list", ("rows", "[]", "after")): AUDIT_SNAPSHOT,
    ("inventory.stock.check", ("unrepaired",)): {
        "type": "array",
        "items": {"type": "object", "additionalProperties": False,
                  "properties": {"product_id": {"type": "integer"},
                                 "warehouse_id": {"type": "integer"}},
                  "required": ["product_id", "warehouse_id"]}},
}


# Properties declared by their name wherever they appear.
KEY_RULES = {
    "next_after": {"type": ["array", "null"], "maxItems": 2,
                   "items": {"type": ["string", "integer", "number", "null"]}},
    "args": {"type": "object", "description": "the message's named arguments",
             "additionalProperties": {"type": ["string", "integer", "number", "boolean", "null"]}},
}
# Arrays whose entries carry more than the tests showed (a review reason's own fields).
OPEN_ITEMS = {"review_reasons"}


def apply_key_rules(schema, key=None):
    if not isinstance(schema, dict):
        return
    for k, v in list(schema.get("properties", {}).items()):
        if k in KEY_RULES:
            schema["properties"][k] = copy.deepcopy(KEY_RULES[k])
            continue
        if k in OPEN_ITEMS and isinstance(v.get("items"), dict):
            v["items"].pop("additionalProperties", None)
            v["items"].pop("required", None)
        apply_key_rules(v, k)
    for k in ("items", "additionalProperties"):
        if isinstance(schema.get(k), dict):
            apply_key_rules(schema[k], key)
    for k in ("anyOf", "oneOf", "allOf"):
        for v in schema.get(k, []):
            apply_key_rules(v, key)


def apply_overrides(entries):
    for (method, path), schema in OVERRIDES.items():
        if method not in entries:
            continue
        if not path:
            entries[method]["result"] = schema
            continue
        at = entries[method].setdefault("result", {})
        for part in path[:-1]:
            at = at["items"] if part == "[]" else at.setdefault("properties", {})[part]
        at.setdefault("properties", {})[path[-1]] = schema


def guess(name):
    """A parameter or filter key the tests never sent, typed by the naming convention."""
    if name.endswith("_id"):
        return {"type": ["integer", "null"], "description": "a record id (null: none)"}
    if name in ("done", "overdue", "active", "archived") or name.startswith(("is_", "has_")):
        return {"type": "boolean"}
    if name in ("state", "status", "kind", "source") or name.endswith("_type"):
        return {"type": "string"}
    if name.endswith(("_at", "_date", "_from", "_to")) or name in ("from", "to"):
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}"}
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("records", nargs="+")
    ap.add_argument("--refresh", action="store_true", help="redraft existing entries too")
    ap.add_argument("--only", action="append", default=[],
                    help="method name prefix to draft (repeatable); with --refresh, the "
                         "contract then also replaces what their registration declares")
    ap.add_argument("--discover", help="rpc.discover output, to know each parameter's type")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "server", "contract"))
    args = ap.parse_args()

    results = collections.defaultdict(Shape)
    params = collections.defaultdict(lambda: collections.defaultdict(Shape))
    for pattern in args.records:
        for path in glob.glob(pattern):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        continue
                    results[rec["m"]].add(rec["r"][0])
                    for k, v in rec["p"].items():
                        params[rec["m"]][k].add(v)

    param_types = {}
    discovered = {}  # method -> its params as rpc.discover describes them
    declared_in_code = set()  # methods whose registration already declares a full result
    if args.discover:
        doc = json.load(open(args.discover, encoding="utf-8"))
        doc = doc.get("result", doc)
        for m in doc["methods"]:
            param_types[m["name"]] = {p["name"]: p["schema"].get("type") for p in m["params"]}
            discovered[m["name"]] = m["params"]
            if is_deep(m["result"]["schema"]):
                declared_in_code.add(m["name"])  # or already in the contract

    os.makedirs(args.out, exist_ok=True)
    contracts = {}
    by_file = collections.defaultdict(list)
    for method in set(results) | set(param_types) | {m for m, _ in OVERRIDES}:
        if method.startswith("test."):
            continue  # methods the tests register for themselves
        by_file[method.split(".")[0]].append(method)
    for prefix, methods in sorted(by_file.items()):
        path = os.path.join(args.out, prefix + ".json")
        contract = {"methods": {}}
        if os.path.exists(path):
            contract = json.load(open(path, encoding="utf-8"))
        entries = contract.setdefault("methods", {})
        for method in sorted(methods):
            if args.only and not any(method.startswith(p) for p in args.only):
                continue
            entry = entries.setdefault(method, {})
            if method in declared_in_code and "result" not in entry and not (args.refresh and args.only):
                pass  # its registration declares the result (.returns)
            elif (args.refresh or "result" not in entry) and method in results:
                entry["result"] = schema_of(results[method])
            declared = param_types.get(method, {})
            for name, shape in params.get(method, {}).items():
                if name in ("sort", "after"):
                    continue  # the list convention's own schemas (server/rpc/registry.cpp)
                kind = declared.get(name, "?")
                if kind not in (None, "object", "array", "?"):
                    continue  # scalars are described by the dispatcher's own spec
                ps = entry.setdefault("params", {})
                if args.refresh or name not in ps:
                    ps[name] = schema_of(shape, name)
            if not entry:
                del entries[method]
        for entry in entries.values():
            apply_key_rules(entry.get("result"))
        apply_overrides(entries)
        if prefix in COMPONENTS:
            contract["components"] = {"schemas": COMPONENTS[prefix]}
        contract["methods"] = dict(sorted(entries.items()))
        contracts[path] = contract
    # Arrays seen only empty borrow the items of a same-named array, in the module first.
    everywhere = {}
    for contract in contracts.values():
        for entry in contract["methods"].values():
            collect_items(entry.get("result"), None, everywhere)
            for name, ps in entry.get("params", {}).items():
                collect_items(ps, name, everywhere)
    for path, contract in sorted(contracts.items()):
        local = {}
        for entry in contract["methods"].values():
            collect_items(entry.get("result"), None, local)
            for name, ps in entry.get("params", {}).items():
                collect_items(ps, name, local)
        table = dict(everywhere)
        table.update(local)
        for method, entry in contract["methods"].items():
            # Parameters and filter keys never recorded, typed by their names.
            for p in discovered.get(method, []):
                name, schema = p["name"], p["schema"]
                declared_ps = entry.get("params", {})
                if schema.get("type") is None and name not in ("sort", "filter") and \
                        name not in declared_ps and guess(name):
                    entry.setdefault("params", {})[name] = guess(name)
                if name == "filter":
                    props = declared_ps.get("filter", {}).get("properties", {})
                    for key, sub in schema.get("properties", {}).items():
                        if key not in props and guess(key):
                            f = entry.setdefault("params", {}).setdefault(
                                "filter", {"type": "object", "properties": {}})
                            f.setdefault("properties", {})[key] = guess(key)
            # Object parameters never recorded take a same-named one's (create's for update).
            for name, kind in param_types.get(method, {}).items():
                if kind == "object" and name != "filter" and name not in entry.get("params", {}):
                    for other in contract["methods"].values():
                        sch = other.get("params", {}).get(name)
                        if isinstance(sch, dict) and "properties" in sch:
                            entry.setdefault("params", {})[name] = copy.deepcopy(sch)
                            break
            # Array parameters never recorded with items take a same-named one's.
            for name, kind in param_types.get(method, {}).items():
                if kind == "array" and name not in ("sort", "after") and name in table and \
                        name not in entry.get("params", {}):
                    entry.setdefault("params", {})[name] = {"type": "array", "items": table[name]}
            fill_items(entry.get("result"), None, table)
            for name, ps in entry.get("params", {}).items():
                fill_items(ps, name, table)
        unify_module(os.path.basename(path)[:-5], contract)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(contract, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{path}: {len(contract['methods'])} methods", file=sys.stderr)


if __name__ == "__main__":
    main()
