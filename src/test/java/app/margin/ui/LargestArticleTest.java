package app.margin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything the loader accepts opens within the heap Margin ships with on a 4 GiB machine
 * ({@value #SHIPPED_HEAP}: the pom's -XX:MaxRAMPercentage=10 of 4 GiB), also while another such article is open.
 */
class LargestArticleTest {

    static final String SHIPPED_HEAP = "-Xmx409m";

    @TempDir
    Path dir;

    @Test
    void theLargestArticleTheLoaderAcceptsOpensWithinTheShippedHeap() throws Exception {
        Process child = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), SHIPPED_HEAP,
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-Dslf4j.internal.verbosity=ERROR",
                "-cp", System.getProperty("java.class.path"), LargestArticleChild.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        try {
            String out;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out = r.lines().collect(Collectors.joining("\n"));
            }
            assertThat(child.waitFor(240, TimeUnit.SECONDS)).isTrue();
            System.out.println("LargestArticleTest:\n" + out.lines().filter(l -> l.contains("heap used"))
                    .collect(Collectors.joining("\n")));
            assertThat(out).doesNotContain("OutOfMemoryError").contains("OPENED").doesNotContain("NOT OPENED");
            assertThat(child.exitValue()).isZero();
        } finally {
            child.destroyForcibly();
        }
    }
}
