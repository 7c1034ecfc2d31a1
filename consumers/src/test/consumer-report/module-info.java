/**
 * An application that reads an event log and writes the HTML report, as a user would declare it.
 */
module org.example.report {
  requires io.motkit.report;
}
