"""Rebuild the real-world resume set from the public repositories it came from.

    python data/realworld/rebuild.py [--mirrors DIR] [--out DIR] [--list-repos]

The resumes belong to the people who published them, so they are never
committed here: ``SOURCES.tsv`` names each file's repository, path, commit and
sha256. This script reads each file out of a local clone of its repository
(``git show COMMIT:PATH``), writes it to ``--out`` (default: $HEYMILO_REALWORLD
or /work/realworld/files) and refuses any file whose sha256 differs.

``--mirrors`` is a directory of clones named ``owner+name`` (bare or not; the
layout ``owner+name/repo[/.git]`` that the workplace ``fetch`` tool leaves is
recognised too). ``--list-repos`` prints the repositories to clone, e.g.
``git clone --bare https://github.com/OWNER/NAME MIRRORS/OWNER+NAME``; with
``--budget N`` only N of them, always the same sample (ordered by a hash of the
repository name, so a session that can clone only N gets a random, repeatable
part of the set, and the files a new split adds mix in).
Exit status 1 when a file is missing or corrupt.
"""

import argparse
import csv
import hashlib
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT_OUT = os.environ.get("HEYMILO_REALWORLD", "/work/realworld/files")


def git_dir(mirrors, repo):
    """The git directory of ``repo`` ("owner/name") under ``mirrors``, or None."""
    base = mirrors / repo.replace("/", "+", 1)
    for candidate in (base / "repo" / ".git", base / "repo", base / ".git", base):
        if (candidate / "HEAD").is_file():
            return candidate
    return None


def sample_order(repo):
    """A repository's place in the repeatable sample that ``--budget`` takes."""
    return hashlib.sha256(repo.lower().encode()).hexdigest()


def read_blob(gitdir, commit, path):
    result = subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", "%s:%s" % (commit, path)],
        capture_output=True,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=pathlib.Path, default=pathlib.Path("/work/.mirror"))
    parser.add_argument("--out", type=pathlib.Path, default=pathlib.Path(DEFAULT_OUT))
    parser.add_argument("--sources", type=pathlib.Path, default=HERE / "SOURCES.tsv")
    parser.add_argument("--list-repos", action="store_true", help="print the repositories needed and exit")
    parser.add_argument("--budget", type=int, help="with --list-repos: at most this many, a repeatable sample")
    args = parser.parse_args()
    with args.sources.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if args.list_repos:
        repos = sorted({row["repo"] for row in rows}, key=sample_order)[: args.budget]
        print("\n".join(sorted(repos)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    problems = []
    for row in rows:
        target = args.out / row["file"]
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == row["sha256"]:
            continue
        gitdir = git_dir(args.mirrors, row["repo"])
        data = gitdir and read_blob(gitdir, row["commit"], row["path"])
        if not data:
            problems.append("%s: %s:%s not found at %s" % (row["file"], row["repo"], row["path"], row["commit"][:12]))
            continue
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            problems.append("%s: sha256 mismatch for %s:%s" % (row["file"], row["repo"], row["path"]))
            continue
        target.write_bytes(data)
    print("%d/%d files present and verified in %s" % (len(rows) - len(problems), len(rows), args.out))
    for problem in problems:
        print("  " + problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
