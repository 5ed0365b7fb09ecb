#!/usr/bin/env python3
"""Fails when a source file includes across the layers the wrong way.

core/ is Qt Core and Sql only: it never includes ui/, Widgets or Charts. Its folders form
layers, listed once here (and in CONTRIBUTING.md), lowest first: a folder includes its own
files and those of folders below it. In ui/, a feature's folder includes its own files and
the shared charts/, widgets/ and undo/ (report/ may draw any page's charts); the main
window and the pages that assemble several features, at ui/'s root, may include anything.
app/ (the command line, the headless commands, the launch) is the top: nothing in core/ or
ui/ includes it.

KNOWN would list crossings still to mend; the move into folders left none. The check fails
on anything else, and on a known line that is gone (so the list stays true).
"""
import os
import re
import sys

CORE_LAYERS = ['base', 'storage', 'undo', 'settings', 'bands', 'ladders', 'pay', 'market', 'path', 'skills', 'stories', 'interviews',
               'applications', 'conversations', 'promotion', 'plan', 'io', 'dashboard']
UI_SHARED = ['charts', 'currency', 'widgets', 'undo']
# The report is the whole plan on paper: it draws the charts of the pages it follows.
UI_WHOLE_PLAN = ['report']
KNOWN = set()
UI_HEADERS = re.compile(r'(QtWidgets|QtCharts|QtPrintSupport|QtSvg|QWidget|QMainWindow|QDialog|QChart|QAbstractItemView)')
INCLUDE = re.compile(r'\s*#\s*include\s*[<"]([^>"]+)[>"]')


def problem(source, target):
    lib, *rest = source.split('/')
    folder = rest[0] if len(rest) > 1 else ''
    parts = target.split('/')
    if parts[0] == 'app':
        return 'only main() and its tests include app/, the top'
    if lib == 'core':
        if parts[0] == 'ui' or UI_HEADERS.match(target):
            return 'core includes user-interface code'
        if parts[0] == 'core' and len(parts) > 2:
            if parts[1] not in CORE_LAYERS or folder not in CORE_LAYERS:
                return 'a folder of core/ missing from CORE_LAYERS'
            if CORE_LAYERS.index(parts[1]) > CORE_LAYERS.index(folder):
                return f'core/{folder} includes core/{parts[1]}, a layer above it'
    elif folder and folder not in UI_WHOLE_PLAN and parts[0] == 'ui' and len(parts) > 2 \
            and parts[1] not in [folder] + UI_SHARED:
        return f'ui/{folder} includes the internals of ui/{parts[1]}'
    return None


def main():
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found = set()
    new = []
    for lib in ('core', 'ui'):
        for folder, _, files in os.walk(os.path.join(top, lib)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                source = os.path.relpath(os.path.join(folder, name), top)
                with open(os.path.join(top, source), encoding='utf-8') as text:
                    for number, line in enumerate(text, 1):
                        match = INCLUDE.match(line)
                        why = match and problem(source, match.group(1))
                        if not why:
                            continue
                        key = f'{source} -> {match.group(1)}'
                        found.add(key)
                        if key not in KNOWN:
                            new.append(f'{source}:{number}: {why} ({match.group(1)})')
    gone = sorted(KNOWN - found)
    for line in new:
        print(line)
    for key in gone:
        print(f'mended, so take it off KNOWN in scripts/check-layers.py: {key}')
    print(f'layers: {len(found)} known exceptions to mend, {len(new)} new, {len(gone)} mended')
    return 1 if new or gone else 0


if __name__ == '__main__':
    sys.exit(main())
