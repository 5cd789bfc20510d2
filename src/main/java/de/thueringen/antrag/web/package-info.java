/** Web concerns shared by all our HTTP endpoints: error responses, request size limits. */
package de.thueringen.antrag.web;
