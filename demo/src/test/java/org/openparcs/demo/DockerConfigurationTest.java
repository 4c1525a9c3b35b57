package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files in {@code docker/} cannot drift silently from what the services read (no Docker engine
 * runs here, so the images are never built in CI): every key of the example configurations, every
 * environment name of the compose file, the Dockerfiles and the example env files is a key the
 * service reads (from the configuration metadata Micronaut writes for each {@code
 * ConfigurationProperties}, of the service's own classes and of its libraries), a placeholder of
 * the service's configuration, or one of the few names the launch itself uses.
 */
class DockerConfigurationTest {

  private static final Path ROOT = ModuleClasspath.repositoryRoot();
  private static final Path DOCKER = ROOT.resolve("docker");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(:[^}]*)?}");

  /** Read by the launch, not by the configuration: the JVM and Micronaut's bootstrap. */
  private static final Set<String> LAUNCH = Set.of("JAVA_TOOL_OPTIONS", "MICRONAUT_CONFIG_FILES");

  /**
   * The plate keys (POLICY K1, {@code ProtectionSettings} of each service): neither service starts
   * without them, and being secrets they come from its env file.
   */
  static final List<String> PLATE_KEYS =
      List.of(
          "parcs.protection.data-keys",
          "parcs.protection.current-data-key",
          "parcs.protection.lookup-keys",
          "parcs.protection.current-lookup-key");

  record Service(String name, String module, String config, String envExample, String dockerfile) {}

  static final List<Service> SERVICES =
      List.of(
          new Service(
              "controller",
              "controller",
              "garage.example.yml",
              "controller.env.example",
              "controller.Dockerfile"),
          new Service(
              "portal",
              "admin-portal",
              "portal.example.yml",
              "portal.env.example",
              "portal.Dockerfile"));

  @Test
  void everyKeyOfTheExampleConfigurationsIsOneTheServiceReads() throws IOException {
    for (Service s : SERVICES) {
      List<Pattern> known = knownKeys(s.module());
      Map<String, Object> config = new Yaml().load(Files.readString(DOCKER.resolve(s.config())));
      List<String> keys = new ArrayList<>();
      flatten("", config, keys);

      assertThat(keys).as(s.config()).isNotEmpty();
      assertThat(keys)
          .as(s.config() + ": keys the " + s.name() + " does not read")
          .allMatch(k -> known.stream().anyMatch(p -> p.matcher(k).matches()));
    }
  }

  @Test
  void everyEnvironmentNameIsAKeyOrAPlaceholderTheServiceReads() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yml")));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    for (Service s : SERVICES) {
      List<Pattern> known = envForm(knownKeys(s.module()));
      Set<String> placeholders = placeholders(s);
      Map<String, Object> service = services.get(s.name());
      assertThat(service).as("compose service " + s.name()).isNotNull();
      Set<String> names = new TreeSet<>();
      @SuppressWarnings("unchecked")
      Map<String, Object> env = (Map<String, Object>) service.get("environment");
      if (env != null) {
        names.addAll(env.keySet());
      }
      names.addAll(envFile(DOCKER.resolve(s.envExample())).keySet());
      names.addAll(dockerfileEnv(DOCKER.resolve(s.dockerfile())));

      assertThat(names)
          .as(s.name() + ": environment names it never reads")
          .allMatch(
              n ->
                  LAUNCH.contains(n)
                      || placeholders.contains(n)
                      || known.stream().anyMatch(p -> p.matcher(n).matches()));
      assertThat(envFile(DOCKER.resolve(s.envExample())).keySet())
          .as(s.name() + ": every placeholder without a default is in " + s.envExample())
          .containsAll(placeholdersWithoutDefault(DOCKER.resolve(s.config())));
      assertThat(service.get("env_file").toString())
          .as("secrets come from an env file outside the repository")
          .contains("./secrets/");
    }
  }

  @Test
  void eachServiceGetsItsPlateKeysFromItsSecretsFile() throws IOException {
    for (Service s : SERVICES) {
      assertThat(metadataNames(s.module()))
          .as(s.module() + " reads the plate keys (POLICY K1) under these names")
          .containsAll(PLATE_KEYS);
      assertThat(envFile(DOCKER.resolve(s.envExample())).keySet())
          .as(s.envExample() + " names each plate key in environment form")
          .containsAll(
              PLATE_KEYS.stream()
                  .map(k -> k.toUpperCase(java.util.Locale.ROOT).replaceAll("[.\\-]", "_"))
                  .toList());
    }
  }

  @Test
  void noSecretIsWrittenInTheDockerFiles() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(DOCKER.resolve("compose.yml")));
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services =
        (Map<String, Map<String, Object>>) compose.get("services");
    services.forEach(
        (name, service) -> {
          Object env = service.get("environment");
          if (env instanceof Map<?, ?> names) {
            assertThat(names.keySet().stream().map(Object::toString))
                .as("compose service " + name + ": secrets belong in its env file")
                .noneMatch(n -> n.matches(".*(PASSWORD|TOKEN|SECRET|KEYS?)$"));
          }
        });
    for (String example :
        List.of("controller.env.example", "portal.env.example", "mariadb.env.example")) {
      envFile(DOCKER.resolve(example))
          .forEach(
              (name, value) -> {
                if (name.matches(".*(PASSWORD|TOKEN|SECRET|KEYS)$")) {
                  assertThat(value).as(example + ": " + name + " is left empty").isEmpty();
                }
              });
    }
    assertThat(Files.readString(DOCKER.resolve(".gitignore"))).contains("/secrets/", "/certs/");
    assertThat(Files.readString(ROOT.resolve(".dockerignore"))).contains("docker/secrets");
  }

  /** Key patterns from every configuration metadata file on the module's runtime classpath. */
  private static List<Pattern> knownKeys(String module) throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    for (String name : metadataNames(module)) {
      patterns.add(keyPattern(name));
    }
    assertThat(patterns).as(module + " has configuration metadata").hasSizeGreaterThan(100);
    return patterns;
  }

  /** The property names of every configuration metadata file on the module's classpath. */
  private static List<String> metadataNames(String module) throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : ModuleClasspath.of(ROOT.resolve(module)).split(":")) {
      if (!entry.isBlank()) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    List<String> names = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      Enumeration<URL> files = loader.getResources("META-INF/spring-configuration-metadata.json");
      while (files.hasMoreElements()) {
        try (InputStream in = files.nextElement().openStream()) {
          for (JsonNode property : json.readTree(in).path("properties")) {
            names.add(property.path("name").asText());
          }
        }
      }
    }
    return names;
  }

  /** {@code parcs.cameras.*.token} matches any camera id; {@code garages[*]} any index. */
  private static Pattern keyPattern(String name) {
    StringBuilder regex = new StringBuilder();
    for (String part : name.split("(?=\\[\\*])|(?<=\\[\\*])|(?=\\*)|(?<=\\*)")) {
      regex.append(
          switch (part) {
            case "[*]" -> "\\[\\d+]";
            case "*" -> "[^.]+";
            default -> Pattern.quote(part);
          });
    }
    return Pattern.compile(regex.toString());
  }

  /** The same keys as Micronaut reads them from the environment: PARCS_DB_URL for parcs.db.url. */
  private static List<Pattern> envForm(List<Pattern> keys) {
    List<Pattern> env = new ArrayList<>();
    for (Pattern key : keys) {
      String regex = key.pattern().replace("[^.]+", "[A-Z0-9_]+").replace("\\[\\d+]", "_\\d+");
      Matcher quoted = Pattern.compile("\\\\Q(.*?)\\\\E").matcher(regex);
      StringBuilder out = new StringBuilder();
      while (quoted.find()) {
        String literal = quoted.group(1).toUpperCase().replaceAll("[.\\-]", "_");
        quoted.appendReplacement(out, Matcher.quoteReplacement(Pattern.quote(literal)));
      }
      quoted.appendTail(out);
      env.add(Pattern.compile(out.toString()));
    }
    return env;
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Object value, List<String> keys) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        flatten(
            prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey(),
            e.getValue(),
            keys);
      }
    } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), keys);
      }
    } else {
      keys.add(prefix);
    }
  }

  /** Placeholders in the example configuration and in the service's own application.yml. */
  private static Set<String> placeholders(Service s) throws IOException {
    Set<String> names = new TreeSet<>();
    for (Path file :
        List.of(
            DOCKER.resolve(s.config()),
            ROOT.resolve(s.module()).resolve("src/main/resources/application.yml"))) {
      Matcher m = PLACEHOLDER.matcher(Files.readString(file));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static Set<String> placeholdersWithoutDefault(Path file) throws IOException {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(Files.readString(file));
    while (m.find()) {
      if (m.group(2) == null) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static Map<String, String> envFile(Path file) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      int eq = t.indexOf('=');
      values.put(t.substring(0, eq), t.substring(eq + 1));
    }
    return values;
  }

  private static Set<String> dockerfileEnv(Path file) throws IOException {
    Set<String> names = new TreeSet<>();
    String text = Files.readString(file).replace("\\\n", " ");
    for (String line : text.split("\n")) {
      if (line.startsWith("ENV ")) {
        Matcher m = Pattern.compile("([A-Z_][A-Z0-9_]*)=").matcher(line);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
