package io.motkit.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The bearer tokens a server accepts (RFC 6750), kept as SHA-256 hashes: a token file holds one
 * {@code sha256:HEX} per line, optionally after a name ({@code ci-pipeline sha256:9f86...}); blank
 * lines and lines starting with {@code #} are skipped. A presented token is hashed and compared
 * with every hash in constant time, so neither the file nor the timing gives a token away.
 * Immutable and thread-safe.
 */
public final class BearerTokens {

  private static final Pattern LINE =
      Pattern.compile("(?:([^\\s#][^\\s]*)\\s+)?sha256:([0-9a-fA-F]{64})");

  private final List<byte[]> hashes;

  private BearerTokens(Set<String> hexHashes) {
    List<byte[]> bytes = new ArrayList<>();
    for (String hex : hexHashes) {
      bytes.add(HexFormat.of().parseHex(hex));
    }
    this.hashes = List.copyOf(bytes);
  }

  /**
   * The tokens of these hashes.
   *
   * @param hexHashes lower-case hex SHA-256 of each token
   * @return the tokens
   */
  static BearerTokens of(Set<String> hexHashes) {
    return new BearerTokens(hexHashes);
  }

  /**
   * The hashes in a token file, lower-case hex.
   *
   * @param file the file
   * @return the hashes, in file order
   * @throws IllegalArgumentException naming the file and line of a line that is no hash
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Set<String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Set<String> hashes = new LinkedHashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            file
                + ", line "
                + (i + 1)
                + ": not a token hash; a line is [NAME ]sha256:HEX, the hex SHA-256 of a token"
                + " (printf %s \"$TOKEN\" | sha256sum)");
      }
      hashes.add(m.group(2).toLowerCase(java.util.Locale.ROOT));
    }
    if (hashes.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no token hash");
    }
    return hashes;
  }

  /**
   * The line of a token file for {@code token}: {@code sha256:} and the hex SHA-256 of its UTF-8.
   *
   * @param token the token
   * @return {@code sha256:HEX}
   */
  public static String hashLine(String token) {
    return "sha256:" + HexFormat.of().formatHex(sha256(token));
  }

  /**
   * Whether an {@code Authorization} header value presents one of the tokens; every hash is
   * compared, in constant time each, whatever the first comparison gives.
   */
  boolean accepts(@Nullable String authorization) {
    if (authorization == null
        || authorization.length() < 8
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] presented = sha256(authorization.substring(7).strip());
    boolean match = false;
    for (byte[] hash : hashes) {
      match |= MessageDigest.isEqual(presented, hash);
    }
    return match;
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
