package de.thueringen.antrag.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the controllers of the portal's HTML pages, so the portal's model values and error pages apply to them only. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PortalPage {
}
