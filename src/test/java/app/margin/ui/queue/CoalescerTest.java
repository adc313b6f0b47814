package app.margin.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    private final List<Runnable> later = new ArrayList<>();
    private final AtomicInteger runs = new AtomicInteger();
    private final Coalescer coalescer = new Coalescer(later::add, runs::incrementAndGet);

    @Test
    void aBurstOfRequestsRunsTheActionOnce() {
        coalescer.request();
        coalescer.request();
        coalescer.request();

        assertThat(later).hasSize(1);
        later.get(0).run();
        assertThat(runs).hasValue(1);
        assertThat(coalescer.isPending()).isFalse();
    }

    @Test
    void aRequestAfterTheRunAsksForAnotherRun() {
        coalescer.request();
        later.remove(0).run();
        coalescer.request();

        assertThat(later).hasSize(1);
        later.remove(0).run();
        assertThat(runs).hasValue(2);
    }
}
