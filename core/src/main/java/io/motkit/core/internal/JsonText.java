package io.motkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.motkit.core.json.JsonFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules every JSON reader of motkit shares beyond the parser's: text is characters (an unpaired
 * surrogate escape such as {@code \ud800} is refused, as the strict UTF-8 reader refuses its
 * bytes), and a parser's message is said in the input's terms, never in the parser library's.
 */
public final class JsonText {

  /** Advice to switch a parser feature on, which a user of motkit cannot do. */
  private static final Pattern FEATURE_ADVICE =
      Pattern.compile(
          "[;:,]?\\s*\\(?\\s*(?:enable|disable) `?[A-Za-z.]*(?:Feature|Mapper)[A-Za-z_.]*`?[^)\\n]*\\)?",
          Pattern.CASE_INSENSITIVE);

  /** A Java class or package name, as a parser may quote one. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("`?(?:com\\.fasterxml|java\\.lang|java\\.util)\\.[A-Za-z0-9_.$]+`?");

  /** Strict about duplicate keys, trailing text and NaN. */
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Indented writing, for documents people read. */
  private static final ObjectWriter INDENTED = STRICT.writerWithDefaultPrettyPrinter();

  private JsonText() {}

  /**
   * The mapper motkit's modules share for trees, generators and compact text: it reads as strictly
   * as {@link #parse} (without its messages). Shared, so never configured after this class made it.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return STRICT;
  }

  /**
   * The shared mapper's indented writer.
   *
   * @return a writer of indented JSON
   */
  public static ObjectWriter indented() {
    return INDENTED;
  }

  /**
   * Reads one JSON document strictly: no duplicate keys, no text after it, no NaN, every text
   * characters.
   *
   * @param reader the text
   * @return the document
   * @throws JsonFormatException naming the JSONPath and, for malformed text, line and column
   * @throws UncheckedIOException if the reader fails
   */
  public static JsonNode parse(Reader reader) {
    try {
      JsonNode node = STRICT.readTree(reader);
      if (node == null || node.isMissingNode()) {
        throw new JsonFormatException("$", "the input is empty");
      }
      Optional<String> bad = firstUnpaired(node, "$");
      if (bad.isPresent()) {
        throw new JsonFormatException(bad.get(), unpaired("\ud800").orElseThrow());
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("$", "malformed JSON: " + problem(e) + location(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  /**
   * Why {@code text} is not characters, if it is not.
   *
   * @param text the text
   * @return the reason, or empty if every surrogate in it is half of a pair
   */
  public static Optional<String> unpaired(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            "the text holds an unpaired surrogate escape (\\ud800 to \\udfff), which is not a"
                + " character");
      }
    }
    return Optional.empty();
  }

  /**
   * The JSONPath ({@code $.moments[0].touchpoint}) of the first text or field name in {@code node}
   * that is not characters, or empty if there is none.
   *
   * @param node the document or a part of it
   * @param path the JSONPath of {@code node}
   * @return the path of the first text or name with an unpaired surrogate
   */
  public static Optional<String> firstUnpaired(JsonNode node, String path) {
    if (node.isTextual()) {
      return unpaired(node.textValue()).map(reason -> path);
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String child = path + "." + field.getKey();
        if (unpaired(field.getKey()).isPresent()) {
          return Optional.of(child);
        }
        Optional<String> inside = firstUnpaired(field.getValue(), child);
        if (inside.isPresent()) {
          return inside;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> inside = firstUnpaired(node.get(i), path + "[" + i + "]");
        if (inside.isPresent()) {
          return inside;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The parser's message for {@code e} without the parser's feature advice and class names.
   *
   * @param e the parser's exception
   * @return its message in plain terms
   */
  public static String problem(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
    if (message.startsWith("Trailing token")) {
      return "text after the JSON document; the input holds one document";
    }
    if (message.startsWith("Duplicate field ")) {
      return "duplicate key " + message.substring("Duplicate field ".length());
    }
    if (message.startsWith("Non-standard token 'NaN'")
        || message.contains("'Infinity'")
        || message.contains("'-Infinity'")) {
      return "NaN and Infinity are not JSON numbers";
    }
    for (String advice :
        new String[] {
          ": not allowed as per", "; enable", ": enable", " (bound as", "\n at [Source", " (for "
        }) {
      int at = message.indexOf(advice);
      if (at > 0) {
        message = message.substring(0, at);
      }
    }
    message = FEATURE_ADVICE.matcher(message).replaceAll("");
    message = CLASS_NAME.matcher(message).replaceAll("a value");
    return message.replace('`', '\'').trim();
  }
}
