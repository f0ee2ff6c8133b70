package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.escalation.Escalation;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Reporter;
import io.github.peersupport.core.escalation.Severity;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.matching.lifecycle.FollowUpTimers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the README's Programmes example says happens, checked (peer-json checks the document round trip). */
class ProgrammesReadmeExampleTest {

  @Test
  void newMothers_epdsOfTwelve_isAConcernForTheNurseAndCoordinatorWithin72Hours() {
    Programme programme = Programmes.newMothers();
    Programme here = programme.inZone(ZoneId.of("Europe/London"));
    Programme mine = Programme.builder().from(here)
        .followUps(FollowUpTimers.builder().from(here.followUps()).expectedContacts(6).build())
        .build();
    assertThat(mine.matcher().policy().zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(mine.followUps().expectedContacts()).isEqualTo(6);

    Instant now = Instant.parse("2027-03-01T09:00:00Z");
    Signal epds = Signal.epds("sig-1", SeekerId.of("s-1"), Reporter.SELF_REPORT, now, 2, 2, 1, 2, 1, 1, 1, 1, 1, 0);
    EscalationDecision decision = mine.escalation()
        .evaluate(List.of(epds), ConsentRecord.grantedAt(now, ConsentScope.SHARE_WITH_CARE_TEAM), now);

    assertThat(epds.total()).isEqualTo(12);
    assertThat(decision.escalations()).hasSize(1);
    Escalation e = decision.escalations().get(0);
    assertThat(e.rule()).isEqualTo(EscalationPolicy.EPDS_POSSIBLE_DEPRESSION);
    assertThat(e.level()).isEqualTo(Severity.CONCERN);
    assertThat(e.targetRoles()).containsExactlyInAnyOrder(CareRole.NURSE, CareRole.COORDINATOR);
    assertThat(e.deadline()).isEqualTo(now.plus(Duration.ofHours(72)));
  }
}
