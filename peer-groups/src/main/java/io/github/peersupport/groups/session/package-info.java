/**
 * Session formats, agendas, ground rules and session records of facilitated peer support groups.
 *
 * <p>A {@link io.github.peersupport.groups.session.SessionFormat} is an ordered list of {@link
 * io.github.peersupport.groups.session.SegmentTemplate segment templates} held as data, with presets
 * for the facilitation curriculum's format (check-in → member presentations or a planned topic →
 * topical exercise → gaining feedback → confidentiality reminder → contact information), an education
 * format with a guest speaker, and a hybrid. {@link io.github.peersupport.groups.session.AgendaPlanner}
 * turns a format, a {@link io.github.peersupport.groups.session.SessionPolicy} and the number of
 * attending members into a timed {@link io.github.peersupport.groups.session.Agenda} in which every
 * member has a turn of at least the policy's minimum, or into an {@link
 * io.github.peersupport.groups.session.AgendaRefusal} that says why not (never a silent squeeze).
 * {@link io.github.peersupport.groups.session.GroundRules} (the comfort agreement) are data with
 * per-member {@link io.github.peersupport.groups.session.Acknowledgement acknowledgements}; a {@link
 * io.github.peersupport.groups.session.SessionRecord} holds attendance, talk time and facilitator
 * flags, from which {@link io.github.peersupport.groups.session.SessionSignals} derives the escalation
 * {@link io.github.peersupport.core.escalation.Signal signals} of peer-core.
 *
 * <p>Sources (references in docs/domain.md): the peer support group
 * facilitation curriculum (format, comfort agreement, challenges: disruptive
 * members, complaint-dominated groups, competitive comparison, medical advice); NAMI Connection and
 * CancerChatCanada (sessions of about 90 minutes); Presently (at most 12 members so that every member
 * has time to share).
 */
@NullMarked
package io.github.peersupport.groups.session;

import org.jspecify.annotations.NullMarked;
