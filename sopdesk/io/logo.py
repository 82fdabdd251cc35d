"""The office logo: a PNG or JPEG file checked and scaled to at most `MAX_SIDE` pixels a side,
kept as PNG bytes (Pillow; no Qt). Messages are in Bahasa Indonesia."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from sopdesk.domain.office_identity import check_logo

MAX_FILE_BYTES = 5_000_000
"""The largest file accepted (5 MB)."""
MAX_PIXELS = 40_000_000
"""The largest image accepted (width × height), read before decoding: a decompression bomb is refused."""
MAX_SIDE = 512
"""The longest side of the stored logo, in pixels (about 4 cm at 300 dpi)."""
FORMATS = ("PNG", "JPEG")


def read_logo_file(path: Path) -> bytes:
    """The logo in ``path``, checked and scaled (`prepare_logo`). Raises ValueError with a message
    for the user when the file cannot be read, is too large or is not a PNG/JPEG image."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValueError(_too_big(size))
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"Berkas logo tidak bisa dibaca: {exc.strerror or exc}") from exc
    return prepare_logo(data)


def prepare_logo(data: bytes) -> bytes:
    """``data`` (a PNG or JPEG file's bytes) as PNG bytes of at most `MAX_SIDE` pixels a side,
    aspect kept, transparency kept. Raises ValueError (too large, not PNG/JPEG, damaged)."""
    if len(data) > MAX_FILE_BYTES:
        raise ValueError(_too_big(len(data)))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in FORMATS:
                raise ValueError(f"Logo harus gambar PNG atau JPEG, bukan {image.format or 'berkas ini'}.")
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise ValueError(f"Gambar logo terlalu besar ({width}×{height} piksel; paling besar "
                                 f"{MAX_PIXELS // 1_000_000} juta piksel).")
            image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValueError("Berkas ini bukan gambar PNG atau JPEG yang terbaca.") from exc
    except (OSError, SyntaxError) as exc:
        raise ValueError(f"Gambar logo rusak: {exc}") from exc
    scaled = image.convert("RGBA" if _has_alpha(image) else "RGB")
    scaled.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    scaled.save(out, "PNG", optimize=True)
    return check_logo(out.getvalue())


def logo_size(logo: bytes) -> tuple[int, int]:
    """(width, height) in pixels of a stored logo."""
    with Image.open(io.BytesIO(logo)) as image:
        return image.size


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)


def _too_big(size: int) -> str:
    return f"Berkas logo terlalu besar ({size / 1_000_000:.1f} MB; paling besar {MAX_FILE_BYTES // 1_000_000} MB)."
