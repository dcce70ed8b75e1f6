package dev.waibao.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.TestClock;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountsIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  private Http http;
  private Accounts accounts;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
  }

  @Test
  @SuppressWarnings("unchecked")
  void vendorRegistersAndIsSignedInAsItsOrganisationsAdmin() {
    String email = Accounts.uniqueEmail("vendor");
    HttpResponse<String> response =
        http.post("/api/accounts/registrations", Accounts.registration("VENDOR", email), null);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    SignedIn vendor = Accounts.session(http.json(response));
    Map<String, Object> me = http.json(http.get("/api/me", vendor.accessToken()));
    assertThat(me).containsEntry("email", email).containsEntry("role", "ORG_ADMIN");
    assertThat((Map<String, Object>) me.get("organisation"))
        .containsEntry("kind", "VENDOR")
        .containsEntry("city", "harbin");
    assertThat(http.get("/api/me", null).statusCode()).isEqualTo(401);
  }

  @Test
  void registrationNamesEveryInvalidFieldAndSavesNothing() {
    String email = Accounts.uniqueEmail("invalid");
    Map<String, Object> body =
        Map.of(
            "organisation",
            Map.of(
                "kind", "PIRATE",
                "nameZh", "无效公司",
                "creditCode", "91110000600037341X",
                "city", "atlantis"),
            "user",
            Map.of("email", email, "password", "short", "displayName", ""));

    HttpResponse<String> response = http.post("/api/accounts/registrations", body, null);

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response))
        .containsExactlyInAnyOrder(
            "organisation.kind",
            "organisation.creditCode",
            "organisation.city",
            "user.password",
            "user.displayName");
    assertThat(signIn(email, "short", "10.0.0.1").statusCode()).isEqualTo(401);
  }

  @Test
  void nobodyRegistersAsTheAuthority() {
    HttpResponse<String> response =
        http.post(
            "/api/accounts/registrations",
            Accounts.registration("AUTHORITY", Accounts.uniqueEmail("fake-authority")),
            null);

    assertProblem(response, 400, "urn:waibao:problem:validation");
    assertThat(fields(response)).containsExactly("organisation.kind");
  }

  @Test
  void aSecondRegistrationWithTheSameEmailIsAConflict() {
    String email = Accounts.uniqueEmail("twice");
    assertThat(
            http.post("/api/accounts/registrations", Accounts.registration("CLIENT", email), null)
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> again =
        http.post("/api/accounts/registrations", Accounts.registration("CLIENT", email), null);

    assertProblem(again, 409, "urn:waibao:problem:email-taken");
    assertThat(fields(again)).containsExactly("user.email");
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    SignedIn client = accounts.register("CLIENT");

    HttpResponse<String> wrongPassword = signIn(client.email(), "not-the-password-1", "10.1.0.1");
    HttpResponse<String> unknownEmail =
        signIn(Accounts.uniqueEmail("nobody"), "not-the-password-1", "10.1.0.2");

    assertProblem(wrongPassword, 401, "urn:waibao:problem:invalid-credentials");
    assertThat(unknownEmail.statusCode()).isEqualTo(401);
    assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
  }

  @Test
  void refreshRotatesTheTokenAndReuseEndsTheWholeSession() {
    SignedIn vendor = accounts.register("VENDOR");

    HttpResponse<String> first = refresh(vendor.refreshToken());
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    String rotated = (String) http.json(first).get("refreshToken");
    assertThat(rotated).isNotEqualTo(vendor.refreshToken());

    HttpResponse<String> reused = refresh(vendor.refreshToken());
    assertProblem(reused, 401, "urn:waibao:problem:invalid-refresh-token");
    assertThat(refresh(rotated).statusCode())
        .as("the thief's reuse also ends the legitimate holder's newer token")
        .isEqualTo(401);
  }

  @Test
  void signOutEndsTheSession() {
    SignedIn client = accounts.register("CLIENT");

    HttpResponse<String> signOut =
        http.post("/api/auth/sign-out", Map.of("refreshToken", client.refreshToken()), null);

    assertThat(signOut.statusCode()).isEqualTo(204);
    assertThat(refresh(client.refreshToken()).statusCode()).isEqualTo(401);
  }

  @Test
  void repeatedFailuresForOneAccountAreThrottledWithoutRevealingTheAccount() {
    SignedIn client = accounts.register("CLIENT");
    String unknown = Accounts.uniqueEmail("ghost");
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(signIn(client.email(), "wrong-password-9", "10.2.0." + attempt).statusCode())
          .isEqualTo(401);
      assertThat(signIn(unknown, "wrong-password-9", "10.2.1." + attempt).statusCode())
          .isEqualTo(401);
    }

    HttpResponse<String> blocked = signIn(client.email(), Accounts.PASSWORD, "10.2.0.9");
    HttpResponse<String> blockedUnknown = signIn(unknown, Accounts.PASSWORD, "10.2.1.9");

    assertProblem(blocked, 429, "urn:waibao:problem:too-many-attempts");
    assertThat(blocked.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
    assertProblem(blockedUnknown, 429, "urn:waibao:problem:too-many-attempts");

    clock.advance(Duration.ofMinutes(16));
    assertThat(signIn(client.email(), Accounts.PASSWORD, "10.2.0.9").statusCode()).isEqualTo(200);
  }

  @Test
  void repeatedFailuresFromOneAddressAreThrottled() {
    String address = "10.3." + (int) (Math.random() * 250) + ".7";
    for (int attempt = 0; attempt < 20; attempt++) {
      assertThat(signIn(Accounts.uniqueEmail("spray"), "guess-password-1", address).statusCode())
          .isEqualTo(401);
    }
    SignedIn vendor = accounts.register("VENDOR");

    assertProblem(
        signIn(vendor.email(), Accounts.PASSWORD, address),
        429,
        "urn:waibao:problem:too-many-attempts");
    assertThat(signIn(vendor.email(), Accounts.PASSWORD, "10.3.255.8").statusCode()).isEqualTo(200);
  }

  @Test
  void changingThePasswordEndsOtherSessions() {
    SignedIn client = accounts.register("CLIENT");
    SignedIn otherDevice = accounts.signIn(client.email(), Accounts.PASSWORD);

    HttpResponse<String> wrong =
        http.post(
            "/api/me/password",
            Map.of("currentPassword", "nope-nope-1", "newPassword", "new-password-77"),
            client.accessToken());
    assertProblem(wrong, 400, "urn:waibao:problem:validation");
    assertThat(fields(wrong)).containsExactly("currentPassword");

    HttpResponse<String> changed =
        http.post(
            "/api/me/password",
            Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "new-password-77"),
            client.accessToken());

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(refresh(otherDevice.refreshToken()).statusCode()).isEqualTo(401);
    assertThat(signIn(client.email(), Accounts.PASSWORD, "10.4.0.1").statusCode()).isEqualTo(401);
    assertThat(signIn(client.email(), "new-password-77", "10.4.0.2").statusCode()).isEqualTo(200);
  }

  @Test
  void anInvitationCreatesAMemberWithTheInvitedRoleOnce() {
    SignedIn admin = accounts.register("PARK_OPERATOR");
    String email = Accounts.uniqueEmail("invitee");
    HttpResponse<String> invited =
        http.post(
            "/api/organisations/me/invitations",
            Map.of("email", email, "role", "MEMBER"),
            admin.accessToken());
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String token = (String) http.json(invited).get("token");

    HttpResponse<String> preview = http.get("/api/invitations/" + token, null);
    assertThat(http.json(preview)).containsEntry("email", email).containsEntry("role", "MEMBER");

    Map<String, Object> accept = Map.of("displayName", "新同事", "password", Accounts.PASSWORD);
    HttpResponse<String> accepted =
        http.post("/api/invitations/" + token + "/accept", accept, null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    SignedIn member = Accounts.session(http.json(accepted));
    assertThat(member.organisationId()).isEqualTo(admin.organisationId());

    assertThat(http.post("/api/invitations/" + token + "/accept", accept, null).statusCode())
        .isEqualTo(404);
    List<Map<String, Object>> members =
        http.jsonList(http.get("/api/organisations/me/members", member.accessToken()));
    assertThat(members).extracting(m -> m.get("email")).contains(email, admin.email());
    assertThat(
            http.post(
                    "/api/organisations/me/invitations",
                    Map.of("email", Accounts.uniqueEmail("x"), "role", "MEMBER"),
                    member.accessToken())
                .statusCode())
        .as("a plain member cannot invite")
        .isEqualTo(403);
  }

  @Test
  void theLastAdminCanNeitherBeDemotedNorRemoved() {
    SignedIn admin = accounts.register("CLIENT");
    String self = "/api/organisations/me/members/" + admin.userId();

    assertProblem(
        http.call("PUT", self + "/role", Map.of("role", "MEMBER"), admin.accessToken(), Map.of()),
        409,
        "urn:waibao:problem:last-admin");
    assertProblem(
        http.call("DELETE", self, null, admin.accessToken(), Map.of()),
        409,
        "urn:waibao:problem:last-admin");

    SignedIn second = accounts.addMember(admin, "MEMBER");
    HttpResponse<String> promoted =
        http.call(
            "PUT",
            "/api/organisations/me/members/" + second.userId() + "/role",
            Map.of("role", "ORG_ADMIN"),
            admin.accessToken(),
            Map.of());
    assertThat(http.json(promoted)).containsEntry("role", "ORG_ADMIN");
    assertThat(
            http.call(
                    "PUT", self + "/role", Map.of("role", "MEMBER"), admin.accessToken(), Map.of())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void twoAdminsDemotingEachOtherAtOnceLeaveOneAdmin() {
    SignedIn first = accounts.register("VENDOR");
    SignedIn second = accounts.addMember(first, "ORG_ADMIN");

    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(() -> demote(first, second));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(() -> demote(second, first));
    List<Integer> statuses = List.of(a.join().statusCode(), b.join().statusCode());

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    List<Map<String, Object>> members =
        http.jsonList(http.get("/api/organisations/me/members", first.accessToken()));
    assertThat(members).filteredOn(m -> "ORG_ADMIN".equals(m.get("role"))).hasSize(1);
  }

  @Test
  void aRemovedMemberCannotRefreshOrSignIn() {
    SignedIn admin = accounts.register("CLIENT");
    SignedIn member = accounts.addMember(admin, "MEMBER");

    HttpResponse<String> removed =
        http.call(
            "DELETE",
            "/api/organisations/me/members/" + member.userId(),
            null,
            admin.accessToken(),
            Map.of());

    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(refresh(member.refreshToken()).statusCode()).isEqualTo(401);
    assertThat(signIn(member.email(), Accounts.PASSWORD, "10.5.0.1").statusCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void changesAreAuditedAndTheTrailCannotBeRewritten() throws SQLException {
    SignedIn admin = accounts.register("CLIENT");
    SignedIn member = accounts.addMember(admin, "MEMBER");
    http.call(
        "PUT",
        "/api/organisations/me/members/" + member.userId() + "/role",
        Map.of("role", "ORG_ADMIN"),
        admin.accessToken(),
        Map.of("X-Request-Id", "role-change-1"));

    Map<String, Object> page =
        http.json(
            http.get(
                "/api/audit-events?entityType=user&entityId=" + member.userId(),
                admin.accessToken()));

    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    Map<String, Object> change = items.getFirst();
    assertThat(change)
        .containsEntry("action", "user.role-changed")
        .containsEntry("actorEmail", admin.email())
        .containsEntry("requestId", "role-change-1");
    assertThat((Map<String, Object>) change.get("before")).containsEntry("role", "MEMBER");
    assertThat((Map<String, Object>) change.get("after")).containsEntry("role", "ORG_ADMIN");
    assertThat(change.toString()).doesNotContain("argon2").doesNotContain("passwordHash");

    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET action = 'x'"))
          .hasMessageContaining("cannot be changed or deleted");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event"))
          .hasMessageContaining("cannot be changed or deleted");
    }
  }

  private HttpResponse<String> demote(SignedIn actor, SignedIn target) {
    return http.call(
        "PUT",
        "/api/organisations/me/members/" + target.userId() + "/role",
        Map.of("role", "MEMBER"),
        actor.accessToken(),
        Map.of());
  }

  private HttpResponse<String> signIn(String email, String password, String address) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", email);
    body.put("password", password);
    return http.call("POST", "/api/auth/sign-in", body, null, Map.of("X-Forwarded-For", address));
  }

  private HttpResponse<String> refresh(String refreshToken) {
    return http.post("/api/auth/refresh", Map.of("refreshToken", refreshToken), null);
  }

  @SuppressWarnings("unchecked")
  private List<String> fields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    for (Map<String, Object> error :
        (List<Map<String, Object>>) http.json(response).get("errors")) {
      fields.add((String) error.get("field"));
    }
    return fields;
  }

  private void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("application/problem+json"));
    assertThat(http.json(response)).containsEntry("type", type);
  }
}
