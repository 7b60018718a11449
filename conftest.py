"""Root conftest: `pytest --codeblocks docs/...` runs the pages' blocks with our runner."""

pytest_plugins = ["cheatsheet.codeblocks"]  # not "codeblocks": the name of pytest-codeblocks
