#!/usr/bin/env bash
# Builds the installable Margin: a self-contained app image with its own runtime, and (on Linux) a .deb.
#
#   bash packaging/build.sh            # -> target/dist/margin/ (app image) and target/dist/margin_<version>_amd64.deb
#   SKIP_DEB=1 bash packaging/build.sh # app image only
#
# Steps, each chosen by measurement (see README, "Installing" and docs/startup.md):
#  1. `mvn package` with the default JDK (the source stays on Java 17).
#  2. jlink a runtime from JDK 25 (JAVA25_HOME, else /usr/lib/jvm/temurin-25-jdk-amd64) holding only the JDK
#     modules Margin uses plus JavaFX itself, linked from OpenJFX's modular jars, with JavaFX's native libraries
#     beside the JDK's in runtime/lib (so nothing is unpacked into ~/.openjfx at start).
#  3. jpackage an app image from it; the launcher carries Margin's JVM options.
#  4. A training run of that app image (the web page and EPUB in packaging/training/ opened, then `--smoke` under
#     Xvfb, .ci/xvfb.sh) writes Java 25's AOT cache (lib/app/margin.aot): classes already parsed, linked and
#     their static state set up, for the app's own jars and runtime. The cache checks each jar's size and time, and
#     accepts the image being installed elsewhere (it was made under target/dist and is used under /opt/margin).
#  5. jpackage --type deb from that app image. On Windows and macOS the same steps make an app image; pass
#     TYPE=msi or TYPE=dmg to package it there (not tested on those systems; see README).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jdk=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[ -x "$jdk/bin/jpackage" ] || { echo "build.sh: needs a JDK 25 with jpackage in JAVA25_HOME (not found at $jdk)"; exit 1; }
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -n 1)
fx=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)
dist=target/dist
work=target/packaging
type=${TYPE:-deb}

# The JVM options every installed start uses. Serial GC and C1 only (tier 1, C1 code without profiling): with C2
# on, the installed app's first frame came ~150 ms later (interleaved, 512-558 ms against 375-420 ms), which no
# compile-threshold setting won back; the price is find in a 10 MB article (FindBenchmark median 58 ms against
# 28 ms with C2, off the FX thread and cancelled by the next keystroke). The heap cap is what lets the largest
# article the loader accepts open on a 4 GiB machine (see ArticleReader's limits). The young generation is held to
# what an 8 GB machine gives it (the initial heap is 1/64 of memory, a third of it young: 42 MiB): on a 24 GB
# machine it was 125 MiB, all of it touched once while a long PDF or book is read before the first collection, so
# resident memory 2 s after opening the 324-page LuaTeX manual was 302-310 MiB against 217-235 with the cap; a
# smaller machine's is smaller already and unchanged. (-Xms would have done it too, but a fixed minimum above the
# 10 % cap stops the JVM from starting on a small machine; MaxNewSize only ever lowers a size.)
java_options=(
    -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:MaxRAMPercentage=${MAX_RAM_PERCENTAGE:-10}
    -XX:MaxNewSize=42m
    --enable-native-access=javafx.graphics,ALL-UNNAMED --sun-misc-unsafe-memory-access=allow
)

if [ -z "${SKIP_MVN:-}" ]; then
    echo "== mvn package"
    mvn -B -q -DskipTests package
fi
jar=$(ls target/margin-*.jar | head -n 1)

echo "== jlink runtime (JDK 25 + JavaFX $fx)"
rm -rf "$work" "$dist/margin"
mkdir -p "$work/input/lib" "$dist"
fxpath=$(ls target/lib/javafx-{base,graphics,controls}-"$fx"-*.jar | tr '\n' ':')
# The JDK modules come from jdeps over Margin and its libraries (java.base, java.desktop, java.management,
# java.sql, jdk.jfr, jdk.unsupported; java.xml and java.net.http for jsoup), plus java.logging (the log file),
# plus locale data for dates in the reader's language. ThreadPriorityPolicy=1 lets Java thread priorities reach
# Linux (a thread's nice value), so a long book read at start runs below the window's threads: its first chapters
# painted in 575-644 ms against 715-841 ms (6 interleaved rounds). Lowering a thread's priority needs no
# permission; raising one is silently refused unless root, so priorities above normal (the JVM's own threads ask
# for them) are mapped to normal: a root start and a user's behave the same. Given here, not on the launcher,
# because the runtime then does not warn about it at every start.
"$jdk/bin/jlink" --module-path "${fxpath%:}" \
    --add-modules java.base,java.desktop,java.management,java.net.http,java.sql,java.logging,java.xml,jdk.jfr,jdk.unsupported,jdk.localedata,javafx.controls \
    --include-locales=en,de,fr,es,it,pt,nl,sv,da,nb,fi,pl,cs,ru,uk,tr,el,ja,zh,ko \
    --strip-debug --no-man-pages --no-header-files \
    --add-options="-XX:ThreadPriorityPolicy=1 $(for p in 6 7 8 9 10; do printf -- '-XX:JavaPriority%s_To_OSPriority=0 ' $p; done)" \
    --output "$work/runtime"
