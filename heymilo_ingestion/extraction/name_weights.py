"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(338 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -5.0345
WEIGHTS = {
    "rel_size": 0.0305,
    "largest": 0.5234,
    "largest_text": 0.8437,
    "stands_out": 0.5231,
    "size_rank": -0.3850,
    "over_body": 1.0602,
    "early": 0.9686,
    "top": -0.2740,
    "first_line": 0.1705,
    "first_candidate": 1.7189,
    "top_near_largest": 0.5934,
    "one_word": -1.1283,
    "two_words": 0.6004,
    "three_words": 0.1930,
    "many_words": 0.3349,
    "upper": 0.2275,
    "title_case": 1.0260,
    "cjk": 1.1517,
    "other_script": -0.2622,
    "contact": 0.5336,
    "agrees": 0.6076,
    "covers": 2.8917,
    "label": 3.7543,
    "from_email": 5.0000,
    "whole_line": 0.6351,
    "function_words": -2.3257,
    "body_words": -1.1462,
    "lower": 1.0419,
    "joined": -0.7165,
    "long_line": -1.1231,
    "part_of": -3.9578,
    "outspelt": -2.8206,
    "padded": -0.9508,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
