#!/usr/bin/env bash
# Regenerates docs/web/*.png: the browser tests (WebPageTest, Debian's chromium) take screenshots of four states of
# the page — a traced tour example with an arrow and a hover, a Vec's old chunk free after it grew, a compile error
# at its line, the layout explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTMEM_BROWSER_TESTS=required mvn -q test -Dtest=WebPageTest -Dsurefire.failIfNoSpecifiedTests=false
mkdir -p docs/web
cp target/web-screenshots/*.png docs/web/
ls docs/web
