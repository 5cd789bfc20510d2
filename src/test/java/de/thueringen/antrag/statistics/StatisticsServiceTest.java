package de.thueringen.antrag.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsServiceTest {

    static final long DAY = 86_400;

    @Test
    void medianOfAnOddNumberIsTheMiddleValue() {
        assertThat(StatisticsService.medianDays(List.of(10 * DAY, 1 * DAY, 3 * DAY))).isEqualTo(3.0);
    }

    @Test
    void medianOfAnEvenNumberIsTheMeanOfTheMiddleValues() {
        assertThat(StatisticsService.medianDays(List.of(DAY, 2 * DAY, 4 * DAY, 100 * DAY))).isEqualTo(3.0);
    }

    @Test
    void medianIsRoundedToATenthOfADayAndAbsentWithoutCases() {
        assertThat(StatisticsService.medianDays(List.of(DAY + DAY / 4))).isEqualTo(1.3);
        assertThat(StatisticsService.medianDays(List.of())).isNull();
    }
}
