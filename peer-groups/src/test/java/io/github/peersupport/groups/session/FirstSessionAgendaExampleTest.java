package io.github.peersupport.groups.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The README's worked example, run exactly as printed there: the first-session agenda of a group of
 * 10 newly diagnosed breast-cancer patients (formed by part A from 40 patients and 12 caregivers),
 * 90 minutes, curriculum format.
 */
class FirstSessionAgendaExampleTest {
  @Test
  void firstSessionAgenda_tenPatientsCurriculum_printsAsTheReadmeSays() {
    // README:first-session-agenda:begin
    SessionPolicy policy = SessionPolicy.standard();   // 90 minutes, a turn of at least 2 minutes each
    AgendaResult result = AgendaPlanner.build(SessionFormat.curriculum(), policy, 10, true);
    Agenda agenda = result.agendaOrThrow();
    String printed = agenda.render();
    // README:first-session-agenda:end

    assertThat(printed).isEqualTo(""
        + "First session - Curriculum - 10 members - 90 min\n"
        + "0:00  12 min  Limits of confidentiality and ground rules\n"
        + "0:12  20 min  Check-in (10 turns of 2 min)\n"
        + "0:32  20 min  Planned topic\n"
        + "0:52  20 min  Topical exercise\n"
        + "1:12  10 min  Gaining feedback\n"
        + "1:22  3 min   Confidentiality reminder\n"
        + "1:25  5 min   Contact information\n"
        + "1:30          End");
    assertThat(agenda.total()).isEqualTo(Duration.ofMinutes(90));
    assertThat(agenda.segment(SegmentKind.CHECK_IN).flatMap(AgendaSegment::turnPerMember)).contains(Duration.ofMinutes(2));
    assertThat(agenda.omitted()).isEmpty();
  }
}
