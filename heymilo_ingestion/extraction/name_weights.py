"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -4.5781
WEIGHTS = {
    "rel_size": 0.2485,
    "largest": 0.7766,
    "largest_text": 0.4803,
    "stands_out": 0.1789,
    "size_rank": 0.2386,
    "over_body": 0.0377,
    "early": 0.8762,
    "top": -0.7590,
    "first_line": 0.9036,
    "first_candidate": 1.3321,
    "top_near_largest": 2.4589,
    "one_word": -1.5794,
    "two_words": 0.7550,
    "three_words": 0.3461,
    "many_words": 0.4783,
    "upper": -0.2321,
    "title_case": 0.1730,
    "cjk": 0.7381,
    "other_script": -0.7340,
    "contact": -0.1063,
    "agrees": 1.6021,
    "covers": 2.2323,
    "label": 3.2103,
    "from_email": 5.0000,
    "whole_line": 0.2512,
    "function_words": -2.0652,
    "body_words": -0.7044,
}
MIN_PROBABILITY = 0.40
HIGH_MARGIN = 0.85
