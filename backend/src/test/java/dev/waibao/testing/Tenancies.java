package dev.waibao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.Accounts.SignedIn;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test fixtures for tenancy, driven through the public HTTP API: a park with units, an application,
 * its approval. Dates are the province's calendar dates.
 */
public final class Tenancies {

  public static final ZoneId PROVINCE = ZoneId.of("Asia/Shanghai");

  private final Http http;

  public Tenancies(Http http) {
    this.http = http;
  }

  /** Today in the province by the (test) clock. */
  public static LocalDate today(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), PROVINCE);
  }

  /** A new park of the operator with {@code leasableArea} m² and 500 seats; returns its id. */
  public UUID park(SignedIn operator, double leasableArea) {
    HttpResponse<String> created =
        http.post("/api/parks", parkBody(leasableArea), operator.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString((String) http.json(created).get("id"));
  }

  /** Sends the operator's change of the park's leasable (and total) area. */
  public HttpResponse<String> resize(SignedIn operator, UUID park, double leasableArea) {
    return http.call(
        "PUT", "/api/parks/" + park, parkBody(leasableArea), operator.accessToken(), Map.of());
  }

  private static Map<String, Object> parkBody(double leasableArea) {
    return Map.of(
        "nameZh",
        "租赁测试园" + UUID.randomUUID().toString().substring(0, 6),
        "nameEn",
        "Tenancy test park",
        "city",
        "harbin",
        "address",
        "测试路 1 号",
        "totalArea",
        leasableArea,
        "leasableArea",
        leasableArea,
        "seats",
        500,
        "baseRent",
        30,
        "focusCategories",
        List.of(),
        "incentives",
        List.of());
  }

  /** A new AVAILABLE unit of the park; returns its id. */
  public UUID unit(SignedIn operator, UUID park, String code, double area, int seats) {
    HttpResponse<String> created =
        http.post(
            "/api/parks/" + park + "/units",
            Map.of(
                "building",
                "A",
                "floor",
                "1",
                "unitCode",
                code,
                "area",
                area,
                "seats",
                seats,
                "status",
                "AVAILABLE"),
            operator.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString((String) http.json(created).get("id"));
  }

  /** Sends an application for units (or, with none, {@code area} m² and 10 seats). */
  public HttpResponse<String> apply(
      SignedIn vendor, UUID park, List<UUID> units, Double area, LocalDate start, int termMonths) {
    Map<String, Object> body = new HashMap<>();
    body.put("parkId", park);
    body.put("unitIds", units);
    if (area != null) {
      body.put("area", area);
      body.put("seats", 10);
    }
    body.put("startDate", start.toString());
    body.put("termMonths", termMonths);
    return http.post("/api/leases", body, vendor.accessToken());
  }

  /** Applies for the units; returns the new application's id. */
  public UUID applied(
      SignedIn vendor, UUID park, List<UUID> units, LocalDate start, int termMonths) {
    HttpResponse<String> response = apply(vendor, park, units, null, start, termMonths);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return UUID.fromString((String) http.json(response).get("id"));
  }

  /** Sends the operator's approval granting the units at the monthly rent. */
  public HttpResponse<String> approve(
      SignedIn operator, UUID lease, List<UUID> units, BigDecimal monthlyRent) {
    Map<String, Object> body = new HashMap<>();
    body.put("unitIds", units);
    body.put("monthlyRent", monthlyRent);
    return http.post("/api/leases/" + lease + "/approval", body, operator.accessToken());
  }

  /**
   * A lease of one new unit ({@code area} m², 10 seats) approved from {@code start} for {@code
   * termMonths} at {@code monthlyRent}: ACTIVE when {@code start} is today, APPROVED when later.
   */
  public UUID approvedLease(
      SignedIn operator,
      SignedIn vendor,
      UUID park,
      double area,
      BigDecimal monthlyRent,
      LocalDate start,
      int termMonths) {
    UUID unit = unit(operator, park, "U-" + UUID.randomUUID().toString().substring(0, 8), area, 10);
    UUID lease = applied(vendor, park, List.of(unit), start, termMonths);
    HttpResponse<String> approved = approve(operator, lease, List.of(unit), monthlyRent);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return lease;
  }
}
