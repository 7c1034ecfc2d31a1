package io.motkit.journey.read;

import io.motkit.core.Stage;
import io.motkit.core.Touchpoint;
import io.motkit.core.csv.CsvInput;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads a large CSV or JSON Lines event log on several threads: the file's line breaks are counted
 * and it is cut at line breaks into one part per thread, each part is read from its bytes by its
 * own {@link LogAccumulator} into its slice of one set of columns, and the parts are joined in file
 * order, so the log and its journey numbering are those of the sequential reader. Anything only the
 * sequential reader can word (a bad row, a conflict between parts) sends the file to it, for its
 * messages in file order. A quote anywhere in a CSV file may hide a line break inside a field, and
 * a file with CR-only line endings cannot be cut at line feeds, so such files are left to the
 * sequential reader from the start.
 */
public final class ParallelRead {

  /** What one part produced. */
  private static final class Part {
    final LogAccumulator log;
    long read;
    boolean complete;

    Part(LogAccumulator log) {
      this.log = log;
    }
  }

  private ParallelRead() {}

  /** Reads one part of a file into an accumulator that fills {@code slice}. */
  @FunctionalInterface
  private interface PartReader {
    Part read(long from, long to, long firstLine, Columns slice) throws IOException;
  }

  /** The log, or null when the file holds quotes and must be read sequentially. */
  public static @Nullable LogColumns csv(
      LogReading reader, Path file, int threads, LongConsumer progress) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      String source = file.toString();
      List<String> header;
      // The header is read and checked the sequential way, so its messages are the same.
      try (CsvInput first = CsvInput.open(file)) {
        reader.accumulator(first);
        header = first.columns();
      }
      long headerEnd = lineEnd(channel, 0, size);
      if (!parallelReadable(scan(channel, 0, headerEnd, false))) {
        return null;
      }
      return inParts(
          reader,
          channel,
          headerEnd,
          2,
          threads,
          false,
          (from, to, firstLine, slice) -> {
            LogAccumulator log = reader.accumulator(header, source, slice);
            Part part = new Part(log);
            UnquotedPartRead rows = new UnquotedPartRead(log, source, header);
            part.complete = rows.read(channel, from, to, firstLine, progress);
            part.read = rows.read;
            return part;
          });
    }
  }

  /**
   * The log of a JSON Lines file whose lines have the keys {@code columns} (those of its first good
   * line), or null when it must be read sequentially: a line with another key, a bad line, a lone
   * carriage return.
   */
  static @Nullable LogColumns jsonLines(
      LogReading reader,
      Path file,
      int threads,
      java.util.function.Function<Columns, LogAccumulator> accumulator,
      java.util.Set<String> columns)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      String source = file.toString();
      return inParts(
          reader,
          channel,
          0,
          1,
          threads,
          true,
          (from, to, firstLine, slice) -> {
            LogAccumulator log = accumulator.apply(slice);
            Part part = new Part(log);
            JsonLinesPartRead rows = new JsonLinesPartRead(log, source, columns);
            part.complete = rows.read(channel, from, to, firstLine);
            part.read = rows.read;
            return part;
          });
    }
  }

  /**
   * Reads the lines of the file from {@code start} in one part per thread, each filling its slice
   * of one set of columns, and joins the parts; null when a part or the join finds what only the
   * sequential reader can word.
   */
  private static @Nullable LogColumns inParts(
      LogReading reader,
      FileChannel channel,
      long start,
      long startLine,
      int threads,
      boolean quotes,
      PartReader partReader)
      throws IOException {
    long size = channel.size();
    // One part per thread: parts of equal size take about equal time, and each further part adds
    // a lookup of every journey of the parts after it when the parts are joined.
    int parts = Math.max(1, threads);
    long[] bounds = new long[parts + 1];
    bounds[0] = start;
    for (int p = 1; p < parts; p++) {
      long guess = start + (size - start) * p / parts;
      bounds[p] = Math.max(bounds[p - 1], lineEnd(channel, guess, size));
    }
    bounds[parts] = size;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Pass one: line breaks per part, for the room each part needs and its line numbers.
      List<Future<long[]>> counts = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        long from = bounds[p];
        long to = bounds[p + 1];
        counts.add(pool.submit(() -> scan(channel, from, to, quotes)));
      }
      long[] firstLine = new long[parts];
      int[] offsets = new int[parts + 1];
      long line = startLine;
      for (int p = 0; p < parts; p++) {
        long[] c = get(counts.get(p));
        if (!parallelReadable(c)) {
          return null;
        }
        firstLine[p] = line;
        // A part's rows are at most its line breaks, plus one for a last line without one.
        boolean unterminated =
            bounds[p] < size && bounds[p + 1] == size && !endsWithLineFeed(channel);
        long rows = offsets[p] + c[0] + (unterminated ? 1 : 0);
        if (rows > Integer.MAX_VALUE - 8) {
          return null;
        }
        offsets[p + 1] = (int) rows;
        line += c[0];
      }
      // Pass two: each part fills its own slice of one set of columns.
      Columns columns = new Columns(Math.max(1, offsets[parts]));
      List<Future<Part>> futures = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        long from = bounds[p];
        long to = bounds[p + 1];
        long first = firstLine[p];
        Columns slice = columns.slice(offsets[p], offsets[p + 1] - offsets[p]);
        futures.add(pool.submit(() -> partReader.read(from, to, first, slice)));
      }
      List<Part> done = new ArrayList<>();
      for (Future<Part> f : futures) {
        done.add(get(f));
      }
      for (Part part : done) {
        if (!part.complete) {
          // A bad row's message may name the row that first defined a touchpoint or a journey,
          // which another part may hold, and a row a part stops at may come after a conflict
          // that only the merge would see: the sequential reader gives the messages in file
          // order.
          return null;
        }
      }
      return merge(reader, done, columns, pool);
    } finally {
      pool.shutdownNow();
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
      if (e.getCause() instanceof Error) {
        // Out of memory on a pool thread is still out of memory, and said so.
        throw (Error) e.getCause();
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
   * is a line break to the parser); the count stops at the first of either.
   */
  private static long[] scan(FileChannel channel, long from, long to, boolean quotesAllowed)
      throws IOException {
    long lines = 0;
    long quotes = 0;
    long lone = 0;
    // Read into the heap rather than mapped: mapping a large file costs a page fault per page.
    byte[] buffer = new byte[1 << 20];
    long at = from;
    while (at < to) {
      int length = (int) Math.min(to - at, buffer.length);
      int n = channel.read(ByteBuffer.wrap(buffer, 0, length), at);
      if (n <= 0) {
        break;
      }
      int i = 0;
      int words = n & ~7;
      for (; i < words; i += 8) {
        long word = (long) LONGS.get(buffer, i);
        lines += count(word, NEWLINES);
        if ((!quotesAllowed && has(word, QUOTES)) || has(word, RETURNS)) {
          for (int k = i; k < i + 8; k++) {
            if (buffer[k] == '"' && !quotesAllowed) {
              quotes++;
            } else if (buffer[k] == '\r' && !lineFeedAfter(channel, buffer, k, n, at)) {
              lone++;
            }
          }
          if (quotes + lone > 0) {
            // The range cannot be read in parallel: its line count no longer matters.
            return new long[] {lines, quotes, lone};
          }
        }
      }
      for (; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          lines++;
        } else if (b == '"' && !quotesAllowed) {
          quotes++;
        } else if (b == '\r' && !lineFeedAfter(channel, buffer, i, n, at)) {
          lone++;
        }
      }
      at += n;
    }
    return new long[] {lines, quotes, lone};
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Whether the byte after position {@code i} of {@code buffer} (holding {@code n} bytes read at
   * {@code at}) is a line feed.
   */
  private static boolean lineFeedAfter(FileChannel channel, byte[] buffer, int i, int n, long at)
      throws IOException {
    if (i + 1 < n) {
      return buffer[i + 1] == '\n';
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

  /** Whether any byte of {@code word} equals the byte repeated in {@code pattern}. */
  private static boolean has(long word, long pattern) {
    long x = word ^ pattern;
    return ((x - ONES) & ~x & HIGH) != 0;
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH = 0x8080808080808080L;

  /**
   * How many bytes of {@code word} equal the byte repeated in {@code pattern} (exact, no false
   * hits).
   */
  static int count(long word, long pattern) {
    long x = word ^ pattern;
    long t = ((x & LOW7) + LOW7) | x | LOW7;
    return Long.bitCount(~t);
  }

  private static boolean endsWithLineFeed(FileChannel channel) throws IOException {
    ByteBuffer last = ByteBuffer.allocate(1);
    return channel.read(last, channel.size() - 1) == 1 && last.get(0) == '\n';
  }

  /**
   * The parts joined in file order, with journeys, touchpoints, expectations and attributes
   * renumbered in their slices of {@code rows}; null when two parts disagree about a journey's
   * customer or a touchpoint's stage or channel, which the sequential reader then reports row by
   * row.
   */
  private static @Nullable LogColumns merge(
      LogReading reader, List<Part> parts, Columns rows, ExecutorService pool) throws IOException {
    int count = parts.size();
    // Which earlier part first had each journey of a part: found in parallel, since the parts'
    // tables are only read now; then every journey is numbered in file order of first sight.
    List<Future<long[]>> seen = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      int part = p;
      seen.add(pool.submit(() -> firstSeen(parts, part)));
    }
    List<@Nullable String> customers = new ArrayList<>();
    int[][] journeyMaps = new int[count][];
    long idBytes = 0;
    for (int p = 0; p < count; p++) {
      LogAccumulator log = parts.get(p).log;
      long[] first = get(seen.get(p));
      int[] journeyMap = new int[first.length];
      for (int j = 0; j < journeyMap.length; j++) {
        String customer = log.customers.get(j);
        int global;
        if (first[j] < 0) {
          global = customers.size();
          customers.add(customer);
          idBytes += log.journeyIds.length(j);
        } else {
          global = journeyMaps[(int) (first[j] >>> 32)][(int) first[j]];
          String known = customers.get(global);
          if (known == null) {
            customers.set(global, customer);
          } else if (customer != null && !known.equals(customer)) {
            // Which rows the sequential reader would set aside depends on the order of the rows
            // across parts; it reads the file instead, for the same result and messages.
            return null;
          }
        }
        journeyMap[j] = global;
      }
      journeyMaps[p] = journeyMap;
    }
    if (idBytes > Integer.MAX_VALUE - 8) {
      return null;
    }
    // The ids of the whole log, in the order of their numbers, copied from the parts' tables.
    byte[] idText = new byte[(int) idBytes];
    int[] idStarts = new int[customers.size() + 1];
    int written = 0;
    int next = 0;
    for (int p = 0; p < count; p++) {
      IdTable local = parts.get(p).log.journeyIds;
      int[] journeyMap = journeyMaps[p];
      for (int j = 0; j < journeyMap.length; j++) {
        if (journeyMap[j] == next) {
          written = local.copy(j, idText, written);
          idStarts[++next] = written;
        }
      }
    }
    PackedStrings ids = PackedStrings.of(idText, idStarts);
    Map<String, Integer> touchpointCodes = new HashMap<>();
    List<Touchpoint> touchpoints = new ArrayList<>();
    Map<String, Integer> stageOrder = new LinkedHashMap<>();
    Map<MomentDetail, Integer> expectationCodes = new HashMap<>();
    List<MomentDetail> expectations = new ArrayList<>();
    int[][] touchpointMaps = new int[count][];
    int[][] expectationMaps = new int[count][];
    for (int p = 0; p < count; p++) {
      LogAccumulator log = parts.get(p).log;
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
      touchpointMaps[p] = touchpointMap;
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
      expectationMaps[p] = expectationMap;
    }
    List<String> attributeNames = parts.get(0).log.attributeNames;
    List<AttributeColumn> attributes = new ArrayList<>();
    int[][][] attributeMaps = new int[count][attributeNames.size()][];
    int[] compacted = new int[count + 1];
    long read = 0;
    for (int p = 0; p < count; p++) {
      compacted[p + 1] = compacted[p] + parts.get(p).log.rows.size;
      read += parts.get(p).read;
    }
    int total = compacted[count];
    for (int a = 0; a < attributeNames.size(); a++) {
      AttributeColumn merged = new AttributeColumn(attributeNames.get(a), total);
      attributes.add(merged);
      for (int p = 0; p < count; p++) {
        List<String> dictionary = parts.get(p).log.attributes.get(a).dictionary;
        int[] map = new int[dictionary.size()];
        for (int c = 0; c < map.length; c++) {
          map[c] = merged.intern(dictionary.get(c));
        }
        attributeMaps[p][a] = map;
      }
    }
    // Each part renumbers its own slice, in parallel; then the slices close up in file order.
    List<Future<?>> renumbered = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      int part = p;
      renumbered.add(
          pool.submit(
              () -> {
                LogAccumulator log = parts.get(part).log;
                Columns slice = log.rows;
                int[] journeyMap = journeyMaps[part];
                int[] touchpointMap = touchpointMaps[part];
                int[] expectationMap = expectationMaps[part];
                for (int i = slice.offset; i < slice.offset + slice.size; i++) {
                  rows.journey[i] = journeyMap[rows.journey[i]];
                  rows.touchpoint[i] = touchpointMap[rows.touchpoint[i]];
                  int ex = rows.expectation[i];
                  rows.expectation[i] = ex < 0 ? -1 : expectationMap[ex];
                }
                for (int a = 0; a < attributes.size(); a++) {
                  int[] local = log.attributes.get(a).codes;
                  int[] map = attributeMaps[part][a];
                  int[] codes = attributes.get(a).codes;
                  for (int i = 0; i < slice.size; i++) {
                    codes[compacted[part] + i] = local[i] < 0 ? -1 : map[local[i]];
                  }
                }
              }));
    }
    for (Future<?> f : renumbered) {
      get(f);
    }
    for (int p = 0; p < count; p++) {
      Columns slice = parts.get(p).log.rows;
      if (slice.offset != compacted[p]) {
        rows.move(slice.offset, compacted[p], slice.size);
      }
    }
    rows.size = total;
    parts.clear();
    return reader.finish(
        new LogAccumulator.Merged(
            rows, ids, customers, touchpoints, expectations, attributeNames, attributes),
        read,
        List.of());
  }

  /**
   * For each journey of part {@code p}, the first earlier part that has it and its index there,
   * packed as {@code part << 32 | index}, or -1 when the part is the first to have it.
   */
  private static long[] firstSeen(List<Part> parts, int p) {
    LogAccumulator log = parts.get(p).log;
    long[] first = new long[log.journeyIds.size()];
    Arrays.fill(first, -1);
    for (int q = 0; q < p; q++) {
      IdTable earlier = parts.get(q).log.journeyIds;
      for (int j = 0; j < first.length; j++) {
        if (first[j] < 0) {
          int index = earlier.findFrom(log.journeyIds, j);
          if (index >= 0) {
            first[j] = (long) q << 32 | index;
          }
        }
      }
    }
    return first;
  }
}
