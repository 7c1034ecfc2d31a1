/**
 * motkit's self-contained HTML report: one section per analysis, each an ECharts chart with its
 * table, the ECharts script inlined from its webjar.
 *
 * <p>The ECharts webjar has no module name: {@code echarts-5.5.0.jar} is the automatic module
 * {@code echarts}, required so that its script is on the module graph.
 */
module io.motkit.report {
  requires transitive io.motkit.core;
  requires transitive io.motkit.scoring;
  requires transitive io.motkit.journey;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static transitive org.apiguardian.api;
  requires echarts;

  exports io.motkit.report;
}
