package de.thueringen.antrag.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.intake.IntakeService;
import de.thueringen.antrag.intake.SubmissionReceipt;
import de.thueringen.antrag.intake.SubmissionRequest;
import de.thueringen.antrag.mail.CitizenMail;
import de.thueringen.antrag.mail.CitizenMailer;
import de.thueringen.antrag.notice.IssueNoticeCommand;
import de.thueringen.antrag.notice.NoticeKind;
import de.thueringen.antrag.notice.NoticeService;

/**
 * Submits an application from the portal exactly once per form: the form's idempotency key is inserted in the same
 * transaction that opens the case and starts the process, under a unique key. A second submit with the same key
 * (double click, a retry after a lost answer) waits for or finds the first and returns its receipt. After the
 * transaction the Eingangsbestätigung is issued and, if the citizen gave an address, the link is mailed.
 */
@Component
class PortalSubmissions {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSubmissions.class);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final IntakeService intake;
    private final CaseFileService caseFiles;
    private final NoticeService notices;
    private final CitizenMailer mailer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PortalSubmissions(IntakeService intake, CaseFileService caseFiles, NoticeService notices, CitizenMailer mailer,
                      JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.intake = intake;
        this.caseFiles = caseFiles;
        this.notices = notices;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** @param repeated true if this form had been submitted before and this is that submission's receipt */
    record Receipt(String caseNumber, String trackingToken, boolean repeated) {
    }

    /**
     * @param trackingLink builds the absolute tracking link from the token, for the mail
     * @throws de.thueringen.antrag.intake.SubmissionRejectedException with German field errors; nothing stored
     */
    Receipt submit(SubmissionRequest request, String idempotencyKey, java.util.function.Function<String, String> trackingLink) {
        if (!SecretTokens.looksValid(idempotencyKey)) {
            throw new PortalException(400, "Formular unvollständig",
                    "Das Formular ist unvollständig angekommen. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.");
        }
        String keyHash = SecretTokens.hash(idempotencyKey);
        Optional<Receipt> earlier = find(keyHash, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SubmissionReceipt receipt;
        try {
            receipt = transaction.execute(status -> {
                jdbc.update("INSERT INTO portal_submission (key_hash, created_at) VALUES (?, ?)", keyHash,
                        Timestamp.from(clock.instant()));
                SubmissionReceipt submitted = intake.submit(request);
                jdbc.update("UPDATE portal_submission SET case_number = ?, sealed_token = ? WHERE key_hash = ?",
                        submitted.caseNumber(), ReceiptSeal.seal(idempotencyKey, submitted.trackingToken()), keyHash);
                return submitted;
            });
        } catch (DataAccessException concurrentSameForm) {
            // the same form is being (or was just) submitted by another request: its receipt is ours
            return awaitEarlier(keyHash, idempotencyKey).orElseThrow(() -> concurrentSameForm);
        }
        LOG.info("Application {} submitted through the portal", receipt.caseNumber());
        afterSubmit(receipt, trackingLink.apply(receipt.trackingToken()));
        return new Receipt(receipt.caseNumber(), receipt.trackingToken(), false);
    }

    private Optional<Receipt> find(String keyHash, String idempotencyKey) {
        List<String[]> rows = jdbc.query("SELECT case_number, sealed_token FROM portal_submission WHERE key_hash = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, keyHash);
        if (rows.isEmpty() || rows.get(0)[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(rows.get(0)[0], ReceiptSeal.open(idempotencyKey, rows.get(0)[1]), true));
    }

    private Optional<Receipt> awaitEarlier(String keyHash, String idempotencyKey) {
        for (int attempt = 0; attempt < 40; attempt++) {
            Optional<Receipt> earlier = find(keyHash, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /** Receipt notice and mail: after the commit, so neither can undo the accepted application. */
    private void afterSubmit(SubmissionReceipt receipt, String trackingLink) {
        Optional<CaseFile> caseFile = caseFiles.findByCaseNumber(receipt.caseNumber());
        if (caseFile.isEmpty()) {
            return;
        }
        try {
            notices.issue(new IssueNoticeCommand(caseFile.get().getId(), NoticeKind.RECEIPT, null, null, null, null));
        } catch (RuntimeException e) {
            LOG.warn("Receipt notice for {} not issued now, it is issued when first downloaded", receipt.caseNumber(), e);
        }
        String email = caseFile.get().getApplicant().getEmail();
        if (email != null && !email.isBlank()) {
            mailer.send(new CitizenMail(email, "Ihr Antrag auf " + caseFile.get().getServiceName() + " – Aktenzeichen "
                    + receipt.caseNumber(), receiptMailBody(caseFile.get(), receipt, trackingLink), receipt.caseNumber()));
        }
    }

    static String receiptMailBody(CaseFile caseFile, SubmissionReceipt receipt, String trackingLink) {
        String day = GERMAN_DATE.format(caseFile.getSubmittedAt().atZone(ZoneId.of("Europe/Berlin")));
        return "Guten Tag,\n\n"
                + "vielen Dank für Ihren Antrag auf " + caseFile.getServiceName() + ". Er ist am " + day + " bei "
                + receipt.authorityName() + " eingegangen.\n\n"
                + "Ihr Aktenzeichen: " + receipt.caseNumber() + "\n\n"
                + "Über diesen persönlichen Link sehen Sie jederzeit, wie weit Ihr Antrag ist, lesen Nachrichten der Behörde, "
                + "bezahlen Gebühren und laden Bescheide herunter:\n\n"
                + trackingLink + "\n\n"
                + "Bitte geben Sie den Link nicht weiter: Wer ihn kennt, kann Ihren Antrag einsehen.\n\n"
                + "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.\n";
    }
}
