package org.example.report;

import io.motkit.core.Scale;
import io.motkit.core.analysis.AnalysisInput;
import io.motkit.journey.EventLog;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.analysis.PainPointAnalysis;
import io.motkit.report.HtmlReport;
import java.nio.file.Path;

/** Reads a CSV event log, finds its pain points and renders an empty report with its script. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    EventLog log = EventLogReader.of(Scale.likert7()).readCsv(Path.of(args[0]));
    System.out.println("module " + EventLog.class.getModule().getName());
    System.out.println("journeys " + log.journeyCount());
    AnalysisInput<EventLog> input = AnalysisInput.inMemory(log, args[0], log.eventCount());
    System.out.println(
        "touchpoints " + PainPointAnalysis.defaults().run(input).touchpoints().size());
    String html = HtmlReport.builder("check").build().render();
    System.out.println("echarts " + html.contains("echarts.init"));
  }
}
