"""Ctrl-C at any moment, start-up imports included, exits 130 without a traceback."""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("delay", [0.0, 0.02, 0.05, 0.1, 0.2, 0.4, 0.8])
def test_ctrl_c_exits_130_without_a_traceback(tmp_path, delay):
    env = {**os.environ, "POLCMP_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "polcmp", "coverage", "--baseline", "national"],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(0.15 + delay)  # the interpreter itself starts first: the handler is installed by polcmp.entry
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the command finished before the signal")
    if b"Traceback" in err and os.fsencode(ROOT / "polcmp") + os.sep.encode() not in err:
        # On a loaded machine the signal can land while Python is still starting (loading polcmp/__init__'s
        # bytecode): no line of polcmp has run yet, so no handler of polcmp's can be in place.
        pytest.skip("the signal came during Python's own start-up, before polcmp's first line")
    if process.returncode == -signal.SIGINT:
        # The signal came during interpreter shutdown, after Python restored the default handler: the
        # process died of SIGINT, which a shell reports as 130 too. Nothing may have been printed.
        assert b"Traceback" not in err
        return
    assert process.returncode == 130, err.decode()
    assert b"Traceback" not in err and b"interrupted" in err


def test_the_entry_runs_the_cli(tmp_path):
    env = {**os.environ, "POLCMP_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "polcmp", "--version"], cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0 and done.stdout.strip()
