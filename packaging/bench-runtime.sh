#!/usr/bin/env bash
# Runs Margin's benchmarks (the 10 MB article, find, 10,000 notes, the pane with 10,000 highlights) on the
# packaged runtime (target/dist/margin, from packaging/build.sh) with the installed launcher's JVM options, so
# their figures are the installed app's. Headless: Monocle is patched into the runtime's javafx.graphics.
# Do not run it while tests or builds run: only the same machine, quiet, gives comparable figures.
#   bash packaging/bench-runtime.sh                                       # the four below
#   bash packaging/bench-runtime.sh app.margin.ui.IllustratedScrollBenchmark  # only the classes named
set -euo pipefail
cd "$(dirname "$0")/.."
image=target/dist/margin
[ -x "$image/lib/runtime/bin/java" ] || { echo "bench-runtime.sh: build the app image first (bash packaging/build.sh)"; exit 1; }
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
monocle=$(tr ':' '\n' <target/test-cp.txt | grep openjfx-monocle)
libs=$(tr ':' '\n' <target/test-cp.txt | grep -v -e '/org/openjfx/' | paste -sd:)
opts=$(sed -n 's/^java-options=//p' "$image/lib/app/margin.cfg" | grep -v -e AOTCache -e jpackage | tr '\n' ' ')
run() {
    echo "== $1"
    # shellcheck disable=SC2086
    "$image/lib/runtime/bin/java" $opts --patch-module javafx.graphics="$monocle" \
        --add-exports javafx.graphics/com.sun.glass.ui=ALL-UNNAMED \
        -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
        -cp "target/classes:target/test-classes:$libs" "$@"
}
if [ $# -gt 0 ]; then
    for class in "$@"; do run "$class"; done
    exit 0
fi
run app.margin.ui.LargeArticleBenchmark
run app.margin.ui.find.FindBenchmark
run app.margin.store.StoreBenchmark
run app.margin.ui.PaneBenchmark
