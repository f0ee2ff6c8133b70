package io.github.peersupport.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.SeekerId;
import io.github.peersupport.core.ValidationException;
import io.github.peersupport.core.SupporterId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A match result answers "did it work" and "which rule said no" consistently with its fallback. */
class MatchResultTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private static Candidate candidate() {
    return Candidate.builder().rank(1).supporter(SupporterId.of("sup-1")).rung(Fallback.CONDITION).score(0.5).build();
  }

  @Test
  void succeeded_withACandidate_isTrueAndNoRuleRefused() {
    MatchResult r = MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(1)
        .fallback(Fallback.CONDITION).addCandidates(candidate()).build();
    assertThat(r.succeeded()).isTrue();
    assertThat(r.refusedBy()).isEmpty();
  }

  @Test
  void succeeded_noCandidate_isFalseAndNamesTheRule() {
    MatchResult r = MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(0)
        .fallback(Fallback.NONE).refusedBy(MatchingRuleIds.NO_SUPPORTERS).build();
    assertThat(r.succeeded()).isFalse();
    assertThat(r.refusedBy()).contains(MatchingRuleIds.NO_SUPPORTERS);
  }

  @Test
  void build_ruleOrCandidatesInconsistentWithTheFallback_isRefused() {
    assertThatThrownBy(() -> MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(1)
        .fallback(Fallback.CONDITION).refusedBy(MatchingRuleIds.NO_SUPPORTERS).addCandidates(candidate()).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("refusedBy:");
    assertThatThrownBy(() -> MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(0)
        .fallback(Fallback.NONE).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("refusedBy:");
    assertThatThrownBy(() -> MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(0)
        .fallback(Fallback.NONE).refusedBy(MatchingRuleIds.NO_SUPPORTERS).addCandidates(candidate()).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("candidates:");
    assertThatThrownBy(() -> MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(1)
        .fallback(Fallback.CONDITION).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("candidates:");
  }

  @Test
  void build_fallbackNotTheFirstCandidatesRung_isRefused() {
    assertThatThrownBy(() -> MatchResult.builder().seeker(SeekerId.of("s-1")).at(AT).eligible(1)
        .fallback(Fallback.ISSUES).addCandidates(candidate()).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("fallback:");
  }

  @Test
  void build_candidateOnNoRung_isRefused() {
    assertThatThrownBy(() -> Candidate.builder().rank(1).supporter(SupporterId.of("sup-1")).rung(Fallback.NONE).score(0.5).build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("rung:");
  }
}
