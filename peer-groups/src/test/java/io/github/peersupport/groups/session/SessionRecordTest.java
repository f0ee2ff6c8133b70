package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.FacilitatorId;
import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.SeekerId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionRecordTest {
  private static final SeekerId A = SeekerId.of("s-private-a");
  private static final SeekerId B = SeekerId.of("s-private-b");

  private static SessionRecord.Builder record() {
    SessionRecord.Builder b = SessionRecord.builder();
    b.group(GroupId.of("g-1")).number(3).at(Instant.parse("2026-01-19T18:00:00Z")).facilitator(FacilitatorId.of("f-1"))
        .putAttendance(A, AttendanceStatus.PRESENT).putAttendance(B, AttendanceStatus.ABSENT);
    return b;
  }

  @Test
  void build_talkTimeForAnAbsentMember_throws() {
    SessionRecord.Builder b = record().putTalkTime(B, Duration.ofMinutes(3));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("talkTime: entry 0 is for a member who is not present").hasMessageNotContaining("s-private-b");
  }

  @Test
  void build_flagAboutAnAbsentMember_throws() {
    SessionRecord.Builder b = record().addFlags(FacilitatorFlag.about(FlagKind.DISRUPTIVE_BEHAVIOUR, B));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("flags[0].member: must be a member who is present").hasMessageNotContaining("s-private-b");
  }

  @Test
  void build_noMembers_throws() {
    SessionRecord.Builder b = SessionRecord.builder();
    b.group(GroupId.of("g-1")).number(1).at(Instant.EPOCH).facilitator(FacilitatorId.of("f-1"));

    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("attendance: must contain at least one member");
  }

  @Test
  void toString_showsCountsNotMembers() {
    SessionRecord r = record().addFlags(FacilitatorFlag.about(FlagKind.DISRUPTIVE_BEHAVIOUR, A)).build();

    assertThat(r.toString()).isEqualTo("SessionRecord[g-1 #3 2026-01-19T18:00:00Z, 1 of 2 present, 1 flag]").doesNotContain("private");
    assertThat(r.present()).containsExactly(A);
    assertThat(r.status(B)).contains(AttendanceStatus.ABSENT);
    assertThat(r.status(SeekerId.of("s-other"))).isEmpty();
  }
}
