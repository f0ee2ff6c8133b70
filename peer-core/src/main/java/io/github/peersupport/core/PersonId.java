package io.github.peersupport.core;

/**
 * An opaque identifier of a person: a seeker, a supporter, a facilitator or a clinician. Consent
 * records and audit events name people only through these ids.
 */
public interface PersonId extends Identifier {}
