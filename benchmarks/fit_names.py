"""Fit the name model (``extraction/namemodel.py``) on labelled resumes.

    python benchmarks/fit_names.py [--write] [--backend pdfium|pdfminer]

Every name candidate of every labelled text PDF (data/corpus, the shared dev
set, the real-world set's *dev* split; never its holdouts) becomes a row of
features with 1 when it is the labelled name. A logistic regression with L2
penalty is fitted by Newton's method in plain Python. It prints the
leave-one-source-out result (fit on all sources but one, choose names on
that one: what a user with new kinds of files sees), per source, for several
refusal thresholds, and with ``--write`` stores the weights fitted on all
rows and the chosen threshold in ``extraction/name_weights.py``.
"""

import argparse
import math
import pathlib
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

WEIGHTS_FILE = ROOT / "heymilo_ingestion" / "extraction" / "name_weights.py"
PENALTY = 1.0  # L2 on the weights (not the bias), towards PRIOR: few documents, keep them small
# What the weights are pulled towards where the data says little: a "Name:"
# label is a strong sign, words of sentences a strong counter-sign, a name at
# the top nearly as large as the largest is the name (section headings are
# often larger), a name read from the e-mail (the last resort, only when the
# text holds no candidate) is better than none.
PRIOR = {"label": 2.0, "function_words": -2.0, "top_near_largest": 1.5, "from_email": 5.0}
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def documents(backend):
    """``[(source, label, candidates, feature dicts, is-the-name flags, context)]``
    of the labelled text PDFs."""
    rows = []
    limits = Limits()
    for title, directory, labels in corpora([]):
        for label in labels:
            path = directory / label["file"]
            if not label.get("text_based", True) or label.get("split", "dev") != "dev" or not path.exists():
                continue
            try:
                content = read_pdf(path.read_bytes(), limits, backend)
            except PdfError:
                continue
            profile = parse_resume(content.lines, content.links)
            head = [line for line in content.lines if line.page == 1][:HEADER_LINES] or content.lines[:HEADER_LINES]
            text = "\n".join(clean_text(line.text) for line in content.lines)
            candidates, context = name_candidates(head, text, profile.emails, profile.linkedin_url)
            vectors = namemodel.vectors(candidates, context)
            truth = [same_name(c.name, label.get("name"), label.get("alt_names")) for c in candidates]
            source = label.get("source") or title
            rows.append((source, label, candidates, vectors, truth, context))
    return rows


def fit(rows):
    """``(bias, {feature: weight})`` by Newton's method on the candidates of ``rows``."""
    keys = namemodel.FEATURES
    samples = [
        ([1.0] + [vector[k] for k in keys], float(y))
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
            p = 1.0 / (1.0 + math.exp(-max(min(sum(b * v for b, v in zip(beta, x)), 30.0), -30.0)))
            w = p * (1 - p)
            for i in range(size):
                gradient[i] += (p - y) * x[i]
                if x[i]:
                    row = hessian[i]
                    for j in range(size):
                        row[j] += w * x[i] * x[j]
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
    """The model's choice with ``model`` installed: ``(name, confidence)``."""
    saved = name_weights.BIAS, name_weights.WEIGHTS, namemodel.MIN_PROBABILITY
    name_weights.BIAS, name_weights.WEIGHTS = model
    namemodel.MIN_PROBABILITY = threshold
    try:
        winner, confidence = namemodel.choose(candidates, context)
    finally:
        name_weights.BIAS, name_weights.WEIGHTS, namemodel.MIN_PROBABILITY = saved
    return (winner.name if winner else ""), confidence


def leave_one_source_out(rows, threshold, models):
    """Per source ``[right, wrong, n, high, high wrong]`` with each source held out."""
    results = {}
    for source in sorted({r[0] for r in rows}):
        model = models.get(source) or fit([r for r in rows if r[0] != source])
        models[source] = model
        tally = [0, 0, 0, 0, 0]
        for s, label, candidates, _vectors, _truth, context in rows:
            if s != source:
                continue
            name, confidence = predict(model, candidates, context, threshold)
            expected = label.get("name") or ""
            right = same_name(name, expected, label.get("alt_names")) if name else not expected
            wrong = bool(name) and not right
            tally[0] += right
            tally[1] += wrong
            tally[2] += 1
            tally[3] += bool(name) and confidence >= HIGH_FROM
            tally[4] += wrong and confidence >= HIGH_FROM
        results[source] = tally
    return results


def _wrong(rows, models, threshold):
    for source, label, candidates, _vectors, _truth, context in rows:
        name, confidence = predict(models[source], candidates, context, threshold)
        if name and not same_name(name, label.get("name"), label.get("alt_names")):
            yield source, label, name, confidence


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="store the weights fitted on all rows")
    parser.add_argument("--backend", default="auto", choices=["auto", "pdfium", "pdfminer"])
    parser.add_argument("--verbose", "-v", action="store_true", help="list the wrong names")
    parser.add_argument("--threshold", type=float, help="refusal threshold to store (default: the best in CV)")
    args = parser.parse_args()
    rows = documents(args.backend)
    models = {}
    print(
        "%d documents, %d candidates, %d sources" % (len(rows), sum(len(r[2]) for r in rows), len({r[0] for r in rows}))
    )
    best = None
    for threshold in THRESHOLDS:
        results = leave_one_source_out(rows, threshold, models)
        right, wrong, n, high, high_wrong = (sum(t[i] for t in results.values()) for i in range(5))
        print(
            "threshold %.2f: leave-one-source-out right %.1f %%, wrong %.1f %%, high-confidence wrong %d/%d"
            % (threshold, 100.0 * right / n, 100.0 * wrong / n, high_wrong, high)
        )
        for source, t in sorted(results.items()):
            print("    %-45s right %3d/%-3d wrong %d  high %d (wrong %d)" % (source, t[0], t[2], t[1], t[3], t[4]))
        if args.verbose:
            for source, label, name, confidence in _wrong(rows, models, threshold):
                print(
                    "      wrong in %s %s: %r (%.2f) for %r" % (source, label["file"], name, confidence, label["name"])
                )
        merit = right - 2 * wrong  # a wrong name costs more than an empty one
        if best is None or merit > best[0]:  # ties: the lower (what the data supports)
            best = (merit, threshold)
    threshold = args.threshold if args.threshold is not None else best[1]
    bias, weights = fit(rows)
    print("weights fitted on all rows (threshold %.2f):" % threshold)
    for key, value in sorted(weights.items(), key=lambda item: -abs(item[1])):
        print("    %-16s %+.3f" % (key, value))
    print("    %-16s %+.3f" % ("bias", bias))
    if args.write:
        _write(bias, weights, threshold, len(rows), len({r[0] for r in rows}))
        print("written to", WEIGHTS_FILE.relative_to(ROOT))


def _write(bias, weights, threshold, documents_count, sources_count):
    lines = [
        '"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py',
        '(%d labelled resumes from %d sources); do not edit by hand, fit again."""' % (documents_count, sources_count),
        "",
        "BIAS = %.4f" % bias,
        "WEIGHTS = {",
        *("    %r: %.4f," % (key, weights[key]) for key in namemodel.FEATURES),
        "}",
        "MIN_PROBABILITY = %.2f" % threshold,
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
