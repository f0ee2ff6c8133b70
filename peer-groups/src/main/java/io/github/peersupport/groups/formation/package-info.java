/**
 * Group formation and placement: placing seekers into existing groups with free seats (reusing
 * peer-matching's capacitated assignment, groups as capacitated targets), partitioning a cohort into
 * new groups with a facilitator plan, and split and merge suggestions for groups out of bounds. The
 * front door is {@link io.github.peersupport.groups.formation.GroupPlanner}.
 */
@NullMarked
package io.github.peersupport.groups.formation;

import org.jspecify.annotations.NullMarked;
