package io.github.peersupport.groups;

import io.github.peersupport.core.style.PeerTuple;
import org.immutables.value.Value;

/** A group in the catalogue with its vetting record. */
@Value.Immutable
@PeerTuple
public abstract class CatalogueEntry {
  CatalogueEntry() {}

  /**
   * Creates an entry.
   *
   * @param group the group
   * @param vetting its vetting record
   * @return the entry
   */
  public static CatalogueEntry of(SupportGroup group, Vetting vetting) {
    return ImmutableCatalogueEntry.of(group, vetting);
  }

  /**
   * Returns the group.
   *
   * @return the group
   */
  public abstract SupportGroup group();

  /**
   * Returns the vetting record.
   *
   * @return the record
   */
  public abstract Vetting vetting();

  /** Returns e.g. {@code CatalogueEntry[g-7, VETTED]}. */
  @Override
  public final String toString() {
    return "CatalogueEntry[" + group().id() + ", " + vetting().status() + "]";
  }
}
