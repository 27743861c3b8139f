#!/usr/bin/env python3
"""Compare `warta validate` with pyshacl on the same RDF files (run by scripts/shacl-conformance).

Usage: shacl_conformance.py WARTA_BINARY SHAPES.ttl FILE...

Each graph of each file (the default graph, and every named graph of an N-Quads or TriG
file) is validated on its own by both tools. They must agree on whether it conforms and on
the set of (focus node, path, shape, constraint component) of the results. Property shapes
are blank nodes with different labels in each tool, so a result's shape is the named shape
that holds its source shape. Exit status 0 when the tools agree on every graph, 1 otherwise.
"""

import json
import logging
import os
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import pyshacl
import rdflib
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql import prepareQuery

_parsed = {}
_query = rdflib.Graph.query


def _query_parsed_once(self, query, *args, **kwargs):
    """rdflib.Graph.query, parsing each query text once.

    pyshacl sends the text of a SPARQL constraint again for every focus node, and rdflib
    parses it every time: nine tenths of the run. The prepared query is the same query, so
    the results are unchanged.
    """
    if isinstance(query, str):
        if query not in _parsed:
            _parsed[query] = prepareQuery(query)
        query = _parsed[query]
    return _query(self, query, *args, **kwargs)


rdflib.Graph.query = _query_parsed_once
# rdflib logs a traceback for each ill-formed literal; pyshacl reports them anyway.
logging.getLogger("rdflib.term").setLevel(logging.CRITICAL)


def term(t):
    """A term as N-Triples writes it (blank nodes anonymised: labels differ between tools)."""
    if isinstance(t, rdflib.BNode):
        return "_:b"
    if isinstance(t, rdflib.URIRef):
        return "<%s>" % t
    return t.n3()


def sparql_path(g, p):
    """A SHACL path as SPARQL, written the way warta writes it."""
    if isinstance(p, rdflib.URIRef):
        return "<%s>" % p

    def inner(x):
        s = sparql_path(g, x)
        return s if isinstance(x, rdflib.URIRef) else "(%s)" % s

    if (p, RDF.first, None) in g:
        parts = list(rdflib.collection.Collection(g, p))
        return "/".join(
            "(%s)" % sparql_path(g, x)
            if not isinstance(x, rdflib.URIRef)
            and ((x, RDF.first, None) in g or (x, SH.alternativePath, None) in g)
            else sparql_path(g, x)
            for x in parts
        )
    for pred, fmt in (
        (SH.inversePath, "^%s"),
        (SH.zeroOrMorePath, "%s*"),
        (SH.oneOrMorePath, "%s+"),
        (SH.zeroOrOnePath, "%s?"),
    ):
        o = g.value(p, pred)
        if o is not None:
            return fmt % inner(o)
    o = g.value(p, SH.alternativePath)
    if o is not None:
        return "|".join(sparql_path(g, x) for x in rdflib.collection.Collection(g, o))
    raise ValueError("not a path: %s" % p)


def owners(shapes):
    """Blank shape -> the named shape that holds it (walking up through lists)."""
    parent = {}
    for s, p, o in shapes:
        if isinstance(o, rdflib.BNode) and o not in parent:
            parent[o] = s

    def owner(x):
        seen = set()
        while isinstance(x, rdflib.BNode) and x in parent and x not in seen:
            seen.add(x)
            x = parent[x]
        return x

    return owner


def pyshacl_results(data, shapes, owner):
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=False
    )
    found = set()
    for top in report.subjects(RDF.type, SH.ValidationReport):
        for r in report.objects(top, SH.result):
            path = report.value(r, SH.resultPath)
            found.add(
                (
                    term(report.value(r, SH.focusNode)),
                    sparql_path(report, path) if path is not None else None,
                    term(owner(report.value(r, SH.sourceShape))),
                    term(report.value(r, SH.sourceConstraintComponent)),
                )
            )
    return bool(conforms), found


def warta_results(binary, shapes_path, path):
    out = subprocess.run(
        [binary, "-q", "validate", "--shapes", shapes_path, "-f", "json", path],
        capture_output=True,
        text=True,
    )
    if out.returncode not in (0, 1):
        sys.exit("shacl-conformance: warta validate %s failed: %s" % (path, out.stderr.strip()))
    doc = json.loads(out.stdout)
    by_graph = {}
    for r in doc["results"]:
        focus = "_:b" if r["focus"].startswith("_:") else r["focus"]
        by_graph.setdefault(r["graph"], set()).add(
            (focus, r["path"], r["shape"], r["component"])
        )
    return by_graph


def graphs_of(path):
    """(label, graph) for each graph of a file, labelled as warta labels them."""
    fmt = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}.get(
        path.rsplit(".", 1)[-1], "xml"
    )
    if fmt in ("nquads", "trig"):
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        out = []
        for g in ds.graphs():
            if len(g) == 0:
                continue
            label = path if g.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(g.identifier)
            data = rdflib.Graph()
            for t in g:
                data.add(t)
            out.append((label, data))
        return out
    g = rdflib.Graph()
    g.parse(path, format=fmt)
    return [(path, g)]


_shapes = _owner = None


def _load_shapes(shapes_path):
    global _shapes, _owner
    _shapes = rdflib.Graph().parse(shapes_path, format="turtle")
    _owner = owners(_shapes)


def _check(ntriples):
    """pyshacl's verdict on one graph, sent as N-Triples (runs in a worker process)."""
    data = rdflib.Graph().parse(data=ntriples, format="nt")
    return pyshacl_results(data, _shapes, _owner)


def main():
    binary, shapes_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    started = time.time()
    jobs = []
    for path in files:
        ours = warta_results(binary, shapes_path, path)
        for label, data in graphs_of(path):
            jobs.append((path, label, ours.get(label, set()), data.serialize(format="nt")))
    workers = max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(workers, initializer=_load_shapes, initargs=(shapes_path,)) as pool:
        verdicts = list(pool.map(_check, [j[3] for j in jobs], chunksize=4))
    disagreements = results = 0
    for (path, label, mine, _), (conforms, theirs) in zip(jobs, verdicts):
        results += len(theirs)
        if conforms != (not mine) or theirs != mine:
            disagreements += 1
            print("DISAGREE %s (%s)" % (label, path))
            for r in sorted(theirs - mine, key=str):
                print("  only pyshacl: %s" % (r,))
            for r in sorted(mine - theirs, key=str):
                print("  only warta:   %s" % (r,))
    print(
        "shacl-conformance: %d graphs in %d files, %d results, %d disagreements (%.1f s)"
        % (len(jobs), len(files), results, disagreements, time.time() - started),
        file=sys.stderr,
    )
    sys.exit(1 if disagreements else 0)


if __name__ == "__main__":
    main()
