package de.thueringen.antrag.clerk;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.thueringen.antrag.casefile.CaseFileService;
import de.thueringen.antrag.security.WebappLogin;

/**
 * Opening a case's process instance in Cockpit (the webapps load {@code process-instance/{id}} or, for a finished
 * case, {@code history/process-instance/{id}}) is a read of the case by staff and goes to the case's audit trail like
 * a read of the Akte. Only answers the engine gave (200) count; the case is found by the instance's business key
 * (= case number), for a called sub-process by its root instance's.
 */
@Component
class CockpitReadAudit extends OncePerRequestFilter {

    private static final Pattern INSTANCE_VIEW =
            Pattern.compile("/camunda/api/engine/engine/[^/]+/(history/)?process-instance/([A-Za-z0-9-]{1,64})");

    private final HistoryService historyService;
    private final CaseFileService caseFiles;

    CockpitReadAudit(HistoryService historyService, CaseFileService caseFiles) {
        this.historyService = historyService;
        this.caseFiles = caseFiles;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !INSTANCE_VIEW.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        if (response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        Matcher matcher = INSTANCE_VIEW.matcher(path(request));
        Optional<String> reader = WebappLogin.userId(request);
        if (!matcher.matches() || reader.isEmpty()) {
            return;
        }
        caseNumberOf(matcher.group(2)).flatMap(caseFiles::findByCaseNumber).ifPresent(caseFile ->
                caseFiles.recordReadByStaff(caseFile.getId(), reader.get(),
                        "Cockpit: Prozessinstanz " + matcher.group(2)));
    }

    private Optional<String> caseNumberOf(String processInstanceId) {
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        if (instance.getBusinessKey() != null || instance.getRootProcessInstanceId() == null
                || instance.getRootProcessInstanceId().equals(processInstanceId)) {
            return Optional.ofNullable(instance.getBusinessKey());
        }
        return caseNumberOf(instance.getRootProcessInstanceId());
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
