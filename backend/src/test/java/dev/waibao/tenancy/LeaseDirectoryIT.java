package dev.waibao.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The public {@link Leases} port and the schema's own guards, on rows written directly. */
@MicronautTest(transactional = false)
class LeaseDirectoryIT extends IntegrationTest {

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject DataSource dataSource;
  @Inject Leases leases;
  private Http http;
  private Accounts accounts;

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
  }

  @Test
  void anApplicationShowsTheRequestAndAnApprovedLeaseTheApprovedTermsNewestFirst()
      throws SQLException {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = park(operator, 1000);
    LocalDate start = LocalDate.of(2030, 1, 1);
    UUID applied = insert(park, vendor, "APPLIED", "120", 14, start, null, null, null, 0);
    UUID approved = insert(park, vendor, "APPROVED", "120", 14, start, "100", 12, "4500.00", 1);

    assertThat(leases.find(applied))
        .contains(
            new LeaseTerms(
                applied,
                UUID.fromString(vendor.organisationId()),
                park,
                LeaseStatus.APPLIED,
                new BigDecimal("120.00"),
                14,
                null,
                start,
                start.plusMonths(12)));
    assertThat(leases.find(approved).orElseThrow())
        .satisfies(
            terms -> {
              assertThat(terms.status()).isEqualTo(LeaseStatus.APPROVED);
              assertThat(terms.area()).isEqualByComparingTo("100");
              assertThat(terms.seats()).isEqualTo(12);
              assertThat(terms.monthlyRent()).isEqualByComparingTo("4500");
              assertThat(terms.end()).isEqualTo(LocalDate.of(2031, 1, 1));
            });
    assertThat(leases.ofVendor(UUID.fromString(vendor.organisationId())))
        .extracting(LeaseTerms::id)
        .containsExactly(approved, applied);
    assertThat(leases.find(UUID.randomUUID())).isEmpty();
    assertThat(leases.ofVendor(UUID.randomUUID())).isEmpty();
  }

  @Test
  void theDatabaseRefusesLeasesCoveringMoreThanTheLeasableAreaOnAnyDay() throws SQLException {
    SignedIn operator = accounts.register("PARK_OPERATOR");
    SignedIn vendor = accounts.register("VENDOR");
    UUID park = park(operator, 1000);
    insert(park, vendor, "APPROVED", "600", 1, LocalDate.of(2030, 1, 1), "600", 1, "1", 0);
    // ends before the second starts: no day with both
    insert(park, vendor, "ACTIVE", "500", 1, LocalDate.of(2029, 1, 1), "500", 1, "1", 0);

    assertThatThrownBy(
            () ->
                insert(
                    park, vendor, "APPROVED", "500", 1, LocalDate.of(2029, 6, 1), "500", 1, "1", 0))
        .hasMessageContaining("lease_area_within_park");
  }

  private UUID park(SignedIn operator, int leasable) {
    HttpResponse<String> created =
        http.post(
            "/api/parks",
            Map.of(
                "nameZh",
                "租赁测试园",
                "city",
                "harbin",
                "address",
                "测试路 1 号",
                "totalArea",
                leasable,
                "leasableArea",
                leasable,
                "seats",
                100,
                "baseRent",
                30,
                "focusCategories",
                List.of(),
                "incentives",
                List.of()),
            operator.accessToken());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString((String) http.json(created).get("id"));
  }

  /** A lease of 12 months from {@code start}, created {@code ageHours} hours after a fixed time. */
  private UUID insert(
      UUID park,
      SignedIn vendor,
      String status,
      String requestedArea,
      int requestedSeats,
      LocalDate start,
      String area,
      Integer seats,
      String rent,
      int ageHours)
      throws SQLException {
    UUID id = UUID.randomUUID();
    boolean decided = area != null;
    OffsetDateTime at = OffsetDateTime.parse("2029-01-01T00:00:00Z").plusHours(ageHours);
    try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                """
                INSERT INTO lease (id, park_id, vendor_organisation_id, status, requested_area,
                                   requested_seats, start_date, term_months, end_date, area, seats,
                                   monthly_rent, applied_by, decided_by, decided_at, created_at,
                                   updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 12, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
      UUID user = UUID.fromString(vendor.userId());
      insert.setObject(1, id);
      insert.setObject(2, park);
      insert.setObject(3, UUID.fromString(vendor.organisationId()));
      insert.setString(4, status);
      insert.setBigDecimal(5, new BigDecimal(requestedArea));
      insert.setInt(6, requestedSeats);
      insert.setObject(7, start);
      insert.setObject(8, start.plusMonths(12));
      insert.setBigDecimal(9, decided ? new BigDecimal(area) : null);
      insert.setObject(10, seats);
      insert.setBigDecimal(11, rent == null ? null : new BigDecimal(rent));
      insert.setObject(12, user);
      insert.setObject(13, decided ? user : null);
      insert.setObject(14, decided ? at : null);
      insert.setObject(15, at);
      insert.setObject(16, at);
      insert.executeUpdate();
    }
    return id;
  }
}
