#!/usr/bin/env python3
"""Fills translations/shopwarden_zh_CN.ts from the glossary in zh_CN_glossary.py.

Run after every lupdate:
    /usr/lib/qt6/bin/lupdate -locations relative -no-obsolete core models ui app \
        -ts translations/shopwarden_zh_CN.ts translations/shopwarden_en.ts
    python3 translations/fill_translations.py

What it does, in order:
 1. Puts messages into the context the code really uses at run time. A few core files
    translate through a file-local helper (`tr()` → QCoreApplication::translate("Database",
    …)), which lupdate files under the enclosing namespace instead; FILE_CONTEXTS maps
    those files to their run-time context.
 2. Sets every zh_CN translation from the glossary (context-specific entries first) and
    marks it finished. Sources missing from the glossary are listed and the script exits
    non-zero, so a new string cannot slip through untranslated.
The English file only gets step 1: English is the source language.
"""

import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from zh_CN_glossary import BY_CONTEXT, GLOSSARY  # noqa: E402

# Source file (as lupdate writes it, relative to translations/) → run-time context, for
# files whose strings go through a local helper with a fixed context.
FILE_CONTEXTS = {
    "../core/storage/database.cpp": "Database",
    "../core/storage/cipherfile.cpp": "Database",
    "../core/storage/migrations.cpp": "Migrations",
    "../core/storage/sqlcipherdriver.cpp": "SqlCipherDriver",
    "../core/storage/sqlcipherresult.cpp": "SqlCipherDriver",
}


def regroup(root):
    """Moves messages of helper-translated files into their run-time context."""
    current_file = None
    moves = []  # (message, from-context, to-context name)
    for context in list(root.findall("context")):
        name = context.find("name").text
        for message in context.findall("message"):
            for location in message.findall("location"):
                if location.get("filename"):
                    current_file = location.get("filename")
            target = FILE_CONTEXTS.get(current_file)
            if target and target != name and not name.startswith("sw::ui"):
                moves.append((message, context, target))
    for message, context, target in moves:
        context.remove(message)
        destination = None
        for candidate in root.findall("context"):
            if candidate.find("name").text == target:
                destination = candidate
        if destination is None:
            destination = ET.SubElement(root, "context")
            ET.SubElement(destination, "name").text = target
        source = message.find("source").text
        if any(m.find("source").text == source for m in destination.findall("message")):
            continue  # same text already there (two files share the context)
        # Relative line numbers are meaningless in another context; lupdate writes
        # fresh locations on its next run.
        for location in message.findall("location"):
            message.remove(location)
        destination.append(message)
    for context in list(root.findall("context")):
        if not context.findall("message"):
            root.remove(context)


def translate(root):
    missing = []
    for context in root.findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text
            text = BY_CONTEXT.get((name, source), GLOSSARY.get(source))
            if text is None:
                missing.append((name, source))
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
    return missing


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


def main():
    zh_path = os.path.join(HERE, "shopwarden_zh_CN.ts")
    en_path = os.path.join(HERE, "shopwarden_en.ts")

    en = ET.parse(en_path)
    regroup(en.getroot())
    write(en, en_path)

    zh = ET.parse(zh_path)
    regroup(zh.getroot())
    missing = translate(zh.getroot())
    write(zh, zh_path)
    if missing:
        for name, source in missing:
            print(f"untranslated [{name}]: {source!r}", file=sys.stderr)
        print(f"{len(missing)} string(s) without a zh_CN translation", file=sys.stderr)
        return 1
    print("zh_CN: every string translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
