#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora from the project's own articles.

Usage: seeds.py REPO CORPUS_DIR

- read_article: the article files of tests/fixtures and tests/devset, as they are;
- pipeline: one input per article, `shape byte + headline + newline + body` (the shape byte
  asks for a dated record: see fuzz_targets/pipeline.rs);
- param: a byte picking the catalogue query, then a value in each syntax `--param` reads.

Seeds are named by content hash, so running this again adds nothing twice and never removes
what fuzzing has added to the corpora.
"""
import hashlib
import json
import pathlib
import sys


def put(directory: pathlib.Path, data: bytes) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def records(path: pathlib.Path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    value = json.loads(text)
    return value if isinstance(value, list) else [value]


def main() -> None:
    repo, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    files = sorted(
        p
        for d in ("tests/fixtures", "tests/devset")
        for p in (repo / d).iterdir()
        if p.suffix in (".txt", ".json", ".jsonl")
    )
    for path in files:
        raw = path.read_bytes()
        put(corpus / "read_article", raw)
        if path.suffix == ".txt":
            put(corpus / "pipeline", bytes([1]) + raw)
            continue
        for r in records(path):
            body = r.get("body") or "\n".join(map(str, r.get("paragraphs", [])))
            text = f"{r.get('title') or ''}\n{body}".encode()
            put(corpus / "pipeline", bytes([3]) + text)
    values = [
        "Rusia",
        "Korea Selatan",
        '"Korea Selatan"@id',
        '"Russia"@en',
        "<https://w3id.org/warta/id/Q159>",
        "<http://www.wikidata.org/entity/Q884>",
        "2024-10-25",
        '"2024-10-25"^^<http://www.w3.org/2001/XMLSchema#date>',
        "42",
        '"Se\\u00F4ul\\n"',
    ]
    for pick in range(6):
        for v in values:
            put(corpus / "param", bytes([pick]) + v.encode())
        put(corpus / "param", bytes([0x80 | pick]) + b"name=Rusia")
        put(corpus / "param", bytes([0x80 | pick]) + b"?date=2024-10-25")


if __name__ == "__main__":
    main()
