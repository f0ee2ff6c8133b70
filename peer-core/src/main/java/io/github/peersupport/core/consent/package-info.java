/**
 * Consent and the limits of confidentiality. A person grants and withdraws {@link
 * io.github.peersupport.core.consent.ConsentScope scopes} over time; {@link
 * io.github.peersupport.core.consent.ConsentRecord#permits ConsentRecord.permits(scope, at)} answers
 * for any instant. Each event records who gave it ({@link io.github.peersupport.core.consent.ConsentGiver}:
 * the person, a parent or guardian, a proxy), so a minor's guardian permission and the minor's own
 * assent can be told apart ({@link io.github.peersupport.core.consent.ConsentRecord#permitsBy}). {@link io.github.peersupport.core.consent.ConfidentialityPolicy} holds the limits
 * stated at the first session (danger to self or others, child abuse, elder or dependent-adult abuse).
 */
@NullMarked
package io.github.peersupport.core.consent;

import org.jspecify.annotations.NullMarked;
