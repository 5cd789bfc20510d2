package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fee table for the Bewohnerparkausweis (DMN {@code fee-10173}), evaluated by the engine's DecisionService. */
@Deployment(resources = "processes/decisions/fee-10173.dmn")
class FeeDecisionTest {

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "AGS {0} ({2}) pays {1} EUR per year")
    @CsvSource({
            "16051000, 100.0, Gebührensatzung der Stadt Erfurt",
            "16053000, 120.0, Gebührensatzung der Stadt Jena",
            "16067029, 90.0,  Gebührensatzung der Stadt Gotha",
            "16052000, 90.0,  Gebührensatzung der Stadt Gera",
            "16061001, 30.70, GebOSt Anlage Geb.-Nr. 265",
            "16055000, 30.70, GebOSt Anlage Geb.-Nr. 265"})
    void chargesTheMunicipalFeeOrTheFederalMaximum(String ags, double expectedFee, String expectedLegalBasis) {
        DmnDecisionResult result = extension.getDecisionService().evaluateDecisionByKey("fee-10173")
                .variables(Variables.createVariables().putValue("ags", ags))
                .evaluate();

        assertThat(result).as("hit policy FIRST gives exactly one row").hasSize(1);
        DmnDecisionResultEntries row = result.getSingleResult();
        assertThat(row.keySet()).containsExactlyInAnyOrder("feeAmount", "feeLegalBasis");
        assertThat(row.<Object>getEntry("feeAmount")).isInstanceOf(Double.class).isEqualTo(expectedFee);
        assertThat(row.<String>getEntry("feeLegalBasis")).isNotBlank().startsWith(expectedLegalBasis);
    }
}
