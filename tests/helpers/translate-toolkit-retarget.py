"""Plays a CAT tool with translate-toolkit: reads an XLIFF 1.2 file, gives every fifth unit a new
target (plain text, as a translator would type it), and writes the file back through
translate-toolkit's own serializer. Prints the changed units' targets as translate-toolkit
reads them back from that file (codes expanded), as JSON: {original: {segment id: text}}.

Usage: python3 translate-toolkit-retarget.py IN.xlf OUT.xlf
"""
import json
import sys

from translate.storage import xliff

source, target = sys.argv[1], sys.argv[2]
store = xliff.xlifffile.parsefile(source)
changes = {}
units = [unit for unit in store.units if not unit.isheader()]
for index, unit in enumerate(units):
    element = unit.xmlelement
    if index % 5 != 0 or element.get("resname") is not None:
        continue
    text = f"Translated by a tool {index} & <more>"
    unit.target = text
    original = element.getparent().getparent().get("original")
    changes.setdefault(original, set()).add(element.get("id"))
with open(target, "wb") as out:
    out.write(bytes(store))
# Setting a target that held codes keeps some of them: report what the file now says.
written = {}
for unit in xliff.xlifffile.parsefile(target).units:
    if unit.isheader():
        continue
    element = unit.xmlelement
    original = element.getparent().getparent().get("original")
    if element.get("id") in changes.get(original, ()):
        written.setdefault(original, {})[element.get("id")] = unit.target
print(json.dumps(written))
