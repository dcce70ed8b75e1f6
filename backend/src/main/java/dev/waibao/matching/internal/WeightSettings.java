package dev.waibao.matching.internal;

import dev.waibao.matching.model.Scoring;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

/**
 * The weights of the score's parts ({@code waibao.matching.weights.*}); relative, not percentages.
 */
@ConfigurationProperties("waibao.matching.weights")
record WeightSettings(
    @Bindable(defaultValue = "30") @Min(0) double capability,
    @Bindable(defaultValue = "15") @Min(0) double caseStudies,
    @Bindable(defaultValue = "15") @Min(0) double rating,
    @Bindable(defaultValue = "10") @Min(0) double delivery,
    @Bindable(defaultValue = "10") @Min(0) double location,
    @Bindable(defaultValue = "10") @Min(0) double sizeFit,
    @Bindable(defaultValue = "10") @Min(0) double text) {

  Scoring.Weights weights() {
    return new Scoring.Weights(capability, caseStudies, rating, delivery, location, sizeFit, text);
  }
}
