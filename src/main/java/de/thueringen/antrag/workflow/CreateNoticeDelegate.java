package de.thueringen.antrag.workflow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseDocument;
import de.thueringen.antrag.notice.IssueNoticeCommand;
import de.thueringen.antrag.notice.NoticeKind;
import de.thueringen.antrag.notice.NoticeService;

/**
 * {@code ${createNotice}} with the input parameter {@code noticeKind} (see {@link NoticeKind}) and optionally
 * {@code noticeKey} (several notices of a kind per case): renders the notice from the process variables, stores it
 * in the case file and closes the case where the notice ends it. Idempotent, so it may sit behind an async
 * continuation with retries. Sets {@code noticeDocumentId} for the message that announces the notice.
 * <p>
 * Deadlines stated in letters are dates: {@code replyDeadline} and {@code paymentDeadline} are taken from the
 * variables when the process set them, else counted from today with the process's periods
 * ({@code replyPeriod}; {@code paymentReminderAfter} + {@code paymentFinalPeriod}).
 */
@ProcessBuildingBlock
@Component("createNotice")
public class CreateNoticeDelegate implements JavaDelegate {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final NoticeService notices;
    private final CaseOfExecution cases;
    private final Clock clock;

    CreateNoticeDelegate(NoticeService notices, CaseOfExecution cases, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NoticeKind kind = NoticeKind.valueOf((String) execution.getVariableLocal("noticeKind"));
        Number fee = (Number) execution.getVariable(ProcessVariables.FEE_AMOUNT);
        LocalDate today = LocalDate.now(clock.withZone(GERMANY));
        CaseDocument notice = notices.issue(new IssueNoticeCommand(
                cases.caseId(execution),
                kind,
                (String) execution.getVariable(ProcessVariables.REJECTION_REASON),
                toLocalDate(execution.getVariable(ProcessVariables.PERMIT_VALID_UNTIL)),
                fee == null ? null : new BigDecimal(fee.toString()),
                (String) execution.getVariable(ProcessVariables.FEE_LEGAL_BASIS),
                (String) execution.getVariable("missingDocuments"),
                dateOrPeriod(execution, "replyDeadline", today, "replyPeriod"),
                dateOrPeriod(execution, "paymentDeadline", today, "paymentReminderAfter", "paymentFinalPeriod"),
                (String) execution.getVariable(ProcessVariables.PAYMENT_REFERENCE),
                null,
                toLocalDate(execution.getVariable("deemedApprovalDate")),
                (String) execution.getVariable("noticeKey")));
        // the message that announces the notice to the citizen attaches it (see SendMessageDelegate)
        execution.setVariable(ProcessVariables.NOTICE_DOCUMENT_ID, notice.getId());
    }

    private static LocalDate dateOrPeriod(DelegateExecution execution, String dateVariable, LocalDate today,
                                          String... periodVariables) {
        LocalDate given = toLocalDate(execution.getVariable(dateVariable));
        if (given != null) {
            return given;
        }
        LocalDate date = today;
        boolean anyPeriod = false;
        for (String periodVariable : periodVariables) {
            if (execution.getVariable(periodVariable) instanceof String iso && !iso.isBlank()) {
                date = date.plus(Period.parse(iso));
                anyPeriod = true;
            }
        }
        return anyPeriod ? date : null;
    }

    /** Camunda Forms submit dates as ISO strings ("2027-11-30"); Java callers may pass a Date. */
    static LocalDate toLocalDate(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(GERMANY).toLocalDate();
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return null;
    }
}
