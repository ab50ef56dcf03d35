"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(529 labelled resumes from 27 sources); do not edit by hand, fit again."""

BIAS = -5.9968
WEIGHTS = {
    "rel_size": 0.9864,
    "largest": 0.4395,
    "largest_text": 0.6257,
    "stands_out": 0.1750,
    "size_rank": -0.1822,
    "over_body": 0.3940,
    "early": 0.7191,
    "top": -0.0021,
    "first_line": 0.2572,
    "first_candidate": 1.8861,
    "top_near_largest": 0.2844,
    "one_word": -1.4917,
    "two_words": 0.9852,
    "three_words": 0.4593,
    "many_words": 0.0471,
    "upper": 0.0948,
    "title_case": 1.2966,
    "cjk": 2.0250,
    "other_script": 0.0016,
    "contact": 1.0461,
    "agrees": 0.2749,
    "covers": 3.1106,
    "label": 3.3220,
    "from_email": 4.6004,
    "whole_line": 1.0013,
    "function_words": -2.3567,
    "body_words": -2.0050,
    "lower": 0.0043,
    "joined": -0.6237,
    "long_line": -1.1921,
    "part_of": -4.0352,
    "outspelt": -3.3716,
    "padded": -1.1946,
    "hinted": 1.0998,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
