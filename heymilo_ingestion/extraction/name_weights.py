"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -5.1103
WEIGHTS = {
    "rel_size": 0.4335,
    "largest": 0.9759,
    "largest_text": 0.6639,
    "size_rank": 0.5763,
    "over_body": 0.3133,
    "early": 1.1319,
    "top": -0.6610,
    "first_line": 0.8894,
    "first_candidate": 0.9271,
    "top_near_largest": 1.6136,
    "one_word": -1.3793,
    "two_words": 0.6066,
    "three_words": 0.4280,
    "many_words": 0.3448,
    "upper": -0.0094,
    "title_case": 0.1869,
    "cjk": 1.1694,
    "other_script": -0.2779,
    "contact": -0.4054,
    "agrees": 1.2901,
    "covers": 2.2218,
    "label": 2.9946,
    "from_email": 5.0000,
    "whole_line": 0.1126,
    "function_words": -2.0788,
}
MIN_PROBABILITY = 0.30
