package de.thueringen.antrag.portal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.thueringen.antrag.catalog.ServiceCatalog;
import de.thueringen.antrag.catalog.ServiceDefinition;

/** The service finder of the portal: words, Themenfeld and Lage over the catalogue of deployed services. */
@Component
class ServiceFinder {

    private final ServiceCatalog catalog;
    private volatile Index index = new Index(null, new ServiceSearch(List.of()));

    private record Index(List<ServiceDefinition> source, ServiceSearch search) {
    }

    ServiceFinder(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    List<ServiceSearch.Hit> search(String text, String topic, String situation) {
        return search().search(text, topic, situation);
    }

    /** Themenfelder with the number of services in each, alphabetically. */
    Map<String, Long> topics() {
        return catalog.all().stream().filter(s -> s.topic() != null)
                .collect(Collectors.groupingBy(ServiceDefinition::topic, () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                        Collectors.counting()));
    }

    /** Lebens- und Geschäftslagen (of one Themenfeld, or all), with the number of services in each. */
    Map<String, Long> situations(String topic) {
        return catalog.all().stream()
                .filter(s -> s.situation() != null && (topic == null || topic.isBlank() || topic.equals(s.topic())))
                .collect(Collectors.groupingBy(ServiceDefinition::situation, () -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER),
                        Collectors.counting()));
    }

    boolean isTopic(String topic) {
        return topic != null && catalog.all().stream().anyMatch(s -> topic.equals(s.topic()));
    }

    boolean isSituation(String situation) {
        return situation != null && catalog.all().stream().anyMatch(s -> situation.equals(s.situation()));
    }

    private ServiceSearch search() {
        List<ServiceDefinition> all = catalog.all();
        Index current = index;
        if (current.source() != all) {
            current = new Index(all, new ServiceSearch(all));
            index = current;
        }
        return current.search();
    }
}
