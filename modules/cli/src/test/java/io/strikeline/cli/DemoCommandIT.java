package io.strikeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandIT {

    @Test
    void demoRoundTripsAStrikeEventThroughARealBrokerAndRegistry() {
        StringWriter output = new StringWriter();
        CommandLine cli = StrikelineCli.commandLine().setOut(new PrintWriter(output));

        int exitCode = cli.execute("demo");

        assertThat(exitCode).isZero();
        assertThat(output.toString())
                .contains("registered under subject demo.strike-events-value: id 1")
                .contains("magic byte 0x00, schema id 1")
                .contains("identical to the event sent")
                .contains("UA-59 Sumy 2025-07-23 DRONE");
    }
}
