# Sourced by bin/peer-sim and bin/peer-shell: builds peer-sim-cli once and sets $peer_cp to its class path
# (peer-sim-cli/target/peer-sim-cli-<version>.jar and the jars of its dependencies in peer-sim-cli/target/lib/,
# listed one by one, as jshell's --class-path takes no wildcard) and
# $peer_java to the java command. Maven runs only when the jar is missing or older than a main source,
# resource, startup script or pom of the modules it is built from; every other call starts java directly.
# Concurrent first calls (a job array starting at once) build one at a time under a lock where flock exists;
# on a cluster, build once before submitting (bin/peer-sim --version).
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peer_java="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  peer_java="$JAVA_HOME/bin/java"
fi

peer_cli_stale() {
  local jar
  jar="$(ls "$repo"/peer-sim-cli/target/peer-sim-cli-*.jar 2>/dev/null | grep -v -- '-javadoc\|-sources\|-tests' | head -n 1)"
  [ -z "$jar" ] && return 0
  [ -d "$repo/peer-sim-cli/target/lib" ] || return 0
  local newer
  newer="$(find "$repo/pom.xml" "$repo"/peer-{build-processor,core,matching,groups,programmes,sim,json,sim-cli}/pom.xml \
    "$repo"/peer-{build-processor,core,matching,groups,programmes,sim,json,sim-cli}/src/main \
    -newer "$jar" -type f -print -quit 2>/dev/null || true)"
  [ -n "$newer" ]
}

if peer_cli_stale; then
  mkdir -p "$repo/peer-sim-cli/target"
  if command -v flock > /dev/null; then
    exec 9> "$repo/peer-sim-cli/target/.build.lock"
    flock 9
  fi
  if peer_cli_stale; then
    echo "peer-sim: building peer-sim-cli and the modules it needs (once; again only after a source changes) ..." >&2
    (cd "$repo" && ./mvnw -q -B install -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
        -Dmaven.source.skip=true -pl peer-sim-cli -am) >&2
    touch "$(ls "$repo"/peer-sim-cli/target/peer-sim-cli-*.jar | grep -v -- '-javadoc\|-sources\|-tests' | head -n 1)"
  fi
  if command -v flock > /dev/null; then
    exec 9>&-
  fi
fi
peer_cp="$(ls "$repo"/peer-sim-cli/target/peer-sim-cli-*.jar | grep -v -- '-javadoc\|-sources\|-tests' | head -n 1)"
for lib_jar in "$repo"/peer-sim-cli/target/lib/*.jar; do
  peer_cp="$peer_cp:$lib_jar"
done
