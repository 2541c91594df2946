"""How long a first view of a file takes to preview, and how much smaller the previews
are than the originals (evidence.previews; cached afterwards, so this is the cost once
per file and size).

    .venv/bin/python benchmarks/files/previews.py [--repeat 5]

Builds a 12-megapixel phone-style JPEG (4000x3000, noisy, quality 92) and a 20-page
PDF with text and a drawing on each page (reportlab), then times the thumbnail (240 px),
the viewer rendition (1600 px), counting the PDF's pages and rendering a page 1200 px
wide; prints the median of the repeats and the byte sizes.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from collections.abc import Callable

import django
import numpy as np
from PIL import Image
from reportlab.pdfgen import canvas

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tradeguard.settings_test")
django.setup()

from tradeguard.evidence.previews import (  # noqa: E402  (needs the app registry)
    count_pdf_pages,
    render_pdf_page,
    render_thumbnail,
)


def phone_photo() -> bytes:
    rng = np.random.default_rng(7)
    y, x = np.mgrid[0:3000, 0:4000]
    base = np.stack([(x / 16) % 256, (y / 12) % 256, ((x + y) / 28) % 256], axis=-1)
    noisy = np.clip(base + rng.normal(0, 18, base.shape), 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(noisy).save(out, "JPEG", quality=92)
    return out.getvalue()


def report(pages: int = 20) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, invariant=True)
    for n in range(1, pages + 1):
        sheet.setFont("Helvetica-Bold", 18)
        sheet.drawString(72, 770, f"Inspection report, page {n} of {pages}")
        sheet.setFont("Helvetica", 10)
        for i in range(40):
            sheet.drawString(
                72, 740 - 15 * i, f"Clause {n}.{i}: measured 120.{i % 10} mm, within 120 ± 0.5 mm"
            )
        sheet.circle(450, 200, 60 + n)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def median_ms(work: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    photo, pdf = phone_photo(), report()
    print(
        f"photo: 4000x3000 JPEG, {len(photo) / 1e6:.2f} MB; PDF: 20 pages, {len(pdf) / 1e3:.0f} KB"
    )
    for size in (240, 1600):
        ms, data = median_ms(lambda size=size: render_thumbnail(io.BytesIO(photo), size), repeat)
        assert isinstance(data, bytes)
        print(f"thumbnail {size:>4} px: {ms:7.1f} ms, {len(data) / 1e3:7.1f} KB")
    ms, count = median_ms(lambda: count_pdf_pages(pdf), repeat)
    print(f"PDF page count ({count}): {ms:7.2f} ms")
    for page in (1, 5):
        ms, data = median_ms(lambda page=page: render_pdf_page(pdf, page, 1200), repeat)
        assert isinstance(data, bytes)
        print(f"PDF page {page} at 1200 px: {ms:7.1f} ms, {len(data) / 1e3:7.1f} KB")


if __name__ == "__main__":
    main()
