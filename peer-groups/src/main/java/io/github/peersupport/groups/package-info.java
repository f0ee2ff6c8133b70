/**
 * Peer support groups: definitions ({@link io.github.peersupport.groups.SupportGroup}), size and
 * facilitation rules as data ({@link io.github.peersupport.groups.GroupSizePolicy}), facilitator
 * eligibility, admission and fair waitlists ({@link io.github.peersupport.groups.GroupAdmission},
 * {@link io.github.peersupport.groups.Waitlist}) and the catalogue of vetted groups clinicians
 * prescribe from ({@link io.github.peersupport.groups.GroupCatalogue}).
 */
@NullMarked
package io.github.peersupport.groups;

import org.jspecify.annotations.NullMarked;
