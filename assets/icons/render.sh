#!/usr/bin/env bash
# Renders the icon's PNGs from org.reframe.Reframe.svg. The PNGs are committed, so building
# Reframe or its package never needs this; run it after changing the SVG.
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" org.reframe.Reframe.svg -o "org.reframe.Reframe-$size.png"
done
