package dev.waibao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Test fixtures for accounts, driven through the public HTTP API as a user would: organisations of
 * each kind with a signed-in admin, members, sessions.
 */
public final class Accounts {

  public static final String PASSWORD = "correct-horse-42";
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private final Http http;

  public Accounts(Http http) {
    this.http = http;
  }

  /** A signed-in user: their tokens and who they are. */
  public record SignedIn(
      String accessToken,
      String refreshToken,
      String email,
      String userId,
      String organisationId,
      String organisationName) {}

  /** A fresh valid unified social credit code. */
  public static String creditCode() {
    StringBuilder code = new StringBuilder("9123");
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (code.length() < 17) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    int check = 31 - sum % 31;
    return code.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
  }

  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.waibao.example";
  }

  public static Map<String, Object> registration(String kind, String email) {
    return Map.of(
        "organisation",
        Map.of(
            "kind",
            kind,
            "nameZh",
            "测试" + kind + UUID.randomUUID().toString().substring(0, 6),
            "nameEn",
            "Test " + kind,
            "creditCode",
            creditCode(),
            "city",
            "harbin"),
        "user",
        Map.of("email", email, "password", PASSWORD, "displayName", "测试用户"));
  }

  /** Registers a new organisation of {@code kind}; its admin is signed in. */
  public SignedIn register(String kind) {
    Map<String, Object> body = registration(kind, uniqueEmail(kind.toLowerCase()));
    HttpResponse<String> response = http.post("/api/accounts/registrations", body, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return session(http.json(response));
  }

  public SignedIn signIn(String email, String password) {
    HttpResponse<String> response =
        http.post("/api/auth/sign-in", Map.of("email", email, "password", password), null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return session(http.json(response));
  }

  /**
   * Invites {@code role} into the admin's organisation and accepts; the new member is signed in.
   */
  public SignedIn addMember(SignedIn admin, String role) {
    String email = uniqueEmail("member");
    HttpResponse<String> invited =
        http.post(
            "/api/organisations/me/invitations",
            Map.of("email", email, "role", role),
            admin.accessToken());
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    String token = (String) http.json(invited).get("token");
    HttpResponse<String> accepted =
        http.post(
            "/api/invitations/" + token + "/accept",
            Map.of("displayName", "新成员", "password", PASSWORD),
            null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    return session(http.json(accepted));
  }

  @SuppressWarnings("unchecked")
  public static SignedIn session(Map<String, Object> session) {
    Map<String, Object> user = (Map<String, Object>) session.get("user");
    Map<String, Object> organisation = (Map<String, Object>) user.get("organisation");
    return new SignedIn(
        (String) session.get("accessToken"),
        (String) session.get("refreshToken"),
        (String) user.get("email"),
        (String) user.get("id"),
        (String) organisation.get("id"),
        (String) organisation.get("nameZh"));
  }
}
