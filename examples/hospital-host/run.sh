#!/usr/bin/env bash
# Builds the example host against the library's installed artifacts (run `./mvnw -B install -DskipTests`
# at the root first) and runs it on the module path, reading the stored example documents. Exits non-zero
# on any failure.
#
#   examples/hospital-host/run.sh                 # build and run with the current JDK
#   examples/hospital-host/run.sh /path/to/jdk-25 # build with the current JDK, run with another
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
"$root/mvnw" -B -q -ntp -f "$here/pom.xml" clean package
java="java"
if [ $# -gt 0 ]; then
  java="$1/bin/java"
fi
exec "$java" --module-path "$here/target/hospital-host-1.0.0-SNAPSHOT.jar:$here/target/modules" \
  -m org.example.hospital/org.example.hospital.HospitalHost "$root/peer-json/src/test/resources/golden"
