package dev.waibao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.scheduling.annotation.Schedules;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every instance runs every {@code @Scheduled} job, so each job must make its work happen once
 * across instances by itself. This list names each job and how; a new job fails this test until
 * someone has made it instance-safe (claim rows with {@code FOR UPDATE SKIP LOCKED}, take a {@code
 * pg_try_advisory_xact_lock}, or make the update conditional so a second run finds nothing to do)
 * and added it here with a test that runs it concurrently.
 */
class ScheduledJobsTest {

  /** {@code Class#method} of every job, and why two instances running it at once do no harm. */
  static final Map<String, String> INSTANCE_SAFE_JOBS =
      Map.of(
          "dev.waibao.tenders.application.Closing#closeDueTenders",
          "locks due ACTIVE tenders FOR UPDATE SKIP LOCKED and closes them in that transaction;"
              + " a closed tender is no longer due (TenderConcurrencyIT, ScaleModeIT)",
          "dev.waibao.search.internal.OutboxRelay#relayContinuously",
          "takes outbox rows FOR UPDATE SKIP LOCKED and indexes each document's current state,"
              + " so a repeat is harmless (SearchOutboxIT, ScaleModeIT)",
          "dev.waibao.matching.internal.SavedSearchAlerts#scanContinuously",
          "claims each tender by inserting its scan row (ON CONFLICT DO NOTHING); alerts are"
              + " unique per saved search and tender (SavedSearchAlertsIT)",
          "dev.waibao.tenancy.internal.LeaseCalendarJob#run",
          "each move is one UPDATE whose WHERE names the old status, so a lease moves and is"
              + " audited once (LeasingIT)",
          "dev.waibao.firms.internal.CertificationExpiries#announceContinuously",
          "claims each expiry by inserting its announcement row (ON CONFLICT DO NOTHING); a"
              + " repeat would only re-index a firm's current state");

  @Test
  void everyScheduledJobIsKnownToBeSafeOnSeveralInstances() {
    Set<String> jobs = new TreeSet<>();
    for (var javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new ArchitectureTest.BackendOnly())
            .importPackages("dev.waibao")) {
      for (JavaMethod method : javaClass.getMethods()) {
        if (method.isAnnotatedWith(Scheduled.class) || method.isAnnotatedWith(Schedules.class)) {
          jobs.add(javaClass.getName() + "#" + method.getName());
        }
      }
    }

    assertThat(jobs)
        .as(
            "scheduled jobs; a new one must be made safe to run on every instance at once and be"
                + " listed in ScheduledJobsTest.INSTANCE_SAFE_JOBS")
        .containsExactlyInAnyOrderElementsOf(INSTANCE_SAFE_JOBS.keySet());
  }
}
