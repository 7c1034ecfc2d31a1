#!/usr/bin/env bash
# The calibration study of `motkit fit` (benchmarks/src/main/java/io/motkit/benchmarks/FitCalibration.java):
# datasets simulated from known memory models, fitted, and the coverage of every 95 % bootstrap
# interval counted; then ratings of pure noise. Seeded; prints a Markdown table for docs/fit.md.
#
# Usage: benchmarks/run-fit-calibration.sh                      (200 datasets, 1,000 resamples, 200 and 2,000 journeys, noise 0.25 and 1)
#        FIT_DATASETS=50 FIT_RESAMPLES=200 FIT_SIZES=200 FIT_NOISES=0.5 benchmarks/run-fit-calibration.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ ! -f "$here/benchmarks/target/benchmarks.jar" ]; then
  (cd "$here" && mvn -B -q -ntp -DskipTests package -pl benchmarks -am)
fi
cd "$here"
java -cp "$here/benchmarks/target/benchmarks.jar" io.motkit.benchmarks.FitCalibration \
  "${FIT_DATASETS:-200}" "${FIT_RESAMPLES:-1000}" "${FIT_SIZES:-200,2000}" "${FIT_NOISES:-0.25,1}"
