package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fee tables of the flagship services, evaluated by the engine's DecisionService: Gewerbeanmeldung
 * ({@code fee-10294}), Führungszeugnis ({@code fee-10562}), Baugenehmigung ({@code fee-10519}) and Wohngeld
 * ({@code fee-10092}). Figures come from /work/shared/data/fees.md; where no figure is known the table returns
 * no fee, and the clerk sets it.
 */
@Deployment(resources = {
        "processes/decisions/fee-10294.dmn",
        "processes/decisions/fee-10562.dmn",
        "processes/decisions/fee-10519.dmn",
        "processes/decisions/fee-10092.dmn"})
class FlagshipFeeDecisionTest {

    @RegisterExtension
    ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    @ParameterizedTest(name = "Gewerbeanmeldung in AGS {0}: fee {1} EUR ({2})")
    @CsvSource({
            "16052000, 25.0, Kostenrecht der Stadt Gera",
            "16051000,     , Örtliche Verwaltungskostensatzung",
            "16053000,     , Örtliche Verwaltungskostensatzung",
            "16061001,     , Örtliche Verwaltungskostensatzung"})
    void chargesGerasBusinessRegistrationFeeAndLeavesOtherTownsToTheClerk(String ags, Double expectedFee,
                                                                         String expectedLegalBasis) {
        DmnDecisionResultEntries row = evaluate("fee-10294", Variables.createVariables().putValue("ags", ags));

        assertFee(row, expectedFee, expectedLegalBasis);
    }

    @ParameterizedTest(name = "Führungszeugnis, voluntaryWork={0}, AGS {1}: fee {2} EUR")
    @CsvSource({
            "true,  16051000, 0.0,  JVKostG Anlage 1 Vorbemerkung 1.1.3",
            "true,  16052000, 0.0,  JVKostG Anlage 1 Vorbemerkung 1.1.3",
            "false, 16051000, 13.0, JVKostG Anlage 1 Nr. 1130",
            "false, 16061001, 13.0, JVKostG Anlage 1 Nr. 1130",
            "     , 16053000, 13.0, JVKostG Anlage 1 Nr. 1130"})
    void certificateOfConductCostsThirteenEurosUnlessNeededForVoluntaryWork(Boolean voluntaryWork, String ags,
                                                                           Double expectedFee, String expectedLegalBasis) {
        DmnDecisionResultEntries row = evaluate("fee-10562",
                Variables.createVariables().putValue("voluntaryWork", voluntaryWork).putValue("ags", ags));

        assertFee(row, expectedFee, expectedLegalBasis);
    }

    @ParameterizedTest(name = "Baugenehmigung {0}, Bauwert {1} EUR: fee {2} EUR")
    @CsvSource({
            // vereinfachtes Verfahren: 6 EUR je 1.000 EUR, mindestens 50 EUR (Grenze bei 8.333,33 EUR)
            "vereinfacht, 0,          50.0,   ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 8000,       50.0,   ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 8333.33,    50.0,   ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 8334,       50.0,   ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 8340,       50.04,  ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 100000,     600.0,  ThürBauGVO Anlage Nr. 1.1.1",
            "vereinfacht, 123456.78,  740.74, ThürBauGVO Anlage Nr. 1.1.1",
            // reguläres Verfahren: 7 EUR je 1.000 EUR, mindestens 50 EUR (Grenze bei 7.142,86 EUR)
            "regulaer,    0,          50.0,   ThürBauGVO Anlage Nr. 1.1.2",
            "regulaer,    7142.85,    50.0,   ThürBauGVO Anlage Nr. 1.1.2",
            "regulaer,    7150,       50.05,  ThürBauGVO Anlage Nr. 1.1.2",
            "regulaer,    100000,     700.0,  ThürBauGVO Anlage Nr. 1.1.2",
            "regulaer,    123456.78,  864.2,  ThürBauGVO Anlage Nr. 1.1.2",
            // unknown procedure, missing or negative value: no fee, the clerk sets it
            "sonstiges,   100000,          , ThürBauGVO; Gebühr durch Sachbearbeitung festzusetzen",
            "vereinfacht,       ,          , ThürBauGVO; Gebühr durch Sachbearbeitung festzusetzen",
            "regulaer,    -1,              , ThürBauGVO; Gebühr durch Sachbearbeitung festzusetzen",
            "           , 100000,          , ThürBauGVO; Gebühr durch Sachbearbeitung festzusetzen"})
    void buildingPermitFeeIsARateOfTheBuildingValueWithAMinimum(String procedure, Double buildingValue,
                                                               Double expectedFee, String expectedLegalBasis) {
        DmnDecisionResultEntries row = evaluate("fee-10519",
                Variables.createVariables().putValue("procedure", procedure).putValue("buildingValue", buildingValue));

        assertFee(row, expectedFee, expectedLegalBasis);
    }

    @Test
    void buildingPermitFeeAcceptsAWholeNumberAsTheFormSubmitsIt() {
        // the intake stores integral numbers from the form as Long
        DmnDecisionResultEntries row = evaluate("fee-10519",
                Variables.createVariables().putValue("procedure", "regulaer").putValue("buildingValue", 250_000L));

        assertFee(row, 1750.0, "ThürBauGVO Anlage Nr. 1.1.2");
    }

    @ParameterizedTest(name = "Wohngeld in AGS {0} is free of charge")
    @CsvSource({"16051000", "16052000", "16061001", "''"})
    void housingBenefitIsFreeOfCharge(String ags) {
        DmnDecisionResultEntries row = evaluate("fee-10092", Variables.createVariables().putValue("ags", ags));

        assertFee(row, 0.0, "§ 64 Abs. 1 SGB X");
    }

    private DmnDecisionResultEntries evaluate(String decisionKey, VariableMap variables) {
        DmnDecisionResult result = extension.getDecisionService().evaluateDecisionByKey(decisionKey)
                .variables(variables)
                .evaluate();
        assertThat(result).as("hit policy FIRST gives exactly one row").hasSize(1);
        return result.getSingleResult();
    }

    private static void assertFee(DmnDecisionResultEntries row, Double expectedFee, String expectedLegalBasis) {
        assertThat(row.keySet()).containsExactlyInAnyOrder("feeAmount", "feeLegalBasis");
        if (expectedFee == null) {
            assertThat(row.<Object>getEntry("feeAmount")).as("no known fee: the clerk sets it").isNull();
        } else {
            assertThat(row.<Object>getEntry("feeAmount")).isInstanceOf(Double.class).isEqualTo(expectedFee);
        }
        assertThat(row.<String>getEntry("feeLegalBasis")).isNotBlank().startsWith(expectedLegalBasis);
    }
}
