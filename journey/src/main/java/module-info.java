/**
 * motkit's journey analytics: event logs read from CSV and JSON Lines, batch scoring, journey maps,
 * Markov attribution, pain points, key drivers, moments of truth, contact timelines, memory model
 * fits and the journey simulator.
 *
 * <p>Hipparchus has no module name: its jars are the automatic modules {@code hipparchus.core} and
 * {@code hipparchus.optim}, names derived from the file names, which is why Hipparchus stays out of
 * every exported signature.
 */
module io.motkit.journey {
  requires transitive io.motkit.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires hipparchus.core;
  requires hipparchus.optim;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.motkit.journey;
  exports io.motkit.journey.analysis;
  exports io.motkit.journey.fit;
  exports io.motkit.journey.map;
  exports io.motkit.journey.markov;
  exports io.motkit.journey.simulation;
}
