package io.motkit.core.json;

/**
 * JSON that does not match motkit's documented form. The message starts with the JSON path of the
 * offending field, such as {@code $.moments[2].value}.
 */
public final class JsonFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String path;

  /** An exception about the field at {@code path}. */
  public JsonFormatException(String path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  /** An exception about the field at {@code path}, caused by {@code cause}. */
  public JsonFormatException(String path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** The JSON path of the offending field; {@code $} for the document itself. */
  public String path() {
    return path;
  }
}
