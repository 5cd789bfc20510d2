package de.thueringen.antrag.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * {@code ${createNotice}} with the input parameter {@code noticeKind} (APPROVAL, REJECTION, DISCONTINUATION):
 * renders the notice, stores it in the case file and closes the case accordingly. Idempotent, so it may sit
 * behind an async continuation with retries.
 */
@Component("createNotice")
public class CreateNoticeDelegate implements JavaDelegate {

    private final NoticeService notices;

    public CreateNoticeDelegate(NoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        NoticeKind kind = NoticeKind.valueOf((String) execution.getVariableLocal("noticeKind"));
        Number fee = (Number) execution.getVariable(ProcessVariables.FEE_AMOUNT);
        CaseDocument notice = notices.issue(new IssueNoticeCommand(
                (Long) execution.getVariable(ProcessVariables.CASE_ID),
                kind,
                (String) execution.getVariable(ProcessVariables.REJECTION_REASON),
                toLocalDate(execution.getVariable(ProcessVariables.PERMIT_VALID_UNTIL)),
                fee == null ? null : new BigDecimal(fee.toString()),
                (String) execution.getVariable(ProcessVariables.FEE_LEGAL_BASIS)));
        // the message that announces the notice to the citizen attaches it (see SendMessageDelegate)
        execution.setVariable(ProcessVariables.NOTICE_DOCUMENT_ID, notice.getId());
    }

    /** Camunda Forms submit dates as ISO strings ("2027-11-30"); Java callers may pass a Date. */
    private static LocalDate toLocalDate(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("Europe/Berlin")).toLocalDate();
        }
        return null;
    }
}
