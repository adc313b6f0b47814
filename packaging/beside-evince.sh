#!/usr/bin/env bash
# beside-evince.sh: a PDF's first page painted, Margin (reflowed) beside Evince (GNOME's PDF viewer), in interleaved
# rounds (each program once per round, so the shared machine's drift hits both alike); then Margin's whole text
# ready and its peak resident memory on the same file, from `margin --smoke FILE`.
#
#   bash packaging/beside-evince.sh                                  # the installed `margin`, the LuaTeX manual
#   PDF=/path/to/paper.pdf EVINCE_CROP=… MARGIN_CROP=… ROUNDS=7 bash packaging/beside-evince.sh
#   MARGIN="target/dist/margin/bin/margin" bash packaging/beside-evince.sh   # an app image instead
#
# The time is from the program's start (what "Open With" or a click on the file does) to the first time the crop
# region (WxH+X+Y on a 1280x800 screen) holds the page's text: ../shared/bench/xttw.py measures it. The default crops
# are where each program paints the LuaTeX manual's "Reference" (texlive-base's luatex.pdf, 324 pages); for another
# file take a screenshot and set both. Needs root for apt-get the first time (xvfb, python3-xlib, evince).
# Only the ratio means anything on a shared machine.
set -u
here=$(cd "$(dirname "$0")" && pwd)
xttw=${XTTW:-$here/../../shared/bench/xttw.py}
[ -f "$xttw" ] || { echo "beside-evince: no xttw.py at $xttw (set XTTW)"; exit 1; }
pdf=${PDF:-/usr/share/doc/texlive-doc/luatex/base/luatex.pdf}
[ -f "$pdf" ] || { echo "beside-evince: no $pdf (apt-get install texlive-base, or set PDF)"; exit 1; }
margin=${MARGIN:-margin}
rounds=${ROUNDS:-7}
work=${WORK:-/tmp/margin-beside-evince}; mkdir -p "$work"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
/usr/bin/python3 -c "import Xlib" 2>/dev/null || need+=(python3-xlib)
command -v evince >/dev/null || need+=(evince)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (once)"; export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null || { echo "apt-get failed"; exit 1; }
fi
disp=":$((80 + RANDOM % 9))"
Xvfb "$disp" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
export DISPLAY=$disp POLL_S=${POLL_S:-0.025} XTTW_LOG=$work/xttw.log
for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.1; done
# Margin's data folder is its own and stays between rounds (as a reader's does); the first round opens the file
# anew each time because the library keeps only the reflowed copy, not the reading position's wait.
data=$work/margin-data; rm -rf "$data"; mkdir -p "$data"
results=$work/results.tsv; : > "$results"
one() { local name=$1; shift; local out; out=$("$@" 2>/dev/null | tail -n 1); echo -e "$name\t$r\t$out" | tee -a "$results"; sleep 1; }
for r in $(seq 1 "$rounds"); do
  one evince /usr/bin/python3 "$xttw" "${EVINCE_CROP:-300x40+175+190}" -- evince "$pdf"
  # shellcheck disable=SC2086
  one margin /usr/bin/python3 "$xttw" "${MARGIN_CROP:-200x30+485+113}" -- $margin --data-dir "$data" "$pdf"
done
/usr/bin/python3 - "$results" <<'PY'
import re, statistics as st, collections, sys
rows = collections.OrderedDict(); rounds = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    name, r, rest = line.rstrip('\n').split('\t')
    d = {k: int(v) for k, v in re.findall(r'(\w+)=(-?\d+)', rest)}
    rows.setdefault(name, []).append(d); rounds[r][name] = d.get('content_ms', -1)
print(f"\n{'app':8} {'ok':>3} {'window ms':>9} {'page ms':>8} {'range':>11} {'RSS MiB':>8}")
for n, ds in rows.items():
    ok = [d for d in ds if d.get('content_ms', -1) > 0]
    if not ok: print(f"{n:8}   0  (never painted: check the crop with a screenshot)"); continue
    c = [d['content_ms'] for d in ok]
    print(f"{n:8} {len(ok):3} {st.median(d['window_ms'] for d in ok):9.0f} {st.median(c):8.0f} {min(c):5}-{max(c):<5} {st.median(d['rss_mib'] for d in ok):8.0f}")
q = [v['margin'] / v['evince'] for v in rounds.values() if v.get('margin', -1) > 0 and v.get('evince', -1) > 0]
if q: print(f"margin / evince: median ratio {st.median(q):.2f} over {len(q)} rounds ({min(q):.2f}-{max(q):.2f})")
PY
echo "== margin --smoke: first page, the whole text, peak resident memory (3 runs)"
for i in 1 2 3; do
  # shellcheck disable=SC2086
  $margin --data-dir "$data" --smoke "$pdf" 2>/dev/null | grep -E "first frame|whole book|peak resident"
done
