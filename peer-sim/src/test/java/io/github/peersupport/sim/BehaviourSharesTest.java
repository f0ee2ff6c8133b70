package io.github.peersupport.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BehaviourSharesTest {
  @ParameterizedTest(name = "accept {0}")
  @ValueSource(doubles = {0.1, 0.3, 0.7, 0.8})
  void withAcceptShare_summingToOneWithTheDefaultDecline_accepted(double accept) {
    // 1 − 0.8 is 0.19999999999999996 in binary floating point: the sum is checked with a tolerance
    Behaviour b = Behaviour.standard().withAcceptShare(accept);
    assertThat(b.acceptShare()).isEqualTo(accept);
    assertThat(b.declineShare()).isEqualTo(0.2);
  }

  @Test
  void decimalSharesSummingToOne_accepted() {
    assertThat(Behaviour.standard().withAcceptShare(0.3).withDeclineShare(0.7).declineShare()).isEqualTo(0.7);
    assertThat(Behaviour.standard().withDeclineShare(0.1).withAcceptShare(0.9).acceptShare()).isEqualTo(0.9);
    assertThat(Behaviour.standard().withDeclineShare(0).withAcceptShare(1).acceptShare()).isEqualTo(1);
  }

  @Test
  void sharesOverOne_messageNamesBothSharesAsSet() {
    assertThatThrownBy(() -> Behaviour.standard().withAcceptShare(0.9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acceptShare + declineShare: must not exceed 1 but acceptShare 0.9 + declineShare 0.2 = 1.1");
    assertThatThrownBy(() -> Behaviour.standard().withDeclineShare(0.31))
        .hasMessage("acceptShare + declineShare: must not exceed 1 but acceptShare 0.7 + declineShare 0.31 = 1.01");
  }

  @Test
  void sumJustOverOneBeyondTheTolerance_rejected() {
    assertThatThrownBy(() -> Behaviour.standard().withDeclineShare(0).withAcceptShare(1).withDeclineShare(1e-8))
        .hasMessageStartingWith("acceptShare + declineShare: must not exceed 1 but acceptShare 1 + declineShare 0.00000001 = ");
    assertThat(Behaviour.standard().withDeclineShare(0).withAcceptShare(1).withDeclineShare(1e-10).declineShare()).isEqualTo(1e-10);
  }

  @Test
  void singleShareOutOfRange_namesIt() {
    assertThatThrownBy(() -> Behaviour.standard().withDeclineShare(-0.1)).hasMessageStartingWith("declineShare: must be between 0");
    assertThatThrownBy(() -> Behaviour.standard().withAcceptShare(1.5)).hasMessageStartingWith("acceptShare: must be between 0");
  }
}
