package io.motkit.consumers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The libraries' API is what their module descriptors export, and nothing in it hands out a type of
 * a dependency: every public or protected member of every public type in an exported package is
 * written in JDK and motkit types.
 */
final class ExportedApiTest {

  private static final List<String> FOREIGN =
      List.of(
          "com.google.",
          "com.fasterxml.",
          "de.siegmar.",
          "org.hipparchus.",
          "org.slf4j.",
          "org.immutables.");

  /** The exported packages, unqualified; the only qualified export is core's internal package. */
  private static final Map<String, Set<String>> EXPORTS =
      Map.of(
          "io.motkit.core",
          Set.of(
              "io.motkit.core",
              "io.motkit.core.analysis",
              "io.motkit.core.csv",
              "io.motkit.core.json",
              "io.motkit.core.scoring"),
          "io.motkit.scoring",
          Set.of(
              "io.motkit.scoring",
              "io.motkit.scoring.baseline",
              "io.motkit.scoring.composite",
              "io.motkit.scoring.kano",
              "io.motkit.scoring.nps",
              "io.motkit.scoring.peakend",
              "io.motkit.scoring.recency",
              "io.motkit.scoring.servqual"),
          "io.motkit.journey",
          Set.of(
              "io.motkit.journey",
              "io.motkit.journey.analysis",
              "io.motkit.journey.fit",
              "io.motkit.journey.map",
              "io.motkit.journey.markov",
              "io.motkit.journey.simulation"),
          "io.motkit.report",
          Set.of("io.motkit.report"));

  private static ModuleFinder libraries() {
    String classPath = System.getProperty("java.class.path");
    Path[] entries =
        Stream.of(classPath.split(File.pathSeparator))
            .filter(
                e ->
                    e.matches(".*motkit-(core|scoring|journey|report)[^/\\\\]*\\.jar")
                        || e.matches(
                            ".*[/\\\\](core|scoring|journey|report)[/\\\\]target[/\\\\]classes"))
            .map(Path::of)
            .toArray(Path[]::new);
    return ModuleFinder.of(entries);
  }

  @Test
  void eachLibraryIsANamedModuleExportingItsApiPackagesOnly() {
    ModuleFinder finder = libraries();
    for (Map.Entry<String, Set<String>> module : EXPORTS.entrySet()) {
      ModuleDescriptor descriptor = finder.find(module.getKey()).orElseThrow().descriptor();
      assertThat(descriptor.isAutomatic()).as(module.getKey()).isFalse();
      Set<String> open =
          descriptor.exports().stream()
              .filter(e -> !e.isQualified())
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet());
      assertThat(open).as(module.getKey()).isEqualTo(module.getValue());
      for (ModuleDescriptor.Exports qualified : descriptor.exports()) {
        if (qualified.isQualified()) {
          assertThat(qualified.source()).isEqualTo("io.motkit.core.internal");
          assertThat(qualified.targets()).allMatch(t -> t.startsWith("io.motkit."));
        }
      }
    }
    assertThat(finder.find("io.motkit.scoring").orElseThrow().descriptor().provides())
        .singleElement()
        .satisfies(p -> assertThat(p.providers()).hasSize(12));
    assertThat(finder.find("io.motkit.core").orElseThrow().descriptor().uses())
        .containsExactly("io.motkit.core.scoring.ScorerProvider");
  }

  @Test
  void exportedSignaturesUseNoTypeOfADependency() throws Exception {
    List<String> leaks = new ArrayList<>();
    Map<String, Integer> publicTypes = new TreeMap<>();
    ModuleFinder finder = libraries();
    for (String module : EXPORTS.keySet()) {
      ModuleReference reference = finder.find(module).orElseThrow();
      for (String type : exportedTypes(reference)) {
        Class<?> c = Class.forName(type, false, getClass().getClassLoader());
        if (!Modifier.isPublic(c.getModifiers())
            || (c.getEnclosingClass() != null
                && !Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
          continue;
        }
        if (c.getEnclosingClass() == null) {
          publicTypes.merge(module, 1, Integer::sum);
        }
        List<String> signatures = new ArrayList<>();
        signatures.add(String.valueOf(c.getGenericSuperclass()));
        for (var i : c.getGenericInterfaces()) {
          signatures.add(i.getTypeName());
        }
        for (Method m : c.getDeclaredMethods()) {
          if (visible(m.getModifiers()) && !m.isSynthetic()) {
            signatures.add(m.toGenericString());
          }
        }
        // Public methods inherited from hidden superclasses (generated builders) are API too.
        for (Method m : c.getMethods()) {
          if (!m.isSynthetic()) {
            signatures.add(m.toGenericString());
          }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (visible(k.getModifiers())) {
            signatures.add(k.toGenericString());
          }
        }
        for (Field f : c.getDeclaredFields()) {
          if (visible(f.getModifiers())) {
            signatures.add(f.toGenericString());
          }
        }
        for (String signature : signatures) {
          for (String foreign : FOREIGN) {
            if (signature.contains(foreign)) {
              leaks.add(type + ": " + signature);
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
    // The public API, counted: the figure the docs give for each module.
    assertThat(publicTypes).containsOnlyKeys(EXPORTS.keySet());
    System.out.println("public top-level types in exported packages: " + publicTypes);
  }

  /**
   * Every public top-level type of an exported package says how far it may be relied on, as JUnit 5
   * marks its API (apiguardian's {@code @API}: stable, experimental, internal), and the surface
   * with its markers is the one recorded in {@code exported-api.txt}: a type added, removed or
   * given another status is a change of the API, made on purpose there.
   */
  @Test
  void everyExportedTypeCarriesItsStatusAndTheSurfaceIsTheRecordedOne() throws Exception {
    List<String> surface = new ArrayList<>();
    ModuleFinder finder = libraries();
    for (String module : EXPORTS.keySet()) {
      for (String type : exportedTypes(finder.find(module).orElseThrow())) {
        Class<?> c = Class.forName(type, false, getClass().getClassLoader());
        if (!Modifier.isPublic(c.getModifiers()) || c.getEnclosingClass() != null) {
          continue;
        }
        API api = c.getAnnotation(API.class);
        assertThat(api).as(type + " has no @API status").isNotNull();
        assertThat(api.since()).as(type).isNotBlank();
        surface.add(type + " " + api.status());
      }
    }
    surface.sort(null);
    List<String> recorded;
    try (var in = getClass().getResourceAsStream("/exported-api.txt")) {
      recorded =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank())
              .toList();
    }
    assertThat(surface).containsExactlyElementsOf(recorded);
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static Set<String> exportedTypes(ModuleReference reference) throws IOException {
    Set<String> exported =
        reference.descriptor().exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    Set<String> types = new TreeSet<>();
    try (ModuleReader reader = reference.open()) {
      reader
          .list()
          .filter(
              n ->
                  n.endsWith(".class")
                      && !n.endsWith("module-info.class")
                      && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> exported.contains(n.substring(0, n.lastIndexOf('.'))))
          .forEach(types::add);
    }
    return types;
  }
}
