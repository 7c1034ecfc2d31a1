package io.motkit.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built image as a container runtime reads it: the OCI tar's index, manifest and configuration
 * (entrypoint, user, port, environment), and the files its layers hold.
 */
final class ImageIT {

  private static final Path TAR = Path.of("target", "motkit-image.tar");

  /** The image tar's entries by name. */
  private static Map<String, byte[]> image;

  /** Every file path in every layer, without the leading slash or "./". */
  private static Set<String> files;

  /** The mode of every file in every layer. */
  private static Map<String, Integer> modes;

  /** The size of every file in every layer. */
  private static Map<String, Long> sizes = new HashMap<>();

  @BeforeAll
  static void read() throws IOException {
    assertThat(TAR).as("mvn package builds the image tar").exists();
    image = entries(Files.newInputStream(TAR), null);
    files = new HashSet<>();
    modes = new HashMap<>();
    String manifest = text(blob(digests(text(image.get("index.json")), "manifests")[0]));
    for (String layer : digests(manifest, "layers")) {
      entries(new GZIPInputStream(new ByteArrayInputStream(blob(layer))), modes);
    }
    files.addAll(modes.keySet());
  }

  private static byte[] blob(String digest) {
    byte[] blob = image.get("blobs/sha256/" + digest.substring("sha256:".length()));
    assertThat(blob).as(digest).isNotNull();
    return blob;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The digests listed under {@code key} in an index or manifest, in order. */
  private static String[] digests(String json, String key) {
    int from = json.indexOf("\"" + key + "\"");
    assertThat(from).as(key + " in " + json).isGreaterThanOrEqualTo(0);
    int to = json.indexOf(']', from);
    Matcher m = Pattern.compile("\"digest\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"").matcher(json);
    java.util.List<String> found = new java.util.ArrayList<>();
    m.region(from, to);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found.toArray(new String[0]);
  }

  /** A tar's regular files by name; with {@code modes}, only the names and modes are kept. */
  private static Map<String, byte[]> entries(InputStream in, Map<String, Integer> modes)
      throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (InputStream tar = in) {
      byte[] header = new byte[512];
      while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
        String name = field(header, 0, 100);
        String prefix = field(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        name = name.replaceFirst("^\\./", "").replaceFirst("^/", "");
        long size =
            Long.parseLong(
                field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
        int mode =
            Integer.parseInt(
                field(header, 100, 8).trim().isEmpty() ? "0" : field(header, 100, 8).trim(), 8);
        byte[] body = tar.readNBytes((int) size);
        tar.readNBytes((int) ((512 - size % 512) % 512));
        if (modes != null) {
          modes.put(name, mode);
          sizes.put(name, size);
        } else {
          entries.put(name, body);
        }
      }
    }
    return entries;
  }

  private static String field(byte[] header, int from, int length) {
    int end = from;
    while (end < from + length && header[end] != 0) {
      end++;
    }
    return new String(header, from, end - from, StandardCharsets.US_ASCII);
  }

  private static String configuration() {
    String manifest = text(blob(digests(text(image.get("index.json")), "manifests")[0]));
    Matcher config =
        Pattern.compile("\"config\"\\s*:\\s*\\{[^}]*\"digest\"\\s*:\\s*\"(sha256:[0-9a-f]{64})\"")
            .matcher(manifest);
    assertThat(config.find()).as(manifest).isTrue();
    return text(blob(config.group(1)));
  }

  @Test
  void theImageRunsTheServerAsANonRootUserOnPort8080() {
    String config = configuration();
    assertThat(config)
        .contains("\"User\":\"65532:65532\"")
        .contains("\"8080/tcp\"")
        .contains(
            "\"Entrypoint\":[\"/opt/java/bin/java\",\"-XX:-UsePerfData\",\"-XX:MaxRAMPercentage=75\","
                + "\"-Djava.io.tmpdir=/tmp\",\"-jar\",\"/app/motkit.jar\",\"serve\"]")
        .contains("MOTKIT_HOST=0.0.0.0")
        .contains("MOTKIT_LOG_FORMAT=json");
  }

  @Test
  void theLayersHoldTheApplicationItsRuntimeAndTheLibrariesTheRuntimeLoads() {
    assertThat(files)
        .contains(
            "app/motkit.jar",
            "opt/java/bin/java",
            "opt/java/lib/server/libjvm.so",
            "opt/java/lib/modules",
            "lib/x86_64-linux-gnu/libc.so.6",
            "lib/x86_64-linux-gnu/libstdc++.so.6",
            "lib64/ld-linux-x86-64.so.2");
    assertThat(modes.get("opt/java/bin/java") & 0111).as("java is executable").isNotZero();
    // The application jar is the shaded one, with every dependency inside (tens of megabytes).
    assertThat(sizes.get("app/motkit.jar")).isGreaterThan(10_000_000L);
    // No shell and no package manager: what is not needed cannot be used against it.
    assertThat(files).noneMatch(f -> f.equals("bin/sh") || f.startsWith("usr/bin/apt"));
  }
}
