/**
 * The people of a peer support programme: {@link io.github.peersupport.core.person.Seeker seekers}
 * (patients and family caregivers), {@link io.github.peersupport.core.person.Supporter supporters}
 * (trained peers), {@link io.github.peersupport.core.person.Facilitator facilitators}, their lived
 * experience, profiles and preferences, and the {@link io.github.peersupport.core.person.CareRole
 * care roles} escalations are routed to; and when people are free each week, as {@link
 * io.github.peersupport.core.person.TimeWindow windows} of local time turned into {@link
 * io.github.peersupport.core.person.UtcWeekIntervals minutes of the UTC week}.
 *
 * <p>People are referenced by opaque ids only. The {@code toString()} of every type here redacts
 * identifying and health fields (conditions, treatments, issues, age, location, free text).
 */
@NullMarked
package io.github.peersupport.core.person;

import org.jspecify.annotations.NullMarked;
