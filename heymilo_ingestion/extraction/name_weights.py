"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -4.8374
WEIGHTS = {
    'rel_size': 0.2740,
    'largest': 0.7436,
    'largest_text': 0.4832,
    'stands_out': 0.1929,
    'size_rank': 0.2584,
    'over_body': 0.1259,
    'early': 0.8670,
    'top': -0.7119,
    'first_line': 0.8665,
    'first_candidate': 1.3595,
    'top_near_largest': 2.4416,
    'one_word': -1.5822,
    'two_words': 0.7750,
    'three_words': 0.3431,
    'many_words': 0.4641,
    'upper': -0.2328,
    'title_case': 0.2481,
    'cjk': 0.6615,
    'other_script': -0.7646,
    'contact': -0.0848,
    'agrees': 1.6837,
    'covers': 2.2824,
    'label': 3.1602,
    'from_email': 5.0000,
    'whole_line': 0.1881,
    'function_words': -2.0838,
}
MIN_PROBABILITY = 0.30
HIGH_MARGIN = 0.85
