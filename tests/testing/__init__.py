"""Helpers shared by the Python tests in tests/ (the C++ ones are headers)."""
