package dev.waibao.shared.paging;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of a longer list, as every directory endpoint answers: items, where, and how many. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {}
