package dev.waibao.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every accounts endpoint called by every kind of caller, on their own organisation's resources and
 * on another's. Expected statuses are written out cell by cell; any body that mentions the other
 * organisation's people counts as a leak.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixIT extends IntegrationTest {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationMatrixIT.class);
  private static final String AUTHORITY_EMAIL = "authority-matrix@test.waibao.example";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  private Http http;
  private final Map<String, SignedIn> callers = new LinkedHashMap<>();
  private SignedIn foreignAdmin;
  private SignedIn foreignMember;
  private String foreignInvitation;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
    properties.put("waibao.bootstrap.authority.email", AUTHORITY_EMAIL);
    properties.put("waibao.bootstrap.authority.password", Accounts.PASSWORD);
    return properties;
  }

  @BeforeAll
  void createOrganisations() {
    http = new Http(server, json);
    Accounts accounts = new Accounts(http);
    SignedIn clientAdmin = accounts.register("CLIENT");
    callers.put("anonymous", null);
    callers.put("client member", accounts.addMember(clientAdmin, "MEMBER"));
    callers.put("client admin", clientAdmin);
    callers.put("vendor admin", accounts.register("VENDOR"));
    callers.put("park operator admin", accounts.register("PARK_OPERATOR"));
    callers.put("authority admin", accounts.signIn(AUTHORITY_EMAIL, Accounts.PASSWORD));
    foreignAdmin = accounts.register("CLIENT");
    foreignMember = accounts.addMember(foreignAdmin, "MEMBER");
    HttpResponse<String> invitation =
        http.post(
            "/api/organisations/me/invitations",
            Map.of("email", Accounts.uniqueEmail("foreign-invitee"), "role", "MEMBER"),
            foreignAdmin.accessToken());
    foreignInvitation = (String) http.json(invitation).get("id");
  }

  private record Cell(String caller, String method, String path, Object body, int expected) {}

  @Test
  void nobodyReadsOrChangesAnotherOrganisationsAccounts() {
    List<Cell> cells = new ArrayList<>();
    for (String caller : callers.keySet()) {
      boolean anonymous = caller.equals("anonymous");
      boolean admin = caller.endsWith("admin");
      int signedIn = anonymous ? 401 : 200;
      int adminOnly = anonymous ? 401 : admin ? 200 : 403;
      int adminOnForeign = anonymous ? 401 : admin ? 404 : 403;
      cells.add(new Cell(caller, "GET", "/api/me", null, signedIn));
      cells.add(new Cell(caller, "GET", "/api/organisations/me/members", null, signedIn));
      cells.add(new Cell(caller, "GET", "/api/organisations/me/invitations", null, adminOnly));
      cells.add(
          new Cell(
              caller,
              "POST",
              "/api/organisations/me/invitations",
              Map.of("email", Accounts.uniqueEmail("matrix"), "role", "MEMBER"),
              anonymous ? 401 : admin ? 201 : 403));
      cells.add(
          new Cell(
              caller,
              "DELETE",
              "/api/organisations/me/invitations/" + foreignInvitation,
              null,
              adminOnForeign));
      cells.add(
          new Cell(
              caller,
              "PUT",
              "/api/organisations/me/members/" + foreignMember.userId() + "/role",
              Map.of("role", "ORG_ADMIN"),
              adminOnForeign));
      cells.add(
          new Cell(
              caller,
              "DELETE",
              "/api/organisations/me/members/" + foreignAdmin.userId(),
              null,
              adminOnForeign));
      cells.add(
          new Cell(
              caller,
              "GET",
              "/api/audit-events?size=100",
              null,
              anonymous ? 401 : admin || caller.startsWith("authority") ? 200 : 403));
    }

    List<String> mismatches = new ArrayList<>();
    List<String> leaks = new ArrayList<>();
    for (Cell cell : cells) {
      SignedIn caller = callers.get(cell.caller());
      HttpResponse<String> response =
          http.call(
              cell.method(),
              cell.path(),
              cell.body(),
              caller == null ? null : caller.accessToken(),
              Map.of());
      if (response.statusCode() != cell.expected()) {
        mismatches.add(cell + " answered " + response.statusCode() + ": " + response.body());
      }
      boolean authorityReadingAudit =
          cell.caller().startsWith("authority") && cell.path().startsWith("/api/audit-events");
      if (!authorityReadingAudit && mentionsForeignOrganisation(response.body())) {
        leaks.add(cell + " revealed the other organisation: " + response.body());
      }
    }
    LOG.info(
        "Authorization matrix: {} cells, {} mismatches, {} leaks",
        cells.size(),
        mismatches.size(),
        leaks.size());

    assertThat(mismatches).isEmpty();
    assertThat(leaks).isEmpty();
    assertForeignOrganisationUntouched();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theAuthorityReadsEveryOrganisationsTrailAndAnAdminOnlyTheirOwn() {
    SignedIn authority = callers.get("authority admin");
    SignedIn clientAdmin = callers.get("client admin");

    String authorityView =
        http.get(
                "/api/audit-events?entityType=user&entityId=" + foreignMember.userId(),
                authority.accessToken())
            .body();
    Map<String, Object> adminView =
        http.json(
            http.get(
                "/api/audit-events?entityType=user&entityId=" + foreignMember.userId(),
                clientAdmin.accessToken()));

    assertThat(authorityView).contains(foreignMember.email());
    assertThat((List<Object>) adminView.get("items")).isEmpty();
  }

  private boolean mentionsForeignOrganisation(String body) {
    return body.contains(foreignAdmin.organisationId())
        || body.contains(foreignAdmin.email())
        || body.contains(foreignMember.email())
        || body.contains(foreignAdmin.organisationName());
  }

  private void assertForeignOrganisationUntouched() {
    List<Map<String, Object>> members =
        http.jsonList(http.get("/api/organisations/me/members", foreignAdmin.accessToken()));
    assertThat(members)
        .extracting(member -> member.get("email") + ":" + member.get("role"))
        .containsExactlyInAnyOrder(
            foreignAdmin.email() + ":ORG_ADMIN", foreignMember.email() + ":MEMBER");
    List<Map<String, Object>> invitations =
        http.jsonList(http.get("/api/organisations/me/invitations", foreignAdmin.accessToken()));
    assertThat(invitations)
        .extracting(invitation -> invitation.get("id"))
        .contains(foreignInvitation);
  }
}
