package de.thueringen.antrag.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.thueringen.antrag.jurisdiction.JurisdictionLevel;

/**
 * Wrote the first version of {@link JurisdictionTable} ({@code zustaendigkeit.csv}) from the catalogue; kept so the
 * rules behind the table stay readable. It refuses to overwrite the reviewed table (the file is edited by hand now)
 * and writes {@code zustaendigkeit.entwurf.csv} beside it instead, to compare.
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.thueringen.antrag.tools.JurisdictionDraft
 * </pre>
 * Rules, the first that applies wins:
 * <ol>
 * <li><b>Reviewed by hand</b> ({@link #REVIEWED}): services whose executing body is known — federal agencies,
 * Familienkasse, social insurance, tax offices, chambers, courts, notaries — and the exceptions to the rules below,
 * each with its reason. Where the competent body is uncertain the service is handed over to the body surely
 * competent and the source says "unsicher: …" (a notice by an authority that is not competent is unlawful,
 * § 44 VwVfG; a hand-over costs the citizen one click).</li>
 * <li><b>LeiKa type 1 only</b> (the federation executes it): EXTERN, "zuständige Bundesbehörde" with the federal
 * administration portal, marked uncertain.</li>
 * <li>{@link ArchetypeRules#levelOf}: name keywords, LeiKa types 5 and 4; its default ("keine Regel trifft zu") is
 * replaced by an explicit KREIS with the reason "LeiKa-Typ 2/3 … untere Verwaltungsbehörde", marked uncertain.</li>
 * </ol>
 * The place that decides competence comes from name keywords ({@link #PLACE_RULES}), business services from their
 * Themenfeld; otherwise the residence.
 */
public final class JurisdictionDraft {

    /** External bodies with their online service (the body's own portal or its service page). */
    enum Body {
        FAMILIENKASSE("Familienkasse der Bundesagentur für Arbeit", "https://www.arbeitsagentur.de/familie-und-kinder"),
        ARBEITSAGENTUR("Bundesagentur für Arbeit (Agentur für Arbeit)", "https://www.arbeitsagentur.de"),
        JOBCENTER("Jobcenter am Wohnort", "https://www.jobcenter.digital"),
        BZST("Bundeszentralamt für Steuern", "https://www.bzst.de"),
        FINANZAMT("Finanzamt (Thüringer Steuerverwaltung), elektronisch über ELSTER", "https://www.elster.de"),
        ZOLL("Zoll (Generalzolldirektion, Hauptzollämter)", "https://www.zoll.de"),
        RENTENVERSICHERUNG("Deutsche Rentenversicherung", "https://www.deutsche-rentenversicherung.de"),
        MINIJOB("Minijob-Zentrale (Deutsche Rentenversicherung Knappschaft-Bahn-See)", "https://www.minijob-zentrale.de"),
        KRANKENKASSE("Gesetzliche Kranken- bzw. Pflegekasse der versicherten Person", "https://www.gkv-spitzenverband.de"),
        UNFALLVERSICHERUNG("Berufsgenossenschaft bzw. Unfallkasse (gesetzliche Unfallversicherung)", "https://www.dguv.de"),
        KUENSTLERSOZIALKASSE("Künstlersozialkasse", "https://www.kuenstlersozialkasse.de"),
        BAFOEG("Amt für Ausbildungsförderung (Studierendenwerk Thüringen; Schüler-BAföG: Landratsamt/kreisfreie Stadt)",
                "https://www.bafoeg-digital.de"),
        BVA("Bundesverwaltungsamt", "https://www.bva.bund.de"),
        BAMF("Bundesamt für Migration und Flüchtlinge", "https://www.bamf.de"),
        BAFZA("Bundesamt für Familie und zivilgesellschaftliche Aufgaben", "https://www.bafza.de"),
        AUSWAERTIGES_AMT("Auswärtiges Amt bzw. deutsche Auslandsvertretung", "https://www.auswaertiges-amt.de"),
        KBA("Kraftfahrt-Bundesamt", "https://www.kba.de"),
        LBA("Luftfahrt-Bundesamt", "https://www.lba.de"),
        WSV("Wasserstraßen- und Schifffahrtsverwaltung des Bundes", "https://www.elwis.de"),
        BSH("Bundesamt für Seeschifffahrt und Hydrographie", "https://www.bsh.de"),
        DPMA("Deutsches Patent- und Markenamt", "https://www.dpma.de"),
        BNETZA("Bundesnetzagentur", "https://www.bundesnetzagentur.de"),
        MASTR("Bundesnetzagentur (Marktstammdatenregister)", "https://www.marktstammdatenregister.de"),
        BAFIN("Bundesanstalt für Finanzdienstleistungsaufsicht", "https://www.bafin.de"),
        BUNDESKARTELLAMT("Bundeskartellamt", "https://www.bundeskartellamt.de"),
        BFARM("Bundesinstitut für Arzneimittel und Medizinprodukte", "https://www.bfarm.de"),
        PEI("Paul-Ehrlich-Institut", "https://www.pei.de"),
        BAFA("Bundesamt für Wirtschaft und Ausfuhrkontrolle", "https://www.bafa.de"),
        BLE("Bundesanstalt für Landwirtschaft und Ernährung", "https://www.ble.de"),
        BVL("Bundesamt für Verbraucherschutz und Lebensmittelsicherheit", "https://www.bvl.bund.de"),
        BAM("Bundesanstalt für Materialforschung und -prüfung", "https://www.bam.de"),
        KFW("KfW Bankengruppe", "https://www.kfw.de"),
        BUNDESJUSTIZAMT("Bundesamt für Justiz", "https://www.bundesjustizamt.de"),
        GERICHT("Zuständiges Gericht (in der Regel das Amtsgericht), Thüringer Justiz", "https://www.justiz.de"),
        REGISTERGERICHT("Registergericht beim Amtsgericht", "https://www.handelsregister.de"),
        MAHNGERICHT("Gemeinsames Mahngericht Sachsen-Anhalt, Sachsen und Thüringen (Amtsgericht Aschersleben, Dienstort Staßfurt)", "https://www.online-mahnantrag.de"),
        NOTAR("Notarin oder Notar", "https://www.notar.de"),
        IHK("Industrie- und Handelskammer (IHK Erfurt, Ostthüringen zu Gera oder Südthüringen)", "https://www.ihk.de"),
        HWK("Handwerkskammer (Erfurt, Ostthüringen oder Südthüringen)", "https://www.zdh.de"),
        KAMMER("Zuständige Kammer (IHK, Handwerkskammer oder Kammer des freien Berufs)", "https://www.ihk.de"),
        VERSORGUNGSWERK("Berufsständisches Versorgungswerk der Kammer", "https://www.abv.de"),
        BEITRAGSSERVICE("ARD ZDF Deutschlandradio Beitragsservice", "https://www.rundfunkbeitrag.de"),
        SCHLICHTUNG_ENERGIE("Schlichtungsstelle Energie", "https://www.schlichtungsstelle-energie.de"),
        HOCHSCHULE("Hochschule bzw. Stiftung für Hochschulzulassung", "https://www.hochschulstart.de"),
        AUFBAUBANK("Thüringer Aufbaubank (Förderbank des Freistaats)", "https://www.aufbaubank.de"),
        LANDTAG("Petitionsausschuss des Thüringer Landtags", "https://www.thueringer-landtag.de"),
        BUND("Zuständige Bundesbehörde (über das Verwaltungsportal des Bundes)", "https://verwaltung.bund.de");

