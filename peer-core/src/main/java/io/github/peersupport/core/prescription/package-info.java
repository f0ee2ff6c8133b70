/**
 * Peer group prescriptions (social prescribing): a clinician prescribes a vetted group with a
 * frequency, a duration and a mode, e.g. "participate in 1 online conversation monthly for 3 months";
 * adherence is sessions attended ÷ sessions expected so far. In HL7 FHIR terms a ServiceRequest with
 * an occurrenceTiming, fulfilled through a Task.
 */
@NullMarked
package io.github.peersupport.core.prescription;

import org.jspecify.annotations.NullMarked;
