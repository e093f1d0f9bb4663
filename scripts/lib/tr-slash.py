#!/usr/bin/env python3
"""Names every tr()/translate() call whose arguments hold a '/' outside string literals.

lupdate 6.4 never finishes on such a call (e.g. `tr("%n min", nullptr, int(s / 60))`): compute the
value before the call. Exit status 1 when one is found. Usage: tr-slash.py DIR...
"""
import os
import re
import sys

CALL = re.compile(r'\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\(')


def slashes(text, start):
    """Offsets of '/' in the call's arguments that are not inside a string or char literal."""
    depth, quote, escaped, found = 1, None, False, []
    i = start
    while i < len(text) and depth > 0:
        c = text[i]
        if quote:
            if escaped:
                escaped = False
            elif c == '\\':
                escaped = True
            elif c == quote:
                quote = None
        elif c in '"\'':
            quote = c
        elif c == '(':
            depth += 1
        elif c == ')':
            depth -= 1
        elif c == '/':
            found.append(i)
        i += 1
    return found


def main(dirs):
    bad = 0
    for top in dirs:
        for root, _, files in os.walk(top):
            for name in sorted(files):
                if not name.endswith(('.cpp', '.h')):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding='utf-8', errors='replace') as f:
                    text = f.read()
                for m in CALL.finditer(text):
                    if slashes(text, m.end()):
                        line = text.count('\n', 0, m.start()) + 1
                        print('%s:%d: a "/" inside the arguments of %s(): lupdate 6.4 hangs on it'
                              % (path, line, m.group(0).rstrip('( ')))
                        bad += 1
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:] or ['src']))
