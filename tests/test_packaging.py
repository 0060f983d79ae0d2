"""The wheel `pip install .` builds holds every package and the data the code reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"sumber", "rag", "index", "ui", "evals"}


@pytest.mark.slow
def test_the_wheel_holds_every_subpackage_and_the_shipped_data(tmp_path):
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    source = tmp_path / "source"  # the tracked files alone: no build/ or egg-info left by an earlier build
    for path in tracked:
        if (ROOT / path).is_file():
            (source / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, source / path)
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path)]
    subprocess.run([*build, str(source)], check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("sumber-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [path for path in tracked if path.split("/")[0] in PACKAGES and "/__pycache__/" not in path]
    missing = [path for path in shipped if path not in names]
    assert not missing, missing
