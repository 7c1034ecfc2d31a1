package io.motkit.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.slf4j.LoggerFactory;

/**
 * The log of {@code motkit serve}, on standard error: one access line per request and every error
 * with its stack trace, as text for people or as JSON lines (timestamp, level, logger, message, the
 * request id among the MDC values, the stack trace) for log shippers. Logback, set up here rather
 * than from a file, so that the options decide.
 */
final class ServerLogging {

  private ServerLogging() {}

  /**
   * Replaces the command line's quiet logging with the server's.
   *
   * @param format {@code text} or {@code json}
   * @param level {@code error}, {@code warn}, {@code info} or {@code debug}
   */
  static void configure(String format, String level) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    Encoder<ILoggingEvent> encoder;
    if (format.equals("json")) {
      JsonEncoder json = new JsonEncoder();
      json.setWithSequenceNumber(false);
      json.setWithNanoseconds(false);
      json.setWithContext(false);
      json.setWithArguments(false);
      json.setWithFormattedMessage(true);
      json.setWithMessage(false);
      encoder = json;
    } else {
      PatternLayoutEncoder text = new PatternLayoutEncoder();
      text.setPattern("%d{ISO8601} %-5level [%X{request_id:--}] %logger{30} - %msg%n");
      encoder = text;
    }
    encoder.setContext(context);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("stderr");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(level, Level.INFO));
    root.addAppender(stderr);
    // The web stack's own chatter stays below the server's unless asked for.
    if (!level.equals("debug")) {
      context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
      context.getLogger("io.javalin").setLevel(Level.WARN);
    }
  }
}
