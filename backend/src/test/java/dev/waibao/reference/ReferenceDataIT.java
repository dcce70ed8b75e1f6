package dev.waibao.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest
class ReferenceDataIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;

  @Test
  void anyoneCanListTheProvincesCitiesInBothLanguages() throws IOException {
    HttpResponse<String> response = new Http(server, json).get("/api/reference/cities");

    assertThat(response.statusCode()).isEqualTo(200);
    List<Map<String, Object>> cities =
        json.readValue(
            response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    assertThat(cities).hasSize(13);
    assertThat(cities.getFirst())
        .containsEntry("code", "harbin")
        .containsEntry("nameZh", "哈尔滨市")
        .containsEntry("nameEn", "Harbin");
    assertThat(cities).extracting(city -> city.get("code")).contains("daqing", "mudanjiang");
  }
}
