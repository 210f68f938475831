"""Shared fixtures: the real local HTTP server lives in tests/localserver.py."""

pytest_plugins = ["tests.localserver"]
