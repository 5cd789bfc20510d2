package de.thueringen.antrag.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that BPMN and DMN expressions may name ({@code ${createNotice}}, {@code ${deadlines.…}}): the
 * designers' documented vocabulary, with an element template each. Expressions reach no other bean, see
 * {@link ProcessBuildingBlocks}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessBuildingBlock {
}
