/**
 * Escalation criteria: knowing when more clinical support is necessary. Peers screen and refer; they
 * never assess. A host feeds typed {@link io.github.peersupport.core.escalation.Signal signals}
 * (PHQ-2, PHQ-9, C-SSRS screener, EPDS, NCCN Distress Thermometer, peer-observed signs,
 * disclosures) to an {@link io.github.peersupport.core.escalation.EscalationPolicy}, a pure function
 * that returns an {@link io.github.peersupport.core.escalation.EscalationDecision}: every escalation
 * with its rule id, evidence, level, target roles, deadline, the basis for sharing with the care team
 * and the crisis resources of the programme's country. An {@link
 * io.github.peersupport.core.escalation.EscalationLog} then records who acknowledged and resolved
 * each escalation, and lists those overdue.
 *
 * <p>Sources: Kroenke, Spitzer &amp; Williams (2001) for the PHQ-9 bands; Kroenke et al. (2003) for the
 * PHQ-2 cut-off of 3; Cox, Holden &amp; Sagovsky (1987) for the EPDS cut-offs
 * and item 10; the NCCN Guidelines for Distress Management for the thermometer cut-off of 4; Joo et al.
 * (2022) for referring signs of depression to nurses or social workers; the Columbia Lighthouse Project's C-SSRS screener triage; 7 Cups (any mention of
 * suicide in a peer chat: give crisis resources and hand off); the ESRD Network peer mentoring
 * guidelines (consent to share and its exceptions). References: docs/domain.md.
 */
@NullMarked
package io.github.peersupport.core.escalation;

import org.jspecify.annotations.NullMarked;
