"""Fit the name model (``extraction/namemodel.py``) on labelled resumes.

    python benchmarks/fit_names.py [--write] [--backend pdfium|pdfminer] [-v]

Every name candidate of every labelled text PDF (data/corpus, the shared dev
set, the real-world set's splits named in FIT_SPLITS; never a split not
named there, such as a fresh holdout) becomes a row of
features with 1 when it is the labelled name. A logistic regression with L2
penalty is fitted by Newton's method in plain Python. It prints three
cross-validations (see SCHEMES: by source, by split, by source and generator
family together) for several refusal thresholds, then at the chosen one per
split, source and generator family, and with ``--write`` stores the weights
fitted on all rows, the threshold and the high margin chosen on the strict
estimates in ``extraction/name_weights.py``.
"""

import argparse
import math
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from accuracy import corpora, same_name  # noqa: E402

from heymilo_ingestion.extraction import Limits, name_weights, namemodel  # noqa: E402
from heymilo_ingestion.extraction.confidence import HIGH_FROM  # noqa: E402
from heymilo_ingestion.extraction.fields import clean_text  # noqa: E402
from heymilo_ingestion.extraction.pdf import PdfError, read_pdf  # noqa: E402
from heymilo_ingestion.extraction.resume import HEADER_LINES, name_candidates, parse_resume  # noqa: E402

# The real-world splits fitted on, by name: a new split (a fresh holdout) is
# never fitted on until it is added here.
FIT_SPLITS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7")
WEIGHTS_FILE = ROOT / "heymilo_ingestion" / "extraction" / "name_weights.py"
PENALTY = 1.0  # L2 on the weights (not the bias), towards PRIOR: few documents, keep them small
# What the weights are pulled towards where the data says little: a "Name:"
# label is a strong sign, words of sentences a strong counter-sign, a name at
# the top nearly as large as the largest is the name (section headings are
# often larger), a name read from the e-mail (the last resort, only when the
# text holds no candidate) is better than none.
PRIOR = {"label": 2.0, "function_words": -2.0, "top_near_largest": 1.5, "from_email": 5.0, "part_of": -1.0}
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# The margin from which a name is "high": the lowest of these at which
# leave-one-source-out gives at most HIGH_WRONG of the high names wrong, never
# below the engine's general high bound (a few hundred documents cannot show
# a rate of 0.5 % with certainty: the bound keeps a reserve).
HIGH_MARGINS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
HIGH_WRONG = 0.005
WRONG_COST = 2  # a wrong name counts as this many missed ones when choosing the threshold


def documents(backend):
    """``[(source, label, candidates, feature dicts, is-the-name flags, context)]``
    of the labelled text PDFs."""
    rows = []
    limits = Limits()
    for title, directory, labels in corpora([]):
        for label in labels:
            path = directory / label["file"]
            if not label.get("text_based", True) or label.get("split", "dev") not in FIT_SPLITS or not path.exists():
                continue
            try:
                content = read_pdf(path.read_bytes(), limits, backend)
            except PdfError:
                continue
            hints = [pathlib.PurePosixPath(label.get("published_as", label["file"])).stem, *content.hints]
            profile = parse_resume(content.lines, content.links, hints=hints)
            page_one = [line for line in content.lines if line.page == 1] or content.lines[:HEADER_LINES]
            text = "\n".join(clean_text(line.text) for line in content.lines)
            candidates, context = name_candidates(
                page_one, text, profile.emails, profile.linkedin_url, hints, content.links
            )
            vectors = namemodel.vectors(candidates, context)
            truth = [same_name(c.name, label.get("name"), label.get("alt_names")) for c in candidates]
            source = label.get("source") or title
            rows.append((source, label, candidates, vectors, truth, context))
    return rows