unzip -q -o -j "target/lib/javafx-graphics-$fx-"*.jar '*.so' -d "$work/runtime/lib"
# SQLite's native library ships beside JavaFX's: left in the jar, sqlite-jdbc unpacks it into /tmp at every start
# (1.1 MB left behind by each killed start) and cannot open the notes at all where /tmp is mounted noexec. The
# launcher points org.sqlite.lib.path at it (java_sqlite below).
sqlite_native=()
if [ "$(uname -s)" = Linux ]; then
    case $(uname -m) in x86_64) sqlite_arch=x86_64 ;; aarch64) sqlite_arch=aarch64 ;; *) sqlite_arch=$(uname -m) ;; esac
    unzip -q -o -j target/lib/sqlite-jdbc-*.jar "org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" \
        -d "$work/runtime/lib"
    sqlite_native=(--java-options "-Dorg.sqlite.lib.path=\$APPDIR/../runtime/lib"
        --java-options "-Dorg.sqlite.lib.name=libsqlitejdbc.so")
fi

cp "$jar" "$work/input/margin.jar"
# The stylesheet, compiled to JavaFX's binary form beside the text one (JavaFX loads margin.bss instead of parsing
# margin.css when both are there): the parse was ~10 ms of the first frame.
mkdir -p "$work/bss/css"
"$work/runtime/bin/java" -m javafx.graphics/com.sun.javafx.css.parser.Css2Bin resources/css/margin.css \
    "$work/bss/css/margin.bss"
