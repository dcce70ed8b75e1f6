package dev.waibao.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.searchindex.SearchDocument;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.ServiceTenders;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class LuceneReindexUnderLoadIT extends ReindexUnderLoadContract {

  @Inject DataSource dataSource;

  @Test
  @SuppressWarnings("unchecked")
  void theConsistencyReportNamesMissingExtraAndStaleDocumentsAndARebuildRepairsThem()
      throws SQLException {
    assertThat(rebuildTenders())
        .as("the index starts from the database's tenders of every test")
        .containsEntry("status", "SUCCEEDED");
    SignedIn client = accounts.register("CLIENT");
    ServiceTenders tenders = new ServiceTenders(tenderService, clock, client);
    UUID missing = tenders.publish("一致性 missing");
    UUID stale = tenders.publish("一致性 stale");
    drain();
    engine.delete(TenderDocument.INDEX, List.of(missing.toString()));
    String ghost = "ffffffff-0000-0000-0000-" + client.userId().substring(24);
    engine.index(
        TenderDocument.INDEX,
        List.of(new SearchDocument(ghost, 1, Map.of(TenderDocument.TITLE, "幽灵 ghost"))));
    try (Connection connection = unwrap().getConnection();
        PreparedStatement bump =
            connection.prepareStatement("UPDATE tender SET version = version + 1 WHERE id = ?")) {
      bump.setObject(1, stale);
      bump.executeUpdate();
    }

    Map<String, Object> report =
        http.json(http.get("/api/search/indexes/tenders/consistency", authority.accessToken()));

    assertThat(report).containsEntry("consistent", false).containsEntry("index", "tenders");
    assertThat((Map<String, Object>) report.get("missing"))
        .containsEntry("count", 1)
        .containsEntry("sample", List.of(missing.toString()));
    assertThat((Map<String, Object>) report.get("extra"))
        .containsEntry("count", 1)
        .containsEntry("sample", List.of(ghost));
    assertThat((Map<String, Object>) report.get("stale"))
        .containsEntry("count", 1)
        .containsEntry("sample", List.of(stale.toString()));
    List<Map<String, Object>> all =
        http.jsonList(http.get("/api/search/consistency", authority.accessToken()));
    assertThat(all).extracting(r -> r.get("index")).containsExactly("parks", "tenders", "vendors");

    Map<String, Object> rebuild = rebuildTenders();
    assertThat(rebuild).containsEntry("status", "SUCCEEDED");
    assertThat(
            http.json(http.get("/api/search/indexes/tenders/consistency", authority.accessToken())))
        .containsEntry("consistent", true);
  }

  @Test
  void onlyTheAuthorityMaintainsIndexes() {
    SignedIn vendor = accounts.register("VENDOR");
    assertThat(
            http.post("/api/search/indexes/tenders/reindex", null, vendor.accessToken())
                .statusCode())
        .isEqualTo(403);
    assertThat(http.post("/api/search/indexes/tenders/reindex", null, null).statusCode())
        .isEqualTo(401);
    assertThat(
            http.get("/api/search/indexes/tenders/consistency", vendor.accessToken()).statusCode())
        .isEqualTo(403);
    assertThat(
            http.post("/api/search/indexes/bids/reindex", null, authority.accessToken())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            http.get("/api/search/rebuilds/" + UUID.randomUUID(), authority.accessToken())
                .statusCode())
        .isEqualTo(404);
  }

  private DataSource unwrap() {
    return DelegatingDataSource.unwrapDataSource(dataSource);
  }
}
