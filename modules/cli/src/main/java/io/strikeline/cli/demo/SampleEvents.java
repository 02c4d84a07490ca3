package io.strikeline.cli.demo;

import io.strikeline.avro.DateBasis;
import io.strikeline.avro.Provenance;
import io.strikeline.avro.SourceKind;
import io.strikeline.avro.StrikeEvent;
import io.strikeline.avro.WeaponClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A strike event written for the demo (our own words, not a copied article). */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static StrikeEvent sumyDroneStrike(Instant ingestedAt) {
        String evidence = "A drone attack on the Sumy region overnight left about 220,000 customers without power.";
        return StrikeEvent.newBuilder()
                .setEventId("demo-article-1|UA-59|2025-07-23|DRONE")
                .setRegionIso("UA-59")
                .setRegionName("Sumy")
                .setSettlements(List.of())
                .setEventDate(LocalDate.of(2025, 7, 23))
                .setDateBasis(DateBasis.OVERNIGHT_END)
                .setWeaponClass(WeaponClass.DRONE)
                .setOutageCustomers(220_000L)
                .setProvenance(Provenance.newBuilder()
                        .setSourceKind(SourceKind.ARTICLE)
                        .setSourceId("demo-article-1")
                        .setOutlet("strikeline demo")
                        .setEvidence(evidence)
                        .setEvidenceStart(0)
                        .setEvidenceEnd(evidence.length())
                        .build())
                .setConfidence(0.9)
                .setExtractorVersion("demo/1")
                .setIngestedAt(ingestedAt)
                .build();
    }
}
