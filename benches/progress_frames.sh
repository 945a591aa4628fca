#!/usr/bin/env bash
# Frame times of opening the Progress page and idle CPU on it, under Xvfb, driven by xdotool.
#   apt-get install -y xvfb xdotool sysstat
#   cargo build --release --bin reframe --example synth
#   ./target/release/examples/synth --cards 100000 --out /tmp/r100k
#   bash benches/progress_frames.sh /tmp/r100k
# Works on a copy of the folder. Prints the frame CPU times (REFRAME_FRAME_TIMES) from the click
# on "Progress" until the figures are drawn, the longest of them, and idle CPU over 10 s after.
set -euo pipefail
src=${1:?usage: progress_frames.sh DATA_DIR}
cd "$(dirname "$0")/.."
dir=$(mktemp -d); cp -r "$src"/. "$dir"
export DISPLAY=${DISPLAY:-:93}
if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!; trap 'kill $xvfb; rm -rf "$dir"' EXIT; sleep 1
else
  trap 'rm -rf "$dir"' EXIT
fi
unset WAYLAND_DISPLAY
frames=$(mktemp)
REFRAME_FRAME_TIMES=1 ./target/release/reframe --data-dir "$dir" 2> "$frames" &
app=$!
until xdotool search --name Reframe >/dev/null 2>&1; do sleep 0.05; done
sleep 4
before=$(grep -c frame_cpu_ms "$frames" || true)
# "Progress" is the fifth entry of the nav bar at the default text size.
xdotool mousemove 437 15 click 1
sleep 6
after=$(grep -c frame_cpu_ms "$frames" || true)
idle=$(pidstat -u -p "$app" 1 10 | awk '/Average/ {print $8 " %"}')
quiet=$(( $(grep -c frame_cpu_ms "$frames" || true) - after ))
kill "$app"
python3 - "$frames" "$before" "$after" "$idle" "$quiet" <<'PY'
import sys
times = [float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("frame_cpu_ms")]
b, a = int(sys.argv[2]), int(sys.argv[3])
xs = times[b:a]
print("last frames before the click: " + " ".join(f"{x:.1f}" for x in times[max(0, b - 4):b]))
print(f"open Progress: {len(xs)} frames, longest {max(xs):.1f} ms, all: " + " ".join(f"{x:.1f}" for x in xs[:40]))
print(f"idle on Progress, 10 s: {sys.argv[4]} CPU, {sys.argv[5]} frames drawn")
PY
