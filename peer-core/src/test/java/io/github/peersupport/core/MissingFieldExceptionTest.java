package io.github.peersupport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.core.testing.CoreGen;
import io.github.peersupport.core.testing.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A builder missing required attributes names each of them, in the library's style, as data. */
class MissingFieldExceptionTest {

  @Test
  void build_oneRequiredAttributeMissing_namesItInTheLibrarysStyle() {
    ProgrammeProfile valid = CoreGen.programmeProfile(new java.util.SplittableRandom(1));
    MissingFieldException e = catchThrowableOfType(MissingFieldException.class, () -> ProgrammeProfile.builder()
        .id(valid.id()).name(valid.name()).deliveryModels(Set.of(DeliveryModel.ONE_TO_ONE))
        .rolesServed(valid.rolesServed()).build());
    assertThat(e.fields()).containsExactly("setting");
    assertThat(e.field()).isEqualTo("setting");
    assertThat(e.rule()).isEqualTo(MissingFieldException.RULE);
    assertThat(e.getMessage()).isEqualTo("setting: required but not set");
    assertThat(e).isInstanceOf(ValidationException.class).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_nothingSet_listsEveryRequiredAttributeInDeclarationOrder() {
    MissingFieldException e = catchThrowableOfType(MissingFieldException.class, () -> ProgrammeProfile.builder().build());
    assertThat(e.fields()).containsExactly("id", "name", "setting");
    assertThat(e.field()).isEqualTo("id");
    assertThat(e.getMessage()).isEqualTo("id, name, setting: required but not set");
  }

  /** Any subset of a seeker's required attributes left out is reported exactly. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.peersupport.core.testing.Seeds#seeds")
  void build_randomRequiredAttributesMissing_reportsExactlyThose(long seed) {
    Seeds.forEachCase(seed, 50, r -> {
      Seeker valid = CoreGen.seeker(r);
      List<String> missing = new ArrayList<>();
      Seeker.Builder b = Seeker.builder();
      if (r.nextBoolean()) {
        b.id(valid.id());
      } else {
        missing.add("id");
      }
      if (r.nextBoolean()) {
        b.experience(valid.experience());
      } else {
        missing.add("experience");
      }
      b.profile(valid.profile()).preferences(valid.preferences()).consent(valid.consent());
      if (missing.isEmpty()) {
        assertThat(b.build()).isEqualTo(valid);
        return;
      }
      MissingFieldException e = catchThrowableOfType(MissingFieldException.class, b::build);
      assertThat(e.fields()).isEqualTo(missing);
      assertThat(e.getMessage()).isEqualTo(String.join(", ", missing) + ": required but not set");
    });
  }

  @Test
  void constructor_noFields_isRejected() {
    assertThatThrownBy(MissingFieldException::new).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fields: must name at least one field");
  }
}
