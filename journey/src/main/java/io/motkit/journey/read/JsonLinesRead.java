package io.motkit.journey.read;

import static java.util.Objects.requireNonNull;

import io.motkit.core.csv.InputFormatException;
import io.motkit.core.internal.StrictUtf8Reader;
import io.motkit.journey.EventLogReader;
import io.motkit.journey.ReadMode;
import io.motkit.journey.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reading a JSON Lines event log with an {@link EventLogReader}'s settings: each line parsed as a
 * {@link JsonEventRow} and added through the same {@link LogAccumulator} as a CSV row, so that both
 * formats are held to one set of rules and messages.
 */
public final class JsonLinesRead {

  private final LogReading reading;
  private final EventLogReader settings;

  /**
   * A read with these settings.
   *
   * @param reading the read
   */
  public JsonLinesRead(LogReading reading) {
    this.reading = reading;
    this.settings = reading.settings();
  }

  /** Streams up to this many characters are read twice from memory, longer ones from a file. */
  private static final int IN_MEMORY_CHARS = 1 << 20;

  /**
   * Reads from a stream: a short one from memory, a longer one kept in a temporary file so that it
   * can be read twice if needed.
   *
   * @param input the stream
   * @param source its name in messages
   * @return the columns
   */
  public LogColumns read(Reader input, String source) {
    // The attribute columns are the union of every line's keys, so the lines may be read twice; a
    // long stream is kept in a temporary file for that, never as one tree per row in memory. A
    // short one (a single event off a topic, a request's body) never touches the disk.
    StringBuilder start = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      // A byte-order mark at the start is no part of the first line, as in CSV.
      int first = input.read();
      if (first >= 0 && first != '\uFEFF') {
        start.append((char) first);
      }
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        start.append(buffer, 0, n);
        if (start.length() > IN_MEMORY_CHARS) {
          return spooled(start, input, source);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    String text = start.toString();
    int lines = (int) Math.min(1024, text.chars().filter(c -> c == '\n').count() + 1);
    return read(
        new LineSource(() -> new BufferedReader(new java.io.StringReader(text), 1 << 12), lines),
        source);
  }

  private LogColumns spooled(CharSequence start, Reader rest, String source) throws IOException {
    Path spool = null;
    try {
      spool = Files.createTempFile("motkit-", ".jsonl");
      try (Writer out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
        out.append(start);
        rest.transferTo(out);
      }
      return read(spool, source);
    } finally {
      if (spool != null) {
        try {
          Files.deleteIfExists(spool);
        } catch (IOException e) {
          // A temporary file left behind is not worth failing the read for.
        }
      }
    }
  }

  /**
   * Reads a file, in parts on several threads where it is large enough.
   *
   * @param file the file
   * @param source its name in messages
   * @return the columns
   */
  public LogColumns read(Path file, String source) {
    // The attribute columns are the union of every line's keys. Most logs name the same ones on
    // every line, so the keys of the first good line are taken and the file read once; a later
    // line with another attribute (or a journey or customer key the first lacked) means reading
    // it twice: its keys first, then its rows.
    // Either way the rows are read in one pass in file order, so the first problem reported
    // (strict)
    // and the rows set aside (lenient) are the same.
    if (startsWithByteOrderMark(file, source)) {
      try (Reader input = StrictUtf8Reader.of(Files.newInputStream(file), source)) {
        return read(input, source);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
      }
    }
    LineSource lines =
        new LineSource(
            () ->
                new BufferedReader(
                    StrictUtf8Reader.of(Files.newInputStream(file), source), 1 << 16),
            1024);
    Set<String> first = keys(lines, source, true);
    if (!first.isEmpty()) {
      LogColumns parallel = parallel(file, source, first);
      if (parallel != null) {
        return parallel;
      }
    }
    return read(lines, source, first);
  }

  /**
   * The lines of a file or of text in memory, read from the start each time, and the rows to make
   * room for at first: few for a short text (one event off a topic), the usual block for a file.
   */
  private record LineSource(LineOpener opener, int capacity) {
    BufferedReader open() throws IOException {
      return opener.open();
    }
  }

  private interface LineOpener {
    BufferedReader open() throws IOException;
  }

  private LogColumns read(LineSource lines, String source) {
    return read(lines, source, keys(lines, source, true));
  }

  /** Reads once with the first line's keys, or twice when a later line has others. */
  private LogColumns read(LineSource lines, String source, Set<String> first) {
    if (!first.isEmpty()) {
      LogColumns once = read(lines, source, first, true);
      if (once != null) {
        return once;
      }
    }
    return requireNonNull(read(lines, source, keys(lines, source, false), false));
  }

  private static boolean startsWithByteOrderMark(Path file, String source) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(3);
      return start.length == 3
          && (start[0] & 0xFF) == 0xEF
          && (start[1] & 0xFF) == 0xBB
          && (start[2] & 0xFF) == 0xBF;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * The log read in parts on several threads, when the file is large enough and every line good and
   * of these columns; else null.
   */
  private @Nullable LogColumns parallel(Path file, String source, Set<String> columns) {
    try {
      if (settings.threads() < 2 || Files.size(file) < settings.parallelThresholdBytes()) {
        return null;
      }
      return ParallelRead.jsonLines(
          reading, file, settings.threads(), rows -> accumulator(source, columns, rows), columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** An accumulator for lines with these keys, filling {@code rows}. */
  private LogAccumulator accumulator(String source, Set<String> columns, Columns rows) {
    return new LogAccumulator(
        source,
        settings.scale(),
        new TimestampParser(settings.zone(), settings.epochUnit(), settings.localTimePolicy()),
        byCustomer(columns),
        new ArrayList<>(new java.util.TreeSet<>(columns)),
        rows);
  }

  private boolean byCustomer(Set<String> columns) {
    return !columns.contains("journey")
        && settings.inactivityGap().isPresent()
        && columns.contains("customer");
  }

  /**
   * The log of the good lines with these columns; null when {@code onlyThese} and a line has a key
   * that would change the attribute columns or whether journeys are customers' contacts.
   */
  private @Nullable LogColumns read(
      LineSource file, String source, Set<String> columns, boolean onlyThese) {
    java.util.Map<Long, RejectedRow> rejected = new java.util.TreeMap<>();
    long[] read = {0};
    LogAccumulator log =
        new LogAccumulator(
            source,
            settings.scale(),
            new TimestampParser(settings.zone(), settings.epochUnit(), settings.localTimePolicy()),
            byCustomer(columns),
            new ArrayList<>(new java.util.TreeSet<>(columns)),
            new Columns(file.capacity()));
    boolean[] other = {false};
    forEachJsonLine(
        file,
        source,
        rejected,
        (lineNumber, line) -> {
          if (other[0]) {
            return;
          }
          read[0]++;
          JsonEventRow row = JsonEventRow.parse(source, lineNumber, line);
          if (onlyThese) {
            for (String key : row.keys()) {
              if (!columns.contains(key)
                  && (!EventColumn.isKnown(key)
                      || key.equals("journey")
                      || key.equals("customer"))) {
                other[0] = true;
                return;
              }
            }
          }
          row.attributeNames = log.attributeNames;
          log.add(row);
        });
    return other[0] ? null : reading.finish(log, read[0], new ArrayList<>(rejected.values()));
  }

  /** The keys of the lines that parse: of the first one only, or of all; bad lines name no keys. */
  private static Set<String> keys(LineSource file, String source, boolean firstOnly) {
    Set<String> keys = new java.util.HashSet<>();
    try (BufferedReader reader = file.open()) {
      long lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          keys.addAll(JsonEventRow.parse(source, lineNumber, line).keys());
          if (firstOnly) {
            return keys;
          }
        } catch (InputFormatException e) {
          // The read proper reports it, in file order with the other problems.
        }
      }
      return keys;
    } catch (InputFormatException e) {
      // Text that is not UTF-8 ends what can be read; the read proper reports it in file order.
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** What to do with one non-blank line of a JSON Lines file. */
  private interface JsonLineAction {
    void accept(long lineNumber, String line);
  }

  /**
   * Runs {@code action} on every non-blank line not already in {@code rejected}; a line it rejects
   * stops the read in strict mode (or when fatal) and is set aside in lenient mode.
   */
  private void forEachJsonLine(
      LineSource file,
      String source,
      java.util.Map<Long, RejectedRow> rejected,
      JsonLineAction action) {
    try (BufferedReader reader = file.open()) {
      long lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank() || rejected.containsKey(lineNumber)) {
          continue;
        }
        try {
          action.accept(lineNumber, line);
        } catch (InputFormatException e) {
          if (settings.mode() == ReadMode.STRICT || e.isFatal()) {
            throw e;
          }
          rejected.put(
              lineNumber,
              RejectedRow.of(
                  source,
                  lineNumber,
                  java.util.Objects.requireNonNullElse(e.getMessage(), "malformed")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}
