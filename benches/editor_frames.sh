#!/usr/bin/env bash
# Frame times of the deck editor with a big deck open, under Xvfb, driven by xdotool (the same
# way as benches/app_frames.sh).
#   apt-get install -y xvfb xdotool
#   cargo build --release --bin reframe --example synth
#   ./target/release/examples/synth --cards 10000 --out /tmp/r10k
#   bash benches/editor_frames.sh /tmp/r10k
# Prints frame CPU time (median / p95 / max, from REFRAME_FRAME_TIMES) for: the Decks page,
# opening the editor on the synth deck, 30 x Down through its cards, a new card (Ctrl+N) and
# 40 characters typed into its statement, undo (the typing, then the card), 10 x Alt+Down moving
# a card, preview and back, and the save of a duplicated card (Ctrl+S: the whole deck written as
# RON, read back, fsynced and cached). SHOT=file.png also takes a screenshot at the end.
set -euo pipefail
dir=${1:?usage: editor_frames.sh DATA_DIR}
export DISPLAY=${DISPLAY:-:92}
source "$(dirname "$0")/frames_common.sh" "$dir"
sleep 3
win=$(xdotool search --name Reframe | head -1)
xdotool windowfocus "$win" 2>/dev/null || true
xdotool mousemove 1270 790
key() { xdotool key --window "$win" "$@"; }
mark decks; key ctrl+6; sleep 0.5
# The synth deck is listed after the built-in decks: End of the list, then Enter edits it.
for _ in $(seq 12); do key Down; sleep 0.05; done
mark open; key Return; sleep 1.5
mark down
for _ in $(seq 30); do key Down; sleep 0.1; done
mark type; key ctrl+n; sleep 0.3
for c in $(echo "Nothing I try ever works out for me here" | grep -o .); do
  [ "$c" = " " ] && c=space
  key "$c"; sleep 0.05
done
# Undo the typing, then the new card itself.
mark undo; key Escape; sleep 0.2; key ctrl+z; sleep 0.3; key ctrl+z; sleep 0.3
mark move
for _ in $(seq 10); do key alt+Down; sleep 0.1; done
mark preview; key ctrl+p; sleep 0.3; key ctrl+p; sleep 0.3
# A duplicated card makes the deck 10,001 complete cards; Ctrl+S writes them all.
key ctrl+d; sleep 0.3
mark save; key ctrl+s; sleep 2
mark end
[ -n "${SHOT:-}" ] && import -window root "$SHOT"
echo "resident memory: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$app/status)"
kill "$app"
frame_report <<EOF
Decks page decks open
open the editor open down
30 x Down through the cards down type
new card and 40 characters typed type undo
undo undo move
10 x Alt+Down (move the card) move preview
preview and back preview save
save (Ctrl+S) save end
EOF
