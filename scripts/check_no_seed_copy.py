#!/usr/bin/env python3
"""Report word runs that a project file shares with the seed articles.

usage: check_no_seed_copy.py [--seeds DIR] [-n WORDS] [PATH...]

The bundled corpus and the evaluation set must be written in the project's
own words: facts (names, numbers) may carry over from the seed articles,
sentences may not. This prints every run of WORDS (default 7) or more
consecutive words that a file under PATH (default: examples/ and tests/eval/
of this repository) shares with a seed article (DIR/*.txt, default
/work/shared/seeds). Words are compared case-insensitively with punctuation
removed; markup is stripped from HTML and feeds, and .gz files are read
decompressed. A run that lies wholly inside one of the long proper names in
NAMES (names are facts, and some are seven words long) is not reported.
Exit status 1 when a run is found, else 0.
"""
import gzip
import html
import os
import re
import sys
import unicodedata

MARKUP_SUFFIXES = (".html", ".htm", ".rss", ".atom", ".xml")
NAMES = [
    "NATO Security Assistance and Training for Ukraine (NSATU)",
]


def words(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.findall(r"[a-z0-9]+", text)


def read_text(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    name = path[:-3] if path.endswith(".gz") else path
    if name.endswith(MARKUP_SUFFIXES):
        # Escaped HTML inside feeds becomes markup after one unescape.
        for _ in range(2):
            text = re.sub(r"<[^>]*>", " ", html.unescape(text))
    return text


def seed_ngrams(seed_dir, n):
    grams = set()
    for name in sorted(os.listdir(seed_dir)):
        if name.endswith(".txt"):
            w = words(read_text(os.path.join(seed_dir, name)))
            grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return grams


def shared_runs(w, grams, n):
    """Maximal runs of words in w whose every n-word window is a seed n-gram."""
    runs, start, end = [], None, None
    for i in range(len(w) - n + 1):
        if tuple(w[i:i + n]) in grams:
            if start is None or i > end - n + 1:
                if start is not None:
                    runs.append((start, end))
                start = i
            end = i + n
    if start is not None:
        runs.append((start, end))
    return runs


def files_under(paths):
    for path in paths:
        if os.path.isfile(path):
            yield path
            continue
        for root, dirs, names in os.walk(path):
            dirs.sort()
            for name in sorted(names):
                yield os.path.join(root, name)


def main(argv):
    seeds, n, paths = "/work/shared/seeds", 7, []
    args = iter(argv)
    for arg in args:
        if arg == "--seeds":
            seeds = next(args)
        elif arg == "-n":
            n = int(next(args))
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            paths.append(arg)
    if not os.path.isdir(seeds):
        print(f"seed folder {seeds} not found; pass --seeds DIR")
        return 2
    if not paths:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        paths = [os.path.join(root, "examples"), os.path.join(root, "tests", "eval")]
    grams = seed_ngrams(seeds, n)
    names = [" " + " ".join(words(name)) + " " for name in NAMES]
    found = checked = 0
    for path in files_under(paths):
        checked += 1
        w = words(read_text(path))
        for start, end in shared_runs(w, grams, n):
            if any(" " + " ".join(w[start:end]) + " " in name for name in names):
                continue
            found += 1
            print(f"{path}: {end - start} words shared with a seed: {' '.join(w[start:end])}")
    print(f"{checked} files checked, {found} runs of {n}+ words shared with the seeds")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
