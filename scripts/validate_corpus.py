#!/usr/bin/env python3
"""Check the bundled corpus and the evaluation set for well-formedness.

usage: validate_corpus.py [DIR...]   (default: examples/corpus tests/eval)

For each folder: JSON Lines files parse line by line and carry text, title,
url, published and outlet; RSS, Atom and HTML files are well-formed XML
(the sample pages are written XHTML-compatible on purpose); .gz files
decompress; plain-text files open with URL/TITLE/OUTLET/DATE header lines
(a scraped listing may omit TITLE); facts.tsv and entities.tsv rows have the
right number of columns, known event types, quantity kinds and date shapes,
and each doc key names a file of the folder. Exit status 1 on any problem.
"""
import gzip
import json
import os
import re
import sys
import xml.dom.minidom

TYPES = {"attack", "interception", "clash", "territory", "casualties", "deployment",
         "mobilization", "aid", "sanction", "diplomacy", "statement", "arrest",
         "infrastructure", "policy"}
KINDS = {"launched", "intercepted", "killed", "wounded", "captured", "missing",
         "casualties", "troops", "personnel", "people", "agents", "ships",
         "entities", "money", "count"}
ENTITY_TYPES = {"person", "organization", "location", "weapon", "military_unit", "group"}
HEADER = re.compile(r"^(URL|TITLE|OUTLET|DATE): .+$")


def rows(path, ncols):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip() or line.startswith("doc\t"):
            continue
        cells = line.rstrip("\n").split("\t")
        yield n, cells + [""] * (ncols - len(cells)) if len(cells) <= ncols else cells


def check_facts(path, keys, problems):
    count, seen = 0, set()
    for n, c in rows(path, 7):
        count += 1
        where = f"{path}:{n}"
        if len(c) != 7:
            problems.append(f"{where}: {len(c)} columns, want 7")
            continue
        doc, typ, _, date, quant, _, hint = c
        seen.add(doc)
        if doc not in keys:
            problems.append(f"{where}: doc key {doc!r} names no file")
        if typ not in TYPES:
            problems.append(f"{where}: unknown type {typ!r}")
        if date and not re.fullmatch(r"\d{4}-\d\d(-\d\d)?", date):
            problems.append(f"{where}: date {date!r} is not YYYY-MM-DD or YYYY-MM")
        for pair in filter(None, quant.split(";")):
            kind, _, value = pair.partition("=")
            if kind not in KINDS or not re.fullmatch(r"\d+(\.\d+)?", value):
                problems.append(f"{where}: bad quantity {pair!r}")
        if not hint:
            problems.append(f"{where}: empty hint")
    for key in sorted(keys - seen):
        problems.append(f"{path}: no fact for {key}")
    return count


def check_entities(path, keys, problems):
    count, seen = 0, set()
    for n, c in rows(path, 3):
        count += 1
        if len(c) != 3 or c[0] not in keys or c[1] not in ENTITY_TYPES or not c[2]:
            problems.append(f"{path}:{n}: bad entity row {c!r}")
            continue
        # A repeated entity would be counted twice by factcheck's recall.
        for name in c[2].split("|"):
            if (c[0], c[1], name) in seen:
                problems.append(f"{path}:{n}: {name!r} already listed for {c[0]}")
            seen.add((c[0], c[1], name))
    return count


def check_article_file(path, problems):
    name = os.path.basename(path)
    raw = open(path, "rb").read()
    if name.endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except OSError as err:
            problems.append(f"{path}: does not decompress: {err}")
            return 0
        name = name[:-3]
    text = raw.decode("utf-8")
    if name.endswith(".jsonl"):
        n = 0
        for n, line in enumerate(text.splitlines(), 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{path}:{n}: not JSON: {err}")
                continue
            missing = {"text", "title", "url", "published", "outlet"} - set(obj)
            if missing:
                problems.append(f"{path}:{n}: missing {sorted(missing)}")
        return n
    if name.endswith((".rss", ".atom", ".html", ".xml")):
        try:
            dom = xml.dom.minidom.parseString(raw)
        except Exception as err:  # expat raises several types
            problems.append(f"{path}: not well-formed: {err}")
            return 0
        tag = "item" if name.endswith(".rss") else "entry" if name.endswith(".atom") else "article"
        return max(1, len(dom.getElementsByTagName(tag)))
    head = text.split("\n\n", 1)[0].splitlines()
    if not head or not all(HEADER.match(h) for h in head):
        problems.append(f"{path}: header lines missing or malformed")
    # A scraped listing page holds one "Published" block per article.
    return max(1, len(re.findall(r"^Published$", text, re.M)))


def check_dir(folder, problems):
    names = sorted(os.listdir(folder))
    keys = {n.split("_", 1)[0] for n in names if "_" in n}
    articles = sum(check_article_file(os.path.join(folder, n), problems)
                   for n in names if "_" in n)
    facts = check_facts(os.path.join(folder, "facts.tsv"), keys, problems)
    ents = check_entities(os.path.join(folder, "entities.tsv"), keys, problems)
    print(f"{folder}: {len(keys)} files, {articles} articles, {facts} facts, {ents} entities")


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folders = argv or [os.path.join(root, "examples", "corpus"), os.path.join(root, "tests", "eval")]
    problems = []
    for folder in folders:
        check_dir(folder, problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
