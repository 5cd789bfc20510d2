package de.thueringen.antrag.clerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/**
 * The case file for clerks: documents with working links, mailbox, history and audit trail, and internal notes that
 * clerks of the authority add (JSON API with the custom header, or the page's form with its token).
 */
@H2ApplicationTest
class CaseFileNotesIT {

    @LocalServerPort
    int port;

    String caseNumber;
    ClerkClient jena;

    @BeforeEach
    void aJenaCase() {
        caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Nele", "Notizfall");
        jena = ClerkClient.basic(port, "jena.sb", "Jena-Demo-1");
    }

    @Test
    void caseFileHasDocumentsHistoryAuditAndEmptyNotes() {
        JsonNode caseFile = jena.get("/api/v1/cases/" + caseNumber).json();
        assertThat(caseFile.get("documents")).hasSize(1);
        JsonNode document = caseFile.get("documents").get(0);
        assertThat(document.get("kindText").asText()).isEqualTo("Nachweis");
        ClerkClient.Response download = jena.get(document.get("url").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(caseFile.get("history")).extracting(h -> h.get("status").asText()).contains("EINGEGANGEN", "IN_PRUEFUNG");
        assertThat(caseFile.get("audit")).extracting(a -> a.get("action").asText()).contains("ANTRAG_EINGEREICHT");
        assertThat(caseFile.get("messages").isArray()).isTrue();
        assertThat(caseFile.get("notes")).isEmpty();
        assertThat(caseFile.get("notesUrl").asText()).isEqualTo("/api/v1/cases/" + caseNumber + "/notes");
    }

    @Test
    void clerkAddsANoteThroughTheApiAndItAppearsInNotesPageAndAuditTrail() {
        String text = "Rückruf vereinbart.\n<script>alert('x')</script> ${7*7}";
        ClerkClient.Response added = jena.postJson("/api/v1/cases/" + caseNumber + "/notes", Map.of("text", text),
                ClerkClient.scripted());
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("author").asText()).isEqualTo("jena.sb");
        assertThat(added.json().get("text").asText()).isEqualTo(text);

        JsonNode caseFile = jena.get("/api/v1/cases/" + caseNumber).json();
        assertThat(caseFile.get("notes")).extracting(n -> n.get("text").asText()).containsExactly(text);
        assertThat(caseFile.get("audit")).anySatisfy(a -> {
            assertThat(a.get("action").asText()).isEqualTo("NOTIZ_HINZUGEFUEGT");
            assertThat(a.get("actor").asText()).isEqualTo("jena.sb");
            assertThat(a.get("detail").asText()).startsWith("Interne Notiz: Rückruf vereinbart.");
        });
        assertThat(jena.get("/api/v1/cases/" + caseNumber + "/notes").json()).hasSize(1);
        // the page shows it as text
        String page = jena.get("/akte/" + caseNumber).text();
        assertThat(page).contains("Rückruf vereinbart.", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
    }

    @Test
    void noteNeedsTheCustomHeaderAndText() {
        ClerkClient.Response withoutHeader = jena.postJson("/api/v1/cases/" + caseNumber + "/notes", Map.of("text", "x"));
        assertThat(withoutHeader.status()).isEqualTo(403);
        assertThat(jena.postJson("/api/v1/cases/" + caseNumber + "/notes", Map.of("text", "  "), ClerkClient.scripted())
                .status()).isEqualTo(400);
        assertThat(jena.postJson("/api/v1/cases/XYZ-2026-999999/notes", Map.of("text", "x"), ClerkClient.scripted())
                .status()).isEqualTo(404);
        assertThat(jena.get("/api/v1/cases/" + caseNumber).json().get("notes")).isEmpty();
    }

    @Test
    void pageFormAddsANoteWithItsTokenOnly() {
        ClerkClient session = ClerkClient.tasklist(port, "jena.sb2", "Jena-Demo-1");
        String page = session.get("/akte/" + caseNumber).text();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("token in the page").isTrue();

        ClerkClient.Response noToken = session.postForm("/akte/" + caseNumber + "/notizen", Map.of("text", "ohne Token"));
        assertThat(noToken.status()).isEqualTo(403);
        ClerkClient.Response wrongToken = session.postForm("/akte/" + caseNumber + "/notizen",
                Map.of("text", "falsch", "_csrf", "AAAA"));
        assertThat(wrongToken.status()).isEqualTo(403);
        // the token of another clerk's browser does not fit this browser's cookie
        String otherToken = tokenOf(ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1").get("/akte/" + caseNumber).text());
        assertThat(session.postForm("/akte/" + caseNumber + "/notizen", Map.of("text", "fremd", "_csrf", otherToken)).status())
                .isEqualTo(403);

        ClerkClient.Response empty = session.postForm("/akte/" + caseNumber + "/notizen", Map.of("text", " ", "_csrf", token.group(1)));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("Bitte geben Sie einen Text für die Notiz ein.");

        ClerkClient.Response saved = session.postForm("/akte/" + caseNumber + "/notizen",
                Map.of("text", "Telefonat mit der Antragstellerin", "_csrf", token.group(1)));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/akte/" + caseNumber + "#notizen");
        assertThat(session.get("/akte/" + caseNumber).text()).contains("Telefonat mit der Antragstellerin", "jena.sb2");
        assertThat(jena.get("/api/v1/cases/" + caseNumber).json().get("notes"))
                .extracting(n -> n.get("author").asText()).containsExactly("jena.sb2");
    }

    @Test
    void pageShowsAllSectionsInGerman() {
        String page = jena.get("/akte/" + caseNumber).text();
        assertThat(page).contains("<html lang=\"de\"", "Vorgang " + caseNumber, "Dokumente", "Fahrzeugschein.pdf",
                "/akte/" + caseNumber + "/dokumente/", "Postfach", "Interne Notizen", "Verlauf", "Protokoll",
                "Notiz speichern");
    }

    private static String tokenOf(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }
}
