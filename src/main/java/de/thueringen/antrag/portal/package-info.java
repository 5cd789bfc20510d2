/**
 * What citizens see: the tracking API of their case (status, notices, open fees) behind the secret link.
 * Citizens never touch the engine REST API or the Camunda webapps.
 */
package de.thueringen.antrag.portal;
