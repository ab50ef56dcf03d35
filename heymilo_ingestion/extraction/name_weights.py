"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(449 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -5.1229
WEIGHTS = {
    "rel_size": 0.5205,
    "largest": 0.7041,
    "largest_text": 0.4253,
    "stands_out": 0.5146,
    "size_rank": -0.4800,
    "over_body": 0.6614,
    "early": 0.8482,
    "top": -0.3217,
    "first_line": 0.1956,
    "first_candidate": 2.0777,
    "top_near_largest": 0.5030,
    "one_word": -1.5534,
    "two_words": 0.7624,
    "three_words": 0.4461,
    "many_words": 0.3448,
    "upper": 0.1160,
    "title_case": 1.2317,
    "cjk": 2.2289,
    "other_script": 0.0227,
    "contact": 0.3160,
    "agrees": 0.6275,
    "covers": 2.7673,
    "label": 3.2810,
    "from_email": 4.3604,
    "whole_line": 0.5214,
    "function_words": -2.3571,
    "body_words": -2.0868,
    "lower": 0.5734,
    "joined": -0.5675,
    "long_line": -0.7402,
    "part_of": -3.7929,
    "outspelt": -3.0749,
    "padded": -1.1950,
    "hinted": 0.5881,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
