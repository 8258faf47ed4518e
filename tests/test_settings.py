"""The one settings object: defaults, and a user's TOML overriding named fields only."""

import pytest

from polcmp.model import InputError
from polcmp.settings import Settings, load_settings


def test_defaults_without_a_file():
    assert load_settings(None) == Settings()


def test_a_file_overrides_the_fields_it_names(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("[batch]\nworkers = 1\nchunk = 5\n[check]\nclause_kept = 0.8\n", encoding="utf-8")
    settings = load_settings(path)
    assert (settings.batch.workers, settings.batch.chunk, settings.check.clause_kept) == (1, 5, 0.8)
    assert settings.batch.parallel_from == Settings().batch.parallel_from
    assert settings.match == Settings().match


@pytest.mark.parametrize("text, problem", [
    ("[batch]\nworkers = 'two'\n", "workers must be a int"),
    ("[batch]\nthreads = 2\n", "unknown setting 'threads'"),
    ("[nonsense]\nx = 1\n", "unknown settings section [nonsense]"),
    ("[batch\n", "is not valid TOML"),
])
def test_a_bad_file_is_an_input_error_naming_it(tmp_path, text, problem):
    path = tmp_path / "s.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_settings(path)
    assert problem in str(error.value) and str(path) in str(error.value)
