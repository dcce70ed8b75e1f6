package dev.waibao.firms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CertificationStatusTest {

  private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);

  @Test
  void aCertificationCountsUpToAndIncludingItsExpiryDate() {
    assertThat(CertificationStatus.on(EXPIRY, CertificationStatus.VERIFIED, EXPIRY))
        .isEqualTo(CertificationStatus.VERIFIED);
    assertThat(CertificationStatus.counts(EXPIRY, CertificationStatus.VERIFIED, EXPIRY)).isTrue();
  }

  @Test
  void fromTheDayAfterItIsExpiredWhateverWasDecided() {
    LocalDate next = EXPIRY.plusDays(1);
    for (CertificationStatus stored :
        new CertificationStatus[] {
          CertificationStatus.UNVERIFIED, CertificationStatus.VERIFIED, CertificationStatus.REJECTED
        }) {
      assertThat(CertificationStatus.on(next, stored, EXPIRY))
          .isEqualTo(CertificationStatus.EXPIRED);
    }
    assertThat(CertificationStatus.counts(next, CertificationStatus.VERIFIED, EXPIRY)).isFalse();
  }

  @Test
  void onlyVerifiedCertificationsCount() {
    LocalDate today = EXPIRY.minusYears(1);
    assertThat(CertificationStatus.counts(today, CertificationStatus.UNVERIFIED, EXPIRY)).isFalse();
    assertThat(CertificationStatus.counts(today, CertificationStatus.REJECTED, EXPIRY)).isFalse();
  }
}
