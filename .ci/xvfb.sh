# Sourced, not run: gives the sourcing script an X display. With DISPLAY already set it does nothing; else it starts
# Xvfb, exports DISPLAY, and stops the server when the script exits. Used by .ci/run, .ci/smoke and
# packaging/build.sh (the AOT training run):
#
#   . "$(dirname "$0")/xvfb.sh"          # DISPLAY is set from here on
#
# It sets an EXIT trap that calls xvfb_stop; a script that sets its own EXIT trap afterwards calls xvfb_stop in it:
#   trap 'xvfb_stop; rm -rf "$data"' EXIT
# The screen is larger than Margin's first window (1180x780).

xvfb_pid=""

xvfb_stop() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
        xvfb_pid=""
    fi
}

if [ -z "${DISPLAY:-}" ]; then
    command -v Xvfb >/dev/null || { echo "$(basename "$0"): needs a display (DISPLAY) or Xvfb"; exit 1; }
    # Xvfb picks a free display itself (-displayfd): a number chosen here could be one whose lock file a killed
    # server left behind, and then nothing answers on it. -noreset: by default the server resets itself each time
    # its last client goes, and a window opening in that moment is refused ("cannot open display"), which is how one
    # CI run's hand-over step most likely failed right after the smoke runs' last window closed.
    xvfb_displayfile=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$xvfb_displayfile" >/dev/null 2>&1 &
    xvfb_pid=$!
    trap xvfb_stop EXIT
    for _ in $(seq 1 100); do
        [ -s "$xvfb_displayfile" ] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
    done
    [ -s "$xvfb_displayfile" ] || { rm -f "$xvfb_displayfile"; echo "$(basename "$0"): Xvfb did not start"; exit 1; }
    DISPLAY=":$(head -n 1 "$xvfb_displayfile")"
    export DISPLAY
    rm -f "$xvfb_displayfile"
    unset xvfb_displayfile
fi
