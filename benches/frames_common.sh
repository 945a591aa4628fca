# Shared by benches/app_frames.sh and benches/editor_frames.sh (sourced, not run): an Xvfb
# display when there is none, the app started on data folder $1 with REFRAME_FRAME_TIMES, and
# `mark NAME` to note where a step's frames begin. `frame_report` prints median / p95 / max
# frame CPU time per step: pass "label start end" lines on stdin.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!; trap 'kill $xvfb' EXIT; sleep 1
fi
unset WAYLAND_DISPLAY
frames=$(mktemp); marks=$(mktemp)
mark() { echo "$1 $(wc -l < "$frames")" >> "$marks"; }
REFRAME_FRAME_TIMES=1 ./target/release/reframe --data-dir "$1" 2> "$frames" &
app=$!
until xdotool search --name Reframe >/dev/null 2>&1; do sleep 0.02; done

frame_report() {
  python3 -c '
import statistics, sys
times = [float(l.split()[1]) for l in open(sys.argv[1]) if l.startswith("frame_cpu_ms")]
marks = dict((a, int(b)) for a, b in (l.split() for l in open(sys.argv[2])))
if "idle" in marks:
    idle = marks["idle_end"] - marks["idle"]
    print(f"first frame: {times[0]:.1f} ms; frames drawn while idle: {idle}")
for line in sys.stdin:
    name, a, b = line.rstrip("\n").rsplit(" ", 2)
    xs = sorted(times[marks[a]:marks[b]])
    if not xs:
        print(f"{name}: no frames"); continue
    p95 = xs[max(0, round(0.95 * len(xs)) - 1)]
    print(f"{name}: {statistics.median(xs):.1f} / {p95:.1f} / {xs[-1]:.1f} ms over {len(xs)} frames")
' "$frames" "$marks"
}
