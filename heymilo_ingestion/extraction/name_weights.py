"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(338 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -4.3108
WEIGHTS = {
    "rel_size": 0.0658,
    "largest": 0.6453,
    "largest_text": 0.5488,
    "stands_out": 0.6083,
    "size_rank": -0.4998,
    "over_body": 0.6867,
    "early": 0.9263,
    "top": -0.3882,
    "first_line": 0.2889,
    "first_candidate": 1.8779,
    "top_near_largest": 0.5271,
    "one_word": -1.0621,
    "two_words": 0.5796,
    "three_words": 0.1570,
    "many_words": 0.3254,
    "upper": 0.2054,
    "title_case": 1.0747,
    "cjk": 2.2102,
    "other_script": -0.2239,
    "contact": 0.3026,
    "agrees": 0.6481,
    "covers": 2.7839,
    "label": 3.3390,
    "from_email": 5.0000,
    "whole_line": 0.2752,
    "function_words": -2.3163,
    "body_words": -1.1836,
    "lower": 0.9212,
    "joined": -0.5057,
    "long_line": -0.8837,
    "part_of": -3.8381,
    "outspelt": -2.9852,
    "padded": -0.9247,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
