package dev.waibao.subsidies.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;

/** What the engine decided for a claim: the amount, why, and which bases it pays for. */
record Assessment(
    BigDecimal amount,
    @Nullable BigDecimal provinceShare,
    @Nullable BigDecimal cityShare,
    List<Rules.Line> explanation,
    List<String> basisKeys,
    ClaimBasis basis) {}
