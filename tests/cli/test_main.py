import gc
import subprocess
import sys


def test_python_dash_m_lajm_runs_the_command():
    done = subprocess.run([sys.executable, "-m", "lajm", "extract", "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage: lajm extract" in done.stdout


def test_the_command_collects_young_objects_less_often(tmp_path):
    from typer.testing import CliRunner

    from lajm.cli.main import YOUNG_OBJECTS, app

    before = gc.get_threshold()
    article = tmp_path / "a.txt"
    article.write_text("Policia arrestoi dje dy persona në Prishtinë.", encoding="utf-8")
    try:
        result = CliRunner().invoke(app, ["extract", str(article), "--lang", "sq"])
        assert result.exit_code == 0, result.output
        assert gc.get_threshold() == (YOUNG_OBJECTS, *before[1:])
    finally:
        gc.set_threshold(*before)
