package de.thueringen.antrag.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

class GeneratorChecksumTest {

    private static final String BPMN = """
            <definitions>
               <process id="ozg-10999">
                  <extensionElements>
                     <camunda:properties>
                        <camunda:property name="ozg.id" value="10999"/>
                        <camunda:property name="archetype"
                                          value="ANZEIGE"/>
                     </camunda:properties>
                  </extensionElements>
               </process>
            </definitions>
            """;

    @Test
    void aSignedProcessIsRecognisedAsGenerated() {
        String signed = GeneratorChecksum.signBpmn(BPMN);
        assertThat(signed).contains("\n            <camunda:property name=\"generator.checksum\" value=\""
                + GeneratorChecksum.sha256(BPMN) + "\"/>\n         </camunda:properties>");
        assertThat(GeneratorChecksum.checkBpmn(signed)).isEqualTo(GeneratorChecksum.State.GENERATED);
    }

    @Test
    void anyChangeToASignedProcessMakesItTheDesignersFile() {
        String signed = GeneratorChecksum.signBpmn(BPMN);
        assertThat(GeneratorChecksum.checkBpmn(signed.replace("ANZEIGE", "GENEHMIGUNG"))).isEqualTo(GeneratorChecksum.State.MODIFIED);
        assertThat(GeneratorChecksum.checkBpmn(signed.replace("   <process", "  <process"))).isEqualTo(GeneratorChecksum.State.MODIFIED);
        assertThat(GeneratorChecksum.checkBpmn(BPMN)).isEqualTo(GeneratorChecksum.State.FOREIGN);
    }

    @Test
    void aSignedFormIsRecognisedEvenAfterReformatting() {
        ObjectNode form = GeneratorChecksum.JSON.createObjectNode();
        form.putArray("components").addObject().put("type", "text").put("id", "Text_1").put("text", "Hallo");
        form.put("id", "form-10999");
        form.put("schemaVersion", 16);
        String signed = GeneratorChecksum.signForm(form);

        assertThat(signed).contains("\"generator\": {").endsWith("}\n");
        assertThat(GeneratorChecksum.checkForm(signed)).isEqualTo(GeneratorChecksum.State.GENERATED);
        assertThat(GeneratorChecksum.checkForm(signed.replace("\n", "\r\n").replace("  ", "    ")))
                .as("white space is no change of content").isEqualTo(GeneratorChecksum.State.GENERATED);
        assertThat(GeneratorChecksum.checkForm(signed.replace("Hallo", "Guten Tag"))).isEqualTo(GeneratorChecksum.State.MODIFIED);
        assertThat(GeneratorChecksum.checkForm(GeneratorChecksum.formText(form))).isEqualTo(GeneratorChecksum.State.FOREIGN);
        assertThat(GeneratorChecksum.checkForm("{ kein JSON")).isEqualTo(GeneratorChecksum.State.FOREIGN);
    }
}
