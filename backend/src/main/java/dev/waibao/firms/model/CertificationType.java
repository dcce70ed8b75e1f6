package dev.waibao.firms.model;

/** The international certifications of the policy; CMMI and PCMM are held at a level 1–5. */
public enum CertificationType {
  CMMI(true),
  PCMM(true),
  ISO_IEC_27001(false),
  ISO_IEC_20000(false),
  /** SAS 70, today SOC 1 / SSAE 18. */
  SOC1_SAS70(false),
  OTHER(false);

  private final boolean levelled;

  CertificationType(boolean levelled) {
    this.levelled = levelled;
  }

  public boolean levelled() {
    return levelled;
  }
}
