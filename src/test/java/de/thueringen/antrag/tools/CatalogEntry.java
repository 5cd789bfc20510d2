package de.thueringen.antrag.tools;

import java.util.List;
import java.util.Map;

/**
 * One OZG service as the generator's input file {@code src/test/resources/catalog/ozg-katalog.csv} holds it.
 *
 * @param ozgId          OZG-ID, e.g. "10160"
 * @param name           name in the OZG-Umsetzungskatalog
 * @param topic          Themenfeld, e.g. "Engagement &amp; Hobby"
 * @param situation      Lebens- oder Geschäftslage, e.g. "Tierhaltung"
 * @param leikaKeys      LeiKa keys of the service's LeiKa entries (without "nicht im LeiKa")
 * @param leikaTypes     LeiKa types of those entries: "1" Bund, "2/3" Bundesrecht mit Vollzug durch Land oder
 *                       Kommune, "4" Landesrecht, "5" Kommune, "6" (rare)
 * @param leikaActions   Verrichtungen named in the LeiKa entries ("Erteilung", "Anzeige", …) with their counts
 * @param legalBasis     condensed legal basis (see {@link LegalBasisCondenser}); may be empty
 */
record CatalogEntry(String ozgId, String name, String topic, String situation, List<String> leikaKeys,
                    List<String> leikaTypes, Map<String, Integer> leikaActions, String legalBasis) {
}
