#!/usr/bin/env bash
# Builds the library jars twice from clean and checks that they are byte for byte the same: the
# build sets project.build.outputTimestamp, so nothing in a jar depends on when it was built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
modules="core scoring journey report server spark"
sums() {
  (cd "$here" && mvn -B -q -ntp clean package -DskipTests -Dmaven.javadoc.skip=true -pl "$(echo $modules | tr ' ' ',')" -am) >&2
  for m in $modules; do
    sha256sum "$here/$m"/target/motkit-"$m"-*.jar | sed "s#$here/##"
  done
}
first="$(sums)"
second="$(sums)"
if [ "$first" = "$second" ]; then
  echo "reproducible: the jars of two clean builds are identical"
  echo "$first"
else
  echo "not reproducible:" >&2
  diff <(echo "$first") <(echo "$second") >&2
  exit 1
fi
