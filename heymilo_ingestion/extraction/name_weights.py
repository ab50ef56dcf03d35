"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(243 labelled resumes from 24 sources); do not edit by hand, fit again."""

BIAS = -4.2254
WEIGHTS = {
    "rel_size": -0.2294,
    "largest": 0.9863,
    "largest_text": 0.6334,
    "stands_out": 0.5455,
    "size_rank": 0.0240,
    "over_body": 0.4280,
    "early": 1.0264,
    "top": -0.7420,
    "first_line": 0.7666,
    "first_candidate": 1.6381,
    "top_near_largest": 0.8026,
    "one_word": -0.8410,
    "two_words": 0.6455,
    "three_words": -0.1013,
    "many_words": 0.2968,
    "upper": 0.1766,
    "title_case": 0.8985,
    "cjk": 0.9873,
    "other_script": -0.5472,
    "contact": 0.7806,
    "agrees": 0.9804,
    "covers": 2.3270,
    "label": 3.3042,
    "from_email": 5.0771,
    "whole_line": 0.1701,
    "function_words": -2.0222,
    "body_words": -1.2952,
    "lower": 0.9853,
    "joined": -0.9524,
    "long_line": -1.3122,
    "part_of": -4.0155,
    "outspelt": -2.1489,
}
MIN_PROBABILITY = 0.30
HIGH_MARGIN = 0.85
