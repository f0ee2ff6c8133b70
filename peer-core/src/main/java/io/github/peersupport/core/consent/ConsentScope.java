package io.github.peersupport.core.consent;

/**
 * What a person may consent to (ESRD Network peer mentoring guidelines; Parent to Parent USA: no
 * match without explicit permission to be matched and contacted).
 */
public enum ConsentScope {
  /** To be matched with a supporter. */
  BE_MATCHED,
  /** To be contacted by a supporter (the supporter makes first contact). */
  BE_CONTACTED,
  /** To have contact details shared with the matched peer or group. */
  SHARE_CONTACT_DETAILS,
  /** To have concerns shared with the care team (ESRD Network peer mentoring guidelines). */
  SHARE_WITH_CARE_TEAM,
  /** To have data used for research or simulation. */
  RESEARCH_USE
}
