/**
 * Boundary rules: no medical or medication advice, no money, loans or significant gifts, no intimate
 * relationship, limits on outside contact, contact hours and frequency, no sharing of another member's
 * information, refer what exceeds the peer role, and safeguarding for contact with a minor (through the
 * guardian, no private outside contact) (Joo et al. 2022; VHA MIRECC boundaries vignettes;
 * the facilitation curriculum's comfort agreement, docs/domain.md). {@link
 * io.github.peersupport.core.boundary.BoundaryPolicy#evaluate BoundaryPolicy.evaluate} turns
 * interaction records into a {@link io.github.peersupport.core.boundary.BoundaryReport} of breaches,
 * each naming its rule, records and consequence; repeated serious breaches recommend a
 * decertification review with a reason for the peer lifecycle.
 */
@NullMarked
package io.github.peersupport.core.boundary;

import org.jspecify.annotations.NullMarked;
