"""Benchmark: one 24-megapixel JPEG through the photo pipeline, timed, with peak memory.

    .venv/bin/python bench/photo_pipeline.py [--runs 3] [--megapixels 24]

The test photo is made first in a separate process (so making it does not count towards the peak),
then each run happens in a fresh process that reports:
- prepare: check, EXIF orientation, metadata strip and re-encode (what the upload request does),
- store: writing the stripped original to the private storage,
- derivatives: the 320/768/1,536 px WebP + JPEG renditions and their blurred copies (the task),
- the CPU time it used (user + system: what the run costs on an idle core, whatever else the
  machine is doing), and
- peak RSS of that process (resource.getrusage) and the peak of Python-level allocations (tracemalloc;
  Pillow's pixel buffers are allocated outside Python, so RSS is the number that matters).
Files go to a temporary directory that is removed afterwards.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_photo(path: Path, megapixels: int) -> None:
    """A photo-like JPEG: gradients plus sensor-like noise (so it compresses like a real photo), EXIF
    with GPS and an orientation that needs a rotation, the worst case for the pipeline."""
    from PIL import Image, ImageDraw

    width = int((megapixels * 1_000_000 * 3 / 2) ** 0.5)
    height = megapixels * 1_000_000 // width
    base = Image.linear_gradient("L").resize((width, height))
    noise = Image.effect_noise((width, height), 24)
    red = Image.blend(base, noise, 0.35)
    green = Image.blend(base.transpose(Image.Transpose.FLIP_LEFT_RIGHT), noise, 0.25)
    blue = Image.blend(base.transpose(Image.Transpose.FLIP_TOP_BOTTOM), noise, 0.3)
    img = Image.merge("RGB", (red, green, blue))
    draw = ImageDraw.Draw(img)
    for i in range(40):
        draw.ellipse((i * width // 40, height // 3, i * width // 40 + width // 20, height // 2), fill=(200, 150, 120))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (40.0, 26.0, 46.0), 3: "W", 4: (79.0, 58.0, 56.0)}  # GPS
    img.save(path, "JPEG", quality=90, exif=exif)


def run_once(photo: Path) -> dict:
    import resource
    import time
    import tracemalloc

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "qasite.settings")
    os.environ.setdefault("DEBUG", "1")
    workdir = Path(tempfile.mkdtemp(prefix="candid-bench-"))
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["PRIVATE_MEDIA_ROOT"] = str(workdir / "private")
    sys.path.insert(0, str(ROOT))
    # The pipeline needs settings and storages only, not the app registry.
    from django.core.files import File

    from imaging import pipeline

    usage = resource.getrusage(resource.RUSAGE_SELF)
    baseline = usage.ru_maxrss / 1024
    cpu_before = usage.ru_utime + usage.ru_stime
    tracemalloc.start()
    with photo.open("rb") as fh:
        upload = File(fh, name="IMG_0001.jpg")
        started = time.perf_counter()
        prepared = pipeline.image_prepare(upload)
        prepared_at = time.perf_counter()
        stored = pipeline.original_store(prepared)
        stored_at = time.perf_counter()
        del prepared
    renditions = pipeline.renditions_make(stored.name)
    finished = time.perf_counter()
    _, python_peak = tracemalloc.get_traced_memory()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    import shutil

    shutil.rmtree(workdir)
    return {
        "prepare_s": prepared_at - started,
        "store_s": stored_at - prepared_at,
        "derivatives_s": finished - stored_at,
        "total_s": finished - started,
        "cpu_s": cpu,
        "baseline_rss_mb": baseline,
        "peak_rss_mb": peak,
        "python_peak_mb": python_peak / 1024 / 1024,
        "size": f"{stored.width}x{stored.height}",
        "files": len(renditions) * 4 + 1,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--megapixels", type=int, default=24)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--make", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        make_photo(Path(args.make), args.megapixels)
        return
    if args.child:
        print(json.dumps(run_once(Path(args.child))))
        return

    with tempfile.TemporaryDirectory(prefix="candid-bench-photo-") as tmp:
        photo = Path(tmp) / "photo.jpg"
        subprocess.run(
            [sys.executable, __file__, "--make", str(photo), "--megapixels", str(args.megapixels)], check=True
        )
        print(
            f"input: {photo.stat().st_size / 1024 / 1024:.1f} MB JPEG, {args.megapixels} MP, EXIF orientation 6 + GPS"
        )
        print(
            f"{'run':>3} {'prepare':>8} {'store':>6} {'derivs':>7} {'total':>7} {'CPU':>6} {'peak RSS':>9} {'python':>7}"
        )
        results = []
        for run in range(1, args.runs + 1):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(photo)], capture_output=True, text=True, cwd=ROOT
            )
            if out.returncode:
                sys.exit(out.stderr)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            results.append(r)
            print(
                f"{run:>3} {r['prepare_s']:>7.2f}s {r['store_s']:>5.2f}s {r['derivatives_s']:>6.2f}s "
                f"{r['total_s']:>6.2f}s {r['cpu_s']:>5.2f}s {r['peak_rss_mb']:>7.0f}MB {r['python_peak_mb']:>5.1f}MB"
            )
        print(
            f"output {results[0]['size']}, {results[0]['files']} files; baseline RSS before processing "
            f"{results[0]['baseline_rss_mb']:.0f} MB; worst total {max(r['total_s'] for r in results):.2f}s, "
            f"worst peak RSS {max(r['peak_rss_mb'] for r in results):.0f} MB (limits: 2 s, 400 MB)"
        )


if __name__ == "__main__":
    main()
