/**
 * Escalation criteria: knowing when more clinical support is necessary. Peers screen and refer; they
 * never assess. A host feeds typed {@link io.github.peersupport.core.escalation.Signal signals}
 * (PHQ-2, PHQ-9, C-SSRS screener, peer-observed signs, disclosures) to an {@link
 * io.github.peersupport.core.escalation.EscalationPolicy}, a pure function that returns an {@link
 * io.github.peersupport.core.escalation.EscalationDecision}: every escalation with its rule id,
 * evidence, level, target roles, deadline and the basis for sharing with the care team.
 *
 * <p>Sources: Kroenke, Spitzer &amp; Williams (2001) for the PHQ-9 bands; Kroenke et al. (2003) for the
 * PHQ-2 cut-off of 3; the Columbia Lighthouse Project's C-SSRS screener triage; 7 Cups (any mention of
 * suicide in a peer chat: give crisis resources and hand off); the ESRD Network peer mentoring
 * guidelines (consent to share and its exceptions). References: docs/domain.md.
 */
@NullMarked
package io.github.peersupport.core.escalation;

import org.jspecify.annotations.NullMarked;
