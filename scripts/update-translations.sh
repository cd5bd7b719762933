#!/usr/bin/env bash
# Brings the committed catalogues up to date with the sources of core, ui and app:
#   translations/imageconsole_id.ts  the Indonesian catalogue (translate what lupdate marks unfinished)
#   translations/imageconsole_en.ts  English plural forms only ("1 image", "2 images")
# Usage: scripts/update-translations.sh [OUTPUT_DIR]   (default: translations/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/translations}"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
mkdir -p "$out"
if [ "$out" != "$root/translations" ]; then
  cp "$root"/translations/*.ts "$out"/
fi
cd "$root"
sources=(core net api cloud ui app)
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h "${sources[@]}" -ts "$out/imageconsole_id.ts"
"$lupdate" -silent -no-obsolete -locations none -pluralonly -extensions cpp,h "${sources[@]}" -ts "$out/imageconsole_en.ts"
# New English plural entries get their forms from the "(s)" source; lupdate then writes
# the file back in its own layout.
if python3 "$root/scripts/english-plurals.py" "$out/imageconsole_en.ts" | grep -qv ': 0 plural'; then
  "$lupdate" -silent -no-obsolete -locations none -pluralonly -extensions cpp,h "${sources[@]}" -ts "$out/imageconsole_en.ts"
fi
