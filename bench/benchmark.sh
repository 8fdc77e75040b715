#!/usr/bin/env bash
# ipweek against Hugo on the generated corpora of issue 8, cold builds alternating in one run.
#
#   bench/benchmark.sh [RUNS]        (default 3 runs per tool and size)
#
# Environment: SIZES="1000 10000" (articles), BENCH_DIR (corpora, default /tmp/ipweek-bench), OUT_DIR (where both tools
# write their output, default BENCH_DIR; OUT_DIR=/dev/shm/ipweek-bench takes the disk's file-creation cost out of both
# figures), JAVA_OPTS (added to every ipweek run, after the launcher's own options), JBAKE: the plain-JBake baseline, one cold run of
# jbake-core alone on the same articles (converted by bench/jbake_site.py) — by default only up to 1,000 articles,
# JBAKE=all for every size (10,000 articles took 15 minutes), JBAKE=0 for none.
#
# Needs python3, GNU time (/usr/bin/time), Hugo (apt-get install hugo), Java 17 and Maven. Corpora come from
# ../shared/bench/gen_corpus.py (override with GEN_CORPUS=…): --layout neutral for ipweek, --layout hugo for Hugo,
# same seed, same records. The one conversion step: bench/site.yaml and bench/week.yaml are copied into the neutral
# corpus's content/ (the generator writes no site configuration); record counts and text sizes are unchanged.
# Prints the median wall time and peak resident memory of each tool, the ratio ipweek/Hugo, the same for rebuilds into
# the output the previous run left (not deleted: the usual publish after an edit), two floors under ipweek's cold build
# (ipweek.bench.OutputFloor: its writer alone writing the built site again with the .gz copies, from memory, in a warm
# JVM; ipweek.bench.MarkdownFloor: a fresh JVM turning the corpus's Markdown into HTML and nothing else), each as a
# ratio to Hugo's build, then the preview server's rebuild time after editing one article (and one case, where the
# corpus has cases).
set -euo pipefail
RUNS=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
gen=${GEN_CORPUS:-$root/../shared/bench/gen_corpus.py}
work=${BENCH_DIR:-/tmp/ipweek-bench}
out=${OUT_DIR:-$work}
sizes=${SIZES:-"1000 10000"}
JAVA_OPTS=${JAVA_OPTS:-}

