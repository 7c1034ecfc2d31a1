package io.motkit.server;

import static io.motkit.server.TestClient.journey;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.motkit.core.Journey;
import io.motkit.core.JourneyScore;
import io.motkit.core.scoring.JourneyScorer;
import io.motkit.core.scoring.ParameterSpec;
import io.motkit.core.scoring.ScorerProvider;
import io.motkit.core.scoring.ScorerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A scorer that fails in a way no input explains: the answer is a 500 problem that names the
 * request, never a stack trace; the log holds the stack trace under the same request id; in a batch
 * only that line is an error and every other line is answered.
 */
final class ServerFailuresTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BlockingQueue<ILoggingEvent> ERRORS = new LinkedBlockingQueue<>();
  private static final AppenderBase<ILoggingEvent> CAPTURE =
      new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
          if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)) {
            ERRORS.add(event);
          }
        }
      };

  /** Fails on a journey whose id starts with "fail", scores the others 1. */
  private static final class Faulty implements ScorerProvider {
    @Override
    public String id() {
      return "faulty";
    }

    @Override
    public String description() {
      return "fails on journeys named fail*, for tests";
    }

    @Override
    public String reference() {
      return "none";
    }

    @Override
    public List<ParameterSpec> parameters() {
      return List.of();
    }

    @Override
    public JourneyScorer create(Map<String, String> parameters) {
      return new JourneyScorer() {
        @Override
        public String id() {
          return "faulty";
        }

        @Override
        public Map<String, String> parameters() {
          return Map.of();
        }

        @Override
        public JourneyScore score(Journey journey) {
          if (journey.id().startsWith("fail")) {
            throw new IllegalStateException("a deliberate failure inside the scorer");
          }
          return JourneyScore.builder().journeyId(journey.id()).scorerId("faulty").value(1).build();
        }
      };
    }
  }

  private static ScoringServer server;
  private static TestClient client;

  @BeforeAll
  static void start() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    CAPTURE.setContext(root.getLoggerContext());
    CAPTURE.start();
    root.addAppender(CAPTURE);
    server =
        ScoringServer.start(
            ServerSettings.builder().port(0).requestTimeout(Duration.ofSeconds(30)).build(),
            ScorerRegistry.of(List.of(new Faulty())));
    client = new TestClient(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(CAPTURE);
  }

  private static ILoggingEvent error() throws InterruptedException {
    ILoggingEvent event = ERRORS.poll(1, TimeUnit.MINUTES);
    assertThat(event).as("an error was logged").isNotNull();
    return event;
  }

  @Test
  void anInternalErrorIsA500ProblemAndItsStackTraceIsLoggedUnderTheRequestId() throws Exception {
    TestClient.Response response =
        client.post("/v1/scorers/faulty/score", "application/json", journey("fail-1", 4));
    assertThat(response.status()).isEqualTo(500);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:motkit:problem:internal-error");
    assertThat(response.body()).doesNotContain("IllegalStateException").doesNotContain("at io.");
    String id = problem.get("request_id").asText();
    ILoggingEvent logged = error();
    assertThat(logged.getThrowableProxy()).isNotNull();
    assertThat(logged.getThrowableProxy().getMessage())
        .isEqualTo("a deliberate failure inside the scorer");
    assertThat(logged.getMDCPropertyMap()).containsEntry("request_id", id);
  }

  @Test
  void aLineThatFailsInABatchIsThatLinesErrorAndTheRestIsAnswered() throws Exception {
    TestClient.Response response =
        client.post(
            "/v1/scorers/faulty/batch",
            "application/x-ndjson",
            journey("ok-1", 4) + "\n" + journey("fail-2", 4) + "\n" + journey("ok-3", 4) + "\n");
    assertThat(response.status()).isEqualTo(200);
    String[] lines = response.body().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(JSON.readTree(lines[0]).get("value").asDouble()).isEqualTo(1.0);
    JsonNode failed = JSON.readTree(lines[1]);
    assertThat(failed.get("journey").asText()).isEqualTo("fail-2");
    assertThat(failed.at("/error/status").asInt()).isEqualTo(500);
    assertThat(JSON.readTree(lines[2]).get("value").asDouble()).isEqualTo(1.0);
    assertThat(error().getThrowableProxy()).isNotNull();
  }
}
