package dev.waibao.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The files in {@code deploy/} cannot be run here (no container engine), so they are read: every
 * variable they give the application is a real setting of it and documented in the configuration
 * reference, the probes and health checks answer on a running application, and the pieces point at
 * one another (three search nodes that find each other, a proxy in front of every instance).
 */
@MicronautTest(transactional = false)
class DeployFilesIT extends IntegrationTest {

  private static final Pattern BACKTICKED_VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");
  private static final Pattern VALUE_PLACEHOLDER =
      Pattern.compile("\\$\\{([a-z][a-z0-9.-]+)(?::[^}]*)?}");
  private static final Pattern JAVA_STRING = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");
  private static final Pattern CONFIGURATION_PROPERTIES =
      Pattern.compile("@ConfigurationProperties\\(\"([a-z][a-z0-9.-]+)\"\\)");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b([a-z][A-Za-z0-9]*)\\b");

  /**
   * Settings of Micronaut itself that the reference documents; Micronaut binds them from the
   * environment by name, so no source of ours mentions them.
   */
  private static final Set<String> MICRONAUT_NAMESPACES =
      Set.of("datasources.default.", "micronaut.server.");

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private Path repository;
  private Map<String, Object> compose;
  private List<Map<String, Object>> kubernetes;

  @BeforeAll
  void read() throws IOException {
    http = new Http(server, json);
    Path here = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(here.resolve("deploy/compose.yaml"))) {
      here = here.getParent();
      assertThat(here).as("the repository holding deploy/compose.yaml").isNotNull();
    }
    repository = here;
    compose = yaml(repository.resolve("deploy/compose.yaml")).getFirst();
    kubernetes = new ArrayList<>();
    try (Stream<Path> files = Files.list(repository.resolve("deploy/kubernetes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        if (!file.getFileName().toString().equals("kustomization.yaml")) {
          kubernetes.addAll(yaml(file));
        }
      }
    }
  }

  @Test
  void everyVariableGivenToTheApplicationIsADocumentedSettingOfIt() {
    Set<String> reference = referenceSettings();
    Map<String, String> composeSettings = appEnvironment(appServices().values().iterator().next());
    Set<String> kubernetesSettings = new TreeSet<>(configMap().keySet());
    kubernetesSettings.addAll(secret().keySet());

    assertThat(reference)
        .as("the README's Configuration table")
        .containsAll(composeSettings.keySet());
    assertThat(reference).as("the README's Configuration table").containsAll(kubernetesSettings);
    assertThat(kubernetesSettings)
        .as("Kubernetes sets what compose sets")
        .containsExactlyInAnyOrderElementsOf(composeSettings.keySet());
    String deployGuide = read(repository.resolve("deploy/README.md"));
    for (String variable : composeSettings.keySet()) {
      assertThat(deployGuide)
          .as("deploy/README.md explains " + variable)
          .contains("`" + variable + "`");
    }
  }

  @Test
  void everyDocumentedSettingIsReadByTheApplication() throws IOException {
    String configuration = read(repository.resolve("backend/src/main/resources/application.yml"));
    Set<String> mentioned = new LinkedHashSet<>();
    Set<String> properties = new LinkedHashSet<>();
    // @ConfigurationProperties("prefix") binds prefix.<member-in-kebab-case> from the environment
    Map<String, Set<String>> boundMembers = new LinkedHashMap<>();
    mentioned.addAll(matches(PLACEHOLDER, configuration));
    properties.addAll(matches(VALUE_PLACEHOLDER, configuration));
    try (Stream<Path> sources = Files.walk(repository.resolve("backend/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = read(source);
        mentioned.addAll(matches(JAVA_STRING, text));
        properties.addAll(matches(VALUE_PLACEHOLDER, text));
        for (String prefix : matches(CONFIGURATION_PROPERTIES, text)) {
          boundMembers
              .computeIfAbsent(prefix.replace('-', '.') + ".", p -> new LinkedHashSet<>())
              .addAll(
                  matches(IDENTIFIER, text).stream()
                      .map(String::toLowerCase)
                      .collect(Collectors.toSet()));
        }
      }
    }
    Set<String> normalisedProperties =
        properties.stream().map(p -> p.replace('-', '.')).collect(Collectors.toSet());

    for (String variable : referenceSettings()) {
      String property = variable.toLowerCase().replace('_', '.');
      boolean bound =
          boundMembers.entrySet().stream()
              .anyMatch(
                  e ->
                      property.startsWith(e.getKey())
                          && e.getValue()
                              .contains(property.substring(e.getKey().length()).replace(".", "")));
      boolean read =
          mentioned.contains(variable)
              || normalisedProperties.contains(property)
              || bound
              || MICRONAUT_NAMESPACES.stream().anyMatch(property::startsWith);
      assertThat(read).as(variable + " is read by the application").isTrue();
    }
  }

  @Test
  void kubernetesProbesAskHealthEndpointsThatAnswer() {
    Map<String, Object> deployment = resource("Deployment", "waibao");
    Map<String, Object> pod = map(map(deployment.get("spec")).get("template"));
    Map<String, Object> container = list(map(pod.get("spec")).get("containers")).getFirst();
    Map<String, Object> port = list(container.get("ports")).getFirst();
    assertThat(port.get("containerPort").toString())
        .isEqualTo(configMap().get("MICRONAUT_SERVER_PORT"));
    assertThat(container.get("envFrom").toString())
        .contains("name=waibao-config")
        .contains("name=waibao-secrets");

    for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
      Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
      assertThat(httpGet.get("port")).as(probe + " port").isEqualTo(port.get("name"));
      assertAnswersUp((String) httpGet.get("path"));
    }
    assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
        .isEqualTo("/health/readiness");

    Map<String, Object> strategy = map(map(deployment.get("spec")).get("strategy"));
    assertThat(map(strategy.get("rollingUpdate")).get("maxUnavailable"))
        .as("an upgrade never lowers capacity")
        .isEqualTo(0);
    assertThat((Integer) map(pod.get("spec")).get("terminationGracePeriodSeconds"))
        .as("longer than the 20 s graceful shutdown plus the preStop pause")
        .isGreaterThan(25);
    Map<String, Object> service = resource("Service", "waibao");
    assertThat(list(map(service.get("spec")).get("ports")).getFirst().get("targetPort"))
        .isEqualTo(port.get("name"));
  }

  @Test
  void secretsStayOutOfTheConfigMap() {
    for (String key : configMap().keySet()) {
      assertThat(key).doesNotContain("PASSWORD").doesNotContain("SECRET");
    }
    assertThat(secret())
        .containsKeys(
            "DATASOURCES_DEFAULT_PASSWORD",
            "WAIBAO_JWT_SECRET",
            "WAIBAO_BOOTSTRAP_AUTHORITY_PASSWORD");
    Map<String, String> environment = appEnvironment(appServices().values().iterator().next());
    for (String key : List.of("DATASOURCES_DEFAULT_PASSWORD", "WAIBAO_JWT_SECRET")) {
      assertThat(environment.get(key)).as(key + " comes from deploy/.env").startsWith("${");
    }
    String example = read(repository.resolve("deploy/example.env"));
    for (Map.Entry<String, String> entry : environment.entrySet()) {
      Matcher placeholder = PLACEHOLDER.matcher(entry.getValue());
      while (placeholder.find()) {
        assertThat(example)
            .as("example.env shows " + placeholder.group(1))
            .contains(placeholder.group(1) + "=");
      }
    }
  }

  @Test
  void composeRunsSeveralInstancesBehindAProxyOnOneDatabaseAndAThreeNodeCluster() {
    Map<String, Map<String, Object>> apps = appServices();
    assertThat(apps).hasSizeGreaterThanOrEqualTo(2);
    Map<String, String> environment = appEnvironment(apps.values().iterator().next());
    for (Map<String, Object> app : apps.values()) {
      assertThat(appEnvironment(app))
          .as("every instance has the same settings")
          .isEqualTo(environment);
      assertThat(app.get("volumes").toString())
          .contains(":" + environment.get("WAIBAO_DOCUMENTS_DIR"));
      List<?> check = (List<?>) map(app.get("healthcheck")).get("test");
      String url = (String) check.getLast();
      URI health = URI.create(url);
      assertThat(health.getPort())
          .isEqualTo(Integer.parseInt(environment.get("MICRONAUT_SERVER_PORT")));
      assertAnswersUp(health.getPath());
    }
    assertThat(environment)
        .containsEntry("SEARCH_ENGINE", "elasticsearch")
        .containsKey("WAIBAO_JWT_SECRET")
        .containsKey("WAIBAO_DOCUMENTS_DIR");
    assertThat(environment.get("DATASOURCES_DEFAULT_URL"))
        .startsWith("jdbc:postgresql://postgres:");
    assertThat(services()).containsKey("postgres");

    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    services()
        .forEach(
            (name, service) -> {
              if (String.valueOf(service.get("build")).contains("elasticsearch")) {
                nodes.put(name, service);
              }
            });
    assertThat(nodes).hasSize(3);
    for (Map.Entry<String, Map<String, Object>> node : nodes.entrySet()) {
      Map<String, String> settings = strings(map(node.getValue().get("environment")));
      Set<String> others = new TreeSet<>(nodes.keySet());
      others.remove(node.getKey());
      assertThat(settings)
          .containsEntry("node.name", node.getKey())
          .containsEntry("cluster.name", "waibao");
      assertThat(new TreeSet<>(Arrays.asList(settings.get("discovery.seed_hosts").split(","))))
          .isEqualTo(others);
      assertThat(
              new TreeSet<>(Arrays.asList(settings.get("cluster.initial_master_nodes").split(","))))
          .isEqualTo(nodes.keySet());
    }
    assertThat(environment.get("ELASTICSEARCH_URL").split(","))
        .containsExactlyInAnyOrderElementsOf(
            nodes.keySet().stream().map(name -> "http://" + name + ":9200").toList());

    String nginx = read(repository.resolve("deploy/nginx/nginx.conf"));
    for (String app : apps.keySet()) {
      assertThat(nginx).contains("server " + app + ":" + environment.get("MICRONAUT_SERVER_PORT"));
    }
    assertThat(nginx)
        .contains(
            "proxy_set_header "
                + environment.get("WAIBAO_CLIENT_ADDRESS_HEADER")
                + " $remote_addr");
    Map<String, Object> proxy = services().get("nginx");
    assertThat(proxy.get("volumes").toString()).contains("./nginx/nginx.conf:");
  }

  @Test
  void searchNodesRunTheTestedVersionWithTheChineseAnalysisPlugins() {
    String pom = read(repository.resolve("pom.xml"));
    Matcher version = Pattern.compile("<elasticsearch.version>([^<]+)<").matcher(pom);
    assertThat(version.find()).isTrue();
    String image = read(repository.resolve("deploy/elasticsearch/Dockerfile"));
    assertThat(image)
        .contains("FROM elasticsearch:" + version.group(1))
        .contains("analysis-icu")
        .contains("analysis-smartcn");

    Map<String, Object> statefulSet = resource("StatefulSet", "waibao-es");
    Map<String, Object> spec = map(statefulSet.get("spec"));
    assertThat(spec.get("replicas")).isEqualTo(3);
    Map<String, Object> container =
        list(map(map(spec.get("template")).get("spec")).get("containers")).getFirst();
    Map<String, String> env = new LinkedHashMap<>();
    for (Map<String, Object> variable : list(container.get("env"))) {
      env.put((String) variable.get("name"), String.valueOf(variable.get("value")));
    }
    List<String> pods = List.of("waibao-es-0", "waibao-es-1", "waibao-es-2");
    assertThat(env.get("cluster.initial_master_nodes").split(",")).containsExactlyElementsOf(pods);
    assertThat(env.get("discovery.seed_hosts").split(","))
        .containsExactlyElementsOf(pods.stream().map(pod -> pod + ".waibao-es").toList());
    assertThat(env).containsEntry("action.auto_create_index", "false");
    assertThat(configMap().get("ELASTICSEARCH_URL").split(","))
        .containsExactlyElementsOf(
            pods.stream().map(pod -> "http://" + pod + ".waibao-es:9200").toList());
  }

  @Test
  void kustomizationAppliesEveryManifest() throws IOException {
    Map<String, Object> kustomization =
        yaml(repository.resolve("deploy/kubernetes/kustomization.yaml")).getFirst();
    try (Stream<Path> files = Files.list(repository.resolve("deploy/kubernetes"))) {
      assertThat(((List<?>) kustomization.get("resources")).stream().map(String::valueOf).toList())
          .containsExactlyInAnyOrderElementsOf(
              files
                  .map(f -> f.getFileName().toString())
                  .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml"))
                  .toList());
    }
  }

  private void assertAnswersUp(String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path + " answers").isEqualTo(200);
    assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
  }

  private Set<String> referenceSettings() {
    String readme = read(repository.resolve("README.md"));
    int start = readme.indexOf("## Configuration");
    assertThat(start).as("README has a Configuration section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    Set<String> names = new TreeSet<>();
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
      if (line.startsWith("| `")) {
        names.addAll(matches(BACKTICKED_VARIABLE, line.split("\\|")[1]));
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }

  private Map<String, Map<String, Object>> services() {
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
    return services;
  }

  /** The services built from the application's image. */
  private Map<String, Map<String, Object>> appServices() {
    Map<String, Map<String, Object>> apps = new LinkedHashMap<>();
    services()
        .forEach(
            (name, service) -> {
              if (service.get("build") instanceof Map<?, ?> build
                  && "deploy/Dockerfile".equals(build.get("dockerfile"))) {
                apps.put(name, service);
              }
            });
    return apps;
  }

  private static Map<String, String> appEnvironment(Map<String, Object> service) {
    return strings(map(service.get("environment")));
  }

  private Map<String, String> configMap() {
    return strings(map(resource("ConfigMap", "waibao-config").get("data")));
  }

  private Map<String, String> secret() {
    return strings(map(resource("Secret", "waibao-secrets").get("stringData")));
  }

  private Map<String, Object> resource(String kind, String name) {
    return kubernetes.stream()
        .filter(r -> kind.equals(r.get("kind")) && name.equals(map(r.get("metadata")).get("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in deploy/kubernetes"));
  }

  private static List<Map<String, Object>> yaml(Path file) {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : new Yaml().loadAll(read(file))) {
      if (document != null) {
        documents.add(map(document));
      }
    }
    return documents;
  }

  private static Map<String, String> strings(Map<String, Object> map) {
    Map<String, String> strings = new LinkedHashMap<>();
    map.forEach((key, value) -> strings.put(key, String.valueOf(value)));
    return strings;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<Map<String, Object>>) value;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
