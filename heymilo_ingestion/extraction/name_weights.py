"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(338 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -4.2174
WEIGHTS = {
    "rel_size": 0.0783,
    "largest": 0.7439,
    "largest_text": 0.5418,
    "stands_out": 0.7386,
    "size_rank": -0.5859,
    "over_body": 0.7230,
    "early": 0.8531,
    "top": -0.4407,
    "first_line": 0.3066,
    "first_candidate": 1.9742,
    "top_near_largest": 0.5168,
    "one_word": -0.8755,
    "two_words": 0.4990,
    "three_words": 0.1200,
    "many_words": 0.2564,
    "upper": 0.1510,
    "title_case": 1.0883,
    "cjk": 2.1868,
    "other_script": -0.2667,
    "contact": 0.2152,
    "agrees": 0.6556,
    "covers": 2.7526,
    "label": 3.3361,
    "from_email": 5.0000,
    "whole_line": 0.2940,
    "function_words": -2.3434,
    "body_words": -1.2122,
    "lower": 0.9243,
    "joined": -0.5492,
    "long_line": -0.8954,
    "part_of": -3.8824,
    "outspelt": -2.9038,
    "padded": -0.9456,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
