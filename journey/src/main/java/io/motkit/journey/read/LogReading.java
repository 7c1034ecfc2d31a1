package io.motkit.journey.read;

import io.motkit.core.csv.CsvInput;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.RejectedRow;
import java.util.List;

/**
 * One read of an event log with an {@link EventLogReader}'s settings: the accumulators that take
 * its rows (the whole input, or one part of a file read in parts) and the assembly of what they
 * took into the log's columns. The reader wraps the columns in the log and splits sessions.
 */
public final class LogReading {

  private final EventLogReader settings;

  /**
   * A read with these settings.
   *
   * @param settings the reader's settings
   */
  public LogReading(EventLogReader settings) {
    this.settings = settings;
  }

  /**
   * The reader's settings.
   *
   * @return the reader's settings
   */
  public EventLogReader settings() {
    return settings;
  }

  private TimestampParser timestamps() {
    return new TimestampParser(settings.zone(), settings.epochUnit(), settings.localTimePolicy());
  }

  /**
   * An accumulator for the rows of {@code csv}, its header checked for the required columns.
   *
   * @param csv the input
   * @return an accumulator for its rows
   * @throws io.motkit.core.csv.InputFormatException if a required column is missing
   */
  public LogAccumulator accumulator(CsvInput csv) {
    boolean byCustomer =
        !csv.hasColumn("journey")
            && settings.inactivityGap().isPresent()
            && csv.hasColumn("customer");
    csv.requireColumns(byCustomer ? "customer" : "journey", "timestamp", "touchpoint", "value");
    return new LogAccumulator(
        csv.source(), settings.scale(), timestamps(), byCustomer, csv.columns());
  }

  /**
   * An accumulator for a part of a file whose header {@link #accumulator(CsvInput)} has checked,
   * filling {@code rows}, its slice of the columns of the whole file.
   *
   * @param header the file's header
   * @param source the file's name
   * @param rows the part's slice of the columns
   * @return an accumulator for the part
   */
  public LogAccumulator accumulator(List<String> header, String source, Columns rows) {
    boolean byCustomer =
        !header.contains("journey")
            && settings.inactivityGap().isPresent()
            && header.contains("customer");
    return new LogAccumulator(source, settings.scale(), timestamps(), byCustomer, header, rows);
  }

  /**
   * The columns of what {@code log} took.
   *
   * @param log the accumulator
   * @param read the data rows read
   * @param rejected the rows set aside
   * @return the columns
   */
  public LogColumns finish(LogAccumulator log, long read, List<RejectedRow> rejected) {
    return finish(log.merged(), read, rejected);
  }

  /**
   * The columns of what the accumulators of a file's parts took, merged.
   *
   * @param log the merged accumulators
   * @param read the data rows read
   * @param rejected the rows set aside
   * @return the columns
   */
  public LogColumns finish(LogAccumulator.Merged log, long read, List<RejectedRow> rejected) {
    return LogAssembly.assemble(
        settings.scale(),
        log.rows(),
        log.journeyIds(),
        log.customers(),
        log.touchpoints(),
        log.expectations(),
        log.attributeNames(),
        log.attributes(),
        read,
        rejected);
  }
}
