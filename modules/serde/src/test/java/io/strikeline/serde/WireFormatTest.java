package io.strikeline.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void shouldReadTheBigEndianSchemaIdAfterTheMagicByte() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {0, 0x01, 0x02, 0x03, 0x04, 9});

        assertThat(WireFormat.readSchemaId(buffer)).isEqualTo(0x01020304);
        assertThat(buffer.position()).isEqualTo(5);
    }

    @Test
    void shouldWriteWhatItReads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WireFormat.writeHeader(out, 123_456);

        assertThat(out.toByteArray()).hasSize(WireFormat.HEADER_SIZE);
        assertThat(WireFormat.readSchemaId(ByteBuffer.wrap(out.toByteArray()))).isEqualTo(123_456);
    }

    @Test
    void shouldRefuseAnUnknownMagicByte() {
        assertThatThrownBy(() -> WireFormat.readSchemaId(ByteBuffer.wrap(new byte[] {'{', '"', 'a', '"', ':', '1'})))
                .isInstanceOf(SerializationException.class).hasMessageContaining("Unknown magic byte 0x7b");
    }
}
