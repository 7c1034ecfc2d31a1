package io.motkit.server;

import static io.motkit.server.TestClient.journey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens and TLS: a throwaway key and certificate made by keytool, calls over HTTPS with and
 * without a token, and a plain-HTTP call to the TLS port.
 */
final class ServerSecurityTest {

  private static final String PASSWORD = "throwaway-" + System.nanoTime();
  private static final String TOKEN = "s3cret-token-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static ScoringServer server;
  private static HttpClient https;

  @BeforeAll
  static void start() throws Exception {
    Path keystore = dir.resolve("server.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "motkit",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    String said =
        new String(
            keytool.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(said).isZero();

    Path tokens = dir.resolve("tokens");
    Files.writeString(
        tokens,
        "# who may call\nci "
            + BearerTokens.hashLine(TOKEN)
            + "\n\nother sha256:"
            + "0".repeat(64)
            + "\n");
    server =
        ScoringServer.start(
            ServerSettings.builder()
                .port(0)
                .addAllTokenHashes(BearerTokens.read(tokens))
                .tlsKeystore(keystore)
                .tlsPassword(PASSWORD)
                .requestTimeout(Duration.ofSeconds(5))
                .build());

    // The client trusts the throwaway certificate and nothing else.
    KeyStore key = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      key.load(in, PASSWORD.toCharArray());
    }
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    trusted.setCertificateEntry("motkit", key.getCertificate("motkit"));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    https =
        HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static HttpResponse<String> score(String scheme, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(scheme + "://127.0.0.1:" + server.port() + "/v1/scorers/mean/score"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(journey("j", 3, 5)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return https.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aCallOverHttpsWithAnAcceptedTokenIsAnswered() throws Exception {
    HttpResponse<String> answered = score("https", TOKEN);
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(JSON.readTree(answered.body()).get("value").asDouble()).isEqualTo(4.0);
  }

  @Test
  void aCallWithoutATokenOrWithAnotherIs401WithTheChallenge() throws Exception {
    for (String token : new String[] {null, "guess", TOKEN + "x"}) {
      HttpResponse<String> refused = score("https", token);
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .contains("Bearer realm=\"motkit\"");
      assertThat(JSON.readTree(refused.body()).get("type").asText())
          .isEqualTo("urn:motkit:problem:unauthorized");
    }
  }

  @Test
  void theOperationsEndpointsStayOpenToProbes() throws Exception {
    HttpResponse<String> health =
        https.send(
            HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + server.port() + "/health"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void plainHttpToTheTlsPortIsRefused() {
    assertThatThrownBy(
            () -> {
              HttpResponse<String> plain = score("http", TOKEN);
              // Should the port answer plain HTTP at all, it must not be with a score.
              assertThat(plain.statusCode()).isNotEqualTo(200);
              throw new java.io.IOException("refused with " + plain.statusCode());
            })
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void aTokenFileLineThatIsNoHashIsNamed() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad-tokens"), "ci sha256:abc\n");
    assertThatThrownBy(() -> BearerTokens.read(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(bad + ", line 1: not a token hash");
    assertThat(BearerTokens.hashLine("test"))
        .isEqualTo("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  }
}
