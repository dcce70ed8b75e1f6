package dev.waibao.opendata.internal;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Settings of the OCDS feed ({@code waibao.ocds.*}). The ocid prefix is the one the Open
 * Contracting Partnership registers for the publisher; every ocid is the prefix, a hyphen and the
 * tender's id.
 */
@ConfigurationProperties("waibao.ocds")
public class OcdsSettings {

  private String ocidPrefix = "ocds-waibao";
  private String publisherName = "Waibao";
  private String license = "";
  private String publicationPolicy = "";
  private String baseUri = "";

  public String getOcidPrefix() {
    return ocidPrefix;
  }

  public void setOcidPrefix(String ocidPrefix) {
    this.ocidPrefix = ocidPrefix;
  }

  public String getPublisherName() {
    return publisherName;
  }

  public void setPublisherName(String publisherName) {
    this.publisherName = publisherName;
  }

  public String getLicense() {
    return license;
  }

  public void setLicense(String license) {
    this.license = license;
  }

  public String getPublicationPolicy() {
    return publicationPolicy;
  }

  public void setPublicationPolicy(String publicationPolicy) {
    this.publicationPolicy = publicationPolicy;
  }

  public String getBaseUri() {
    return baseUri;
  }

  public void setBaseUri(String baseUri) {
    this.baseUri = baseUri;
  }
}
