import subprocess
import sys


def test_python_dash_m_lajm_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "lajm", "extract", "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage: lajm extract" in done.stdout
