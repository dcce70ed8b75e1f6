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

@MicronautTest(transactional = false)
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

  @Test
  @SuppressWarnings("unchecked")
  void theCapabilityTaxonomyIsVersionedAndGroupsItoAndBpoInBothLanguages() {
    Map<String, Object> taxonomy =
        new Http(server, json).json(new Http(server, json).get("/api/reference/capabilities"));

    assertThat(taxonomy).containsEntry("version", 1);
    List<Map<String, Object>> groups = (List<Map<String, Object>>) taxonomy.get("groups");
    assertThat(groups).extracting(g -> g.get("code")).containsExactly("ITO", "BPO");
    assertThat((List<Map<String, Object>>) groups.get(0).get("capabilities"))
        .extracting(c -> c.get("code"))
        .containsExactly(
            "ITO_APPLICATION_SOFTWARE", "ITO_EMBEDDED_SOFTWARE", "ITO_SAAS", "ITO_GIS");
    assertThat((List<Map<String, Object>>) groups.get(1).get("capabilities"))
        .hasSize(7)
        .first()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("nameZh", "呼叫中心")
                    .containsEntry("nameEn", "Call centre"));
  }

  @Test
  void anyoneCanListTheClientIndustries() {
    Http http = new Http(server, json);
    List<Map<String, Object>> industries = http.jsonList(http.get("/api/reference/industries"));

    assertThat(industries)
        .extracting(i -> i.get("code"))
        .containsExactly(
            "FINANCE",
            "INSURANCE",
            "TELECOM",
            "PETROCHEMICAL",
            "EQUIPMENT_MANUFACTURING",
            "BIOMEDICINE",
            "LOGISTICS",
            "GOVERNMENT");
    assertThat(industries.getFirst()).containsEntry("nameZh", "金融");
  }
}
