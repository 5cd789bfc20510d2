package de.thueringen.antrag.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseTaskListenerTest {

    @Test
    void descriptionNamesCaseServiceAndApplicant() {
        assertThat(CaseTaskListener.description("ERF-2026-000001", "Bewohnerparkausweis", "Erika Mustermann", null))
                .isEqualTo("ERF-2026-000001 · Bewohnerparkausweis · Erika Mustermann");
    }

    @Test
    void designersDescriptionFollowsOnItsOwnLine() {
        assertThat(CaseTaskListener.description("JEN-2026-000002", "Hundesteuer", "Jan Jenaer", "Bitte Nachweise prüfen."))
                .isEqualTo("JEN-2026-000002 · Hundesteuer · Jan Jenaer\nBitte Nachweise prüfen.");
    }

    @Test
    void missingPartsAreLeftOutAndATaskDescribedBeforeIsNotDescribedTwice() {
        assertThat(CaseTaskListener.description("JEN-2026-000003", " ", null, null)).isEqualTo("JEN-2026-000003");
        String once = CaseTaskListener.description("JEN-2026-000003", "Hundesteuer", "A B", null);
        assertThat(CaseTaskListener.description("JEN-2026-000003", "Hundesteuer", "A B", once)).isEqualTo(once);
    }

    @Test
    void citizensTextStaysText() {
        assertThat(CaseTaskListener.description("JEN-2026-000004", "Bewohnerparkausweis", "${7*7} <script>alert(1)</script>", null))
                .endsWith("${7*7} <script>alert(1)</script>");
    }
}
