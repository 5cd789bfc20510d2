package de.thueringen.antrag.clerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.thueringen.antrag.casefile.AuditEntry;
import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.it.H2ApplicationTest;
import de.thueringen.antrag.tasks.ClerkClient;

/** Who read a citizen's case file is in its audit trail: page, JSON, notes and every document downloaded. */
@H2ApplicationTest
class StaffReadAuditIT {

    @LocalServerPort
    int port;
    @Autowired
    CaseFileService caseFiles;

    @Test
    void everyReadByStaffIsRecordedWithWhoAndWhat() {
        String caseNumber = ClerkClient.anonymous(port).submitParkingPermit(true, "Lea", "Lesbar");
        CaseFile caseFile = caseFiles.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(reads(caseFile)).isEmpty();

        ClerkClient inTasklist = ClerkClient.tasklist(port, "jena.sb", "Jena-Demo-1");
        assertThat(inTasklist.get("/akte/" + caseNumber).status()).isEqualTo(200);
        ClerkClient api = ClerkClient.basic(port, "jena.sb2", "Jena-Demo-1");
        JsonNode json = api.get("/api/v1/cases/" + caseNumber).json();
        assertThat(api.get("/api/v1/cases/" + caseNumber + "/notes").status()).isEqualTo(200);
        JsonNode document = json.get("documents").get(0);
        assertThat(api.get(document.get("url").asText()).status()).isEqualTo(200);
        // refused reads are no reads
        assertThat(ClerkClient.basic(port, "erfurt.sb", "Erfurt-Demo-1").get("/akte/" + caseNumber).status()).isEqualTo(403);

        List<AuditEntry> reads = reads(caseFile);
        assertThat(reads).extracting(AuditEntry::getActor, AuditEntry::getDetail).containsExactly(
                tuple("jena.sb", "Akte (Seite)"),
                tuple("jena.sb2", "Akte (JSON)"),
                tuple("jena.sb2", "Interne Notizen (JSON)"),
                tuple("jena.sb2", "Dokument " + document.get("id").asLong() + " ("
                        + document.get("fileName").asText() + ")"));
        assertThat(reads).allSatisfy(read -> assertThat(read.getOccurredAt()).isNotNull());
    }

    private List<AuditEntry> reads(CaseFile caseFile) {
        return caseFiles.auditTrail(caseFile.getId()).stream()
                .filter(entry -> CaseFileService.READ_BY_STAFF.equals(entry.getAction())).toList();
    }
}
