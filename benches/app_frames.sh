#!/usr/bin/env bash
# Frame times and idle CPU of the desktop app on a data folder, under Xvfb, driven by xdotool.
#   apt-get install -y xvfb xdotool sysstat bc
#   cargo build --release --bin reframe --example synth
#   ./target/release/examples/synth --cards 100000 --out /tmp/r100k
#   bash benches/app_frames.sh /tmp/r100k
# Prints: idle CPU over 15 s untouched (and frames drawn meanwhile), then frame CPU time
# (median / p95 / max, from REFRAME_FRAME_TIMES) for opening Browse, 30 x Down through the list
# (each selection shows the card's history) and 15 cards revealed and graded.
set -euo pipefail
dir=${1:?usage: app_frames.sh DATA_DIR}
export DISPLAY=${DISPLAY:-:91}
source "$(dirname "$0")/frames_common.sh" "$dir"
sleep 5
mark idle
echo "idle CPU, 15 s untouched: $(pidstat -u -p "$app" 1 15 | awk '/Average/ {print $8 " %"}')"
mark idle_end
win=$(xdotool search --name Reframe | head -1)
xdotool windowfocus "$win" 2>/dev/null || true
xdotool mousemove 1270 790
mark browse; xdotool key --window "$win" ctrl+2; sleep 1
mark select
for _ in $(seq 30); do xdotool key --window "$win" Down; sleep 0.15; done
mark review; xdotool key --window "$win" ctrl+1; sleep 0.5; xdotool key --window "$win" Return; sleep 0.5
for _ in $(seq 15); do xdotool key --window "$win" space; sleep 0.2; xdotool key --window "$win" 4; sleep 0.2; done
mark end
echo "resident memory: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$app/status)"
kill "$app"
frame_report <<EOF
open Browse browse select
30 x Down in Browse select review
reveal and grade 15 cards review end
EOF
