package io.strikeline.alerts;

import io.strikeline.avro.RegionDayTally;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Refuses a tally whose key is not {@code REGION|YYYY-MM-DD} or names another region-day than its value, before it
 * is repartitioned: thrown here, the dead letter is the record as read from tallies.region-day.
 */
final class TallyCheck implements FixedKeyProcessor<String, RegionDayTally, RegionDayTally> {

    private FixedKeyProcessorContext<String, RegionDayTally> context;

    @Override
    public void init(FixedKeyProcessorContext<String, RegionDayTally> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RegionDayTally> record) {
        RegionDay key = RegionDay.parse(record.key());
        RegionDayTally tally = record.value();
        if (tally != null && !(key.regionIso().equals(tally.getRegionIso()) && key.date().equals(tally.getDate()))) {
            throw new InvalidTallyException("The tally under '" + record.key() + "' is about "
                    + RegionDay.key(tally.getRegionIso(), tally.getDate()));
        }
        context.forward(record);
    }
}
