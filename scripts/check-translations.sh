#!/usr/bin/env bash
# Fails when a user-facing string of the sources (src/, forms/) is missing or unfinished in
# translations/gbadmin_pt_BR.ts or translations/gbadmin_es.ts, and names each one. The checked-in
# files are not touched: lupdate runs on copies. To bring the files up to date for translating:
#   /usr/lib/qt6/bin/lupdate -locations none src forms -ts translations/gbadmin_pt_BR.ts translations/gbadmin_es.ts
# (then translate in Qt Linguist or any editor; mark a plural with all its numerus forms).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# lupdate 6.4 never finishes on a '/' inside tr()/translate() arguments: name such calls first.
python3 scripts/lib/tr-slash.py src || exit 2

status=0
for ts in translations/gbadmin_pt_BR.ts translations/gbadmin_es.ts; do
  copy=$tmp/$(basename "$ts")
  cp "$ts" "$copy"
  # Bounded: lupdate 6.4 can loop forever on some expressions inside translate() (see stuckrun.cpp).
  timeout 600 "$lupdate" -silent -locations none -no-obsolete src forms -ts "$copy" >"$tmp/lupdate.log" 2>&1 ||
    { cat "$tmp/lupdate.log" >&2; exit 2; }
  # A tr() lupdate cannot attribute to a context never reaches a .ts file, so it can never be
  # translated: that fails too (write QCoreApplication::translate("Context", ...) there).
  if grep -q 'cannot be called without context' "$tmp/lupdate.log"; then
    echo "check-translations: strings lupdate cannot see (no context):" >&2
    grep 'cannot be called without context' "$tmp/lupdate.log" | sed "s|^$PWD/|  |" | sort -u >&2
    status=1
  fi
  python3 - "$copy" "$ts" <<'EOF' || status=1
import sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
todo = []
for context in ET.parse(path).getroot().iter("context"):
    cname = context.findtext("name")
    for message in context.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            empty = not forms or any(not f.strip() for f in forms)
        else:
            empty = tr is None or not (tr.text or "").strip()
        if kind == "unfinished" or empty:
            todo.append((cname, source, "unfinished" if kind == "unfinished" and not empty else "missing"))
if todo:
    print(f"check-translations: {name}: {len(todo)} string(s) to translate:", file=sys.stderr)
    for cname, source, why in todo:
        shown = source.replace("\n", "\\n")
        print(f"  {why}: [{cname}] {shown}", file=sys.stderr)
    sys.exit(1)
print(f"check-translations: {name}: complete")
EOF
done
exit $status
