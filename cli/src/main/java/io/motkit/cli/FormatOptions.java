package io.motkit.cli;

import io.motkit.core.analysis.AnalysisResult;
import io.motkit.core.csv.CsvTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How an analysis command writes its result: {@code --format json|csv|table} and, for results with
 * more than one table, {@code --table NAME}. The result writes itself; the command only chooses.
 */
final class FormatOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "json (with provenance), csv (one tidy table, see --table) or table (the same, aligned for reading) (default: ${DEFAULT-VALUE}).",
      defaultValue = "json")
  String format;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      description =
          "With --format csv or table: which table, when the result has several (default: the first; --help of the command lists them).")
  String table;

  @Option(
      names = "--excel-safe",
      description =
          "With --format csv: prefix an apostrophe to text cells a spreadsheet would run as a formula (starting with =, +, -, @).")
  boolean excelSafe;

  /**
   * Checks the options against what the result of this command offers, before any input is read.
   */
  void check(CommandSpec spec, List<String> tables, String... extraFormats) {
    List<String> formats = new java.util.ArrayList<>(List.of("json", "csv", "table"));
    formats.addAll(List.of(extraFormats));
    Motkit.requireOneOf(spec, "--format", format, formats.toArray(new String[0]));
    if (table != null) {
      if (format.equals("json") || List.of(extraFormats).contains(format)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--table applies to --format csv or table, not " + format);
      }
      Motkit.requireOneOf(spec, "--table", table, tables.toArray(new String[0]));
    }
  }

  /** Writes {@code result} in the chosen format and returns exit code 0. */
  int write(PrintWriter out, AnalysisResult result) throws IOException {
    switch (format) {
      case "csv":
        out.write(result.table(tableName(result)).write(excelSafe));
        break;
      case "table":
        print(out, result.table(tableName(result)));
        break;
      default:
        result.writeJson(out);
    }
    out.flush();
    return 0;
  }

  private String tableName(AnalysisResult result) {
    return table == null ? result.tableNames().get(0) : table;
  }

  /** A tidy table aligned for reading: numbers with a fraction rounded to three decimals. */
  static void print(PrintWriter out, CsvTable tidy) {
    Table table = new Table(tidy.header().toArray(new String[0]));
    for (List<String> row : tidy.rows()) {
      Object[] cells = new Object[row.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = readable(row.get(i));
      }
      table.row(cells);
    }
    table.print(out);
  }

  private static Object readable(String cell) {
    if (cell.isEmpty()) {
      return "-";
    }
    if (cell.indexOf('.') >= 0 || cell.indexOf('E') >= 0) {
      try {
        return Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        return cell;
      }
    }
    return cell;
  }
}
