package io.github.peersupport.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.ClinicianId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.prescription.PrescriptionMode;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class GroupCatalogueTest {
  private static final Instant NOW = GroupsGen.NOW;
  private static final GroupCatalogue CATALOGUE = GroupCatalogue.builder()
      .addEntries(CatalogueEntry.of(GroupsGen.openGroup("g-vetted", "breast-cancer"),
          Vetting.vetted("org-cancer-centre", NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(335)))))
      .addEntries(CatalogueEntry.of(GroupsGen.openGroup("g-pending", null), Vetting.pending()))
      .addEntries(CatalogueEntry.of(GroupsGen.openGroup("g-overdue", null),
          Vetting.vetted("rev-7", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(35)))))
      .build();

  @Test
  void resolve_vettedInDate_usable() {
    CatalogueLookup l = CATALOGUE.resolve(GroupId.of("g-vetted"), NOW);

    assertThat(l.succeeded()).isTrue();
    assertThat(l.entry().get().vetting().reviewer()).contains("org-cancer-centre");
    assertThat(l).hasToString("CatalogueLookup[g-vetted succeeded]");
  }

  @Test
  void resolve_missingPendingOverdue_problemRules() {
    assertThat(CATALOGUE.resolve(GroupId.of("g-none"), NOW).refusedBy()).contains(GroupRuleIds.CATALOGUE_MISSING);
    assertThat(CATALOGUE.resolve(GroupId.of("g-pending"), NOW).refusedBy()).contains(GroupRuleIds.CATALOGUE_UNVETTED);
    assertThat(CATALOGUE.resolve(GroupId.of("g-overdue"), NOW).refusedBy()).contains(GroupRuleIds.CATALOGUE_REVIEW_OVERDUE);
    assertThat(CATALOGUE.usableAt(NOW)).extracting(e -> e.group().id()).containsExactly(GroupId.of("g-vetted"));
  }

  @Test
  void resolve_prescription_looksUpItsGroup() {
    GroupPrescription p = GroupPrescription.builder().seeker(SeekerId.of("s-1")).group(GroupId.of("g-vetted"))
        .prescriber(ClinicianId.of("c-1")).sessionsPerPeriod(1).period(Period.ofMonths(1)).duration(Period.ofMonths(3))
        .mode(PrescriptionMode.ONLINE).start(LocalDate.of(2026, 1, 5)).build();

    assertThat(CATALOGUE.resolve(p, NOW).succeeded()).isTrue();
    assertThat(CATALOGUE.resolve(p, NOW.plus(Duration.ofDays(400))).refusedBy()).contains(GroupRuleIds.CATALOGUE_REVIEW_OVERDUE);
  }

  @Test
  void build_repeatedGroup_throwsNamingEntry() {
    assertThatThrownBy(() -> GroupCatalogue.builder().from(CATALOGUE)
        .addEntries(CatalogueEntry.of(GroupsGen.openGroup("g-pending", null), Vetting.pending())).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("entries[3]: repeats group g-pending");
  }

  @Test
  void vettingBuild_vettedWithoutReviewDue_throws() {
    assertThatThrownBy(() -> Vetting.builder().status(VettingStatus.VETTED).reviewer("r-1").vettedAt(NOW).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("status: VETTED requires reviewer, vettedAt and reviewDue");
  }
}
