package io.strikeline.extract;

import io.strikeline.avro.DateBasis;
import java.time.LocalDate;

/** The day a sentence's events happened and the rule that fixed it. */
record DatedSentence(LocalDate date, DateBasis basis) {
}
