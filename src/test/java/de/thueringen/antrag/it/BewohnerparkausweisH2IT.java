package de.thueringen.antrag.it;

/** The Bewohnerparkausweis scenario on the embedded default database (H2). */
@H2ApplicationTest
class BewohnerparkausweisH2IT extends BewohnerparkausweisScenario {
}
