package dev.waibao.shared.idempotency;

import dev.waibao.shared.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Makes every authenticated POST idempotent under an {@code Idempotency-Key} header: the first
 * request claims the key; a retry with the same body gets the stored answer; the same key with a
 * different body is refused. Anonymous POSTs are not keyed: a key alone must never hand one
 * person's answer (a session, say) to another.
 */
@ServerFilter("/api/**")
final class IdempotentRequests implements Ordered {

  static final String HEADER = "Idempotency-Key";
  private static final String CLAIMED = "waibao.idempotency.claimed";
  private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,200}");

  private final IdempotencyStore store;
  private final JsonMapper json;

  IdempotentRequests(IdempotencyStore store, JsonMapper json) {
    this.store = store;
    this.json = json;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> replayOrClaim(HttpRequest<?> request, @Nullable @Body String body) {
    String key = request.getHeaders().get(HEADER);
    Optional<UUID> user =
        request.getUserPrincipal().map(Principal::getName).flatMap(IdempotentRequests::uuid);
    if (key == null || request.getMethod() != HttpMethod.POST || user.isEmpty()) {
      return null;
    }
    if (!SANE.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, "must be 1 to 200 visible ASCII characters");
    }
    String hash = fingerprint(request.getPath() + "\n" + (body == null ? "" : body));
    Optional<IdempotencyStore.Stored> stored = store.claim(user.get(), key, hash);
    if (stored.isEmpty()) {
      request.setAttribute(CLAIMED, new Claim(user.get(), key));
      return null;
    }
    IdempotencyStore.Stored first = stored.get();
    if (!first.requestHash().equals(hash)) {
      throw ProblemException.conflict(
          "idempotency-key-reused",
          "Idempotency key reused",
          "This Idempotency-Key was used for a different request.");
    }
    if (first.status() == null) {
      throw ProblemException.conflict(
          "request-in-progress",
          "Request in progress",
          "A request with this Idempotency-Key is still being processed; retry shortly.");
    }
    return HttpResponse.status(HttpStatus.valueOf(first.status()))
        .body(first.body())
        .contentType(first.contentType())
        .header("Idempotent-Replayed", "true");
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<Claim> claim = request.getAttribute(CLAIMED, Claim.class);
    if (claim.isEmpty()) {
      return;
    }
    if (response.code() >= 200 && response.code() < 300) {
      store.complete(
          claim.get().user(),
          claim.get().key(),
          response.code(),
          response.getContentType().map(Object::toString).orElse("application/json"),
          serialise(response.getBody().orElse(null)));
    } else {
      store.release(claim.get().user(), claim.get().key());
    }
  }

  private String serialise(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return body instanceof String text ? text : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<UUID> uuid(String name) {
    try {
      return Optional.of(UUID.fromString(name));
    } catch (IllegalArgumentException notAUser) {
      return Optional.empty();
    }
  }

  private static String fingerprint(String request) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(request.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.after();
  }

  private record Claim(UUID user, String key) {}
}
