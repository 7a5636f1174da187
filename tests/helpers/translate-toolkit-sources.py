"""Prints, as JSON, the source texts translate-toolkit reads from an XLIFF 1.2 or TMX file.

Usage: python3 translate-toolkit-sources.py xliff|tmx FILE
Used by the interchange tests (issue 11) to check that another tool sees the units locdiff wrote.
"""
import json
import sys

from translate.storage import tmx, xliff

kind, path = sys.argv[1], sys.argv[2]
store = tmx.tmxfile.parsefile(path) if kind == "tmx" else xliff.xlifffile.parsefile(path)
print(json.dumps([unit.source for unit in store.units if not unit.isheader()]))
