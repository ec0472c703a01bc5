#!/usr/bin/env bash
# Bundles the page's editor component (src/editor.js: CodeMirror 6 from npm) into OUT/editor.js with esbuild.
# Run by Maven at generate-resources; does nothing when the bundle is newer than its inputs.
set -euo pipefail
cd "$(dirname "$0")"
OUT="${1:?usage: build.sh OUTDIR}"
BUNDLE="$OUT/editor.js"
if [ ! -d node_modules ] || [ package.json -nt node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules
fi
if [ -f "$BUNDLE" ] && [ -z "$(find src package-lock.json build.sh -newer "$BUNDLE" -print -quit)" ]; then exit 0; fi
mkdir -p "$OUT"
node_modules/.bin/esbuild src/editor.js --bundle --minify --format=iife --global-name=RustmemEditor \
  --legal-comments=eof --log-level=warning --outfile="$BUNDLE"
