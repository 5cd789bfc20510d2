package de.thueringen.antrag.notice;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import de.thueringen.antrag.jurisdiction.Authority;
import de.thueringen.antrag.jurisdiction.AuthorityKind;

/**
 * The three Verwaltungsgerichte of Thüringen and their districts.
 *
 * <p>§ 1 Abs. 2 ThürAGVwGO: the courts sit in Gera, Meiningen and Weimar; each district follows from the
 * Anlage to that act (https://gesetze.co/TH/ThürAGVwGO/1). The text of the Anlage itself was not available;
 * the districts below are those the courts publish for themselves, and together they cover all 17 Landkreise
 * and 5 kreisfreie Städte exactly once:
 * <ul>
 *   <li>VG Weimar (http://www.vgwe.thueringen.de/, "Gerichtszentrum Weimar, Jenaer Straße 2a, 99425 Weimar"):
 *       Landkreise Eichsfeld, Gotha, Ilm-Kreis, Kyffhäuserkreis, Nordhausen, Sömmerda, Unstrut-Hainich-Kreis,
 *       Weimarer Land and the kreisfreie Städte Erfurt and Weimar.</li>
 *   <li>VG Meiningen (page of the court under vgme.thueringen.de, "Justizzentrum Meiningen, Lindenallee 15,
 *       98617 Meiningen"): Landkreise Wartburgkreis, Schmalkalden-Meiningen, Hildburghausen, Sonneberg and the
 *       kreisfreie Stadt Suhl. Eisenach, kreisfrei until 2021 and listed there separately by older sources
 *       (de.wikipedia.org "Verwaltungsgericht Meiningen"), belongs to the Wartburgkreis and so to Meiningen
 *       either way.</li>
 *   <li>VG Gera (de.wikipedia.org "Verwaltungsgericht Gera", citing the VG Weimar page
 *       "Verwaltungsgerichtsbezirke"): kreisfreie Städte Gera and Jena, Landkreise Altenburger Land, Greiz,
 *       Saale-Orla-Kreis, Saale-Holzland-Kreis, Saalfeld-Rudolstadt. The court sits in the Justizzentrum Gera in
 *       the Rudolf-Diener-Straße (same source; the court's own page names the Justizzentrum Gera); the house
 *       number 1 is that of the Justizzentrum (de.wikipedia.org "Thüringer Generalstaatsanwaltschaft"). Its
 *       postal code was not confirmed by a source and is therefore left out.</li>
 * </ul>
 * The Land office (Thüringer Landesverwaltungsamt) sits in Weimar, hence VG Weimar (§ 52 Nr. 3 VwGO: the
 * court of the district where the administrative act was issued).
 */
public final class AdministrativeCourts {

    public static final AdministrativeCourt GERA = new AdministrativeCourt(
            "Verwaltungsgericht Gera", "Justizzentrum Gera", "Rudolf-Diener-Straße 1", null, "Gera");
    public static final AdministrativeCourt MEININGEN = new AdministrativeCourt(
            "Verwaltungsgericht Meiningen", "Justizzentrum Meiningen", "Lindenallee 15", "98617", "Meiningen");
    public static final AdministrativeCourt WEIMAR = new AdministrativeCourt(
            "Verwaltungsgericht Weimar", "Gerichtszentrum Weimar", "Jenaer Straße 2a", "99425", "Weimar");

    /** Kreisschlüssel (5 digits) of every Landkreis and kreisfreie Stadt, to its court. */
    private static final Map<String, AdministrativeCourt> BY_KREIS = Map.ofEntries(
            // VG Weimar
            Map.entry("16051", WEIMAR),    // Erfurt
            Map.entry("16055", WEIMAR),    // Weimar
            Map.entry("16061", WEIMAR),    // Eichsfeld
            Map.entry("16062", WEIMAR),    // Nordhausen
            Map.entry("16064", WEIMAR),    // Unstrut-Hainich-Kreis
            Map.entry("16065", WEIMAR),    // Kyffhäuserkreis
            Map.entry("16067", WEIMAR),    // Gotha
            Map.entry("16068", WEIMAR),    // Sömmerda
            Map.entry("16070", WEIMAR),    // Ilm-Kreis
            Map.entry("16071", WEIMAR),    // Weimarer Land
            // VG Meiningen
            Map.entry("16054", MEININGEN), // Suhl
            Map.entry("16063", MEININGEN), // Wartburgkreis (with Eisenach since 2021)
            Map.entry("16066", MEININGEN), // Schmalkalden-Meiningen
            Map.entry("16069", MEININGEN), // Hildburghausen
            Map.entry("16072", MEININGEN), // Sonneberg
            // VG Gera
            Map.entry("16052", GERA),      // Gera
            Map.entry("16053", GERA),      // Jena
            Map.entry("16073", GERA),      // Saalfeld-Rudolstadt
            Map.entry("16074", GERA),      // Saale-Holzland-Kreis
            Map.entry("16075", GERA),      // Saale-Orla-Kreis
            Map.entry("16076", GERA),      // Greiz
            Map.entry("16077", GERA));     // Altenburger Land

    private static final String KREIS_ID_PREFIX = "kreis-";

    private AdministrativeCourts() {
    }

    /** All three courts. */
    public static Set<AdministrativeCourt> all() {
        return Set.of(GERA, MEININGEN, WEIMAR);
    }

    /**
     * The Verwaltungsgericht in whose district the authority sits.
     *
     * @throws NoSuchElementException if the authority lies in no Thuringian court district (unknown Kreis)
     */
    public static AdministrativeCourt competentFor(Authority authority) {
        if (authority.kind() == AuthorityKind.LAND) {
            return WEIMAR;
        }
        String kreis = kreisOf(authority);
        AdministrativeCourt court = BY_KREIS.get(kreis);
        if (court == null) {
            throw new NoSuchElementException("No Thuringian Verwaltungsgericht for " + authority.id()
                    + " (Kreis " + kreis + ")");
        }
        return court;
    }

    /** Kreisschlüssel: a Landkreis' own key, a kreisfreie Stadt's AGS prefix, a Gemeinde's or VG's Landkreis. */
    static String kreisOf(Authority authority) {
        return switch (authority.kind()) {
            case LANDKREIS, KREISFREIE_STADT -> prefix(authority.key());
            case GEMEINDE, VERWALTUNGSGEMEINSCHAFT -> authority.parentId() != null && authority.parentId().startsWith(KREIS_ID_PREFIX)
                    ? prefix(authority.parentId().substring(KREIS_ID_PREFIX.length()))
                    : prefix(authority.key());
            case LAND -> throw new IllegalArgumentException("The Land has no Kreis");
        };
    }

    private static String prefix(String key) {
        return key == null || key.length() < 5 ? String.valueOf(key) : key.substring(0, 5);
    }
}
