"""Tooling that is not shipped: the benchmark, the load generator, the screenshot."""
