/** Demo accounts for trying the platform out (profile {@code demo}); never active in production. */
package de.thueringen.antrag.demo;
