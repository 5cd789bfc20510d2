package de.thueringen.antrag.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;
import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.JurisdictionService;

/**
 * The service finder: start page, search by words, browsing by Themenfeld and Lage, and the page of one service
 * with its fee, the evidence to bring, the legal basis and the authority responsible for the citizen's place.
 */
@Controller
@PortalPage
class FinderController {

    private final ServiceFinder finder;
    private final ServiceCatalog catalog;
    private final PlaceLookup places;
    private final JurisdictionService jurisdiction;
    private final FeeInfo fees;

    FinderController(ServiceFinder finder, ServiceCatalog catalog, PlaceLookup places, JurisdictionService jurisdiction,
                     FeeInfo fees) {
        this.finder = finder;
        this.catalog = catalog;
        this.places = places;
        this.jurisdiction = jurisdiction;
        this.fees = fees;
    }

    @GetMapping({"/portal", "/portal/"})
    String start(Model model) {
        model.addAttribute("topics", finder.topics());
        return "portal/start";
    }

    @GetMapping("/portal/suche")
    String search(@RequestParam(name = "q", required = false) String text,
                  @RequestParam(name = "themenfeld", required = false) String topic,
                  @RequestParam(name = "lage", required = false) String situation, Model model) {
        String q = text == null ? "" : text.strip();
        String t = finder.isTopic(topic) ? topic : null;
        String s = finder.isSituation(situation) ? situation : null;
        boolean anything = !q.isEmpty() || t != null || s != null;
        List<ServiceSearch.Hit> hits = anything ? finder.search(q, t, s) : List.of();
        model.addAttribute("q", q);
        model.addAttribute("topic", t);
        model.addAttribute("situation", s);
        model.addAttribute("searched", anything);
        model.addAttribute("hits", hits.stream().map(ServiceSearch.Hit::service).toList());
        model.addAttribute("topics", finder.topics());
        model.addAttribute("situations", t == null ? java.util.Map.of() : finder.situations(t));
        return "portal/suche";
    }

    @GetMapping("/portal/leistungen/{serviceId}")
    String service(@PathVariable String serviceId, Model model) {
        ServiceDefinition service = require(serviceId);
        fill(model, service, null);
        return "portal/leistung";
    }

    /** Where the citizen lives: a postcode or a place name, and where needed the choice among several municipalities. */
    @PostMapping("/portal/leistungen/{serviceId}/ort")
    String place(@PathVariable String serviceId, @RequestParam(name = "ort", required = false) String place,
                 @RequestParam(name = "gemeinde", required = false) String ags, Model model) {
        ServiceDefinition service = require(serviceId);
        String input = place == null ? "" : place.strip();
        Authority chosen = places.byAgs(ags);
        List<Authority> candidates = chosen == null ? places.find(input) : List.of(chosen);
        model.addAttribute("ort", input.length() > 100 ? input.substring(0, 100) : input);
        if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else if (candidates.isEmpty()) {
            model.addAttribute("placeError", input.isEmpty()
                    ? "Bitte geben Sie Ihre Postleitzahl oder Ihren Wohnort ein."
                    : "Zu Ihrer Eingabe haben wir keinen Ort in Thüringen gefunden. Bitte prüfen Sie die Postleitzahl oder den Namen.");
        } else {
            model.addAttribute("candidates", candidates);
        }
        fill(model, service, chosen);
        return "portal/leistung";
    }

    private void fill(Model model, ServiceDefinition service, Authority municipality) {
        model.addAttribute("service", service);
        model.addAttribute("responsibility", GermanText.responsibility(service.level()));
        model.addAttribute("fee", fees.describe(service.serviceId(), municipality == null ? null : municipality.key()));
        if (municipality != null && !service.isExternal()) {
            model.addAttribute("municipality", municipality);
            model.addAttribute("authority", jurisdiction.responsibleAuthority(service.level(), municipality));
        }
    }

    private ServiceDefinition require(String serviceId) {
        Optional<ServiceDefinition> service = catalog.find(serviceId);
        return service.orElseThrow(PortalException::notFound);
    }
}
