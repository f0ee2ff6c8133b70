package io.github.peersupport.core.escalation;

import java.util.List;

/**
 * The default directory of crisis resources by country, each checked against the page its service
 * publishes (cited per constant). Hosts add their own country's resources to a policy's
 * {@link EscalationPolicy#crisisDirectory()}; numbers change, so a host should re-check the source
 * pages before relying on them.
 */
public final class CrisisResources {
  /**
   * United States: 988 Suicide &amp; Crisis Lifeline, call or text 988 (chat at 988lifeline.org).
   * Source: https://988lifeline.org (988 went live on 16 July 2022, designated by the FCC in 2020).
   */
  public static final CrisisResource US_988 = CrisisResource.builder().addCountries("US")
      .name("988 Suicide & Crisis Lifeline").addCall("988").addText("988").source("https://988lifeline.org").build();

  /**
   * Canada: 9-8-8 Suicide Crisis Helpline, call or text 988, run by the Centre for Addiction and Mental
   * Health since 30 November 2023. Source: https://988.ca
   */
  public static final CrisisResource CANADA_988 = CrisisResource.builder().addCountries("CA")
      .name("9-8-8: Suicide Crisis Helpline").addCall("988").addText("988").source("https://988.ca").build();

  /**
   * United Kingdom and Ireland: Samaritans, call 116 123 free, day or night, on the whole island of
   * Ireland as in the UK. Source: https://www.samaritans.org (contact page: "free to call from both
   * landlines and mobiles").
   */
  public static final CrisisResource SAMARITANS = CrisisResource.builder().addCountries("GB", "IE")
      .name("Samaritans").addCall("116 123").source("https://www.samaritans.org").build();

  /**
   * Australia: Lifeline, call 13 11 14 or text 0477 13 11 14, 24 hours. Source:
   * https://www.lifeline.org.au
   */
  public static final CrisisResource LIFELINE_AUSTRALIA = CrisisResource.builder().addCountries("AU")
      .name("Lifeline").addCall("13 11 14").addText("0477 13 11 14").source("https://www.lifeline.org.au").build();

  /**
   * New Zealand: 1737 Need to talk?, free call or text 1737, 24 hours (the national telehealth
   * service's mental health line since June 2017). Source: https://1737.org.nz
   */
  public static final CrisisResource NEED_TO_TALK_1737 = CrisisResource.builder().addCountries("NZ")
      .name("1737 Need to talk?").addCall("1737").addText("1737").source("https://1737.org.nz").build();

  private static final List<CrisisResource> STANDARD = List.of(US_988, CANADA_988, SAMARITANS, LIFELINE_AUSTRALIA, NEED_TO_TALK_1737);

  private CrisisResources() {}

  /**
   * Returns the default directory: US and Canada 988, UK and Ireland Samaritans, Australia Lifeline,
   * New Zealand 1737.
   *
   * @return the resources, in that order
   */
  public static List<CrisisResource> standard() {
    return STANDARD;
  }
}
