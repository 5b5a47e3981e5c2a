"""The seeded synthetic demo data generator: `build_demo(path, seed=..., scale=...)`."""

from kube_metrics.demo.build import SKALA, build_demo

__all__ = ["SKALA", "build_demo"]
