package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.consent.ConsentGiver;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.consent.ConsentScope;
import io.github.peersupport.core.programme.MinorPolicy;
import io.github.peersupport.matching.MatchingPolicy;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Documents written before consent givers and minor policies existed keep their meaning. */
class OlderDocumentsTest {
  private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void read_consentEventWithoutGiver_givenByThePerson() {
    String json = "{\"schemaVersion\":2,\"events\":[{\"scope\":\"BE_MATCHED\",\"action\":\"GRANTED\",\"at\":\"2026-01-05T09:00:00Z\"},"
        + "{\"scope\":\"BE_CONTACTED\",\"action\":\"GRANTED\",\"at\":\"2026-01-05T09:00:00Z\"}]}";

    ConsentRecord record = PeerJson.read(json, ConsentRecord.class);

    assertThat(record).isEqualTo(ConsentRecord.grantedAt(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED));
    assertThat(record.events()).allMatch(e -> e.giver() == ConsentGiver.SELF);
    assertThat(record.permitsAllOnBehalf(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isFalse();
  }

  @Test
  void read_guardianGrant_roundTripsWithItsGiver() {
    ConsentRecord record = ConsentRecord.grantedBy(AT, ConsentGiver.GUARDIAN, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED);

    String json = PeerJson.write(record);

    assertThat(json).contains("giver").contains("GUARDIAN");
    assertThat(PeerJson.read(json, ConsentRecord.class).permitsAllOnBehalf(AT, ConsentScope.BE_MATCHED, ConsentScope.BE_CONTACTED)).isTrue();
  }

  @Test
  void read_matchingPolicyWithoutMinors_standardMinorPolicy() {
    MatchingPolicy policy = PeerJson.read("{\"schemaVersion\":2,\"topK\":5}", MatchingPolicy.class);

    assertThat(policy.minors()).isEqualTo(MinorPolicy.standard());
    assertThat(policy).isEqualTo(MatchingPolicy.builder().topK(5).build());
  }
}