def fit(rows):
    """``(bias, {feature: weight})`` by Newton's method on the candidates of ``rows``."""
    keys = namemodel.FEATURES
    # Sparse rows (index, value), the bias at index 0: most features are 0.
    samples = [
        ([(0, 1.0)] + [(i, vector[k]) for i, k in enumerate(keys, 1) if vector[k]], float(y))
        for _s, _l, _c, vectors, truth, _x in rows
        for vector, y in zip(vectors, truth)
    ]
    size = len(keys) + 1
    beta = [0.0] * size
    prior = [0.0] + [PRIOR.get(k, 0.0) for k in keys]
    for _iteration in range(25):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for x, y in samples:
            p = 1.0 / (1.0 + math.exp(-max(min(sum(beta[i] * v for i, v in x), 30.0), -30.0)))
            w = p * (1 - p)
            for i, vi in x:
                gradient[i] += (p - y) * vi
                row, wv = hessian[i], w * vi
                for j, vj in x:
                    row[j] += wv * vj
        for i in range(1, size):
            gradient[i] += PENALTY * (beta[i] - prior[i])
            hessian[i][i] += PENALTY
        hessian[0][0] += 1e-6
        step = _solve(hessian, gradient)
        beta = [b - s for b, s in zip(beta, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta[0], dict(zip(keys, beta[1:]))


def _solve(matrix, vector):
    """``matrix⁻¹ · vector`` by Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                for c in range(col, n + 1):
                    a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def predict(model, candidates, context, threshold):
    """The model's choice with ``model`` installed: ``(name, margin)`` (the
    confidence before calibration)."""
    saved = name_weights.BIAS, name_weights.WEIGHTS, namemodel.MIN_PROBABILITY, name_weights.HIGH_MARGIN
    name_weights.BIAS, name_weights.WEIGHTS = model
    namemodel.MIN_PROBABILITY, name_weights.HIGH_MARGIN = threshold, HIGH_FROM
    try:
        winner, confidence = namemodel.choose(candidates, context)
    finally:
        name_weights.BIAS, name_weights.WEIGHTS, namemodel.MIN_PROBABILITY, name_weights.HIGH_MARGIN = saved
    return (winner.name if winner else ""), confidence


# How a document is held out: by its source (region or language group), by
# its split (fit on the other splits), or by its source and its generator
# family together (fit only on documents of other sources made by other kinds
# of tools). The last two are the strict estimates: leave-one-source-out
# shares templates and generators between the folds and promised 94.5 % on
# the 185 resumes of three splits, where the fresh holdout3 then got 84 %.
SCHEMES = ("source", "split", "family x source")
STRICT = ("split", "family x source")
# Generator families, from the label's pdf_creator and pdf_producer (the
# first that matches; Google Docs before Chrome, whose Skia it prints with).
FAMILIES = (
    ("Google Docs", r"google docs"),
    ("LaTeX", r"tex\b|latex|xdvipdfmx|moderncv|rendercv"),
    ("Word", r"\bword\b|pdfmaker"),
    ("Canva", r"canva"),
    ("Chrome/Skia", r"mozilla|chrom|skia"),
    ("LibreOffice", r"writer|libreoffice|openoffice|\bdraw\b"),
)


def family(label):
    """The generator family of a labelled PDF (see FAMILIES), "other" else."""
    made = ("%s %s" % (label.get("pdf_creator") or "", label.get("pdf_producer") or "")).lower()
    return next((name for name, pattern in FAMILIES if re.search(pattern, made)), "other")


def _key(scheme, row):
    """The fold of ``row`` under ``scheme``."""
    source, label = row[0], row[1]
    if scheme == "source":
        return source
    if scheme == "split":
        return label.get("split") or "other corpora"
    return family(label), source


def _trains(scheme, key, row):
    """Whether ``row`` may be fitted on to choose the names of fold ``key``."""
    if scheme == "family x source":
        return family(row[1]) != key[0] and row[0] != key[1]
    return _key(scheme, row) != key


def cross_validated(rows, scheme, threshold, models):
    """``[(row, name, margin, right)]``: each document's name chosen by the
    model fitted without its fold under ``scheme`` (models cached by fold)."""
    outcomes = []
    for row in rows:
        key = _key(scheme, row)
        if (scheme, key) not in models:
            models[scheme, key] = fit([r for r in rows if _trains(scheme, key, r)])
        source, label, candidates, _vectors, _truth, context = row
        name, margin = predict(models[scheme, key], candidates, context, threshold)
        expected = label.get("name") or ""
        right = same_name(name, expected, label.get("alt_names")) if name else not expected
        outcomes.append((row, name, margin, right))
    return outcomes


def tally(outcomes, high_margin):
    """``(right, wrong, n, high, high wrong)`` of ``outcomes``."""
    wrong = [bool(name) and not right for _row, name, _margin, right in outcomes]
    high = [bool(name) and margin >= high_margin for _row, name, margin, _right in outcomes]
    return (
        sum(right for *_rest, right in outcomes),
        sum(wrong),
        len(outcomes),
        sum(high),
        sum(w and h for w, h in zip(wrong, high)),
    )


def _cell(counts):
    right, wrong, n, high, high_wrong = counts
    n = n or 1
    return "%5.1f / %4.1f / %d of %-3d" % (100.0 * right / n, 100.0 * wrong / n, high_wrong, high)


def report(results, high_margin):
    """Per scheme (columns): right % / wrong % / high wrong of high, over all
    documents, the real-world set, and per split, source and generator family."""
    first = results[SCHEMES[0]]
    groups = [("all documents", lambda row: True), ("real-world", lambda row: bool(row[1].get("split")))]
    groups += [("  split " + s, lambda row, s=s: row[1].get("split") == s) for s in FIT_SPLITS]
    real = [o[0] for o in first if o[0][1].get("split")]
    groups += [
        ("  source " + s, lambda row, s=s: row[1].get("split") and row[0] == s) for s in sorted({r[0] for r in real})
    ]
    groups += [
        ("  family " + f, lambda row, f=f: row[1].get("split") and family(row[1]) == f)
        for f in sorted({family(r[1]) for r in real})
    ]
    groups += [
        ("other " + s, lambda row, s=s: not row[1].get("split") and row[0] == s)
        for s in sorted({o[0][0] for o in first if not o[0][1].get("split")})
    ]
    print("    %-34s %4s  " % ("right % / wrong % / high wrong", "n") + "".join("%-24s" % s for s in SCHEMES))
    for title, member in groups:
        cells = [tally([o for o in results[s] if member(o[0])], high_margin) for s in SCHEMES]
        print("    %-34s %4d  " % (title, cells[0][2]) + "".join("%-24s" % _cell(c) for c in cells))


def _failures(outcomes):
    """``(source, label, name, margin, what)`` of each name given wrong or missed."""
    for (source, label, _candidates, _vectors, truth, _context), name, margin, right in outcomes:
        if name and not right:
            yield source, label, name, margin, "wrong"
        elif not name and label.get("name"):
            yield source, label, name, margin, "missed" if any(truth) else "missed (no candidate)"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the weights fitted on all rows")
    parser.add_argument("--backend", default="auto", choices=["auto", "pdfium", "pdfminer"])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the wrong and missed names")
    parser.add_argument("--threshold", type=float, help="refusal threshold to store (default: the best in CV)")
    args = parser.parse_args()
    rows = documents(args.backend)
    models = {}
    print(
        "%d documents, %d candidates, %d sources" % (len(rows), sum(len(r[2]) for r in rows), len({r[0] for r in rows}))
    )
    best, results = None, {}
    for threshold in THRESHOLDS:
        results[threshold] = {scheme: cross_validated(rows, scheme, threshold, models) for scheme in SCHEMES}
        merit, cells = 0, []
        for scheme in SCHEMES:
            right, wrong, n, _high, _high_wrong = tally(results[threshold][scheme], 1.0)
            cells.append("%s %.1f / %.1f" % (scheme, 100.0 * right / n, 100.0 * wrong / n))
            merit += (right - WRONG_COST * wrong) if scheme in STRICT else 0  # a wrong name costs more than none
        print("threshold %.2f: right %% / wrong %%: %s" % (threshold, ", ".join(cells)))
        if best is None or merit >= best[0]:  # ties: the higher (refuse where the data cannot tell)
            best = (merit, threshold)
    threshold = args.threshold if args.threshold is not None else best[1]
    if threshold not in results:
        results[threshold] = {scheme: cross_validated(rows, scheme, threshold, models) for scheme in SCHEMES}
    high_margin = _high_margin(results[threshold])
    print("cross-validated at threshold %.2f, names high from margin %.2f:" % (threshold, high_margin))
    report(results[threshold], high_margin)
    if args.verbose:
        for scheme in SCHEMES:
            print("  %s:" % scheme)
            for source, label, name, margin, what in _failures(results[threshold][scheme]):
                print(
                    "      %s in %s %s: %r (%.2f) for %r" % (what, source, label["file"], name, margin, label["name"])
                )
    bias, weights = fit(rows)
    print("weights fitted on all rows (threshold %.2f):" % threshold)
    for key, value in sorted(weights.items(), key=lambda item: -abs(item[1])):
        print("    %-16s %+.3f" % (key, value))
    print("    %-16s %+.3f" % ("bias", bias))
    if args.write:
        _write(bias, weights, threshold, high_margin, len(rows), len({r[0] for r in rows}))
        print("written to", WEIGHTS_FILE.relative_to(ROOT))


def _high_margin(results):
    """The margin from which names are high (see HIGH_MARGINS): the lowest
    at which every strict estimate has at most HIGH_WRONG of the names
    above it wrong, printed with each scheme's count of names and wrong ones."""
    chosen = None
    for margin in HIGH_MARGINS:
        passes, cells = True, []
        for scheme in SCHEMES:
            above = [not right for _row, name, m, right in results[scheme] if name and m >= margin]
            cells.append("%s %d names, %d wrong" % (scheme, len(above), sum(above)))
            if scheme in STRICT:
                passes = passes and bool(above) and sum(above) <= HIGH_WRONG * len(above)
        print("high from margin %.2f: %s%s" % (margin, "; ".join(cells), "" if passes else " (over)"))
        if passes and chosen is None and margin >= HIGH_FROM:
            chosen = margin
    return chosen or HIGH_MARGINS[-1]


def _write(bias, weights, threshold, high_margin, documents_count, sources_count):
    lines = [
        '"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py',
        '(%d labelled resumes from %d sources); do not edit by hand, fit again."""' % (documents_count, sources_count),
        "",
        "BIAS = %.4f" % bias,
        "WEIGHTS = {",
        *('    "%s": %.4f,' % (key, weights[key]) for key in namemodel.FEATURES),
        "}",
        "MIN_PROBABILITY = %.2f" % threshold,
        "HIGH_MARGIN = %.2f" % high_margin,
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
