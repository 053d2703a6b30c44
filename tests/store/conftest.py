import pytest
from store_docs import sample_docs


@pytest.fixture
def docs():
    return sample_docs()
