package de.thueringen.antrag.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.junit.jupiter.api.Test;

/**
 * No general-purpose script language is on the classpath (Groovy, JavaScript, Python …). The script engines there are
 * the expression languages the engine itself needs: JUEL for {@code ${…}} and FEEL for decision tables. A BPMN
 * deployment that uses any of them as a script is refused ({@link ScriptRefusingParseListener}).
 */
class ScriptEnginesTest {

    @Test
    void theOnlyScriptEngineIsTheEnginesExpressionLanguage() {
        List<String> languages = new ScriptEngineManager().getEngineFactories().stream()
                .map(ScriptEngineFactory::getLanguageName).toList();
        assertThat(languages).isSubsetOf("JSP 2.1 EL", "feel", "feel-unary-tests");
    }
}
