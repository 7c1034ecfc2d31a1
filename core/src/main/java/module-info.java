/**
 * motkit's core: the journey model (touchpoints, moments, journeys, expectations, scales), the
 * scorer SPI with its registry, the shape every analysis shares, and the journey JSON form.
 *
 * <p>Guava, Jackson, FastCSV and SLF4J are used inside and appear in no exported signature, so none
 * is required transitively. Guava has no module descriptor in the version used; its jar declares
 * the automatic name {@code com.google.common}.
 */
module io.motkit.core {
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires de.siegmar.fastcsv;
  requires hipparchus.core;
  requires org.slf4j;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static transitive org.apiguardian.api;

  exports io.motkit.core;
  exports io.motkit.core.analysis;
  exports io.motkit.core.csv;
  exports io.motkit.core.json;
  exports io.motkit.core.scoring;
  exports io.motkit.core.internal to
      io.motkit.scoring,
      io.motkit.journey,
      io.motkit.report;

  uses io.motkit.core.scoring.ScorerProvider;
}
