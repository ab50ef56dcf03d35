"""A pictogram printed just before a word of a scan, and spaces OCR lost
inside a word, found from the pixels.

Resume templates put an envelope (or a phone, a pin…) in front of the
address; OCR reads it as letters glued to the word (``Sizhangsan@…``,
``yxa_khalid…``), which would make a wrong e-mail. The word's box is cut
into ink columns: a pictogram is the first blob, solid (its ink fills most of
its box, unlike a letter's strokes) and at least as wide as the letters are
tall, set apart from the text that follows. Pure Pillow, no OCR here.
"""

import statistics

MIN_CONTRAST = 64  # grey levels between ink and paper: less is no print at all
MIN_SEGMENTS = 4  # a pictogram before a word of at least three letters
SOLID = 0.7  # share of its box a pictogram's ink fills (measured: pictograms 0.79-0.95, letters 0.24-0.61)
WIDE = 0.9  # a pictogram's width over the letters' median ink height
SPACE = 0.6  # a gap inside a word this share of the line's word spaces is a space OCR lost (letters: 0.1-0.2)


def leading_icon(image, box):
    """The x (page pixels) where the text after a pictogram at the start of
    ``box`` (x0, y0, x1, y1) begins, or None when the word starts with a letter."""
    x0, y0, x1, y1 = box
    crop = image.convert("L").crop((x0, y0, x1 + 1, y1 + 1))
    width, height = crop.size
    pixels = crop.tobytes()
    if not pixels or max(pixels) - min(pixels) < MIN_CONTRAST:
        return None
    ink = _ink(pixels)
    if sum(ink) * 2 > len(ink):  # light text on a dark band
        ink = bytes(1 - value for value in ink)
    segments = _segments(ink, width, height)
    if len(segments) < MIN_SEGMENTS:
        return None
    first, second = segments[0], segments[1]
    letters = statistics.median(bottom - top + 1 for _left, _right, top, bottom, _count in segments[1:])
    left, right, top, bottom, count = first
    solid = count / ((right - left) * (bottom - top + 1))
    if solid >= SOLID and right - left >= WIDE * letters:
        return x0 + (right + second[0]) // 2
    return None


def lost_spaces(image, box, letters, space):
    """Places (1 … ``letters`` - 1) in a word of ``letters`` letters in ``box``
    after which its ink leaves a gap of at least ``SPACE`` of a word space
    (``space`` pixels): OCR reads initials printed "G S" as one word "GS".
    Only a word each of whose letters is a blob of its own is judged (touching
    letters make fewer blobs: nothing is split)."""
    x0, y0, x1, y1 = box
    crop = image.convert("L").crop((x0, y0, x1 + 1, y1 + 1))
    width, height = crop.size
    pixels = crop.tobytes()
    if letters < 2 or space <= 0 or not pixels or max(pixels) - min(pixels) < MIN_CONTRAST:
        return ()
    ink = _ink(pixels)
    if sum(ink) * 2 > len(ink):  # light text on a dark band
        ink = bytes(1 - value for value in ink)
    segments = _segments(ink, width, height)
    if len(segments) != letters:
        return ()
    return tuple(i for i in range(1, letters) if segments[i][0] - segments[i - 1][1] >= SPACE * space)


def is_dark(image):
    """Whether most of a grayscale ``image`` is ink: light text on a dark band."""
    ink = _ink(image.tobytes())
    return sum(ink) * 2 > len(ink)


def _ink(pixels):
    threshold = max(pixels) - (max(pixels) - min(pixels)) // 4  # grey pictograms are ink too
    return bytes(value < threshold for value in pixels)


def _segments(ink, width, height):
    """Runs of columns holding ink: (left, right exclusive, top, bottom, ink count)."""
    columns = []
    for x in range(width):
        rows = [y for y in range(height) if ink[y * width + x]]
        columns.append((rows[0], rows[-1], len(rows)) if rows else None)
    segments, start = [], None
    for x, column in enumerate([*columns, None]):
        if column and start is None:
            start = x
        elif not column and start is not None:
            run = columns[start:x]
            segments.append((start, x, min(c[0] for c in run), max(c[1] for c in run), sum(c[2] for c in run)))
            start = None
    return segments
