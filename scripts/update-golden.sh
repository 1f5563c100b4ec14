#!/usr/bin/env bash
# Accept the current export output as the golden files — after looking at the -changed.svg files.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vitest run --project unit tests/unit/export.spec.ts >/dev/null 2>&1 || true
shopt -s nullglob
for f in tests/golden/*-changed.svg; do mv "$f" "${f%-changed.svg}.svg"; echo "updated ${f%-changed.svg}.svg"; done
