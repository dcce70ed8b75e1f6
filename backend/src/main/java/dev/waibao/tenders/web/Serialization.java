package dev.waibao.tenders.web;

import dev.waibao.tenders.model.Evaluation;
import dev.waibao.tenders.model.Tender;
import dev.waibao.tenders.model.TenderInput;
import io.micronaut.serde.annotation.SerdeImport;

/** JSON for the framework-free model types, declared here so the model stays framework-free. */
@SerdeImport(Tender.class)
@SerdeImport(Tender.CertificationRequirement.class)
@SerdeImport(Tender.Criterion.class)
@SerdeImport(Tender.Lot.class)
@SerdeImport(Tender.Requirements.class)
@SerdeImport(TenderInput.class)
@SerdeImport(TenderInput.CertificationInput.class)
@SerdeImport(TenderInput.CriterionInput.class)
@SerdeImport(TenderInput.LotInput.class)
@SerdeImport(Evaluation.Result.class)
final class Serialization {

  private Serialization() {}
}
