/**
 * Attendance over a series of sessions and adherence to peer group prescriptions.
 *
 * <p>{@link io.github.peersupport.groups.attendance.Attendance} summarises each member's attendance
 * over a group's {@link io.github.peersupport.groups.session.SessionRecord session records} (sessions
 * offered, attended, excused, attendance rate, longest run of unexcused absences) and measures a
 * member's adherence to a clinician's {@link io.github.peersupport.core.prescription.GroupPrescription}
 * with peer-core's {@link io.github.peersupport.core.prescription.Adherence}: sessions attended ÷
 * sessions expected so far (attendance and dropout are outcomes programmes measure, e.g. CancerChatCanada's
 * 75% attendance, Stephen et al. 2013, Curr Oncol 20(1):39-47).
 */
@NullMarked
package io.github.peersupport.groups.attendance;

import org.jspecify.annotations.NullMarked;
