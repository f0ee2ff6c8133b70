package io.github.peersupport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peersupport.core.GroupId;
import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Language;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.formation.GroupPlan;
import io.github.peersupport.groups.formation.GroupPlanner;
import io.github.peersupport.groups.session.Agenda;
import io.github.peersupport.groups.session.AgendaPlanner;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.testing.GroupsGen;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The README text for peer-groups' JSON, line for line: the example behaves as it says. The README continues
 * its groups worked example ({@code now}, {@code cohort}, {@code pool}); here they come from the seeded
 * generators, and {@link ReadmeJavaSnippetsTest} compiles the README's own chain.
 */
class GroupsReadmeExampleTest {
  @Test
  void readme_groupsWriteReadAndErrors_behaveAsDocumented() {
    SplittableRandom random = new SplittableRandom(1);
    List<Seeker> cohort = GroupsGen.seekers(random, 12);
    List<Facilitator> pool = GroupsGen.facilitators(random, 2);
    Instant now = GroupsGen.NOW;

    // --- README example start ---
    SupportGroup group = SupportGroup.builder().id(GroupId.of("g-1"))
        .focus(Taxonomy.standardConditions().code("breast-cancer")).addLanguages(Language.of("en")).build();
    String json = PeerJson.write(group);                       // {"schemaVersion":2,"id":"g-1",...}
    SupportGroup back = PeerJson.read(json, SupportGroup.class); // validated by the builder

    Agenda agenda = AgendaPlanner.build(SessionFormat.curriculum(), SessionPolicy.standard(), 8, true).agendaOrThrow();
    String agendaJson = PeerJson.writePretty(agenda);          // segments with ISO-8601 durations

    GroupPlan plan = GroupPlanner.standard().plan(cohort, List.of(group), pool, now);
    GroupPlan planBack = PeerJson.read(PeerJson.write(plan), GroupPlan.class); // results read back too

    try {
      PeerJson.read("{\"schemaVersion\":2,\"id\":\"g-2\",\"languages\":[\"en\"],\"members\":[\"s-1\",\"s-1\"]}",
          SupportGroup.class);
    } catch (PeerJsonException e) {
      System.out.println(e.getMessage());                      // /members: must not repeat a member
    }
    // --- README example end ---

    assertThat(json).startsWith("{\"schemaVersion\":2,\"id\":\"g-1\",\"focus\":{");
    assertThat(back).isEqualTo(group);
    assertThat(agendaJson).startsWith("{\n  \"schemaVersion\": 2,\n  \"format\": \"curriculum\",");
    assertThat(PeerJson.read(agendaJson, Agenda.class)).isEqualTo(agenda);
    assertThat(planBack).isEqualTo(plan);
    assertThat(plan.placement().assignments()).isNotEmpty();
    assertThatThrownBy(() -> PeerJson.read(
        "{\"schemaVersion\":2,\"id\":\"g-2\",\"languages\":[\"en\"],\"members\":[\"s-1\",\"s-1\"]}", SupportGroup.class))
        .isInstanceOf(PeerJsonException.class)
        .hasMessage("/members: must not repeat a member");
  }
}
