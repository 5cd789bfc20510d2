package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Renders APPROVAL notices on one thread and prints notices per second per core. Not a unit test: surefire's
 * includes (*Test, *IT) skip it, and it runs only when asked for:
 * <pre>
 * mvn -o test -Dtest=NoticeThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark=true
 * </pre>
 * Optional: {@code -Dbenchmark.seconds=10} (measured time), {@code -Dbenchmark.warmup=5} (seconds).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NoticeThroughputBenchmark {

    @Test
    void approvalNoticesPerSecondPerCore() {
        double warmup = Double.parseDouble(System.getProperty("benchmark.warmup", "5"));
        double seconds = Double.parseDouble(System.getProperty("benchmark.seconds", "10"));
        NoticePdfRenderer renderer = new NoticePdfRenderer();
        NoticeDocument notice = NoticeSamples.notice(NoticeKind.APPROVAL, NoticeSamples.RECIPIENT, List.of(
                "auf Ihren Antrag vom 02.03.2026 ergeht folgender Bescheid:",
                "Ihrem Antrag auf einen Bewohnerparkausweis wird stattgegeben. Der Ausweis ist unten abgedruckt.",
                "Die Gebühr haben Sie bereits bezahlt; es ist nichts mehr zu tun."));

        long bytes = run(renderer, notice, warmup).bytes;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        Result measured = run(renderer, notice, seconds);
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;

        double perSecond = measured.count / wall;
        System.out.printf(Locale.ROOT, "notices/s/core: %.1f (APPROVAL, 1 thread, %d notices in %.1f s wall, "
                        + "%.1f s CPU = %.1f per CPU-second, %d bytes each, %d cores visible)%n",
                perSecond, measured.count, wall, cpu, measured.count / cpu, measured.bytes / measured.count,
                Runtime.getRuntime().availableProcessors());
        assertThat(bytes).isPositive();
        assertThat(measured.count).isPositive();
    }

    private static Result run(NoticePdfRenderer renderer, NoticeDocument notice, double seconds) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            bytes += renderer.render(notice).length;
            count++;
        }
        return new Result(count, bytes);
    }

    private record Result(long count, long bytes) {
    }
}
