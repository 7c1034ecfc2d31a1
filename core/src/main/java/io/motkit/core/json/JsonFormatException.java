package io.motkit.core.json;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * JSON that does not match motkit's documented form. The message starts with the JSON path of the
 * offending field, such as {@code $.moments[2].value}.
 */
@API(status = STABLE, since = "0.1")
public final class JsonFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending field. */
  private final String path;

  /**
   * An exception about the field at {@code path}.
   *
   * @param path the file
   * @param message the message
   */
  public JsonFormatException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /**
   * An exception about the field at {@code path}, caused by {@code cause}.
   *
   * @param path the file
   * @param message the message
   * @param cause the failure underneath
   */
  public JsonFormatException(String path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /**
   * The JSON path of the offending field; {@code $} for the document itself.
   *
   * @return the JSON path of the offending field; {@code $} for the document itself
   */
  public String path() {
    return path;
  }
}
