package dev.waibao.searchindex.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch cluster of several nodes on loopback, for tests of how Waibao behaves on a
 * production-like cluster: nodes find each other through {@code discovery.seed_hosts}, all of them
 * master-eligible, so the cluster survives the loss of one node out of three, and indexes with
 * {@code auto_expand_replicas} get one replica per shard.
 *
 * <p>It runs the same integ-test distribution as {@link ElasticsearchTestServer} (system property
 * {@value ElasticsearchTestServer#HOME_PROPERTY}), as the unprivileged user {@value
 * ElasticsearchTestServer#SERVICE_USER} when the tests run as root, each node with its own fresh
 * work directory deleted on {@link #close()}. Unlike the shared server, a cluster belongs to the
 * test that started it: close it.
 */
public final class ElasticsearchTestCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchTestCluster.class);

  /** Generous: three nodes starting at once on a busy two-core build machine take minutes. */
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(600);

  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
  private static final Pattern NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");

  private final String clusterName;
  private final List<Node> nodes;
  private final Duration startupTime;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private record Node(String name, URI baseUrl, Process process, Path workDir) {}

  private ElasticsearchTestCluster(String clusterName, List<Node> nodes, Duration startupTime) {
    this.clusterName = clusterName;
    this.nodes = nodes;
    this.startupTime = startupTime;
  }

  /**
   * Starts {@code size} nodes with {@code heap} each (e.g. {@code 384m}) and waits until all of
   * them have joined one green cluster.
   *
   * @throws IllegalStateException if the cluster does not form in time; the message includes the
   *     last log lines of every node
   */
  public static ElasticsearchTestCluster start(int size, String heap) {
    if (size < 1) {
      throw new IllegalArgumentException("a cluster needs at least one node");
    }
    Path home =
        Path.of(
                System.getProperty(
                    ElasticsearchTestServer.HOME_PROPERTY, ElasticsearchTestServer.DEFAULT_HOME))
            .toAbsolutePath();
    Path launcher = home.resolve("bin/elasticsearch");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(
          "No Elasticsearch distribution at "
              + home
              + ": build through Maven or set -D"
              + ElasticsearchTestServer.HOME_PROPERTY);
    }
    String clusterName = "waibao-cluster-" + UUID.randomUUID().toString().substring(0, 8);
    Path javaHome = Path.of(System.getProperty("java.home"));
    boolean asServiceUser = ElasticsearchTestServer.runningAsRoot();
    List<Node> started = new ArrayList<>();
    long begin = System.nanoTime();
    try {
      if (asServiceUser) {
        ElasticsearchTestServer.ensureServiceUser();
        ElasticsearchTestServer.requireReadableByOthers(home);
        ElasticsearchTestServer.requireReadableByOthers(javaHome);
      }
      List<Integer> httpPorts = new ArrayList<>();
      List<Integer> transportPorts = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        httpPorts.add(ElasticsearchTestServer.freePort());
        transportPorts.add(ElasticsearchTestServer.freePort());
      }
      String seedHosts =
          transportPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
      String masters =
          IntStream.range(0, size).mapToObj(ElasticsearchTestCluster::nodeName).collect(joining());
      for (int i = 0; i < size; i++) {
        Path workDir = ElasticsearchTestServer.createWorkDir(home);
        if (asServiceUser) {
          ElasticsearchTestServer.chownRecursively(workDir, ElasticsearchTestServer.SERVICE_USER);
        }
        List<String> command = new ArrayList<>();
        if (asServiceUser) {
          String user = ElasticsearchTestServer.SERVICE_USER;
          command.addAll(
              List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups", "--"));
        }
        command.add(launcher.toString());
        command.addAll(
            List.of(
                "-Ecluster.name=" + clusterName,
                "-Enode.name=" + nodeName(i),
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPorts.get(i),
                "-Etransport.port=" + transportPorts.get(i),
                "-Ediscovery.seed_hosts=" + seedHosts,
                "-Ecluster.initial_master_nodes=" + masters,
                "-Expack.security.enabled=false",
                "-Epath.data=" + workDir.resolve("data"),
                "-Epath.logs=" + workDir.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-Eaction.auto_create_index=false"));
        ProcessBuilder builder =
            new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("console.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        environment.put("HOME", workDir.toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("ES_JAVA_HOME", javaHome.toString());
        environment.put("ES_PATH_CONF", workDir.resolve("config").toString());
        environment.put("ES_TMPDIR", workDir.resolve("tmp").toString());
        environment.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:-UsePerfData");
        environment.put(
            "CLI_JAVA_OPTS", "-XX:-UsePerfData -Djava.io.tmpdir=" + workDir.resolve("tmp"));
        Process process = builder.start();
        started.add(
            new Node(
                nodeName(i), URI.create("http://127.0.0.1:" + httpPorts.get(i)), process, workDir));
      }
      ElasticsearchTestCluster cluster =
          new ElasticsearchTestCluster(
              clusterName, List.copyOf(started), Duration.ofNanos(System.nanoTime() - begin));
      cluster.awaitFormed(size);
      Duration startupTime = Duration.ofNanos(System.nanoTime() - begin);
      LOG.info(
          "Elasticsearch cluster {} of {} nodes ({} heap each) formed after {} ms at {}",
          clusterName,
          size,
          heap,
          startupTime.toMillis(),
          cluster.urls());
      return new ElasticsearchTestCluster(clusterName, cluster.nodes, startupTime);
    } catch (IOException e) {
      started.forEach(node -> ElasticsearchTestServer.shutDown(node.process(), node.workDir()));
      throw new IllegalStateException("Cannot start an Elasticsearch cluster: " + e, e);
    } catch (RuntimeException e) {
      started.forEach(node -> ElasticsearchTestServer.shutDown(node.process(), node.workDir()));
      throw e;
    }
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(",");
  }

  private static String nodeName(int index) {
    return "node-" + (index + 1);
  }

  /** Every node's HTTP address, stopped ones included, comma-separated as a client takes them. */
  public String urls() {
    return nodes.stream().map(node -> node.baseUrl().toString()).collect(joining());
  }

  public int size() {
    return nodes.size();
  }

  public URI baseUrl(int index) {
    return nodes.get(index).baseUrl();
  }

  public String clusterName() {
    return clusterName;
  }

  /** From the first launch to a green cluster of every node. */
  public Duration startupTime() {
    return startupTime;
  }

  public boolean isRunning(int index) {
    return nodes.get(index).process().isAlive();
  }

  /** The processes of the running nodes (launcher and server JVM), e.g. to measure memory. */
  public List<ProcessHandle> processes() {
    return nodes.stream()
        .map(Node::process)
        .filter(Process::isAlive)
        .flatMap(process -> Stream.concat(Stream.of(process.toHandle()), process.descendants()))
        .toList();
  }

  /** The index of the node currently elected master, asked of a running node. */
  public int master() {
    String name = get(runningNode(), "/_cat/master?h=node").strip();
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("Unknown master node '" + name + "'");
  }

  /**
   * Stops one node as an operator would (SIGTERM, then SIGKILL if it lingers); its data stays until
   * {@link #close()}. The others carry on: with one replica per shard nothing is lost.
   */
  public void stopNode(int index) {
    Node node = nodes.get(index);
    LOG.info("Stopping Elasticsearch node {} of cluster {}", node.name(), clusterName);
    ElasticsearchTestServer.terminate(node.process());
  }

  /** The cluster's health status as a running node reports it: green, yellow or red. */
  public String health() {
    String body = get(runningNode(), "/_cluster/health");
    Matcher status = STATUS.matcher(body);
    return status.find() ? status.group(1) : "unknown";
  }

  /** A GET on a running node, returning the body; for diagnostics and assertions. */
  public String get(String path) {
    return get(runningNode(), path);
  }

  @Override
  public void close() {
    LOG.info("Stopping Elasticsearch cluster {}", clusterName);
    nodes.parallelStream()
        .forEach(node -> ElasticsearchTestServer.shutDown(node.process(), node.workDir()));
    ElasticsearchTestServer.removeEmptyPerfDataDirectory();
  }

  private Node runningNode() {
    return nodes.stream()
        .filter(node -> node.process().isAlive())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No node of " + clusterName + " is running"));
  }

  private void awaitFormed(int size) {
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    String last = "(no answer)";
    while (System.nanoTime() < deadline) {
      for (Node node : nodes) {
        if (!node.process().isAlive()) {
          throw new IllegalStateException(
              "Elasticsearch node "
                  + node.name()
                  + " exited while the cluster formed; its last log lines:\n"
                  + logs(node));
        }
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(
                        nodes
                            .getFirst()
                            .baseUrl()
                            .resolve(
                                "/_cluster/health?wait_for_nodes="
                                    + size
                                    + "&wait_for_status=green&timeout=2s"))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = response.body();
        Matcher count = NODES.matcher(last);
        if (response.statusCode() == 200
            && count.find()
            && Integer.parseInt(count.group(1)) == size) {
          return;
        }
      } catch (IOException notYet) {
        // the first node is not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the cluster formed", e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the cluster formed", e);
      }
    }
    throw new IllegalStateException(
        "The Elasticsearch cluster did not form within "
            + STARTUP_TIMEOUT.toSeconds()
            + " s; last health: "
            + last
            + "\n"
            + nodes.stream()
                .map(node -> node.name() + ":\n" + logs(node))
                .collect(Collectors.joining("\n")));
  }

  private String get(Node node, String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(node.baseUrl().resolve(path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Elasticsearch node " + node.name() + " did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String logs(Node node) {
    return String.join("\n", ElasticsearchTestServer.tail(node.workDir().resolve("console.log")));
  }
}
