package de.thueringen.antrag.catalog;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.thueringen.antrag.web.ApiController;

/**
 * The public service catalogue: {@code GET /api/v1/services} with optional filters {@code q}, {@code themenfeld},
 * {@code lage}, {@code ozgId}, {@code leika}; {@code GET /api/v1/services/{ozgId}} for one service. A service with
 * {@code level} EXTERN is executed elsewhere: {@code competentBody} and {@code competentUrl} say by whom and where.
 */
@ApiController
class CatalogController {

    private final ServiceCatalog catalog;

    CatalogController(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    record ServiceSummary(String ozgId, String name, String ozgName, String themenfeld, String lage, List<String> leikaKeys,
                          String legalBasis, String level, String competentBody, String competentUrl,
                          String jurisdictionPlace, String jurisdictionSource, String archetype,
                          List<EvidenceRequirement> evidence) {

        static ServiceSummary of(ServiceDefinition s) {
            return new ServiceSummary(s.serviceId(), s.name(), s.ozgName(), s.topic(), s.situation(), s.leikaKeys(),
                    s.legalBasis(), s.level().name(), s.competentBody(), s.competentUrl(), s.jurisdictionPlace(),
                    s.jurisdictionSource(), s.archetype(), s.evidence());
        }
    }

    record CatalogPage(int total, List<ServiceSummary> services) {
    }

    @GetMapping(path = "/api/v1/services", produces = MediaType.APPLICATION_JSON_VALUE)
    CatalogPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String themenfeld,
                       @RequestParam(required = false) String lage, @RequestParam(required = false) String ozgId,
                       @RequestParam(required = false) String leika) {
        List<ServiceSummary> found = catalog.search(new CatalogQuery(q, themenfeld, lage, ozgId, leika)).stream()
                .map(ServiceSummary::of).toList();
        return new CatalogPage(found.size(), found);
    }

    @GetMapping(path = "/api/v1/services/{ozgId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceSummary one(@PathVariable String ozgId) {
        return catalog.find(ozgId).map(ServiceSummary::of).orElseThrow(() -> new NoSuchElementException(ozgId));
    }
}
