package de.thueringen.antrag.casefile;

/** What intake hands over to open a case file; validated before. */
public record NewCase(String serviceId, String serviceName, String processDefinitionKey, String authorityId,
                      String caseNumberPrefix, String municipalityAgs, Applicant applicant, String formDataJson) {
}
