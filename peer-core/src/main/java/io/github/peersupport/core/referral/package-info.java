/**
 * Referrals and anchor events: who referred a person to a programme (a clinician, an order in the
 * electronic health record, the person themself, family, a community organisation), and the care
 * events a programme counts from (delivery, discharge, diagnosis, transplant), as they happened or as
 * they are expected (Joo et al. 2022, "The benefits and challenges of established peer support
 * programmes for patients, informal caregivers, and healthcare providers", Fam Pract 39(5), Table 2:
 * new mothers are connected with mentors before discharge and supported for 12 weeks after delivery;
 * hospital-based programmes receive referrals from professional staff).
 */
@NullMarked
package io.github.peersupport.core.referral;

import org.jspecify.annotations.NullMarked;
