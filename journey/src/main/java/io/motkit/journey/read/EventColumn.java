package io.motkit.journey.read;

/** The columns of an event log that the reader knows; any other column is an attribute. */
enum EventColumn {
  JOURNEY("journey"),
  TIMESTAMP("timestamp"),
  TOUCHPOINT("touchpoint"),
  VALUE("value"),
  DURATION("duration_s"),
  STAGE("stage"),
  CHANNEL("channel"),
  EXPECTED("expected"),
  ADEQUATE("adequate"),
  DESIRED("desired"),
  CUSTOMER("customer"),
  IMPORTANCE("importance"),
  APPEARANCE("appearance"),
  BEHAVIOUR("behaviour"),
  COMMUNICATION("communication");

  /** The aspect rating columns, in order. */
  static final EventColumn[] ASPECTS = {APPEARANCE, BEHAVIOUR, COMMUNICATION};

  final String column;

  EventColumn(String column) {
    this.column = column;
  }

  static boolean isKnown(String column) {
    for (EventColumn c : values()) {
      if (c.column.equals(column)) {
        return true;
      }
    }
    return false;
  }
}
