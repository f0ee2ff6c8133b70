package io.github.peersupport.json.internal;

import io.github.peersupport.core.Taxonomy;
import io.github.peersupport.core.boundary.BoundaryPolicy;
import io.github.peersupport.core.boundary.BoundaryReport;
import io.github.peersupport.core.boundary.InteractionRecord;
import io.github.peersupport.core.consent.ConsentRecord;
import io.github.peersupport.core.escalation.EscalationDecision;
import io.github.peersupport.core.escalation.EscalationLog;
import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Signal;
import io.github.peersupport.core.person.Facilitator;
import io.github.peersupport.core.person.Seeker;
import io.github.peersupport.core.person.Supporter;
import io.github.peersupport.core.prescription.GroupPrescription;
import io.github.peersupport.core.programme.ProgrammeProfile;
import io.github.peersupport.groups.GroupCatalogue;
import io.github.peersupport.groups.GroupSizePolicy;
import io.github.peersupport.groups.SupportGroup;
import io.github.peersupport.groups.Waitlist;
import io.github.peersupport.groups.formation.Formation;
import io.github.peersupport.groups.formation.FormationPolicy;
import io.github.peersupport.groups.formation.GroupPlan;
import io.github.peersupport.groups.formation.Placement;
import io.github.peersupport.groups.formation.PlacementPolicy;
import io.github.peersupport.groups.session.Agenda;
import io.github.peersupport.groups.session.GroundRules;
import io.github.peersupport.groups.session.SessionFormat;
import io.github.peersupport.groups.session.SessionPolicy;
import io.github.peersupport.groups.session.SessionRecord;
import io.github.peersupport.matching.MatchResult;
import io.github.peersupport.matching.MatchingPolicy;
import io.github.peersupport.matching.lifecycle.MatchBook;
import io.github.peersupport.programmes.Programme;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The top-level document types of wire format v2: the values a host stores, exchanges or configures
 * on their own. At the root of a JSON text they carry {@code schemaVersion}.
 */
public final class Documents {
  /**
   * The wire format version this library writes and reads. Version 2 renamed the "which rule said no"
   * properties to {@code refusedBy} and a signal's {@code observer} to {@code reportedBy}, before any
   * release; version 1 documents are not read.
   */
  public static final int SCHEMA_VERSION = 2;

  /** The name of the version property of top-level documents. */
  public static final String SCHEMA_VERSION_PROPERTY = "schemaVersion";

  private static final List<Class<?>> LIBRARY = List.of(
      Seeker.class,
      Supporter.class,
      Facilitator.class,
      ProgrammeProfile.class,
      ConsentRecord.class,
      GroupPrescription.class,
      Taxonomy.class,
      Signal.class,
      EscalationPolicy.class,
      EscalationDecision.class,
      EscalationLog.class,
      BoundaryPolicy.class,
      InteractionRecord.class,
      BoundaryReport.class,
      MatchingPolicy.class,
      MatchResult.class,
      MatchBook.class,
      // peer-groups
      SupportGroup.class,
      GroupSizePolicy.class,
      GroupCatalogue.class,
      Waitlist.class,
      FormationPolicy.class,
      PlacementPolicy.class,
      Placement.class,
      Formation.class,
      GroupPlan.class,
      SessionFormat.class,
      SessionPolicy.class,
      Agenda.class,
      GroundRules.class,
      SessionRecord.class,
      // peer-programmes
      Programme.class);

  /**
   * The top-level document types, in documentation order: those of peer-core, peer-matching,
   * peer-groups and peer-programmes, then peer-sim's when peer-sim is present.
   */
  public static final List<Class<?>> TYPES = types();

  private Documents() {}

  private static List<Class<?>> types() {
    if (!SimPresence.PRESENT) {
      return LIBRARY;
    }
    List<Class<?>> all = new ArrayList<>(LIBRARY);
    all.addAll(SimPresence.documents());
    return List.copyOf(all);
  }

  /**
   * Returns the document type a class (a value class, its implementation or its builder) belongs to.
   *
   * @param type the class Jackson is building a serializer or deserializer for
   * @return the document type, or null when the class is not a document type
   */
  public static @Nullable Class<?> documentType(Class<?> type) {
    Class<?> c = type;
    if (c.getSimpleName().equals("Builder") && c.getEnclosingClass() != null) {
      c = c.getEnclosingClass();
    }
    for (Class<?> t : TYPES) {
      if (t.isAssignableFrom(c)) {
        return t;
      }
    }
    return null;
  }
}