"$jdk/bin/jar" uf "$work/input/margin.jar" -C "$work/bss" css/margin.bss
for lib in target/lib/*.jar; do
    case $(basename "$lib") in javafx-*) ;; *) cp "$lib" "$work/input/lib/" ;; esac
done

echo "== jpackage app image"
"$jdk/bin/jpackage" --type app-image --dest "$dist" --name margin --app-version "$version" \
    --vendor "Margin" --description "An offline reader for people who study what they read" \
    --input "$work/input" --main-jar margin.jar --main-class app.margin.app.Launcher \
    --runtime-image "$work/runtime" --icon resources/icons/margin-256.png \
    $(printf -- '--java-options %s ' "${java_options[@]}") "${sqlite_native[@]}" \
    --java-options "-XX:AOTCache=\$APPDIR/margin.aot"
image=$dist/margin
[ -d "$image/lib/app" ] || image=$dist/margin.app/Contents   # macOS layout
cfg=$(ls "$image"/lib/app/margin.cfg "$image"/app/margin.cfg 2>/dev/null | head -n 1 || true)
appdir=$(dirname "$cfg")

echo "== AOT cache training run"
# The training run uses the image's own runtime, class path (in the launcher's order) and options, so the
# cache matches what the launcher starts.
cp=$(sed -n 's:^app.classpath=\$APPDIR/::p' "$cfg" | sed "s:^:$root/$appdir/:" | paste -sd:)
. .ci/xvfb.sh
training=$(mktemp -d)
trap 'xvfb_stop; rm -rf "$training"' EXIT
# The run opens a saved web page, an EPUB book and two PDFs (AotTraining), then starts with the longer PDF as --smoke
# does: a cache trained on the bundled article alone lacked jsoup, Readability4J (and Kotlin's library), the zip
# reading and the importers, ~0.4 s of loading at a page's or book's first open. The start is the PDF's, not the
# book's, because it takes the long-document path (its first pages shown before the rest is read, the status bar's
# spinner) and lasts until the notes store is open: with the book, 159 and 154 classes were loaded outside the cache
# before the first page of luatex.pdf and yathesis-fr.pdf, with the manual 58 and 56 (docs/startup.md).
# The cache holds classes only, no method profiles (-AOTRecordTraining): with profiles in it, Java 25 compiles at each
# class's set-up the methods the training run had compiled (its "Training replay" thread), for a runtime that only has
# C1, whose code keeps no profile. That was compile work for methods this start never runs hot, on the two cores the
# window needs: without it a start took 55 ms less CPU (715 -> 660 ms; with the replay switched off at run time instead,
# 95 and 135 ms less; 12 interleaved rounds each) and its text reached the
# screen 26 ms sooner (median 480 -> 454 ms, 24 interleaved rounds); a 5.7 MB EPUB and a 2 MB web page opened at start
# 40-70 ms sooner.
# The documents are in packaging/training/ (see its README): a saved web page, an EPUB 3 book, kept unpacked and
# zipped here (its mimetype first, stored), so the build needs no network, a two-page PDF set by TeX (PDFBox, its
# font parsing and the layout analysis were ~0.5 s of a PDF's first open) and an eight-page manual with what long
# PDFs have and the paper lacks (TrueType CID and Type 1 fonts, outline, named destinations, page labels, links).
book=packaging/training/book
"$jdk/bin/jar" --create --file "$training/book.epub" --no-manifest --no-compress -C "$book" mimetype
"$jdk/bin/jar" --update --file "$training/book.epub" --no-manifest -C "$book" META-INF -C "$book" OEBPS
started=$(date +%s)
GDK_GL=disable timeout 180 "$root/$image/lib/runtime/bin/java" "${java_options[@]}" \
    -XX:AOTCacheOutput="$root/$appdir/margin.aot" -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining -Dprism.order=sw \
    -cp "$cp" app.margin.app.AotTraining "$root/packaging/training/page.html" "$training/book.epub" \
    "$root/packaging/training/paper.pdf" "$root/packaging/training/manual.pdf" \
    -- --smoke --data-dir "$training/data" "$root/packaging/training/manual.pdf" >"$work/training.log" 2>&1 || {
        cat "$work/training.log"; echo "build.sh: the training run failed"; exit 1; }
grep -h "margin training" "$work/training.log" || true
grep -h "first frame\|whole book" "$work/training.log" || true
[ -s "$appdir/margin.aot" ] || { cat "$work/training.log"; echo "build.sh: no AOT cache was written"; exit 1; }
echo "AOT cache: $(du -h "$appdir/margin.aot" | cut -f1), training run $(( $(date +%s) - started )) s"

if [ -n "${SKIP_DEB:-}" ] || [ "$type" = none ]; then
    echo "app image: $image"
    exit 0
fi

if [ "$type" != deb ]; then
    echo "== jpackage $type"
    "$jdk/bin/jpackage" --type "$type" --dest "$dist" --name Margin --app-version "$version" --vendor "Margin" \
        --app-image "$image" --file-associations packaging/associations/markdown.properties \
        --file-associations packaging/associations/epub.properties --file-associations packaging/associations/html.properties
    exit 0
fi

# The .deb is put together here rather than by `jpackage --type deb`: jpackage's package installs its menu entry
# with xdg-desktop-menu from its maintainer scripts, which fails on a minimal Debian ("No writable system menu
# directory found", and the install stops), and leaves the menu entry and icon owned by no package. Shipped as
# plain files, dpkg owns every one of them (dpkg -L margin lists them, removing the package removes them) and
# Debian's own triggers refresh the menu, MIME and icon caches. The app image is copied with its file times, which
# the AOT cache checks.
echo "== .deb"
deb=$work/deb
rm -rf "$deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin" "$deb/usr/share/applications" "$deb/usr/share/doc/margin"
cp -a "$image" "$deb/opt/margin"
# `margin` starts the runtime's own `java` with the launcher's options and class path, read from the app image's
# margin.cfg: jpackage's native launcher took ~170 ms longer to reach the JVM (margin --help: 250 ms against 80 ms),
# most of Margin's start. The native launcher stays in the image for other systems and as a fallback.
installed=/opt/margin/lib/app
options=$(sed -n 's/^java-options=//p' "$cfg" | sed "s:\$APPDIR:$installed:g" | paste -sd' ')
classpath=$(sed -n 's:^app.classpath=\$APPDIR/::p' "$cfg" | sed "s:^:$installed/:" | paste -sd:)
sed -e "s|@OPTIONS@|$options|" -e "s|@CLASSPATH@|$classpath|" packaging/linux/margin >"$deb/usr/bin/margin"
chmod 755 "$deb/usr/bin/margin"
for size in 16 32 48 64 128 256; do
    install -D -m 644 "resources/icons/margin-$size.png" "$deb/usr/share/icons/hicolor/${size}x${size}/apps/margin.png"
done
install -D -m 644 packaging/margin.svg "$deb/usr/share/icons/hicolor/scalable/apps/margin.svg"
install -m 644 packaging/linux/margin.desktop "$deb/usr/share/applications/margin.desktop"
install -m 644 packaging/linux/copyright "$deb/usr/share/doc/margin/copyright"
# Depends: the packages holding every shared library the runtime links against (as dpkg-shlibdeps would find),
# and GTK 3, which JavaFX opens at run time.
own=$(find "$deb/opt/margin" -name '*.so*' -printf '%f\n')
deps=$(for lib in $(find "$deb/opt/margin" -name '*.so' -exec objdump -p {} + 2>/dev/null | awk '/NEEDED/{print $2}' | sort -u); do
        grep -qx "$lib" <<<"$own" && continue
        path=$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64/ {print $NF; exit}')
        if [ -n "$path" ]; then dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true; fi
    done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g')
grep -q libgtk-3-0 <<<"$deps" || deps="libgtk-3-0${deps:+, $deps}"
cat >"$deb/DEBIAN/control" <<CONTROL
Package: margin
Version: $version
Section: text
Priority: optional
Architecture: $(dpkg --print-architecture)
Maintainer: Margin <margin@localhost>
Installed-Size: $(du -sk "$deb" | cut -f1)
Depends: $deps
Description: offline reader for people who study what they read
 Margin opens articles (its own JSON, Markdown, plain text, web pages and EPUB
 books) in two panes, an outline and a reading pane, and keeps bookmarks,
 highlights and notes on passages and whole sections, offline. Notes export as
 a Markdown study sheet. Ships its own Java runtime.
CONTROL
out="$dist/margin_${version}_$(dpkg --print-architecture).deb"
fakeroot dpkg-deb -Zxz -z6 --build "$deb" "$out" >/dev/null
ls -l "$out"
