"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -4.7834
WEIGHTS = {
    "rel_size": 0.2879,
    "largest": 0.7311,
    "largest_text": 0.4737,
    "stands_out": 0.1822,
    "size_rank": 0.2572,
    "over_body": 0.1404,
    "early": 0.8564,
    "top": -0.7273,
    "first_line": 0.8622,
    "first_candidate": 1.3698,
    "top_near_largest": 2.4420,
    "one_word": -1.5816,
    "two_words": 0.7683,
    "three_words": 0.3457,
    "many_words": 0.4676,
    "upper": -0.2278,
    "title_case": 0.2230,
    "cjk": 0.6296,
    "other_script": -0.7778,
    "contact": -0.1041,
    "agrees": 1.6663,
    "covers": 2.2878,
    "label": 3.1505,
    "from_email": 5.0000,
    "whole_line": 0.1976,
    "function_words": -2.0771,
    "body_words": -0.2586,
}
MIN_PROBABILITY = 0.30
HIGH_MARGIN = 0.85
