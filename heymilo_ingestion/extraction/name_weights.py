"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(338 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -5.0346
WEIGHTS = {
    "rel_size": 0.0921,
    "largest": 0.4353,
    "largest_text": 0.7967,
    "stands_out": 0.4965,
    "size_rank": -0.2940,
    "over_body": 1.0315,
    "early": 0.9499,
    "top": -0.3235,
    "first_line": 0.1898,
    "first_candidate": 1.7068,
    "top_near_largest": 0.6177,
    "one_word": -1.1194,
    "two_words": 0.5931,
    "three_words": 0.2067,
    "many_words": 0.3197,
    "upper": 0.1843,
    "title_case": 1.0543,
    "cjk": 1.1702,
    "other_script": -0.2619,
    "contact": 0.5039,
    "agrees": 0.6229,
    "covers": 2.9265,
    "label": 3.7308,
    "from_email": 5.0000,
    "whole_line": 0.6591,
    "function_words": -2.3198,
    "body_words": -1.1590,
    "lower": 1.0163,
    "joined": -0.5880,
    "long_line": -1.1184,
    "part_of": -3.9921,
    "outspelt": -2.8370,
    "padded": -1.0056,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
