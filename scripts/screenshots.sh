#!/usr/bin/env bash
# The pictures of README.md and docs/user-guide.md, made by the console's own --screenshot on the
# bundled sample at 1280×800, in English and Indonesian. Run it again when the windows change.
#   scripts/screenshots.sh            (builds the console first; pngquant makes the files small)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
"$root/scripts/build.sh" --target imageconsole
out="$root/docs/images"
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
shoot() { # NAME LANG [DIALOG]
  local file="$out/$1-$2.png"
  "$build/app/imageconsole" --lang "$2" --screenshot "$file" ${3:+--dialog "$3"} 2>/dev/null
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --output "$file" 256 "$file" || true
  fi
}
for lang in en id; do
  shoot main "$lang"
  for dialog in share copy give delete edit create diagnose import launch reinstall instancechecks \
      trusted check journal faq serve connect sharemany copymany; do
    shoot "$dialog" "$lang" "$dialog"
  done
done
cp "$out/main-en.png" "$root/docs/screenshot.png"
