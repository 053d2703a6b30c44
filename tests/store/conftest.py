import pytest
from sample_docs import sample_docs


@pytest.fixture
def docs():
    return sample_docs()
