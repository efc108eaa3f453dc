"""Run every benchmark module in this package (each has ``main() -> dict``) and print JSON."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys

import bench


def main() -> int:
    results = {}
    for module_info in pkgutil.iter_modules(bench.__path__):
        if module_info.name.startswith("_") or module_info.name == "synthetic":
            continue
        module = importlib.import_module(f"bench.{module_info.name}")
        if hasattr(module, "main"):
            print(f"running bench.{module_info.name} …", file=sys.stderr)
            results[module_info.name] = module.main([])
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
