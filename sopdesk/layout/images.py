"""Raster images on a sheet (the logo, the signing QR): their size, read with Pillow. No Qt."""

from __future__ import annotations

import io


def image_size(data: bytes) -> tuple[int, int] | None:
    """The pixel size of a PNG/JPEG image ``data``, or None when it cannot be decoded (an exchange
    file checks only the image's first bytes: such an image is left out, the sheet still prints)."""
    from PIL import Image as Pillow

    try:
        with Pillow.open(io.BytesIO(data)) as image:
            image.load()
            return image.size
    except Exception:  # Pillow raises many kinds for a damaged image
        return None
