"""Text of an image file (PNG, JPEG, TIFF): a photographed or scanned resume,
read with OCR frame by frame (a multi-page TIFF has one frame per page).

Only the header is read before the size check, so an image that would
decompress to gigabytes (a decompression bomb) is refused before any pixel
is decoded.
"""

import time
import warnings
from io import BytesIO

from . import ocr
from .pdf import MIN_TEXT_CHARS, PdfContent

try:
    from PIL import Image, UnidentifiedImageError
except ImportError:  # pragma: no cover - Pillow comes with Odoo
    Image = None

# Resolution assumed when the file states none, or an implausible one: an
# A4/Letter page is about 8.5 inches wide.
PAGE_WIDTH_INCHES = 8.5
_PLAUSIBLE_DPI = (70, 1200)


class ImageError(Exception):
    """An image that cannot be read; the message is meant for a person."""


def read_image(data, limits):
    """Return the ``PdfContent`` of the image ``data`` or raise ``ImageError``."""
    deadline = time.monotonic() + limits.pdf_time_budget
    if not ocr.available() or Image is None:
        raise ImageError("This file is an image of a resume. " + ocr.NOT_INSTALLED)
    image = _open(data, limits)
    frames = getattr(image, "n_frames", 1)
    scanner = ocr.Scanner(limits, deadline)
    lines = []
    for index in range(min(frames, limits.pdf_max_pages)):
        lines.extend(scanner.read_page(index + 1, lambda index=index: _frame(image, index, limits)))
    if sum(len(line.text.strip()) for line in lines) < MIN_TEXT_CHARS:
        raise ImageError("No text could be read from this image. " + scanner.unread_reason())
    return PdfContent(lines, [], frames, "tesseract", scanner.read_pages, scanner.warnings())


def _open(data, limits):
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(BytesIO(data))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageError(_too_large(None, limits)) from None
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
            raise ImageError("This image is damaged or is not a valid image file.") from exc
    _check_size(image, limits)
    return image


def _check_size(image, limits):
    width, height = image.size
    if width * height > limits.image_max_pixels:
        raise ImageError(_too_large(image.size, limits))


def _too_large(size, limits):
    shown = " (%d × %d pixels)" % size if size else ""
    return "This image is too large to read%s: images up to %d megapixels are accepted." % (
        shown,
        limits.image_max_pixels // 1_000_000,
    )


def _frame(image, index, limits):
    """Frame ``index`` decoded as grayscale, and its resolution."""
    try:
        image.seek(index)
        _check_size(image, limits)  # each TIFF frame has its own size
        frame = image.convert("L")
    except ImageError:
        raise
    except (OSError, ValueError, SyntaxError, EOFError) as exc:
        raise ImageError(
            "This image is damaged or truncated%s." % (" (page %d)" % (index + 1) if index else "")
        ) from exc
    return frame, _dpi(image)


def _dpi(image):
    dpi = image.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    if _PLAUSIBLE_DPI[0] <= value <= _PLAUSIBLE_DPI[1]:
        return value
    return max(image.size[0] / PAGE_WIDTH_INCHES, 1.0)
