package de.thueringen.antrag.notice;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs against PDF/A-2b with veraPDF and reports the failed rules. */
final class PdfAValidation {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAValidation() {
    }

    /** Failed rules as "clause-test: description (location)", empty if the document is PDF/A-2b compliant. */
    static List<String> failures(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + " (" + assertion.getLocationContext() + ")");
                }
            }
            if (!result.isCompliant() && failed.isEmpty()) {
                failed.add("not compliant, job status " + result.getJobEndStatus());
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document", e);
        }
    }

    static void assertCompliant(String what, byte[] pdf) {
        List<String> failed = failures(pdf);
        if (!failed.isEmpty()) {
            System.out.println("PDF/A-2b failures of " + what + ":");
            failed.forEach(f -> System.out.println("  " + f));
            fail(what + " is not PDF/A-2b: " + String.join("; ", failed));
        }
    }
}
