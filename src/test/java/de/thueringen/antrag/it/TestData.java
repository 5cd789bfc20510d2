package de.thueringen.antrag.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Applications as a citizen's client would send them. */
final class TestData {

    private TestData() {
    }

    static byte[] vehicleRegistrationPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_MAIL = new java.util.concurrent.atomic.AtomicInteger();

    static Map<String, Object> parkingPermit(String ags, String postalCode, String city, String firstName, String lastName) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("firstName", firstName);
        data.put("lastName", lastName);
        data.put("street", "Marktstraße");
        data.put("houseNumber", "7a");
        data.put("postalCode", postalCode);
        data.put("city", city);
        // an address per application, as many citizens would have (the per-e-mail limit counts the suite otherwise)
        data.put("email", "buerger+" + NEXT_MAIL.getAndIncrement() + "@example.org");
        data.put("licensePlate", "EF-AB 123");
        data.put("vehicleHolder", "self");
        data.put("parkingZone", "Altstadt Nord");
        data.put("declarationTruthful", true);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("serviceId", "10173");
        request.put("municipality", ags);
        request.put("data", data);
        request.put("attachments", List.of(Map.of(
                "evidence", "zulassungsbescheinigung",
                "fileName", "Fahrzeugschein.pdf",
                "contentBase64", Base64.getEncoder().encodeToString(vehicleRegistrationPdf()))));
        return request;
    }

    static Map<String, Object> parkingPermitErfurt(String lastName) {
        return parkingPermit("16051000", "99084", "Erfurt", "Erika", lastName);
    }

    static Map<String, Object> parkingPermitJena(String lastName) {
        return parkingPermit("16053000", "07743", "Jena", "Jan", lastName);
    }

    /** A Führungszeugnis in Erfurt: its fee is due with the application, unless it is for voluntary work. */
    static Map<String, Object> criminalRecordCertificate(boolean voluntaryWork) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("firstName", "Frieda");
        data.put("lastName", "Führung");
        data.put("street", "Anger");
        data.put("houseNumber", "3");
        data.put("postalCode", "99084");
        data.put("city", "Erfurt");
        data.put("birthName", "Führung");
        data.put("birthDate", "1990-05-01");
        data.put("birthPlace", "Erfurt");
        data.put("nationality", "deutsch");
        data.put("certificateType", "privat");
        data.put("purpose", voluntaryWork ? "Ehrenamt im Sportverein" : "Vorlage beim Arbeitgeber");
        data.put("voluntaryWork", voluntaryWork);
        data.put("declarationTruthful", true);
        return Map.of("serviceId", "10562", "municipality", "16051000", "data", data,
                "attachments", List.of(Map.of("evidence", "ausweis", "fileName", "Ausweis.pdf",
                        "contentBase64", Base64.getEncoder().encodeToString(vehicleRegistrationPdf()))));
    }
}
