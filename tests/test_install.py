"""The wheel, installed into a fresh virtual environment, works from any directory: the bundled
sources and mappings travel inside it."""

import subprocess
import sys
import venv

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("install")
    wheels = work / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                            "-w", str(wheels), str(ROOT)], capture_output=True, text=True, cwd=work)
    assert built.returncode == 0, built.stderr
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    wheel = next(wheels.glob("polcmp-*.whl"))
    pip = subprocess.run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, cwd=work)
    if pip.returncode != 0 and "Could not find a version" in pip.stderr + pip.stdout:
        pytest.skip("the package index cannot be reached to install the dependencies")
    assert pip.returncode == 0, pip.stderr
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    return env_dir / "bin" / "polcmp", elsewhere


def _run(installed, *args):
    polcmp, cwd = installed
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "POLCMP_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run([str(polcmp), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_installed_wheel_lists_and_compares_the_bundled_sources(installed):
    sources = _run(installed, "sources", "--format", "json")
    assert sources.returncode == 0, sources.stderr
    assert '"qingdao"' in sources.stdout and '"items": 22' in sources.stdout
    diff = _run(installed, "diff", "national", "qingdao", "--only", "dropped")
    assert diff.returncode == 1 and "中等职业教育助学服务" in diff.stdout
    coverage = _run(installed, "coverage", "--format", "csv")
    assert coverage.returncode == 0 and "天津市" in coverage.stdout
    check = _run(installed, "check", "qingdao")
    assert check.returncode == 1 and "中等职业教育助学服务" in check.stdout


def test_installed_wheel_writes_a_report_outside_the_repository(installed):
    out = installed[1] / "report.html"
    result = _run(installed, "report", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").count('class="region-head"') == 5


def test_every_package_of_polcmp_is_in_the_wheel():
    """A package folder missing from pyproject's list installs without its modules (polcmp.results once did):
    every folder of polcmp/ holding an __init__.py is listed."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "polcmp").rglob("__init__.py")}
    assert found - listed == set()