command -v hugo >/dev/null || { echo "Hugo is not installed: apt-get install hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is not installed: apt-get install time" >&2; exit 2; }
echo "building ipweek…" >&2
mvn -q -f "$root/pom.xml" package -DskipTests >&2
mvn -q -f "$root/pom.xml" test-compile >&2
mvn -q -f "$root/pom.xml" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$root/target/bench.classpath" >&2
jar="$root/target/ipweek.jar"
bench_jar="$root/target/ipweek-bench.jar" # the benchmark classes in a jar: a class archive cannot list a folder
jar cf "$bench_jar" -C "$root/target/test-classes" ipweek/bench
floor_vm="-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xms768m -Xmx1g -XX:MetaspaceSize=128m" # as ./ipweek build

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%s\n' "date: $(date -u +%Y-%m-%dT%H:%MZ); machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(hugo version | cut -d' ' -f1-2)"
mkdir -p "$out"
printf '%s\n' "output written to: $out ($(df -T "$out" 2>/dev/null | awk 'NR==2 {print $2}')); JAVA_OPTS: ${JAVA_OPTS:-none}; class archive: ${IPWEEK_CDS:-on}"
# One untimed build first, as after installing: it saves the launcher's class archive (class-data sharing), which every
# later run maps. IPWEEK_CDS=off in the environment measures without it.
"$root/ipweek" build --output "$out/warm-up" --today 2026-11-22 >/dev/null 2>&1 || true
rm -rf "$out/warm-up"
printf '%-8s %-7s %10s %12s\n' articles tool wall_s peak_MB
for n in $sizes; do
  cases=$((n / 2)); gi=$((n / 10))
  dir="$work/n$n"
  if [ ! -d "$dir/ipweek/content" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    python3 "$gen" --articles "$n" --cases "$cases" --gi "$gi" --chapters 12 --layout neutral --out "$dir/ipweek" >/dev/null
    python3 "$gen" --articles "$n" --cases "$cases" --gi "$gi" --chapters 12 --layout hugo --out "$dir/hugo" >/dev/null
    cp "$root/bench/site.yaml" "$root/bench/week.yaml" "$dir/ipweek/content/"
  fi
  : > "$dir/ipweek.times"; : > "$dir/hugo.times"
  o="$out/n$n"; mkdir -p "$o"
  for i in $(seq "$RUNS"); do
    rm -rf "$o/ipweek-out" "$o/hugo-out"
    /usr/bin/time -f "%e %M" -o "$dir/t" env IPWEEK_JAVA_OPTS="$JAVA_OPTS" "$root/ipweek" build --timings --source "$dir/ipweek" --output "$o/ipweek-out" --today 2026-11-22 2>"$dir/ipweek.log"
    cat "$dir/t" >> "$dir/ipweek.times"
    /usr/bin/time -f "%e %M" -o "$dir/t" hugo --quiet -s "$dir/hugo" -d "$o/hugo-out" >/dev/null 2>&1
    cat "$dir/t" >> "$dir/hugo.times"
  done
  # Rebuilds: each tool builds the unchanged corpus again into the output its last run left (the usual publish: edit,
  # build, copy), alternately, RUNS times each. Not issue 8's targets, which are for cold builds.
  : > "$dir/ipweek.rebuild"; : > "$dir/hugo.rebuild"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$dir/t" env IPWEEK_JAVA_OPTS="$JAVA_OPTS" "$root/ipweek" build --source "$dir/ipweek" --output "$o/ipweek-out" --today 2026-11-22 2>/dev/null
    cat "$dir/t" >> "$dir/ipweek.rebuild"
    /usr/bin/time -f "%e %M" -o "$dir/t" hugo --quiet -s "$dir/hugo" -d "$o/hugo-out" >/dev/null 2>&1
    cat "$dir/t" >> "$dir/hugo.rebuild"
  done
  # Floors under the cold build (not targets): ipweek's writer alone writing the built site again with its .gz copies
  # from memory in a warm JVM, and a fresh JVM turning the corpus's Markdown into HTML and nothing else.
  floor_out=$(java -Xmx3g -cp "$root/target/test-classes:$jar" ipweek.bench.OutputFloor "$o/ipweek-out" "$o/floor" "$RUNS")
  fw=$(echo "$floor_out" | sed -E 's/.* in ([0-9.]+) s.*/\1/')
  java $floor_vm -XX:ArchiveClassesAtExit="$work/markdown-floor.jsa" -Xlog:cds*=off -cp "$jar:$bench_jar" \
    ipweek.bench.MarkdownFloor "$dir/ipweek/content" >/dev/null 2>&1 || true
  : > "$dir/floor.times"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e" -a -o "$dir/floor.times" java $floor_vm -XX:SharedArchiveFile="$work/markdown-floor.jsa" \
      -Xlog:cds*=off -cp "$jar:$bench_jar" ipweek.bench.MarkdownFloor "$dir/ipweek/content" >/dev/null
  done
  rm -rf "$o/ipweek-out" "$o/hugo-out" "$o/floor"
  iw=$(cut -d' ' -f1 "$dir/ipweek.times" | median); im=$(cut -d' ' -f2 "$dir/ipweek.times" | median)
  hw=$(cut -d' ' -f1 "$dir/hugo.times" | median); hm=$(cut -d' ' -f2 "$dir/hugo.times" | median)
  printf '%-8s %-7s %10.2f %12.0f\n' "$n" ipweek "$iw" "$(echo "$im / 1024" | bc -l)"
  printf '%-8s %-7s %10.2f %12.0f\n' "$n" hugo "$hw" "$(echo "$hm / 1024" | bc -l)"
  printf '%-8s ratio ipweek/hugo (wall): %.2f\n' "$n" "$(echo "$iw / $hw" | bc -l)"
  # issue 8's targets: at 10,000 articles at most 0.5 x Hugo and 1 GB; at 1,000 at most 1.5 x Hugo
  verdict() { [ "$(echo "$1" | bc -l)" = 1 ] && echo met || echo missed; }
  if [ "$n" -ge 10000 ]; then
    printf '%-8s target wall <= 0.5 x hugo: %s; target peak <= 1024 MB: %s\n' "$n" \
      "$(verdict "$iw <= 0.5 * $hw")" "$(verdict "$im / 1024 <= 1024")"
  elif [ "$n" -ge 1000 ]; then
    printf '%-8s target wall <= 1.5 x hugo: %s\n' "$n" "$(verdict "$iw <= 1.5 * $hw")"
  fi
  printf '%-8s ipweek stages of the last run: %s\n' "$n" "$(grep '毫秒' "$dir/ipweek.log" | awk '{printf "%s %s ms, ", $1, $2}')"
  mw=$(median < "$dir/floor.times")
  printf '%-8s floor: %s = %.2f x hugo\n' "$n" "${floor_out#output floor: }" "$(echo "$fw / $hw" | bc -l)"
  printf '%-8s floor: a fresh JVM (launcher options, class archive) turning the Markdown into HTML, nothing else: %.2f s = %.2f x hugo\n' \
    "$n" "$mw" "$(echo "$mw / $hw" | bc -l)"
  rw=$(cut -d' ' -f1 "$dir/ipweek.rebuild" | median); hrw=$(cut -d' ' -f1 "$dir/hugo.rebuild" | median)
  printf '%-8s rebuild into the previous output: ipweek %.2f s, hugo %.2f s, ratio %.2f\n' "$n" "$rw" "$hrw" "$(echo "$rw / $hrw" | bc -l)"
  if [ "${JBAKE:-1}" = all ] || { [ "${JBAKE:-1}" != 0 ] && [ "$n" -le 1000 ]; }; then
    [ -d "$dir/jbake" ] || python3 "$root/bench/jbake_site.py" "$dir/ipweek" "$dir/jbake" >/dev/null
    rm -rf "$o/jbake-out"
    /usr/bin/time -f "%e %M" -o "$dir/t" java -cp "$root/target/test-classes:$root/target/classes:$(cat "$root/target/bench.classpath")" \
      ipweek.bench.JBakeBaseline "$dir/jbake" "$o/jbake-out" >/dev/null 2>&1
    read -r jw jm < "$dir/t"
    printf '%-8s %-7s %10.2f %12.0f   (jbake-core alone, articles only, one cold run)\n' "$n" jbake "$jw" "$(echo "$jm / 1024" | bc -l)"
    rm -rf "$o/jbake-out"
  fi
done

for n in $sizes; do
  # the JVM options ./ipweek gives the preview server
  java -Xmx1g -XX:MetaspaceSize=128m $JAVA_OPTS -cp "$root/target/test-classes:$jar" ipweek.bench.RebuildBenchmark "$work/n$n/ipweek" "$RUNS"
done