        final String title;
        final String url;

        Body(String title, String url) {
            this.title = title;
            this.url = url;
        }
    }

    /** A reviewed decision: a level (for EXTERN with its body) and why. */
    record Decision(JurisdictionLevel level, Body body, String source) {
    }

    /** Decisions reviewed by hand, by OZG-ID (see the class comment, rule 1). */
    static final Map<String, Decision> REVIEWED = reviewed();

    /** Name keywords for the place that decides competence, in this order; the first that matches wins. */
    static final Map<String, Pattern> PLACE_RULES = placeRules();

    private JurisdictionDraft() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        List<CatalogEntry> catalog = CatalogFile.read(root.resolve(ServiceGenerator.CATALOG));
        Path target = root.resolve(JurisdictionTable.FILE);
        if (Files.exists(target)) {
            target = target.resolveSibling("zustaendigkeit.entwurf.csv");
        }
        JurisdictionTable.write(target, HEADER_COMMENTS, draft(catalog));
        System.out.println(catalog.size() + " Zeilen nach " + root.relativize(target) + " geschrieben.");
    }

    static final List<String> HEADER_COMMENTS = List.of(
            "Zuständigkeit je OZG-Leistung (de.thueringen.antrag.tools.JurisdictionTable), eine Zeile je Leistung.",
            "Der ServiceGenerator übernimmt level, competent_body, competent_url, place und source als Prozesseigenschaften",
            "jurisdiction.level, competent.body, competent.url, jurisdiction.place, jurisdiction.source; ein Test hält die",
            "Prozesse auf dieser Tabelle. Erstfassung von JurisdictionDraft (Regeln dort), seither von Hand gepflegt.",
            "level: GEMEINDE, KREIS (Landratsamt/kreisfreie Stadt), LAND, EXTERN (nicht auf dieser Plattform: Bund,",
            "Sozialversicherung, Kammern, Gerichte, Notare; die Leistungsseite verweist auf competent_url).",
            "place: Ort, der die Zuständigkeit bestimmt (WOHNSITZ, GRUNDSTUECK, BETRIEBSSTAETTE, VERANSTALTUNGSORT,",
            "HALTUNGSORT, SITZ, ORT_DES_VORHABENS). Das Routing nutzt ihn noch nicht (es geht vom Wohnort aus).",
            "source: Norm, LeiKa-Typ oder Regel; \"unsicher: …\" wo die Stelle nicht sicher ist – dann ist die sicher",
            "zuständige Stelle gewählt (im Zweifel Verweis statt Bescheid einer unzuständigen Behörde, § 44 VwVfG).");

    static List<JurisdictionTable.Row> draft(List<CatalogEntry> catalog) {
        List<JurisdictionTable.Row> rows = new ArrayList<>();
        for (CatalogEntry entry : catalog) {
            rows.add(rowOf(entry));
        }
        return rows;
    }

    static JurisdictionTable.Row rowOf(CatalogEntry entry) {
        Decision decision = REVIEWED.get(entry.ozgId());
        if (decision == null && entry.leikaTypes().stream().allMatch(t -> t.equals("1") || t.equals("6"))
                && !entry.leikaTypes().isEmpty()) {
            decision = new Decision(JurisdictionLevel.EXTERN, Body.BUND,
                    "unsicher: nur LeiKa-Typ 1 (Vollzug durch den Bund), Bundesbehörde nicht einzeln bestimmt");
        }
        if (decision == null) {
            ArchetypeRules.Choice<JurisdictionLevel> rule = ArchetypeRules.levelOf(entry);
            String source = rule.reason().startsWith("keine Regel")
                    ? "unsicher: LeiKa-Typ " + String.join("/", entry.leikaTypes()).replace("2/3/", "2/3 ")
                    + " (Bundes- oder Landesrecht, Vollzug durch Land oder Kommune); untere Verwaltungsbehörde angenommen"
                    : "Regel: " + rule.reason();
            decision = new Decision(rule.value(), null, source);
        }
        boolean external = decision.level() == JurisdictionLevel.EXTERN;
        return new JurisdictionTable.Row(entry.ozgId(), entry.name(), decision.level(),
                external ? decision.body().title : "", external ? decision.body().url : "", placeOf(entry),
                decision.source());
    }

    static String placeOf(CatalogEntry entry) {
        String name = ArchetypeRules.normalise(entry.name());
        for (Map.Entry<String, Pattern> rule : PLACE_RULES.entrySet()) {
            Matcher m = rule.getValue().matcher(name);
            if (m.find()) {
                return rule.getKey();
            }
        }
        return entry.topic().startsWith("Unternehmensführung") ? "BETRIEBSSTAETTE" : "WOHNSITZ";
    }

    private static Map<String, Pattern> placeRules() {
        Map<String, Pattern> rules = new LinkedHashMap<>();
        rules.put("HALTUNGSORT", Pattern.compile("\\bhund|haustier|wildtiere|tiergehege|legehennen|tierheim|tierhaltung"));
        rules.put("VERANSTALTUNGSORT", Pattern.compile("veranstaltung|versammlungsanzeige|osterfeuer|märkte|sperrzeit|pyrotechn"
                + "|sondernutzung"));
        rules.put("GRUNDSTUECK", Pattern.compile("\\bbau|grundst|baum|\\babbruch|denkmal|flurst|vermessung|bodenricht"
                + "|erschließ|vorkaufsrecht|liegenschaft|altlast|kampfmittel|abgeschlossenheit|veränderungssperre"
                + "|bodenordnung|grundsteuer|grunderwerb|erdaufschluss|landpacht|nutzungsart|zweckentfremdung"
                + "|selbstnutzung|besitzeinweisung|unschädlichkeit|grundbuch|genehmigungsfreistellung"));
        rules.put("SITZ", Pattern.compile("stiftung|verein|genossenschaft|handelsregister|partnerschaftsregister"
                + "|gesellschaftsverzeichnis"));
        rules.put("ORT_DES_VORHABENS", Pattern.compile("gewässer|abwasser|wasserrecht|forst|eingriff|\\banlage|bergbau"
                + "|naturschutz|artenschutz|hochwasser|planfeststellung|flächennutzungsplan|emission|flugplatz"));
        rules.put("BETRIEBSSTAETTE", Pattern.compile("gewerbe|unternehm|betrieb|gaststätte|lohnsteuer|umsatzsteuer"
                + "|körperschaftsteuer|kapitalertrag|handwerk|kammer"));
        return rules;
    }

    private static Map<String, Decision> reviewed() {
        Map<String, Decision> m = new LinkedHashMap<>();
        JurisdictionLevel x = JurisdictionLevel.EXTERN;
        // family and children
        m.put("10002", new Decision(x, Body.KRANKENKASSE, "§ 10 SGB V: Familienversicherung bei der Krankenkasse des Mitglieds"));
        m.put("10004", new Decision(x, Body.KRANKENKASSE, "§ 24d SGB V: Leistung der Krankenkasse"));
        m.put("10005", new Decision(x, Body.FAMILIENKASSE, "§§ 62 ff., 67 EStG, § 7 BKGG: Familienkasse der BA"));
        m.put("10007", new Decision(x, Body.KRANKENKASSE, "§ 27a SGB V: Leistung der Krankenkasse"));
        m.put("10008", new Decision(x, Body.KRANKENKASSE,
                "§ 24i SGB V; unsicher: ohne gesetzliche Versicherung zahlt das Bundesamt für Soziale Sicherung"));
        m.put("10020", new Decision(x, Body.FAMILIENKASSE, "§ 6a, § 7 BKGG: Familienkasse der BA"));
        m.put("10021", new Decision(x, Body.KRANKENKASSE, "§ 44 SGB V: Leistung der Krankenkasse"));
        // courts (family, probate, registers, enforcement) and notaries
        for (String id : List.of("10030", "10031", "10032", "10033", "10247")) {
            m.put(id, new Decision(x, Body.GERICHT, "FamFG / § 23a GVG: Familiengericht beim Amtsgericht"));
        }
        m.put("10027", new Decision(x, Body.GERICHT, "§ 1558 BGB: Güterrechtsregister beim Amtsgericht"));
        m.put("10089", new Decision(x, Body.GERICHT, "§§ 114, 117 ZPO: Antrag beim Prozessgericht"));
        m.put("10093", new Decision(x, Body.GERICHT, "§§ 764, 828 ZPO, ZVG: Vollstreckungsgericht (Amtsgericht)"));
        m.put("10095", new Decision(x, Body.GERICHT, "§ 2353 BGB, § 343 FamFG: Nachlassgericht (Amtsgericht)"));
        m.put("10226", new Decision(x, Body.GERICHT, "§ 1945 BGB: Erklärung gegenüber dem Nachlassgericht"));
        m.put("10233", new Decision(x, Body.GERICHT, "§ 1960 BGB: Nachlassgericht"));
        m.put("10241", new Decision(x, Body.GERICHT, "Klagen erhebt man beim zuständigen Gericht (ZPO, VwGO, SGG)"));
        m.put("10242", new Decision(x, Body.GERICHT, "Bestellung und Beeidigung durch die Gerichte bzw. Landesjustizverwaltung"));
        m.put("10248", new Decision(x, Body.GERICHT, "§ 4 JVEG: Festsetzung durch das Gericht"));
        m.put("10249", new Decision(x, Body.GERICHT, "§ 278 Abs. 5 ZPO, Güterichter; unsicher: Schiedsstellen der Gemeinden (ThürSchStG)"));
        m.put("10354", new Decision(x, Body.GERICHT, "§§ 2, 3 InsO: Insolvenzgericht (Amtsgericht)"));
        m.put("10551", new Decision(x, Body.GERICHT, "Gerichtsverfahren führen die Gerichte"));
        m.put("10567", new Decision(x, Body.GERICHT, "§ 9 InsO: Bekanntmachungen der Insolvenzgerichte"));
        m.put("10569", new Decision(x, Body.GERICHT, "§ 882h ZPO: zentrales Vollstreckungsgericht des Landes"));
        m.put("10553", new Decision(x, Body.MAHNGERICHT, "§ 689 Abs. 3 ZPO, Staatsvertrag vom 11.01.2007: gemeinsames Mahngericht auch für Thüringen"));
        m.put("10532", new Decision(x, Body.GERICHT, "§ 1 GBO: Grundbuchamt beim Amtsgericht"));
        for (String id : List.of("10291", "10563", "10566", "10573")) {
            m.put(id, new Decision(x, Body.REGISTERGERICHT, "§ 8 HGB, § 55 BGB, § 10 GenG, § 5 PartGG: Registergericht"));
        }
        m.put("10570", new Decision(x, Body.REGISTERGERICHT, "§ 8b HGB: Unternehmensregister (Bundesanzeiger)"));
        m.put("10449", new Decision(x, Body.REGISTERGERICHT, "§ 1 SchRegO: Schiffsregister beim Amtsgericht"));
        m.put("10097", new Decision(x, Body.NOTAR, "BeurkG, BNotO: Urkunden verwahren Notarinnen und Notare"));
        // taxes
        for (String id : List.of("10077", "10078", "10079", "10080", "10107", "10228", "10292", "10303", "10309",
                "10356", "10359", "10366", "10367", "10372", "10376")) {
            m.put(id, new Decision(x, Body.FINANZAMT, "AO, FVG: Steuerverwaltung durch die Finanzämter; "
                    + "unsicher: Landessteuern könnten später hier als LAND (Finanzamt) laufen"));
        }
        m.put("10109", new Decision(x, Body.FINANZAMT, "WoPG: Antrag über die Bausparkasse, Festsetzung durch das Finanzamt"));
        m.put("10533", new Decision(x, Body.FINANZAMT, "§ 17 GrEStG: Finanzamt, in dessen Bezirk das Grundstück liegt"));
        m.put("10081", new Decision(x, Body.BZST, "§ 139b AO: das BZSt vergibt die Steuer-ID"));
        m.put("10585", new Decision(x, Body.BZST, "§ 1 VersStG, FVG: Versicherungsteuer beim BZSt"));
        m.put("10370", new Decision(x, Body.BZST, "unsicher: Vorsteuervergütung im Ausland über das BZSt, sonst Finanzamt"));
        for (String id : List.of("10358", "10360", "10361", "10362", "10365", "10371", "10373", "10374", "10387",
                "10437", "10576", "10334", "10380")) {
            m.put(id, new Decision(x, Body.ZOLL, "FVG § 12: Verbrauch- und Verkehrsteuern, Zölle durch die Hauptzollämter"));
        }
        m.put("10577", new Decision(x, Body.ZOLL, "§ 16 MiLoG: Meldung an die Behörden der Zollverwaltung"));
        m.put("10382", new Decision(x, Body.ZOLL, "Zollkodex; unsicher: Ausfuhrgenehmigungen erteilt das BAFA"));
        // labour administration
        for (String id : List.of("10073", "10074", "10075", "10076", "10288", "10298", "10299", "10302", "10307",
                "10308", "10312", "10050", "10067", "10212")) {
            m.put(id, new Decision(x, Body.ARBEITSAGENTUR, "SGB III / AÜG / § 39 AufenthG: Bundesagentur für Arbeit"));
        }
        m.put("10082", new Decision(x, Body.JOBCENTER, "§§ 6, 6d SGB II: Jobcenter; unsicher: gemeinsame Einrichtung oder "
                + "zugelassener kommunaler Träger je Kreis"));
        m.put("10088", new Decision(JurisdictionLevel.KREIS, null, "§ 34 SGB XII, § 28 SGB II, BKGG: Kreis bzw. kreisfreie Stadt"));
        // pension, health, accident and artists' insurance
        for (String id : List.of("10072", "10096", "10098", "10100", "10104", "10106", "10229", "10239", "10240",
                "10295", "10590")) {
            m.put(id, new Decision(x, Body.RENTENVERSICHERUNG, "SGB VI / SGB IV: Träger der Rentenversicherung"));
        }
        for (String id : List.of("10193", "10200", "10211", "10230", "10102")) {
            m.put(id, new Decision(x, Body.RENTENVERSICHERUNG, "SGB VI / SGB IX; unsicher: je nach Fall auch Krankenkasse, "
                    + "Unfallversicherung oder Bundesagentur für Arbeit (Reha-Träger, § 14 SGB IX leitet weiter)"));
        }
        for (String id : List.of("10184", "10187", "10191", "10192", "10194", "10195", "10197", "10199", "10219",
                "10220", "10221", "10222", "10223", "10225", "10310", "10558")) {
            m.put(id, new Decision(x, Body.KRANKENKASSE, "SGB V / SGB XI / SGB IV: Kranken- bzw. Pflegekasse"));
        }
        m.put("10179", new Decision(x, Body.KRANKENKASSE, "§ 8 SGB V; unsicher: Befreiung in der Rentenversicherung bei der DRV"));
        for (String id : List.of("10189", "10201", "10202", "10281")) {
            m.put(id, new Decision(x, Body.UNFALLVERSICHERUNG, "SGB VII: Träger der Unfallversicherung"));
        }
        m.put("10190", new Decision(x, Body.BUND, "unsicher: Aufsicht über bundesunmittelbare Träger beim Bundesamt für "
                + "Soziale Sicherung, über landesunmittelbare beim Land"));
        m.put("10118", new Decision(x, Body.MINIJOB, "§ 28a Abs. 7 SGB IV: Haushaltsscheckverfahren der Minijob-Zentrale"));
        m.put("10306", new Decision(x, Body.KUENSTLERSOZIALKASSE, "§ 23 KSVG"));
        m.put("10575", new Decision(x, Body.KUENSTLERSOZIALKASSE, "§ 37 KSVG"));
        // education
        m.put("10056", new Decision(x, Body.BAFOEG, "§§ 40, 45 BAföG: Ämter für Ausbildungsförderung"));
        m.put("10059", new Decision(x, Body.BVA, "Bildungskreditprogramm des Bundes: Bundesverwaltungsamt"));
        m.put("10060", new Decision(x, Body.HOCHSCHULE, "ThürHG: Zulassung und Prüfung durch die Hochschulen"));
        m.put("10061", new Decision(x, Body.HOCHSCHULE, "Staatsvertrag Hochschulzulassung: Stiftung für Hochschulzulassung"));
        // chambers
        for (String id : List.of("10284", "10287", "10290", "10328", "10381", "10386", "10541")) {
            m.put(id, new Decision(x, Body.IHK, "IHKG, GewO, § 4 Abs. 2 IHKG: Industrie- und Handelskammer"));
        }
        for (String id : List.of("10115", "10289")) {
            m.put(id, new Decision(x, Body.HWK, "§§ 6, 91 HwO: Handwerkskammer"));
        }
        for (String id : List.of("10319", "10599")) {
            m.put(id, new Decision(x, Body.KAMMER, "§§ 34, 71 BBiG: zuständige Stelle ist die Kammer"));
        }
        m.put("10601", new Decision(x, Body.VERSORGUNGSWERK, "Kammergesetze: Versorgungswerke der freien Berufe"));
        // other federal and nationwide bodies
        m.put("10120", new Decision(x, Body.BEITRAGSSERVICE, "§ 10 Abs. 7 RBStV: gemeinsame Stelle der Rundfunkanstalten"));
        m.put("10113", new Decision(x, Body.SCHLICHTUNG_ENERGIE, "§ 111b EnWG: Schlichtungsstelle Energie"));
        m.put("10114", new Decision(x, Body.BNETZA, "§ 68 TKG: Schlichtung bei der Bundesnetzagentur"));
        m.put("10128", new Decision(x, Body.BAFZA, "§ 14 BFDG"));
        m.put("10217", new Decision(x, Body.BAFZA, "§ 3 FPfZG"));
        m.put("10153", new Decision(x, Body.BVA, "NWRG: Registerbehörde Bundesverwaltungsamt"));
        m.put("10265", new Decision(x, Body.BVA, "unsicher: LAG, Abwicklung beim Bundesverwaltungsamt"));
        m.put("10269", new Decision(x, Body.BVA, "§ 27 BVFG"));
        m.put("10270", new Decision(x, Body.BVA, "§ 15 BVFG"));
        m.put("10272", new Decision(x, Body.BVA, "§ 30 StAG; unsicher: bei Wohnsitz in Thüringen Landesbehörde"));
        m.put("10275", new Decision(x, Body.BVA, "§§ 18, 26 StAG; unsicher: bei Wohnsitz in Thüringen Landesbehörde"));
        for (String id : List.of("10256", "10263", "10264")) {
            m.put(id, new Decision(x, Body.BAMF, "AZRG, § 43 AufenthG: Bundesamt für Migration und Flüchtlinge"));
        }
        for (String id : List.of("10174", "10175", "10178", "10274")) {
            m.put(id, new Decision(x, Body.AUSWAERTIGES_AMT, "KonsG, § 71 Abs. 2 AufenthG: Auslandsvertretungen"));
        }
        m.put("10168", new Decision(x, Body.KBA, "§ 28 StVG: Fahreignungsregister beim KBA"));
        m.put("10458", new Decision(x, Body.KBA, "FPersG: Zentrales Fahrtenschreiberkartenregister beim KBA"));
        m.put("10426", new Decision(x, Body.KBA, "§ 31 StVG; unsicher: Auskunft aus dem örtlichen Register bei der Zulassungsstelle"));
        for (String id : List.of("10429", "10442", "10443", "10444", "10445", "10506", "10428")) {
            m.put(id, new Decision(x, Body.LBA, "LuftVG, LuftVZO: Luftfahrt-Bundesamt"));
        }
        m.put("10165", new Decision(x, Body.WSV, "SpFV: Sportbootführerscheine; unsicher: Erlaubnis für Landesgewässer"));
        m.put("10166", new Decision(x, Body.WSV, "KlFzKV-BinSch; kein Kfz-Recht (keine Zulassungsstelle des Kreises); "
                + "unsicher: Kennzeichnung auf Landesgewässern"));
        m.put("10420", new Decision(x, Body.WSV, "BinSchUO: Schiffsuntersuchungskommission der WSV"));
        m.put("10452", new Decision(x, Body.WSV, "Binnenschiffsvermessung: WSV"));
        m.put("10450", new Decision(x, Body.BSH, "SchAusrV: Bundesamt für Seeschifffahrt und Hydrographie"));
        m.put("10451", new Decision(x, Body.BSH, "FlRG: Flaggenrecht, BSH"));
        m.put("10484", new Decision(x, Body.BSH, "unsicher: Hohe-See-Einbringungsgesetz"));
        for (String id : List.of("10395", "10396", "10398")) {
            m.put(id, new Decision(x, Body.DPMA, "PatG, MarkenG: Deutsches Patent- und Markenamt"));
        }
        for (String id : List.of("10336", "10401", "10468", "10554")) {
            m.put(id, new Decision(x, Body.BNETZA, "TKG, PostG: Bundesnetzagentur"));
        }
        for (String id : List.of("10476", "10477", "10589")) {
            m.put(id, new Decision(x, Body.MASTR, "§ 111e EnWG, MaStRV: Marktstammdatenregister"));
        }
        for (String id : List.of("10094", "10416", "10582", "10584", "10586")) {
            m.put(id, new Decision(x, Body.BAFIN, "KWG, KAGB, ZKG: Finanzaufsicht; unsicher bei 10416 (Börsengeschäftsführung)"));
        }
        m.put("10353", new Decision(x, Body.BUNDESKARTELLAMT, "§§ 35 ff. GWB"));
        m.put("10552", new Decision(x, Body.BUNDESKARTELLAMT, "GWB; unsicher: Landeskartellbehörde bei Wirkung nur in Thüringen"));
        for (String id : List.of("10389", "10467", "10176", "10460")) {
            m.put(id, new Decision(x, Body.BFARM, "AMG, BtMG: Bundesinstitut für Arzneimittel und Medizinprodukte"));
        }
        m.put("10394", new Decision(x, Body.PEI, "§ 21a AMG: Paul-Ehrlich-Institut"));
        for (String id : List.of("10172", "10490")) {
            m.put(id, new Decision(x, Body.BAFA, "Förderrichtlinie bzw. EEG; unsicher bei 10490 (Vergütung über den Netzbetreiber)"));
        }
        m.put("10280", new Decision(x, Body.BLE, "BioSt-NachV, Biokraft-NachV"));
        m.put("10580", new Decision(x, Body.BLE, "SeeFischG"));
        m.put("10481", new Decision(x, Body.BVL, "§ 16a GenTG"));
        m.put("10422", new Decision(x, Body.BAM, "§ 15 SprengG"));
        for (String id : List.of("10404", "10587")) {
            m.put(id, new Decision(x, Body.KFW, "Förderprogramme des Bundes über die KfW"));
        }
        m.put("10565", new Decision(x, Body.BUNDESJUSTIZAMT, "§ 150 GewO: Gewerbezentralregister; unsicher: Antrag auch über die Gemeinde"));
        // exceptions to "LeiKa type 1 = federal"
        m.put("10579", new Decision(JurisdictionLevel.KREIS, null, "§§ 6-9 IfSG: Meldung an das Gesundheitsamt"));
        m.put("10403", new Decision(JurisdictionLevel.GEMEINDE, null, "§ 18 BauGB: Entschädigung durch die Gemeinde"));
        m.put("10465", new Decision(JurisdictionLevel.LAND, null, "StrlSchG: Landesbehörde; unsicher: Landesamt noch nicht einzeln benannt"));
        // exceptions to the keyword rules
        m.put("10301", new Decision(JurisdictionLevel.LAND, null, "§ 160 SGB IX: Integrationsamt (Land)"));
        m.put("10034", new Decision(JurisdictionLevel.KREIS, null, "§ 1712 BGB, § 55 SGB VIII: Jugendamt"));
        m.put("10571", new Decision(JurisdictionLevel.GEMEINDE, null, "§ 33, § 34 ThürVwVfG: amtliche Beglaubigung; "
                + "unsicher: öffentliche Beglaubigung (§ 129 BGB) nur durch Notare"));
        m.put("10519", new Decision(JurisdictionLevel.KREIS, null, "§ 57 ThürBO: untere Bauaufsichtsbehörde, wo das Grundstück liegt"));
        m.put("10439", new Decision(JurisdictionLevel.KREIS, null, "§ 46 FZV: Zulassungsbehörde (Kreis) am Wohnsitz"));
        m.put("10169", new Decision(JurisdictionLevel.KREIS, null, "§ 73 FeV: Fahrerlaubnisbehörde (Kreis) am Wohnsitz"));
        // second pass over the rows that only the LeiKa type had decided
        JurisdictionLevel g = JurisdictionLevel.GEMEINDE;
        JurisdictionLevel l = JurisdictionLevel.LAND;
        m.put("10006", new Decision(x, Body.KRANKENKASSE, "§ 24b SGB V, §§ 19 ff. SchKG: Antrag bei der Krankenkasse"));
        m.put("10108", new Decision(g, null, "§ 28 Abs. 1 BauGB: Vorkaufsrecht der Gemeinde"));
        m.put("10112", new Decision(g, null, "Baumschutzsatzung der Gemeinde; unsicher: ohne Satzung untere Naturschutzbehörde"));
        m.put("10129", new Decision(g, null, "§ 17 ThürKO (Bürgerbegehren); unsicher: Volksbegehren beim Land"));
        m.put("10231", new Decision(g, null, "§ 3 GräbG: Gemeinde pflegt die Kriegsgräber"));
        m.put("10234", new Decision(g, null, "Friedhofssatzung: Friedhofsträger, meist die Gemeinde"));
        m.put("10345", new Decision(g, null, "§ 69 GewO, ThürOBG: örtliche Ordnungsbehörde"));
        m.put("10349", new Decision(g, null, "ThürOBG: örtliche Ordnungsbehörde; unsicher: Großveranstaltungen beim Kreis"));
        m.put("10515", new Decision(g, null, "§ 123 BauGB: Erschließung ist Aufgabe der Gemeinde; unsicher: Zweckverbände"));
        m.put("10528", new Decision(g, null, "§ 2 Abs. 1 BauGB: Bauleitpläne stellt die Gemeinde auf"));
        m.put("10545", new Decision(g, null, "§ 46 BauGB: Umlegung durch die Gemeinde"));
        m.put("10548", new Decision(g, null, "§ 12 BauGB: vorhabenbezogener Bebauungsplan der Gemeinde"));
        for (String id : List.of("10122", "10342", "10343")) {
            m.put(id, new Decision(l, null, "BStatG, ThürStatG: Thüringer Landesamt für Statistik"));
        }
        m.put("10138", new Decision(l, null, "§ 80 BGB, ThürStiftG: Stiftungsbehörde des Landes"));
        m.put("10139", new Decision(l, null, "ThürStiftG: Stiftungsbehörde des Landes"));
        for (String id : List.of("10101", "10103", "10203", "10214", "10232", "10245")) {
            m.put(id, new Decision(l, null, "§ 152 SGB IX, SGB XIV, StrRehaG: Versorgungsverwaltung des Landes "
                    + "(Thüringer Landesverwaltungsamt)"));
        }
        m.put("10344", new Decision(l, null, "§ 6 JArbSchG: Aufsichtsbehörde (Arbeitsschutz des Landes)"));
        for (String id : List.of("10039", "10041", "10055", "10063", "10068")) {
            m.put(id, new Decision(l, null, "ThürSchulG, Landesrecht: Schulamt bzw. Ministerium; unsicher: Schule oder Schulträger"));
        }
        for (String id : List.of("10167", "10324", "10419", "10441", "10430", "10431", "10435", "10453")) {
            m.put(id, new Decision(l, null, "§ 31 LuftVG: Luftfahrtbehörde des Landes; unsicher: Teile beim Luftfahrt-Bundesamt"));
        }
        m.put("10447", new Decision(l, null, "§ 11 PBefG: Genehmigungsbehörde des Landes"));
        m.put("10463", new Decision(l, null, "BBergG: Bergbehörde des Landes"));
        m.put("10363", new Decision(l, null, "§ 30 BBergG: Bergbehörde des Landes"));
        m.put("10471", new Decision(l, null, "§ 7 AtG, § 24 AtG: Landesbehörde"));
        m.put("10472", new Decision(x, Body.BUND, "§§ 4, 6 AtG: Bundesamt für die Sicherheit der nuklearen Entsorgung"));
        m.put("10478", new Decision(x, Body.BUND, "unsicher: Zulassung durch Bundesoberbehörden (BAuA, BVL)"));
        for (String id : List.of("10464", "10475")) {
            m.put(id, new Decision(l, null, "StrlSchG: Strahlenschutzbehörde des Landes"));
        }
        for (String id : List.of("10383", "10384", "10390")) {
            m.put(id, new Decision(l, null, "AMG, ChemG: Überwachungsbehörde des Landes"));
        }
        for (String id : List.of("10385", "10399")) {
            m.put(id, new Decision(l, null, "PflGesG, EU-Agrarrecht: Landwirtschaftsverwaltung des Landes"));
        }
        for (String id : List.of("10522", "10536", "10529")) {
            m.put(id, new Decision(l, null, "§§ 192 ff. BauGB, ThürVermGeoG: Gutachterausschuss bzw. Vermessungsverwaltung des Landes"));
        }
        m.put("10540", new Decision(l, null, "§ 73 VwVfG: Planfeststellungsbehörde des Landes"));
        m.put("10549", new Decision(l, null, "§ 116 BauGB, ThürEG: Enteignungsbehörde des Landes"));
        m.put("10537", new Decision(l, null, "unsicher: Kampfmittelräumung durch das Land"));
        m.put("10600", new Decision(l, null, "Städtebauförderrichtlinie: Landesverwaltung (Antrag stellt die Gemeinde)"));
        for (String id : List.of("10406", "10415", "10550")) {
            m.put(id, new Decision(x, Body.AUFBAUBANK, "Förderrichtlinien des Landes: Thüringer Aufbaubank; unsicher je Programm"));
        }
        m.put("10137", new Decision(x, Body.LANDTAG, "Art. 14 ThürVerf: Petitionen an den Landtag"));
        m.put("10185", new Decision(x, Body.BUND, "§ 2 TPG: keine Behörde stellt ihn aus; Aufklärung durch die Bundesbehörde"));
        for (String id : List.of("10047", "10052", "10561")) {
            m.put(id, new Decision(x, Body.KAMMER, "BBiG, Kammergesetze: zuständige Stelle ist die Kammer; unsicher bei 10561"));
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
