package de.thueringen.antrag.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void terminalStatusesAreExactlyTheDecisionsAndDiscontinuation() {
        assertThat(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isTerminal))
                .containsExactlyInAnyOrder(CaseStatus.GENEHMIGT, CaseStatus.ABGELEHNT, CaseStatus.EINGESTELLT);
    }

    @Test
    void aNewCaseIsNotTerminal() {
        assertThat(CaseStatus.EINGEGANGEN.isTerminal()).isFalse();
        assertThat(CaseStatus.ZAHLUNG_AUSSTEHEND.isTerminal()).isFalse();
    }

    @Test
    void everyStatusHasAGermanLabel() {
        for (CaseStatus status : CaseStatus.values()) {
            assertThat(status.germanLabel()).as(status.name()).isNotBlank()
                    .doesNotContain("_")
                    .isNotEqualToIgnoringCase(status.name())
                    .matches("\\p{Lu}.*");
        }
        assertThat(Arrays.stream(CaseStatus.values()).map(CaseStatus::germanLabel)).doesNotHaveDuplicates();
        assertThat(CaseStatus.IN_PRUEFUNG.germanLabel()).isEqualTo("Antrag wird geprüft");
    }
}
