"""Test-suite setup: this directory on ``sys.path`` (pytest's rootdir conftest puts it
there), so test modules in subdirectories import ``_repo_tools`` too."""
