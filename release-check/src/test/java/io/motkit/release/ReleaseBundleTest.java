package io.motkit.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Security;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The release profile, rehearsed: a copy of the sources at the release version is built with {@code
 * mvn -P release verify} and a throwaway signing key made here, and the bundle it leaves must hold,
 * for every published artifact, its POM with the metadata Maven Central requires, its jar with
 * sources and javadoc jars, a valid signature of every file by that key, and MD5 and SHA-1
 * checksums that match. Nothing is uploaded. A second clean build of the libraries, from another
 * copy, gives byte-identical jars.
 *
 * <p>Both builds leave out what the enclosing build has just done on these very sources and what a
 * release does not change: tests, formatting, dependency analysis, the enforcer rules and Error
 * Prone (a checker that writes nothing). What a release adds (javadoc and sources jars, signatures,
 * checksums, POM metadata, the bundle) is all built; the second build, which only has to show that
 * the same sources give the same bytes, makes no javadoc.
 */
final class ReleaseBundleTest {

  /** What Maven Central receives; benchmarks and these checks are not published. */
  private static final List<String> POMS = List.of("motkit-parent", "motkit-bom");

  private static final List<String> JARS =
      List.of(
          "motkit-core",
          "motkit-testkit",
          "motkit-scoring",
          "motkit-journey",
          "motkit-report",
          "motkit-examples",
          "motkit-server",
          "motkit-spark",
          "motkit-streams",
          "motkit-cli");

  /**
   * Steps of the enclosing build that a release rehearsal need not repeat: tests (not even
   * compiled), formatting, dependency analysis, the enforcer rules, and Error Prone (replaced by a
   * harmless lint option, since the compiler arguments name it).
   */
  private static final List<String> ALREADY_CHECKED =
      List.of(
          "-Dmaven.test.skip=true",
          "-Dspotless.check.skip",
          "-Ddependency.analyze.skip",
          "-Denforcer.skip",
          "-Derrorprone.plugin=-Xlint:-options");

  @TempDir Path dir;

