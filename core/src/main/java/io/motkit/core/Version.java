package io.motkit.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/** The motkit version, read once from the jar's resources, for the provenance of every result. */
@API(status = STABLE, since = "0.1")
public final class Version {
  static final String CURRENT = load();

  private Version() {}

  /**
   * The version of the motkit that is running, such as {@code 0.1.0}; {@code unknown} if not
   * packaged.
   *
   * @return the version of the motkit that is running, such as {@code 0.1.0}; {@code unknown} if
   *     not packaged
   */
  public static String current() {
    return CURRENT;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read motkit version resource", e);
    }
  }
}
