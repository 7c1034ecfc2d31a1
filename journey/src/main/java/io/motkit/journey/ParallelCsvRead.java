package io.motkit.journey;

import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.csv.CsvInput;
import io.motkit.core.csv.CsvRow;
import io.motkit.core.csv.InputFormatException;
import io.motkit.core.internal.StrictUtf8Reader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large CSV event log on several threads: the file is cut at line breaks into parts, each
 * part is read by its own {@link LogAccumulator} with the line numbers of the whole file, and the
 * parts are merged in file order, so the log, its journey numbering and its messages are those of
 * the sequential reader. A quote character anywhere in the file may hide a line break inside a
 * field, and a file with CR-only line endings cannot be cut at line feeds, so such files are left
 * to the sequential reader.
 */
final class ParallelCsvRead {

  /** What one part produced. */
  private static final class Part {
    final LogAccumulator log;
    long read;
    @Nullable InputFormatException failure;

    Part(LogAccumulator log) {
      this.log = log;
    }
  }

  private ParallelCsvRead() {}

  /** The log, or null when the file holds quotes and must be read sequentially. */
  static @Nullable EventLog read(
      EventLogReader reader, Path file, int threads, LongConsumer progress) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      String source = file.toString();
      List<String> header;
      // The header is read and checked the sequential way, so its messages are the same.
      try (CsvInput first = CsvInput.open(file)) {
        reader.accumulatorChecking(first);
        header = first.columns();
      }
      long headerEnd = lineEnd(channel, 0, size);
      if (!parallelReadable(scan(channel, 0, headerEnd))) {
        return null;
      }
      int parts = Math.max(1, threads * 2);
      long[] bounds = new long[parts + 1];
      bounds[0] = headerEnd;
      for (int p = 1; p < parts; p++) {
        long guess = headerEnd + (size - headerEnd) * p / parts;
        bounds[p] = Math.max(bounds[p - 1], lineEnd(channel, guess, size));
      }
      bounds[parts] = size;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        // Pass one: line breaks per part, for line numbers, and whether any quote appears.
        List<Future<long[]>> counts = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
          long from = bounds[p];
          long to = bounds[p + 1];
          counts.add(pool.submit(() -> scan(channel, from, to)));
        }
        long[] firstLine = new long[parts];
        int[] lines = new int[parts];
        long line = 2;
        for (int p = 0; p < parts; p++) {
          long[] c = get(counts.get(p));
          if (!parallelReadable(c)) {
            return null;
          }
          firstLine[p] = line;
          // A part's rows are at most its line breaks, plus one for a last line without one.
          lines[p] = (int) Math.min(Integer.MAX_VALUE - 8, c[0] + 1);
          line += c[0];
        }
        // Pass two: each part read into its own accumulator.
        List<Future<Part>> futures = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
          long from = bounds[p];
          long to = bounds[p + 1];
          long first = firstLine[p];
          int capacity = lines[p];
          futures.add(
              pool.submit(
                  () ->
                      readPart(
                          reader, channel, source, header, from, to, first, capacity, progress)));
        }
        List<Part> done = new ArrayList<>();
        for (Future<Part> f : futures) {
          done.add(get(f));
        }
        for (Part part : done) {
          if (part.failure != null) {
            // A bad row's message may name the row that first defined a touchpoint or a journey,
            // which another part may hold, and a row a part stops at may come after a conflict
            // that only the merge would see: the sequential reader gives the messages in file
            // order.
            return null;
          }
        }
        return merge(reader, done);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static <T> T get(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reading was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The position just after the first line break at or after {@code from}, or {@code size}. */
  private static long lineEnd(FileChannel channel, long from, long size) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long at = from;
    while (at < size) {
      buffer.clear();
      int n = channel.read(buffer, at);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (buffer.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  /**
   * Line feeds, quotes and carriage returns not followed by a line feed in [from, to), eight bytes
   * at a time. A part is read in parallel only when it has no quote (which may hide a line break)
   * and no lone carriage return (a CR-only file has no line feeds to cut at, and a CR inside a line
   * is a line break to the parser).
   */
  private static long[] scan(FileChannel channel, long from, long to) throws IOException {
    long lines = 0;
    long quotes = 0;
    long lone = 0;
    long at = from;
    while (at < to) {
      long length = Math.min(to - at, 1L << 28);
      MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, at, length);
      map.order(java.nio.ByteOrder.LITTLE_ENDIAN);
      int i = 0;
      int words = (int) (length & ~7L);
      for (; i < words; i += 8) {
        long word = map.getLong(i);
        lines += count(word, NEWLINES);
        quotes += count(word, QUOTES);
        if (count(word, RETURNS) != 0) {
          for (int k = i; k < i + 8; k++) {
            if (map.get(k) == '\r' && !lineFeedAfter(channel, map, k, at)) {
              lone++;
            }
          }
        }
      }
      for (; i < length; i++) {
        byte b = map.get(i);
        if (b == '\n') {
          lines++;
        } else if (b == '"') {
          quotes++;
        } else if (b == '\r' && !lineFeedAfter(channel, map, i, at)) {
          lone++;
        }
      }
      at += length;
    }
    return new long[] {lines, quotes, lone};
  }

  /**
   * Whether the byte after position {@code i} of {@code map} (mapped at {@code at}) is a line feed.
   */
  private static boolean lineFeedAfter(FileChannel channel, MappedByteBuffer map, int i, long at)
      throws IOException {
    if (i + 1 < map.limit()) {
      return map.get(i + 1) == '\n';
    }
    ByteBuffer next = ByteBuffer.allocate(1);
    return channel.read(next, at + i + 1) == 1 && next.get(0) == '\n';
  }

  /**
   * Whether a scanned range can be cut at line feeds and read in parallel: no quote, and no
   * carriage return that ends a line by itself, which the CSV parser counts as a line break where
   * the cuts and the line numbers, made at line feeds, would not.
   */
  private static boolean parallelReadable(long[] scan) {
    return scan[1] == 0 && scan[2] == 0;
  }

  private static final long NEWLINES = 0x0a0a0a0a0a0a0a0aL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long RETURNS = 0x0d0d0d0d0d0d0d0dL;
  private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;

  /**
   * How many bytes of {@code word} equal the byte repeated in {@code pattern} (exact, no false
   * hits).
   */
  static int count(long word, long pattern) {
    long x = word ^ pattern;
    long t = ((x & LOW7) + LOW7) | x | LOW7;
    return Long.bitCount(~t);
  }

  private static Part readPart(
      EventLogReader reader,
      FileChannel channel,
      String source,
      List<String> header,
      long from,
      long to,
      long firstLine,
      int capacity,
      LongConsumer progress) {
    LogAccumulator log = reader.accumulator(header, source, capacity);
    Part part = new Part(log);
    InputStream in = new RangeStream(channel, from, to, progress);
    try (CsvInput csv =
        CsvInput.continuing(
            new BufferedReader(StrictUtf8Reader.of(in, source, firstLine), 1 << 16),
            source,
            header,
            firstLine)) {
      CsvEventRow.Layout layout = new CsvEventRow.Layout(csv, log.attributeNames);
      while (csv.hasNext()) {
        part.read++;
        CsvRow row = csv.next();
        log.add(new CsvEventRow(layout, row));
      }
    } catch (InputFormatException e) {
      // A bad row or bad text, in either mode: the sequential reader takes over and words every
      // problem in file order.
      part.failure = e;
    }
    return part;
  }

  /**
   * The parts joined in file order, with journeys, touchpoints, expectations and attributes
   * renumbered; null when two parts disagree about a journey's customer or a touchpoint's stage or
   * channel, which the sequential reader then reports row by row.
   */
  private static @Nullable EventLog merge(EventLogReader reader, List<Part> parts) {
    int total = 0;
    for (Part part : parts) {
      total += part.log.rows.size;
    }
    Columns rows = new Columns(total);
    Map<String, Integer> journeys = new HashMap<>();
    List<String> ids = new ArrayList<>();
    List<String> customers = new ArrayList<>();
    Map<String, Integer> touchpointCodes = new HashMap<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    Map<String, Integer> stageOrder = new LinkedHashMap<>();
    Map<MomentDetail, Integer> expectationCodes = new HashMap<>();
    List<MomentDetail> expectations = new ArrayList<>();
    List<String> attributeNames = parts.get(0).log.attributeNames;
    List<AttributeColumn> attributes = new ArrayList<>();
    for (String name : attributeNames) {
      attributes.add(new AttributeColumn(name, total));
    }
    long read = 0;
    for (int p = 0; p < parts.size(); p++) {
      Part part = parts.get(p);
      parts.set(p, null);
      LogAccumulator log = part.log;
      read += part.read;
      int[] journeyMap = new int[log.journeyIds.size()];
      for (int j = 0; j < journeyMap.length; j++) {
        String id = log.journeyIds.get(j);
        Integer global = journeys.get(id);
        String customer = log.customers.get(j);
        if (global == null) {
          global = ids.size();
          journeys.put(id, global);
          ids.add(id);
          customers.add(customer);
        } else if (customer != null) {
          String known = customers.get(global);
          if (known == null) {
            customers.set(global, customer);
          } else if (!known.equals(customer)) {
            // Which rows the sequential reader would set aside depends on the order of the rows
            // across parts; it reads the file instead, for the same result and messages.
            return null;
          }
        }
        journeyMap[j] = global;
      }
      int[] touchpointMap = new int[log.touchpoints.size()];
      for (int t = 0; t < touchpointMap.length; t++) {
        Touchpoint local = log.touchpoints.get(t);
        Integer global = touchpointCodes.get(local.id());
        if (global == null) {
          Touchpoint.Builder touchpoint = Touchpoint.builder().id(local.id());
          local
              .stage()
              .ifPresent(
                  s ->
                      touchpoint.stage(
                          Stage.of(
                              s.name(),
                              stageOrder.computeIfAbsent(s.name(), k -> stageOrder.size()))));
          local.channel().ifPresent(touchpoint::channel);
          global = touchpoints.size();
          touchpoints.add(touchpoint.build());
          touchpointCodes.put(local.id(), global);
        } else {
          Touchpoint known = touchpoints.get(global);
          boolean sameStage = local.stage().map(Stage::name).equals(known.stage().map(Stage::name));
          if (!sameStage || !local.channel().equals(known.channel())) {
            // As for customers: the sequential reader decides which rows are at fault.
            return null;
          }
        }
        touchpointMap[t] = global;
      }
      int[] expectationMap = new int[log.expectations.size()];
      for (int x = 0; x < expectationMap.length; x++) {
        expectationMap[x] =
            expectationCodes.computeIfAbsent(
                log.expectations.get(x),
                e -> {
                  expectations.add(e);
                  return expectations.size() - 1;
                });
      }
      Columns local = log.rows;
      int[][] localCodes = new int[attributes.size()][];
      for (int a = 0; a < localCodes.length; a++) {
        localCodes[a] = log.attributes.get(a).codes;
      }
      // The part's columns are garbage once copied: the accumulator lets them go, and so does
      // this loop when it ends, before the next part is merged.
      log.release();
      for (int i = 0; i < local.size; i++) {
        int at = rows.size;
        int ex = local.expectation[i];
        rows.add(
            journeyMap[local.journey[i]],
            touchpointMap[local.touchpoint[i]],
            local.start[i],
            local.duration[i],
            local.value[i],
            ex < 0 ? -1 : expectationMap[ex]);
        for (int a = 0; a < localCodes.length; a++) {
          int code = localCodes[a][i];
          attributes.get(a).add(at, code < 0 ? "" : log.attributes.get(a).dictionary.get(code));
        }
      }
    }
    parts.clear();
    return reader.finish(
        new LogAccumulator.Merged(
            rows, ids, customers, touchpoints, expectations, attributeNames, attributes),
        read,
        List.of());
  }

  /** The bytes [from, to) of a file, reporting progress as they are read. */
  private static final class RangeStream extends InputStream {
    private final FileChannel channel;
    private final long to;
    private final LongConsumer progress;
    private long at;

    RangeStream(FileChannel channel, long from, long to, LongConsumer progress) {
      this.channel = channel;
      this.at = from;
      this.to = to;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      byte[] b = new byte[1];
      return read(b, 0, 1) < 0 ? -1 : b[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (at >= to) {
        return -1;
      }
      int n = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, to - at)), at);
      if (n > 0) {
        at += n;
        progress.accept(n);
      }
      return n;
    }
  }
}
