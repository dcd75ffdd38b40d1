#!/usr/bin/python3
"""Runs notebooks headless with nbclient, in order, and writes each executed copy back in place.

Stops at the first failing cell: prints the notebook, the cell's number and first line, and the
error, saves the partial run under --failed-dir, leaves that notebook's file as it was, and exits 1.
Used by notebooks/run.sh (./stance notebooks --execute).
"""
import argparse
import os
import sys
import time

import nbformat
from nbclient import NotebookClient


def code_cell_number(nb, index):
    """1-based number of a cell among the notebook's code cells."""
    return sum(1 for c in nb.cells[: index + 1] if c.cell_type == "code")


def error_text(cell, exc):
    for out in cell.get("outputs", []):
        if out.get("output_type") == "error":
            lines = [f"{out.get('ename', '')}: {out.get('evalue', '')}"]
            lines += [l for l in out.get("traceback", [])[:12] if l.strip()]
            return "\n".join(lines)
    return f"{type(exc).__name__}: {str(exc).strip().splitlines()[-1] if str(exc).strip() else ''}"


def run(path, kernel, timeout, failed_dir):
    name = os.path.basename(path)
    nb = nbformat.read(path, as_version=4)
    current = {"index": None}

    def on_start(cell, cell_index, **_):
        current["index"] = cell_index

    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        record_timing=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        on_cell_start=on_start,
    )
    started = time.monotonic()
    try:
        client.execute()
    except Exception as exc:  # a failing cell, a timeout, a dead kernel, a kernel that would not start
        i = current["index"]
        cell = nb.cells[i] if i is not None else {"source": ""}
        first = next((l for l in cell.get("source", "").splitlines() if l.strip()), "")
        total = sum(1 for c in nb.cells if c.cell_type == "code")
        where = f"code cell {code_cell_number(nb, i)} of {total}" if i is not None else "kernel start"
        print(f"notebooks: {name}: {where} failed: {first}", file=sys.stderr)
        print(error_text(cell, exc), file=sys.stderr)
        if failed_dir:
            os.makedirs(failed_dir, exist_ok=True)
            partial = os.path.join(failed_dir, name)
            nbformat.write(nb, partial)
            print(f"notebooks: the partial run is in {partial}; {path} is unchanged", file=sys.stderr)
        return False
    nbformat.write(nb, path)
    if failed_dir and os.path.exists(os.path.join(failed_dir, name)):
        os.remove(os.path.join(failed_dir, name))  # an older failure of this notebook is stale now
    cells = sum(1 for c in nb.cells if c.cell_type == "code")
    print(f"notebooks: {name}: {cells} cells ran in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kernel", required=True, help="kernelspec name")
    ap.add_argument("--timeout", type=int, default=600, help="seconds per cell")
    ap.add_argument("--failed-dir", help="where a failed run's partial notebook goes")
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    started = time.monotonic()
    for path in args.notebooks:
        if not run(path, args.kernel, args.timeout, args.failed_dir):
            return 1
    print(f"notebooks: {len(args.notebooks)} notebook(s) executed in {time.monotonic() - started:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
