package dev.lede.cli;

import org.junit.jupiter.api.Test;

import static dev.lede.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeCommandTest {

    @Test
    void settingsOutOfRangeAreUsageErrorsBeforeAnythingListens() {
        CliRun pipelines = run("serve", "--port", "0", "--max-pipelines", "0");
        assertEquals(2, pipelines.exit(), pipelines.err());
        assertTrue(pipelines.err().contains("max pipelines must be at least 1"), pipelines.err());
        CliRun port = run("serve", "--port", "70000");
        assertEquals(2, port.exit(), port.err());
        assertTrue(port.err().contains("port must be within 0..65535"), port.err());
    }

    @Test
    void helpNamesThePipelineCacheSize() {
        CliRun help = run("serve", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--max-pipelines=N"), help.out());
    }
}
