package de.thueringen.antrag.workflow;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.thueringen.antrag.casefile.CaseFile;
import de.thueringen.antrag.casefile.CaseFileService;

/**
 * {@code ${sendMessage}} with the input parameter {@code messageTemplate} (ZAHLUNGSAUFFORDERUNG,
 * ZAHLUNGSERINNERUNG, NACHFORDERUNG, BESCHEID_ZUGESTELLT): puts the message into the citizen's mailbox, with the
 * document in {@code noticeDocumentId} attached if set. Sent once per case and template, or per
 * {@code messageKey} where one is given (a retried job sends nothing twice).
 */
@ProcessBuildingBlock
@Component("sendMessage")
public class SendMessageDelegate implements JavaDelegate {

    private final CaseFileService caseFiles;
    private final CaseOfExecution cases;

    SendMessageDelegate(CaseFileService caseFiles, CaseOfExecution cases) {
        this.caseFiles = caseFiles;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CitizenMessage message = CitizenMessage.valueOf((String) execution.getVariableLocal("messageTemplate"));
        CaseFile caseFile = cases.caseFile(execution);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("aktenzeichen", caseFile.getCaseNumber());
        values.put("leistung", caseFile.getServiceName());
        values.put("gebuehr", euro(execution.getVariable(ProcessVariables.FEE_AMOUNT)));
        Object key = execution.getVariable("messageKey");
        String template = key == null ? message.name() : message.name() + ":" + key;
        Object document = execution.getVariable(ProcessVariables.NOTICE_DOCUMENT_ID);
        caseFiles.postToCitizen(caseFile.getId(), template, message.subject(values), message.body(values),
                document instanceof Number id ? id.longValue() : null);
    }

    private static String euro(Object amount) {
        if (!(amount instanceof Number number)) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.GERMANY);
        return format.format(new BigDecimal(number.toString()));
    }
}
