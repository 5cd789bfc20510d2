package de.thueringen.antrag.workflow;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ListableBeanFactory;

/**
 * The beans expressions may name, as the engine's bean map: only beans marked {@link ProcessBuildingBlock}. Without
 * a bean map the Spring engine resolves any bean of the application in {@code ${…}}, so a deployed BPMN could call a
 * {@code JdbcTemplate} or a service's internals.
 * <p>
 * The beans are looked up when an expression first names them, not when the engine is built: the building blocks
 * use services that need the engine themselves.
 */
final class ProcessBuildingBlocks extends AbstractMap<Object, Object> {

    private final ListableBeanFactory beans;
    private volatile Set<String> names;

    ProcessBuildingBlocks(ListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The names of the building blocks, e.g. for the element-template test. */
    Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = Arrays.stream(beans.getBeanNamesForAnnotation(ProcessBuildingBlock.class)).collect(Collectors.toUnmodifiableSet());
            names = known;
        }
        return known;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? beans.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
        Function<String, Object> bean = beans::getBean;
        return names().stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, bean.apply(name)))
                .collect(Collectors.toUnmodifiableSet());
    }

    static Map<Object, Object> of(ListableBeanFactory beans) {
        return new ProcessBuildingBlocks(beans);
    }
}