  @Test
  void theReleaseProfileBuildsASignedCompleteBundle() throws Exception {
    Security.addProvider(new BouncyCastleProvider());
    String snapshot = System.getProperty("release.check.version");
    String version = snapshot.replace("-SNAPSHOT", "");
    Path project = dir.resolve("project");
    copySources(
        Path.of(System.getProperty("release.check.project")).toRealPath(),
        project,
        snapshot,
        version);
    PGPSecretKey key = throwawayKey();
    // The second build of core, from another copy, runs beside the release build.
    Path again = dir.resolve("again");
    copySources(project, again, version, version);
    String mvn = Path.of(System.getProperty("release.check.maven"), "bin", "mvn").toString();
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-ntp", "-P", "release"));
    command.addAll(List.of("-pl", "!benchmarks,!release-check,!image"));
    command.addAll(ALREADY_CHECKED);
    command.add("verify");
    List<String> core = new ArrayList<>(List.of(mvn, "-B", "-ntp"));
    core.addAll(ALREADY_CHECKED);
    core.addAll(List.of("-Dmaven.javadoc.skip", "-pl", "core", "package"));
    Process coreBuild = start(again, core, Map.of());
    Process release =
        start(project, command, Map.of("MAVEN_GPG_KEY", armoured(key), "MAVEN_GPG_PASSPHRASE", ""));
    finish(release, project);
    finish(coreBuild, again);

    Map<String, byte[]> files = new TreeMap<>();
    try (ZipFile zip = new ZipFile(project.resolve("target/central-bundle.zip").toFile())) {
      for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
        if (!entry.isDirectory()) {
          try (InputStream in = zip.getInputStream(entry)) {
            files.put(entry.getName(), in.readAllBytes());
          }
        }
      }
    }
    List<String> expected = new ArrayList<>();
    for (String artifact : POMS) {
      expected.add(base(artifact, version) + ".pom");
    }
    for (String artifact : JARS) {
      String base = base(artifact, version);
      expected.addAll(
          List.of(base + ".pom", base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
    }
    // The Spark module also ships the jar spark-submit takes, with the library inside.
    expected.add(base("motkit-spark", version) + "-job.jar");
    List<String> main = new ArrayList<>();
    for (String name : files.keySet()) {
      if (!name.endsWith(".asc") && !name.endsWith(".md5") && !name.endsWith(".sha1")) {
        main.add(name);
      }
    }
    assertThat(main).as("the files of the bundle").containsExactlyInAnyOrderElementsOf(expected);
    for (String name : main) {
      byte[] content = files.get(name);
      assertThat(content).as(name).isNotEmpty();
      assertThat(new String(files.get(name + ".md5"), StandardCharsets.US_ASCII).trim())
          .as(name + ".md5")
          .isEqualTo(hex("MD5", content));
      assertThat(new String(files.get(name + ".sha1"), StandardCharsets.US_ASCII).trim())
          .as(name + ".sha1")
          .isEqualTo(hex("SHA-1", content));
      assertThat(verifies(files.get(name + ".asc"), content, key.getPublicKey()))
          .as(name + ".asc")
          .isTrue();
    }
    for (String artifact : JARS) {
      try (var jar =
          new java.util.jar.JarInputStream(
              new ByteArrayInputStream(files.get(base(artifact, version) + "-javadoc.jar")))) {
        boolean index = false;
        for (var e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
          index |= e.getName().endsWith("index.html");
        }
        assertThat(index).as(artifact + " javadoc").isTrue();
      }
    }
    Element parent = pom(files.get(base("motkit-parent", version) + ".pom"));
    for (String artifact : concat(POMS, JARS)) {
      Element pom = pom(files.get(base(artifact, version) + ".pom"));
      assertThat(text(pom, "version")).as(artifact).isIn(version, "");
      assertThat(text(pom, "name")).as(artifact + " name").isNotBlank();
      assertThat(text(pom, "description")).as(artifact + " description").isNotBlank();
      for (String required : List.of("url", "licenses", "scm", "developers")) {
        String value = text(pom, required).isBlank() ? text(parent, required) : text(pom, required);
        assertThat(value).as(artifact + " " + required).isNotBlank();
      }
      assertThat(text(pom, "url").isBlank() ? text(parent, "url") : text(pom, "url"))
          .startsWith("https://github.com/motkit/motkit");
    }
    checkReproducible(project, again, version);
  }

  /**
   * The same sources give the same bytes: a second clean build of core from another copy (its
   * annotation processing, resources and module descriptor included) gives the same jar and sources
   * jar as the release build.
   */
  private static void checkReproducible(Path project, Path again, String version)
      throws IOException {
    for (String suffix : List.of(".jar", "-sources.jar")) {
      String jar = "core/target/motkit-core-" + version + suffix;
      assertThat(Files.readAllBytes(again.resolve(jar)))
          .as(jar + " built twice")
          .isEqualTo(Files.readAllBytes(project.resolve(jar)));
    }
  }

  private Process start(Path project, List<String> command, Map<String, String> environment)
      throws IOException {
    ProcessBuilder build =
        new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    build.redirectOutput(dir.resolve(project.getFileName() + ".log").toFile());
    build.environment().putAll(environment);
    return build.start();
  }

  private void finish(Process build, Path project) throws Exception {
    assertThat(build.waitFor(15, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve(project.getFileName() + ".log"));
    assertThat(build.exitValue()).as(tail(log)).isZero();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String base(String artifact, String version) {
    return "io/motkit/" + artifact + "/" + version + "/" + artifact + "-" + version;
  }

  private static String tail(String log) {
    return log.length() < 6000 ? log : log.substring(log.length() - 6000);
  }

  /**
   * The sources without build output, at the release version, as a release commit would have them.
   */
  private static void copySources(Path from, Path to, String snapshot, String version)
      throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            String name = d.getFileName() == null ? "" : d.getFileName().toString();
            if (!d.equals(from)
                && (name.equals("target")
                    || (name.startsWith(".") && !name.equals(".mvn"))
                    || name.equals("reports"))) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(from.relativize(d).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
            Path target = to.resolve(from.relativize(f).toString());
            if (f.getFileName().toString().equals("pom.xml")) {
              Files.writeString(target, Files.readString(f).replace(snapshot, version));
            } else if (attrs.isRegularFile()) {
              Files.copy(f, target);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  @SuppressWarnings("JavaUtilDate") // Bouncy Castle takes the key's creation time as a Date
  private static PGPSecretKey throwawayKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", "BC");
    generator.initialize(2048, new SecureRandom());
    PGPKeyPair pair =
        new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, generator.generateKeyPair(), new Date());
    return new PGPSecretKey(
        PGPSignature.DEFAULT_CERTIFICATION,
        pair,
        "motkit release check <release-check@motkit.invalid>",
        new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1),
        null,
        null,
        new JcaPGPContentSignerBuilder(
            pair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
        new JcePBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.NULL).build(new char[0]));
  }

  private static String armoured(PGPSecretKey key) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new ArmoredOutputStream(bytes)) {
      key.encode(out);
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  private static boolean verifies(byte[] armouredSignature, byte[] content, PGPPublicKey key)
      throws Exception {
    assertThat(armouredSignature).isNotNull();
    JcaPGPObjectFactory factory =
        new JcaPGPObjectFactory(
            PGPUtil.getDecoderStream(new ByteArrayInputStream(armouredSignature)));
    Object object = factory.nextObject();
    assertThat(object).isInstanceOf(PGPSignatureList.class);
    PGPSignature signature = ((PGPSignatureList) object).get(0);
    signature.init(new JcaPGPContentVerifierBuilderProvider().setProvider("BC"), key);
    signature.update(content);
    return signature.verify();
  }

  private static String hex(String algorithm, byte[] content) throws Exception {
    byte[] digest = MessageDigest.getInstance(algorithm).digest(content);
    return String.format("%0" + digest.length * 2 + "x", new BigInteger(1, digest));
  }

  private static Element pom(byte[] content) throws Exception {
    assertThat(content).isNotNull();
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(content));
    return document.getDocumentElement();
  }

  /** The text of a direct child of the project element, empty when there is none. */
  private static String text(Element project, String name) {
    NodeList children = project.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element
          && ((Element) children.item(i)).getTagName().equals(name)) {
        return children.item(i).getTextContent().trim();
      }
    }
    return "";
  }
}
