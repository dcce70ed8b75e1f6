package dev.waibao.searchindex.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Elasticsearch client from a list of node URLs. It only connects: index mappings are
 * applied by {@link ElasticsearchSearchEngine#ensureIndex}, a separate bootstrap step, so that
 * creating a client never writes to the cluster.
 */
public final class ElasticsearchClientFactory {

  /** How long to wait for a TCP connection; a dead node should fail over quickly. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** How long to wait for an answer; bulk writes of a large batch may take a while. */
  public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

  private ElasticsearchClientFactory() {}

  /**
   * A client for the nodes at the comma-separated URLs, e.g. {@code
   * http://es1:9200,http://es2:9200}, without authentication. Close the client to release its
   * connections and threads.
   *
   * @throws IllegalArgumentException if the list is empty or a URL is not an http(s) host URL
   */
  public static ElasticsearchClient create(String urls) {
    Rest5Client restClient =
        Rest5Client.builder(parseUrls(urls))
            .setConnectionConfigCallback(
                connection ->
                    connection.setConnectTimeout(
                        Timeout.ofMilliseconds(CONNECT_TIMEOUT.toMillis())))
            .setRequestConfigCallback(
                request ->
                    request.setResponseTimeout(Timeout.ofMilliseconds(RESPONSE_TIMEOUT.toMillis())))
            .build();
    return new ElasticsearchClient(new Rest5ClientTransport(restClient, new JacksonJsonpMapper()));
  }

  /**
   * The node URLs of a comma-separated list; blanks around commas are ignored.
   *
   * @throws IllegalArgumentException if the list is empty or a URL is not an http(s) host URL
   */
  public static List<URI> parseUrls(String urls) {
    if (urls == null || urls.isBlank()) {
      throw new IllegalArgumentException("Elasticsearch URL list must not be empty");
    }
    var parsed = new ArrayList<URI>();
    for (String url : urls.split(",")) {
      String trimmed = url.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      parsed.add(parseUrl(trimmed));
    }
    if (parsed.isEmpty()) {
      throw new IllegalArgumentException("Elasticsearch URL list must not be empty");
    }
    return List.copyOf(parsed);
  }

  private static URI parseUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid Elasticsearch URL: " + url, e);
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException(
          "Elasticsearch URL must start with http:// or https://: " + url);
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException(
          "Elasticsearch URL must name a host and a port, e.g. http://localhost:9200: " + url);
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "Elasticsearch URL must not carry credentials (security is not supported): " + url);
    }
    if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath())) {
      throw new IllegalArgumentException("Elasticsearch URL must not have a path: " + url);
    }
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }
}
